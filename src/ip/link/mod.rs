//! `ip link`: show, add, set/change, replace, delete.

mod details;
mod modify;
pub mod names;
mod property;
pub mod show;
pub mod stats;

use super::Opts;
use crate::cli::{lookup, Args};
use crate::error::{Error, Result};

pub const USAGE: &str = include_str!("../usage/link.txt");

type Sub = fn(&mut Args, &Opts) -> Result<()>;

/// Subcommands in the reference's order (`ip link s` is set, `sh` is show).
const SUBS: &[(&str, Sub)] = &[
    ("add", modify::add),
    ("set", modify::set),
    ("change", modify::set),
    ("replace", modify::replace),
    ("delete", modify::delete),
    ("show", show::show),
    ("lst", show::show),
    ("list", show::show),
    ("property", property::property),
    ("help", help),
];

fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::raw(255, USAGE))
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show::show(args, opts);
    };
    match lookup(&cmd, SUBS) {
        Some(f) => f(args, opts),
        None => Err(Error::msg(
            255,
            format_args!("Command \"{cmd}\" is unknown, try \"ip link help\"."),
        )),
    }
}
