//! `ip tunnel` / `ip -6 tunnel`: add, change, del, show (and for IPv4 prl, 6rd) through the
//! tunnel ioctls on the mode's base device (tunl0, gre0, sit0, ip_vti0, ip6tnl0, ip6gre0,
//! ip6_vti0), as iproute2 6.1 does, with its words for their failures.

mod parm;
#[cfg(test)]
mod tests;

use super::iface::{self, Query};
use super::opts::Opts;
use super::rtnl;
use super::usage;
use crate::cli::{matches, Args};
use crate::error::{strerror, Error, Result};
use crate::netlink::rtnl::link::Link;
use crate::netlink::rtnl::AF_INET6;
use crate::sys::tunnel::{self as sys, SIOCADDTUNNEL, SIOCDELTUNNEL, SIOCGETTUNNEL};
use nix::errno::Errno;
use parm::{Parm4, Parm6};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cmd {
    Add,
    Change,
    Del,
    Show,
    Prl,
    SixRd,
    Help,
}

const SUBS: &[(&str, Cmd)] = &[
    ("add", Cmd::Add),
    ("change", Cmd::Change),
    ("del", Cmd::Del),
    ("delete", Cmd::Del),
    ("show", Cmd::Show),
    ("list", Cmd::Show),
    ("lst", Cmd::Show),
    ("prl", Cmd::Prl),
    ("6rd", Cmd::SixRd),
    ("help", Cmd::Help),
];

/// The subcommands, in the parser's order (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    SUBS.iter().map(|(n, _)| *n)
}

/// What a command line asks of the kernel: one ioctl (its family, device, command and
/// structure, and how its failure is worded), or the list of tunnel devices.
#[derive(Debug, PartialEq, Eq)]
pub enum Plan {
    Ioctl {
        v6: bool,
        dev: String,
        cmd: u64,
        data: Vec<u8>,
        /// `WHAT tunnel "DEV" failed: ERR`; None: `DEV: ioctl CMD failed: ERR` (prl, 6rd).
        what: Option<&'static str>,
        then: Then,
    },
    ShowAll,
}

/// What follows a successful ioctl: nothing (add, del, prl, 6rd), or the rest of change
/// and show.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Then {
    Done,
    Change,
    Show,
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    match plan(args, opts.family)? {
        Plan::ShowAll => show_all(),
        Plan::Ioctl {
            v6,
            dev,
            cmd,
            mut data,
            what,
            then,
        } => {
            sys::call(v6, &dev, cmd, &mut data).map_err(|e| match what {
                Some(w) => failed(w, &dev, e),
                None => Error::ip_fail(format_args!("{dev}: ioctl {cmd:x} failed: {}", text(e))),
            })?;
            match then {
                Then::Done => Ok(()),
                // the device answered SIOCGETTUNNEL: it is a tunnel, which ipkit cannot
                // have met here (this kernel has no tunnel modules to test against)
                Then::Change | Then::Show => Err(not_yet()),
            }
        }
    }
}

/// The command line's [`Plan`] (`family` from `-4`/`-6`/`-f`).
pub fn plan(args: &mut Args, family: u8) -> Result<Plan> {
    let v6 = family == AF_INET6 || first_mode_is_v6(&args.rest_lossy());
    let cmd = match args.next().map(str::to_string) {
        None => Cmd::Show,
        Some(w) => match SUBS.iter().find(|(n, _)| matches(&w, n)).map(|&(_, c)| c) {
            Some(c) if !(v6 && matches!(c, Cmd::Prl | Cmd::SixRd)) => c,
            _ if v6 => {
                return Err(Error::ip_usage(format_args!(
                    "Command \"{w}\" is unknown, try \"ip -f inet6 tunnel help\"."
                )))
            }
            _ => {
                return Err(Error::ip_usage(format_args!(
                    "Command \"{w}\" is unknown, try \"ip tunnel help\""
                )))
            }
        },
    };
    let plain = |(cmd, dev, data): (u64, String, Vec<u8>)| Plan::Ioctl {
        v6: false,
        dev,
        cmd,
        data,
        what: None,
        then: Then::Done,
    };
    match cmd {
        Cmd::Help if v6 => Err(Error::ip_usage_text(usage::TUNNEL6)),
        Cmd::Help => Err(Error::ip_usage_text(usage::TUNNEL)),
        Cmd::Prl => parm::parse_prl(args).map(plain),
        Cmd::SixRd => parm::parse_6rd(args).map(plain),
        _ if v6 => plan6(cmd, Parm6::parse(args)?),
        _ => plan4(cmd, Parm4::parse(args)?),
    }
}

fn ioctl(v6: bool, dev: &str, cmd: u64, data: Vec<u8>, what: &'static str, then: Then) -> Plan {
    Plan::Ioctl {
        v6,
        dev: dev.to_string(),
        cmd,
        data,
        what: Some(what),
        then,
    }
}

fn plan4(cmd: Cmd, p: Parm4) -> Result<Plan> {
    let name = p.c.name.clone();
    let dev = if name.is_empty() { p.base() } else { &name };
    Ok(match cmd {
        Cmd::Add => {
            let base = p.base();
            if base.is_empty() {
                return Err(cannot_determine());
            }
            ioctl(false, base, SIOCADDTUNNEL, p.bytes(), "add", Then::Done)
        }
        Cmd::Change => {
            if dev.is_empty() {
                return Err(cannot_determine());
            }
            ioctl(false, dev, SIOCGETTUNNEL, vec![0; 52], "get", Then::Change)
        }
        Cmd::Del => ioctl(false, dev, SIOCDELTUNNEL, p.bytes(), "delete", Then::Done),
        _ if p.proto == 0 => Plan::ShowAll,
        _ => ioctl(false, dev, SIOCGETTUNNEL, p.bytes(), "get", Then::Show),
    })
}

fn plan6(cmd: Cmd, p: Parm6) -> Result<Plan> {
    let name = p.c.name.clone();
    let dev = if name.is_empty() { p.base() } else { &name };
    Ok(match cmd {
        Cmd::Add => ioctl(true, p.base(), SIOCADDTUNNEL, p.bytes(), "add", Then::Done),
        Cmd::Change => ioctl(true, dev, SIOCGETTUNNEL, vec![0; 76], "get", Then::Change),
        Cmd::Del => ioctl(true, dev, SIOCDELTUNNEL, p.bytes(), "delete", Then::Done),
        _ if name.is_empty() => Plan::ShowAll,
        _ => {
            let mut q = vec![0u8; 76];
            let n = name.len().min(15);
            q[..n].copy_from_slice(&name.as_bytes()[..n]);
            ioctl(true, &name, SIOCGETTUNNEL, q, "get", Then::Show)
        }
    })
}

/// Whatever the family asked for, the first `mode` naming an IPv6 tunnel makes this
/// `ip -6 tunnel` (the reference guesses the family so).
fn first_mode_is_v6(words: &[String]) -> bool {
    const V6: &[&str] = &[
        "ip6ip6",
        "ipv6/ipv6",
        "ipip6",
        "ip4ip6",
        "ip/ipv6",
        "ipv4/ipv6",
        "ip6gre",
        "gre/ipv6",
        "vti6",
        "any",
        "any/ipv6",
    ];
    words
        .windows(2)
        .find(|w| w[0] == "mode")
        .is_some_and(|w| V6.contains(&w[1].as_str()))
}

fn text(e: Errno) -> String {
    strerror(e as i32)
}

/// `WHAT tunnel "DEV" failed: ERR` (exit 1).
fn failed(what: &str, dev: &str, e: Errno) -> Error {
    Error::ip_fail(format_args!("{what} tunnel \"{dev}\" failed: {}", text(e)))
}

fn cannot_determine() -> Error {
    Error::ip_fail("cannot determine tunnel mode (ipip, gre, vti or sit)")
}

fn not_yet() -> Error {
    Error::ip_fail("ipkit: \"ip tunnel\" on an existing tunnel device is not implemented yet")
}

/// The tunnel link types `show` lists (ARPHRD_TUNNEL, TUNNEL6, SIT, IPGRE, IP6GRE).
const TUNNEL_TYPES: [u16; 5] = [768, 769, 776, 778, 823];

/// `ip tunnel show` without a mode: the tunnel devices of the link dump. Without any there
/// is nothing to print; printing them is not implemented yet (this kernel has none).
fn show_all() -> Result<()> {
    let mut sock = rtnl::open()?;
    let mut found = false;
    let q = Query {
        dev: None,
        index: 0,
        stats: false,
        family: 0,
        master: None,
        kind: None,
    };
    iface::for_each_link(&mut sock, q, &mut |m| {
        if let Some(l) = Link::parse(m.payload) {
            found |= TUNNEL_TYPES.contains(&l.ltype);
        }
        Ok(())
    })?;
    if found {
        return Err(not_yet());
    }
    Ok(())
}
