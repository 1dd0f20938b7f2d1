//! `-p icmpv6 [-m icmp6] [!] --icmpv6-type TYPE[/CODE]|NAME`: ip6tables' xt `icmp6` match,
//! revision 0 (`struct ip6t_icmp`: u8 type, u8 code[2], u8 invflags; 8 bytes with padding).
//! `-m icmpv6` and `-m ipv6-icmp` load it too (the parser names it so); `-p icmpv6`,
//! `-p ipv6-icmp` and `-p 58` load it for an option they do not know. Native
//! `icmpv6 type`/`code` compares read as this match.

use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const TYPE: usize = 0;
const CODE_MIN: usize = 1;
const CODE_MAX: usize = 2;
const INVFLAGS: usize = 3;

const OPTS: &[Opt] = &[opt("icmpv6-type", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "icmp6",
    rev: 0,
    size: 8,
    cmp: 4,
    opts: OPTS,
    help: include_str!("../help/m_icmp6.txt"),
    init,
    parse,
    save,
    print,
    fams: super::def::V6_ONLY,
    ..Def::MATCH
};

/// The other names `-m` loads it by (under ip6tables and iptables alike).
pub fn alias(name: &str) -> Option<&'static str> {
    matches!(name, "icmpv6" | "ipv6-icmp").then_some("icmp6")
}

/// ip6tables' ICMPv6 type names in its order (an alias right after its name): (name, type,
/// code min, code max). A word names the entry it is a prefix of (any case), if only one.
const NAMES: &[(&str, u8, u8, u8)] = &[
    ("destination-unreachable", 1, 0, 0xff),
    ("no-route", 1, 0, 0),
    ("communication-prohibited", 1, 1, 1),
    ("beyond-scope", 1, 2, 2),
    ("address-unreachable", 1, 3, 3),
    ("port-unreachable", 1, 4, 4),
    ("failed-policy", 1, 5, 5),
    ("reject-route", 1, 6, 6),
    ("packet-too-big", 2, 0, 0xff),
    ("time-exceeded", 3, 0, 0xff),
    ("ttl-exceeded", 3, 0, 0xff),
    ("ttl-zero-during-transit", 3, 0, 0),
    ("ttl-zero-during-reassembly", 3, 1, 1),
    ("parameter-problem", 4, 0, 0xff),
    ("bad-header", 4, 0, 0),
    ("unknown-header-type", 4, 1, 1),
    ("unknown-option", 4, 2, 2),
    ("echo-request", 128, 0, 0xff),
    ("ping", 128, 0, 0xff),
    ("echo-reply", 129, 0, 0xff),
    ("pong", 129, 0, 0xff),
    ("router-solicitation", 133, 0, 0xff),
    ("router-advertisement", 134, 0, 0xff),
    ("neighbour-solicitation", 135, 0, 0xff),
    ("neighbor-solicitation", 135, 0, 0xff),
    ("neighbour-advertisement", 136, 0, 0xff),
    ("neighbor-advertisement", 136, 0, 0xff),
    ("redirect", 137, 0, 0xff),
];

/// Aliases, which -L never prints.
const ALIASES: &[&str] = &[
    "ttl-exceeded",
    "ping",
    "pong",
    "neighbor-solicitation",
    "neighbor-advertisement",
];

/// Every code of type 0 until a type is given.
fn init(e: &mut Ext) {
    e.set_u8(CODE_MAX, 0xff);
}

/// The match native icmpv6 compares go into.
pub fn native() -> Ext {
    Ext::new(&DEF)
}

/// A native compare of the type (every code of it).
pub fn set_type(e: &mut Ext, t: u8) {
    e.set_u8(TYPE, t);
}

/// A native compare of the code.
pub fn set_code(e: &mut Ext, c: u8) {
    e.set_u8(CODE_MIN, c);
    e.set_u8(CODE_MAX, c);
}

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let t = super::values::icmp_type(arg.value, NAMES, "ICMPv6")?;
    super::values::icmp_set(e, t, arg.inv);
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (kind, code) = (e.u8(TYPE), (e.u8(CODE_MIN), e.u8(CODE_MAX)));
    if e.u8(INVFLAGS) & 1 != 0 {
        out.push_str(" !");
    }
    out.push_str(" --icmpv6-type ");
    out.push_str(&kind.to_string());
    if code != (0, 0xff) {
        out.push('/');
        out.push_str(&code.0.to_string());
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let (kind, code) = (e.u8(TYPE), (e.u8(CODE_MIN), e.u8(CODE_MAX)));
    let inv = e.u8(INVFLAGS) & 1 != 0;
    out.push_str(" ipv6-icmp");
    let name = NAMES
        .iter()
        .filter(|(n, ..)| !ALIASES.contains(n))
        .find(|(_, t, lo, hi)| *t == kind && (*lo, *hi) == code);
    match name {
        Some((n, ..)) if !ctx.numeric => {
            out.push(' ');
            if inv {
                out.push('!');
            }
            out.push_str(n);
        }
        _ => {
            if inv {
                out.push_str(" !");
            }
            out.push_str("type ");
            out.push_str(&kind.to_string());
            if code.0 == code.1 {
                out.push_str(&format!(" code {}", code.0));
            } else if code != (0, 0xff) {
                out.push_str(&format!(" codes {}-{}", code.0, code.1));
            }
        }
    }
}
