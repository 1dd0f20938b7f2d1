//! `-m dscp [!] --dscp N | [!] --dscp-class CLASS` (`struct xt_dscp_info`: u8 dscp, u8 invert;
//! revision 0) and the `DSCP` target (`struct xt_DSCP_info`: u8 dscp; revision 0) with
//! `--set-dscp N | --set-dscp-class CLASS`. Classes: BE, EF, CS0..CS7, AF11..AF43.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const DSCP: usize = 0;
const INVERT: usize = 1;

/// The largest code point (6 bits).
const MAX: u64 = 63;

const VALUE: u8 = 1;
const CLASS: u8 = 2;

const MATCH_OPTS: &[Opt] = &[
    opt("dscp", Has::Required, VALUE).once(),
    opt("dscp-class", Has::Required, CLASS).once(),
];

pub const MATCH: Def = Def {
    name: "dscp",
    rev: 0,
    size: 8,
    cmp: 2,
    opts: MATCH_OPTS,
    help: include_str!("../help/m_dscp.txt"),
    parse,
    check: check_match,
    save: save_match,
    print: print_match,
    ..Def::MATCH
};

const TARGET_OPTS: &[Opt] = &[
    opt("set-dscp", Has::Required, VALUE).once().no_inv(),
    opt("set-dscp-class", Has::Required, CLASS).once().no_inv(),
];

pub const TARGET: Def = Def {
    name: "DSCP",
    rev: 0,
    size: 8,
    cmp: 1,
    opts: TARGET_OPTS,
    help: include_str!("../help/t_DSCP.txt"),
    parse,
    check: check_target,
    save: save_target,
    print: print_target,
    ..Def::TARGET
};

/// The DiffServ classes and their code points.
const CLASSES: &[(&str, u8)] = &[
    ("CS0", 0x00),
    ("CS1", 0x08),
    ("CS2", 0x10),
    ("CS3", 0x18),
    ("CS4", 0x20),
    ("CS5", 0x28),
    ("CS6", 0x30),
    ("CS7", 0x38),
    ("BE", 0x00),
    ("AF11", 0x0a),
    ("AF12", 0x0c),
    ("AF13", 0x0e),
    ("AF21", 0x12),
    ("AF22", 0x14),
    ("AF23", 0x16),
    ("AF31", 0x1a),
    ("AF32", 0x1c),
    ("AF33", 0x1e),
    ("AF41", 0x22),
    ("AF42", 0x24),
    ("AF43", 0x26),
    ("EF", 0x2e),
];

/// A class: the first whose name begins the word (case aside).
fn class(word: &str) -> crate::error::Result<u8> {
    CLASSES
        .iter()
        .find(|(n, _)| {
            word.len() >= n.len() && word.as_bytes()[..n.len()].eq_ignore_ascii_case(n.as_bytes())
        })
        .map(|&(_, v)| v)
        .ok_or_else(|| bad(format_args!("Invalid DSCP value `{word}'")))
}

/// Both: the code point, and (the match) `!`.
fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let v = if o.id == VALUE {
        uint(e, o, arg.value, 0, MAX)? as u8
    } else {
        class(arg.value)?
    };
    e.set_u8(DSCP, v);
    if !e.def.target {
        e.set_u8(INVERT, u8::from(arg.inv));
    }
    Ok(())
}

fn check_match(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    e.exclusive(&[VALUE, CLASS])?;
    if e.seen == 0 {
        return Err(bad("DSCP match: Parameter --dscp is required"));
    }
    Ok(())
}

fn check_target(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    e.exclusive(&[VALUE, CLASS])?;
    if e.seen == 0 {
        return Err(bad("DSCP target: Parameter --set-dscp is required"));
    }
    Ok(())
}

fn save_match(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u8(INVERT) != 0 {
        out.push_str(" !");
    }
    out.push_str(&format!(" --dscp 0x{:02x}", e.u8(DSCP)));
}

fn print_match(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" DSCP match ");
    if e.u8(INVERT) != 0 {
        out.push('!');
    }
    out.push_str(&format!("0x{:02x}", e.u8(DSCP)));
}

fn save_target(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(" --set-dscp 0x{:02x}", e.u8(DSCP)));
}

fn print_target(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(" DSCP set 0x{:02x}", e.u8(DSCP)));
}
