//! ip6tables' `-m ah [!] --ahspi SPI[:SPI] [!] --ahlen N --ahres` (also loaded by `-p ah`):
//! the xt `ah` match of IPv6, revision 0 (`struct ip6t_ah`: u32 spis[2], u32 hdrlen, u8
//! hdrres, u8 invflags; 16 bytes sent). It starts with every SPI. iptables' ah is
//! [`super::esp::AH`].

use super::def::{uint, Arg, Ctx, Def, Ext};
use super::esp::u32_range;
use super::frag::span;
use crate::iptables::getopt::{opt, Has, Opt};

const SPIS: usize = 0;
const HDRLEN: usize = 8;
const HDRRES: usize = 12;
const INVFLAGS: usize = 13;
// invflags (IP6T_AH_INV_*)
const INV_SPI: u8 = 0x01;
const INV_LEN: u8 = 0x02;

// option ids
const SPI: u8 = 0;
const LEN: u8 = 1;
const RES: u8 = 2;

const OPTS: &[Opt] = &[
    opt("ahspi", Has::Required, SPI).once(),
    opt("ahlen", Has::Required, LEN).once(),
    opt("ahres", Has::No, RES).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "ah",
    rev: 0,
    size: 16,
    cmp: 16,
    opts: OPTS,
    help: include_str!("../help/m_ah6.txt"),
    init,
    parse,
    save,
    print,
    fams: super::def::V6_ONLY,
    ..Def::MATCH
};

/// Every SPI.
fn init(e: &mut Ext) {
    e.set_u32(SPIS + 4, u32::MAX);
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let inv = match o.id {
        SPI => {
            let (lo, hi) = u32_range(e.def.name, o.name, arg.value)?;
            e.set_u32(SPIS, lo);
            e.set_u32(SPIS + 4, hi);
            INV_SPI
        }
        LEN => {
            let v = uint(e, o, arg.value, 0, u32::MAX.into())? as u32;
            e.set_u32(HDRLEN, v);
            INV_LEN
        }
        _ => {
            e.set_u8(HDRRES, 1);
            0
        }
    };
    if arg.inv {
        e.set_u8(INVFLAGS, e.u8(INVFLAGS) | inv);
    }
    Ok(())
}

/// Whether the length is shown: a length, or an inverted one.
fn has_len(e: &Ext) -> bool {
    e.u32(HDRLEN) != 0 || e.u8(INVFLAGS) & INV_LEN != 0
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (lo, hi, inv) = (e.u32(SPIS), e.u32(SPIS + 4), e.u8(INVFLAGS));
    if (lo, hi) != (0, u32::MAX) {
        if inv & INV_SPI != 0 {
            out.push_str(" !");
        }
        out.push_str(" --ahspi ");
        out.push_str(&span(lo, hi));
    }
    if has_len(e) {
        if inv & INV_LEN != 0 {
            out.push_str(" !");
        }
        out.push_str(" --ahlen ");
        out.push_str(&e.u32(HDRLEN).to_string());
    }
    if e.u8(HDRRES) != 0 {
        out.push_str(" --ahres");
    }
}

/// `ah spis:[!]A:B` then, with no space, `length:[!]N`, then ` reserved`.
fn print(e: &Ext, out: &mut String, _: &Ctx) {
    let (lo, hi, inv) = (e.u32(SPIS), e.u32(SPIS + 4), e.u8(INVFLAGS));
    out.push_str(" ah ");
    if (lo, hi) != (0, u32::MAX) || inv & INV_SPI != 0 {
        out.push_str(if lo == hi { "spi:" } else { "spis:" });
        if inv & INV_SPI != 0 {
            out.push('!');
        }
        out.push_str(&span(lo, hi));
    }
    if has_len(e) {
        out.push_str("length:");
        if inv & INV_LEN != 0 {
            out.push('!');
        }
        out.push_str(&e.u32(HDRLEN).to_string());
    }
    if e.u8(HDRRES) != 0 {
        out.push_str(" reserved");
    }
}
