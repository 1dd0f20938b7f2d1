//! `-m owner [!] --uid-owner U[-U] [!] --gid-owner G[-G] [!] --socket-exists
//! [--suppl-groups]`: the xt `owner` match, revision 1 (u32 uid min/max, gid min/max,
//! u8 match, u8 invert; 24 bytes). Names come from /etc/passwd and /etc/group.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::resolve::services;

/// The option ids are the bits of the blob's match and invert bytes.
const UID: u8 = 1;
const GID: u8 = 2;
const SOCKET: u8 = 4;
const SUPPL: u8 = 8;

const OPTS: &[Opt] = &[
    opt("uid-owner", Has::Required, UID).once(),
    opt("gid-owner", Has::Required, GID).once(),
    opt("socket-exists", Has::No, SOCKET).once(),
    opt("suppl-groups", Has::No, SUPPL).once().no_inv(),
];

/// The blob: uid min, max, gid min, max, match bits, invert bits.
const UID_MIN: usize = 0;
const GID_MIN: usize = 8;
const MATCH: usize = 16;
const INVERT: usize = 17;

pub const DEF: Def = Def {
    name: "owner",
    rev: 1,
    size: 24,
    cmp: 18,
    opts: OPTS,
    help: include_str!("../help/m_owner.txt"),
    parse,
    check,
    save,
    print,
    ..Def::MATCH
};

/// `ID`, `NAME` or `ID-ID`.
fn range(arg: &str, group: bool, option: &str) -> crate::error::Result<(u32, u32)> {
    let fail = || {
        bad(format_args!(
            "owner: Bad value for \"--{option}\" option: \"{arg}\""
        ))
    };
    if let Some(i) = services::id_of(arg, group) {
        return Ok((i, i));
    }
    // numbers in any C base, `A`, `A-B` or `A:B` (the kernel judges the order)
    let id = |v: u64| u32::try_from(v).ok();
    let (a, n) = crate::cli::num::strtoul_prefix(arg, 0).ok_or_else(fail)?;
    let a = id(a).ok_or_else(fail)?;
    let rest = &arg[n..];
    if rest.is_empty() {
        return Ok((a, a));
    }
    let b = rest
        .strip_prefix(['-', ':'])
        .and_then(|b| crate::cli::num::strtoul(b, 0))
        .and_then(id)
        .ok_or_else(fail)?;
    Ok((a, b))
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let id = o.id;
    match id {
        UID | GID => {
            let (a, b) = range(arg.value, id == GID, o.name)?;
            let at = if id == UID { UID_MIN } else { GID_MIN };
            e.set_u32(at, a);
            e.set_u32(at + 4, b);
        }
        SUPPL if e.u8(MATCH) & GID == 0 => return Err(bad(
            "owner: Bad value for \"--suppl-groups\" option: \"you need to use --gid-owner first\"",
        )),
        _ => {}
    }
    e.set_u8(MATCH, e.u8(MATCH) | id);
    if arg.inv {
        e.set_u8(INVERT, e.u8(INVERT) | id);
    }
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.u8(MATCH) & (UID | GID | SOCKET) == 0 {
        return Err(bad(
            "owner: At least one of --uid-owner, --gid-owner or --socket-exists is required",
        ));
    }
    Ok(())
}

fn ids(out: &mut String, (a, b): (u32, u32), group: bool, names: bool) {
    if a != b {
        out.push_str(&format!("{a}-{b}"));
    } else if let Some(n) = names.then(|| services::id_name(a, group)).flatten() {
        out.push_str(n);
    } else {
        out.push_str(&a.to_string());
    }
}

fn bang(e: &Ext, bit: u8, out: &mut String) {
    if e.u8(INVERT) & bit != 0 {
        out.push_str(" !");
    }
}

fn range_of(e: &Ext, at: usize) -> (u32, u32) {
    (e.u32(at), e.u32(at + 4))
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let m = e.u8(MATCH);
    if m & UID != 0 {
        bang(e, UID, out);
        out.push_str(" --uid-owner ");
        ids(out, range_of(e, UID_MIN), false, false);
    }
    if m & GID != 0 {
        bang(e, GID, out);
        out.push_str(" --gid-owner ");
        ids(out, range_of(e, GID_MIN), true, false);
    }
    if m & SOCKET != 0 {
        bang(e, SOCKET, out);
        out.push_str(" --socket-exists");
    }
    if m & SUPPL != 0 {
        out.push_str(" --suppl-groups");
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let m = e.u8(MATCH);
    if m & UID != 0 {
        bang(e, UID, out);
        out.push_str(" owner UID match ");
        ids(out, range_of(e, UID_MIN), false, !ctx.numeric);
    }
    if m & GID != 0 {
        bang(e, GID, out);
        out.push_str(" owner GID match ");
        ids(out, range_of(e, GID_MIN), true, !ctx.numeric);
        if m & SUPPL != 0 {
            out.push_str(" incl. suppl. groups");
        }
    }
    if m & SOCKET != 0 {
        bang(e, SOCKET, out);
        out.push_str(" owner socket exists");
    }
}
