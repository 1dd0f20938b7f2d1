//! `ip monitor [ all | OBJECTS ] [ file FILENAME ] [ label ] [ all-nsid ] [ dev DEVICE ]`:
//! the kernel's rtnetlink events as they arrive (each written out at once), or the messages
//! of an `rtmon` recording. Link events are printed by `iface`; the other objects' printers
//! come in a [`Printers`] table (see `ip::event`).

use super::event::{timestamp_record, Event, Print, Printers};
use super::ifnames::{self, Names};
use super::opts::{Opts, Out};
use super::{iface, rtnl, usage};
use crate::cli::{self, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::listen::{messages, Listener};
use crate::netlink::rtnl::link::Link;
use crate::netlink::rtnl::netconf::{RTM_DELNETCONF, RTM_NEWNETCONF};
use crate::netlink::rtnl::{
    AF_INET, AF_INET6, AF_MPLS, RTM_DELADDR, RTM_DELLINK, RTM_DELNEIGH, RTM_DELNEXTHOP,
    RTM_DELNSID, RTM_DELROUTE, RTM_DELRULE, RTM_GETLINK, RTM_NEWADDR, RTM_NEWLINK, RTM_NEWNEIGH,
    RTM_NEWNEXTHOP, RTM_NEWNSID, RTM_NEWROUTE, RTM_NEWRULE,
};
use crate::netlink::Wire;

// The objects (bits of `Monitor::objects`).
const LINK: u32 = 1 << 0;
const ADDR: u32 = 1 << 1;
const ROUTE: u32 = 1 << 2;
const MROUTE: u32 = 1 << 3;
const PREFIX: u32 = 1 << 4;
const NEIGH: u32 = 1 << 5;
const NETCONF: u32 = 1 << 6;
const RULE: u32 = 1 << 7;
const NSID: u32 = 1 << 8;
const NEXTHOP: u32 = 1 << 9;
const STATS: u32 = 1 << 10;
const ALL: u32 = (1 << 11) - 1;

/// rtmon's timestamp record (iproute2's NLMSG_TSTAMP): struct timeval as two u32.
const NLMSG_TSTAMP: u16 = 15;
/// RTM_*ROUTE of the multicast routing tables.
const RTNL_FAMILY_IPMR: u8 = 128;
const RTNL_FAMILY_IP6MR: u8 = 129;

/// Multicast groups (bit n-1 of the bind mask for group n) per family: (v4, v6, mpls, any).
const GROUPS: &[(u32, [u32; 4])] = &[
    (LINK, [0, 0, 0, 1 << 0]),
    (ADDR, [1 << 4, 1 << 8, 0, 0]),
    (ROUTE, [1 << 6, 1 << 10, 1 << 26, 0]),
    (MROUTE, [1 << 5, 1 << 9, 0, 0]),
    (PREFIX, [0, 1 << 17, 0, 0]),
    (NEIGH, [0, 0, 0, 1 << 2]),
    (NETCONF, [1 << 23, 1 << 24, 1 << 28, 0]),
    (RULE, [1 << 7, 1 << 18, 0, 0]),
    (NSID, [0, 0, 0, 1 << 27]),
];
/// RTNLGRP_NEXTHOP and RTNLGRP_STATS: past the bind mask, joined one by one.
const RTNLGRP_NEXTHOP: u32 = 32;
const RTNLGRP_STATS: u32 = 36;

struct Monitor {
    objects: u32,
    file: Option<String>,
    label: bool,
    all_nsid: bool,
    dev: Option<u32>,
}

fn parse(args: &mut Args) -> Result<Monitor> {
    let mut m = Monitor {
        objects: 0,
        file: None,
        label: false,
        all_nsid: false,
        dev: None,
    };
    while let Some(w) = args.next() {
        let w = w.to_string();
        // the reference's order: `all`, `stats` and `dev` only whole
        if matches(&w, "file") {
            m.file = Some(args.next().ok_or_else(cli::incomplete)?.to_string());
        } else if matches(&w, "label") {
            m.label = true;
        } else if matches(&w, "link") {
            m.objects |= LINK;
        } else if matches(&w, "address") {
            m.objects |= ADDR;
        } else if w == "all" {
            // selects nothing: it asks for the labels
            m.label = true;
        } else if matches(&w, "all-nsid") {
            m.all_nsid = true;
        } else if matches(&w, "route") {
            m.objects |= ROUTE;
        } else if matches(&w, "mroute") {
            m.objects |= MROUTE;
        } else if matches(&w, "prefix") {
            m.objects |= PREFIX;
        } else if matches(&w, "neigh") {
            m.objects |= NEIGH;
        } else if matches(&w, "netconf") {
            m.objects |= NETCONF;
        } else if matches(&w, "rule") {
            m.objects |= RULE;
        } else if matches(&w, "nsid") {
            m.objects |= NSID;
        } else if matches(&w, "nexthop") {
            m.objects |= NEXTHOP;
        } else if w == "stats" {
            m.objects |= STATS;
        } else if w == "dev" {
            let name = args.next().ok_or_else(cli::incomplete)?.to_string();
            let i = ifnames::index(&name)
                .ok_or_else(|| cli::invarg("Device does not exist\n", &name))?;
            m.dev = Some(i);
        } else if matches(&w, "help") {
            return Err(Error::ip_usage_text(usage::MONITOR));
        } else {
            return Err(Error::ip_usage(format_args!(
                "Argument \"{w}\" is unknown, try \"ip monitor help\"."
            )));
        }
    }
    if m.objects == 0 {
        m.objects = ALL;
    }
    Ok(m)
}

/// The bind mask and the groups joined past it, for these objects and family.
fn groups(objects: u32, family: u8) -> (u32, Vec<u32>) {
    let mut mask = 0;
    for &(obj, [v4, v6, mpls, any]) in GROUPS {
        if objects & obj == 0 {
            continue;
        }
        mask |= any;
        if family == 0 || family == AF_INET {
            mask |= v4;
        }
        if family == 0 || family == AF_INET6 {
            mask |= v6;
        }
        if family == 0 || family == AF_MPLS {
            mask |= mpls;
        }
    }
    let mut extra = Vec::new();
    if objects & NEXTHOP != 0 {
        extra.push(RTNLGRP_NEXTHOP);
    }
    if objects & STATS != 0 {
        extra.push(RTNLGRP_STATS);
    }
    (mask, extra)
}

pub fn run(args: &mut Args, opts: &Opts, printers: &Printers) -> Result<()> {
    let m = parse(args)?;
    // plain text always (the reference opens no JSON document here), no counters
    let mut o = opts.clone();
    o.json = false;
    o.pretty = false;
    o.stats = 0;
    let mut p = o.printer();
    let mut names = Names::default();
    let mut run = Run {
        m: &m,
        // a recording is printed whole: the objects named select nothing there
        objects: if m.file.is_some() { ALL } else { m.objects },
        opts: &o,
        printers,
        head: String::new(),
        printed: false,
        stats: opts.stats,
    };
    match &m.file {
        Some(f) => run.file(f, &mut p, &mut names),
        None => run.listen(&mut p, &mut names),
    }
}

struct Run<'a> {
    m: &'a Monitor,
    objects: u32,
    opts: &'a Opts,
    printers: &'a Printers,
    head: String,
    /// An object was printed since the last flush.
    printed: bool,
    /// `-s` as given (see [`Event::stats`]).
    stats: u32,
}

impl Run<'_> {
    fn listen(&mut self, p: &mut Out, names: &mut Names) -> Result<()> {
        let (mask, extra) = groups(self.m.objects, self.opts.family);
        let rcvbuf = match self.opts.rcvbuf {
            0 => 1024 * 1024,
            n => n,
        };
        let mut l = Listener::route(mask, &extra, self.m.all_nsid, rcvbuf)
            .map_err(|e| Error::ip_fail(format_args!("Cannot open netlink socket: {e}")))?;
        // the interfaces' names as they are now
        let mut sock = rtnl::open()?;
        let _ = rtnl::dump(&mut sock, Wire(RTM_GETLINK, &[0u8; 16]), &mut |msg| {
            if let Some(l) = Link::parse(msg.payload).filter(|_| msg.kind == RTM_NEWLINK) {
                names.remember(&l);
            }
            Ok(())
        });
        loop {
            let (buf, nsid) = match l.recv() {
                Ok(r) => r,
                // events lost to a full receive buffer: carry on with the next ones
                Err(e) if e.raw_os_error() == Some(nix::libc::ENOBUFS) => continue,
                Err(e) => {
                    return Err(Error::ip_fail(format_args!("netlink receive error {e}")));
                }
            };
            for (kind, payload) in messages(buf) {
                self.one(p, names, kind, payload, nsid);
            }
            if std::mem::take(&mut self.printed) {
                p.flush()?;
            }
        }
    }

    /// An rtmon recording: every message in it.
    fn file(&mut self, path: &str, p: &mut Out, names: &mut Names) -> Result<()> {
        let data = match std::fs::read(path) {
            Ok(d) => d,
            Err(e) if e.raw_os_error() == Some(nix::libc::EISDIR) => {
                return Err(Error::ip_fail(format_args!(
                    "rtnl_from_file: fread: {}",
                    crate::error::strerror(nix::libc::EISDIR)
                )));
            }
            Err(e) => {
                return Err(Error::ip_usage(format_args!(
                    "Cannot fopen: {}",
                    crate::error::io_text(&e)
                )));
            }
        };
        let mut at = 0usize;
        let nsid = self.m.all_nsid.then_some(-1);
        let fail = loop {
            let Some(h) = data.get(at..at + 16) else {
                break (at < data.len()).then_some("rtnl-from_file: truncated message".to_string());
            };
            let len = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]) as usize;
            let kind = u16::from_ne_bytes([h[4], h[5]]);
            if len < 16 {
                break Some(format!("!!!malformed message: len={len} @{}", at + 16));
            }
            let end = at + ((len + 3) & !3);
            let (Some(payload), true) = (data.get(at + 16..at + len), end <= data.len()) else {
                break Some("rtnl-from_file: truncated message".to_string());
            };
            at = end;
            if kind == NLMSG_TSTAMP {
                timestamp_record(p, payload);
                continue;
            }
            self.one(p, names, kind, payload, nsid);
        };
        p.flush()?;
        match fail {
            Some(text) => Err(Error::ip_fail(text)),
            None => Ok(()),
        }
    }

    /// One message: its object's printer, with the head it asks for.
    fn one(
        &mut self,
        p: &mut Out,
        names: &mut Names,
        kind: u16,
        payload: &[u8],
        nsid: Option<i32>,
    ) {
        let (obj, label): (u32, &str) = match kind {
            RTM_NEWLINK | RTM_DELLINK => (LINK, "[LINK]"),
            RTM_NEWADDR | RTM_DELADDR => (ADDR, "[ADDR]"),
            RTM_NEWROUTE | RTM_DELROUTE => match payload.first() {
                Some(&RTNL_FAMILY_IPMR) | Some(&RTNL_FAMILY_IP6MR) => (MROUTE, "[MROUTE]"),
                _ => (ROUTE, "[ROUTE]"),
            },
            RTM_NEWNEIGH | RTM_DELNEIGH => (NEIGH, "[NEIGH]"),
            RTM_NEWRULE | RTM_DELRULE => (RULE, "[RULE]"),
            RTM_NEWNETCONF | RTM_DELNETCONF => (NETCONF, "[NETCONF]"),
            RTM_NEWNSID | RTM_DELNSID => (NSID, "[NSID]"),
            RTM_NEWNEXTHOP | RTM_DELNEXTHOP => (NEXTHOP, "[NEXTHOP]"),
            _ => return,
        };
        if self.objects & obj == 0 {
            return;
        }
        let print: Print = match obj {
            LINK => link_event,
            ADDR => self.printers.addr,
            ROUTE => self.printers.route,
            NEIGH => self.printers.neigh,
            NETCONF => self.printers.netconf,
            NSID => self.printers.nsid,
            // HOOK: rule and nexthop events print once `ip rule` and `ip nexthop` hand
            // their printers in (ip::mod's table); until then they are passed over
            RULE => match self.printers.rule {
                Some(f) => f,
                None => return,
            },
            NEXTHOP => match self.printers.nexthop {
                Some(f) => f,
                None => return,
            },
            MROUTE => self.printers.mroute,
            // prefix and stats events are not printed yet
            _ => return,
        };
        self.head.clear();
        super::event::head(self.opts, nsid, &mut self.head);
        if self.m.label {
            self.head.push_str(label);
        }
        let deleted = matches!(
            kind,
            RTM_DELLINK
                | RTM_DELADDR
                | RTM_DELROUTE
                | RTM_DELNEIGH
                | RTM_DELRULE
                | RTM_DELNETCONF
                | RTM_DELNSID
                | RTM_DELNEXTHOP
        );
        // the heads go out whether the object's selectors let it through or not; only a
        // printed object flushes them (so a filtered event's heads wait for the next one)
        p.fp_str(&self.head);
        let e = Event {
            payload,
            deleted,
            dev: self.m.dev,
            opts: self.opts,
            stats: self.stats,
        };
        if print(p, &e, names) {
            self.printed = true;
        }
    }
}

/// Link events: the link as `ip address show` prints it without `qlen` (name and state
/// alone under `-br`); the names cache learns of it first (see [`Names::note`]).
fn link_event(p: &mut Out, e: &Event, names: &mut Names) -> bool {
    let Some(l) = Link::parse(e.payload) else {
        return false;
    };
    names.note(&l, e.deleted);
    if !e.dev_ok(l.index) {
        return false;
    }
    e.start(p);
    if e.opts.brief {
        iface::print::print_brief_name_state(p, &l, names);
    } else {
        iface::print::print_link_event(p, &l, e.opts, names);
        p.fp_str("\n");
    }
    true
}
