//! Request bytes of `ip route add/change/replace/prepend/append/delete` compared with those
//! the reference sends for the same command line (testdata/requests.tsv), and its refusals;
//! a recorded dump printed as the reference printed it (testdata/dump.*).

use super::modify::build;
use super::print::print;
use super::show::{parse, pinned};
use crate::cli::Args;
use crate::ip::captures;
use crate::ip::ifnames::Names;
use crate::ip::opts::Opts;
use crate::netlink::rtnl::route::Route;
use crate::netlink::rtnl::{RTM_DELROUTE, RTM_NEWROUTE};
use crate::netlink::NLMSG_HDRLEN;
use crate::output::{Printer, Style};

#[test]
fn requests_match_the_reference() {
    let tsv = include_str!("testdata/requests.tsv");
    let checked = captures::check(tsv, "route", &mut |words| {
        let cmd = if words[0] == "del" {
            RTM_DELROUTE
        } else {
            RTM_NEWROUTE
        };
        let mut args = Args::from_strs(&words[1..]);
        build(&mut args, &Opts::default(), cmd, &captures::index)
    });
    assert!(checked > 90, "only {checked} captures");
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
