//! ip6tables' `-m frag [!] --fragid ID[:ID] [!] --fraglen N --fragres --fragfirst
//! --fragmore|--fraglast`: the xt `frag` match, revision 0 (`struct ip6t_frag`: u32 ids[2],
//! u32 hdrlen, u8 flags, u8 invflags; 16 bytes sent). It starts with every id.

use super::def::{uint, Arg, Ctx, Def, Ext};
use super::esp::u32_range;
use crate::iptables::getopt::{opt, Has, Opt};

const IDS: usize = 0;
const HDRLEN: usize = 8;
const FLAGS: usize = 12;
const INVFLAGS: usize = 13;

// flags (IP6T_FRAG_*) and invflags (IP6T_FRAG_INV_*)
const F_IDS: u8 = 0x01;
const F_LEN: u8 = 0x02;
const F_RES: u8 = 0x04;
const F_FST: u8 = 0x08;
const F_MF: u8 = 0x10;
const F_NMF: u8 = 0x20;
const INV_IDS: u8 = 0x01;
const INV_LEN: u8 = 0x02;

// option ids
const ID: u8 = 0;
const LEN: u8 = 1;
const RES: u8 = 2;
const FIRST: u8 = 3;
const MORE: u8 = 4;
const LAST: u8 = 5;

const OPTS: &[Opt] = &[
    opt("fragid", Has::Required, ID).once(),
    opt("fraglen", Has::Required, LEN).once(),
    opt("fragres", Has::No, RES).once().no_inv(),
    opt("fragfirst", Has::No, FIRST).once().no_inv(),
    opt("fragmore", Has::No, MORE).once().no_inv(),
    opt("fraglast", Has::No, LAST).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "frag",
    rev: 0,
    size: 16,
    cmp: 16,
    opts: OPTS,
    help: include_str!("../help/m_frag.txt"),
    init,
    parse,
    check,
    save,
    print,
    fams: super::def::V6_ONLY,
    ..Def::MATCH
};

/// Every id.
fn init(e: &mut Ext) {
    e.set_u32(IDS + 4, u32::MAX);
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (flag, inv) = match o.id {
        ID => {
            let (lo, hi) = u32_range(e.def.name, o.name, arg.value)?;
            e.set_u32(IDS, lo);
            e.set_u32(IDS + 4, hi);
            (F_IDS, INV_IDS)
        }
        LEN => {
            let v = uint(e, o, arg.value, 0, u32::MAX.into())? as u32;
            e.set_u32(HDRLEN, v);
            (F_LEN, INV_LEN)
        }
        RES => (F_RES, 0),
        FIRST => (F_FST, 0),
        MORE => (F_MF, 0),
        _ => (F_NMF, 0),
    };
    e.set_u8(FLAGS, e.u8(FLAGS) | flag);
    if arg.inv {
        e.set_u8(INVFLAGS, e.u8(INVFLAGS) | inv);
    }
    Ok(())
}

/// --fragmore and --fraglast, refused together once the line is read.
fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    e.exclusive(&[MORE, LAST])
}

/// `A` or `A:B`.
pub fn span(lo: u32, hi: u32) -> String {
    if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}:{hi}")
    }
}

/// The flags' words after the length, as -S and -L name them.
const WORDS: [(u8, &str, &str); 4] = [
    (F_RES, " --fragres", " reserved"),
    (F_FST, " --fragfirst", " first"),
    (F_MF, " --fragmore", " more"),
    (F_NMF, " --fraglast", " last"),
];

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (lo, hi) = (e.u32(IDS), e.u32(IDS + 4));
    let (flags, inv) = (e.u8(FLAGS), e.u8(INVFLAGS));
    if (lo, hi) != (0, u32::MAX) {
        if inv & INV_IDS != 0 {
            out.push_str(" !");
        }
        out.push_str(" --fragid ");
        out.push_str(&span(lo, hi));
    }
    if flags & F_LEN != 0 {
        if inv & INV_LEN != 0 {
            out.push_str(" !");
        }
        out.push_str(" --fraglen ");
        out.push_str(&e.u32(HDRLEN).to_string());
    }
    for (f, word, _) in WORDS {
        if flags & f != 0 {
            out.push_str(word);
        }
    }
}

/// `frag ids:[!]A:B length:[!]N reserved first more|last` (the space after `frag` is
/// there when no ids are shown too).
fn print(e: &Ext, out: &mut String, _: &Ctx) {
    let (lo, hi) = (e.u32(IDS), e.u32(IDS + 4));
    let (flags, inv) = (e.u8(FLAGS), e.u8(INVFLAGS));
    out.push_str(" frag ");
    if (lo, hi) != (0, u32::MAX) || inv & INV_IDS != 0 {
        out.push_str(if lo == hi { "id:" } else { "ids:" });
        if inv & INV_IDS != 0 {
            out.push('!');
        }
        out.push_str(&span(lo, hi));
    }
    if flags & F_LEN != 0 {
        out.push_str(" length:");
        if inv & INV_LEN != 0 {
            out.push('!');
        }
        out.push_str(&e.u32(HDRLEN).to_string());
    }
    for (f, _, word) in WORDS {
        if flags & f != 0 {
            out.push_str(word);
        }
    }
}
