//! `-p icmp [-m icmp] [!] --icmp-type TYPE[/CODE]|NAME|any`: the xt `icmp` match, revision 0
//! (`struct ipt_icmp`: u8 type, u8 code[2], u8 invflags; 8 bytes with padding).

use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const TYPE: usize = 0;
const CODE_MIN: usize = 1;
const CODE_MAX: usize = 2;
const INVFLAGS: usize = 3;

const OPTS: &[Opt] = &[opt("icmp-type", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "icmp",
    rev: 0,
    size: 8,
    cmp: 4,
    opts: OPTS,
    help: include_str!("../help/m_icmp.txt"),
    init,
    parse,
    save,
    print,
    fams: super::def::V4_ONLY,
    ..Def::MATCH
};

/// iptables' ICMP type names in its order (an alias right after its name): (name, type,
/// code min, code max). A word names the entry it is a prefix of (any case), if only one.
const NAMES: &[(&str, u8, u8, u8)] = &[
    ("any", 0xff, 0, 0xff),
    ("echo-reply", 0, 0, 0xff),
    ("pong", 0, 0, 0xff),
    ("destination-unreachable", 3, 0, 0xff),
    ("network-unreachable", 3, 0, 0),
    ("host-unreachable", 3, 1, 1),
    ("protocol-unreachable", 3, 2, 2),
    ("port-unreachable", 3, 3, 3),
    ("fragmentation-needed", 3, 4, 4),
    ("source-route-failed", 3, 5, 5),
    ("network-unknown", 3, 6, 6),
    ("host-unknown", 3, 7, 7),
    ("network-prohibited", 3, 9, 9),
    ("host-prohibited", 3, 10, 10),
    ("TOS-network-unreachable", 3, 11, 11),
    ("TOS-host-unreachable", 3, 12, 12),
    ("communication-prohibited", 3, 13, 13),
    ("host-precedence-violation", 3, 14, 14),
    ("precedence-cutoff", 3, 15, 15),
    ("source-quench", 4, 0, 0xff),
    ("redirect", 5, 0, 0xff),
    ("network-redirect", 5, 0, 0),
    ("host-redirect", 5, 1, 1),
    ("TOS-network-redirect", 5, 2, 2),
    ("TOS-host-redirect", 5, 3, 3),
    ("echo-request", 8, 0, 0xff),
    ("ping", 8, 0, 0xff),
    ("router-advertisement", 9, 0, 0xff),
    ("router-solicitation", 10, 0, 0xff),
    ("time-exceeded", 11, 0, 0xff),
    ("ttl-exceeded", 11, 0, 0xff),
    ("ttl-zero-during-transit", 11, 0, 0),
    ("ttl-zero-during-reassembly", 11, 1, 1),
    ("parameter-problem", 12, 0, 0xff),
    ("ip-header-bad", 12, 0, 0),
    ("required-option-missing", 12, 1, 1),
    ("timestamp-request", 13, 0, 0xff),
    ("timestamp-reply", 14, 0, 0xff),
    ("address-mask-request", 17, 0, 0xff),
    ("address-mask-reply", 18, 0, 0xff),
];

/// Aliases, which -L never prints.
const ALIASES: &[&str] = &["pong", "ping", "ttl-exceeded"];

/// No --icmp-type: any type.
fn init(e: &mut Ext) {
    e.set_u8(TYPE, 0xff);
    e.set_u8(CODE_MAX, 0xff);
}

/// The match native icmp compares go into (any type until one is compared).
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
    let t = super::values::icmp_type(arg.value, NAMES, "ICMP")?;
    super::values::icmp_set(e, t, arg.inv);
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (kind, code) = (e.u8(TYPE), (e.u8(CODE_MIN), e.u8(CODE_MAX)));
    if e.u8(INVFLAGS) & 1 != 0 {
        out.push_str(" !");
    }
    out.push_str(" --icmp-type ");
    if kind == 0xff {
        out.push_str("any");
    } else {
        out.push_str(&kind.to_string());
        if code != (0, 0xff) {
            out.push('/');
            out.push_str(&code.0.to_string());
        }
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let (kind, code) = (e.u8(TYPE), (e.u8(CODE_MIN), e.u8(CODE_MAX)));
    let inv = e.u8(INVFLAGS) & 1 != 0;
    out.push_str(" icmp");
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
