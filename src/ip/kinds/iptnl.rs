//! `type ipip|sit …` (IPv4 and IPv6 over IPv4, with sit's ISATAP and 6rd) and their details.

use super::tunnel::{self, Encap};
use crate::cli::{invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::Names;
use crate::ip::prefix::get_prefix;
use crate::netlink::attr::{self, Table};
use crate::netlink::rtnl::{AF_INET, AF_INET6};
use crate::output::{pr, Disp, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;
use std::net::{Ipv4Addr, Ipv6Addr};

const LINK: u16 = 1;
const LOCAL: u16 = 2;
const REMOTE: u16 = 3;
const TTL: u16 = 4;
const TOS: u16 = 5;
const FLAGS: u16 = 8;
const PROTO: u16 = 9;
const PMTUDISC: u16 = 10;
const PREFIX_6RD: u16 = 11;
const RELAY_PREFIX_6RD: u16 = 12;
const PREFIXLEN_6RD: u16 = 13;
const RELAY_PREFIXLEN_6RD: u16 = 14;
const ENCAP_TYPE: u16 = 15;
const COLLECT_METADATA: u16 = 19;
const FWMARK: u16 = 20;
const SIT_ISATAP: u16 = 0x1;

/// `ip link help ipip|sit`.
pub fn usage_text(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "ipip" => include_str!("usage/ipip.txt"),
        "sit" => include_str!("usage/sit.txt"),
        _ => return None,
    })
}

/// The IFLA_INFO_DATA attributes of `type ipip|sit WORDS`.
pub fn parse(kind: &str, args: &mut Args) -> Result<Vec<DefaultNla>> {
    let usage = usage_text(kind).unwrap_or_default();
    let sit = kind == "sit";
    let mut encap = Encap::default();
    let (mut local, mut remote) = ([0u8; 4], [0u8; 4]);
    let (mut ttl, mut tos, mut pmtudisc, mut proto) = (0u8, 0u8, 1u8, 0u8);
    let (mut link, mut fwmark, mut flags, mut external) = (0u32, 0u32, 0u16, false);
    let (mut prefix, mut relay) = (None, None);
    while let Some(w) = args.next().map(str::to_string) {
        let w = w.as_str();
        if w == "remote" {
            remote = tunnel::addr4(args.value()?)?;
        } else if w == "local" {
            local = tunnel::addr4(args.value()?)?;
        } else if matches(w, "dev") {
            link = tunnel::dev(args.value()?)?;
        } else if w == "ttl" || w == "hoplimit" {
            ttl = tunnel::ttl(args.value()?, "invalid TTL\n")?;
        } else if w == "tos" || w == "tclass" || matches(w, "dsfield") {
            tos = tunnel::tos(args.value()?)?;
        } else if w == "nopmtudisc" {
            pmtudisc = 0;
        } else if w == "pmtudisc" {
            pmtudisc = 1;
        } else if w == "isatap" && sit {
            flags |= SIT_ISATAP;
        } else if w == "mode" {
            let v = args.value()?;
            proto = match v {
                "ipv6/ipv4" | "ip6ip" if sit => 41,
                "ipv4/ipv4" | "ipip" | "ip4ip4" => 4,
                "mpls/ipv4" | "mplsip" => 137,
                "any/ipv4" | "any" => 0,
                _ => return Err(invarg("Cannot guess tunnel mode.", v)),
            };
        } else if w == "6rd-prefix" {
            prefix = Some(get_prefix(args.value()?, AF_INET6)?);
        } else if w == "6rd-relay_prefix" {
            relay = Some(get_prefix(args.value()?, AF_INET)?);
        } else if w == "6rd-reset" {
            // iproute2 6.1 dies of a segmentation fault here; ipkit does not imitate it
            return Err(super::complaints::not_implemented(&format!(
                "add ... type {kind} 6rd-reset"
            )));
        } else if encap.word(w, args)? {
        } else if w == "external" {
            external = true;
        } else if w == "fwmark" {
            fwmark = tunnel::fwmark(args.value()?)?;
        } else {
            return Err(tunnel::usage(usage));
        }
    }
    let mut out = vec![attr::u8(PROTO, proto)];
    if external {
        out.push(attr::bytes(COLLECT_METADATA, &[]));
        return Ok(out);
    }
    if ttl != 0 && pmtudisc == 0 {
        return Err(Error::ip_usage("ttl != 0 and nopmtudisc are incompatible"));
    }
    if local != [0; 4] {
        out.push(attr::bytes(LOCAL, &local));
    }
    if remote != [0; 4] {
        out.push(attr::bytes(REMOTE, &remote));
    }
    out.push(attr::u8(PMTUDISC, pmtudisc));
    out.push(attr::u8(TOS, tos));
    out.push(attr::u8(TTL, ttl));
    out.push(attr::u32(LINK, link));
    out.push(attr::u32(FWMARK, fwmark));
    encap.push(&mut out, ENCAP_TYPE);
    if sit {
        out.push(attr::u16(FLAGS, flags));
        if let Some(p) = prefix {
            out.push(attr::bytes(PREFIX_6RD, p.bytes()));
            out.push(attr::u16(PREFIXLEN_6RD, p.bitlen));
        }
        if let Some(r) = relay {
            out.push(attr::bytes(RELAY_PREFIX_6RD, r.bytes()));
            out.push(attr::u16(RELAY_PREFIXLEN_6RD, r.bitlen));
        }
    }
    Ok(out)
}

/// `[external] [MODE] remote … local … [dev D] ttl … [tos …] [no]pmtudisc [isatap]
/// [6rd-prefix P/L [6rd-relay_prefix P/L]] [fwmark …] [encap…]`.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    let a: Table<32> = Table::new(data);
    tunnel::print_external(p, a.has(COLLECT_METADATA));
    if let Some(proto) = a.u8(PROTO) {
        let m = match proto {
            4 => "ipip",
            137 => "mplsip",
            41 => "ip6ip",
            0 => "any",
            _ => "",
        };
        if !m.is_empty() {
            pr!(p, Any, "proto", "{} ", m);
        }
    }
    tunnel::print_endpoint(p, "remote", a.get(REMOTE), AF_INET);
    tunnel::print_endpoint(p, "local", a.get(LOCAL), AF_INET);
    tunnel::print_link(p, a.u32(LINK), names);
    tunnel::print_ttl(p, "ttl", a.u8(TTL).unwrap_or(0));
    tunnel::print_tos(p, a.u8(TOS).unwrap_or(0));
    if a.u8(PMTUDISC).is_some_and(|v| v != 0) {
        p.value(
            Show::Any,
            Some("pmtudisc"),
            format_args!("pmtudisc "),
            &true,
        );
    } else {
        p.value(
            Show::Any,
            Some("pmtudisc"),
            format_args!("nopmtudisc "),
            &false,
        );
    }
    if a.u16(FLAGS).is_some_and(|f| f & SIT_ISATAP != 0) {
        p.value(Show::Any, Some("isatap"), format_args!("isatap "), &true);
    }
    print_6rd(p, &a);
    if let Some(m) = a.u32(FWMARK).filter(|&m| m != 0) {
        tunnel::hex(p, "fwmark", "fwmark", u64::from(m));
    }
    tunnel::print_encap(p, &a, ENCAP_TYPE);
}

/// `6rd-prefix 2001:db8::/32 6rd-relay_prefix 10.0.0.0/8 ` when their lengths are set
/// (JSON: `"prefix"`, `"prefixlen"`, `"relay_prefix"`, `"relay_prefixlen"`).
fn print_6rd<W: Write>(p: &mut Printer<W>, a: &Table<32>) {
    let Some(len) = a.u16(PREFIXLEN_6RD).filter(|&l| l != 0) else {
        return;
    };
    let prefix = a
        .get(PREFIX_6RD)
        .and_then(|b| b.get(..16))
        .and_then(|b| <[u8; 16]>::try_from(b).ok())
        .unwrap_or([0; 16]);
    let prefix = Disp(Ipv6Addr::from(prefix));
    p.json("prefix", &prefix);
    p.json("prefixlen", &len);
    p.fp(format_args!("6rd-prefix {prefix}/{len} "));
    let Some(rlen) = a.u16(RELAY_PREFIXLEN_6RD).filter(|&l| l != 0) else {
        return;
    };
    let relay = a
        .get(RELAY_PREFIX_6RD)
        .and_then(|b| b.get(..4))
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .unwrap_or([0; 4]);
    let relay = Disp(Ipv4Addr::from(relay));
    p.json("relay_prefix", &relay);
    p.json("relay_prefixlen", &rlen);
    p.fp(format_args!("6rd-relay_prefix {relay}/{rlen} "));
}
