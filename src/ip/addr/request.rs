//! The request of `ip address add | change | replace | delete`: one RTM_NEWADDR /
//! RTM_DELADDR, built attribute by attribute in the order the reference sends them.
//!
//! Behaviour learnt by running iproute2 6.1.0 (argv → strace'd request bytes, stderr, exit
//! code): keywords `peer`/`remote`, `brd`, `anycast`, `label`, `scope`, `dev`, `local` and
//! the flag words are exact; `broadcast`, `metric`/`priority`/`preference`, `valid_lft`,
//! `preferred_lft` are prefixes; any other word is the local address. Attributes given on
//! the command line go out in command-line order; then come IFA_FLAGS (only when a flag
//! needs more than the header's 8 bits), IFA_ADDRESS (a copy of the local address unless
//! `peer` gave one), the computed `brd +`/`brd -`, and IFA_CACHEINFO.

use crate::cli::num::get_u32;
use crate::cli::{self, duparg2, matches, Args};
use crate::error::{Error, Result};
use crate::ip::iface::addrflags::flag_bits;
use crate::ip::ifnames::cannot_find;
use crate::ip::opts::Opts;
use crate::ip::prefix::{get_addr, get_prefix, Inet};
use crate::ip::rtnames::scope_a2n;
use crate::ip::usage::ADDR as USAGE;
use crate::netlink::rtnl::addr::*;
use crate::netlink::rtnl::{AF_INET, AF_INET6};
use netlink_packet_core::{DefaultNla, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE};
use netlink_packet_route::address::{AddressAttribute, AddressHeaderFlags, AddressMessage};
use netlink_packet_route::RouteNetlinkMessage;

const RT_SCOPE_HOST: u8 = 254;

/// Which request the command line builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmd {
    Add,
    Change,
    Replace,
    Delete,
}

impl Cmd {
    /// The netlink flags besides REQUEST|ACK (which the socket adds).
    fn nl_flags(self) -> u16 {
        match self {
            Cmd::Add => NLM_F_CREATE | NLM_F_EXCL,
            Cmd::Change => NLM_F_REPLACE,
            Cmd::Replace => NLM_F_CREATE | NLM_F_REPLACE,
            Cmd::Delete => 0,
        }
    }
}

/// A built request: the message and its netlink flags.
#[derive(Debug, Clone)]
pub struct Request {
    pub msg: RouteNetlinkMessage,
    pub flags: u16,
}

/// The usage screen (`help` anywhere an address may stand), exit 255.
fn usage() -> Error {
    Error::ip_usage_text(USAGE)
}

/// Everything the command line said, collected in one pass.
struct Parsed {
    family: u8,
    attrs: Vec<AddressAttribute>,
    local: Option<(Inet, String)>,
    peer: Option<Inet>,
    /// `brd +` (1) or `brd -` (-1).
    brd_special: i8,
    brd_seen: bool,
    any_seen: bool,
    dev: Option<String>,
    scope: Option<u8>,
    flags: u32,
    valid: Option<u32>,
    preferred: Option<u32>,
}

fn nla(kind: u16, value: &[u8]) -> AddressAttribute {
    AddressAttribute::Other(DefaultNla::new(kind, value.to_vec()))
}

/// `valid_lft` / `preferred_lft` value: `forever` or a u32.
fn lifetime(word: &str, what: &str) -> Result<u32> {
    if word == "forever" {
        return Ok(INFINITY_LIFE_TIME);
    }
    get_u32(word).ok_or_else(|| cli::invarg(what, word))
}

fn parse(args: &mut Args, opts: &Opts, warn: &mut dyn FnMut(&str)) -> Result<Parsed> {
    let mut p = Parsed {
        family: opts.family,
        attrs: Vec::new(),
        local: None,
        peer: None,
        brd_special: 0,
        brd_seen: false,
        any_seen: false,
        dev: None,
        scope: None,
        flags: 0,
        valid: None,
        preferred: None,
    };
    while let Some(word) = args.next().map(str::to_string) {
        let w = word.as_str();
        if w == "peer" || w == "remote" {
            let v = args.value()?.to_string();
            if p.peer.is_some() {
                return Err(cli::duparg("peer", &v));
            }
            let a = get_prefix(&v, p.family)?;
            if p.family == 0 {
                p.family = a.family;
            }
            p.attrs.push(nla(IFA_ADDRESS, a.bytes()));
            p.peer = Some(a);
        } else if matches(w, "broadcast") || w == "brd" {
            let v = args.value()?.to_string();
            if p.brd_seen {
                return Err(cli::duparg("broadcast", &v));
            }
            p.brd_seen = true;
            if v == "+" {
                p.brd_special = 1;
            } else if v == "-" {
                p.brd_special = -1;
            } else {
                let a = get_addr(&v, p.family)?;
                if p.family == 0 {
                    p.family = a.family;
                }
                p.attrs.push(nla(IFA_BROADCAST, a.bytes()));
            }
        } else if w == "anycast" {
            let v = args.value()?.to_string();
            if p.any_seen {
                return Err(cli::duparg("anycast", &v));
            }
            p.any_seen = true;
            let a = get_addr(&v, p.family)?;
            if p.family == 0 {
                p.family = a.family;
            }
            p.attrs.push(nla(IFA_ANYCAST, a.bytes()));
        } else if w == "scope" {
            let v = args.value()?;
            p.scope = Some(scope_a2n(v).ok_or_else(|| cli::invarg("invalid scope value.", v))?);
        } else if w == "dev" {
            p.dev = Some(args.value()?.to_string());
        } else if w == "label" {
            let v = args.value()?;
            p.attrs.push(AddressAttribute::Label(v.to_string()));
        } else if matches(w, "metric") || matches(w, "priority") || matches(w, "preference") {
            let v = args.value()?;
            let m = get_u32(v).ok_or_else(|| cli::invarg("\"metric\" value is invalid\n", v))?;
            p.attrs.push(AddressAttribute::RoutePriority(m));
        } else if matches(w, "valid_lft") {
            if p.valid.is_some() {
                return Err(cli::duparg("valid_lft", w));
            }
            p.valid = Some(lifetime(args.value()?, "valid_lft value")?);
        } else if matches(w, "preferred_lft") {
            if p.preferred.is_some() {
                return Err(cli::duparg("preferred_lft", w));
            }
            p.preferred = Some(lifetime(args.value()?, "preferred_lft value")?);
        } else if w == "mngtmpaddr" || w == "home" || w == "nodad" || w == "optimistic" {
            if p.family == AF_INET6 {
                p.flags |= flag_bits(w);
            } else {
                warn(&format!(
                    "Warning: {w} option can be set only for IPv6 addresses\n"
                ));
            }
        } else if w == "noprefixroute" {
            p.flags |= IFA_F_NOPREFIXROUTE;
        } else if w == "autojoin" {
            p.flags |= IFA_F_MCAUTOJOIN;
        } else if matches!(
            w,
            "secondary"
                | "temporary"
                | "permanent"
                | "tentative"
                | "deprecated"
                | "dadfailed"
                | "stable-privacy"
        ) {
            warn(&format!(
                "Warning: {w} option is not mutable from userspace\n"
            ));
        } else {
            let v = if w == "local" {
                args.value()?.to_string()
            } else {
                word.clone()
            };
            if matches(&v, "help") {
                return Err(usage());
            }
            // `any`/`all` (no address bytes) do not count as a local address given
            if p.local.as_ref().is_some_and(|(a, _)| a.bytelen > 0) {
                return Err(duparg2("local", &v));
            }
            let a = get_prefix(&v, p.family)?;
            if p.family == 0 {
                p.family = a.family;
            }
            p.attrs.push(nla(IFA_LOCAL, a.bytes()));
            p.local = Some((a, v));
        }
    }
    Ok(p)
}

/// Parse the command line and build the request; `index` resolves device names,
/// `warn` receives the reference's warnings (already newline-terminated) as they arise.
pub fn build(
    args: &mut Args,
    opts: &Opts,
    cmd: Cmd,
    index: &dyn Fn(&str) -> Option<u32>,
    warn: &mut dyn FnMut(&str),
) -> Result<Request> {
    let mut p = parse(args, opts, warn)?;
    let Some(dev_name) = p.dev.take() else {
        return Err(Error::ip_fail(
            "Not enough information: \"dev\" argument is required.",
        ));
    };
    // An IPv4 address deleted without a length matches any length (the reference warns).
    let wildcard = cmd == Cmd::Delete
        && p.peer.is_none()
        && matches!(&p.local, Some((a, _)) if a.family == AF_INET && !a.len_given && a.bytelen > 0);
    if wildcard {
        if let Some((a, text)) = &p.local {
            warn(&format!(
                "Warning: Executing wildcard deletion to stay compatible with old scripts.\n         Explicitly specify the prefix length ({text}/{}) to avoid this warning.\n         This special behaviour is likely to disappear in further releases,\n         fix your scripts!\n",
                a.bitlen
            ));
        }
    }
    let mut hdr_flags = 0u8;
    if p.flags <= 0xff {
        hdr_flags = p.flags as u8;
    } else {
        p.attrs.push(nla(IFA_FLAGS, &p.flags.to_ne_bytes()));
    }
    if let Some((a, _)) = &p.local {
        if p.peer.is_none() && a.bytelen > 0 && !wildcard {
            p.attrs.push(nla(IFA_ADDRESS, a.bytes()));
        }
    }
    // The prefix is the peer's when there is one.
    let target = p.peer.as_ref().or(p.local.as_ref().map(|(a, _)| a));
    let prefixlen = target.map_or(0, |a| a.bitlen.min(255) as u8);
    if p.brd_special != 0 && cmd != Cmd::Delete {
        if p.family != AF_INET {
            return Err(Error::ip_fail(
                "Broadcast can be set only for IPv4 addresses",
            ));
        }
        if prefixlen < 31 {
            let mut b = target.map(|a| a.bytes().to_vec()).unwrap_or_default();
            if b.len() == 4 {
                let mask = u32::MAX.checked_shl(32 - u32::from(prefixlen)).unwrap_or(0);
                let mut v = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
                v = if p.brd_special > 0 {
                    v | !mask
                } else {
                    v & mask
                };
                b = v.to_be_bytes().to_vec();
            }
            p.attrs.push(nla(IFA_BROADCAST, &b));
        }
    }
    let mut scope = p.scope.unwrap_or(0);
    if p.scope.is_none() && cmd != Cmd::Delete {
        if let Some((a, _)) = &p.local {
            if a.family == AF_INET && a.bytes().first() == Some(&127) {
                scope = RT_SCOPE_HOST;
            }
        }
    }
    let ifindex = index(&dev_name).ok_or_else(|| cannot_find(&dev_name))?;
    if p.valid.is_some() || p.preferred.is_some() {
        let valid = p.valid.unwrap_or(INFINITY_LIFE_TIME);
        let preferred = p.preferred.unwrap_or(INFINITY_LIFE_TIME);
        if valid == 0 {
            return Err(Error::ip_fail("valid_lft is zero"));
        }
        if preferred > valid {
            return Err(Error::ip_fail("preferred_lft is greater than valid_lft"));
        }
        let mut ci = Vec::with_capacity(16);
        ci.extend_from_slice(&preferred.to_ne_bytes());
        ci.extend_from_slice(&valid.to_ne_bytes());
        ci.extend_from_slice(&[0; 8]);
        p.attrs.push(nla(IFA_CACHEINFO, &ci));
    }
    if p.flags & IFA_F_MCAUTOJOIN != 0 && !matches!(&p.local, Some((a, _)) if a.is_multicast()) {
        return Err(Error::ip_fail("autojoin needs multicast address"));
    }
    let mut msg = AddressMessage::default();
    msg.header.family = p.family.into();
    msg.header.prefix_len = prefixlen;
    msg.header.flags = AddressHeaderFlags::from_bits_retain(hdr_flags);
    msg.header.scope = scope.into();
    msg.header.index = ifindex;
    msg.attributes = p.attrs;
    let msg = if cmd == Cmd::Delete {
        RouteNetlinkMessage::DelAddress(msg)
    } else {
        RouteNetlinkMessage::NewAddress(msg)
    };
    Ok(Request {
        msg,
        flags: cmd.nl_flags(),
    })
}
