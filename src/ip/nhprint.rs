//! One nexthop object as `ip nexthop show` prints it (plain and JSON in one pass), shared by
//! `ip nexthop`, `ip route -d` (its `nh_info` lines) and `ip monitor`.

use crate::ip::ifnames::Names;
use crate::ip::{encap, iface, rtnames};
use crate::netlink::attr::{u16_of, u32_of, u64_of, Table};
use crate::netlink::rtnl::ip_of;
use crate::netlink::rtnl::nexthop::*;
use crate::netlink::rtnl::route::{
    RTNH_F_DEAD, RTNH_F_LINKDOWN, RTNH_F_OFFLOAD, RTNH_F_ONLINK, RTNH_F_PERVASIVE, RTNH_F_TRAP,
    RTNH_F_UNRESOLVED, RT_SCOPE_UNIVERSE,
};
use crate::output::{Color, IpText, Null, Printer, Show};
use std::io::Write;

/// Nexthop flags shown as words, in the reference's order.
const FLAGS: &[(u32, &str)] = &[
    (RTNH_F_DEAD, "dead"),
    (RTNH_F_ONLINK, "onlink"),
    (RTNH_F_PERVASIVE, "pervasive"),
    (RTNH_F_OFFLOAD, "offload"),
    (RTNH_F_TRAP, "trap"),
    (RTNH_F_LINKDOWN, "linkdown"),
    (RTNH_F_UNRESOLVED, "unresolved"),
];

/// Clock ticks (USER_HZ) per second, the unit of the kernel's nexthop timers.
pub const USER_HZ: u64 = 100;

/// Print `nh` as one object / line: `id N [group …] [type resilient …] [encap …] [via GW]
/// [dev D] [scope S] [blackhole] [proto P] [flags] [fdb]`; `details` (`-d`) adds the scope and
/// protocol when they are the defaults. The line ends with `"\n"`.
pub fn print<W: Write>(p: &mut Printer<W>, nh: &Nexthop, details: bool, names: &mut Names) {
    p.open_object(None);
    body(p, nh, details, names);
    p.fp_str("\n");
    p.close_object();
}

/// The members of [`print`] without the object around them and without the newline (what
/// `ip route -d` shows after `nh_info `).
pub fn body<W: Write>(p: &mut Printer<W>, nh: &Nexthop, details: bool, names: &mut Names) {
    if let Some(id) = nh.id() {
        p.value(Show::Any, Some("id"), format_args!("id {id} "), &id);
    }
    if nh.attr.has(NHA_GROUP) {
        group(p, nh);
    }
    if nh.attr.has(NHA_GROUP) && nh.group_type() == NEXTHOP_GRP_TYPE_RES {
        resilient(p, nh.attr.get(NHA_RES_GROUP).unwrap_or(&[]));
    }
    if let Some(e) = nh.attr.get(NHA_ENCAP) {
        let kind = nh.attr.get(NHA_ENCAP_TYPE).and_then(u16_of).unwrap_or(0);
        encap::print(p, kind, e);
    }
    if let Some(gw) = nh.attr.get(NHA_GATEWAY).and_then(ip_of) {
        let color = Color::for_family(nh.family);
        let host = match rtnames::host_name(gw) {
            Some(n) => n,
            None => IpText::new(gw).as_str().to_string(),
        };
        p.fp_str("via ");
        p.color_text(Show::Any, color, Some("gateway"), &host, " ");
    }
    if let Some(i) = nh.attr.get(NHA_OIF).and_then(u32_of) {
        iface::print::dev(p, &names.ifname(i));
    }
    if nh.scope != RT_SCOPE_UNIVERSE || details {
        let s = rtnames::scope_n2a(nh.scope);
        p.value(Show::Any, Some("scope"), format_args!("scope {s} "), &*s);
    }
    if nh.attr.has(NHA_BLACKHOLE) {
        p.value(
            Show::Any,
            Some("blackhole"),
            format_args!("blackhole "),
            &Null,
        );
    }
    if nh.protocol != 0 || details {
        let pr = rtnames::proto_n2a(nh.protocol);
        p.value(
            Show::Any,
            Some("protocol"),
            format_args!("proto {pr} "),
            &*pr,
        );
    }
    p.open_list(Show::Json, "flags", "");
    for &(bit, word) in FLAGS {
        if nh.flags & bit != 0 {
            p.value(Show::Any, None, format_args!("{word} "), word);
        }
    }
    p.close_array(Show::Json, "");
    if nh.attr.has(NHA_FDB) {
        p.value(Show::Any, Some("fdb"), format_args!("fdb"), &Null);
    }
}

/// `group ID[,WEIGHT]/…` (`"group":[{"id":…,"weight":…}]`, the weight only when not 1).
fn group<W: Write>(p: &mut Printer<W>, nh: &Nexthop) {
    p.fp_str("group ");
    p.open_list(Show::Json, "group", "");
    for (i, (id, weight)) in nh.group().enumerate() {
        if i > 0 {
            p.fp_str("/");
        }
        p.open_object(None);
        p.value(Show::Any, Some("id"), format_args!("{id}"), &id);
        if weight > 1 {
            p.value(
                Show::Any,
                Some("weight"),
                format_args!(",{weight}"),
                &weight,
            );
        }
        p.close_object();
    }
    p.close_array(Show::Json, "");
    p.fp_str(" ");
}

/// `type resilient buckets N idle_timer S unbalanced_timer S unbalanced_time S`
/// (`"resilient_args":{…}`), the timers in seconds.
fn resilient<W: Write>(p: &mut Printer<W>, nest: &[u8]) {
    p.value(
        Show::Any,
        Some("type"),
        format_args!("type resilient "),
        "resilient",
    );
    let t: Table<'_, 5> = Table::new(nest);
    p.open_object(Some("resilient_args"));
    if let Some(b) = t.u16(NHA_RES_GROUP_BUCKETS) {
        p.value(Show::Any, Some("buckets"), format_args!("buckets {b} "), &b);
    }
    for (k, key) in [
        (NHA_RES_GROUP_IDLE_TIMER, "idle_timer"),
        (NHA_RES_GROUP_UNBALANCED_TIMER, "unbalanced_timer"),
    ] {
        if let Some(v) = t.u32(k) {
            let s = u64::from(v) / USER_HZ;
            p.value(Show::Any, Some(key), format_args!("{key} {s} "), &s);
        }
    }
    if let Some(v) = t.get(NHA_RES_GROUP_UNBALANCED_TIME).and_then(u64_of) {
        let s = v / USER_HZ;
        p.value(
            Show::Any,
            Some("unbalanced_time"),
            format_args!("unbalanced_time {s} "),
            &s,
        );
    }
    p.close_object();
}
