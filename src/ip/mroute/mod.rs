//! `ip mroute show|list [ [to] PREFIX ] [ from PREFIX ] [ iif DEV ] [ table ID ]`: the
//! multicast routing caches (RTNL_FAMILY_IPMR, or IP6MR with `-6`) dumped and printed
//! as `(S,G) Iif: … Oifs: …`, and the printer of their events for `ip monitor`.
//!
//! The prefixes are read with the multicast family itself, so only `default`, `any` and
//! `all` (which select everything) get through, as with the reference.

mod print;

use super::event::Event;
use super::ifnames::{self, Names};
use super::opts::{Opts, Out};
use super::{prefix, rtnames, rtnl, usage};
use crate::cli::{self, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::rtnl::route::{
    Route, RTA_IIF, RTA_TABLE, RTMSG_LEN, RTN_MULTICAST, RT_TABLE_MAIN,
};
use crate::netlink::rtnl::{
    AF_INET, AF_INET6, RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE, RTNL_FAMILY_IP6MR,
    RTNL_FAMILY_IPMR,
};
use crate::netlink::{Wire, NLMSG_HDRLEN};
use crate::output::Printer;
use std::io::Write;

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
        opts: &Opts,
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
        let table = self.tb == 0 && (opts.details > 0 || r.table != RT_TABLE_MAIN);
        let stats = opts.stats > 0;
        print::print(p, &r, kind == RTM_DELROUTE, table, stats, names);
        true
    }
}

const NOT_MULTICAST: &str = "Non multicast route received, kernel does support IP multicast?\n";

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(af) = family(opts) else {
        return Ok(());
    };
    let f = Filter::parse(args, af, &ifnames::index)?;
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = opts.printer();
    p.begin();
    let req = f.request();
    let r = rtnl::dump(&mut sock, Wire(RTM_GETROUTE, &req), &mut |m| {
        let mut err = String::new();
        let go_on = f.accept(&mut p, m.raw, &mut names, opts, &mut err);
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

/// A multicast route event (`ip monitor`): every family and table, tables named; with
/// `dev`, the routes whose incoming device it is.
pub fn event(p: &mut Out, e: &Event, names: &mut Names) -> bool {
    let Some(r) = Route::parse(e.payload) else {
        return false;
    };
    if r.rtype != RTN_MULTICAST {
        let _ = p.flush();
        eprint!("{NOT_MULTICAST}");
        return false;
    }
    if e.dev.is_some() && r.attr.u32(RTA_IIF) != e.dev {
        return false;
    }
    e.start(p);
    let table = e.opts.details > 0 || r.table != RT_TABLE_MAIN;
    print::print(p, &r, false, table, e.stats > 0, names);
    true
}

#[cfg(test)]
mod tests;
