//! ip6tables' hop limit extensions, revision 0 both:
//! - `-m hl [!] --hl-eq N | --hl-lt N | --hl-gt N`: the xt `hl` match (`struct
//!   ip6t_hl_info`: u8 mode (EQ, NE, LT, GT), u8 hop_limit; 8 bytes sent). Native `ip6
//!   hoplimit` compares (and, as ip6tables-nft misreads them, `ip6 nexthdr` ones) read as
//!   this match too.
//! - `-j HL --hl-set N | --hl-dec N | --hl-inc N`: the xt `HL` target (`struct
//!   ip6t_HL_info`: u8 mode (SET, INC, DEC), u8 hop_limit). The kernel takes it in the
//!   mangle table only.
//!
//! Both say which of their options cannot go together once the whole line was read.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

/// The blobs: mode, value.
const MODE: usize = 0;
const VALUE: usize = 1;
pub const EQ: u8 = 0;
pub const NE: u8 = 1;
pub const LT: u8 = 2;
pub const GT: u8 = 3;

/// The match's option ids are its modes; these are the ones each cannot go with.
const MATCH_OPTS: &[Opt] = &[
    opt("hl-eq", Has::Required, EQ).once(),
    // the old name of --hl-eq
    opt("hl", Has::Required, EQ).once(),
    opt("hl-lt", Has::Required, LT).once().no_inv(),
    opt("hl-gt", Has::Required, GT).once().no_inv(),
];
const MATCH_EXCL: &[(u8, &[u8])] = &[(LT, &[EQ, GT]), (GT, &[EQ, LT])];

pub const MATCH: Def = Def {
    name: "hl",
    rev: 0,
    size: 8,
    cmp: 2,
    opts: MATCH_OPTS,
    help: include_str!("../help/m_hl.txt"),
    parse: super::values::compare_parse,
    check: check_match,
    save: save_match,
    print: print_match,
    fams: super::def::V6_ONLY,
    ..Def::MATCH
};

/// The match a native `ip6 hoplimit` compare stands for.
pub fn native(mode: u8, v: u8) -> Ext {
    let mut e = Ext::new(&MATCH);
    super::values::compare_set(&mut e, mode, v);
    e
}

fn check_match(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    super::def::conflicts(e, MATCH_EXCL)?;
    if e.seen == 0 {
        return Err(bad(
            "HL match: You must specify one of `--hl-eq', `--hl-lt', `--hl-gt'",
        ));
    }
    Ok(())
}

fn save_match(e: &Ext, out: &mut String, _: &Ctx) {
    super::values::compare_save(out, "hl", e.u8(MODE), e.u8(VALUE));
}

fn print_match(e: &Ext, out: &mut String, _: &Ctx) {
    super::values::compare_print(out, "HL", e.u8(MODE), e.u8(VALUE));
}

/// The target's modes.
const SET: u8 = 0;
const INC: u8 = 1;
const DEC: u8 = 2;

/// The target's option ids (the mode each sets is the id minus one).
const O_SET: u8 = 1;
const O_INC: u8 = 2;
const O_DEC: u8 = 3;

const TARGET_OPTS: &[Opt] = &[
    opt("hl-set", Has::Required, O_SET).once().no_inv(),
    opt("hl-dec", Has::Required, O_DEC).once().no_inv(),
    opt("hl-inc", Has::Required, O_INC).once().no_inv(),
];

pub const TARGET: Def = Def {
    name: "HL",
    rev: 0,
    size: 8,
    cmp: 2,
    opts: TARGET_OPTS,
    help: include_str!("../help/t_HL.txt"),
    parse: parse_target,
    check: check_target,
    save: save_target,
    print: print_target,
    fams: super::def::V6_ONLY,
    ..Def::TARGET
};

fn parse_target(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let min = if o.id == O_SET { 0 } else { 1 };
    let v = uint(e, o, arg.value, min, 255)? as u8;
    e.set_u8(MODE, o.id - 1);
    e.set_u8(VALUE, v);
    Ok(())
}

fn check_target(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    e.exclusive(&[O_SET, O_DEC, O_INC])?;
    if e.seen == 0 {
        return Err(bad("HL: You must specify an action"));
    }
    Ok(())
}

fn save_target(e: &Ext, out: &mut String, _: &Ctx) {
    let opt = match e.u8(MODE) {
        SET => "--hl-set",
        INC => "--hl-inc",
        DEC => "--hl-dec",
        _ => return,
    };
    out.push_str(&format!(" {opt} {}", e.u8(VALUE)));
}

fn print_target(e: &Ext, out: &mut String, _: &Ctx) {
    let what = match e.u8(MODE) {
        SET => "set to",
        INC => "increment by",
        DEC => "decrement by",
        _ => return,
    };
    out.push_str(&format!(" HL {what} {}", e.u8(VALUE)));
}
