//! One nexthop object as `ip nexthop show` prints it (plain and JSON in one pass), shared by
//! `ip nexthop`, `ip route -d` (its `nh_info` lines) and `ip monitor`.

use crate::ip::ifnames::Names;
use crate::ip::{encap, iface, rtnames, rtnl};
use crate::netlink::attr::{u16_of, u32_of, u64_of, Table};
use crate::netlink::rtnl::ip_of;
use crate::netlink::rtnl::nexthop::*;
use crate::netlink::rtnl::route::{
    RTNH_F_DEAD, RTNH_F_LINKDOWN, RTNH_F_OFFLOAD, RTNH_F_ONLINK, RTNH_F_PERVASIVE, RTNH_F_TRAP,
    RTNH_F_UNRESOLVED, RT_SCOPE_UNIVERSE,
};
use crate::netlink::{attr, Wire};
use crate::output::{Color, IpText, JsonValue, Null, Printer, Show};
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
            let s = seconds(u64::from(v));
            p.value(Show::Any, Some(key), format_args!("{key} {} ", s.0), &s);
        }
    }
    if let Some(v) = t.get(NHA_RES_GROUP_UNBALANCED_TIME).and_then(u64_of) {
        let s = seconds(v);
        p.value(
            Show::Any,
            Some("unbalanced_time"),
            format_args!("unbalanced_time {} ", s.0),
            &s,
        );
    }
    p.close_object();
}

/// The kernel's nexthop object `id` (one RTM_GETNEXTHOP), the message's payload.
pub fn fetch(id: u32) -> Option<Vec<u8>> {
    let mut m = vec![0u8; NHMSG_LEN];
    m.extend(attr::emit_all(&[attr::u32(NHA_ID, id)]));
    let mut sock = rtnl::open().ok()?;
    let mut found = None;
    rtnl::talk(&mut sock, Wire(RTM_GETNEXTHOP, &m), 0, &mut |msg| {
        if msg.kind == RTM_NEWNEXTHOP {
            found = Some(msg.payload.to_vec());
        }
        Ok(())
    })
    .ok()?;
    found
}

/// The `nh_info` line of a route naming nexthop object `id` (`ip route -d`):
/// `\tnh_info id N …` after a line break, `"nh_info":{…}` in JSON; nothing when the kernel
/// does not give the object.
pub fn info<W: Write>(p: &mut Printer<W>, id: u32, names: &mut Names) {
    let Some(m) = fetch(id) else { return };
    let Some(nh) = Nexthop::parse(&m) else { return };
    // a real line break, also under `-o`
    p.fp_str("\n\tnh_info ");
    p.open_object(Some("nh_info"));
    body(p, &nh, true, names);
    p.close_object();
}

/// A number as C's `%g` writes it, in both outputs.
pub struct G(pub String);

impl JsonValue for G {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> std::io::Result<()> {
        w.write_all(self.0.as_bytes())
    }
}

/// `%g`: six significant digits, trailing zeros dropped, exponent form below 1e-4 and from
/// 1e6 up.
pub fn fmt_g(v: f64) -> String {
    if v == 0.0 {
        return "0".to_string();
    }
    let exp = v.abs().log10().floor() as i32;
    let trim = |s: String| {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    };
    // rounding to six digits can carry into the next power of ten
    let e = format!("{v:.5e}");
    let (mant, ex) = e.split_once('e').unwrap_or((e.as_str(), "0"));
    let ex: i32 = ex.parse().unwrap_or(exp);
    if !(-4..6).contains(&ex) {
        let sign = if ex < 0 { '-' } else { '+' };
        return format!("{}e{sign}{:02}", trim(mant.to_string()), ex.abs());
    }
    let decimals = usize::try_from(5 - ex).unwrap_or(0);
    trim(format!("{v:.decimals$}"))
}

/// Clock ticks as seconds, written as `%g` writes them (`1.5`, `0.01`, `10`).
pub fn seconds(ticks: u64) -> G {
    G(fmt_g(ticks as f64 / USER_HZ as f64))
}
