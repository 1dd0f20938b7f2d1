//! `-m length [!] --length A[:B]`: the xt `length` match, revision 0 (`struct
//! xt_length_info`: u16 min, u16 max, u8 invert; 8 bytes sent).

use super::def::{print_span16, put_span16, range, save_span16, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const OPTS: &[Opt] = &[opt("length", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "length",
    rev: 0,
    size: 8,
    cmp: 5,
    opts: OPTS,
    help: include_str!("../help/m_length.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (lo, hi, _) = range(e, o, arg.value, 65535)?;
    put_span16(e, lo, hi, arg.inv);
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    save_span16(e, out, " --length ");
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    print_span16(e, out, " length ");
}
