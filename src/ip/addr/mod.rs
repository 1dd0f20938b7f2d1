//! `ip address`: show, add/change/replace, delete, flush.

mod flush;
mod modify;
mod print;
mod request;
mod show;
#[cfg(test)]
mod tests;

use super::event::Event;
use super::ifnames::Names;
use super::opts::{Opts, Out};
use super::usage;
use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::netlink::rtnl::addr::Addr;

type Sub = fn(&mut Args, &Opts) -> Result<()>;

fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_usage_text(usage::ADDR))
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show::show(args, opts);
    };
    // The reference's order; `chg` is matched exactly.
    let f: Option<Sub> = if matches(&cmd, "add") {
        Some(modify::add)
    } else if matches(&cmd, "change") || cmd == "chg" {
        Some(modify::change)
    } else if matches(&cmd, "replace") {
        Some(modify::replace)
    } else if matches(&cmd, "delete") {
        Some(modify::delete)
    } else if matches(&cmd, "list") || matches(&cmd, "show") || matches(&cmd, "lst") {
        Some(show::show)
    } else if matches(&cmd, "flush") {
        Some(flush::flush)
    } else if matches(&cmd, "help") {
        Some(help)
    } else {
        None
    };
    match f {
        Some(f) => f(args, opts),
        None => Err(Error::ip_usage(format_args!(
            "Command \"{cmd}\" is unknown, try \"ip address help\"."
        ))),
    }
}

/// `ip monitor`'s printer of address events (the brief form under `-br`); `-4`/`-6`
/// select the groups listened to, not the addresses printed (a recording shows them all).
pub fn event(p: &mut Out, e: &Event, names: &mut Names) -> bool {
    let Some(a) = Addr::parse(e.payload) else {
        return false;
    };
    if !e.dev_ok(a.index) {
        return false;
    }
    e.start(p);
    if e.opts.brief {
        print::print_brief_addr(p, &a);
    } else {
        print::print_one_named(p, &a, &names.ifname(a.index));
    }
    true
}
