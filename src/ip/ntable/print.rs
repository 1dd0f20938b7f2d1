//! One neighbour table message as the reference prints it (plain text and JSON).

use crate::ip::ifnames;
use crate::ip::prefix::family_name;
use crate::netlink::attr::{self, Table};
use crate::netlink::rtnl::neightbl::*;
use crate::output::{Color, Printer, Show};
use std::io::Write;

/// A number with its plain text `KEY N ` (the JSON key may differ).
fn num<W: Write, V: crate::output::JsonValue + std::fmt::Display>(
    p: &mut Printer<W>,
    key: &str,
    word: &str,
    v: Option<V>,
) {
    if let Some(v) = v {
        p.value(Show::Any, Some(key), format_args!("{word} {v} "), &v);
    }
}

/// `YYYY-MM-DD HH:MM:SS` of now less `ms` milliseconds, local time.
fn ago(ms: u32) -> String {
    let (now, _) = crate::sys::time::now();
    match crate::sys::time::localtime(now - i64::from(ms / 1000)) {
        Some(t) => format!(
            "{}-{:02}-{:02} {:02}:{:02}:{:02}",
            t.year,
            t.mon + 1,
            t.mday,
            t.hour,
            t.min,
            t.sec
        ),
        None => String::new(),
    }
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4).and_then(attr::u32_of)
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    b.get(at..at + 8).and_then(attr::u64_of)
}

/// The words of NDTA_STATS' counters, in their order, as lines.
const STATS: &[&[&str]] = &[
    &["allocs", "destroys", "hash_grows"],
    &["res_failed", "lookups", "hits"],
    &["rcv_probes_mcast", "rcv_probes_ucast"],
    &["periodic_gc_runs", "forced_gc_runs"],
    &["table_fulls"],
];

/// One table (or one device's parameters of it), as the reference prints it.
pub fn print<W: Write>(
    p: &mut Printer<W>,
    payload: &[u8],
    dev: u32,
    name: Option<&str>,
    stats: bool,
) {
    let Some((&family, rest)) = payload.split_first() else {
        return;
    };
    let a: Table<10> = Table::new(rest.get(NDTM_LEN - 1..).unwrap_or_default());
    let parms: Table<16> = Table::new(a.get(NDTA_PARMS).unwrap_or_default());
    let ifindex = parms.u32(NDTPA_IFINDEX);
    if dev != 0 && ifindex != Some(dev) {
        return;
    }
    let tname = a.str(NDTA_NAME);
    if let Some(n) = name {
        if tname != Some(n) {
            return;
        }
    }
    p.open_object(None);
    p.color_text(
        Show::Any,
        Color::None,
        Some("family"),
        family_name(family),
        " ",
    );
    if let Some(n) = tname {
        p.color_text(Show::Any, Color::None, Some("name"), n, " ");
    }
    p.nl();
    let thresh = [NDTA_THRESH1, NDTA_THRESH2, NDTA_THRESH3, NDTA_GC_INTERVAL];
    if thresh.iter().any(|&k| a.has(k)) {
        p.fp_str("    ");
        num(p, "thresh1", "thresh1", a.u32(NDTA_THRESH1));
        num(p, "thresh2", "thresh2", a.u32(NDTA_THRESH2));
        num(p, "thresh3", "thresh3", a.u32(NDTA_THRESH3));
        num(p, "gc_interval", "gc_int", a.u64(NDTA_GC_INTERVAL));
        p.nl();
    }
    if let Some(c) = a.get(NDTA_CONFIG).filter(|_| stats) {
        let key_len = c.get(0..2).and_then(attr::u16_of);
        let entry_size = c.get(2..4).and_then(attr::u16_of);
        p.fp_str("    config ");
        num(p, "key_length", "key_len", key_len);
        num(p, "entry_size", "entry_size", entry_size);
        num(p, "entries", "entries", u32_at(c, 4));
        p.nl();
        p.fp_str("        ");
        for (at, key) in [(8, "last_flush"), (12, "last_rand")] {
            if let Some(ms) = u32_at(c, at) {
                let t = ago(ms);
                p.value(Show::Any, Some(key), format_args!("{key} {t} "), t.as_str());
            }
        }
        p.nl();
        p.fp_str("        ");
        num(p, "hash_rnd", "hash_rnd", u32_at(c, 16));
        if let Some(m) = u32_at(c, 20) {
            p.fp(format_args!("hash_mask {m:08x} "));
            let key = "hash_mask";
            p.json(key, format!("{m:#x}").as_str());
        }
        num(p, "hash_chain_gc", "hash_chain_gc", u32_at(c, 24));
        num(p, "proxy_qlen", "proxy_qlen", u32_at(c, 28));
        p.nl();
    }
    if a.has(NDTA_PARMS) {
        if let Some(i) = ifindex {
            p.fp_str("    dev ");
            let n = ifnames::name(i);
            p.color_text(Show::Any, Color::Ifname, Some("dev"), &n, " ");
            p.nl();
        }
        p.fp_str("    ");
        num(p, "refcnt", "refcnt", parms.u32(NDTPA_REFCNT));
        num(p, "reachable", "reachable", parms.u64(NDTPA_REACHABLE_TIME));
        num(
            p,
            "base_reachable",
            "base_reachable",
            parms.u64(NDTPA_BASE_REACHABLE_TIME),
        );
        num(p, "retrans", "retrans", parms.u64(NDTPA_RETRANS_TIME));
        p.nl();
        p.fp_str("    ");
        num(p, "gc_stale", "gc_stale", parms.u64(NDTPA_GC_STALETIME));
        num(
            p,
            "delay_probe",
            "delay_probe",
            parms.u64(NDTPA_DELAY_PROBE_TIME),
        );
        num(p, "queue", "queue", parms.u32(NDTPA_QUEUE_LEN));
        p.nl();
        p.fp_str("    ");
        num(p, "app_probes", "app_probes", parms.u32(NDTPA_APP_PROBES));
        num(
            p,
            "ucast_probes",
            "ucast_probes",
            parms.u32(NDTPA_UCAST_PROBES),
        );
        num(
            p,
            "mcast_probes",
            "mcast_probes",
            parms.u32(NDTPA_MCAST_PROBES),
        );
        p.nl();
        p.fp_str("    ");
        num(
            p,
            "anycast_delay",
            "anycast_delay",
            parms.u64(NDTPA_ANYCAST_DELAY),
        );
        num(
            p,
            "proxy_delay",
            "proxy_delay",
            parms.u64(NDTPA_PROXY_DELAY),
        );
        num(p, "proxy_queue", "proxy_queue", parms.u32(NDTPA_PROXY_QLEN));
        num(p, "locktime", "locktime", parms.u64(NDTPA_LOCKTIME));
        p.nl();
    }
    if let Some(s) = a.get(NDTA_STATS).filter(|_| stats) {
        p.fp_str("    stats ");
        let mut at = 0;
        for (i, line) in STATS.iter().enumerate() {
            if i > 0 {
                p.fp_str("    ");
            }
            for key in *line {
                num(p, key, key, u64_at(s, at));
                at += 8;
            }
            p.nl();
        }
    }
    p.fp_str("\n");
    p.close_object();
}
