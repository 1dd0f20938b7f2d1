//! The NAT targets as xt `target` blobs, as iptables-nft writes them (never native
//! `masq`/`nat`/`redir`, which iptables-nft 1.8.9 refuses to read): MASQUERADE, SNAT and
//! REDIRECT in `nf_nat_ipv4_multi_range_compat` (revision 0, 24 bytes: u32 rangesize, then
//! one range: u32 flags, be32 min/max address, be16 min/max port), DNAT in `nf_nat_range2`
//! (revision 2, 48 bytes: u32 flags, 16-byte min/max addresses, be16 min/max/base port).
//! Revision 1 (`nf_nat_range`, 40 bytes) is read too.
//!
//! ip6tables' NAT targets are the same with IPv6 addresses, in `nf_nat_range` (40 bytes:
//! MASQUERADE, REDIRECT revision 0, SNAT revision 1) and `nf_nat_range2` (DNAT revision 2),
//! an address with ports written in brackets (`[ADDR[-ADDR]]:PORT[-PORT]`).

use super::blob::bad;
use super::def::{no_check, xt_encode, Arg, Ctx, Def, Ext};
use crate::iptables::family::Fam;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::output::IpText;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// NF_NAT_RANGE_* flags.
pub const MAP_IPS: u32 = 1;
pub const PROTO_SPECIFIED: u32 = 2;
pub const PROTO_RANDOM: u32 = 4;
pub const PERSISTENT: u32 = 8;
pub const PROTO_RANDOM_FULLY: u32 = 16;
/// DNAT's `P-Q/BASE`: ports mapped by their offset from BASE.
pub const PROTO_OFFSET: u32 = 32;

const TO: u8 = 1;
const RANDOM: u8 = 2;
const RANDOM_FULLY: u8 = 3;
const PERSIST: u8 = 4;
const TO_PORTS: u8 = 5;

const MASQ_OPTS: &[Opt] = &[
    opt("to-ports", Has::Required, TO_PORTS).once(),
    opt("random", Has::No, RANDOM).once(),
    opt("random-fully", Has::No, RANDOM_FULLY).once(),
];
const SNAT_OPTS: &[Opt] = &[
    opt("to-source", Has::Required, TO).once().mand(),
    opt("random", Has::No, RANDOM).once(),
    opt("random-fully", Has::No, RANDOM_FULLY).once(),
    opt("persistent", Has::No, PERSIST).once(),
];
const DNAT_OPTS: &[Opt] = &[
    opt("to-destination", Has::Required, TO).once().mand(),
    opt("random", Has::No, RANDOM).once(),
    opt("persistent", Has::No, PERSIST).once(),
];
const REDIRECT_OPTS: &[Opt] = &[
    opt("to-ports", Has::Required, TO_PORTS).once(),
    opt("random", Has::No, RANDOM).once(),
];

const fn def(name: &'static str, rev: u32, opts: &'static [Opt], help: &'static str) -> Def {
    let size = if rev == 2 { 48 } else { 24 };
    Def {
        name,
        xt: name,
        target: true,
        rev,
        size,
        cmp: size,
        opts,
        help,
        init,
        parse,
        check: no_check,
        encode: xt_encode,
        decode,
        save,
        print,
        // the IPv4 layouts (ip6tables' are nf_nat_range)
        fams: super::def::V4_ONLY,
        ..Def::TARGET
    }
}

pub const MASQUERADE: Def = def(
    "MASQUERADE",
    0,
    MASQ_OPTS,
    include_str!("../help/t_MASQUERADE.txt"),
);
pub const SNAT: Def = def("SNAT", 0, SNAT_OPTS, include_str!("../help/t_SNAT.txt"));
pub const DNAT: Def = def("DNAT", 2, DNAT_OPTS, include_str!("../help/t_DNAT.txt"));
pub const REDIRECT: Def = def(
    "REDIRECT",
    0,
    REDIRECT_OPTS,
    include_str!("../help/t_REDIRECT.txt"),
);

/// ip6tables' NAT targets: `nf_nat_range` (revision 0 for MASQUERADE and REDIRECT, 1 for
/// SNAT) and `nf_nat_range2` (DNAT), IPv6 addresses.
const fn def6(base: Def, rev: u32) -> Def {
    let size = if rev == 2 { 48 } else { 40 };
    Def {
        rev,
        size,
        cmp: size,
        decode: decode6,
        fams: super::def::V6_ONLY,
        ..base
    }
}

pub const MASQUERADE6: Def = def6(MASQUERADE, 0);
pub const SNAT6: Def = def6(SNAT, 1);
pub const DNAT6: Def = def6(DNAT, 2);
pub const REDIRECT6: Def = def6(REDIRECT, 0);

/// Where a revision keeps its fields: flags, min/max address, min/max/base port.
struct Layout {
    flags: usize,
    min_ip: usize,
    max_ip: usize,
    min_port: usize,
    max_port: usize,
    base_port: Option<usize>,
}

/// `nf_nat_ipv4_multi_range_compat` (IPv4's revision 0, 24 bytes) or `nf_nat_range(2)`.
fn layout(e: &Ext) -> Layout {
    if e.data.len() == 24 {
        Layout {
            flags: 4,
            min_ip: 8,
            max_ip: 12,
            min_port: 16,
            max_port: 18,
            base_port: None,
        }
    } else {
        Layout {
            flags: 0,
            min_ip: 4,
            max_ip: 20,
            min_port: 36,
            max_port: 38,
            base_port: (e.data.len() >= 48).then_some(40),
        }
    }
}

/// Revision 0 of IPv4 holds one range.
fn init(e: &mut Ext) {
    if e.data.len() == 24 {
        e.set_u32(0, 1);
    }
}

fn is(e: &Ext, name: &str) -> bool {
    e.def.name == name
}

fn flags(e: &Ext) -> u32 {
    e.u32(layout(e).flags)
}

fn add_flags(e: &mut Ext, f: u32) {
    let at = layout(e).flags;
    e.set_u32(at, e.u32(at) | f);
}

/// The address at `at` as text, in the family of the target.
fn ip_text(e: &Ext, at: usize) -> IpText {
    let a: IpAddr = if e.def.in_fam(Fam::V6) {
        let b: [u8; 16] = e.bytes(at, 16).try_into().unwrap_or([0; 16]);
        Ipv6Addr::from(b).into()
    } else {
        Ipv4Addr::from(ip(e, at)).into()
    };
    IpText::new(a)
}

fn ip(e: &Ext, at: usize) -> [u8; 4] {
    e.bytes(at, 4).try_into().unwrap_or([0; 4])
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    match o.id {
        TO => parse_to(e, arg.value, ctx),
        TO_PORTS => {
            need_ports(ctx)?;
            set_port_spec(e, arg.value)
        }
        RANDOM => {
            add_flags(e, PROTO_RANDOM);
            Ok(())
        }
        RANDOM_FULLY => {
            add_flags(e, PROTO_RANDOM_FULLY);
            Ok(())
        }
        _ => {
            add_flags(e, PERSISTENT);
            Ok(())
        }
    }
}

fn set_ports(e: &mut Ext, a: u16, b: u16) {
    let l = layout(e);
    e.set_be16(l.min_port, a);
    e.set_be16(l.max_port, b);
    add_flags(e, PROTO_SPECIFIED);
}

/// Ports need a protocol that has them: checked against the `-p` read so far (its
/// inversion is not looked at; icmp passes, as in iptables).
fn need_ports(ctx: &Ctx) -> crate::error::Result<()> {
    match ctx.proto {
        6 | 17 | 132 | 33 | 1 => Ok(()),
        _ => Err(bad("Need TCP, UDP, SCTP or DCCP with port specification")),
    }
}

/// `A[-B][:P[-Q]]` (DNAT also `:P-Q/BASE`).
fn parse_to(e: &mut Ext, arg: &str, ctx: &Ctx) -> crate::error::Result<()> {
    if ctx.fam.is_v6() {
        return parse_to6(e, arg, ctx);
    }
    // ports after the one colon (a word of several is all address)
    let (ips, ports_part) = match (arg.find(':'), arg.rfind(':')) {
        (Some(a), Some(b)) if a == b => (&arg[..a], Some(&arg[a + 1..])),
        _ => (arg, None),
    };
    if let Some(p) = ports_part {
        need_ports(ctx)?;
        set_port_spec(e, p)?;
    }
    if ips.is_empty() {
        return Ok(());
    }
    let (a, b) = ips.split_once('-').unwrap_or((ips, ips));
    let parse_ip = |s: &str| -> crate::error::Result<[u8; 4]> {
        s.parse::<Ipv4Addr>()
            .map(|a| a.octets())
            .map_err(|_| bad(format_args!("Bad IP address \"{s}\"")))
    };
    let (lo, hi) = (parse_ip(a)?, parse_ip(b)?);
    let l = layout(e);
    e.put(l.min_ip, &lo);
    e.put(l.max_ip, &hi);
    add_flags(e, MAP_IPS);
    Ok(())
}

/// `[A[-B]]:P[-Q]` (the port part after the first `:` that follows the brackets), `:P[-Q]`
/// (one colon), or `A[-B]` (an address has several colons): the ports read first, then the
/// numeric IPv6 addresses.
fn parse_to6(e: &mut Ext, arg: &str, ctx: &Ctx) -> crate::error::Result<()> {
    let (ips, ports_part) = if let Some(inner) = arg.strip_prefix('[') {
        let Some(end) = inner.find(']') else {
            return Err(bad("Invalid address format"));
        };
        let after = &inner[end + 1..];
        (&inner[..end], after.find(':').map(|at| &after[at + 1..]))
    } else {
        match (arg.find(':'), arg.rfind(':')) {
            (Some(a), Some(b)) if a == b => (&arg[..a], Some(&arg[a + 1..])),
            _ => (arg, None),
        }
    };
    if let Some(p) = ports_part {
        need_ports(ctx)?;
        if p.contains(':') {
            return Err(bad("Invalid port:port syntax - use dash"));
        }
        set_port_spec(e, p)?;
        if ips.is_empty() {
            return Ok(());
        }
    }
    let (a, b) = ips.split_once('-').unwrap_or((ips, ips));
    let parse_ip = |s: &str| -> crate::error::Result<[u8; 16]> {
        s.parse::<Ipv6Addr>()
            .map(|a| a.octets())
            .map_err(|_| bad(format_args!("Bad IP address \"{s}\"")))
    };
    let (lo, hi) = (parse_ip(a)?, parse_ip(b)?);
    let l = layout(e);
    e.put(l.min_ip, &lo);
    e.put(l.max_ip, &hi);
    add_flags(e, MAP_IPS);
    Ok(())
}

/// Revision 0 (one range), 1 and 2, as older and current iptables write them.
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    let size = match rev {
        0 if info.len() >= 24 && super::blob::ne32(info, 0) == 1 => 24,
        1 if info.len() >= 40 => 40,
        2 if info.len() >= 48 => 48,
        _ => return None,
    };
    Some(Ext::with(def, rev, &info[..size]))
}

/// ip6tables': `nf_nat_range` (revisions 0 and 1), `nf_nat_range2` (2).
fn decode6(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    let size = match rev {
        0 | 1 if info.len() >= 40 => 40,
        2 if info.len() >= 48 => 48,
        _ => return None,
    };
    Some(Ext::with(def, rev, &info[..size]))
}

/// `A[-B][:P[-Q]]` as -S and -L print it (IPv6 addresses with ports in brackets).
fn range_text(e: &Ext, out: &mut String) {
    let l = layout(e);
    let ports = flags(e) & PROTO_SPECIFIED != 0;
    if flags(e) & MAP_IPS != 0 {
        let v6 = e.def.in_fam(Fam::V6);
        let (lo, hi) = (ip_text(e, l.min_ip), ip_text(e, l.max_ip));
        if v6 && ports {
            out.push('[');
        }
        out.push_str(lo.as_str());
        if hi.as_str() != lo.as_str() {
            out.push('-');
            out.push_str(hi.as_str());
        }
        if v6 && ports {
            out.push(']');
        }
    }
    if ports {
        out.push(':');
        ports_text(e, out);
    }
}

fn ports_text(e: &Ext, out: &mut String) {
    let l = layout(e);
    let (a, b) = (e.be16(l.min_port), e.be16(l.max_port));
    out.push_str(&a.to_string());
    if b != a {
        out.push('-');
        out.push_str(&b.to_string());
    }
    if flags(e) & PROTO_OFFSET != 0 {
        out.push('/');
        out.push_str(&l.base_port.map_or(0, |at| e.be16(at)).to_string());
    }
}

fn to_word(e: &Ext) -> &'static str {
    if is(e, "SNAT") {
        "--to-source"
    } else {
        "--to-destination"
    }
}

fn mapped(e: &Ext) -> bool {
    is(e, "SNAT") || is(e, "DNAT")
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if mapped(e) {
        out.push(' ');
        out.push_str(to_word(e));
        out.push(' ');
        range_text(e, out);
    } else if flags(e) & PROTO_SPECIFIED != 0 {
        out.push_str(" --to-ports ");
        ports_text(e, out);
    }
    flag_words(e, out, " --");
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    if mapped(e) {
        out.push_str(" to:");
        range_text(e, out);
    } else if flags(e) & PROTO_SPECIFIED != 0 {
        out.push_str(if is(e, "MASQUERADE") {
            " masq ports: "
        } else {
            " redir ports "
        });
        ports_text(e, out);
    }
    flag_words(e, out, " ");
}

fn flag_words(e: &Ext, out: &mut String, lead: &str) {
    for (bit, word) in [
        (PROTO_RANDOM, "random"),
        (PROTO_RANDOM_FULLY, "random-fully"),
        (PERSISTENT, "persistent"),
    ] {
        if flags(e) & bit != 0 {
            out.push_str(lead);
            out.push_str(word);
        }
    }
}

/// `P[-Q[/B]]` as iptables reads it: numbers in any C base (blanks and a sign before them),
/// or a service name (the whole word, dashes and all) for a single port; each bad part
/// reported as the text from where its number starts.
fn ports(arg: &str) -> crate::error::Result<(u16, u16, Option<u16>)> {
    let not_valid = |s: &str| bad(format_args!("Port `{s}' not valid"));
    let port = |s: &str| {
        crate::cli::num::strtoul_prefix(s, 0).and_then(|(v, n)| Some((u16::try_from(v).ok()?, n)))
    };
    let Some((a, n)) = port(arg) else {
        if crate::cli::num::strtoul_prefix(arg, 0).is_none() {
            let named = crate::resolve::services::port_of(arg, "tcp")
                .or_else(|| crate::resolve::services::port_of(arg, "udp"));
            if let Some(p) = named {
                return Ok((p, p, None));
            }
        }
        return Err(not_valid(arg));
    };
    let rest = &arg[n..];
    if rest.is_empty() {
        return Ok((a, a, None));
    }
    let Some(second) = rest.strip_prefix('-') else {
        return Err(bad(format_args!("Garbage after port value: `{rest}'")));
    };
    let (b, n) = port(second).ok_or_else(|| not_valid(second))?;
    if b < a {
        return Err(bad(format_args!("Port range `{second}' funky")));
    }
    let rest = &second[n..];
    if rest.is_empty() {
        return Ok((a, b, None));
    }
    let Some(base) = rest.strip_prefix('/') else {
        return Err(bad(format_args!("Garbage after port range: `{rest}'")));
    };
    let shift = port(base)
        .map(|(v, _)| v)
        .filter(|&v| v != 0)
        .ok_or_else(|| not_valid(base))?;
    Ok((a, b, Some(shift)))
}

/// The ports of a target: DNAT keeps a shifted map's base; SNAT and MASQUERADE keep only that
/// there was one (the kernel's layout for them has no base); REDIRECT cannot have one.
fn set_port_spec(e: &mut Ext, spec: &str) -> crate::error::Result<()> {
    let (a, b, base) = ports(spec)?;
    if let Some(base) = base {
        if is(e, "REDIRECT") {
            return Err(bad("Shifted portmap ranges not supported with this kernel"));
        }
        if is(e, "DNAT") {
            if let Some(at) = layout(e).base_port {
                e.set_be16(at, base);
            }
        }
        add_flags(e, PROTO_OFFSET);
    }
    set_ports(e, a, b);
    Ok(())
}
