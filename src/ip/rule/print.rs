//! One rule as `ip rule show` prints it (plain and JSON in one pass).

use super::values::ipproto_name;
use crate::ip::rtnames;
use crate::netlink::attr::be64_of;
use crate::netlink::rtnl::ip_of;
use crate::netlink::rtnl::route::RTPROT_UNSPEC;
use crate::netlink::rtnl::rule::*;
use crate::output::{Color, IpText, Null, Printer, Show};
use std::io::Write;

/// RTPROT_KERNEL: the protocol of the kernel's own rules, left out without `-d`.
const RTPROT_KERNEL: u8 = 2;

/// `from`/`to`: the address (coloured) and `/LEN` when it is not a whole address; `all`
/// for no address.
fn prefix<W: Write>(
    p: &mut Printer<W>,
    r: &Rule,
    kind: u16,
    len: u8,
    key: &str,
    lkey: &str,
) -> bool {
    let Some(a) = r.attr.get(kind).and_then(ip_of) else {
        return false;
    };
    let text = IpText::new(a);
    p.color_text(
        Show::Any,
        Color::for_family(r.family),
        Some(key),
        text.as_str(),
        "",
    );
    let full = if a.is_ipv4() { 32 } else { 128 };
    if len != full {
        slash_len(p, lkey, len);
    }
    true
}

/// `/LEN` (JSON: the number under `key`), without the formatting machinery.
fn slash_len<W: Write>(p: &mut Printer<W>, key: &str, len: u8) {
    let mut t = IpText::empty();
    t.push_str("/");
    t.push_dec(len.into());
    p.text_value(Show::Any, Color::None, Some(key), t.as_str(), "", &len);
}

/// `0x…` (lower-case hex), without the formatting machinery.
fn hex_text(v: u32) -> IpText {
    let mut t = IpText::empty();
    t.push_str("0x");
    t.push_hex(v.into());
    t
}

/// A device name and ` [detached]` when the device is gone.
fn device<W: Write>(p: &mut Printer<W>, name: &str, key: &str, detached: bool) {
    p.fp(format_args!(" {key} "));
    p.color_text(Show::Any, Color::Ifname, Some(key), name, "");
    if detached {
        p.value(
            Show::Any,
            Some(&format!("{key}_detached")),
            format_args!(" [detached]"),
            &Null,
        );
    }
}

/// A port range: one number, or its start and end.
fn ports<W: Write>(p: &mut Printer<W>, key: &str, (a, b): (u16, u16)) {
    if a == b {
        p.value(Show::Any, Some(key), format_args!(" {key} {a}"), &a);
    } else {
        p.fp(format_args!(" {key} "));
        p.value(
            Show::Any,
            Some(&format!("{key}_start")),
            format_args!("{a}"),
            &a,
        );
        p.value(
            Show::Any,
            Some(&format!("{key}_end")),
            format_args!("-{b}"),
            &b,
        );
    }
}

pub fn print<W: Write>(p: &mut Printer<W>, r: &Rule, details: bool) {
    p.open_object(None);
    let mut prio = IpText::empty();
    prio.push_dec(r.priority.into());
    p.text_value(
        Show::Any,
        Color::None,
        Some("priority"),
        prio.as_str(),
        ":\t",
        &r.priority,
    );
    if r.flags & FIB_RULE_INVERT != 0 {
        p.value(Show::Any, Some("not"), format_args!("not "), &Null);
    }
    p.fp_str("from ");
    if !prefix(p, r, FRA_SRC, r.src_len, "src", "srclen") {
        if r.src_len > 0 {
            p.value(Show::Any, Some("src"), format_args!("0"), "0");
            p.value(
                Show::Any,
                Some("srclen"),
                format_args!("/{}", r.src_len),
                &r.src_len,
            );
        } else {
            p.value(Show::Any, Some("src"), format_args!("all"), "all");
        }
    }
    if r.attr.has(FRA_DST) {
        p.fp_str(" to ");
        prefix(p, r, FRA_DST, r.dst_len, "dst", "dstlen");
    } else if r.dst_len > 0 {
        p.fp_str(" to ");
        p.value(Show::Any, Some("dst"), format_args!("0"), "0");
        p.value(
            Show::Any,
            Some("dstlen"),
            format_args!("/{}", r.dst_len),
            &r.dst_len,
        );
    }
    if r.tos != 0 {
        let t = rtnames::dsfield_n2a(r.tos);
        p.value(Show::Any, Some("tos"), format_args!(" tos {t}"), t.as_str());
    }
    if r.attr.has(FRA_FWMARK) || r.attr.has(FRA_FWMASK) {
        let mark = r.attr.u32(FRA_FWMARK).unwrap_or(0);
        let mask = r.attr.u32(FRA_FWMASK).unwrap_or(u32::MAX);
        p.fp_str(" fwmark ");
        let m = hex_text(mark);
        p.color_text(Show::Any, Color::None, Some("fwmark"), m.as_str(), "");
        if mask != u32::MAX {
            p.fp_str("/");
            let k = hex_text(mask);
            p.color_text(Show::Any, Color::None, Some("fwmask"), k.as_str(), "");
        }
    }
    if let Some(n) = r.attr.str(FRA_IIFNAME) {
        device(p, n, "iif", r.flags & FIB_RULE_IIF_DETACHED != 0);
    }
    if let Some(n) = r.attr.str(FRA_OIFNAME) {
        device(p, n, "oif", r.flags & FIB_RULE_OIF_DETACHED != 0);
    }
    if r.attr.u8(FRA_L3MDEV).is_some_and(|v| v != 0) {
        p.value(
            Show::Any,
            Some("l3mdev"),
            format_args!(" lookup [l3mdev-table]"),
            &Null,
        );
    }
    if let Some((a, b)) = r.uid_range() {
        p.fp_str(" uidrange ");
        p.value(Show::Any, Some("uid_start"), format_args!("{a}"), &a);
        p.value(Show::Any, Some("uid_end"), format_args!("-{b}"), &b);
    }
    if let Some(n) = r.attr.u8(FRA_IP_PROTO) {
        let name = ipproto_name(n);
        p.value(
            Show::Any,
            Some("ipproto"),
            format_args!(" ipproto {name}"),
            name.as_str(),
        );
    }
    if let Some(range) = r.port_range(FRA_SPORT_RANGE) {
        ports(p, "sport", range);
    }
    if let Some(range) = r.port_range(FRA_DPORT_RANGE) {
        ports(p, "dport", range);
    }
    if let Some(id) = r.attr.get(FRA_TUN_ID).and_then(be64_of) {
        p.value(Show::Any, Some("tun_id"), format_args!(" tun_id {id}"), &id);
    }
    if r.table != 0 {
        let t = rtnames::table_n2a(r.table);
        p.fp_str(" lookup ");
        p.color_text(Show::Any, Color::None, Some("table"), &t, "");
        if let Some(n) = r
            .attr
            .u32(FRA_SUPPRESS_PREFIXLEN)
            .filter(|&n| n != u32::MAX)
        {
            let n = n as i32;
            p.value(
                Show::Any,
                Some("suppress_prefixlen"),
                format_args!(" suppress_prefixlength {n}"),
                &n,
            );
        }
        if let Some(g) = r.attr.u32(FRA_SUPPRESS_IFGROUP).filter(|&g| g != u32::MAX) {
            let g = rtnames::group_n2a(g);
            p.value(
                Show::Any,
                Some("suppress_ifgroup"),
                format_args!(" suppress_ifgroup {g}"),
                g.as_str(),
            );
        }
    }
    if let Some(flow) = r.attr.u32(FRA_FLOW) {
        let (from, to) = (flow >> 16, flow & 0xffff);
        p.fp_str(" realms ");
        if from != 0 {
            let f = rtnames::realm_n2a(from);
            p.value(Show::Any, Some("flow_from"), format_args!("{f}/"), &*f);
        }
        let t = rtnames::realm_n2a(to);
        p.value(Show::Any, Some("flow_to"), format_args!("{t}"), &*t);
    }
    if r.action == FR_ACT_NAT {
        match r.attr.get(FRA_GATEWAY).and_then(ip_of) {
            Some(a) => {
                let text = IpText::new(a);
                p.fp_str(" map-to ");
                p.value(
                    Show::Any,
                    Some("nat_gateway"),
                    format_args!("{}", text.as_str()),
                    text.as_str(),
                );
            }
            None => p.value(
                Show::Any,
                Some("masquerade"),
                format_args!(" masquerade"),
                &Null,
            ),
        }
    } else if r.action == FR_ACT_GOTO {
        let target = r.attr.u32(FRA_GOTO).unwrap_or(0);
        p.value(
            Show::Any,
            Some("goto"),
            format_args!(" goto {target}"),
            &target,
        );
        if r.flags & FIB_RULE_UNRESOLVED != 0 {
            p.value(
                Show::Any,
                Some("unresolved"),
                format_args!(" [unresolved]"),
                &Null,
            );
        }
    } else if r.action == FR_ACT_NOP {
        p.value(Show::Any, Some("nop"), format_args!(" nop"), &Null);
    } else if r.action != FR_ACT_TO_TBL {
        let t = rtnames::route_type_n2a(r.action);
        p.value(Show::Any, Some("action"), format_args!(" {t}"), t.as_str());
    }
    let proto = r.attr.u8(FRA_PROTOCOL).unwrap_or(RTPROT_UNSPEC);
    if (proto != RTPROT_UNSPEC && proto != RTPROT_KERNEL) || details {
        let pr = rtnames::proto_n2a(proto);
        p.value(
            Show::Any,
            Some("protocol"),
            format_args!(" proto {pr}"),
            &*pr,
        );
    }
    p.fp_str("\n");
    p.close_object();
}
