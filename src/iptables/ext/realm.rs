//! `-m realm [!] --realm VALUE[/MASK]`: the xt `realm` match, revision 0 (`struct
//! xt_realm_info`: u32 id, u32 mask, u8 invert; 16 bytes sent). Realm names come from
//! /etc/iproute2/rt_realms.

use super::def::{Arg, Ctx, Def, Ext};
use super::values::{value_mask, value_mask_text};
use crate::iptables::getopt::{opt, Has, Opt};

const ID: usize = 0;
const MASK: usize = 4;
const INVERT: usize = 8;

const REALMS: &str = "/etc/iproute2/rt_realms";

const OPTS: &[Opt] = &[opt("realm", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "realm",
    rev: 0,
    size: 16,
    cmp: 12,
    opts: OPTS,
    help: include_str!("../help/m_realm.txt"),
    parse,
    save,
    print,
    fams: super::def::V4_ONLY,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (v, m) = value_mask(e.def.name, e.option(o.id), arg.value, REALMS)?;
    e.set_u32(ID, v);
    e.set_u32(MASK, m);
    e.set_u8(INVERT, u8::from(arg.inv));
    Ok(())
}

fn value(e: &Ext) -> (u32, u32) {
    (e.u32(ID), e.u32(MASK))
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(if e.u8(INVERT) != 0 {
        " ! --realm "
    } else {
        " --realm "
    });
    value_mask_text(out, value(e), REALMS, false);
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(if e.u8(INVERT) != 0 {
        " ! realm "
    } else {
        " realm "
    });
    value_mask_text(out, value(e), REALMS, ctx.numeric);
}
