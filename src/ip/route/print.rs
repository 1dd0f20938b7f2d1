//! One route as `ip route show` prints it (plain and JSON in one pass).

use crate::ip::ifnames::Names;
use crate::ip::opts::Out;
use crate::ip::rtnames;
use crate::netlink::rtnl::route::*;
use crate::netlink::rtnl::{ip_of, AF_INET6};
use crate::output::{Color, Show};

/// What the selectors pinned, so the printer leaves it out (the reference does).
#[derive(Default, Clone, Copy)]
pub struct Pinned {
    pub dev: bool,
    pub gateway: bool,
    pub protocol: bool,
    pub scope: bool,
    /// A table was asked for by name or number (not `all`).
    pub table: bool,
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
];

/// The destination as the reference writes it: `default`, `ADDR` or `ADDR/LEN`.
fn destination(r: &Route) -> String {
    let full = if r.family == AF_INET6 { 128 } else { 32 };
    match r.attr.get(RTA_DST).and_then(ip_of) {
        Some(a) if r.dst_len == full => a.to_string(),
        Some(a) => format!("{a}/{}", r.dst_len),
        None if r.dst_len > 0 => format!("0/{}", r.dst_len),
        None => "default".to_string(),
    }
}

pub fn print(p: &mut Out, r: &Route, pin: Pinned, details: bool, names: &mut Names) {
    let color = Color::for_family(r.family);
    p.open_object(None);
    if r.rtype != RTN_UNICAST || details {
        let t = rtnames::route_type_n2a(r.rtype);
        p.value(Show::Any, Some("type"), format_args!("{t} "), t.as_str());
    }
    let dst = destination(r);
    p.color_value(
        Show::Any,
        color,
        Some("dst"),
        format_args!("{dst} "),
        dst.as_str(),
    );
    if let Some(gw) = r
        .attr
        .get(RTA_GATEWAY)
        .and_then(ip_of)
        .filter(|_| !pin.gateway)
    {
        let gw = gw.to_string();
        p.fp_str("via ");
        p.color_value(
            Show::Any,
            color,
            Some("gateway"),
            format_args!("{gw} "),
            gw.as_str(),
        );
    }
    if let Some(i) = r.attr.u32(RTA_OIF).filter(|_| !pin.dev) {
        let dev = names.ifname(i);
        p.fp_str("dev ");
        p.color_value(
            Show::Any,
            Color::Ifname,
            Some("dev"),
            format_args!("{dev} "),
            dev.as_str(),
        );
    }
    if r.table != RT_TABLE_MAIN && !pin.table {
        let t = rtnames::table_n2a(r.table);
        p.value(
            Show::Any,
            Some("table"),
            format_args!("table {t} "),
            t.as_str(),
        );
    }
    if (r.protocol != RTPROT_BOOT || details) && !pin.protocol {
        let pr = rtnames::proto_n2a(r.protocol);
        p.value(
            Show::Any,
            Some("protocol"),
            format_args!("proto {pr} "),
            pr.as_str(),
        );
    }
    if (r.scope != RT_SCOPE_UNIVERSE || details) && !pin.scope {
        let s = rtnames::scope_n2a(r.scope);
        p.value(
            Show::Any,
            Some("scope"),
            format_args!("scope {s} "),
            s.as_str(),
        );
    }
    if let Some(src) = r.attr.get(RTA_PREFSRC).and_then(ip_of) {
        let src = src.to_string();
        p.fp_str("src ");
        p.color_value(
            Show::Any,
            color,
            Some("prefsrc"),
            format_args!("{src} "),
            src.as_str(),
        );
    }
    if let Some(m) = r.attr.u32(RTA_PRIORITY) {
        p.value(Show::Any, Some("metric"), format_args!("metric {m} "), &m);
    }
    p.open_list(Show::Json, "flags", "");
    for &(bit, word) in FLAGS {
        if r.flags & bit != 0 {
            p.value(Show::Any, None, format_args!("{word} "), word);
        }
    }
    p.close_array(Show::Json, "");
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
    p.fp_str("\n");
    p.close_object();
}
