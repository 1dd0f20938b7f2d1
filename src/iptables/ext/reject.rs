//! `-j REJECT [--reject-with TYPE]`: the xt `REJECT` target, revision 0 (one u32, the
//! kernel's `ipt_reject_with`, or for ip6tables `ip6t_reject_with`, padded to 8 bytes as
//! iptables-nft sends it). The two families differ only in their types.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use std::io::Write;

const WITH: u8 = 1;

const OPTS: &[Opt] = &[opt("reject-with", Has::Required, WITH).once().no_inv()];

pub const DEF: Def = Def {
    name: "REJECT",
    rev: 0,
    size: 8,
    cmp: 4,
    opts: OPTS,
    help: include_str!("../help/t_REJECT.txt"),
    init,
    parse,
    save,
    print,
    fams: super::def::V4_ONLY,
    ..Def::TARGET
};

/// ip6tables' REJECT: the same with IPv6's types (default 4, port unreachable).
pub const DEF6: Def = Def {
    help: include_str!("../help/t_REJECT6.txt"),
    init: init6,
    fams: super::def::V6_ONLY,
    ..DEF
};

/// IPv6's types (ip6t_reject_with), with their aliases (2, beyond scope, is not taken).
const TYPES6: &[(u32, &str, &str)] = &[
    (0, "icmp6-no-route", "no-route"),
    (1, "icmp6-adm-prohibited", "adm-prohibited"),
    (3, "icmp6-addr-unreachable", "addr-unreach"),
    (4, "icmp6-port-unreachable", "port-unreach"),
    (6, "tcp-reset", "tcp-reset"),
    (7, "icmp6-policy-fail", "policy-fail"),
    (8, "icmp6-reject-route", "reject-route"),
];

fn init6(e: &mut Ext) {
    e.set_u32(0, 4);
}

fn types(ctx: &Ctx) -> &'static [(u32, &'static str, &'static str)] {
    if ctx.fam.is_v6() {
        TYPES6
    } else {
        TYPES
    }
}

/// The types by their kernel number (ipt_reject_with), with the alias each also answers to.
/// 4 (echo-reply) is no longer accepted.
const TYPES: &[(u32, &str, &str)] = &[
    (0, "icmp-net-unreachable", "net-unreach"),
    (1, "icmp-host-unreachable", "host-unreach"),
    (2, "icmp-proto-unreachable", "proto-unreach"),
    (3, "icmp-port-unreachable", "port-unreach"),
    (5, "icmp-net-prohibited", "net-prohib"),
    (6, "icmp-host-prohibited", "host-prohib"),
    (7, "tcp-reset", "tcp-rst"),
    (8, "icmp-admin-prohibited", "admin-prohib"),
];

/// The default: ICMP port unreachable.
fn init(e: &mut Ext) {
    e.set_u32(0, 3);
}

/// Whether `word` begins `name`, ignoring case (an empty word begins every name).
fn starts(name: &str, word: &str) -> bool {
    name.len() >= word.len() && name.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
}

fn parse(e: &mut Ext, _: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    let word = arg.value;
    let hit = types(ctx)
        .iter()
        .find(|(_, name, alias)| starts(name, word) || starts(alias, word));
    let Some((with, _, _)) = hit else {
        if !ctx.fam.is_v6() && (starts("echo-reply", word) || starts("echoreply", word)) {
            let _ = std::io::stderr().write_all(b"--reject-with echo-reply no longer supported\n");
        }
        return Err(bad(format_args!("unknown reject type \"{word}\"")));
    };
    e.set_u32(0, *with);
    Ok(())
}

fn word(e: &Ext, ctx: &Ctx) -> String {
    let with = e.u32(0);
    match types(ctx).iter().find(|(n, _, _)| *n == with) {
        Some((_, name, _)) => (*name).to_string(),
        None => with.to_string(),
    }
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" --reject-with ");
    out.push_str(&word(e, ctx));
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" reject-with ");
    out.push_str(&word(e, ctx));
}
