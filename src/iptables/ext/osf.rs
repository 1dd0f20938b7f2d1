//! `-m osf [!] --genre G [--ttl 0|1|2] [--log 0|1|2]`: the xt `osf` match, revision 0
//! (`struct xt_osf_info`: char genre[32], u32 len, flags, loglevel, ttl; 48 bytes sent).

use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const GENRE: usize = 0;
const GENRE_LEN: usize = 32;
const LEN: usize = 32;
const FLAGS: usize = 36;
const LOGLEVEL: usize = 40;
const TTL: usize = 44;

/// XT_OSF_TTL, XT_OSF_LOG, XT_OSF_INVERT.
const F_TTL: u32 = 2;
const F_LOG: u32 = 4;
const F_INVERT: u32 = 8;

const O_GENRE: u8 = 1;
const O_TTL: u8 = 2;
const O_LOG: u8 = 3;

const OPTS: &[Opt] = &[
    opt("genre", Has::Required, O_GENRE).once().mand(),
    opt("ttl", Has::Required, O_TTL).once().no_inv(),
    opt("log", Has::Required, O_LOG).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "osf",
    rev: 0,
    size: 48,
    cmp: 48,
    opts: OPTS,
    help: include_str!("../help/m_osf.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_GENRE => {
            let g = arg.value.as_bytes();
            let g = &g[..g.len().min(GENRE_LEN - 1)];
            e.put(GENRE, g);
            e.set_u32(LEN, g.len() as u32);
            if arg.inv {
                e.set_u32(FLAGS, e.u32(FLAGS) | F_INVERT);
            }
        }
        O_TTL => {
            let n = uint(e, o, arg.value, 0, 2)? as u32;
            e.set_u32(TTL, n);
            e.set_u32(FLAGS, e.u32(FLAGS) | F_TTL);
        }
        _ => {
            let n = uint(e, o, arg.value, 0, 2)? as u32;
            e.set_u32(LOGLEVEL, n);
            e.set_u32(FLAGS, e.u32(FLAGS) | F_LOG);
        }
    }
    Ok(())
}

fn genre(e: &Ext) -> String {
    e.cstr(GENRE, GENRE_LEN)
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let f = e.u32(FLAGS);
    out.push_str(if f & F_INVERT != 0 { " !" } else { "" });
    out.push_str(" --genre ");
    out.push_str(&genre(e));
    if f & F_TTL != 0 {
        out.push_str(&format!(" --ttl {}", e.u32(TTL)));
    }
    if f & F_LOG != 0 {
        out.push_str(&format!(" --log {}", e.u32(LOGLEVEL)));
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" OS fingerprint match ");
    if e.u32(FLAGS) & F_INVERT != 0 {
        out.push_str("! ");
    }
    out.push_str(&genre(e));
}
