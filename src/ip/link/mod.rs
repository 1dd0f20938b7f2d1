//! `ip link`: show, add, set/change, replace, delete, property. The link options of
//! add/set live in `options` (with `values` and the system queries of `env`); the words after
//! `type KIND` are the kind's own (`ip::kinds`).

mod env;
mod modify;
mod options;
mod property;
mod show;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_kinds;
mod values;

use super::opts::Opts;
use super::usage;
use crate::cli::{lookup, Args};
use crate::error::{Error, Result};

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

/// The subcommands, in the parser's order (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    SUBS.iter().map(|(n, _)| *n)
}

/// `ip link help [KIND]`: a kind's own usage screen on stdout, else the link usage.
fn help(args: &mut Args, _: &Opts) -> Result<()> {
    match args.next().and_then(crate::ip::kinds::help) {
        Some(text) => {
            std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes())?;
            Ok(())
        }
        None => Err(Error::ip_usage_text(usage::LINK)),
    }
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show::show(args, opts);
    };
    match lookup(&cmd, SUBS) {
        Some(f) => f(args, opts),
        None => Err(Error::ip_usage(format_args!(
            "Command \"{cmd}\" is unknown, try \"ip link help\"."
        ))),
    }
}
