//! One route as `ip route show` prints it (plain and JSON in one pass).

use super::metrics;
use crate::ip::ifnames::Names;
use crate::ip::prefix::family_name;
use crate::ip::rtnames;
use crate::ip::{iface, nhprint};
use crate::netlink::attr::{i32_of, u16_of, Table};
use crate::netlink::rtnl::route::{nexthops as route_nexthops, *};
use crate::netlink::rtnl::{ip_of, AF_INET6};
use crate::output::{Color, IpText, Printer, Show};
use std::io::Write;

/// What the selectors pinned, so the printer leaves it out (the reference does).
#[derive(Default, Clone, Copy)]
pub struct Pinned {
    pub dev: bool,
    pub gateway: bool,
    pub protocol: bool,
    pub scope: bool,
    /// The table is known from the selectors (a table named, or the main one by default).
    pub table: bool,
    pub tos: bool,
    /// Both realms were named (`realms FROM/TO`).
    pub realms: bool,
    pub metric: bool,
    /// A whole address was named as `src`.
    pub prefsrc: bool,
}

/// Route flags shown as words, in the reference's order.
const FLAGS: &[(u32, &str)] = &[
    (RTNH_F_DEAD, "dead"),
    (RTNH_F_ONLINK, "onlink"),
    (RTNH_F_PERVASIVE, "pervasive"),
    (RTNH_F_OFFLOAD, "offload"),
    (RTNH_F_TRAP, "trap"),
    (RTNH_F_LINKDOWN, "linkdown"),
    (RTNH_F_UNRESOLVED, "unresolved"),
    (RTM_F_OFFLOAD, "rt_offload"),
    (RTM_F_TRAP, "rt_trap"),
    (RTM_F_OFFLOAD_FAILED, "rt_offload_failed"),
];

/// The cache flags of a cloned route (`ip route get`), in the reference's order.
const CACHE_FLAGS: &[(u32, &str)] = &[
    (RTCF_LOCAL, "local"),
    (RTCF_BROADCAST, "brd"),
    (RTCF_MULTICAST, "mc"),
];

/// An address attribute with its prefix length as the reference writes it: `ADDR` for a
/// whole address, `ADDR/LEN`, `0/LEN` without the address, else `default` (None here).
fn prefix(r: &Route, kind: u16, len: u8) -> Option<Text> {
    let full = if r.family == AF_INET6 { 128 } else { 32 };
    match r.attr.get(kind).and_then(ip_of) {
        Some(a) if len == full => Some(host(a)),
        Some(a) => {
            let mut t = IpText::new(a);
            t.push_str("/");
            t.push_u8(len);
            Some(Text::Ip(t))
        }
        None if len > 0 => {
            let mut t = IpText::empty();
            t.push_str("0/");
            t.push_u8(len);
            Some(Text::Ip(t))
        }
        None => None,
    }
}

/// An address's text, on the stack, or a host name (`-r`).
enum Text {
    Ip(IpText),
    Name(String),
}

impl Text {
    fn as_str(&self) -> &str {
        match self {
            Text::Ip(t) => t.as_str(),
            Text::Name(n) => n,
        }
    }
}

/// A host address's text, or its name under `-r`.
fn host(a: std::net::IpAddr) -> Text {
    match rtnames::host_name(a) {
        Some(n) => Text::Name(n),
        None => Text::Ip(IpText::new(a)),
    }
}

/// Fixed text.
fn text(s: &str) -> Text {
    let mut t = IpText::empty();
    t.push_str(s);
    Text::Ip(t)
}

pub fn print<W: Write>(
    p: &mut Printer<W>,
    r: &Route,
    pin: Pinned,
    details: bool,
    names: &mut Names,
) {
    let color = Color::for_family(r.family);
    p.open_object(None);
    if r.rtype != RTN_UNICAST || details {
        let t = rtnames::route_type_n2a(r.rtype);
        p.value(Show::Any, Some("type"), format_args!("{t} "), t.as_str());
    }
    let dst = prefix(r, RTA_DST, r.dst_len).unwrap_or_else(|| text("default"));
    p.color_text(Show::Any, color, Some("dst"), dst.as_str(), " ");
    if r.tos != 0 && !pin.tos {
        let t = rtnames::dsfield_n2a(r.tos);
        p.value(Show::Any, Some("tos"), format_args!("tos {t} "), t.as_str());
    }
    if r.attr.has(RTA_SRC) {
        let from = prefix(r, RTA_SRC, r.src_len).unwrap_or_else(|| text("0"));
        p.fp_str("from ");
        p.color_text(Show::Any, color, Some("from"), from.as_str(), " ");
    }
    if let Some(id) = r.attr.u32(RTA_NH_ID) {
        p.value(Show::Any, Some("nhid"), format_args!("nhid {id} "), &id);
    }
    if !pin.gateway {
        gateway(p, r.family, &r.attr);
    }
    if let Some(i) = r.attr.u32(RTA_OIF).filter(|_| !pin.dev) {
        iface::print::dev(p, &names.ifname(i));
    }
    if (r.table != RT_TABLE_MAIN || details) && !pin.table {
        let t = rtnames::table_n2a(r.table);
        p.value(Show::Any, Some("table"), format_args!("table {t} "), &*t);
    }
    if r.protocol != RTPROT_UNSPEC && (r.protocol != RTPROT_BOOT || details) && !pin.protocol {
        let pr = rtnames::proto_n2a(r.protocol);
        p.fp_str("proto ");
        p.color_text(Show::Any, Color::None, Some("protocol"), &pr, " ");
    }
    // `-d` names every scope but a cloned route's (`ip route get`) global one
    let cloned = r.flags & RTM_F_CLONED != 0;
    if (r.scope != RT_SCOPE_UNIVERSE || (details && !cloned)) && !pin.scope {
        let s = rtnames::scope_n2a(r.scope);
        p.fp_str("scope ");
        p.color_text(Show::Any, Color::None, Some("scope"), &s, " ");
    }
    if let Some(src) = r
        .attr
        .get(RTA_PREFSRC)
        .and_then(ip_of)
        .filter(|_| !pin.prefsrc)
    {
        let src = host(src);
        let src = src.as_str();
        p.fp_str("src ");
        p.color_text(Show::Any, color, Some("prefsrc"), src, " ");
    }
    if let Some(m) = r.attr.u32(RTA_PRIORITY).filter(|_| !pin.metric) {
        p.value(Show::Any, Some("metric"), format_args!("metric {m} "), &m);
    }
    flags(p, r.flags);
    if let Some(flow) = r.attr.u32(RTA_FLOW).filter(|_| !pin.realms) {
        realms(p, flow);
    }
    if let Some(m) = r.attr.u32(RTA_MARK) {
        p.value(Show::Any, Some("mark"), format_args!("mark {m} "), &m);
    }
    if let Some(u) = r.attr.u32(RTA_UID) {
        p.value(Show::Any, Some("uid"), format_args!("uid {u} "), &u);
    }
    if let Some(e) = r
        .attr
        .get(RTA_CACHEINFO)
        .and_then(|c| c.get(8..))
        .and_then(i32_of)
        .filter(|&e| e != 0)
    {
        // clock ticks (USER_HZ) to seconds
        let secs = e / 100;
        p.value(
            Show::Any,
            Some("expires"),
            format_args!("expires {secs}sec "),
            &secs,
        );
    }
    if let Some(m) = r.attr.get(RTA_METRICS) {
        metrics::print(p, m);
    }
    if let Some(pref) = r.attr.u8(RTA_PREF) {
        let name = match pref {
            0 => "medium".to_string(),
            1 => "high".to_string(),
            3 => "low".to_string(),
            n => n.to_string(),
        };
        p.value(
            Show::Any,
            Some("pref"),
            format_args!("pref {name}"),
            name.as_str(),
        );
    }
    if let Some(id) = r.attr.u32(RTA_NH_ID).filter(|_| details) {
        nhprint::info(p, id, names);
    }
    if let Some(hops) = r.attr.get(RTA_MULTIPATH) {
        nexthops(p, r.family, hops, names);
    }
    if r.flags & RTM_F_CLONED != 0 {
        cache(p, r.flags);
        if let Some(i) = r.attr.u32(RTA_IIF) {
            p.fp_str("iif ");
            p.color_text(Show::Any, Color::Ifname, Some("iif"), &names.ifname(i), " ");
        }
    }
    p.fp_str("\n");
    p.close_object();
}

/// The flag words of a route or a nexthop (`"flags":[…]` in JSON, even when empty).
fn flags<W: Write>(p: &mut Printer<W>, flags: u32) {
    p.open_list(Show::Json, "flags", "");
    for &(bit, word) in FLAGS {
        if flags & bit != 0 {
            p.value(Show::Any, None, format_args!("{word} "), word);
        }
    }
    p.close_array(Show::Json, "");
}

/// `via GW` (RTA_GATEWAY), or `via FAMILY GW` for a gateway of another family (RTA_VIA).
fn gateway<W: Write, const N: usize>(p: &mut Printer<W>, family: u8, attr: &Table<'_, N>) {
    let color = Color::for_family(family);
    if let Some(gw) = attr.get(RTA_GATEWAY).and_then(ip_of) {
        let gw = host(gw);
        let gw = gw.as_str();
        p.fp_str("via ");
        p.color_text(Show::Any, color, Some("gateway"), gw, " ");
    } else if let Some(v) = attr.get(RTA_VIA).filter(|v| v.len() > 2) {
        let of = u16_of(v).and_then(|f| u8::try_from(f).ok()).unwrap_or(0);
        let Some(host) = ip_of(&v[2..]) else { return };
        let host = IpText::new(host);
        let host = host.as_str();
        let name = family_name(of);
        p.open_object(Some("via"));
        p.fp_str("via ");
        p.value(Show::Any, Some("family"), format_args!("{name} "), name);
        p.color_value(
            Show::Any,
            Color::for_family(of),
            Some("host"),
            format_args!("{host} "),
            host,
        );
        p.close_object();
    }
}

/// `realms FROM/TO`, or `realm TO` when FROM is 0 (`"flow":{"from":…,"to":…}`).
fn realms<W: Write>(p: &mut Printer<W>, flow: u32) {
    let (from, to) = (flow >> 16, flow & 0xffff);
    p.open_object(Some("flow"));
    if from != 0 {
        let f = rtnames::realm_n2a(from);
        p.fp_str("realms ");
        p.value(Show::Any, Some("from"), format_args!("{f}/"), &*f);
    } else {
        p.fp_str("realm ");
    }
    let t = rtnames::realm_n2a(to);
    p.value(Show::Any, Some("to"), format_args!("{t} "), &*t);
    p.close_object();
}

/// The nexthops of a multipath route: a line each (`\tnexthop via GW dev D weight N`),
/// `"nexthops":[…]` in JSON.
fn nexthops<W: Write>(p: &mut Printer<W>, family: u8, hops: &[u8], names: &mut Names) {
    p.open_list(Show::Json, "nexthops", "");
    for nh in route_nexthops(hops) {
        p.nl();
        p.fp_str("\tnexthop ");
        p.open_object(None);
        gateway(p, family, &nh.attr);
        if let Some(flow) = nh.attr.u32(RTA_FLOW) {
            realms(p, flow);
        }
        iface::print::dev(p, &names.ifname(nh.index));
        let w = u32::from(nh.hops) + 1;
        p.value(Show::Any, Some("weight"), format_args!("weight {w} "), &w);
        flags(p, u32::from(nh.flags));
        p.close_object();
    }
    p.close_array(Show::Json, "");
}

/// The line under a cloned route: `    cache <local,brd> ` / `"cache":["local","brd"]`.
fn cache<W: Write>(p: &mut Printer<W>, flags: u32) {
    p.nl();
    p.fp_str("    cache ");
    let mut first = true;
    p.open_list(Show::Json, "cache", "");
    for &(bit, word) in CACHE_FLAGS {
        if flags & bit != 0 {
            let lead = if std::mem::take(&mut first) { "<" } else { "," };
            p.value(Show::Any, None, format_args!("{lead}{word}"), word);
        }
    }
    p.close_array(Show::Json, "");
    if !first {
        p.fp_str("> ");
    }
}
