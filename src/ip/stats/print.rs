//! One RTM_NEWSTATS message as `ip stats show` prints it: a record per chosen descriptor
//! (`N: DEV: group G subgroup S suite X` and its counters), plain text and JSON.

use super::desc::{Desc, DESCS};
use crate::ip::iface::stats::{counters, of64, Fmt};
use crate::ip::ifnames;
use crate::netlink::attr::{self, find};
use crate::netlink::rtnl::stats::*;
use crate::netlink::rtnl::AF_MPLS;
use crate::output::Printer;
use crate::output::{Color, Show};
use std::io::Write;

fn u64_at(b: &[u8], i: usize) -> u64 {
    b.get(i * 8..i * 8 + 8).and_then(attr::u64_of).unwrap_or(0)
}

/// Every chosen descriptor of the message, in the printing order.
pub fn message<W: Write>(p: &mut Printer<W>, payload: &[u8], sel: u32, level: u32, f: &Fmt) {
    let Some(index) = payload.get(4..8).and_then(attr::u32_of) else {
        return;
    };
    let area = payload.get(IFSM_LEN..).unwrap_or_default();
    let name = ifnames::name(index);
    for (i, x) in DESCS.iter().enumerate() {
        if sel & 1 << i == 0 {
            continue;
        }
        p.open_object(None);
        p.value(Show::Any, Some("ifindex"), format_args!("{index}:"), &index);
        p.color_value(
            Show::Any,
            Color::Ifname,
            Some("ifname"),
            format_args!(" {name}:"),
            name.as_str(),
        );
        p.value(
            Show::Any,
            Some("group"),
            format_args!(" group {}", x.group),
            x.group,
        );
        if !x.sub.is_empty() {
            p.value(
                Show::Any,
                Some("subgroup"),
                format_args!(" subgroup {}", x.sub),
                x.sub,
            );
        }
        if !x.suite.is_empty() {
            p.value(
                Show::Any,
                Some("suite"),
                format_args!(" suite {}", x.suite),
                x.suite,
            );
        }
        body(p, x, area, level, f);
        p.nl();
        p.close_object();
    }
}

/// A descriptor's counters (nothing when the kernel sent none).
fn body<W: Write>(p: &mut Printer<W>, x: &Desc, area: &[u8], level: u32, f: &Fmt) {
    let offload = find(area, IFLA_STATS_LINK_OFFLOAD_XSTATS);
    let l3_info = offload
        .and_then(|o| find(o, IFLA_OFFLOAD_XSTATS_HW_S_INFO))
        .and_then(|h| find(h, IFLA_OFFLOAD_XSTATS_L3_STATS));
    match (x.group, x.sub) {
        ("link", _) => {
            if let Some(s) = find(area, IFLA_STATS_LINK_64) {
                counters(p, "stats64", None, &of64(s), level, f);
            }
        }
        ("offload", "l3_stats") => {
            if let Some(info) = l3_info {
                p.open_object(Some("info"));
                request_used(p, info);
                p.close_object();
            }
            if let Some(s) = offload.and_then(|o| find(o, IFLA_OFFLOAD_XSTATS_L3_STATS)) {
                hw_stats(p, s, "stats64", ("mcast", "multicast"));
            }
        }
        ("offload", "hw_stats_info") => {
            if let Some(info) = l3_info {
                p.nl();
                p.open_object(Some("info"));
                p.open_object(Some("l3_stats"));
                p.fp_str("    l3_stats");
                request_used(p, info);
                p.close_object();
                p.close_object();
            }
        }
        ("offload", "cpu_hit") => {
            p.nl();
            if let Some(s) = offload.and_then(|o| find(o, IFLA_OFFLOAD_XSTATS_CPU_HIT)) {
                counters(
                    p,
                    "stats64",
                    None,
                    &of64(s),
                    level,
                    &Fmt {
                        lead_nl: false,
                        ..*f
                    },
                );
            }
        }
        ("afstats", _) => {
            let mpls = find(area, IFLA_STATS_AF_SPEC)
                .and_then(|a| find(a, AF_MPLS.into()))
                .and_then(|m| find(m, MPLS_STATS_LINK));
            if let Some(s) = mpls {
                hw_stats(p, s, "mpls_stats", ("noroute", "noroute"));
            }
        }
        (group, "bond") => {
            let bond = find(area, xstats_attr(group))
                .and_then(|b| find(b, LINK_XSTATS_TYPE_BOND))
                .and_then(|b| find(b, BOND_XSTATS_3AD));
            if let Some(b) = bond {
                p.nl();
                lacp(p, b);
            }
        }
        (group, "bridge") => {
            let br = find(area, xstats_attr(group)).and_then(|b| find(b, LINK_XSTATS_TYPE_BRIDGE));
            if x.suite == "mcast" {
                if let Some(m) = br.and_then(|b| find(b, BRIDGE_XSTATS_MCAST)) {
                    p.nl();
                    mcast(p, m);
                }
            } else if let Some(s) = br.and_then(|b| find(b, BRIDGE_XSTATS_STP)) {
                p.nl();
                stp(p, s);
            }
        }
        _ => {}
    }
}

/// The attribute of `xstats` or `xstats_slave`.
fn xstats_attr(group: &str) -> u16 {
    if group == "xstats" {
        IFLA_STATS_LINK_XSTATS
    } else {
        IFLA_STATS_LINK_XSTATS_SLAVE
    }
}

/// ` on used off` (JSON `"request":true,"used":false`).
fn request_used<W: Write>(p: &mut Printer<W>, info: &[u8]) {
    let flag = |k| find(info, k).and_then(attr::u8_of).map(|v| v != 0);
    if let Some(r) = flag(IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST) {
        let w = if r { "on" } else { "off" };
        p.value(Show::Any, Some("request"), format_args!(" {w}"), &r);
    }
    if let Some(u) = flag(IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED) {
        let w = if u { "on" } else { "off" };
        p.value(Show::Any, Some("used"), format_args!(" used {w}"), &u);
    }
}

/// struct rtnl_hw_stats64 (l3_stats) or struct mpls_link_stats (the same first nine
/// counters; the ninth is `mcast` or `noroute`) under JSON key `key`: RX bytes, packets,
/// errors, dropped and the ninth; TX the first four.
fn hw_stats<W: Write>(p: &mut Printer<W>, s: &[u8], key: &str, last: (&str, &str)) {
    // rx_packets, tx_packets, rx_bytes, tx_bytes, rx_errors, tx_errors, rx_dropped,
    // tx_dropped, the ninth
    let rx = [
        u64_at(s, 2),
        u64_at(s, 0),
        u64_at(s, 4),
        u64_at(s, 6),
        u64_at(s, 8),
    ];
    let tx = [u64_at(s, 3), u64_at(s, 1), u64_at(s, 5), u64_at(s, 7)];
    let heads = ["bytes", "packets", "errors", "dropped", last.0];
    let keys = ["bytes", "packets", "errors", "dropped", last.1];
    let mut w = [9usize, 7, 6, 7, 7];
    for (i, v) in rx.iter().chain(tx.iter()).enumerate() {
        let c = if i < rx.len() { i } else { i - rx.len() };
        if let Some(slot) = w.get_mut(c) {
            *slot = (*slot).max(v.to_string().len());
        }
    }
    p.open_object(Some(key));
    for (title, vals) in [("RX", &rx[..]), ("TX", &tx[..])] {
        p.open_object(Some(if title == "RX" { "rx" } else { "tx" }));
        p.nl();
        for (c, h) in heads.iter().take(vals.len()).enumerate() {
            let width = w.get(c).copied().unwrap_or(0);
            if c == 0 {
                let width = width.saturating_sub(title.len() + 1);
                p.fp(format_args!("    {title}:{h:>width$}"));
            } else {
                p.fp(format_args!(" {h:>width$}"));
            }
        }
        p.nl();
        for (c, v) in vals.iter().enumerate() {
            let width = w.get(c).copied().unwrap_or(0);
            let sep = if c == 0 { "    " } else { " " };
            p.value(
                Show::Any,
                keys.get(c).copied(),
                format_args!("{sep}{v:>width$}"),
                v,
            );
        }
        p.fp_str(" ");
        p.close_object();
    }
    p.close_object();
}

/// The 802.3ad counters (BOND_3AD_STAT_*, numbered from 0), a line each.
fn lacp<W: Write>(p: &mut Printer<W>, b: &[u8]) {
    const IND: &str = "                    ";
    const WORDS: [(&str, &str); 9] = [
        ("LACPDU Rx", "lacpdu_rx"),
        ("LACPDU Tx", "lacpdu_tx"),
        ("LACPDU Unknown type Rx", "lacpdu_unknown_rx"),
        ("LACPDU Illegal Rx", "lacpdu_illegal_rx"),
        ("Marker Rx", "marker_rx"),
        ("Marker Tx", "marker_tx"),
        ("Marker response Rx", "marker_response_rx"),
        ("Marker response Tx", "marker_response_tx"),
        ("Marker unknown type Rx", "marker_unknown_rx"),
    ];
    p.open_object(Some("802.3ad"));
    for (i, (title, key)) in WORDS.iter().enumerate() {
        if let Some(v) = find(b, i as u16).and_then(attr::u64_of) {
            p.value(Show::Any, Some(key), format_args!("{IND}{title} {v}\n"), &v);
        }
    }
    p.close_object();
}

/// A message kind's title, JSON key, and the RX and TX counters' indexes of each version.
type Version = (&'static str, &'static str, &'static [(usize, usize)]);

/// struct br_mcast_stats.
fn mcast<W: Write>(p: &mut Printer<W>, m: &[u8]) {
    const IND: &str = "                    ";
    p.open_object(Some("multicast"));
    // (title, key, rx and tx indexes of each version)
    let versions: [Version; 4] = [
        ("IGMP queries", "igmp_queries", &[(0, 1), (2, 3), (4, 5)]),
        (
            "IGMP reports",
            "igmp_reports",
            &[(8, 9), (10, 11), (12, 13)],
        ),
        ("MLD queries", "mld_queries", &[(15, 16), (17, 18)]),
        ("MLD reports", "mld_reports", &[(21, 22), (23, 24)]),
    ];
    let leaves = [("IGMP", "igmp", 6, 14), ("MLD", "mld", 19, 25)];
    for (n, (title, key, idx)) in versions.iter().enumerate() {
        p.open_object(Some(key));
        p.fp(format_args!("{IND}{title}:\n"));
        for (dir, pick) in [("RX", 0), ("TX", 1)] {
            p.fp(format_args!("{IND}  {dir}:"));
            for (v, pair) in idx.iter().enumerate() {
                let at = if pick == 0 { pair.0 } else { pair.1 };
                let val = u64_at(m, at);
                let k = format!("{}_v{}", dir.to_ascii_lowercase(), v + 1);
                p.value(Show::Any, Some(&k), format_args!(" v{} {val}", v + 1), &val);
            }
            p.fp_str("\n");
        }
        p.close_object();
        // the leaves and parse errors follow each protocol's reports
        if n % 2 == 1 {
            let (t, k, at, errs) = leaves[n / 2];
            let (rx, tx) = (u64_at(m, at), u64_at(m, at + 1));
            p.open_object(Some(&format!("{k}_leaves")));
            p.fp(format_args!("{IND}{t} leaves: "));
            p.value(Show::Any, Some("rx"), format_args!("RX: {rx}"), &rx);
            p.value(Show::Any, Some("tx"), format_args!(" TX: {tx}\n"), &tx);
            p.close_object();
            let e = u64_at(m, errs);
            let key = format!("{k}_parse_errors");
            p.value(
                Show::Any,
                Some(&key),
                format_args!("{IND}{t} parse errors: {e}\n"),
                &e,
            );
        }
    }
    p.close_object();
}

/// struct bridge_stp_xstats.
fn stp<W: Write>(p: &mut Printer<W>, s: &[u8]) {
    const IND: &str = "                    ";
    let v = |i| u64_at(s, i);
    p.open_object(Some("stp"));
    p.value(
        Show::Any,
        Some("rx_bpdu"),
        format_args!("{IND}STP BPDU:  RX: {}", v(2)),
        &v(2),
    );
    p.value(
        Show::Any,
        Some("tx_bpdu"),
        format_args!(" TX: {}\n", v(3)),
        &v(3),
    );
    p.value(
        Show::Any,
        Some("rx_tcn"),
        format_args!("{IND}STP TCN:   RX: {}", v(4)),
        &v(4),
    );
    p.value(
        Show::Any,
        Some("tx_tcn"),
        format_args!(" TX: {}\n", v(5)),
        &v(5),
    );
    p.value(
        Show::Any,
        Some("transition_blk"),
        format_args!("{IND}STP Transitions: Blocked: {}", v(0)),
        &v(0),
    );
    p.value(
        Show::Any,
        Some("transition_fwd"),
        format_args!(" Forwarding: {}\n", v(1)),
        &v(1),
    );
    p.close_object();
}
