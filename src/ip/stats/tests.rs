//! `ip stats` requests against the reference's, captured in testdata/requests.tsv.

use super::{build, request, select};
use crate::cli::Args;
use crate::ip::captures;

#[test]
fn requests_match_the_reference() {
    let tsv = include_str!("testdata/requests.tsv");
    let n = captures::check(tsv, "stats", &mut |words| {
        let mut args = Args::from_strs(words.get(1..).unwrap_or_default());
        match words.first().copied() {
            Some("set") => build(&mut args, &captures::index),
            _ => {
                let (sel, dev) = select(&mut args)?;
                let i = dev.as_deref().map_or(Some(0), captures::index).unwrap_or(0);
                Ok(request(sel, i))
            }
        }
    });
    assert_eq!(n, tsv.lines().filter(|l| !l.starts_with('#')).count());
    assert!(n > 20);
}

/// Crafted RTM_NEWSTATS messages (testdata/craftedN.hex: every group filled, counters
/// from N, ifindex 9999) and what iproute2 6.1 printed for each, handed the message in
/// place of the kernel's answer to `ip stats show dev v1` (a recvmsg wrapper preloaded into
/// ip): plain, `-s -s`, `-j`, `-j -p`, `-o`, `-j -s -s`.
#[test]
fn crafted_messages_print_as_the_reference_prints_them() {
    use crate::ip::iface::stats::Fmt;
    use crate::output::{Printer, Style};
    let cases: [(&str, &str, &str); 3] = [
        (
            "0",
            include_str!("testdata/crafted0.hex"),
            concat!(
                include_str!("testdata/crafted0.plain"),
                "\0",
                include_str!("testdata/crafted0.details"),
                "\0",
                include_str!("testdata/crafted0.json"),
                "\0",
                include_str!("testdata/crafted0.pretty"),
                "\0",
                include_str!("testdata/crafted0.oneline"),
                "\0",
                include_str!("testdata/crafted0.details_json"),
            ),
        ),
        (
            "1",
            include_str!("testdata/crafted1.hex"),
            concat!(
                include_str!("testdata/crafted1.plain"),
                "\0",
                include_str!("testdata/crafted1.details"),
                "\0",
                include_str!("testdata/crafted1.json"),
                "\0",
                include_str!("testdata/crafted1.pretty"),
                "\0",
                include_str!("testdata/crafted1.oneline"),
                "\0",
                include_str!("testdata/crafted1.details_json"),
            ),
        ),
        (
            "1000",
            include_str!("testdata/crafted1000.hex"),
            concat!(
                include_str!("testdata/crafted1000.plain"),
                "\0",
                include_str!("testdata/crafted1000.details"),
                "\0",
                include_str!("testdata/crafted1000.json"),
                "\0",
                include_str!("testdata/crafted1000.pretty"),
                "\0",
                include_str!("testdata/crafted1000.oneline"),
                "\0",
                include_str!("testdata/crafted1000.details_json"),
            ),
        ),
    ];
    let style = |json, pretty, oneline| Style {
        json,
        pretty,
        oneline,
        color: false,
    };
    let forms = [
        ("plain", style(false, false, false), 0),
        ("details", style(false, false, false), 2),
        ("json", style(true, false, false), 0),
        ("pretty", style(true, true, false), 0),
        ("oneline", style(false, false, true), 0),
        ("details_json", style(true, false, false), 2),
    ];
    for (name, hex, expected) in cases {
        let raw: Vec<u8> = (0..hex.trim().len() / 2)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        let payload = &raw[16..];
        for ((form, st, level), want) in forms.iter().zip(expected.split('\0')) {
            let mut p = Printer::new(Vec::new(), *st);
            p.begin();
            let f = Fmt {
                human: 0,
                iec: false,
                lead_nl: true,
            };
            super::print::message(&mut p, payload, u32::MAX, *level, &f);
            p.end().unwrap();
            let got = String::from_utf8(p.into_inner()).unwrap();
            assert_eq!(got, want, "crafted{name} {form}");
        }
    }
}

/// The rarely set link counters (compressed, nohandler, otherhost) in `ip stats show ...
/// group link` and `group offload subgroup cpu_hit`: testdata/rare.py, rare.tsv.
#[test]
fn rare_counters_print_as_the_reference_prints_them() {
    use crate::ip::iface::stats::Fmt;
    use crate::output::{Printer, Style};
    let unhex = |h: &str| -> Vec<u8> {
        let h = h.trim();
        (0..h.len() / 2)
            .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).unwrap())
            .collect()
    };
    let msgs = [
        ("rare1", unhex(include_str!("testdata/rare1.hex"))),
        ("rare2", unhex(include_str!("testdata/rare2.hex"))),
    ];
    let mut n = 0;
    for line in include_str!("testdata/rare.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let (name, argv, group, out) = (f[0], f[1], f[2], f[4]);
        let msg = &msgs.iter().find(|(n, _)| *n == name).unwrap().1;
        let (mut level, mut json, mut oneline, mut human, mut iec) = (0, false, false, 0, false);
        for w in argv.split_whitespace() {
            match w {
                "-s" => level += 1,
                "-j" => json = true,
                "-o" => oneline = true,
                "-h" => human += 1,
                "-iec" => iec = true,
                _ => panic!("option {w}"),
            }
        }
        let sel = if group == "group link" {
            1 << 1
        } else {
            1 << 4
        };
        let style = Style {
            json,
            pretty: false,
            oneline,
            color: false,
        };
        let mut p = Printer::new(Vec::new(), style);
        p.begin();
        let fmt = Fmt {
            human,
            iec,
            lead_nl: true,
        };
        super::print::message(&mut p, &msg[16..], sel, level, &fmt);
        p.end().unwrap();
        let got = String::from_utf8(p.into_inner()).unwrap();
        let want = out.replace("\\n", "\n").replace("\\\\", "\\");
        assert_eq!(got, want, "{name}: ip {argv} stats show dev v1 {group}");
        n += 1;
    }
    assert_eq!(n, 28);
}
