//! `-m devgroup [!] --src-group G[/MASK] [!] --dst-group G[/MASK]`: the xt `devgroup` match,
//! revision 0 (`struct xt_devgroup_info`: u32 flags, src_group, src_mask, dst_group,
//! dst_mask; 24 bytes sent). Group names come from /etc/iproute2/group. Also the
//! `VALUE[/MASK]` reading and the name files the realm match shares.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::cli::num::strtoul_prefix;
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

/// The `NUMBER NAME` lines of an iproute2 name file as libxtables reads them (comments and
/// lines that are not entries skipped).
pub fn names(path: &str) -> Vec<(u32, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let l = l.trim_start();
            if l.starts_with('#') {
                return None;
            }
            let (id, used) = strtoul_prefix(l, 0)?;
            let rest = &l[used..];
            if !rest.starts_with([' ', '\t']) {
                return None;
            }
            let name = rest.split_whitespace().next()?;
            Some((u32::try_from(id).ok()?, name.to_string()))
        })
        .collect()
}

/// `VALUE[/MASK]` (C numbers) or a name of `path` (no mask then), as libxtables reads a
/// value and mask with names.
pub fn value_mask(
    ext: &str,
    option: &str,
    word: &str,
    path: &str,
) -> crate::error::Result<(u32, u32)> {
    let number = |s: &str| {
        strtoul_prefix(s, 0)
            .filter(|_| !s.trim_start().starts_with('-'))
            .and_then(|(v, used)| Some((u32::try_from(v).ok()?, used)))
    };
    let value = number(word).filter(|(_, used)| {
        let rest = &word[*used..];
        rest.is_empty() || rest.starts_with('/')
    });
    let Some((value, used)) = value else {
        return match names(path).into_iter().find(|(_, n)| n == word) {
            Some((id, _)) => Ok((id, u32::MAX)),
            None => Err(bad(format_args!(
                "{ext}: could not map name {word} to an integer value for option \"--{option}\".\n"
            ))),
        };
    };
    let Some(mask) = word[used..].strip_prefix('/') else {
        return Ok((value, u32::MAX));
    };
    let (m, used) = number(mask).ok_or_else(|| {
        bad(format_args!(
            "{ext}: bad integer value for option \"--{option}\", or out of range.\n"
        ))
    })?;
    if used < mask.len() {
        return Err(bad(format_args!(
            "{ext}: trailing garbage after value for option \"--{option}\".\n"
        )));
    }
    Ok((value, m))
}

/// `NAME` (a full mask with a name, unless numeric), else `0xV[/0xM]`.
pub fn value_mask_text(out: &mut String, (value, mask): (u32, u32), path: &str, numeric: bool) {
    if mask == u32::MAX && !numeric {
        if let Some((_, n)) = names(path).into_iter().find(|(id, _)| *id == value) {
            out.push_str(&n);
            return;
        }
    }
    out.push_str(&format!("0x{value:x}"));
    if mask != u32::MAX {
        out.push_str(&format!("/0x{mask:x}"));
    }
}

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
