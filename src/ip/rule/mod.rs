//! `ip rule`: the routing policy database. list/show with selectors, add/delete, flush,
//! save/restore.

mod filter;
mod modify;
mod print;
mod show;
#[cfg(test)]
mod tests;
mod values;

use super::event::Event;
use super::ifnames::Names;
use super::opts::{Opts, Out};
use super::usage;
use crate::cli::Args;
use crate::error::{Error, Result};
use crate::netlink::rtnl::rule::Rule;

use crate::ip::subcmd::{self, Sub};

fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_usage_text(usage::RULE))
}

/// The subcommands in the reference's order (`ip rule s` is show, `d` delete).
const SUBS: &[(&str, Sub)] = &[
    ("add", modify::add),
    ("delete", modify::delete),
    ("list", show::show),
    ("lst", show::show),
    ("show", show::show),
    ("flush", show::flush),
    ("save", show::save),
    ("restore", show::restore),
    ("help", help),
];

/// The subcommands, in the parser's order (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    SUBS.iter().map(|(n, _)| *n)
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    subcmd::dispatch(args, opts, "rule", SUBS, show::show)
}

/// One RTM_NEWRULE/RTM_DELRULE event as `ip monitor` prints it (`Deleted ` first for a
/// deletion), when its family is the one asked for.
pub fn event(p: &mut Out, e: &Event, _names: &mut Names) -> bool {
    Rule::with(e.payload, |r| match r {
        Some(r) if e.family_ok(r.family) => {
            e.start(p);
            print::print(p, r, e.opts.details > 0);
            true
        }
        _ => false,
    })
}
