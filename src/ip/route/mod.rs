//! `ip route`: show and flush (with their selectors), get, add/change/replace/prepend/append/
//! delete with metrics and multipath nexthops, save/showdump/restore. Not yet: `encap`.

mod flush;
mod get;
mod metrics;
mod modify;
mod nexthop;
mod print;
mod save;
mod show;
#[cfg(test)]
mod tests;

use super::event::Event;
use super::ifnames::Names;
use super::opts::{Opts, Out};
use super::usage;
use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::netlink::rtnl::route::{Route, RTA_OIF, RTM_F_CLONED};

type Sub = fn(&mut Args, &Opts) -> Result<()>;

fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_usage_text(usage::ROUTE))
}

/// The subcommands in the reference's order (`ip route a` is add, `s` is show).
const SUBS: &[(&str, Sub)] = &[
    ("add", modify::add),
    ("change", modify::change),
    ("chg", modify::change),
    ("replace", modify::replace),
    ("prepend", modify::prepend),
    ("append", modify::append),
    ("delete", modify::delete),
    ("flush", flush::flush),
    ("get", get::get),
    ("list", show::show),
    ("show", show::show),
    ("lst", show::show),
    ("save", save::save),
    ("restore", save::restore),
    ("showdump", save::showdump),
    ("help", help),
];

/// The subcommands, in the parser's order (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    SUBS.iter().map(|(n, _)| *n)
}

/// Subcommands ipkit does not do yet.
const LATER: &[&str] = &["test"];

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show::show(args, opts);
    };
    if let Some(f) = SUBS.iter().find(|(n, _)| {
        if *n == "chg" {
            cmd == "chg"
        } else {
            matches(&cmd, n)
        }
    }) {
        return (f.1)(args, opts);
    }
    if let Some(w) = LATER.iter().find(|w| matches(&cmd, w)) {
        return Err(Error::ip_fail(format_args!(
            "ipkit: \"ip route {w}\" is not implemented yet"
        )));
    }
    Err(Error::ip_usage(format_args!(
        "Command \"{cmd}\" is unknown, try \"ip route help\"."
    )))
}

/// `ip monitor`'s printer of route events (`dev NAME` selected: the dev left out).
pub fn event(p: &mut Out, e: &Event, names: &mut Names) -> bool {
    let Some(r) = Route::parse(e.payload) else {
        return false;
    };
    // cloned routes (the cache) are not shown, as by `ip route show` without `cache`
    if !e.family_ok(r.family) || r.flags & RTM_F_CLONED != 0 {
        return false;
    }
    if let Some(d) = e.dev {
        if r.attr.u32(RTA_OIF) != Some(d) {
            return false;
        }
    }
    e.start(p);
    let pin = print::Pinned {
        dev: e.dev.is_some(),
        ..Default::default()
    };
    print::print(p, &r, pin, e.opts.details > 0, names);
    true
}
