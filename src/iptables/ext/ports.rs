//! `-m tcp` / `-m udp` (`--sport`, `--dport`, tcp's `--tcp-flags`, `--syn`,
//! `--tcp-option`): the xt `tcp` match (`struct xt_tcp`: u16 spts[2], u16 dpts[2], u8
//! option, u8 flg_mask, u8 flg_cmp, u8 invflags; 16 bytes sent) and `udp` (`struct
//! xt_udp`: spts, dpts, u8 invflags). iptables-nft writes them natively (transport-header
//! loads compared with `cmp` or `range`) unless the blob says nothing or a TCP option is
//! matched; the codec reads the native form back into the blob.

use super::blob::{bad, save_ports};
use super::def::{xt_encode, Arg, Ctx, Def, Ext};
use super::values::{print_span, span};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::expr::{self, BASE_TRANSPORT, OP_EQ, OP_GT, OP_LTE, OP_NEQ};
use crate::netlink::nft::Writer;
use crate::resolve::services;

/// The blob: port ranges (min, max), then tcp's option and flags, then the inversions.
const SPTS: usize = 0;
const DPTS: usize = 4;
const OPTION: usize = 8;
const FLG_MASK: usize = 9;
const FLG_CMP: usize = 10;
const TCP_INV: usize = 11;
const UDP_INV: usize = 8;
const SIZE: usize = 16;

/// XT_TCP_INV_* / XT_UDP_INV_*.
pub const INV_SRCPT: u8 = 1;
pub const INV_DSTPT: u8 = 2;
pub const INV_FLAGS: u8 = 4;
pub const INV_OPTION: u8 = 8;

const SPORT: u8 = 1;
const DPORT: u8 = 2;
const TCP_FLAGS: u8 = 3;
const SYN: u8 = 4;
const TCP_OPTION: u8 = 5;

const UDP_OPTS: &[Opt] = &[
    opt("source-port", Has::Required, SPORT).once(),
    opt("sport", Has::Required, SPORT).once(),
    opt("destination-port", Has::Required, DPORT).once(),
    opt("dport", Has::Required, DPORT).once(),
];
const TCP_OPTS: &[Opt] = &[
    opt("source-port", Has::Required, SPORT),
    opt("sport", Has::Required, SPORT),
    opt("destination-port", Has::Required, DPORT),
    opt("dport", Has::Required, DPORT),
    opt("tcp-flags", Has::Two, TCP_FLAGS),
    opt("syn", Has::No, SYN),
    opt("tcp-option", Has::Required, TCP_OPTION),
];

pub const TCP: Def = Def {
    name: "tcp",
    rev: 0,
    size: SIZE,
    cmp: 12,
    opts: TCP_OPTS,
    help: include_str!("../help/m_tcp.txt"),
    init,
    parse,
    encode,
    save,
    print,
    ..Def::MATCH
};

pub const UDP: Def = Def {
    name: "udp",
    rev: 0,
    size: SIZE,
    cmp: 10,
    opts: UDP_OPTS,
    help: include_str!("../help/m_udp.txt"),
    init,
    parse,
    encode,
    save,
    print,
    ..Def::MATCH
};

/// A match written natively needs the rule to be of its protocol (checked when the rule
/// is built, after every extension's own checks; the inversion is not looked at). A match
/// written as its xt blob is left to the kernel.
pub fn check_proto(e: &Ext, ctx: &Ctx) -> crate::error::Result<()> {
    if !std::ptr::eq(e.def, &TCP) && !std::ptr::eq(e.def, &UDP) || !native_form(e) {
        return Ok(());
    }
    match (is_tcp(e), ctx.proto) {
        (true, 6) | (false, 17) => Ok(()),
        (true, _) => Err(bad("TCP match requires '-p tcp'")),
        (false, _) => Err(bad("UDP match requires '-p udp'")),
    }
}

/// Every port both ways.
fn init(e: &mut Ext) {
    e.set_u16(SPTS + 2, 0xffff);
    e.set_u16(DPTS + 2, 0xffff);
}

/// TCP flag names and bits, in the order they are printed.
const FLAGS: &[(&str, u8)] = &[
    ("FIN", 1),
    ("SYN", 2),
    ("RST", 4),
    ("PSH", 8),
    ("ACK", 16),
    ("URG", 32),
    ("ALL", 63),
    ("NONE", 0),
];

fn flag_list(word: &str) -> crate::error::Result<u8> {
    let mut v = 0;
    for w in word.split(',') {
        match FLAGS.iter().find(|(n, _)| n.eq_ignore_ascii_case(w)) {
            Some((_, b)) => v |= b,
            None => return Err(bad(format_args!("Unknown TCP flag `{w}'"))),
        }
    }
    Ok(v)
}

fn flag_names(out: &mut String, v: u8) {
    if v == 0 {
        out.push_str("NONE");
        return;
    }
    let mut sep = "";
    for (n, b) in &FLAGS[..6] {
        if v & b != 0 {
            out.push_str(sep);
            out.push_str(n);
            sep = ",";
        }
    }
}

fn is_tcp(e: &Ext) -> bool {
    std::ptr::eq(e.def, &TCP)
}

fn inv_at(e: &Ext) -> usize {
    if is_tcp(e) {
        TCP_INV
    } else {
        UDP_INV
    }
}

fn proto_name(e: &Ext) -> &'static str {
    e.def.name
}

/// The blob's inversion bits.
pub fn invflags(e: &Ext) -> u8 {
    e.u8(inv_at(e))
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let inv_at = inv_at(e);
    let mut inv = 0;
    match o.id {
        SPORT | DPORT => {
            let (at, bit, long) = if o.id == SPORT {
                (SPTS, INV_SRCPT, "--source-port")
            } else {
                (DPTS, INV_DSTPT, "--destination-port")
            };
            if e.given(o.id) {
                return Err(bad(format_args!("Only one `{long}' allowed")));
            }
            let (a, b) = if is_tcp(e) {
                span(arg.value, e.def.name)?
            } else {
                udp_span(arg.value)?
            };
            e.set_u16(at, a);
            e.set_u16(at + 2, b);
            if arg.inv {
                inv = bit;
            }
        }
        TCP_FLAGS | SYN => {
            if e.given(SYN) || e.given(TCP_FLAGS) {
                return Err(bad("Only one of `--syn' or `--tcp-flags'  allowed"));
            }
            let (mask, cmp) = if o.id == SYN {
                (0x17, 0x02)
            } else {
                let comp = arg
                    .second
                    .filter(|c| !c.starts_with('-') && !c.starts_with('!'))
                    .ok_or_else(|| bad("--tcp-flags requires two args."))?;
                (flag_list(arg.value)?, flag_list(comp)?)
            };
            e.set_u8(FLG_MASK, mask);
            e.set_u8(FLG_CMP, cmp);
            if arg.inv {
                inv = INV_FLAGS;
            }
        }
        _ => {
            if e.given(TCP_OPTION) {
                return Err(bad("Only one `--tcp-option' allowed"));
            }
            // a C number (any base, blanks before it) from 1 to 255
            let v = crate::cli::num::strtoul(arg.value, 0)
                .filter(|v| (1..=255).contains(v))
                .ok_or_else(|| bad(format_args!("Bad TCP option \"{}\"", arg.value)))?;
            e.set_u8(OPTION, v as u8);
            if arg.inv {
                inv = INV_OPTION;
            }
        }
    }
    let v = e.u8(inv_at) | inv;
    e.set_u8(inv_at, v);
    Ok(())
}

/// Whether the blob says anything at all (iptables-nft then writes it natively).
fn says_something(e: &Ext) -> bool {
    Ext::new(e.def).data != e.data
}

/// Whether iptables-nft writes it natively: when the blob says something and holds no TCP
/// option.
fn native_form(e: &Ext) -> bool {
    says_something(e) && !(is_tcp(e) && e.u8(OPTION) != 0)
}

/// Natively (flags first, then the ports: one 4-byte compare for two plain ports), or the
/// xt blob.
fn encode(e: &Ext, w: &mut Writer) {
    if !native_form(e) {
        return xt_encode(e, w);
    }
    let inv = invflags(e);
    if is_tcp(e) && e.u8(FLG_MASK) != 0 {
        expr::payload(w, BASE_TRANSPORT, 13, 1);
        expr::bitwise(w, &[e.u8(FLG_MASK)], &[0]);
        let op = if inv & INV_FLAGS != 0 { OP_NEQ } else { OP_EQ };
        expr::cmp(w, op, &[e.u8(FLG_CMP)]);
    }
    let sport = (e.u16(SPTS), e.u16(SPTS + 2), inv & INV_SRCPT != 0);
    let dport = (e.u16(DPTS), e.u16(DPTS + 2), inv & INV_DSTPT != 0);
    if let ((a, b, false), (c, d, false)) = (sport, dport) {
        if a == b && c == d {
            expr::payload(w, BASE_TRANSPORT, 0, 4);
            let mut v = [0u8; 4];
            v[..2].copy_from_slice(&a.to_be_bytes());
            v[2..].copy_from_slice(&c.to_be_bytes());
            expr::cmp(w, OP_EQ, &v);
            return;
        }
    }
    for (offset, (a, b, inv)) in [(0, sport), (2, dport)] {
        if (a, b) == (0, 65535) {
            continue; // every port: iptables-nft writes nothing
        }
        expr::payload(w, BASE_TRANSPORT, offset, 2);
        let op = if inv { OP_NEQ } else { OP_EQ };
        if a == b {
            expr::cmp(w, op, &a.to_be_bytes());
        } else if a == 0 {
            expr::cmp(w, if inv { OP_GT } else { OP_LTE }, &b.to_be_bytes());
        } else {
            expr::range(w, op, &a.to_be_bytes(), &b.to_be_bytes());
        }
    }
}

/// A fresh match for protocol `proto` (tcp unless 17), for the codec's native pieces.
pub fn native(proto: u8) -> Ext {
    Ext::new(if proto == 17 { &UDP } else { &TCP })
}

/// A port span of the blob (`source`: the source port) and its inversion.
pub fn span_of_side(e: &Ext, source: bool) -> (u16, u16, bool) {
    let (at, bit) = if source {
        (SPTS, INV_SRCPT)
    } else {
        (DPTS, INV_DSTPT)
    };
    (e.u16(at), e.u16(at + 2), invflags(e) & bit != 0)
}

/// The codec's native pieces: a port span (`source`: the source port).
pub fn set_span(e: &mut Ext, source: bool, (a, b, inv): (u16, u16, bool)) {
    let (at, bit) = if source {
        (SPTS, INV_SRCPT)
    } else {
        (DPTS, INV_DSTPT)
    };
    e.set_u16(at, a);
    e.set_u16(at + 2, b);
    let at = inv_at(e);
    let v = if inv { e.u8(at) | bit } else { e.u8(at) & !bit };
    e.set_u8(at, v);
}

/// The codec's native pieces: the flags byte (tcp only).
pub fn set_flags(e: &mut Ext, mask: u8, cmp: u8, inv: bool) {
    if !is_tcp(e) {
        return;
    }
    e.set_u8(FLG_MASK, mask);
    e.set_u8(FLG_CMP, cmp);
    let v = if inv {
        e.u8(TCP_INV) | INV_FLAGS
    } else {
        e.u8(TCP_INV) & !INV_FLAGS
    };
    e.set_u8(TCP_INV, v);
}

fn span_of(e: &Ext, at: usize) -> (u16, u16) {
    (e.u16(at), e.u16(at + 2))
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let inv = invflags(e);
    for (word, at, bit) in [
        (" --sport ", SPTS, INV_SRCPT),
        (" --dport ", DPTS, INV_DSTPT),
    ] {
        let (a, b) = span_of(e, at);
        if (a, b) == (0, 65535) && inv & bit == 0 {
            continue;
        }
        save_ports(out, word, (a, b, inv & bit != 0));
    }
    if !is_tcp(e) {
        return;
    }
    if e.u8(OPTION) != 0 {
        if inv & INV_OPTION != 0 {
            out.push_str(" !");
        }
        out.push_str(" --tcp-option ");
        out.push_str(&e.u8(OPTION).to_string());
    }
    let (mask, value) = (e.u8(FLG_MASK), e.u8(FLG_CMP));
    if mask != 0 || inv & INV_FLAGS != 0 {
        if inv & INV_FLAGS != 0 {
            out.push_str(" !");
        }
        out.push_str(" --tcp-flags ");
        flag_names(out, mask);
        out.push(' ');
        flag_names(out, value);
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push(' ');
    out.push_str(proto_name(e));
    let inv = invflags(e);
    for (word, at, bit) in [(" spt", SPTS, INV_SRCPT), (" dpt", DPTS, INV_DSTPT)] {
        let (a, b) = span_of(e, at);
        if (a, b) == (0, 65535) && inv & bit == 0 {
            continue;
        }
        print_span(
            out,
            word,
            (a, b, inv & bit != 0),
            proto_name(e),
            ctx.numeric,
        );
    }
    if !is_tcp(e) {
        return;
    }
    if e.u8(OPTION) != 0 {
        out.push_str(" option=");
        if inv & INV_OPTION != 0 {
            out.push('!');
        }
        out.push_str(&e.u8(OPTION).to_string());
    }
    let (mask, value) = (e.u8(FLG_MASK), e.u8(FLG_CMP));
    if mask != 0 || inv & INV_FLAGS != 0 {
        out.push_str(" flags:");
        if inv & INV_FLAGS != 0 {
            out.push('!');
        }
        if ctx.numeric {
            out.push_str(&format!("0x{mask:02X}/0x{value:02X}"));
        } else {
            flag_names(out, mask);
            out.push('/');
            flag_names(out, value);
        }
    }
}

/// udp's `P`, `P:Q`, `:Q`, `P:` as iptables reads them (its option parser, not tcp's): a
/// service name or a decimal number up to 2^32-1 kept modulo 2^16, an empty part for the
/// end of the range, no order check.
fn udp_span(word: &str) -> crate::error::Result<(u16, u16)> {
    let port = |s: &str, empty: u16| -> crate::error::Result<u16> {
        if s.is_empty() {
            return Ok(empty);
        }
        // the number as a C int: negative is no port
        crate::cli::num::strtoul(s, 10)
            .map(|v| v as i32)
            .filter(|&v| v >= 0)
            .map(|v| v as u16)
            .or_else(|| services::port_of(s, "udp"))
            .ok_or_else(|| bad(format_args!("Port \"{s}\" does not resolve to anything.\n")))
    };
    match word.split_once(':') {
        None => port(word, 0).map(|p| (p, p)),
        Some((a, b)) => Ok((port(a, 0)?, port(b, 65535)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_blob_is_every_port() {
        let e = Ext::new(&TCP);
        assert_eq!(&e.data[..12], &[0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 0, 0]);
        assert!(!says_something(&e));
    }
}
