//! `-m tos [!] --tos V[/M]|NAME` (`struct xt_tos_match_info`: u8 mask, u8 value, u8 invert;
//! revision 1) and the `TOS` target (`struct xt_tos_target_info`: u8 value, u8 mask;
//! revision 1) with `--set-tos V[/M]|NAME`, `--and-tos`, `--or-tos`, `--xor-tos`. A number
//! alone has the mask 0xff, a name (RFC 1349's) the mask 0x3f.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

/// The match's blob.
const M_MASK: usize = 0;
const M_VALUE: usize = 1;
const M_INVERT: usize = 2;

const MATCH_OPTS: &[Opt] = &[opt("tos", Has::Required, 1).once().mand()];

pub const MATCH: Def = Def {
    name: "tos",
    rev: 1,
    size: 8,
    cmp: 3,
    opts: MATCH_OPTS,
    help: include_str!("../help/m_tos.txt"),
    parse: parse_match,
    save: save_match,
    print: print_match,
    ..Def::MATCH
};

/// The target's blob.
const T_VALUE: usize = 0;
const T_MASK: usize = 1;

const SET: u8 = 1;
const AND: u8 = 2;
const OR: u8 = 3;
const XOR: u8 = 4;

const TARGET_OPTS: &[Opt] = &[
    opt("set-tos", Has::Required, SET).once().no_inv(),
    opt("and-tos", Has::Required, AND).once().no_inv(),
    opt("or-tos", Has::Required, OR).once().no_inv(),
    opt("xor-tos", Has::Required, XOR).once().no_inv(),
];

pub const TARGET: Def = Def {
    name: "TOS",
    rev: 1,
    size: 8,
    cmp: 2,
    opts: TARGET_OPTS,
    help: include_str!("../help/t_TOS.txt"),
    parse: parse_target,
    check: check_target,
    save: save_target,
    print: print_target,
    ..Def::TARGET
};

/// The names, by their value (mask 0x3f).
const NAMES: &[(u8, &str)] = &[
    (0x10, "Minimize-Delay"),
    (0x08, "Maximize-Throughput"),
    (0x04, "Maximize-Reliability"),
    (0x02, "Minimize-Cost"),
    (0x00, "Normal-Service"),
];

/// The mask a name stands with.
const NAME_MASK: u8 = 0x3f;

/// `V[/M]` (C numbers up to 255; the mask 0xff without `/M`) or a name (mask 0x3f).
fn value_mask(word: &str) -> crate::error::Result<(u8, u8)> {
    let num = |s: &str| crate::cli::num::strtoul(s, 0).filter(|&v| v <= 255);
    if let Some((v, m)) = word.split_once('/') {
        return match (num(v), num(m)) {
            (Some(v), Some(m)) => Ok((v as u8, m as u8)),
            _ => Err(bad(format_args!("Illegal value: \"{word}\""))),
        };
    }
    if let Some(v) = num(word) {
        return Ok((v as u8, 0xff));
    }
    NAMES
        .iter()
        .find(|(_, n)| n.eq_ignore_ascii_case(word))
        .map(|&(v, _)| (v, NAME_MASK))
        .ok_or_else(|| bad(format_args!("Symbolic name \"{word}\" is unknown")))
}

/// The name of `value`/`mask` when it is one (and names are wanted).
fn name(value: u8, mask: u8, ctx: &Ctx) -> Option<&'static str> {
    if ctx.numeric || mask != NAME_MASK {
        return None;
    }
    NAMES.iter().find(|(v, _)| *v == value).map(|(_, n)| *n)
}

fn parse_match(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (v, m) = value_mask(arg.value)?;
    e.set_u8(M_VALUE, v);
    e.set_u8(M_MASK, m);
    e.set_u8(M_INVERT, u8::from(arg.inv));
    Ok(())
}

fn save_match(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u8(M_INVERT) != 0 {
        out.push_str(" !");
    }
    out.push_str(&format!(
        " --tos 0x{:02x}/0x{:02x}",
        e.u8(M_VALUE),
        e.u8(M_MASK)
    ));
}

/// As the reference prints it: no blank before a number.
fn print_match(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" tos match");
    if e.u8(M_INVERT) != 0 {
        out.push('!');
    }
    let (v, m) = (e.u8(M_VALUE), e.u8(M_MASK));
    match name(v, m, ctx) {
        Some(n) => {
            out.push(' ');
            out.push_str(n);
        }
        None => out.push_str(&format!("0x{v:02x}/0x{m:02x}")),
    }
}

fn parse_target(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (v, m) = if o.id == SET {
        value_mask(arg.value)?
    } else {
        let b = uint(e, o, arg.value, 0, 255)? as u8;
        match o.id {
            AND => (0, !b),
            OR => (b, b),
            _ => (b, 0),
        }
    };
    e.set_u8(T_VALUE, v);
    e.set_u8(T_MASK, m);
    Ok(())
}

fn check_target(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    e.exclusive(&[SET, AND, OR, XOR])?;
    if e.seen == 0 {
        return Err(bad("TOS: An action is required"));
    }
    Ok(())
}

fn save_target(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(
        " --set-tos 0x{:02x}/0x{:02x}",
        e.u8(T_VALUE),
        e.u8(T_MASK)
    ));
}

/// With names: the name, or the operation the value and mask make; numeric: value/mask.
fn print_target(e: &Ext, out: &mut String, ctx: &Ctx) {
    let (v, m) = (e.u8(T_VALUE), e.u8(T_MASK));
    let text = if ctx.numeric {
        format!(" TOS set 0x{v:02x}/0x{m:02x}")
    } else if let Some(n) = name(v, m, ctx) {
        format!("  TOS set{n}")
    } else if v == 0 {
        format!(" TOS and 0x{:02x}", !m)
    } else if v == m {
        format!(" TOS or 0x{v:02x}")
    } else if m == 0 {
        format!(" TOS xor 0x{v:02x}")
    } else {
        format!(" TOS set 0x{v:02x}/0x{m:02x}")
    };
    out.push_str(&text);
}
