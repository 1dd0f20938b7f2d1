//! `type ip6tnl …` (IPv4/IPv6 over IPv6) and its details; the IPv6 tunnel words (hoplimit,
//! encaplimit, tclass, flowlabel, dscp, fwmark, allow-localremote) that ip6gre shares.

use super::tunnel::{self, Encap, ENCAP_FLAG_CSUM6};
use crate::cli::num::{get_u8, strtoul};
use crate::cli::{invarg, matches, Args};
use crate::error::Result;
use crate::ip::ifnames::Names;
use crate::netlink::attr::{self, be32_of, Table};
use crate::netlink::rtnl::AF_INET6;
use crate::output::{pr, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

const LINK: u16 = 1;
const LOCAL: u16 = 2;
const REMOTE: u16 = 3;
const TTL: u16 = 4;
const ENCAP_LIMIT: u16 = 6;
const FLOWINFO: u16 = 7;
const FLAGS: u16 = 8;
const PROTO: u16 = 9;
const ENCAP_TYPE: u16 = 15;
const COLLECT_METADATA: u16 = 19;
const FWMARK: u16 = 20;

const IGN_ENCAP_LIMIT: u32 = 0x1;
const USE_ORIG_TCLASS: u32 = 0x2;
const USE_ORIG_FLOWLABEL: u32 = 0x4;
const RCV_DSCP_COPY: u32 = 0x10;
const USE_ORIG_FWMARK: u32 = 0x20;
const ALLOW_LOCAL_REMOTE: u32 = 0x40;
const FLOWINFO_TCLASS: u32 = 0x0ff0_0000;
const FLOWINFO_FLOWLABEL: u32 = 0x000f_ffff;

pub const USAGE: &str = include_str!("usage/ip6tnl.txt");

/// What the IPv6 tunnels share: hop limit, encapsulation limit, flow info, flags, fwmark.
pub struct Ip6Opts {
    pub hoplimit: u8,
    pub encap_limit: u8,
    /// Host order; sent in network order.
    pub flowinfo: u32,
    pub flags: u32,
    pub fwmark: u32,
}

impl Default for Ip6Opts {
    fn default() -> Self {
        Ip6Opts {
            hoplimit: 64,
            encap_limit: 4,
            flowinfo: 0,
            flags: 0,
            fwmark: 0,
        }
    }
}

impl Ip6Opts {
    /// `encaplimit none|N`; ip6gre refuses a bad number (`strict`), ip6tnl takes it as 0.
    pub fn encaplimit(&mut self, v: &str, strict: bool) -> Result<()> {
        if v == "none" {
            self.flags |= IGN_ENCAP_LIMIT;
            return Ok(());
        }
        self.encap_limit = match get_u8(v) {
            Some(n) => n,
            None if strict => return Err(invarg("invalid ELIM", v)),
            None => 0,
        };
        self.flags &= !IGN_ENCAP_LIMIT;
        Ok(())
    }

    /// `tclass inherit|HEX`.
    pub fn tclass(&mut self, v: &str) -> Result<()> {
        if v == "inherit" {
            self.flags |= USE_ORIG_TCLASS;
            self.flowinfo &= !FLOWINFO_TCLASS;
            return Ok(());
        }
        let t = strtoul(v, 16)
            .and_then(|t| u8::try_from(t).ok())
            .ok_or_else(|| invarg("invalid TClass", v))?;
        self.flowinfo = (self.flowinfo & !FLOWINFO_TCLASS) | (u32::from(t) << 20);
        self.flags &= !USE_ORIG_TCLASS;
        Ok(())
    }

    /// `flowlabel inherit|HEX`.
    pub fn flowlabel(&mut self, v: &str) -> Result<()> {
        if v == "inherit" {
            self.flags |= USE_ORIG_FLOWLABEL;
            self.flowinfo &= !FLOWINFO_FLOWLABEL;
            return Ok(());
        }
        let f = strtoul(v, 16)
            .filter(|&f| f <= u64::from(FLOWINFO_FLOWLABEL))
            .ok_or_else(|| invarg("invalid Flowlabel", v))?;
        self.flowinfo = (self.flowinfo & !FLOWINFO_FLOWLABEL) | f as u32;
        self.flags &= !USE_ORIG_FLOWLABEL;
        Ok(())
    }

    /// `dscp inherit` (nothing else).
    pub fn dscp(&mut self, v: &str) -> Result<()> {
        if v != "inherit" {
            return Err(invarg("not inherit", v));
        }
        self.flags |= RCV_DSCP_COPY;
        Ok(())
    }

    /// `fwmark inherit|MARK`.
    pub fn fwmark(&mut self, v: &str) -> Result<()> {
        if v == "inherit" {
            self.flags |= USE_ORIG_FWMARK;
            self.fwmark = 0;
        } else {
            self.fwmark = tunnel::fwmark(v)?;
            self.flags &= !USE_ORIG_FWMARK;
        }
        Ok(())
    }

    /// `[no]allow-localremote`.
    pub fn word(&mut self, w: &str) -> bool {
        match w {
            "allow-localremote" => self.flags |= ALLOW_LOCAL_REMOTE,
            "noallow-localremote" => self.flags &= !ALLOW_LOCAL_REMOTE,
            _ => return false,
        }
        true
    }
}

/// The IFLA_INFO_DATA attributes of `type ip6tnl WORDS`.
pub fn parse(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut encap = Encap {
        flags: ENCAP_FLAG_CSUM6,
        ..Encap::default()
    };
    let mut o = Ip6Opts::default();
    let (mut local, mut remote) = ([0u8; 16], [0u8; 16]);
    let (mut link, mut proto, mut external) = (0u32, 0u8, false);
    while let Some(w) = args.next().map(str::to_string) {
        let w = w.as_str();
        if w == "mode" {
            let v = args.value()?;
            proto = match v {
                "ipv6/ipv6" | "ip6ip6" => 41,
                "ip/ipv6" | "ipv4/ipv6" | "ipip6" | "ip4ip6" => 4,
                "any/ipv6" | "any" => 0,
                _ => return Err(invarg("Cannot guess tunnel mode.", v)),
            };
        } else if w == "remote" {
            remote = tunnel::addr6(args.value()?)?;
        } else if w == "local" {
            local = tunnel::addr6(args.value()?)?;
        } else if matches(w, "dev") {
            link = tunnel::dev(args.value()?)?;
        } else if w == "encaplimit" {
            o.encaplimit(args.value()?, false)?;
        } else if w == "hoplimit" || w == "ttl" {
            o.hoplimit = tunnel::ttl(args.value()?, "invalid HLIM\n")?;
        } else if w == "tclass" || w == "tc" || w == "tos" || matches(w, "dsfield") {
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
        } else {
            return Err(tunnel::usage(USAGE));
        }
    }
    let mut out = vec![attr::u8(PROTO, proto)];
    if external {
        out.push(attr::bytes(COLLECT_METADATA, &[]));
        return Ok(out);
    }
    if local != [0; 16] {
        out.push(attr::bytes(LOCAL, &local));
    }
    if remote != [0; 16] {
        out.push(attr::bytes(REMOTE, &remote));
    }
    out.push(attr::u8(TTL, o.hoplimit));
    out.push(attr::u8(ENCAP_LIMIT, o.encap_limit));
    out.push(attr::bytes(FLOWINFO, &o.flowinfo.to_be_bytes()));
    out.push(attr::u32(FLAGS, o.flags));
    out.push(attr::u32(LINK, link));
    out.push(attr::u32(FWMARK, o.fwmark));
    encap.push(&mut out, ENCAP_TYPE);
    Ok(out)
}

/// `encaplimit … tclass … flowlabel … [dscp inherit] `, as flags and attributes say.
pub fn print_limits<W: Write>(
    p: &mut Printer<W>,
    flags: u32,
    limit: Option<u8>,
    flowinfo: Option<&[u8]>,
) {
    // JSON names the flags (`"ip6_tnl_f_ign_encap_limit":true`) where the text says
    // `none` or `inherit`
    let flag = |p: &mut Printer<W>, key: &str, text: &str| {
        p.json(key, &true);
        p.fp_str(text);
    };
    if flags & IGN_ENCAP_LIMIT != 0 {
        flag(p, "ip6_tnl_f_ign_encap_limit", "encaplimit none ");
    } else if let Some(l) = limit {
        pr!(p, Any, "encap_limit", "encaplimit {} ", l);
    }
    let fi = flowinfo.and_then(be32_of);
    if flags & USE_ORIG_TCLASS != 0 {
        flag(p, "ip6_tnl_f_use_orig_tclass", "tclass inherit ");
    } else if let Some(fi) = fi {
        let t = (fi & FLOWINFO_TCLASS) >> 20;
        let s = format!("0x{t:02x}");
        p.value(
            Show::Any,
            Some("tclass"),
            format_args!("tclass {s} "),
            s.as_str(),
        );
    }
    if flags & USE_ORIG_FLOWLABEL != 0 {
        flag(p, "ip6_tnl_f_use_orig_flowlabel", "flowlabel inherit ");
    } else if let Some(fi) = fi {
        let s = format!("0x{:05x}", fi & FLOWINFO_FLOWLABEL);
        p.value(
            Show::Any,
            Some("flowlabel"),
            format_args!("flowlabel {s} "),
            s.as_str(),
        );
    }
    if flags & RCV_DSCP_COPY != 0 {
        flag(p, "ip6_tnl_f_rcv_dscp_copy", "dscp inherit ");
    }
}

/// `[allow-localremote] [fwmark inherit|0x…] `.
pub fn print_local_remote_fwmark<W: Write>(p: &mut Printer<W>, flags: u32, fwmark: Option<u32>) {
    if flags & ALLOW_LOCAL_REMOTE != 0 {
        p.json("ip6_tnl_f_allow_local_remote", &true);
        p.fp_str("allow-localremote ");
    }
    if flags & USE_ORIG_FWMARK != 0 {
        p.json("ip6_tnl_f_use_orig_fwmark", &true);
        p.fp_str("fwmark inherit ");
    } else if let Some(m) = fwmark.filter(|&m| m != 0) {
        tunnel::hex(p, "fwmark", "fwmark", u64::from(m));
    }
}

/// `[external] MODE remote … local … [dev D] hoplimit … [limits] [fwmark] [encap]`.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    let a: Table<32> = Table::new(data);
    tunnel::print_external(p, a.has(COLLECT_METADATA));
    if let Some(proto) = a.u8(PROTO) {
        let m = match proto {
            41 => "ip6ip6",
            4 => "ipip6",
            0 => "any",
            _ => "",
        };
        if !m.is_empty() {
            pr!(p, Any, "proto", "{} ", m);
        }
    }
    tunnel::print_endpoint(p, "remote", a.get(REMOTE), AF_INET6);
    tunnel::print_endpoint(p, "local", a.get(LOCAL), AF_INET6);
    tunnel::print_link(p, a.u32(LINK), names);
    tunnel::print_ttl(p, "hoplimit", a.u8(TTL).unwrap_or(0));
    let flags = a.u32(FLAGS).unwrap_or(0);
    print_limits(p, flags, a.u8(ENCAP_LIMIT), a.get(FLOWINFO));
    print_local_remote_fwmark(p, flags, a.u32(FWMARK));
    tunnel::print_encap(p, &a, ENCAP_TYPE);
}
