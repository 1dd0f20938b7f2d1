//! One multicast route as `ip mroute` and `ip monitor` print it (plain and JSON in one pass).

use crate::ip::ifnames::Names;
use crate::ip::nhprint::{fmt_g, G};
use crate::ip::rtnames;
use crate::netlink::rtnl::route::{
    nexthops, Route, RTA_DST, RTA_EXPIRES, RTA_IIF, RTA_MULTIPATH, RTA_SRC, RTNH_F_UNRESOLVED,
};
use crate::netlink::rtnl::RTNL_FAMILY_IPMR;
use crate::output::{Color, IpText, Printer, Show};
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// RTA_MFC_STATS: struct rta_mfc_stats (packets, bytes, packets on the wrong interface).
const RTA_MFC_STATS: u16 = 17;

/// An address attribute of the family's size as text (`unknown` without one).
fn addr_text(family: u8, v: Option<&[u8]>) -> IpText {
    let Some(v) = v else {
        let mut t = IpText::empty();
        t.push_str("unknown");
        return t;
    };
    let mut b = [0u8; 16];
    let n = v.len().min(16);
    b[..n].copy_from_slice(&v[..n]);
    let ip = if family == RTNL_FAMILY_IPMR {
        IpAddr::V4(Ipv4Addr::new(b[0], b[1], b[2], b[3]))
    } else {
        IpAddr::V6(Ipv6Addr::from(b))
    };
    IpText::new(ip)
}

/// One multicast route: `(S,G)`, the incoming and outgoing interfaces, its state, with
/// `-s` its counters and age, and its table when `show_table`.
pub fn print<W: Write>(
    p: &mut Printer<W>,
    r: &Route,
    deleted: bool,
    show_table: bool,
    stats: bool,
    names: &mut Names,
) {
    p.open_object(None);
    if deleted {
        p.value(Show::Any, Some("deleted"), format_args!("Deleted "), &true);
    }
    let src = addr_text(r.family, r.attr.get(RTA_SRC));
    let dst = addr_text(r.family, r.attr.get(RTA_DST));
    p.json("src", src.as_str());
    p.json("dst", dst.as_str());
    let sg = format!("({},{})", src.as_str(), dst.as_str());
    p.fp(format_args!("{sg:<32} Iif: "));
    match r.attr.u32(RTA_IIF) {
        Some(i) => {
            let name = names.ifname(i);
            p.color_value(
                Show::Any,
                Color::Ifname,
                Some("iif"),
                format_args!("{name:<10} "),
                &*name,
            );
        }
        None => p.value(
            Show::Any,
            Some("iif"),
            format_args!("unresolved "),
            "unresolved",
        ),
    }
    if let Some(mp) = r.attr.get(RTA_MULTIPATH) {
        p.open_list(Show::Json, "multipath", "");
        for (i, nh) in nexthops(mp).enumerate() {
            if i == 0 {
                p.fp_str("Oifs: ");
            }
            p.open_object(None);
            let name = names.ifname(nh.index);
            p.color_text(Show::Any, Color::Ifname, Some("oif"), &name, "");
            if nh.hops > 1 {
                p.value(
                    Show::Any,
                    Some("ttl"),
                    format_args!("(ttl {})", nh.hops),
                    &nh.hops,
                );
            }
            p.fp_str(" ");
            p.close_object();
        }
        p.close_array(Show::Json, "");
    }
    let state = if r.flags & RTNH_F_UNRESOLVED != 0 {
        "unresolved"
    } else {
        "resolved"
    };
    p.value(
        Show::Any,
        Some("state"),
        format_args!(" State: {state}"),
        state,
    );
    if stats {
        if let Some(s) = r.attr.get(RTA_MFC_STATS).filter(|s| s.len() >= 16) {
            let u = |i: usize| {
                s.get(i..i + 8).map_or(0, |b| {
                    u64::from_ne_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
                })
            };
            let (pkts, bytes, wrong) = (u(0), u(8), u(16));
            p.nl();
            p.value(
                Show::Any,
                Some("packets"),
                format_args!("  {pkts} packets,"),
                &pkts,
            );
            p.value(
                Show::Any,
                Some("bytes"),
                format_args!(" {bytes} bytes"),
                &bytes,
            );
            if wrong != 0 {
                p.value(
                    Show::Any,
                    Some("wrong_if"),
                    format_args!(", {wrong} arrived on wrong iif."),
                    &wrong,
                );
            }
        }
        if let Some(ticks) = r.attr.u64(RTA_EXPIRES) {
            // clock ticks (USER_HZ 100) to a struct timeval, as the reference converts them
            let usecs = ticks.wrapping_mul(10_000);
            let (sec, usec) = (usecs / 1_000_000, usecs % 1_000_000);
            let g = G(fmt_g(sec as f64 + usec as f64 / 1e6));
            p.value(
                Show::Any,
                Some("expires"),
                format_args!(", Age {sec}.{:02}", usec / 10_000),
                &g,
            );
        }
    }
    if show_table {
        let t = rtnames::table_n2a(r.table);
        p.value(Show::Any, Some("table"), format_args!(" Table: {t}"), &*t);
    }
    p.fp_str("\n");
    p.close_object();
}
