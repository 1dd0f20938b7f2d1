//! `ip route add|change|replace|prepend|append|delete ROUTE`: one RTM_NEWROUTE/RTM_DELROUTE
//! with the reference's defaults (proto boot, scope link for routes without a gateway, the
//! main table) and its complaints.

use crate::cli::num::get_u32;
use crate::cli::{duparg2, invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::opts::Opts;
use crate::ip::prefix::{get_addr, get_prefix};
use crate::ip::{ifnames, rtnames, rtnl, usage};
use crate::netlink::attr;
use crate::netlink::rtnl::route::*;
use crate::netlink::rtnl::{AF_INET, AF_INET6, AF_MPLS, RTM_DELROUTE, RTM_NEWROUTE};
use crate::netlink::Wire;
use netlink_packet_core::{DefaultNla, NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE};

pub fn add(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL)
}

pub fn change(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWROUTE, NLM_F_REPLACE)
}

pub fn replace(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_REPLACE)
}

pub fn prepend(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWROUTE, NLM_F_CREATE)
}

pub fn append(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_APPEND)
}

pub fn delete(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_DELROUTE, 0)
}

fn not_yet(what: &str) -> Error {
    Error::ip_fail(format_args!(
        "ipkit: \"ip route ... {what}\" is not implemented yet"
    ))
}

/// The request: struct rtmsg and its attributes, in the reference's order.
struct Request {
    family: u8,
    dst_len: u8,
    /// None: the main table, or the local one for local, broadcast, nat and anycast routes.
    table: Option<u32>,
    protocol: u8,
    scope: Option<u8>,
    rtype: u8,
    flags: u32,
    dst: Option<Vec<u8>>,
    attrs: Vec<DefaultNla>,
    gateway: bool,
    dev: Option<String>,
}

fn parse(args: &mut Args, opts: &Opts, cmd: u16) -> Result<Request> {
    let create = cmd != RTM_DELROUTE;
    let mut q = Request {
        family: opts.family,
        dst_len: 0,
        table: None,
        protocol: if create { RTPROT_BOOT } else { 0 },
        scope: None,
        rtype: if create { RTN_UNICAST } else { 0 },
        flags: 0,
        dst: None,
        attrs: Vec::new(),
        gateway: false,
        dev: None,
    };
    let mut type_given = false;
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "src" => {
                let a = get_addr(args.value()?, q.family)?;
                q.family = a.family;
                q.attrs.push(attr::bytes(RTA_PREFSRC, a.bytes()));
            }
            "via" => {
                let mut v = args.value()?.to_string();
                let mut family = q.family;
                if let Some(f) = [("inet", AF_INET), ("inet6", AF_INET6)]
                    .iter()
                    .find(|(n, _)| *n == v)
                    .map(|&(_, f)| f)
                {
                    family = f;
                    v = args.value()?.to_string();
                }
                let a = get_addr(&v, family)?;
                if q.family == 0 {
                    q.family = a.family;
                }
                if a.family == q.family {
                    q.attrs.push(attr::bytes(RTA_GATEWAY, a.bytes()));
                } else {
                    let mut via = u16::from(a.family).to_ne_bytes().to_vec();
                    via.extend_from_slice(a.bytes());
                    q.attrs.push(attr::bytes(RTA_VIA, &via));
                }
                q.gateway = true;
            }
            _ if matches(&w, "metric") || matches(&w, "priority") || matches(&w, "preference") => {
                let v = args.value()?;
                let m = get_u32(v).ok_or_else(|| invarg("\"metric\" value is invalid\n", v))?;
                q.attrs.push(attr::u32(RTA_PRIORITY, m));
            }
            "scope" => {
                let v = args.value()?;
                let s =
                    rtnames::scope_a2n(v).ok_or_else(|| invarg("invalid \"scope\" value\n", v))?;
                q.scope = Some(s);
            }
            "table" => {
                let v = args.value()?;
                q.table = Some(
                    rtnames::table_a2n(v)
                        .ok_or_else(|| invarg("\"table\" value is invalid\n", v))?,
                );
            }
            "dev" | "oif" => q.dev = Some(args.value()?.to_string()),
            _ if matches(&w, "protocol") => {
                let v = args.value()?;
                q.protocol = rtnames::proto_a2n(v)
                    .ok_or_else(|| invarg("\"protocol\" value is invalid\n", v))?;
            }
            "onlink" => q.flags |= RTNH_F_ONLINK,
            "pervasive" => q.flags |= RTNH_F_PERVASIVE,
            _ if matches(&w, "help") => return Err(Error::ip_usage_text(usage::ROUTE)),
            "from" | "tos" | "dsfield" | "as" | "nexthop" | "nhid" | "encap" | "mtu" | "advmss"
            | "realms" | "realm" | "expires" | "pref" | "hoplimit" | "initcwnd" | "initrwnd"
            | "rtt" | "rttvar" | "window" | "cwnd" | "ssthresh" | "reordering" | "rto_min"
            | "features" | "quickack" | "congctl" | "fastopen_no_cookie" | "ttl-propagate"
            | "vrf" | "weight" | "lock" => return Err(not_yet(&w)),
            _ => {
                let mut v = if w == "to" {
                    args.value()?.to_string()
                } else {
                    w.clone()
                };
                if !type_given && q.dst.is_none() {
                    if let Some(t) = route_type(&v) {
                        q.rtype = t;
                        type_given = true;
                        v = args.value()?.to_string();
                    }
                }
                if q.dst.is_some() {
                    return Err(duparg2("to", &v));
                }
                let p = get_prefix(&v, q.family)?;
                if q.family == 0 {
                    q.family = p.family;
                }
                q.dst_len = p.bitlen.min(255) as u8;
                q.dst = Some(p.bytes().to_vec());
            }
        }
    }
    if q.dst.is_none() {
        return Err(Error::ip_usage_text(usage::ROUTE));
    }
    if q.family == 0 {
        q.family = AF_INET;
    }
    Ok(q)
}

/// A route type word (names only: a number here is a prefix).
fn route_type(w: &str) -> Option<u8> {
    rtnames::route_type_a2n(w).filter(|_| !w.starts_with(|c: char| c.is_ascii_digit()))
}

fn run(args: &mut Args, opts: &Opts, cmd: u16, flags: u16) -> Result<()> {
    if args.is_empty() {
        return Err(Error::ip_usage_text(usage::ROUTE));
    }
    let q = parse(args, opts, cmd)?;
    let oif = match &q.dev {
        Some(d) => Some(ifnames::require(d)?),
        None => None,
    };
    let scope = q
        .scope
        .unwrap_or(if q.family == AF_INET6 || q.family == AF_MPLS {
            RT_SCOPE_UNIVERSE
        } else if q.rtype == RTN_LOCAL || q.rtype == RTN_NAT {
            RT_SCOPE_HOST
        } else if matches!(q.rtype, RTN_BROADCAST | RTN_MULTICAST | RTN_ANYCAST) {
            RT_SCOPE_LINK
        } else if cmd == RTM_DELROUTE {
            RT_SCOPE_NOWHERE
        } else if q.rtype == RTN_UNICAST && !q.gateway {
            RT_SCOPE_LINK
        } else {
            RT_SCOPE_UNIVERSE
        });
    let table = q.table.unwrap_or(
        if matches!(q.rtype, RTN_LOCAL | RTN_BROADCAST | RTN_NAT | RTN_ANYCAST) {
            RT_TABLE_LOCAL
        } else {
            RT_TABLE_MAIN
        },
    );
    let mut m = vec![
        q.family,
        q.dst_len,
        0,
        0,
        u8::try_from(table).unwrap_or(0),
        q.protocol,
        scope,
        q.rtype,
    ];
    m.extend_from_slice(&q.flags.to_ne_bytes());
    let mut items = Vec::new();
    if let Some(d) = q.dst.as_ref().filter(|d| !d.is_empty() && q.dst_len > 0) {
        items.push(attr::bytes(RTA_DST, d));
    }
    items.extend(q.attrs);
    if table > 255 {
        items.push(attr::u32(RTA_TABLE, table));
    }
    if let Some(i) = oif {
        items.push(attr::u32(RTA_OIF, i));
    }
    m.extend(attr::emit_all(&items));
    rtnl::ack(&mut *rtnl::open()?, Wire(cmd, &m), flags)
}
