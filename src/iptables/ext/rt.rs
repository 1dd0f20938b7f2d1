//! `-m rt [!] --rt-type T [!] --rt-segsleft N[:M] [!] --rt-len L --rt-0-res --rt-0-addrs
//! A[,A…] --rt-0-not-strict`: ip6tables' xt `rt` match (routing header), revision 0
//! (`struct ip6t_rt`: u32 rt_type, u32 segsleft[2], u32 hdrlen, u8 flags, u8 invflags,
//! struct in6_addr addrs[16], u8 addrnr; 280 bytes sent).

use super::blob::bad;
use super::def::{range, uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::output::IpText;
use std::net::{IpAddr, Ipv6Addr};

const TYPE: usize = 0;
const SEGS: usize = 4;
const HDRLEN: usize = 12;
const FLAGS: usize = 16;
const INVFLAGS: usize = 17;
const ADDRS: usize = 20;
const ADDRNR: usize = 276;
/// How many addresses the blob holds.
const MAX_ADDRS: usize = 16;

/// `flags` bits (IP6T_RT_TYP, SGS, LEN, RES, FST, FST_NSTRICT) and `invflags` bits.
const F_TYP: u8 = 0x01;
const F_SGS: u8 = 0x02;
const F_LEN: u8 = 0x04;
const F_RES: u8 = 0x08;
const F_FST: u8 = 0x10;
const F_NSTRICT: u8 = 0x20;
const INV_TYP: u8 = 0x01;
const INV_SGS: u8 = 0x02;
const INV_LEN: u8 = 0x04;

const O_TYPE: u8 = 1;
const O_SEGS: u8 = 2;
const O_LEN: u8 = 3;
const O_RES: u8 = 4;
const O_ADDRS: u8 = 5;
const O_NSTRICT: u8 = 6;

const OPTS: &[Opt] = &[
    opt("rt-type", Has::Required, O_TYPE).once(),
    opt("rt-segsleft", Has::Required, O_SEGS).once(),
    opt("rt-len", Has::Required, O_LEN).once(),
    opt("rt-0-res", Has::No, O_RES).once().no_inv(),
    opt("rt-0-addrs", Has::Required, O_ADDRS).once().no_inv(),
    opt("rt-0-not-strict", Has::No, O_NSTRICT).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "rt",
    rev: 0,
    size: 280,
    cmp: 280,
    opts: OPTS,
    help: include_str!("../help/m_rt.txt"),
    init,
    parse,
    save,
    print,
    fams: super::def::V6_ONLY,
    ..Def::MATCH
};

/// Every Segments Left value until one is given.
fn init(e: &mut Ext) {
    e.set_u32(SEGS + 4, u32::MAX);
}

fn flag(e: &mut Ext, at: usize, bit: u8) {
    let v = e.u8(at) | bit;
    e.set_u8(at, v);
}

/// Type 0 given (not inverted): what the type 0 options need before them.
fn type0(e: &Ext) -> bool {
    e.u8(FLAGS) & F_TYP != 0 && e.u8(INVFLAGS) & INV_TYP == 0 && e.u32(TYPE) == 0
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let need_type0 = |what: &str| bad(format_args!("`--rt-type 0' required before `--{what}'"));
    match o.id {
        O_TYPE => {
            let v = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u32;
            e.set_u32(TYPE, v);
            flag(e, FLAGS, F_TYP);
            if arg.inv {
                flag(e, INVFLAGS, INV_TYP);
            }
        }
        O_SEGS => {
            let (lo, hi, _) = range(e, o, arg.value, u64::from(u32::MAX))?;
            e.set_u32(SEGS, lo as u32);
            e.set_u32(SEGS + 4, hi as u32);
            flag(e, FLAGS, F_SGS);
            if arg.inv {
                flag(e, INVFLAGS, INV_SGS);
            }
        }
        O_LEN => {
            let v = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u32;
            e.set_u32(HDRLEN, v);
            flag(e, FLAGS, F_LEN);
            if arg.inv {
                flag(e, INVFLAGS, INV_LEN);
            }
        }
        O_RES => {
            if !type0(e) {
                return Err(need_type0("rt-0-res"));
            }
            flag(e, FLAGS, F_RES);
        }
        O_ADDRS => {
            if !type0(e) {
                return Err(need_type0("rt-0-addrs"));
            }
            // each address in turn; a 17th is too many whatever it is
            let mut n = 0;
            for word in arg.value.split(',') {
                if n == MAX_ADDRS {
                    return Err(bad("too many addresses specified"));
                }
                let a: Ipv6Addr = word
                    .parse()
                    .map_err(|_| bad(format_args!("bad address: {word}")))?;
                e.put(ADDRS + 16 * n, &a.octets());
                n += 1;
            }
            e.set_u8(ADDRNR, n as u8);
            flag(e, FLAGS, F_FST);
        }
        _ => {
            if e.u8(FLAGS) & F_FST == 0 {
                return Err(bad("`--rt-0-addr ...' required before `--rt-0-not-strict'"));
            }
            flag(e, FLAGS, F_NSTRICT);
        }
    }
    Ok(())
}

/// The type 0 addresses, `A,B,…`.
fn addrs(e: &Ext) -> String {
    let n = usize::from(e.u8(ADDRNR)).min(MAX_ADDRS);
    (0..n)
        .map(|i| {
            let mut b = [0u8; 16];
            b.copy_from_slice(e.bytes(ADDRS + 16 * i, 16));
            IpText::new(IpAddr::V6(b.into())).as_str().to_string()
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn segs(e: &Ext) -> (u32, u32) {
    (e.u32(SEGS), e.u32(SEGS + 4))
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (flags, inv) = (e.u8(FLAGS), e.u8(INVFLAGS));
    let not = |bit: u8| if inv & bit != 0 { " !" } else { "" };
    if flags & F_TYP != 0 {
        out.push_str(&format!("{} --rt-type {}", not(INV_TYP), e.u32(TYPE)));
    }
    let (lo, hi) = segs(e);
    if (lo, hi) != (0, u32::MAX) {
        out.push_str(&format!("{} --rt-segsleft {lo}", not(INV_SGS)));
        if lo != hi {
            out.push_str(&format!(":{hi}"));
        }
    }
    if flags & F_LEN != 0 {
        out.push_str(&format!("{} --rt-len {}", not(INV_LEN), e.u32(HDRLEN)));
    }
    if flags & F_RES != 0 {
        out.push_str(" --rt-0-res");
    }
    if flags & F_FST != 0 {
        out.push_str(" --rt-0-addrs ");
        out.push_str(&addrs(e));
    }
    if flags & F_NSTRICT != 0 {
        out.push_str(" --rt-0-not-strict");
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    let (flags, inv) = (e.u8(FLAGS), e.u8(INVFLAGS));
    let not = |bit: u8| if inv & bit != 0 { "!" } else { "" };
    out.push_str(" rt");
    if flags & F_TYP != 0 {
        // a C int
        out.push_str(&format!(" type:{}{}", not(INV_TYP), e.u32(TYPE) as i32));
    }
    let (lo, hi) = segs(e);
    if (lo, hi) != (0, u32::MAX) || inv & INV_SGS != 0 {
        if lo == hi {
            out.push_str(&format!(" segsleft:{}{lo}", not(INV_SGS)));
        } else {
            out.push_str(&format!(" segslefts:{}{lo}:{hi}", not(INV_SGS)));
        }
    }
    if flags & F_LEN != 0 {
        out.push_str(&format!(" length:{}{}", not(INV_LEN), e.u32(HDRLEN)));
    }
    if flags & F_RES != 0 {
        out.push_str(" reserved");
    }
    if flags & F_FST != 0 {
        out.push_str(" 0-addrs ");
        out.push_str(&addrs(e));
    }
    if flags & F_NSTRICT != 0 {
        out.push_str(" 0-not-strict");
    }
}
