//! `-j SYNPROXY [--sack-perm] [--timestamp] [--wscale N] [--mss N] [--ecn]`: the xt
//! `SYNPROXY` target, revision 0 (`struct xt_synproxy_info`: u8 options, u8 wscale, u16
//! mss; 8 bytes sent).

use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const OPTIONS: usize = 0;
const WSCALE: usize = 1;
const MSS: usize = 2;

/// XT_SYNPROXY_OPT_* bits, also the option ids.
const O_MSS: u8 = 1;
const O_WSCALE: u8 = 2;
const O_SACK_PERM: u8 = 4;
const O_TIMESTAMP: u8 = 8;
const O_ECN: u8 = 16;

const OPTS: &[Opt] = &[
    opt("sack-perm", Has::No, O_SACK_PERM).once().no_inv(),
    opt("timestamp", Has::No, O_TIMESTAMP).once().no_inv(),
    opt("wscale", Has::Required, O_WSCALE).once().no_inv(),
    opt("mss", Has::Required, O_MSS).once().no_inv(),
    opt("ecn", Has::No, O_ECN).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "SYNPROXY",
    rev: 0,
    size: 8,
    cmp: 4,
    opts: OPTS,
    help: include_str!("../help/t_SYNPROXY.txt"),
    parse,
    save,
    print,
    ..Def::TARGET
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        // numbers up to 32 bits, cut to the field as iptables cuts them
        O_WSCALE => {
            let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))?;
            e.set_u8(WSCALE, n as u8);
        }
        O_MSS => {
            let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))?;
            e.set_u16(MSS, n as u16);
        }
        _ => {}
    }
    e.set_u8(OPTIONS, e.u8(OPTIONS) | o.id);
    Ok(())
}

/// The words in iptables' order: each `(lead)name[ value](tail)`.
fn words(e: &Ext, out: &mut String, lead: &str, tail: &str) {
    let f = e.u8(OPTIONS);
    for (bit, name) in [(O_SACK_PERM, "sack-perm"), (O_TIMESTAMP, "timestamp")] {
        if f & bit != 0 {
            out.push_str(&format!("{lead}{name}{tail}"));
        }
    }
    if f & O_WSCALE != 0 {
        out.push_str(&format!("{lead}wscale {}{tail}", e.u8(WSCALE)));
    }
    if f & O_MSS != 0 {
        out.push_str(&format!("{lead}mss {}{tail}", e.u16(MSS)));
    }
    if f & O_ECN != 0 {
        out.push_str(&format!("{lead}ecn{tail}"));
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, " --", "");
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" SYNPROXY ");
    words(e, out, "", " ");
}
