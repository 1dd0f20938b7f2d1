//! `-m iprange [!] --src-range A-B [!] --dst-range A-B`: the xt `iprange` match, revision 1
//! (`struct xt_iprange_mtinfo`: four 16-byte addresses and a flags byte; 72 bytes), IPv4
//! addresses (in the first 4 bytes) under iptables, numeric IPv6 ones under ip6tables.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use std::net::{Ipv4Addr, Ipv6Addr};

const SRC: u8 = 1;
const DST: u8 = 2;
const SRC_INV: u8 = 0x10;
const DST_INV: u8 = 0x20;
/// The blob: src min, src max, dst min, dst max (16 bytes each), flags.
const FLAGS: usize = 64;

const OPTS: &[Opt] = &[
    opt("src-range", Has::Required, SRC).once(),
    opt("dst-range", Has::Required, DST).once(),
];

pub const DEF: Def = Def {
    name: "iprange",
    rev: 1,
    size: 72,
    cmp: 72,
    opts: OPTS,
    help: include_str!("../help/m_iprange.txt"),
    parse,
    check,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    let (a, b) = arg.value.split_once('-').unwrap_or((arg.value, arg.value));
    let v6 = ctx.fam.is_v6();
    let ip = |s: &str| -> crate::error::Result<Vec<u8>> {
        let found = if v6 {
            s.parse::<Ipv6Addr>().ok().map(|a| a.octets().to_vec())
        } else {
            crate::iptables::addr::dotted(s).map(|a| a.to_vec())
        };
        found.ok_or_else(|| {
            bad(format_args!(
                "iprange: Bad value for \"--{}\" option: \"{s}\"",
                e.option(o.id)
            ))
        })
    };
    let (lo, hi) = (ip(a)?, ip(b)?);
    let at = if o.id == SRC { 0 } else { 32 };
    e.put(at, &lo);
    e.put(at + 16, &hi);
    // a range from a higher address to a lower one is taken, with iptables' warning
    if lo > hi {
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            format!(
                "xt_iprange: range {} is reversed and will never match\n",
                arg.value
            )
            .as_bytes(),
        );
    }
    let mut f = e.u8(FLAGS) | o.id;
    if arg.inv {
        f |= if o.id == SRC { SRC_INV } else { DST_INV };
    }
    e.set_u8(FLAGS, f);
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.u8(FLAGS) & (SRC | DST) == 0 {
        return Err(bad(
            "iprange match: You must specify `--src-range' or `--dst-range'",
        ));
    }
    Ok(())
}

fn range(e: &Ext, at: usize, v6: bool) -> String {
    if v6 {
        let a = |o: usize| {
            let b: [u8; 16] = e.bytes(o, 16).try_into().unwrap_or([0; 16]);
            crate::output::IpText::new(Ipv6Addr::from(b).into())
        };
        return format!("{}-{}", a(at).as_str(), a(at + 16).as_str());
    }
    let a = |o: usize| -> Ipv4Addr { <[u8; 4]>::try_from(e.bytes(o, 4)).unwrap_or([0; 4]).into() };
    format!("{}-{}", a(at), a(at + 16))
}

fn words(e: &Ext, out: &mut String, save: bool, v6: bool) {
    let f = e.u8(FLAGS);
    for (bit, inv, at, option, word) in [
        (SRC, SRC_INV, 0, " --src-range ", " source IP range "),
        (DST, DST_INV, 32, " --dst-range ", " destination IP range "),
    ] {
        if f & bit == 0 {
            continue;
        }
        if save {
            if f & inv != 0 {
                out.push_str(" !");
            }
            out.push_str(option);
        } else {
            out.push_str(word);
            if f & inv != 0 {
                out.push_str("! ");
            }
        }
        out.push_str(&range(e, at, v6));
    }
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    words(e, out, true, ctx.fam.is_v6());
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    words(e, out, false, ctx.fam.is_v6());
}
