//! `-m helper [!] --helper NAME`: the xt `helper` match, revision 0 (`struct
//! xt_helper_info`: int invert, char name[30]; 40 bytes sent). -C and -D compare no byte of
//! it (iptables-nft's own quirk: `-D -m helper --helper x` deletes the first helper rule).

use super::blob::save_string;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const INVERT: usize = 0;
const NAME: usize = 4;
const NAME_LEN: usize = 30;

const OPTS: &[Opt] = &[opt("helper", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "helper",
    rev: 0,
    size: 40,
    // iptables compares none of it: any helper rule is the same as any other
    cmp: 0,
    opts: OPTS,
    help: include_str!("../help/m_helper.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let b = arg.value.as_bytes();
    e.put(NAME, &b[..b.len().min(NAME_LEN - 1)]);
    e.set_u32(INVERT, u32::from(arg.inv));
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u32(INVERT) != 0 {
        out.push_str(" !");
    }
    out.push_str(" --helper ");
    save_string(out, &e.cstr(NAME, NAME_LEN));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" helper match ");
    if e.u32(INVERT) != 0 {
        out.push_str("! ");
    }
    out.push('"');
    out.push_str(&e.cstr(NAME, NAME_LEN));
    out.push('"');
}
