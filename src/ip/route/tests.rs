//! Request bytes of `ip route add/change/replace/prepend/append/delete` compared with those
//! the reference sends for the same command line (testdata/requests.tsv), and its refusals;
//! a recorded dump printed as the reference printed it (testdata/dump.*).

use super::modify::build;
use super::print::print;
use super::show::{parse, pinned};
use crate::cli::Args;
use crate::ip::ifnames::Names;
use crate::ip::opts::Opts;
use crate::netlink::rtnl::route::Route;
use crate::netlink::rtnl::{RTM_DELROUTE, RTM_NEWROUTE};
use crate::output::{Printer, Style};

/// The devices of the capture sandbox.
fn index(name: &str) -> Option<u32> {
    ["lo", "v0", "v1", "v2", "v3"]
        .iter()
        .position(|&n| n == name)
        .map(|i| i as u32 + 1)
}

/// The nlmsghdr's length: the fixtures hold whole messages.
const NLMSG_HDRLEN: usize = 16;

fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn requests_match_the_reference() {
    let mut checked = 0;
    for line in include_str!("testdata/requests.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [argv, wire, code, text] = cols[..] else {
            panic!("bad fixture line {line:?}");
        };
        let words: Vec<&str> = argv.split(' ').collect();
        let cmd = if words[0] == "del" {
            RTM_DELROUTE
        } else {
            RTM_NEWROUTE
        };
        let mut args = Args::from_strs(&words[1..]);
        let r = build(&mut args, &Opts::default(), cmd, &index);
        if wire == "-" {
            let e = r
                .err()
                .unwrap_or_else(|| panic!("ip route {argv}: accepted"));
            let text = text.replace("\\n", "\n");
            assert_eq!(
                (e.code, e.text.as_str()),
                (code.parse().unwrap_or(0), text.as_str()),
                "ip route {argv}"
            );
        } else {
            let m = r.unwrap_or_else(|e| panic!("ip route {argv}: {}", e.text));
            assert_eq!(hex(&m), wire[NLMSG_HDRLEN * 2..], "ip route {argv}");
        }
        checked += 1;
    }
    assert!(checked > 90, "only {checked} fixtures");
}

/// The recorded dump (testdata/README), printed as `ip route show table all` prints it in
/// `style` with `-d` when `details`.
fn show_dump(style: Style, details: bool) -> String {
    let mut args = Args::from_strs(&["table", "all"]);
    let f = parse(&mut args, &Opts::default()).unwrap_or_else(|e| panic!("{}", e.text));
    let mut names = Names::known(&[(1, "lo"), (2, "v1"), (3, "v0"), (4, "w1"), (5, "w0")]);
    let mut p = Printer::new(Vec::new(), style);
    p.begin();
    for line in include_str!("testdata/dump.hex").lines() {
        let msg = unhex(line);
        let route = Route::parse(&msg[NLMSG_HDRLEN..]).expect("route message");
        if f.accepts(&route) {
            print(&mut p, &route, pinned(&f), details, &mut names);
        }
    }
    p.end().unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8(p.into_inner()).unwrap_or_default()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap_or(0))
        .collect()
}

const PLAIN: Style = Style {
    json: false,
    pretty: false,
    oneline: false,
    color: false,
};

#[test]
fn recorded_dump_prints_as_the_reference() {
    let cases = [
        (PLAIN, false, include_str!("testdata/dump.plain"), "plain"),
        (PLAIN, true, include_str!("testdata/dump.details"), "-d"),
        (
            Style {
                oneline: true,
                ..PLAIN
            },
            false,
            include_str!("testdata/dump.oneline"),
            "-o",
        ),
        (
            Style {
                json: true,
                ..PLAIN
            },
            false,
            include_str!("testdata/dump.json"),
            "-j",
        ),
        (
            Style {
                json: true,
                pretty: true,
                ..PLAIN
            },
            false,
            include_str!("testdata/dump.pretty"),
            "-j -p",
        ),
    ];
    for (style, details, want, what) in cases {
        let got = show_dump(style, details);
        for (n, (g, w)) in got.lines().zip(want.lines()).enumerate() {
            assert_eq!(g, w, "{what}, line {}", n + 1);
        }
        assert_eq!(got, want, "{what}");
    }
}
