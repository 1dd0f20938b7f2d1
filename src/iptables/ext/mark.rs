//! `-m mark [!] --mark V[/M]` (`struct xt_mark_mtinfo1`: u32 mark, u32 mask, u8 invert;
//! revision 1, written natively: meta mark, bitwise, cmp) and the `MARK` target (revision 2,
//! `struct xt_mark_tginfo2`: u32 mark, u32 mask), with its five ways of saying what to do
//! to the mark.

use super::blob::{bad, hex};
use super::def::{mark_mask, mark_match_text, save_mark_match, uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

/// Both blobs: mark, mask (the match's invert byte after them).
const MARK: usize = 0;
const MASK: usize = 4;
const INVERT: usize = 8;

const MATCH_OPTS: &[Opt] = &[opt("mark", Has::Required, 1).once().mand()];

pub const MATCH: Def = Def {
    name: "mark",
    rev: 1,
    size: 16,
    cmp: 9,
    opts: MATCH_OPTS,
    help: include_str!("../help/m_mark.txt"),
    parse: parse_match,
    encode: encode_match,
    save: save_match,
    print: print_match,
    ..Def::MATCH
};

const SET_XMARK: u8 = 1;
const SET_MARK: u8 = 2;
const AND_MARK: u8 = 3;
const OR_MARK: u8 = 4;
const XOR_MARK: u8 = 5;

const TARGET_OPTS: &[Opt] = &[
    opt("set-xmark", Has::Required, SET_XMARK).once(),
    opt("set-mark", Has::Required, SET_MARK).once(),
    opt("and-mark", Has::Required, AND_MARK).once(),
    opt("or-mark", Has::Required, OR_MARK).once(),
    opt("xor-mark", Has::Required, XOR_MARK).once(),
];

pub const TARGET: Def = Def {
    name: "MARK",
    rev: 2,
    size: 8,
    cmp: 8,
    opts: TARGET_OPTS,
    help: include_str!("../help/t_MARK.txt"),
    parse: parse_target,
    check: check_target,
    save: save_target,
    print: print_target,
    ..Def::TARGET
};

fn parse_match(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (mark, mask) = mark_mask(e, o, arg.value)?;
    set_match(e, mark, mask.unwrap_or(u32::MAX), arg.inv);
    Ok(())
}

fn set_match(e: &mut Ext, mark: u32, mask: u32, inv: bool) {
    e.set_u32(MARK, mark);
    e.set_u32(MASK, mask);
    e.set_u8(INVERT, u8::from(inv));
}

/// The match the native form (meta mark, an optional mask, a compare) stands for.
pub fn native(mark: u32, mask: u32, inv: bool) -> Ext {
    let mut e = Ext::new(&MATCH);
    set_match(&mut e, mark, mask, inv);
    e
}

/// Native: the mark loaded, masked unless the mask is all ones, compared (host order).
fn encode_match(e: &Ext, w: &mut Writer) {
    expr::meta(w, expr::META_MARK);
    if e.u32(MASK) != u32::MAX {
        expr::bitwise(w, &e.u32(MASK).to_ne_bytes(), &[0; 4]);
    }
    let op = if e.u8(INVERT) != 0 {
        expr::OP_NEQ
    } else {
        expr::OP_EQ
    };
    expr::cmp(w, op, &e.u32(MARK).to_ne_bytes());
}

fn save_match(e: &Ext, out: &mut String, _: &Ctx) {
    save_mark_match(e, out);
}

fn print_match(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" mark match ");
    if e.u8(INVERT) != 0 {
        out.push_str("! ");
    }
    mark_match_text(e, out);
}

fn parse_target(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (v, m) = match o.id {
        SET_XMARK | SET_MARK => mark_mask(e, o, arg.value)?,
        _ => (uint(e, o, arg.value, 0, u32::MAX.into())? as u32, None),
    };
    let (mark, mask) = match o.id {
        SET_XMARK => (v, m.unwrap_or(u32::MAX)),
        SET_MARK => (v, v | m.unwrap_or(u32::MAX)),
        AND_MARK => (0, !v),
        OR_MARK => (v, v),
        _ => (v, 0),
    };
    e.set_u32(MARK, mark);
    e.set_u32(MASK, mask);
    Ok(())
}

fn check_target(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.seen == 0 {
        return Err(bad(
            "MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required",
        ));
    }
    e.exclusive(&[SET_XMARK, SET_MARK, AND_MARK, OR_MARK, XOR_MARK])
}

fn save_target(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(
        " --set-xmark {}/{}",
        hex(e.u32(MARK)),
        hex(e.u32(MASK))
    ));
}

fn print_target(e: &Ext, out: &mut String, _: &Ctx) {
    let (m, k) = (e.u32(MARK), e.u32(MASK));
    let text = if m == 0 {
        format!(" MARK and {}", hex(!k))
    } else if m == k {
        format!(" MARK or {}", hex(m))
    } else if k == 0 {
        format!(" MARK xor {}", hex(m))
    } else if k == u32::MAX {
        format!(" MARK set {}", hex(m))
    } else {
        format!(" MARK xset {}/{}", hex(m), hex(k))
    };
    out.push_str(&text);
}
