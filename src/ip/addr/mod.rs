//! `ip address`: show, add/change/replace, delete, flush.

mod filter;
mod flags;
mod flush;
mod modify;
mod print;
mod request;
mod show;
#[cfg(test)]
mod tests;

use super::opts::Opts;
use super::usage;
use crate::cli::{matches, Args};
use crate::error::{Error, Result};

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
