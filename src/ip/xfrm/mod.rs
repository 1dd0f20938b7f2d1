//! `ip xfrm`: IPsec SAs (state) and policies over NETLINK_XFRM. The words both ways
//! (names.rs), SELECTOR filters (sel.rs), the printers (print.rs), state and policy commands
//! (state.rs, policy.rs).

mod names;
mod policy;
mod print;
mod sel;
mod state;
#[cfg(test)]
mod tests;

use super::opts::Opts;
use super::usage;
use crate::cli::{matches, Args};
use crate::error::{io_text, Error, Result};
use crate::netlink::Socket;

type Sock = Socket;
type Sub = fn(&mut Args, &Opts) -> Result<()>;

/// An XFRM socket, or the reference's complaint (exit 1).
fn open() -> Result<Sock> {
    Socket::open(netlink_sys::protocols::NETLINK_XFRM)
        .map_err(|e| Error::ip_fail(format_args!("Cannot open netlink socket: {}", io_text(&e))))
}

/// A dumped mark as the reference copies it into a delete: the value and mask, and the four
/// bytes that follow them in the dump (zeros at its end).
fn mark_copy(attrs: &[u8]) -> Option<[u8; 12]> {
    let v = crate::netlink::attr::find(attrs, crate::netlink::xfrm::XFRMA_MARK)?;
    let at = (v.as_ptr() as usize).checked_sub(attrs.as_ptr() as usize)?;
    let mut out = [0u8; 12];
    for (i, b) in out.iter_mut().enumerate() {
        *b = if i < 8 {
            v.get(i).copied().unwrap_or(0)
        } else {
            attrs.get(at + i).copied().unwrap_or(0)
        };
    }
    Some(out)
}

/// The deletes of `deleteall`, each sent; every one is tried, the first refusal reported as
/// the reference words it (exit 1).
fn delete_each(sock: &mut Sock, kind: u16, dels: &[Vec<u8>]) -> Result<()> {
    let mut first = None;
    for d in dels {
        if let Err(f) = sock.ack(crate::netlink::Wire(kind, d), 0) {
            first.get_or_insert(f);
        }
    }
    match first {
        None => Ok(()),
        Some(crate::netlink::Fail::Nack(n)) => Err(Error::ip_fail(format_args!(
            "Failed to send delete-all request: {}",
            crate::error::strerror(n.errno)
        ))),
        Some(f) => Err(crate::ip::rtnl::answers(f)),
    }
}

fn not_yet(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_fail(
        "ipkit: this ip xfrm command is not implemented yet",
    ))
}

fn state_help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_usage_text(usage::XFRM_STATE))
}

fn policy_help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_usage_text(usage::XFRM_POLICY))
}

/// `ip xfrm state` subcommands, in the reference's order.
const STATE: &[(&str, Sub)] = &[
    ("add", not_yet),
    ("update", not_yet),
    ("allocspi", state::allocspi),
    ("delete", state::delete),
    ("deleteall", state::deleteall),
    ("list", state::list),
    ("show", state::list),
    ("lst", state::list),
    ("get", state::get),
    ("flush", state::flush),
    ("count", state::count),
    ("help", state_help),
];

/// `ip xfrm policy` subcommands, in the reference's order.
const POLICY: &[(&str, Sub)] = &[
    ("add", not_yet),
    ("update", not_yet),
    ("delete", policy::delete),
    ("deleteall", policy::deleteall),
    ("list", policy::list),
    ("show", policy::list),
    ("lst", policy::list),
    ("get", policy::get),
    ("flush", policy::flush),
    ("count", policy::count),
    ("set", not_yet),
    ("setdefault", not_yet),
    ("getdefault", not_yet),
    ("help", policy_help),
];

fn object(args: &mut Args, opts: &Opts, subs: &[(&str, Sub)], name: &str) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return (subs[5].1)(args, opts);
    };
    match subs.iter().find(|(n, _)| matches(&cmd, n)) {
        Some((_, f)) => f(args, opts),
        None => Err(Error::ip_usage(format_args!(
            "Command \"{cmd}\" is unknown, try \"ip xfrm {name} help\"."
        ))),
    }
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(obj) = args.next().map(str::to_string) else {
        return Err(Error::ip_usage_text(usage::XFRM));
    };
    if matches(&obj, "state") || obj == "sa" {
        object(args, opts, STATE, "state")
    } else if matches(&obj, "policy") {
        object(args, opts, POLICY, "policy")
    } else {
        Err(Error::ip_usage_text(usage::XFRM))
    }
}
