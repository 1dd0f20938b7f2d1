//! `-m cgroup [!] --path PATH | [!] --cgroup CLASSID`: the xt `cgroup` match. iptables-nft
//! 1.8.9 writes revision 2 (`struct xt_cgroup_info_v2`: u8 has_path, has_classid,
//! invert_path, invert_classid, a union of char path[512] and u32 classid, the kernel's
//! pointer; 528 bytes sent). Rules of revisions 0 and 1 are read as the reference reads
//! them: with revision 2's layout.

use super::blob::save_string;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const HAS_PATH: usize = 0;
const HAS_CLASSID: usize = 1;
const INV_PATH: usize = 2;
const INV_CLASSID: usize = 3;
const UNION: usize = 4;
const PATH_LEN: usize = 512;

const O_PATH: u8 = 1;
const O_CGROUP: u8 = 2;

const OPTS: &[Opt] = &[
    opt("path", Has::Required, O_PATH).once(),
    opt("cgroup", Has::Required, O_CGROUP).once(),
];

pub const DEF: Def = Def {
    name: "cgroup",
    rev: 2,
    size: 528,
    cmp: 520,
    opts: OPTS,
    help: include_str!("../help/m_cgroup.txt"),
    parse,
    decode,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    if o.id == O_PATH {
        let p = arg.value.as_bytes();
        let p = &p[..p.len().min(PATH_LEN - 1)];
        e.put(UNION, p);
        e.set_u8(HAS_PATH, 1);
        e.set_u8(INV_PATH, u8::from(arg.inv));
    } else {
        let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u32;
        e.set_u32(UNION, n);
        e.set_u8(HAS_CLASSID, 1);
        e.set_u8(INV_CLASSID, u8::from(arg.inv));
    }
    Ok(())
}

/// Any revision, read as iptables-nft 1.8.9 reads it: with the layout of the revision it
/// writes (revision 0 and 1 blobs are not told apart; bytes missing are zeros).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    let mut data = info.to_vec();
    if data.len() < def.size {
        data.resize(def.size, 0);
    }
    Some(Ext::with(def, rev, &data))
}

/// (path, inverted) and (classid, inverted), whichever the rule has.
type Fields = (Option<(String, bool)>, Option<(u32, bool)>);

/// The rule's fields (revision 2's layout, whatever the revision).
fn fields(e: &Ext) -> Fields {
    (
        (e.u8(HAS_PATH) != 0).then(|| (e.cstr(UNION, PATH_LEN), e.u8(INV_PATH) != 0)),
        (e.u8(HAS_CLASSID) != 0).then(|| (e.u32(UNION), e.u8(INV_CLASSID) != 0)),
    )
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (path, classid) = fields(e);
    if let Some((p, inv)) = path {
        out.push_str(if inv { " ! --path " } else { " --path " });
        save_string(out, &p);
    }
    if let Some((c, inv)) = classid {
        out.push_str(if inv { " ! --cgroup " } else { " --cgroup " });
        out.push_str(&c.to_string());
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    let (path, classid) = fields(e);
    out.push_str(" cgroup");
    if let Some((p, inv)) = path {
        out.push_str(if inv { " ! " } else { " " });
        out.push_str(&p);
    }
    if let Some((c, inv)) = classid {
        out.push_str(if inv { " ! " } else { " " });
        out.push_str(&c.to_string());
    }
}
