//! `-m addrtype --src-type/--dst-type TYPES [--limit-iface-in|--limit-iface-out]`: the xt
//! `addrtype` match, revision 1 (`struct xt_addrtype_info_v1`: u16 source, u16 dest, u32 flags).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const SRC: u8 = 1;
const DST: u8 = 2;
const LIMIT_IN: u8 = 3;
const LIMIT_OUT: u8 = 4;

const OPTS: &[Opt] = &[
    opt("src-type", Has::Required, SRC).once(),
    opt("dst-type", Has::Required, DST).once(),
    opt("limit-iface-in", Has::No, LIMIT_IN).once().no_inv(),
    opt("limit-iface-out", Has::No, LIMIT_OUT).once().no_inv(),
];

/// The blob: source and destination type masks, flags.
const SOURCE: usize = 0;
const DEST: usize = 2;
const FLAGS: usize = 4;

const INVERT_SOURCE: u32 = 1;
const INVERT_DEST: u32 = 2;
const LIMIT_IFACE_IN: u32 = 4;
const LIMIT_IFACE_OUT: u32 = 8;

pub const DEF: Def = Def {
    name: "addrtype",
    rev: 1,
    size: 8,
    cmp: 8,
    opts: OPTS,
    help: include_str!("../help/m_addrtype.txt"),
    parse,
    check,
    save,
    print,
    ..Def::MATCH
};

/// The type names, bit i = 1 << i.
const TYPES: &[&str] = &[
    "UNSPEC",
    "UNICAST",
    "LOCAL",
    "BROADCAST",
    "ANYCAST",
    "MULTICAST",
    "BLACKHOLE",
    "UNREACHABLE",
    "PROHIBIT",
    "THROW",
    "NAT",
    "XRESOLVE",
];

fn types(arg: &str) -> crate::error::Result<u16> {
    let mut mask = 0u16;
    for word in arg.split(',') {
        // the first type the word begins, in any case
        let begins = |t: &str| {
            !word.is_empty()
                && t.len() >= word.len()
                && t.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        };
        match TYPES.iter().position(|t| begins(t)) {
            Some(i) => mask |= 1 << i,
            None => return Err(bad(format_args!("addrtype: bad type \"{word}\""))),
        }
    }
    Ok(mask)
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let mut flags = e.u32(FLAGS);
    match o.id {
        SRC => {
            e.set_u16(SOURCE, types(arg.value)?);
            if arg.inv {
                flags |= INVERT_SOURCE;
            }
        }
        DST => {
            e.set_u16(DEST, types(arg.value)?);
            if arg.inv {
                flags |= INVERT_DEST;
            }
        }
        LIMIT_IN => flags |= LIMIT_IFACE_IN,
        _ => flags |= LIMIT_IFACE_OUT,
    }
    e.set_u32(FLAGS, flags);
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.u16(SOURCE) == 0 && e.u16(DEST) == 0 {
        return Err(bad("addrtype: you must specify --src-type or --dst-type"));
    }
    e.exclusive(&[LIMIT_IN, LIMIT_OUT])
}

fn names(out: &mut String, mask: u16) {
    let mut first = true;
    for (i, t) in TYPES.iter().enumerate() {
        if mask & (1 << i) != 0 {
            if !first {
                out.push(',');
            }
            out.push_str(t);
            first = false;
        }
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let flags = e.u32(FLAGS);
    if e.u16(SOURCE) != 0 {
        if flags & INVERT_SOURCE != 0 {
            out.push_str(" !");
        }
        out.push_str(" --src-type ");
        names(out, e.u16(SOURCE));
    }
    if e.u16(DEST) != 0 {
        if flags & INVERT_DEST != 0 {
            out.push_str(" !");
        }
        out.push_str(" --dst-type ");
        names(out, e.u16(DEST));
    }
    if flags & LIMIT_IFACE_IN != 0 {
        out.push_str(" --limit-iface-in");
    }
    if flags & LIMIT_IFACE_OUT != 0 {
        out.push_str(" --limit-iface-out");
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    let flags = e.u32(FLAGS);
    out.push_str(" ADDRTYPE match");
    if e.u16(SOURCE) != 0 {
        out.push_str(" src-type ");
        if flags & INVERT_SOURCE != 0 {
            out.push('!');
        }
        names(out, e.u16(SOURCE));
    }
    if e.u16(DEST) != 0 {
        out.push_str(" dst-type ");
        if flags & INVERT_DEST != 0 {
            out.push('!');
        }
        names(out, e.u16(DEST));
    }
    if flags & LIMIT_IFACE_IN != 0 {
        out.push_str(" limit-in");
    }
    if flags & LIMIT_IFACE_OUT != 0 {
        out.push_str(" limit-out");
    }
}
