//! `-m ttl [!] --ttl-eq N | --ttl-lt N | --ttl-gt N`: the xt `ttl` match, revision 0
//! (`struct ipt_ttl_info`: u8 mode, u8 ttl; 8 bytes sent). Native `ip ttl` compares read
//! as this match too.

use super::blob::bad;
use super::def::{Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

/// The blob: mode (IPT_TTL_EQ, NE, LT, GT), value.
const MODE: usize = 0;
const VALUE: usize = 1;
pub const EQ: u8 = 0;
pub const NE: u8 = 1;
pub const LT: u8 = 2;
pub const GT: u8 = 3;

const OPTS: &[Opt] = &[
    opt("ttl-eq", Has::Required, EQ).once(),
    // the old name of --ttl-eq
    opt("ttl", Has::Required, EQ).once(),
    opt("ttl-lt", Has::Required, LT).once().no_inv(),
    opt("ttl-gt", Has::Required, GT).once().no_inv(),
];
/// The options each cannot go with, as the reference finds them once the line is read.
const EXCL: &[(u8, &[u8])] = &[(LT, &[EQ, GT]), (GT, &[EQ, LT])];

pub const DEF: Def = Def {
    name: "ttl",
    rev: 0,
    size: 8,
    cmp: 2,
    opts: OPTS,
    help: include_str!("../help/m_ttl.txt"),
    parse: super::values::compare_parse,
    check,
    save,
    print,
    fams: super::def::V4_ONLY,
    ..Def::MATCH
};

/// The match a native `ip ttl` compare stands for.
pub fn native(mode: u8, v: u8) -> Ext {
    let mut e = Ext::new(&DEF);
    super::values::compare_set(&mut e, mode, v);
    e
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    super::def::conflicts(e, EXCL)?;
    if e.seen == 0 {
        return Err(bad(
            "TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt",
        ));
    }
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    super::values::compare_save(out, "ttl", e.u8(MODE), e.u8(VALUE));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    super::values::compare_print(out, "TTL", e.u8(MODE), e.u8(VALUE));
}
