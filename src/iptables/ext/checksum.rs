//! `-j CHECKSUM --checksum-fill`: the xt `CHECKSUM` target, revision 0 (`struct
//! xt_CHECKSUM_info`: u8 operation, XT_CHECKSUM_OP_FILL = 1; 8 bytes sent). The kernel takes
//! it in the mangle table only.

use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const OP: usize = 0;
const FILL: u8 = 1;

const OPTS: &[Opt] = &[opt("checksum-fill", Has::No, 1).once().no_inv().mand()];

pub const DEF: Def = Def {
    name: "CHECKSUM",
    rev: 0,
    size: 8,
    cmp: 1,
    opts: OPTS,
    help: include_str!("../help/t_CHECKSUM.txt"),
    parse,
    save,
    print,
    ..Def::TARGET
};

fn parse(e: &mut Ext, _: &Opt, _: Arg, _: &Ctx) -> crate::error::Result<()> {
    e.set_u8(OP, e.u8(OP) | FILL);
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u8(OP) & FILL != 0 {
        out.push_str(" --checksum-fill");
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" CHECKSUM");
    if e.u8(OP) & FILL != 0 {
        out.push_str(" fill");
    }
}
