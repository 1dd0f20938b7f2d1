//! An object's subcommand word: the first entry of the object's table the word abbreviates
//! (iproute2's `matches`), the object's default without a word, and iproute2's complaint for
//! a word that is none of them.

use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::ip::opts::Opts;

/// A subcommand: it reads the words after its own.
pub type Sub = fn(&mut Args, &Opts) -> Result<()>;

/// Runs the subcommand the next word names (`default` without one).
pub fn dispatch(
    args: &mut Args,
    opts: &Opts,
    object: &str,
    subs: &[(&str, Sub)],
    default: Sub,
) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return default(args, opts);
    };
    match subs.iter().find(|(n, _)| matches(&cmd, n)) {
        Some((_, f)) => f(args, opts),
        None => Err(Error::ip_usage(format_args!(
            "Command \"{cmd}\" is unknown, try \"ip {object} help\"."
        ))),
    }
}
