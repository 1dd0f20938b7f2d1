//! `ip tcp_metrics` / `ip tcpmetrics`: the kernel's per-destination TCP metrics (generic
//! netlink family tcp_metrics): show/list (a dump filtered here, or one entry asked for by
//! its address), delete, flush.

use super::opts::Opts;
use super::prefix::{get_prefix, Inet};
use super::{nhprint, rtnl, usage};
use crate::cli::{duparg2, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::attr::{self, u32_of, u64_of, Table};
use crate::netlink::genl::*;
use crate::netlink::rtnl::{ip_of, AF_INET, AF_INET6};
use crate::netlink::{Fail, Msg, Socket, Wire};
use crate::output::{IpText, Printer, Show};
use std::io::Write;

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show(args, opts);
    };
    let c = cmd.as_str();
    if matches(c, "show") || matches(c, "list") || matches(c, "lst") {
        return show(args, opts);
    }
    if matches(c, "flush") {
        return flush(args, opts);
    }
    if matches(c, "delete") {
        return delete(args, opts);
    }
    if matches(c, "help") {
        return Err(Error::ip_usage_text(usage::TCPMETRICS));
    }
    Err(Error::ip_usage(format_args!(
        "Command \"{c}\" is unknown, try \"ip tcp_metrics help\"."
    )))
}

/// `[address] PREFIX` and `src PREFIX`.
#[derive(Default)]
struct Filter {
    dst: Option<Inet>,
    src: Option<Inet>,
}

impl Filter {
    fn parse(args: &mut Args, family: u8) -> Result<Filter> {
        let mut f = Filter::default();
        while let Some(w) = args.next().map(str::to_string) {
            if w == "src" {
                let v = args.value()?;
                if f.dst.is_some() {
                    // the reference's check of the source looks at the destination
                    return Err(duparg2("address", v));
                }
                let s = get_prefix(v, family)?;
                if s.bitlen != s.max_bits() {
                    return Err(not_host(&s));
                }
                f.src = Some(s);
            } else {
                let v = if matches(&w, "address") {
                    args.value()?.to_string()
                } else {
                    w
                };
                f.dst = Some(get_prefix(&v, family)?);
            }
        }
        Ok(f)
    }

    /// A whole address named as the destination: that entry is asked for by itself.
    fn host(&self) -> Option<&Inet> {
        self.dst
            .as_ref()
            .filter(|d| d.bitlen == d.max_bits() && self.src.is_none())
    }

    fn accepts(&self, e: &Table<'_, TCP_METRICS_ATTR_TABLE>, family: u8) -> bool {
        let (d, s, fam) = match (
            e.get(TCP_METRICS_ATTR_ADDR_IPV4),
            e.get(TCP_METRICS_ATTR_ADDR_IPV6),
        ) {
            (Some(d), _) => (d, e.get(TCP_METRICS_ATTR_SADDR_IPV4), AF_INET),
            (None, Some(d)) => (d, e.get(TCP_METRICS_ATTR_SADDR_IPV6), AF_INET6),
            _ => return false,
        };
        if family != 0 && family != fam {
            return false;
        }
        let within = |p: &Option<Inet>, a: Option<&[u8]>| match (p, a) {
            (None, _) => true,
            (Some(p), Some(a)) => p.contains(fam, a),
            (Some(_), None) => false,
        };
        within(&self.dst, Some(d)) && within(&self.src, s)
    }
}

/// The address attribute of an entry's request.
fn addr_attr(a: &Inet) -> netlink_packet_core::DefaultNla {
    let kind = if a.family == AF_INET6 {
        TCP_METRICS_ATTR_ADDR_IPV6
    } else {
        TCP_METRICS_ATTR_ADDR_IPV4
    };
    attr::bytes(kind, a.bytes())
}

/// The generic netlink socket and the family's id.
fn open() -> Result<(Socket, u16)> {
    let mut sock = Socket::open(NETLINK_GENERIC)
        .map_err(|e| Error::ip_fail(format_args!("Cannot open generic netlink socket: {e}")))?;
    let id = match family_id(&mut sock, TCP_METRICS_GENL_NAME) {
        Ok(id) => id,
        Err(Fail::Nack(n)) if n.errno == 2 => {
            return Err(Error::ip_fail(
                "Failed to resolve generic netlink family tcp_metrics",
            ))
        }
        Err(f) => return Err(rtnl::answers(f)),
    };
    Ok((sock, id))
}

fn entry<'a>(msg: &Msg<'a>) -> Option<Table<'a, TCP_METRICS_ATTR_TABLE>> {
    msg.payload.get(GENL_HDRLEN..).map(Table::new)
}

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = Filter::parse(args, opts.family)?;
    let (mut sock, id) = open()?;
    if let Some(a) = f.host() {
        // one entry asked for: plain text even under -j, as the reference prints it
        let mut plain = opts.clone();
        plain.json = false;
        plain.pretty = false;
        let mut p = plain.printer();
        let m = message(
            TCP_METRICS_CMD_GET,
            TCP_METRICS_GENL_VERSION,
            &[addr_attr(a)],
        );
        let r = rtnl::talk(&mut sock, Wire(id, &m), 0, &mut |msg| {
            if let Some(e) = entry(&msg) {
                print(&mut p, &e);
            }
            Ok(())
        });
        r.map_err(rtnl::answers)?;
        return Ok(p.end()?);
    }
    let mut p = opts.printer();
    p.begin();
    let m = message(TCP_METRICS_CMD_GET, TCP_METRICS_GENL_VERSION, &[]);
    let r = rtnl::dump(&mut sock, Wire(id, &m), &mut |msg| {
        if let Some(e) = entry(&msg).filter(|e| f.accepts(e, opts.family)) {
            print(&mut p, &e);
        }
        Ok(())
    });
    p.end()?;
    r.map_err(|f| rtnl::terminated(f, "Dump"))
}

/// `delete [address] ADDRESS`: one whole address.
fn delete(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = Filter::parse(args, opts.family)?;
    let Some(d) = &f.dst else {
        return Err(Error::ip_usage("Error: argument \"address\" is required"));
    };
    if d.bitlen != d.max_bits() {
        return Err(not_host(d));
    }
    let (mut sock, id) = open()?;
    let m = message(
        TCP_METRICS_CMD_DEL,
        TCP_METRICS_GENL_VERSION,
        &[addr_attr(d)],
    );
    rtnl::ack(&mut sock, Wire(id, &m), 0)
}

/// `Error: a specific IP address is expected rather than "P"` (exit 1).
fn not_host(p: &Inet) -> Error {
    Error::ip_fail(format_args!(
        "Error: a specific IP address is expected rather than \"{}\"",
        prefix_text(p)
    ))
}

/// A prefix as the user wrote it back (`10.0.0.0/24`).
fn prefix_text(p: &Inet) -> String {
    match p.ip() {
        Some(a) => format!("{}/{}", IpText::new(a).as_str(), p.bitlen),
        None => String::new(),
    }
}

/// `flush [SELECTOR]`: everything in one request, or the entries the selectors keep one by
/// one (`Nothing to flush.` on stderr when none).
fn flush(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = Filter::parse(args, opts.family)?;
    let (mut sock, id) = open()?;
    if let Some(a) = f.host() {
        let m = message(
            TCP_METRICS_CMD_DEL,
            TCP_METRICS_GENL_VERSION,
            &[addr_attr(a)],
        );
        return rtnl::ack(&mut sock, Wire(id, &m), 0);
    }
    if f.dst.is_none() && f.src.is_none() && opts.family == 0 {
        let m = message(TCP_METRICS_CMD_DEL, TCP_METRICS_GENL_VERSION, &[]);
        return rtnl::ack(&mut sock, Wire(id, &m), 0);
    }
    let mut doomed = Vec::new();
    let m = message(TCP_METRICS_CMD_GET, TCP_METRICS_GENL_VERSION, &[]);
    rtnl::dump(&mut sock, Wire(id, &m), &mut |msg| {
        if let Some(e) = entry(&msg).filter(|e| f.accepts(e, opts.family)) {
            let mut items = Vec::new();
            for k in [
                TCP_METRICS_ATTR_ADDR_IPV4,
                TCP_METRICS_ATTR_ADDR_IPV6,
                TCP_METRICS_ATTR_SADDR_IPV4,
                TCP_METRICS_ATTR_SADDR_IPV6,
            ] {
                if let Some(v) = e.get(k) {
                    items.push(attr::bytes(k, v));
                }
            }
            doomed.push(message(
                TCP_METRICS_CMD_DEL,
                TCP_METRICS_GENL_VERSION,
                &items,
            ));
        }
        Ok(())
    })
    .map_err(|f| rtnl::terminated(f, "Dump"))?;
    if doomed.is_empty() {
        eprintln!("Nothing to flush.");
    }
    for m in doomed {
        rtnl::ack(&mut sock, Wire(id, &m), 0)?;
    }
    Ok(())
}

/// One entry: `DST age S.MMMsec [metrics] source SRC` (JSON: seconds as numbers).
fn print<W: Write>(p: &mut Printer<W>, e: &Table<'_, TCP_METRICS_ATTR_TABLE>) {
    let dst = e
        .get(TCP_METRICS_ATTR_ADDR_IPV4)
        .or(e.get(TCP_METRICS_ATTR_ADDR_IPV6))
        .and_then(ip_of);
    let Some(dst) = dst else { return };
    p.open_object(None);
    let d = IpText::new(dst);
    p.value(
        Show::Any,
        Some("dst"),
        format_args!("{}", d.as_str()),
        d.as_str(),
    );
    if let Some(ms) = e.get(TCP_METRICS_ATTR_AGE).and_then(u64_of) {
        let g = nhprint::G(nhprint::fmt_g(ms as f64 / 1000.0));
        p.value(
            Show::Any,
            Some("age"),
            format_args!(" age {}.{:03}sec", ms / 1000, ms % 1000),
            &g,
        );
    }
    if let Some(vals) = e.get(TCP_METRICS_ATTR_VALS) {
        let v: Table<'_, 8> = Table::new(vals);
        let us = |k: u16| v.get(k).and_then(u32_of);
        for k in TCP_METRIC_RTT..=TCP_METRIC_RTTVAR_US {
            let Some(n) = v.get(k).and_then(u32_of) else {
                continue;
            };
            let (name, micro) = match k {
                TCP_METRIC_RTT if us(TCP_METRIC_RTT_US).is_none() => ("rtt", n * 1000),
                TCP_METRIC_RTTVAR if us(TCP_METRIC_RTTVAR_US).is_none() => ("rttvar", n * 1000),
                TCP_METRIC_RTT_US => ("rtt", n),
                TCP_METRIC_RTTVAR_US => ("rttvar", n),
                TCP_METRIC_SSTHRESH => ("ssthresh", u32::MAX),
                TCP_METRIC_CWND => ("cwnd", u32::MAX),
                TCP_METRIC_REORDERING => ("reordering", u32::MAX),
                _ => continue,
            };
            if micro == u32::MAX {
                p.value(Show::Any, Some(name), format_args!(" {name} {n}"), &n);
            } else {
                let g = nhprint::G(nhprint::fmt_g(f64::from(micro) / 1e6));
                p.value(Show::Any, Some(name), format_args!(" {name} {micro}us"), &g);
            }
        }
    }
    if let Some(s) = e
        .get(TCP_METRICS_ATTR_SADDR_IPV4)
        .or(e.get(TCP_METRICS_ATTR_SADDR_IPV6))
        .and_then(ip_of)
    {
        let s = IpText::new(s);
        p.value(
            Show::Any,
            Some("source"),
            format_args!(" source {}", s.as_str()),
            s.as_str(),
        );
    }
    p.fp_str("\n");
    p.close_object();
}
