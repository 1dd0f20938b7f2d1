//! `-m tcpmss [!] --mss A[:B]` (`struct xt_tcpmss_match_info`: u16 min, u16 max, u8 invert;
//! revision 0) and the `TCPMSS` target (`struct xt_tcpmss_info`: u16 mss, 0xffff for
//! `--clamp-mss-to-pmtu`; revision 0). Both xt blobs of 8 bytes; the kernel refuses them
//! without `-p tcp`.

use super::blob::bad;
use super::def::{print_span16, put_span16, range, save_span16, uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const MATCH_OPTS: &[Opt] = &[opt("mss", Has::Required, 1).once().mand()];

pub const MATCH: Def = Def {
    name: "tcpmss",
    rev: 0,
    size: 8,
    cmp: 5,
    opts: MATCH_OPTS,
    help: include_str!("../help/m_tcpmss.txt"),
    parse: parse_match,
    save: save_match,
    print: print_match,
    ..Def::MATCH
};

/// The target's mss: XT_TCPMSS_CLAMP_PMTU clamps to the path MTU.
const MSS: usize = 0;
const CLAMP: u16 = 0xffff;

const SET_MSS: u8 = 1;
const CLAMP_PMTU: u8 = 2;

const TARGET_OPTS: &[Opt] = &[
    opt("set-mss", Has::Required, SET_MSS).once().no_inv(),
    opt("clamp-mss-to-pmtu", Has::No, CLAMP_PMTU)
        .once()
        .no_inv(),
];

pub const TARGET: Def = Def {
    name: "TCPMSS",
    rev: 0,
    size: 8,
    cmp: 2,
    opts: TARGET_OPTS,
    help: include_str!("../help/t_TCPMSS.txt"),
    parse: parse_target,
    check: check_target,
    save: save_target,
    print: print_target,
    fams: super::def::V4_ONLY,
    ..Def::TARGET
};

/// ip6tables' TCPMSS: the same, its help and range for IPv6's 40-byte header.
pub const TARGET6: Def = Def {
    help: include_str!("../help/t_TCPMSS6.txt"),
    fams: super::def::V6_ONLY,
    ..TARGET
};

fn parse_match(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (lo, hi, _) = range(e, o, arg.value, 65535)?;
    if lo > hi {
        return Err(bad("tcpmss: invalid range given"));
    }
    put_span16(e, lo, hi, arg.inv);
    Ok(())
}

fn save_match(e: &Ext, out: &mut String, _: &Ctx) {
    save_span16(e, out, " --mss ");
}

fn print_match(e: &Ext, out: &mut String, _: &Ctx) {
    print_span16(e, out, " tcpmss match ");
}

/// The last of the two options given wins.
fn parse_target(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    let header = if ctx.fam.is_v6() { 40 } else { 20 };
    let mss = if o.id == SET_MSS {
        uint(e, o, arg.value, 0, 65535 - header)? as u16
    } else {
        CLAMP
    };
    e.set_u16(MSS, mss);
    Ok(())
}

fn check_target(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.seen == 0 {
        return Err(bad("TCPMSS target: At least one parameter is required"));
    }
    Ok(())
}

fn save_target(e: &Ext, out: &mut String, _: &Ctx) {
    match e.u16(MSS) {
        CLAMP => out.push_str(" --clamp-mss-to-pmtu"),
        m => out.push_str(&format!(" --set-mss {m}")),
    }
}

fn print_target(e: &Ext, out: &mut String, _: &Ctx) {
    match e.u16(MSS) {
        CLAMP => out.push_str(" TCPMSS clamp to PMTU"),
        m => out.push_str(&format!(" TCPMSS set {m}")),
    }
}
