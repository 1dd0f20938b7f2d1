//! `ip mroute show` on crafted dumps (testdata/dumps.hex), against what the reference
//! printed for the same command lines (testdata/cases.tsv; see testdata/capture.py).

use super::{family, Filter};
use crate::cli::Args;
use crate::ip::ifnames::Names;
use crate::ip::opts::Opts;
use crate::netlink::rtnl::{AF_INET, AF_INET6};
use crate::output::Printer;

/// The capture sandbox's devices.
const DEVICES: &[(u32, &str)] = &[(1, "lo"), (2, "v1"), (3, "v0")];

fn index(name: &str) -> Option<u32> {
    DEVICES.iter().find(|(_, n)| *n == name).map(|(i, _)| *i)
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('e') => out.push('\x1b'),
            Some(o) => out.push(o),
            None => {}
        }
    }
    out
}

/// What ipkit prints for `words` (the argv after `ip`) on `msgs`: (exit, stdout, stderr).
fn run(words: &[&str], msgs: &[Vec<u8>]) -> (i32, String, String) {
    let mut opts = Opts::default();
    let mut rest = words;
    while let Some((w, tail)) = rest.split_first() {
        match *w {
            "-s" => opts.stats += 1,
            "-d" => opts.details += 1,
            "-j" => opts.json = true,
            "-p" => opts.pretty = true,
            "-o" => opts.oneline = true,
            "-c" => opts.color = crate::ip::opts::ColorMode::Always,
            "-4" => opts.family = AF_INET,
            "-6" => opts.family = AF_INET6,
            _ => break,
        }
        rest = tail;
    }
    assert_eq!(rest.first(), Some(&"mroute"));
    let mut args = Args::from_strs(&rest[1..]);
    if matches!(args.peek(), Some("show" | "list")) {
        args.next();
    }
    let af = family(&opts).expect("an inet family");
    let f = match Filter::parse(&mut args, af, &index) {
        Ok(f) => f,
        Err(e) => return (e.code, String::new(), e.text),
    };
    let mut p = Printer::new(Vec::new(), opts.style());
    let mut names = Names::known(DEVICES);
    let mut err = String::new();
    p.begin();
    let mut code = 0;
    for m in msgs {
        if !f.accept(&mut p, m, &mut names, &opts, &mut err) {
            err.push_str("Dump terminated\n");
            code = 1;
            break;
        }
    }
    p.end().unwrap();
    (code, String::from_utf8(p.into_inner()).unwrap(), err)
}

#[test]
fn crafted_dumps_print_as_the_reference() {
    let dumps = include_str!("testdata/dumps.hex");
    let mut checked = 0;
    for line in include_str!("testdata/cases.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let [dump, argv, code, out, err] = cols[..] else {
            panic!("bad line {line:?}");
        };
        let msgs: Vec<Vec<u8>> = dumps
            .lines()
            .filter_map(|l| l.strip_prefix(dump)?.strip_prefix('\t'))
            .map(|h| {
                (0..h.len() / 2)
                    .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).unwrap())
                    .collect()
            })
            .collect();
        assert!(!msgs.is_empty(), "dump {dump}");
        let words: Vec<&str> = argv.split(' ').collect();
        let got = run(&words, &msgs);
        let want = (code.parse().unwrap(), unescape(out), unescape(err));
        assert_eq!(got, want, "ip {argv} on {dump}");
        checked += 1;
    }
    assert!(checked > 35, "only {checked} cases");
}

#[test]
fn dump_requests_match_the_reference() {
    // captured with strace: ip mroute, ip -6 mroute show iif v0 table 5, table all, table
    // 4294967295
    for (words, fam, want) in [
        ("", AF_INET, "80000000000000000000000008000f00fd000000"),
        (
            "iif v0 table 5",
            AF_INET6,
            "81000000000000000000000008000f0005000000",
        ),
        ("table all", 0, "800000000000000000000000"),
        ("table 0", 0, "800000000000000000000000"),
        ("", AF_INET6, "810000000000000000000000"),
        (
            "table 4294967295",
            0,
            "80000000000000000000000008000f00ffffffff",
        ),
    ] {
        let w: Vec<&str> = words.split_whitespace().collect();
        let opts = Opts {
            family: fam,
            ..Opts::default()
        };
        let f = Filter::parse(&mut Args::from_strs(&w), family(&opts).unwrap(), &index).unwrap();
        let hex: String = f.request().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, want, "{words}");
    }
}
