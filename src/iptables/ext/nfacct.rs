//! `-m nfacct --nfacct-name NAME`: the xt `nfacct` match, revision 1 (`struct
//! xt_nfacct_match_info_v1`: char name[32], then the kernel's pointer; 40 bytes sent).
//! Revision 0 has the same layout here and is read too.

use super::blob::save_string;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const NAME_LEN: usize = 32;

const OPTS: &[Opt] = &[opt("nfacct-name", Has::Required, 1).once().no_inv().mand()];

pub const DEF: Def = Def {
    name: "nfacct",
    rev: 1,
    size: 40,
    cmp: NAME_LEN,
    opts: OPTS,
    help: include_str!("../help/m_nfacct.txt"),
    parse,
    decode,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let b = arg.value.as_bytes();
    e.put(0, &b[..b.len().min(NAME_LEN - 1)]);
    Ok(())
}

fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    (rev <= 1 && info.len() >= def.size).then(|| Ext::with(def, rev, &info[..def.size]))
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" --nfacct-name  ");
    save_string(out, &e.cstr(0, NAME_LEN));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" nfacct-name  ");
    save_string(out, &e.cstr(0, NAME_LEN));
}
