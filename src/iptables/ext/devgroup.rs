//! `-m devgroup [!] --src-group G[/MASK] [!] --dst-group G[/MASK]`: the xt `devgroup` match,
//! revision 0 (`struct xt_devgroup_info`: u32 flags, src_group, src_mask, dst_group,
//! dst_mask; 24 bytes sent). Group names come from /etc/iproute2/group. Also the
//! `VALUE[/MASK]` reading and the name files the realm match shares.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use super::values::{value_mask, value_mask_text};
use crate::iptables::getopt::{opt, Has, Opt};

const FLAGS: usize = 0;
const SRC: usize = 4;
const DST: usize = 12;

/// XT_DEVGROUP_*.
const MATCH_SRC: u32 = 1;
const INVERT_SRC: u32 = 2;
const MATCH_DST: u32 = 4;
const INVERT_DST: u32 = 8;

const SRC_GROUP: u8 = 1;
const DST_GROUP: u8 = 2;

const OPTS: &[Opt] = &[
    opt("src-group", Has::Required, SRC_GROUP).once(),
    opt("dst-group", Has::Required, DST_GROUP).once(),
];

pub const DEF: Def = Def {
    name: "devgroup",
    rev: 0,
    size: 24,
    cmp: 20,
    opts: OPTS,
    help: include_str!("../help/m_devgroup.txt"),
    parse,
    check,
    save,
    print,
    ..Def::MATCH
};

const GROUPS: &str = "/etc/iproute2/group";

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (v, m) = value_mask(e.def.name, e.option(o.id), arg.value, GROUPS)?;
    let (at, bits) = if o.id == SRC_GROUP {
        (SRC, (MATCH_SRC, INVERT_SRC))
    } else {
        (DST, (MATCH_DST, INVERT_DST))
    };
    e.set_u32(at, v);
    e.set_u32(at + 4, m);
    let mut flags = e.u32(FLAGS) | bits.0;
    if arg.inv {
        flags |= bits.1;
    }
    e.set_u32(FLAGS, flags);
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.seen == 0 {
        return Err(bad(
            "devgroup match: You must specify either '--src-group' or '--dst-group'",
        ));
    }
    Ok(())
}

fn groups(e: &Ext) -> [(bool, bool, &'static str, (u32, u32)); 2] {
    let f = e.u32(FLAGS);
    [
        (
            f & MATCH_SRC != 0,
            f & INVERT_SRC != 0,
            "src-group ",
            (e.u32(SRC), e.u32(SRC + 4)),
        ),
        (
            f & MATCH_DST != 0,
            f & INVERT_DST != 0,
            "dst-group ",
            (e.u32(DST), e.u32(DST + 4)),
        ),
    ]
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    for (given, inv, word, vm) in groups(e) {
        if !given {
            continue;
        }
        out.push_str(if inv { " ! --" } else { " --" });
        out.push_str(word);
        value_mask_text(out, vm, GROUPS, false);
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    for (given, inv, word, vm) in groups(e) {
        if !given {
            continue;
        }
        out.push_str(if inv { " ! " } else { " " });
        out.push_str(word);
        value_mask_text(out, vm, GROUPS, ctx.numeric);
    }
}
