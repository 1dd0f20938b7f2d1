//! `ip route add|change|replace|prepend|append|delete ROUTE`: one RTM_NEWROUTE/RTM_DELROUTE
//! with the reference's defaults (proto boot, scope link for routes without a gateway, the
//! main table) and its complaints.

use super::metrics::Metrics;
use super::nexthop::{self, Index};
use crate::cli::num::{get_u32, get_u8};
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

/// Read the route of an add/change/replace/prepend/append/delete (`cmd`) and build the
/// request's payload: struct rtmsg, then the attributes in the reference's order (those
/// of the words as they come, then RTA_OIF, RTA_METRICS and RTA_MULTIPATH).
pub fn build(args: &mut Args, opts: &Opts, cmd: u16, index: Index) -> Result<Vec<u8>> {
    let create = cmd != RTM_DELROUTE;
    let mut family = opts.family;
    let (mut dst_len, mut src_len, mut tos) = (0u8, 0u8, 0u8);
    let mut table: Option<u32> = None;
    let mut protocol = if create { RTPROT_BOOT } else { 0 };
    let mut scope: Option<u8> = None;
    let mut rtype = if create { RTN_UNICAST } else { 0 };
    let mut flags = 0u32;
    let mut have_dst = false;
    let mut type_given = false;
    let mut gateway = false;
    let mut dev: Option<String> = None;
    let mut attrs: Vec<DefaultNla> = Vec::new();
    let mut metrics = Metrics::default();
    let mut multipath: Option<Vec<u8>> = None;
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "src" => {
                let a = get_addr(args.value()?, family)?;
                family = a.family;
                attrs.push(attr::bytes(RTA_PREFSRC, a.bytes()));
            }
            "from" => {
                let p = get_prefix(args.value()?, family)?;
                family = p.family;
                src_len = p.bitlen.min(255) as u8;
                if !p.bytes().is_empty() && src_len > 0 {
                    attrs.push(attr::bytes(RTA_SRC, p.bytes()));
                }
            }
            "via" => {
                attrs.push(nexthop::via(args, &mut family)?);
                gateway = true;
            }
            "tos" | "dsfield" => {
                let v = args.value()?;
                tos = rtnames::dsfield_a2n(v)
                    .ok_or_else(|| invarg("\"tos\" value is invalid\n", v))?;
            }
            "pref" => {
                let v = args.value()?;
                let pref = match v {
                    "low" => 3,
                    "medium" => 0,
                    "high" => 1,
                    _ => get_u8(v).ok_or_else(|| invarg("\"pref\" value is invalid\n", v))?,
                };
                attrs.push(attr::u8(RTA_PREF, pref));
            }
            _ if is_metric_word(&w) => attrs.push(attr::u32(RTA_PRIORITY, metric(args)?)),
            "scope" => {
                let v = args.value()?;
                scope = Some(
                    rtnames::scope_a2n(v).ok_or_else(|| invarg("invalid \"scope\" value\n", v))?,
                );
            }
            "table" => {
                let v = args.value()?;
                let t = rtnames::table_a2n(v)
                    .ok_or_else(|| invarg("\"table\" value is invalid\n", v))?;
                if t > 255 {
                    attrs.push(attr::u32(RTA_TABLE, t));
                }
                table = Some(t);
            }
            "dev" | "oif" => dev = Some(args.value()?.to_string()),
            _ if matches(&w, "protocol") => {
                let v = args.value()?;
                protocol = rtnames::proto_a2n(v)
                    .ok_or_else(|| invarg("\"protocol\" value is invalid\n", v))?;
            }
            "onlink" => flags |= RTNH_F_ONLINK,
            "realms" | "realm" => attrs.push(nexthop::realms(args.value()?)?),
            "expires" => {
                let v = args.value()?;
                let e = get_u32(v).ok_or_else(|| invarg("\"expires\" value is invalid\n", v))?;
                attrs.push(attr::u32(RTA_EXPIRES, e));
            }
            "nhid" => {
                let v = args.value()?;
                let id = get_u32(v).ok_or_else(|| invarg("\"id\" value is invalid\n", v))?;
                attrs.push(attr::u32(RTA_NH_ID, id));
                // the nexthop object holds the gateway or device: not a link route
                gateway = true;
            }
            "ttl-propagate" => {
                let v = args.value()?;
                let on = match v {
                    "enabled" => 1,
                    "disabled" => 0,
                    _ => return Err(invarg("\"ttl-propagate\" value is invalid\n", v)),
                };
                attrs.push(attr::u8(RTA_TTL_PROPAGATE, on));
            }
            "nexthop" => {
                multipath = Some(nexthop::parse(args, &mut family, index)?);
                gateway = true;
            }
            _ if matches(&w, "help") => return Err(Error::ip_usage_text(usage::ROUTE)),
            "as" | "encap" | "vrf" => return Err(not_yet(&w)),
            _ if metrics.word(&w, args)? => {}
            _ => {
                let mut v = if w == "to" {
                    args.value()?.to_string()
                } else {
                    w.clone()
                };
                if !type_given && !have_dst {
                    if let Some(t) = route_type(&v) {
                        rtype = t;
                        type_given = true;
                        v = args.value()?.to_string();
                    }
                }
                if have_dst {
                    return Err(duparg2("to", &v));
                }
                let p = get_prefix(&v, family)?;
                if family == 0 {
                    family = p.family;
                }
                dst_len = p.bitlen.min(255) as u8;
                have_dst = true;
                if !p.bytes().is_empty() && dst_len > 0 {
                    attrs.push(attr::bytes(RTA_DST, p.bytes()));
                }
            }
        }
    }
    if !have_dst {
        return Err(Error::ip_usage_text(usage::ROUTE));
    }
    if family == 0 {
        family = AF_INET;
    }
    if let Some(d) = &dev {
        attrs.push(attr::u32(
            RTA_OIF,
            index(d).ok_or_else(|| ifnames::cannot_find(d))?,
        ));
    }
    attrs.extend(metrics.attr());
    if let Some(hops) = multipath {
        attrs.push(attr::bytes(RTA_MULTIPATH, &hops));
    }
    let scope = scope.unwrap_or(if family == AF_INET6 || family == AF_MPLS {
        RT_SCOPE_UNIVERSE
    } else if rtype == RTN_LOCAL || rtype == RTN_NAT {
        RT_SCOPE_HOST
    } else if matches!(rtype, RTN_BROADCAST | RTN_MULTICAST | RTN_ANYCAST) {
        RT_SCOPE_LINK
    } else if cmd == RTM_DELROUTE {
        RT_SCOPE_NOWHERE
    } else if rtype == RTN_UNICAST && !gateway {
        RT_SCOPE_LINK
    } else {
        RT_SCOPE_UNIVERSE
    });
    let table = table.unwrap_or(
        if matches!(rtype, RTN_LOCAL | RTN_BROADCAST | RTN_NAT | RTN_ANYCAST) {
            RT_TABLE_LOCAL
        } else {
            RT_TABLE_MAIN
        },
    );
    let mut m = vec![
        family,
        dst_len,
        src_len,
        tos,
        u8::try_from(table).unwrap_or(0),
        protocol,
        scope,
        rtype,
    ];
    m.extend_from_slice(&flags.to_ne_bytes());
    m.extend(attr::emit_all(&attrs));
    Ok(m)
}

/// `metric`, `priority` or `preference` (abbreviated as the reference allows).
pub(super) fn is_metric_word(w: &str) -> bool {
    matches(w, "metric") || matches(w, "priority") || matches(w, "preference")
}

/// The value after a metric word.
pub(super) fn metric(args: &mut Args) -> Result<u32> {
    let v = args.value()?;
    get_u32(v).ok_or_else(|| invarg("\"metric\" value is invalid\n", v))
}

/// A route type word (names only: a number here is a prefix).
fn route_type(w: &str) -> Option<u8> {
    rtnames::route_type_a2n(w).filter(|_| !w.starts_with(|c: char| c.is_ascii_digit()))
}

fn run(args: &mut Args, opts: &Opts, cmd: u16, flags: u16) -> Result<()> {
    if args.is_empty() {
        return Err(Error::ip_usage_text(usage::ROUTE));
    }
    let m = build(args, opts, cmd, &ifnames::index)?;
    rtnl::ack(&mut *rtnl::open()?, Wire(cmd, &m), flags)
}
