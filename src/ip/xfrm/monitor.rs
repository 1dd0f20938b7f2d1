//! `ip xfrm monitor [ nokeys ] [ all-nsid ] [ all | OBJECTS ] [ file FILE ]`: the XFRM
//! events as they arrive (or the messages of a recording): SAs and policies added, updated,
//! deleted and expired, flushes, the default policies.

use super::print;
use crate::cli::{incomplete, matches, Args};
use crate::error::{Error, Result};
use crate::ip::event::{head, timestamp_record};
use crate::ip::opts::{Opts, Out};
use crate::ip::usage;
use crate::netlink::attr::{find, Table};
use crate::netlink::listen::{messages, Listener};
use crate::netlink::xfrm::{
    PolicyInfo, SaInfo, POLICY_ID_LEN, POLICY_INFO_LEN, SA_INFO_LEN, XFRMA_POLICY_TYPE,
    XFRM_MSG_DELPOLICY, XFRM_MSG_DELSA, XFRM_MSG_FLUSHPOLICY, XFRM_MSG_FLUSHSA, XFRM_MSG_NEWPOLICY,
    XFRM_MSG_NEWSA,
};

const XFRM_MSG_EXPIRE: u16 = 24;
const XFRM_MSG_UPDPOLICY: u16 = 25;
const XFRM_MSG_UPDSA: u16 = 26;
const XFRM_MSG_POLEXPIRE: u16 = 27;
const XFRM_MSG_SETDEFAULT: u16 = 39;
const XFRM_MSG_GETDEFAULT: u16 = 40;
const XFRMA_SA: u16 = 6;
const XFRMA_POLICY: u16 = 7;
/// sizeof(struct xfrm_usersa_id).
const SA_ID_LEN: usize = 24;
/// rtmon's timestamp record in a recording.
const NLMSG_TSTAMP: u16 = 15;

/// The objects in the reference's order of reading, and their groups (XFRMNLGRP_*: bit n-1).
const OBJECTS: &[(&str, u32)] = &[
    ("acquire", 1 << 0),
    ("expire", 1 << 1),
    ("SA", 1 << 2),
    ("aevent", 1 << 4),
    ("policy", 1 << 3),
    ("report", 1 << 5),
];
/// Every group `all` (or no object) listens to.
const ALL: u32 = 0b11_1111;

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let mut groups = 0u32;
    let mut all_nsid = false;
    let mut file = None;
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "file") {
            file = Some(args.next().ok_or_else(incomplete)?.to_string());
        } else if w == "nokeys" || w == "all" {
            // no keys are printed anyway; `all` is what naming no object means
        } else if matches(&w, "all-nsid") {
            all_nsid = true;
        } else if let Some((_, g)) = OBJECTS.iter().find(|(n, _)| matches(&w, n)) {
            groups |= g;
        } else if matches(&w, "help") {
            return Err(Error::ip_usage_text(usage::XFRM_MONITOR));
        } else {
            return Err(Error::ip_usage(format_args!(
                "Argument \"{w}\" is unknown, try \"ip xfrm monitor help\"."
            )));
        }
    }
    if groups == 0 {
        groups = ALL;
    }
    let mut p = print::printer(opts);
    if let Some(f) = file {
        return from_file(&f, &mut p, opts, all_nsid);
    }
    let rcvbuf = match opts.rcvbuf {
        0 => 1024 * 1024,
        n => n,
    };
    let mut l = Listener::open(
        netlink_sys::protocols::NETLINK_XFRM,
        groups,
        &[],
        all_nsid,
        rcvbuf,
    )
    .map_err(|e| Error::ip_fail(format_args!("Cannot open netlink socket: {e}")))?;
    loop {
        let (buf, nsid) = match l.recv() {
            Ok(r) => r,
            Err(e) if e.raw_os_error() == Some(nix::libc::ENOBUFS) => continue,
            Err(e) => return Err(Error::ip_fail(format_args!("netlink receive error {e}"))),
        };
        for (kind, payload) in messages(buf) {
            one(&mut p, opts, kind, payload, nsid);
        }
        p.flush()?;
    }
}

/// A recording: every message in it, rtmon's timestamps as such.
fn from_file(path: &str, p: &mut Out, opts: &Opts, all_nsid: bool) -> Result<()> {
    let data = std::fs::read(path).map_err(|e| {
        Error::ip_usage(format_args!("Cannot fopen: {}", crate::error::io_text(&e)))
    })?;
    let nsid = all_nsid.then_some(-1);
    let mut at = 0usize;
    while let Some(h) = data.get(at..at + 16) {
        let len = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]) as usize;
        let kind = u16::from_ne_bytes([h[4], h[5]]);
        let Some(payload) = data.get(at + 16..at + len.max(16)) else {
            break;
        };
        if len < 16 {
            break;
        }
        at += (len + 3) & !3;
        if kind == NLMSG_TSTAMP {
            timestamp_record(p, payload);
        } else {
            one(p, opts, kind, payload, nsid);
        }
    }
    Ok(p.flush()?)
}

/// The view inside a delete's id: the object attribute's structure, with the attributes
/// that follow the id.
fn inner(payload: &[u8], id_len: usize, kind: u16) -> Option<(&[u8], &[u8])> {
    let attrs = payload.get(id_len..)?;
    Some((find(attrs, kind)?, attrs))
}

fn one(p: &mut Out, opts: &Opts, kind: u16, payload: &[u8], nsid: Option<i32>) {
    let mut h = String::new();
    head(opts, nsid, &mut h);
    let start = |p: &mut Out, word: &str| {
        p.fp_str(&h);
        p.fp_str(word);
    };
    match kind {
        XFRM_MSG_NEWSA | XFRM_MSG_UPDSA => {
            if let Some(s) = SaInfo::parse(payload) {
                start(
                    p,
                    if kind == XFRM_MSG_UPDSA {
                        "Updated "
                    } else {
                        ""
                    },
                );
                print::sa(p, &s, opts);
            }
        }
        XFRM_MSG_DELSA => {
            let sa = inner(payload, SA_ID_LEN, XFRMA_SA).and_then(|(v, attrs)| {
                let mut s = SaInfo::parse(v.get(..SA_INFO_LEN)?)?;
                s.attrs = attrs;
                Some(s)
            });
            if let Some(s) = sa {
                start(p, "Deleted ");
                print::sa(p, &s, opts);
            }
        }
        XFRM_MSG_EXPIRE => {
            if let Some(s) = SaInfo::parse(payload) {
                let mut s = s;
                s.attrs = payload.get(SA_INFO_LEN + 8..).unwrap_or(&[]);
                start(p, "Expired ");
                print::sa_lines(p, &s, opts);
                let hard = payload.get(SA_INFO_LEN).copied().unwrap_or(0);
                print::line(p, format_args!("\thard {hard}\n"));
                print::end(p, opts);
            }
        }
        XFRM_MSG_NEWPOLICY | XFRM_MSG_UPDPOLICY => {
            if let Some(pol) = PolicyInfo::parse(payload) {
                start(
                    p,
                    if kind == XFRM_MSG_UPDPOLICY {
                        "Updated "
                    } else {
                        ""
                    },
                );
                print::policy(p, &pol, opts);
            }
        }
        XFRM_MSG_DELPOLICY => {
            let pol = inner(payload, POLICY_ID_LEN, XFRMA_POLICY).and_then(|(v, attrs)| {
                let mut pol = PolicyInfo::parse(v.get(..POLICY_INFO_LEN)?)?;
                pol.attrs = attrs;
                Some(pol)
            });
            if let Some(pol) = pol {
                start(p, "Deleted ");
                print::policy(p, &pol, opts);
            }
        }
        XFRM_MSG_POLEXPIRE => {
            if let Some(mut pol) = PolicyInfo::parse(payload) {
                pol.attrs = payload.get(POLICY_INFO_LEN + 8..).unwrap_or(&[]);
                start(p, "Expired ");
                print::policy_lines(p, &pol, opts);
                let hard = payload.get(POLICY_INFO_LEN).copied().unwrap_or(0);
                print::line(p, format_args!("\thard {hard}\n"));
                print::end(p, opts);
            }
        }
        XFRM_MSG_FLUSHSA => {
            let proto = payload.first().copied().unwrap_or(0);
            start(p, "");
            let name = super::names::xfrm_proto(proto);
            print::line(p, format_args!("Flushed state proto {name}\n"));
            print::end(p, opts);
        }
        XFRM_MSG_FLUSHPOLICY => {
            let t: Table<'_, 20> = Table::new(payload);
            let ptype = t
                .get(XFRMA_POLICY_TYPE)
                .and_then(|v| v.first().copied())
                .unwrap_or(0);
            start(p, "");
            let name = super::names::ptype(ptype);
            print::line(p, format_args!("Flushed policy ptype {name} \n"));
            print::end(p, opts);
        }
        XFRM_MSG_SETDEFAULT | XFRM_MSG_GETDEFAULT => {
            if let Some(&[i, f, o]) = payload.get(..3) {
                start(p, "");
                print::defaults(p, [i, f, o]);
            }
        }
        _ => {}
    }
}
