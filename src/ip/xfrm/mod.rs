//! `ip xfrm`: IPsec SAs (state) and policies over NETLINK_XFRM. The words both ways
//! (names.rs), SELECTOR filters (sel.rs), the printers (print.rs), state and policy commands
//! (state.rs, policy.rs), the socket and the deletes they share (sock.rs).

mod monitor;
mod names;
mod policy;
mod policy_add;
mod print;
mod sel;
mod sock;
mod state;
mod state_add;
#[cfg(test)]
mod tests;
mod words;

use super::opts::Opts;
use super::usage;
use crate::cli::{matches, Args};
use crate::error::{Error, Result};

type Sub = fn(&mut Args, &Opts) -> Result<()>;

fn state_help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_usage_text(usage::XFRM_STATE))
}

fn policy_help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_usage_text(usage::XFRM_POLICY))
}

/// `ip xfrm state` subcommands, in the reference's order.
const STATE: &[(&str, Sub)] = &[
    ("add", state_add::add),
    ("update", state_add::update),
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
    ("add", policy_add::add),
    ("update", policy_add::update),
    ("delete", policy::delete),
    ("deleteall", policy::deleteall),
    ("list", policy::list),
    ("show", policy::list),
    ("lst", policy::list),
    ("get", policy::get),
    ("flush", policy::flush),
    ("count", policy::count),
    ("set", policy::set),
    ("setdefault", policy::setdefault),
    ("getdefault", policy::getdefault),
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
    } else if matches(&obj, "monitor") {
        monitor::run(args, opts)
    } else {
        Err(Error::ip_usage_text(usage::XFRM))
    }
}
