//! `-m connmark [!] --mark V[/M]` (the xt `connmark` match, revision 1, `struct
//! xt_connmark_mtinfo1`: u32 mark, u32 mask, u8 invert; 16 bytes sent) and the `CONNMARK`
//! target (revision 2, `struct xt_connmark_tginfo2`: u32 ctmark, ctmask, nfmask, u8
//! shift_dir, shift_bits, mode; revision 1, without the shift, is read too).

use super::blob::{bad, hex};
use super::def::{mark_match_text, save_mark_match, uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

/// The match's blob (as [`save_mark_match`] reads it).
const MARK: usize = 0;
const MASK: usize = 4;
const INVERT: usize = 8;

const MATCH_OPTS: &[Opt] = &[opt("mark", Has::Required, 1).once().mand()];

pub const MATCH: Def = Def {
    name: "connmark",
    rev: 1,
    size: 16,
    cmp: 9,
    opts: MATCH_OPTS,
    help: include_str!("../help/m_connmark.txt"),
    parse: parse_match,
    save: save_match,
    print: print_match,
    ..Def::MATCH
};

/// `V` or `V/M` (C numbers, any base); the mask is all ones without `/M`.
fn value_mask(arg: &str) -> Option<(u32, Option<u32>)> {
    let num = |s: &str| crate::cli::num::strtoul(s, 0).and_then(|v| u32::try_from(v).ok());
    match arg.split_once('/') {
        Some((v, m)) => Some((num(v)?, Some(num(m)?))),
        None => Some((num(arg)?, None)),
    }
}

fn bad_integer(ext: &str, o: &Opt) -> crate::error::Error {
    bad(format_args!(
        "{ext}: bad integer value for option \"--{}\", or out of range.\n",
        o.name
    ))
}

fn parse_match(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (mark, mask) = value_mask(arg.value).ok_or_else(|| bad_integer("connmark", o))?;
    e.set_u32(MARK, mark);
    e.set_u32(MASK, mask.unwrap_or(u32::MAX));
    e.set_u8(INVERT, u8::from(arg.inv));
    Ok(())
}

fn save_match(e: &Ext, out: &mut String, _: &Ctx) {
    save_mark_match(e, out);
}

fn print_match(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" connmark match ");
    if e.u8(INVERT) != 0 {
        out.push('!');
    }
    out.push(' ');
    mark_match_text(e, out);
}

/// The target's blob (revision 2; revision 1 has its mode at SHIFT_DIR).
const CTMARK: usize = 0;
const CTMASK: usize = 4;
const NFMASK: usize = 8;
const SHIFT_DIR: usize = 12;
const SHIFT_BITS: usize = 13;
const MODE: usize = 14;

/// XT_CONNMARK_SET, SAVE, RESTORE.
const SET: u8 = 0;
const SAVE: u8 = 1;
const RESTORE: u8 = 2;

/// Option ids.
const O_SET_XMARK: u8 = 1;
const O_SET_MARK: u8 = 2;
const O_AND_MARK: u8 = 3;
const O_OR_MARK: u8 = 4;
const O_XOR_MARK: u8 = 5;
const O_SAVE_MARK: u8 = 6;
const O_RESTORE_MARK: u8 = 7;
const O_CTMASK: u8 = 8;
const O_NFMASK: u8 = 9;
const O_MASK: u8 = 10;
const O_LEFT: u8 = 11;
const O_RIGHT: u8 = 12;

const TARGET_OPTS: &[Opt] = &[
    opt("set-xmark", Has::Required, O_SET_XMARK).once().no_inv(),
    opt("set-mark", Has::Required, O_SET_MARK).once().no_inv(),
    opt("and-mark", Has::Required, O_AND_MARK).once().no_inv(),
    opt("or-mark", Has::Required, O_OR_MARK).once().no_inv(),
    opt("xor-mark", Has::Required, O_XOR_MARK).once().no_inv(),
    opt("save-mark", Has::No, O_SAVE_MARK).once().no_inv(),
    opt("restore-mark", Has::No, O_RESTORE_MARK).once().no_inv(),
    opt("ctmask", Has::Required, O_CTMASK).once().no_inv(),
    opt("nfmask", Has::Required, O_NFMASK).once().no_inv(),
    opt("mask", Has::Required, O_MASK).once().no_inv(),
    opt("left-shift-mark", Has::Required, O_LEFT)
        .once()
        .no_inv(),
    opt("right-shift-mark", Has::Required, O_RIGHT)
        .once()
        .no_inv(),
];

/// The ways of saying what to do, in the order iptables names them when two are given.
const OPERATIONS: &[u8] = &[
    O_SET_XMARK,
    O_SET_MARK,
    O_AND_MARK,
    O_OR_MARK,
    O_XOR_MARK,
    O_SAVE_MARK,
    O_RESTORE_MARK,
];

pub const TARGET: Def = Def {
    name: "CONNMARK",
    rev: 2,
    size: 16,
    cmp: 15,
    opts: TARGET_OPTS,
    help: include_str!("../help/t_CONNMARK.txt"),
    init: init_target,
    parse: parse_target,
    check: check_target,
    decode: decode_target,
    save: save_target,
    print: print_target,
    ..Def::TARGET
};

fn init_target(e: &mut Ext) {
    e.set_u32(CTMASK, u32::MAX);
    e.set_u32(NFMASK, u32::MAX);
}

fn parse_target(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let full = u64::from(u32::MAX);
    let (mark, mask) = match o.id {
        O_SET_XMARK | O_SET_MARK => {
            let (v, m) = value_mask(arg.value).ok_or_else(|| bad_integer("CONNMARK", o))?;
            let m = m.unwrap_or(u32::MAX);
            if o.id == O_SET_XMARK {
                (v, m)
            } else {
                (v, v | m)
            }
        }
        O_AND_MARK | O_OR_MARK | O_XOR_MARK => {
            let v = uint(e, o, arg.value, 0, full)? as u32;
            match o.id {
                O_AND_MARK => (0, !v),
                O_OR_MARK => (v, v),
                _ => (v, 0),
            }
        }
        O_SAVE_MARK | O_RESTORE_MARK => {
            e.set_u8(MODE, if o.id == O_SAVE_MARK { SAVE } else { RESTORE });
            return Ok(());
        }
        O_CTMASK | O_NFMASK | O_MASK => {
            let v = uint(e, o, arg.value, 0, full)? as u32;
            if o.id != O_NFMASK {
                e.set_u32(CTMASK, v);
            }
            if o.id != O_CTMASK {
                e.set_u32(NFMASK, v);
            }
            return Ok(());
        }
        _ => {
            let v = uint(e, o, arg.value, 0, 32)? as u8;
            e.set_u8(SHIFT_DIR, u8::from(o.id == O_RIGHT));
            e.set_u8(SHIFT_BITS, v);
            return Ok(());
        }
    };
    e.set_u8(MODE, SET);
    e.set_u32(CTMARK, mark);
    e.set_u32(CTMASK, mask);
    Ok(())
}

fn check_target(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if !OPERATIONS.iter().any(|&o| e.given(o)) {
        return Err(bad("CONNMARK target: No operation specified"));
    }
    e.exclusive(OPERATIONS)?;
    for m in [O_CTMASK, O_NFMASK] {
        if e.given(m) && e.given(O_MASK) {
            return Err(bad(format_args!(
                "CONNMARK: option \"--{}\" cannot be used together with \"--mask\".\n",
                e.option(m)
            )));
        }
    }
    Ok(())
}

/// Revision 2, and revision 1 (its mode where revision 2 has the shift).
fn decode_target(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    match rev {
        2 if info.len() >= def.size => Some(Ext::with(def, rev, &info[..def.size])),
        1 if info.len() >= 13 => Some(Ext::with(def, rev, &info[..info.len().min(16)])),
        _ => None,
    }
}

/// Mode, and the shift (direction word, bits) when there is one.
fn target_fields(e: &Ext) -> (u8, Option<(&'static str, u8)>) {
    if e.rev < 2 {
        return (e.u8(SHIFT_DIR), None);
    }
    let bits = e.u8(SHIFT_BITS);
    let dir = if e.u8(SHIFT_DIR) == 0 {
        "left-shift-mark"
    } else {
        "right-shift-mark"
    };
    (e.u8(MODE), (bits != 0).then_some((dir, bits)))
}

fn save_target(e: &Ext, out: &mut String, _: &Ctx) {
    let (mode, shift) = target_fields(e);
    let (mark, ctmask, nfmask) = (e.u32(CTMARK), e.u32(CTMASK), e.u32(NFMASK));
    match mode {
        SET => out.push_str(&format!(" --set-xmark {}/{}", hex(mark), hex(ctmask))),
        SAVE | RESTORE => out.push_str(&format!(
            " --{}-mark --nfmask {} --ctmask {}",
            if mode == SAVE { "save" } else { "restore" },
            hex(nfmask),
            hex(ctmask)
        )),
        _ => out.push_str(" [unknown mode]"),
    }
    if let Some((dir, bits)) = shift {
        out.push_str(&format!(" --{dir} {bits}"));
    }
}

fn print_target(e: &Ext, out: &mut String, _: &Ctx) {
    let (mode, shift) = target_fields(e);
    let (m, ctmask, nfmask) = (e.u32(CTMARK), e.u32(CTMASK), e.u32(NFMASK));
    let text = match mode {
        SET if m == 0 => format!(" CONNMARK and {}", hex(!ctmask)),
        SET if m == ctmask => format!(" CONNMARK or {}", hex(m)),
        SET if ctmask == 0 => format!(" CONNMARK xor {}", hex(m)),
        SET if ctmask == u32::MAX => format!(" CONNMARK set {}", hex(m)),
        SET => format!(" CONNMARK xset {}/{}", hex(m), hex(ctmask)),
        SAVE if nfmask == u32::MAX && ctmask == u32::MAX => " CONNMARK save".to_string(),
        SAVE if nfmask == ctmask => format!(" CONNMARK save mask {}", hex(nfmask)),
        SAVE => format!(
            " CONNMARK save nfmask {} ctmask ~{}",
            hex(nfmask),
            hex(ctmask)
        ),
        RESTORE if nfmask == u32::MAX && ctmask == u32::MAX => " CONNMARK restore".to_string(),
        RESTORE if nfmask == ctmask => format!(" CONNMARK restore mask {}", hex(ctmask)),
        RESTORE => format!(
            " CONNMARK restore ctmask {} nfmask ~{}",
            hex(ctmask),
            hex(nfmask)
        ),
        _ => " ERROR: UNKNOWN CONNMARK MODE".to_string(),
    };
    out.push_str(&text);
    if let Some((dir, bits)) = shift {
        out.push_str(&format!(" {dir} {bits}"));
    }
}
