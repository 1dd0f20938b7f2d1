//! `ip address`: show, add/change/replace, delete, flush.

mod flush;
mod modify;
pub mod show;

use super::Opts;
use crate::cli::{matches, Args};
use crate::error::{Error, Result};

pub const USAGE: &str = include_str!("../usage/addr.txt");

type Sub = fn(&mut Args, &Opts) -> Result<()>;

fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::raw(255, USAGE))
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
        None => Err(Error::msg(
            255,
            format_args!("Command \"{cmd}\" is unknown, try \"ip address help\"."),
        )),
    }
}
