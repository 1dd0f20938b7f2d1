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
    u32_in, PolicyInfo, SaInfo, Selector, POLICY_ID_LEN, POLICY_INFO_LEN, SA_INFO_LEN,
    XFRMA_POLICY_TYPE, XFRM_MSG_DELPOLICY, XFRM_MSG_DELSA, XFRM_MSG_FLUSHPOLICY, XFRM_MSG_FLUSHSA,
    XFRM_MSG_NEWPOLICY, XFRM_MSG_NEWSA,
};

const XFRM_MSG_ACQUIRE: u16 = 23;
const XFRM_MSG_EXPIRE: u16 = 24;
const XFRM_MSG_NEWAE: u16 = 30;
const XFRM_MSG_REPORT: u16 = 32;
const XFRM_MSG_MAPPING: u16 = 38;
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
        XFRM_MSG_ACQUIRE => acquire(p, opts, payload, &h),
        XFRM_MSG_NEWAE => {
            // plain lines, `-o` or not
            if let Some(t) = aevent(payload) {
                start(p, &t);
            }
        }
        XFRM_MSG_MAPPING => {
            // plain lines, `-o` or not
            if let Some(t) = mapping(payload) {
                start(p, &t);
            }
        }
        XFRM_MSG_REPORT => {
            if let Some(sel) = payload.get(4..).and_then(Selector::parse) {
                let proto = super::names::xfrm_proto(payload.first().copied().unwrap_or(0));
                start(p, "");
                print::line(p, format_args!("report proto {proto} \n  sel "));
                print::selector_line(p, &sel, opts.stats > 0);
                print::line(p, format_args!("\n"));
                print::end(p, opts);
            }
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

/// `struct xfrm_user_acquire`: the SA wanted (id, source), its selector, the policy that
/// asked, the algorithm masks and the sequence number.
fn acquire(p: &mut Out, opts: &Opts, payload: &[u8], head: &str) {
    const SEL_AT: usize = SA_ID_LEN + 16;
    const POL_AT: usize = SEL_AT + 56;
    const MASKS_AT: usize = POL_AT + POLICY_INFO_LEN;
    let (Some(sel), Some(mut pol), Some(masks)) = (
        payload.get(SEL_AT..).and_then(Selector::parse),
        payload.get(POL_AT..).and_then(PolicyInfo::parse),
        payload.get(MASKS_AT..MASKS_AT + 16),
    ) else {
        return;
    };
    pol.attrs = &[];
    let stats = opts.stats > 0;
    let u = |i: usize| u32_in(masks, i * 4);
    let spi = payload
        .get(16..20)
        .map_or(0, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
    let proto = payload.get(20).copied().unwrap_or(0);
    p.fp_str(head);
    let mut text = format!(
        "acquire proto {} spi 0x{spi:08x}",
        super::names::xfrm_proto(proto)
    );
    if stats {
        text.push_str(&format!("({spi})"));
    }
    text.push_str(" \n  sel ");
    print::line(p, format_args!("{text}"));
    print::selector_line(p, &sel, stats);
    print::line(p, format_args!("\n  policy "));
    print::policy_lines_indented(p, &pol, opts, "    ");
    if stats {
        let (a, e, c, seq) = (u(0), u(1), u(2), u(3));
        print::line(
            p,
            // the reference writes the decimal number after `0x`
            format_args!("  seq 0x{seq:08} enc-mask {e:08x} auth-mask {a:08x} comp-mask {c:08x}"),
        );
    }
    print::line(p, format_args!("\n"));
    print::end(p, opts);
}

/// `struct xfrm_usersa_id`: the destination, SPI, family and protocol.
fn sa_id(b: &[u8]) -> Option<(String, u32, u16, u8)> {
    let b = b.get(..SA_ID_LEN)?;
    let mut daddr = [0u8; 16];
    daddr.copy_from_slice(b.get(..16)?);
    let spi = u32::from_be_bytes([b[16], b[17], b[18], b[19]]);
    let family = u16::from_ne_bytes([b[20], b[21]]);
    Some((print::addr(family, &daddr), spi, family, b[22]))
}

fn addr_at(b: &[u8], at: usize, family: u16) -> Option<String> {
    let mut a = [0u8; 16];
    a.copy_from_slice(b.get(at..at + 16)?);
    Some(print::addr(family, &a))
}

/// `struct xfrm_aevent_id`: the SA, its source, the flags (with the words of the replay,
/// timer and policy causes) and reqid.
fn aevent(b: &[u8]) -> Option<String> {
    let (dst, spi, family, proto) = sa_id(b)?;
    let src = addr_at(b, SA_ID_LEN, family)?;
    let flags = u32_in(b, SA_ID_LEN + 16);
    let reqid = u32_in(b, SA_ID_LEN + 20);
    b.get(SA_ID_LEN + 24 - 1)?;
    let mut t = format!("Async event  (0x{flags:x}) ");
    for (bit, word) in [
        (0x10, " replay update "),
        (0x20, " timer expired "),
        (0x40, " policy updated "),
    ] {
        if flags & bit != 0 {
            t.push_str(word);
        }
    }
    t.push_str(&format!(
        "\n\tsrc {src} dst {dst}  reqid 0x{reqid:x} protocol {}  SPI 0x{spi:x}\n",
        super::names::xfrm_proto(proto)
    ));
    Some(t)
}

/// `struct xfrm_user_mapping`: an SA's encapsulation source moved (NAT).
fn mapping(b: &[u8]) -> Option<String> {
    let (dst, spi, family, proto) = sa_id(b)?;
    let reqid = u32_in(b, SA_ID_LEN);
    let old = addr_at(b, SA_ID_LEN + 4, family)?;
    let new = addr_at(b, SA_ID_LEN + 20, family)?;
    let port = |at: usize| b.get(at..at + 2).map(|p| u16::from_be_bytes([p[0], p[1]]));
    let (op, np) = (port(SA_ID_LEN + 36)?, port(SA_ID_LEN + 38)?);
    Some(format!(
        "Mapping change {old}:{op} -> {new}:{np}\n\tdst {dst}  reqid 0x{reqid:x} protocol {}  SPI 0x{spi:x}\n",
        super::names::xfrm_proto(proto)
    ))
}
