//! `ip ntable`: the neighbour tables' parameters (RTM_GETNEIGHTBL dump, shown with their
//! per-device parameters and with `-s` their configuration and counters) and `change`
//! (RTM_SETNEIGHTBL: the table's thresholds, a device's parameters).

mod print;

use super::opts::Opts;
use super::{ifnames, rtnl, usage};
use crate::cli::num::{get_u32, get_u64};
use crate::cli::{duparg, incomplete, invarg, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use crate::netlink::rtnl::neightbl::*;
use crate::netlink::Wire;
use netlink_packet_core::{DefaultNla, NLM_F_REPLACE};

/// The complaint about a word neither parser knows.
const UNKNOWN: &str = "unknown";

use crate::ip::subcmd::{self, Sub};

fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_usage_text(usage::NTABLE))
}

/// The subcommands in the reference's order.
const SUBS: &[(&str, Sub)] = &[
    ("change", change),
    ("chg", change),
    ("show", show),
    ("list", show),
    ("lst", show),
    ("help", help),
];

/// The subcommands, in the parser's order (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    SUBS.iter().map(|(n, _)| *n)
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    subcmd::dispatch(args, opts, "ntable", SUBS, show)
}

/// How `change` reads a word's value and where it goes.
#[derive(Clone, Copy)]
enum Val {
    /// A table attribute, u32.
    T32,
    /// A table attribute, u64.
    T64,
    /// A parameter in NDTA_PARMS, u32.
    P32,
    /// A parameter in NDTA_PARMS, u64 (milliseconds).
    P64,
}

/// The words of `change` after `name` and `dev`, with their attribute.
const WORDS: &[(&str, u16, Val)] = &[
    ("thresh1", NDTA_THRESH1, Val::T32),
    ("thresh2", NDTA_THRESH2, Val::T32),
    ("thresh3", NDTA_THRESH3, Val::T32),
    ("gc_int", NDTA_GC_INTERVAL, Val::T64),
    ("queue", NDTPA_QUEUE_LEN, Val::P32),
    ("app_probes", NDTPA_APP_PROBES, Val::P32),
    ("ucast_probes", NDTPA_UCAST_PROBES, Val::P32),
    ("mcast_probes", NDTPA_MCAST_PROBES, Val::P32),
    ("base_reachable", NDTPA_BASE_REACHABLE_TIME, Val::P64),
    ("retrans", NDTPA_RETRANS_TIME, Val::P64),
    ("gc_stale", NDTPA_GC_STALETIME, Val::P64),
    ("delay_probe", NDTPA_DELAY_PROBE_TIME, Val::P64),
    ("anycast_delay", NDTPA_ANYCAST_DELAY, Val::P64),
    ("proxy_delay", NDTPA_PROXY_DELAY, Val::P64),
    ("proxy_queue", NDTPA_PROXY_QLEN, Val::P32),
    ("locktime", NDTPA_LOCKTIME, Val::P64),
];

/// `change`'s payload: the header, the table attributes in the order of the words, NAME
/// among them where it came, then NDTA_PARMS with the parameters (and each `dev`'s index)
/// in the order of the words.
pub fn build(args: &mut Args, opts: &Opts, index: &dyn Fn(&str) -> Option<u32>) -> Result<Vec<u8>> {
    let mut table: Vec<DefaultNla> = Vec::new();
    let mut parms: Vec<DefaultNla> = Vec::new();
    let (mut named, mut changes) = (false, 0);
    while let Some(w) = args.next().map(str::to_string) {
        let known = w == "name" || w == "dev" || WORDS.iter().any(|(k, _, _)| *k == w);
        if !known {
            return Err(invarg(UNKNOWN, &w));
        }
        let v = args.next().ok_or_else(incomplete)?;
        match w.as_str() {
            "name" => {
                if named {
                    return Err(duparg("NAME", v));
                }
                named = true;
                let mut s = v.as_bytes().to_vec();
                s.push(0);
                table.push(attr::bytes(NDTA_NAME, &s));
            }
            "dev" => {
                let i = index(v).ok_or_else(|| ifnames::cannot_find(v))?;
                parms.push(attr::u32(NDTPA_IFINDEX, i));
            }
            _ => {
                let Some(&(key, kind, val)) = WORDS.iter().find(|(k, _, _)| *k == w) else {
                    return Err(invarg(UNKNOWN, &w));
                };
                let bad = || invarg(&format!("\"{key}\" value is invalid"), v);
                let a = match val {
                    Val::T32 | Val::P32 => attr::u32(kind, get_u32(v).ok_or_else(bad)?),
                    Val::T64 | Val::P64 => attr::u64(kind, get_u64(v).ok_or_else(bad)?),
                };
                changes += 1;
                match val {
                    Val::T32 | Val::T64 => table.push(a),
                    Val::P32 | Val::P64 => parms.push(a),
                }
            }
        }
    }
    if !named {
        return Err(Error::ip_usage("Error: argument \"NAME\" is required"));
    }
    if changes == 0 {
        return Err(Error::ip_usage(
            "Not enough information: changeable attributes required.",
        ));
    }
    let mut m = vec![opts.family, 0, 0, 0];
    m.extend(attr::emit_all(&table));
    if !parms.is_empty() {
        m.extend(attr::emit_all(&[attr::nest(NDTA_PARMS, &parms)]));
    }
    Ok(m)
}

fn change(args: &mut Args, opts: &Opts) -> Result<()> {
    let m = build(args, opts, &ifnames::index)?;
    rtnl::ack(
        &mut *rtnl::open()?,
        Wire(RTM_SETNEIGHTBL, &m),
        NLM_F_REPLACE,
    )
}

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let (mut index, mut name) = (0u32, None::<String>);
    while let Some(w) = args.next().map(str::to_string) {
        if w == "dev" {
            let v = args.next().ok_or_else(incomplete)?;
            index = ifnames::index(v).ok_or_else(|| invarg("\"DEV\" is invalid", v))?;
        } else if w == "name" {
            name = Some(args.next().ok_or_else(incomplete)?.to_string());
        } else {
            return Err(invarg(UNKNOWN, &w));
        }
    }
    let mut sock = rtnl::open()?;
    let mut p = opts.printer();
    p.begin();
    let req = [opts.family, 0, 0, 0];
    rtnl::dump(&mut sock, Wire(RTM_GETNEIGHTBL, &req), &mut |m| {
        if m.kind == RTM_NEWNEIGHTBL {
            print::print(&mut p, m.payload, index, name.as_deref(), opts.stats > 0);
        }
        Ok(())
    })
    .map_err(|f| rtnl::terminated(f, "Dump"))?;
    Ok(p.end()?)
}

#[cfg(test)]
mod tests;
