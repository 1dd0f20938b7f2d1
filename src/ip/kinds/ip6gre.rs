//! `type ip6gre|ip6gretap|ip6erspan …` (GRE over IPv6) and their details.

use super::gre::{self, Erspan, Keys};
use super::ip6tnl::{self, Ip6Opts};
use super::tunnel::{self, Encap, ENCAP_FLAG_CSUM6};
use crate::cli::{matches, Args};
use crate::error::Result;
use crate::ip::ifnames::Names;
use crate::netlink::attr::{self, Table};
use crate::netlink::rtnl::AF_INET6;
use crate::output::{Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

const ENCAP_LIMIT: u16 = 11;
const FLOWINFO: u16 = 12;
const FLAGS: u16 = 13;

/// The IFLA_INFO_DATA attributes of `type ip6gre|ip6gretap|ip6erspan WORDS`.
pub fn parse(kind: &str, args: &mut Args) -> Result<Vec<DefaultNla>> {
    let usage = gre::usage_text(kind).unwrap_or_default();
    let mut keys = Keys::default();
    let mut encap = Encap {
        flags: ENCAP_FLAG_CSUM6,
        ..Encap::default()
    };
    let mut erspan = Erspan::default();
    let mut o = Ip6Opts::default();
    let (mut local, mut remote) = ([0u8; 16], [0u8; 16]);
    let (mut link, mut external) = (0u32, false);
    while let Some(w) = args.next().map(str::to_string) {
        let w = w.as_str();
        if keys.word(w, args)? {
        } else if matches(w, "remote") {
            remote = tunnel::addr6(args.value()?)?;
        } else if matches(w, "local") {
            local = tunnel::addr6(args.value()?)?;
        } else if matches(w, "dev") {
            link = tunnel::dev(args.value()?)?;
        } else if matches(w, "ttl") || matches(w, "hoplimit") {
            o.hoplimit = tunnel::ttl(args.value()?, "invalid HLIM\n")?;
        } else if w == "encaplimit" {
            o.encaplimit(args.value()?, true)?;
        } else if matches(w, "tclass") || matches(w, "tos") || matches(w, "dsfield") {
            o.tclass(args.value()?)?;
        } else if w == "flowlabel" || w == "fl" {
            o.flowlabel(args.value()?)?;
        } else if w == "dscp" {
            o.dscp(args.value()?)?;
        } else if w == "fwmark" {
            o.fwmark(args.value()?)?;
        } else if o.word(w) || encap.word(w, args)? {
        } else if w == "external" {
            external = true;
        } else if erspan.word(w, args)? {
        } else {
            return Err(tunnel::usage(usage));
        }
    }
    if external {
        return Ok(vec![attr::bytes(gre::COLLECT_METADATA, &[])]);
    }
    let mut out = Vec::new();
    keys.push(&mut out);
    if local != [0; 16] {
        out.push(attr::bytes(gre::LOCAL, &local));
    }
    if remote != [0; 16] {
        out.push(attr::bytes(gre::REMOTE, &remote));
    }
    if link != 0 {
        out.push(attr::u32(gre::LINK, link));
    }
    out.push(attr::u8(gre::TTL, o.hoplimit));
    out.push(attr::u8(ENCAP_LIMIT, o.encap_limit));
    out.push(attr::bytes(FLOWINFO, &o.flowinfo.to_be_bytes()));
    out.push(attr::u32(FLAGS, o.flags));
    out.push(attr::u32(gre::FWMARK, o.fwmark));
    erspan.push(&mut out);
    encap.push(&mut out, gre::ENCAP_TYPE);
    Ok(out)
}

/// `[external] remote … local … [dev D] hoplimit … [encaplimit …] [tclass …] [flowlabel …]
/// [dscp inherit] keys [allow-localremote] [fwmark …] [erspan…] [encap…]`.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    let a: Table<32> = Table::new(data);
    if a.has(gre::COLLECT_METADATA) {
        p.value(
            Show::Any,
            Some("external"),
            format_args!("external "),
            &true,
        );
    }
    tunnel::print_endpoint(p, "remote", a.get(gre::REMOTE), AF_INET6);
    tunnel::print_endpoint(p, "local", a.get(gre::LOCAL), AF_INET6);
    tunnel::print_link(p, a.u32(gre::LINK), names);
    tunnel::print_ttl(p, "hoplimit", a.u8(gre::TTL).unwrap_or(0));
    let flags = a.u32(FLAGS).unwrap_or(0);
    ip6tnl::print_limits(p, flags, a.u8(ENCAP_LIMIT), a.get(FLOWINFO));
    gre::print_keys(p, &a);
    ip6tnl::print_local_remote_fwmark(p, flags, a.u32(gre::FWMARK));
    gre::print_erspan(p, &a);
    tunnel::print_encap(p, &a, gre::ENCAP_TYPE);
}
