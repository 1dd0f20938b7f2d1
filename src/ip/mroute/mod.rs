//! `ip mroute show|list [ [to] PREFIX ] [ from PREFIX ] [ iif DEV ] [ table ID ]`: the
//! multicast routing caches (RTNL_FAMILY_IPMR, or IP6MR with `-6`) dumped and printed
//! as `(S,G) Iif: … Oifs: …`, and the printer of their events for `ip monitor`.
//!
//! The prefixes are read with the multicast family itself, so only `default`, `any` and
//! `all` (which select everything) get through, as with the reference.

use super::event::Event;
use super::ifnames::{self, Names};
use super::nhprint::{fmt_g, G};
use super::opts::{Opts, Out};
use super::{prefix, rtnames, rtnl, usage};
use crate::cli::{self, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::rtnl::route::{
    nexthops, Route, RTA_DST, RTA_EXPIRES, RTA_IIF, RTA_MULTIPATH, RTA_SRC, RTA_TABLE, RTMSG_LEN,
    RTNH_F_UNRESOLVED, RTN_MULTICAST, RT_TABLE_MAIN,
};
use crate::netlink::rtnl::{
    AF_INET, AF_INET6, RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE, RTNL_FAMILY_IP6MR,
    RTNL_FAMILY_IPMR,
};
use crate::netlink::{Wire, NLMSG_HDRLEN};
use crate::output::{Color, IpText, Printer, Show};
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// RTA_MFC_STATS: struct rta_mfc_stats (packets, bytes, packets on the wrong interface).
const RTA_MFC_STATS: u16 = 17;
/// The multicast routing daemons' table, the one shown without `table`.
const RT_TABLE_DEFAULT: u32 = 253;

fn help() -> Error {
    Error::ip_usage_text(usage::MROUTE)
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    match args.next() {
        None => show(args, opts),
        Some(w) if matches(w, "list") || matches(w, "show") || matches(w, "lst") => {
            show(args, opts)
        }
        Some(w) if matches(w, "help") => Err(help()),
        Some(w) => Err(Error::ip_usage(format_args!(
            "Command \"{w}\" is unknown, try \"ip mroute help\"."
        ))),
    }
}

/// What `show` selects.
#[derive(Debug, PartialEq, Eq)]
pub struct Filter {
    /// RTNL_FAMILY_IPMR or RTNL_FAMILY_IP6MR.
    pub af: u8,
    /// 0: every table (then each route names its table).
    pub tb: u32,
    /// The `iif` device's index (0: any).
    pub iif: u32,
}

/// The multicast family of the global family option; None for the others (link, mpls,
/// bridge), for which `show` does nothing.
fn family(opts: &Opts) -> Option<u8> {
    match opts.family {
        0 | AF_INET => Some(RTNL_FAMILY_IPMR),
        AF_INET6 => Some(RTNL_FAMILY_IP6MR),
        _ => None,
    }
}

impl Filter {
    /// The selectors after `show`; the `iif` device is looked up (with `index`) once they
    /// are all read.
    pub fn parse(args: &mut Args, af: u8, index: &dyn Fn(&str) -> Option<u32>) -> Result<Filter> {
        let mut tb = if af == RTNL_FAMILY_IPMR {
            RT_TABLE_DEFAULT
        } else {
            0
        };
        let mut dev: Option<String> = None;
        while let Some(w) = args.next() {
            if matches(w, "table") {
                let v = args.next().ok_or_else(cli::incomplete)?;
                tb = match rtnames::table_a2n(v) {
                    Some(t) => t,
                    None if v == "all" => 0,
                    None if v == "help" => return Err(help()),
                    None => return Err(cli::invarg("table id value is invalid\n", v)),
                };
            } else if w == "iif" {
                dev = Some(args.next().ok_or_else(cli::incomplete)?.to_string());
            } else if matches(w, "from") {
                let v = args.next().ok_or_else(cli::incomplete)?;
                prefix::get_prefix(v, af)?;
            } else {
                let v = if w == "to" {
                    args.next().ok_or_else(cli::incomplete)?
                } else {
                    w
                };
                if matches(v, "help") {
                    return Err(help());
                }
                prefix::get_prefix(v, af)?;
            }
        }
        let iif = match dev {
            Some(name) => index(&name).ok_or_else(|| ifnames::cannot_find(&name))?,
            None => 0,
        };
        Ok(Filter { af, tb, iif })
    }

    /// The dump request: struct rtmsg of the family, RTA_TABLE unless every table.
    pub fn request(&self) -> Vec<u8> {
        let mut m = vec![0u8; RTMSG_LEN];
        m[0] = self.af;
        if self.tb != 0 {
            m.extend_from_slice(&8u16.to_ne_bytes());
            m.extend_from_slice(&RTA_TABLE.to_ne_bytes());
            m.extend_from_slice(&self.tb.to_ne_bytes());
        }
        m
    }

    /// One message of the dump (`raw`, its header included): printed when selected. Text
    /// for stderr goes to `err`; false ends the dump (`Dump terminated`).
    pub fn accept<W: Write>(
        &self,
        p: &mut Printer<W>,
        raw: &[u8],
        names: &mut Names,
        stats: bool,
        err: &mut String,
    ) -> bool {
        let word = |i: usize| {
            raw.get(i..i + 4)
                .map_or(0, |b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
        };
        let len = word(0);
        let kind = raw
            .get(4..6)
            .map_or(0, |b| u16::from_ne_bytes([b[0], b[1]]));
        let flags = raw
            .get(6..8)
            .map_or(0, |b| u16::from_ne_bytes([b[0], b[1]]));
        if kind != RTM_NEWROUTE && kind != RTM_DELROUTE {
            err.push_str(&format!(
                "Not a multicast route: {len:08x} {kind:08x} {flags:08x}\n"
            ));
            return true;
        }
        let short = i64::from(len) - (NLMSG_HDRLEN + RTMSG_LEN) as i64;
        let r = match raw.get(NLMSG_HDRLEN..).and_then(Route::parse) {
            Some(r) if short >= 0 => r,
            _ => {
                err.push_str(&format!("BUG: wrong nlmsg len {short}\n"));
                return false;
            }
        };
        if r.rtype != RTN_MULTICAST {
            err.push_str(NOT_MULTICAST);
            return false;
        }
        if r.family != self.af
            || (self.tb != 0 && r.table != self.tb)
            || (self.iif != 0 && r.attr.u32(RTA_IIF) != Some(self.iif))
        {
            return true;
        }
        print(p, &r, kind == RTM_DELROUTE, self.tb == 0, stats, names);
        true
    }
}

const NOT_MULTICAST: &str = "Non multicast route received, kernel does support IP multicast?\n";

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(af) = family(opts) else {
        return Ok(());
    };
    let f = Filter::parse(args, af, &ifnames::index_or_number)?;
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = opts.printer();
    p.begin();
    let req = f.request();
    let stats = opts.stats > 0;
    let r = rtnl::dump(&mut sock, Wire(RTM_GETROUTE, &req), &mut |m| {
        let mut err = String::new();
        let go_on = f.accept(&mut p, m.raw, &mut names, stats, &mut err);
        if !err.is_empty() {
            p.flush()?;
            eprint!("{err}");
        }
        if go_on {
            Ok(())
        } else {
            Err(Error::ip_fail("Dump terminated"))
        }
    });
    match r {
        Ok(()) => Ok(p.end()?),
        Err(fail) => {
            p.end()?;
            Err(rtnl::terminated(fail, "Dump"))
        }
    }
}

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
/// `-s` its counters and age, and its table when every table is shown.
fn print<W: Write>(
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
    if show_table && r.table != RT_TABLE_MAIN {
        let t = rtnames::table_n2a(r.table);
        p.value(Show::Any, Some("table"), format_args!(" Table: {t}"), &*t);
    }
    p.fp_str("\n");
    p.close_object();
}

/// A multicast route event (`ip monitor`): every family and table, tables named.
pub fn event(p: &mut Out, e: &Event, names: &mut Names) -> bool {
    let Some(r) = Route::parse(e.payload) else {
        return false;
    };
    if r.rtype != RTN_MULTICAST {
        let _ = p.flush();
        eprint!("{NOT_MULTICAST}");
        return false;
    }
    e.start(p);
    print(p, &r, false, true, e.stats > 0, names);
    true
}

#[cfg(test)]
mod tests;
