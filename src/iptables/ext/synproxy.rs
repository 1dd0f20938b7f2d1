//! `-j SYNPROXY [--sack-perm] [--timestamp] [--wscale N] [--mss N] [--ecn]`: the xt
//! `SYNPROXY` target, revision 0 (`struct xt_synproxy_info`: u8 options, u8 wscale, u16
//! mss; 8 bytes sent).

use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const OPTIONS: usize = 0;
const WSCALE: usize = 1;
const MSS: usize = 2;

/// XT_SYNPROXY_OPT_*.
const F_MSS: u8 = 1;
const F_WSCALE: u8 = 2;
const F_SACK: u8 = 4;
const F_TIMESTAMP: u8 = 8;
const F_ECN: u8 = 16;

const O_SACK: u8 = 1;
const O_TIMESTAMP: u8 = 2;
const O_WSCALE: u8 = 3;
const O_MSS: u8 = 4;
const O_ECN: u8 = 5;

const OPTS: &[Opt] = &[
    opt("sack-perm", Has::No, O_SACK).once(),
    opt("timestamp", Has::No, O_TIMESTAMP).once(),
    opt("wscale", Has::Required, O_WSCALE).once(),
    opt("mss", Has::Required, O_MSS).once(),
    opt("ecn", Has::No, O_ECN).once(),
];

pub const DEF: Def = Def {
    name: "SYNPROXY",
    rev: 0,
    size: 8,
    cmp: 8,
    opts: OPTS,
    help: include_str!("../help/t_SYNPROXY.txt"),
    parse,
    save,
    print,
    ..Def::TARGET
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let flag = match o.id {
        O_SACK => F_SACK,
        O_TIMESTAMP => F_TIMESTAMP,
        O_ECN => F_ECN,
        O_WSCALE => {
            // read as 32 bits, kept as 8
            let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u8;
            e.set_u8(WSCALE, n);
            F_WSCALE
        }
        _ => {
            // read as 32 bits, kept as 16
            let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u16;
            e.set_u16(MSS, n);
            F_MSS
        }
    };
    e.set_u8(OPTIONS, e.u8(OPTIONS) | flag);
    Ok(())
}

/// The options set, as (flag, word, value).
fn words(e: &Ext) -> Vec<(&'static str, Option<u32>)> {
    let f = e.u8(OPTIONS);
    let mut v = Vec::new();
    if f & F_SACK != 0 {
        v.push(("sack-perm", None));
    }
    if f & F_TIMESTAMP != 0 {
        v.push(("timestamp", None));
    }
    if f & F_WSCALE != 0 {
        v.push(("wscale", Some(u32::from(e.u8(WSCALE)))));
    }
    if f & F_MSS != 0 {
        v.push(("mss", Some(u32::from(e.u16(MSS)))));
    }
    if f & F_ECN != 0 {
        v.push(("ecn", None));
    }
    v
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    for (w, n) in words(e) {
        out.push_str(" --");
        out.push_str(w);
        if let Some(n) = n {
            out.push_str(&format!(" {n}"));
        }
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" SYNPROXY ");
    for (w, n) in words(e) {
        out.push_str(w);
        if let Some(n) = n {
            out.push_str(&format!(" {n}"));
        }
        out.push(' ');
    }
}
