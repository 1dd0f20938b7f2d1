//! `-j TTL --ttl-set N | --ttl-dec N | --ttl-inc N`: the xt `TTL` target, revision 0
//! (`struct ipt_TTL_info`: u8 mode (IPT_TTL_SET, INC, DEC), u8 ttl; 8 bytes sent). The kernel
//! takes it in the mangle table only.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const MODE: usize = 0;
const VALUE: usize = 1;
const SET: u8 = 0;
const INC: u8 = 1;
const DEC: u8 = 2;

/// Option ids (the mode each sets is the id minus one).
const O_SET: u8 = 1;
const O_DEC: u8 = 3;
const O_INC: u8 = 2;

const OPTS: &[Opt] = &[
    opt("ttl-set", Has::Required, O_SET).once().no_inv(),
    opt("ttl-dec", Has::Required, O_DEC).once().no_inv(),
    opt("ttl-inc", Has::Required, O_INC).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "TTL",
    rev: 0,
    size: 8,
    cmp: 2,
    opts: OPTS,
    help: include_str!("../help/t_TTL.txt"),
    parse,
    check,
    save,
    print,
    fams: super::def::V4_ONLY,
    ..Def::TARGET
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let min = if o.id == O_SET { 0 } else { 1 };
    let v = uint(e, o, arg.value, min, 255)? as u8;
    e.set_u8(MODE, o.id - 1);
    e.set_u8(VALUE, v);
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    e.exclusive(&[O_SET, O_DEC, O_INC])?;
    if e.seen == 0 {
        return Err(bad("TTL: You must specify an action"));
    }
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let opt = match e.u8(MODE) {
        SET => "--ttl-set",
        INC => "--ttl-inc",
        DEC => "--ttl-dec",
        _ => return,
    };
    out.push_str(&format!(" {opt} {}", e.u8(VALUE)));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    let what = match e.u8(MODE) {
        SET => "set to",
        INC => "increment by",
        DEC => "decrement by",
        _ => return,
    };
    out.push_str(&format!(" TTL {what} {}", e.u8(VALUE)));
}
