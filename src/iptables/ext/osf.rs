//! `-m osf [!] --genre NAME [--ttl 0-2] [--log 0-2]`: the xt `osf` match, revision 0
//! (`struct xt_osf_info`: 32-byte genre, u32 len, u32 flags, u32 loglevel, u32 ttl; 48
//! bytes).

use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const GENRE: usize = 0;
const GENRE_LEN: usize = 32;
const LEN: usize = 32;
const FLAGS: usize = 36;
const LOGLEVEL: usize = 40;
const TTL: usize = 44;

/// XT_OSF_* flags (iptables does not set XT_OSF_GENRE).
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
    fams: super::def::V4_ONLY,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_GENRE => {
            let b = arg.value.as_bytes();
            let b = &b[..b.len().min(GENRE_LEN - 1)];
            e.put(GENRE, b);
            e.set_u32(LEN, b.len() as u32);
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

fn inverted(e: &Ext) -> bool {
    e.u32(FLAGS) & F_INVERT != 0
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if inverted(e) {
        out.push_str(" !");
    }
    out.push_str(" --genre ");
    out.push_str(&e.cstr(GENRE, GENRE_LEN));
    if e.u32(FLAGS) & F_TTL != 0 {
        out.push_str(&format!(" --ttl {}", e.u32(TTL)));
    }
    if e.u32(FLAGS) & F_LOG != 0 {
        out.push_str(&format!(" --log {}", e.u32(LOGLEVEL)));
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" OS fingerprint match ");
    if inverted(e) {
        out.push_str("! ");
    }
    out.push_str(&e.cstr(GENRE, GENRE_LEN));
}
