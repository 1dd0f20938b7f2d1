//! `ip fou`, `ip l2tp`, `ip ila`, `ip macsec`: objects of generic netlink families this
//! kernel does not have. As the reference: no word or `help` gives the usage screen; any
//! other command first resolves the family, and its absence ends the command
//! (`Error talking to the kernel`, exit 1) before the words are read.

use super::opts::Opts;
use super::{genl, usage};
use crate::cli::{matches, Args};
use crate::error::{Error, Result};

/// The family's usage screen, or its resolution; with the family present the commands
/// themselves are not implemented yet.
fn object(args: &mut Args, family: &str, object: &str, help: &'static str) -> Result<()> {
    match args.peek() {
        None => return Err(Error::ip_usage_text(help)),
        Some(w) if matches(w, "help") => return Err(Error::ip_usage_text(help)),
        Some(_) => {}
    }
    genl::open(family)?;
    Err(Error::ip_fail(format_args!(
        "ipkit: \"ip {object}\" is not implemented yet"
    )))
}

pub fn fou(args: &mut Args, _: &Opts) -> Result<()> {
    object(args, "fou", "fou", usage::FOU)
}

pub fn l2tp(args: &mut Args, _: &Opts) -> Result<()> {
    object(args, "l2tp", "l2tp", usage::L2TP)
}

pub fn ila(args: &mut Args, _: &Opts) -> Result<()> {
    object(args, "ila", "ila", usage::ILA)
}

pub fn macsec(args: &mut Args, _: &Opts) -> Result<()> {
    object(args, "macsec", "macsec", usage::MACSEC)
}
