//! Request bytes of `ip nexthop add/replace/delete`, `show/get` and `bucket show/get`
//! compared with those the reference sends for the same command lines (testdata/*.tsv),
//! and their refusals.

use super::show::{help, unknown};
use super::{bucket, modify, show};
use crate::cli::Args;
use crate::error::Result;
use crate::ip::captures;
use crate::ip::nhprint;
use crate::netlink::rtnl::{AF_INET, AF_INET6, AF_PACKET};

/// The capture sandbox's devices: those of `captures::index` and the bridge br0=6.
fn index(name: &str) -> Option<u32> {
    captures::index(name).or((name == "br0").then_some(6))
}

/// A line's global family option (`-4`, `-6`, `-0`) and the words after it.
fn family<'a>(words: &'a [&'a str]) -> (u8, &'a [&'a str]) {
    match words.first() {
        Some(&"-4") => (AF_INET, &words[1..]),
        Some(&"-6") => (AF_INET6, &words[1..]),
        Some(&"-0") => (AF_PACKET, &words[1..]),
        _ => (0, words),
    }
}

/// A request builder given the subcommand, the words after it and the family.
type Build<'a> = dyn FnMut(&str, &mut Args, u8) -> Result<Vec<u8>> + 'a;

fn check(tsv: &str, build: &mut Build) -> usize {
    captures::check(tsv, "nexthop", &mut |words| {
        let (fam, words) = family(words);
        let (cmd, rest) = words.split_first().unwrap_or((&"", &[]));
        build(cmd, &mut Args::from_strs(rest), fam)
    })
}

#[test]
fn modify_requests_match_the_reference() {
    let checked = check(
        include_str!("testdata/requests.tsv"),
        &mut |cmd, args, fam| match cmd {
            "add" | "replace" | "del" | "delete" => modify::build(args, fam, &index),
            c => Err(unknown(c)),
        },
    );
    assert!(checked > 150, "only {checked} captures");
}

#[test]
fn show_requests_match_the_reference() {
    let checked = check(include_str!("testdata/show.tsv"), &mut |cmd, args, fam| {
        if cmd == "get" {
            return Ok(show::get_request(show::get_id(args)?, fam));
        }
        let f = show::Filter::parse(args, &index)?;
        Ok(match f.id {
            Some(id) => show::get_request(id, fam),
            None => f.request(fam, f.groups),
        })
    });
    assert!(checked > 40, "only {checked} captures");
}

#[test]
fn bucket_requests_match_the_reference() {
    let checked = check(
        include_str!("testdata/bucket.tsv"),
        &mut |cmd, args, fam| {
            assert_eq!(cmd, "bucket");
            match args.next() {
                Some("get") => bucket::get_request(args, fam),
                Some("show" | "list") | None => bucket::request(args, fam, &index),
                Some(_) => Err(help()),
            }
        },
    );
    assert!(checked > 25, "only {checked} captures");
}

#[test]
fn percent_g_as_c_writes_it() {
    for (v, s) in [
        (0.0, "0"),
        (0.01, "0.01"),
        (1.5, "1.5"),
        (12.0, "12"),
        (123456.0, "123456"),
        (1234567.0, "1.23457e+06"),
        (0.0001, "0.0001"),
        (0.00001, "1e-05"),
        (999999.5, "1e+06"),
    ] {
        assert_eq!(nhprint::fmt_g(v), s, "{v}");
    }
}

#[test]
fn recorded_messages_print_as_the_reference() {
    use crate::ip::ifnames::Names;
    use crate::netlink::rtnl::nexthop::{Nexthop, RTM_DELNEXTHOP};
    use crate::output::{Printer, Style};
    let hex = include_str!("testdata/messages.hex");
    for (details, want) in [
        (false, include_str!("testdata/messages.plain")),
        (true, include_str!("testdata/messages.details")),
    ] {
        let style = Style {
            json: false,
            pretty: false,
            oneline: false,
            color: false,
        };
        let mut p = Printer::new(Vec::new(), style);
        let mut names = Names::known(&[(1, "lo")]);
        for line in hex.lines() {
            let m: Vec<u8> = (0..line.len() / 2)
                .map(|i| u8::from_str_radix(&line[2 * i..2 * i + 2], 16).unwrap())
                .collect();
            let kind = u16::from_ne_bytes([m[4], m[5]]);
            let nh = Nexthop::parse(&m[16..]).unwrap();
            if kind == RTM_DELNEXTHOP {
                p.fp_str("Deleted ");
            }
            nhprint::print(&mut p, &nh, details, &mut names);
        }
        let got = String::from_utf8(p.into_inner()).unwrap();
        assert_eq!(got, want, "details {details}");
    }
}
