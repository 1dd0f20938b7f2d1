//! Byte-exact nf_tables encodings both ways, against iptables-nft 1.8.9 itself
//! (`testdata/rules.tsv`, captured from the reference; see testdata/README.md): for each
//! rule, the NEWRULE payload ipkit builds from the command line equals the one iptables-nft
//! sent, the rule the kernel dumped back decodes to the reference's `-S` line, and that
//! decoded rule encodes to the same bytes again.

use super::codec::{self, Place};
use super::family::Fam;
use super::{list, parse, rules};
use crate::netlink::nft;

/// The words of `head` then of `opts`, split at spaces.
pub fn argv(head: &str, opts: &str) -> Vec<String> {
    head.split_whitespace()
        .chain(opts.split_whitespace())
        .map(String::from)
        .collect()
}

/// The NEWRULE message (in hex) ipkit sends for a command line's first rule, as if in the
/// filter table's INPUT chain.
pub fn sent_hex(argv: Vec<String>) -> String {
    let cmd = parse::parse(argv, Fam::V4).expect("parses");
    let rule = rules::expand(&cmd).remove(0);
    let msg = codec::rule_msg("filter", "INPUT", &rule, Place::default()).buf;
    msg.iter().map(|b| format!("{b:02x}")).collect()
}

/// Extensions ipkit does not implement yet: their lines are skipped.
const NOT_YET: &[&str] = &[];

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

/// Split a spec the way the shell did when it was captured (double quotes, backslashes).
fn words(spec: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut have = false;
    let mut chars = spec.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                quoted = !quoted;
                have = true;
            }
            '\\' => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            ' ' if !quoted => {
                if have || !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                have = false;
            }
            c => cur.push(c),
        }
    }
    if have || !cur.is_empty() {
        out.push(cur);
    }
    out
}

struct Fixture {
    spec: String,
    sent: Vec<u8>,
    dumped: Vec<u8>,
    save: String,
}

fn fixtures() -> Vec<Fixture> {
    include_str!("testdata/rules.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 4 || f[3].starts_with("ERROR") {
                return None;
            }
            // the rule's own line: the last `-A` line of the listing
            let save = f[3]
                .split("\\n")
                .filter(|x| x.starts_with("-A "))
                .last()?
                .to_string();
            Some(Fixture {
                spec: f[0].to_string(),
                sent: unhex(f[1]),
                dumped: unhex(f[2]),
                save,
            })
        })
        .collect()
}

#[test]
fn rules_encode_decode_as_iptables_nft() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for fx in fixtures() {
        if NOT_YET.iter().any(|n| fx.spec.contains(n)) {
            continue;
        }
        // `-t filter CHAIN …` for the filter table's lines, else the words after `-t nat -A`
        let mut spec = words(&fx.spec);
        let table = match spec.first().map(String::as_str) {
            Some("-t") => {
                let t = spec.get(1).cloned().unwrap_or_default();
                spec.drain(..2);
                t
            }
            _ => "nat".to_string(),
        };
        let mut argv = vec!["-t".to_string(), table.clone(), "-A".to_string()];
        argv.extend(spec);
        // the family is the one the reference's message was for
        let fam = Fam::of_msg(&fx.sent);
        let cmd = match parse::parse(argv, fam) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{}: parse: {}", fx.spec, e.text));
                continue;
            }
        };
        let chain = cmd.chain.clone().unwrap_or_default();
        let rule = rules::expand(&cmd).remove(0);
        // command line → the bytes iptables-nft sent
        let ours = codec::rule_msg(&table, &chain, &rule, Place::default()).buf;
        if ours != fx.sent {
            failures.push(format!(
                "{}: encoding differs\n  ref  {}\n  ours {}",
                fx.spec,
                hex(&fx.sent),
                hex(&ours)
            ));
        }
        // the dumped rule → the reference's -S line
        let Some(dumped) = nft::Rule::parse(&fx.dumped) else {
            failures.push(format!("{}: dumped rule unreadable", fx.spec));
            continue;
        };
        let decoded = match codec::decode_rule(&dumped, fam) {
            Ok(r) => r,
            Err(_) => {
                failures.push(format!("{}: decoded as incompatible", fx.spec));
                continue;
            }
        };
        let mut line = String::new();
        list::save_rule(&mut line, &chain, &decoded, false);
        if line.trim_end() != fx.save {
            failures.push(format!(
                "{}: -S differs\n  ref  {}\n  ours {}",
                fx.spec,
                fx.save,
                line.trim_end()
            ));
        }
        // …and encodes back to what was sent (two `-m tcp` are shown, so read back, as one)
        if fx.spec.matches("-m tcp").count() > 1 {
            checked += 1;
            continue;
        }
        let again = codec::rule_msg(&table, &chain, &decoded, Place::default()).buf;
        if again != fx.sent {
            failures.push(format!("{}: decode → encode differs", fx.spec));
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 110, "only {checked} fixtures checked");
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[test]
fn decoding_never_panics_on_damaged_rules() {
    // Every fixture cut short and with each byte flipped: decode may refuse, never panic.
    for fx in fixtures().iter().take(20) {
        for cut in 0..fx.dumped.len() {
            if let Some(r) = nft::Rule::parse(&fx.dumped[..cut]) {
                let _ = codec::decode_rule(&r, Fam::V4);
            }
        }
        for i in 0..fx.dumped.len() {
            let mut b = fx.dumped.clone();
            b[i] ^= 0xff;
            if let Some(r) = nft::Rule::parse(&b) {
                let _ = codec::decode_rule(&r, Fam::V4);
            }
        }
    }
}

#[test]
fn nat_revision_1_blobs_decode_and_encode_back() {
    // A DNAT revision 1 blob (nf_nat_range, 40 bytes), as older iptables wrote it: flags
    // MAP_IPS, 1.1.1.1-1.1.1.1. It lists as the reference lists it, and -Z would write it
    // back unchanged.
    let mut info = [0u8; 40];
    info[0..4].copy_from_slice(&1u32.to_ne_bytes());
    info[4..8].copy_from_slice(&[1, 1, 1, 1]);
    info[20..24].copy_from_slice(&[1, 1, 1, 1]);
    let t = super::ext::Target::Ext(
        super::ext::from_xt(true, "DNAT", 1, &info, Fam::V4).expect("revision 1 decodes"),
    );
    let mut out = String::new();
    t.save(&mut out, &super::ext::Ctx::default());
    assert_eq!(out, " -j DNAT --to-destination 1.1.1.1");
    let mut w = nft::Writer::new(0, 0);
    t.encode(&mut w);
    let back: Vec<_> = nft::expr::list(&w.buf[4..]).collect();
    assert!(matches!(
        back.as_slice(),
        [nft::expr::Expr::Xt { target: true, name: "DNAT", rev: 1, info: i }] if *i == &info[..]
    ));
    // Short or damaged blobs are refused, never read past their end.
    for len in 0..40 {
        let _ = super::ext::from_xt(true, "DNAT", 1, &info[..len], Fam::V4);
        let _ = super::ext::from_xt(true, "SNAT", 0, &info[..len.min(24)], Fam::V4);
    }
}
