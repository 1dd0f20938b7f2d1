//! iptables' words: stdout, and the kernel's refusals and the lookups' failures as it
//! prints them.

use super::codec::Fail;
use super::session::Refused;
use super::table::TableDef;
use crate::error::{exit, strerror, Error, Result};
use std::io::Write;

pub fn out(text: &str) -> Result<()> {
    let mut o = std::io::stdout().lock();
    o.write_all(text.as_bytes())?;
    o.flush()?;
    Ok(())
}

/// A kernel refusal in iptables' words (as it words errno for rule commands).
pub fn refused(r: Refused) -> Error {
    match r {
        Refused::Other(e) => e,
        Refused::Op(errno, name, object, _) => Error::ipt_prefixed(
            exit::IPT_RESOURCE,
            format_args!(" {name} failed ({}): {object}", strerror(errno)),
        ),
        Refused::Nack(n) => Error::ipt_other(errno_text(n.errno)),
    }
}

/// iptables' texts for the errnos of its commands.
pub fn errno_text(errno: i32) -> String {
    match errno {
        nix::libc::ENOENT => "No chain/target/match by that name.".to_string(),
        nix::libc::EEXIST => "File exists.".to_string(),
        nix::libc::EPERM => "Permission denied (you must be root).".to_string(),
        nix::libc::EBUSY => "Device or resource busy.".to_string(),
        e => format!("{}.", strerror(e)),
    }
}

pub fn no_chain() -> Error {
    Error::ipt_other("No chain/target/match by that name.")
}

pub fn bad_rule() -> Error {
    Error::ipt_other("Bad rule (does a matching rule exist in that chain?).")
}

pub fn incompatible(table: &TableDef) -> Error {
    Error::ipt_prefixed(
        exit::IPT_OTHER,
        format_args!("table `{}' is incompatible, use 'nft' tool.", table.name),
    )
}

/// `-S CHAIN`/`-L CHAIN` of a chain iptables does not have (or cannot read).
pub fn incompatible_chain(name: &str, table: &TableDef) -> Error {
    Error::ipt_prefixed(
        exit::IPT_OTHER,
        format_args!(
            "chain `{name}' in table `{}' is incompatible, use 'nft' tool.",
            table.name
        ),
    )
}

/// A rule iptables reads but cannot put into words (`prog`: the program's name).
pub fn parse_failed_as(f: Fail, prog: &str) -> Error {
    Error::ipt_coded(
        exit::IPT_VERSION,
        format!(
            "Error: {}\n{prog} v1.8.9 (nf_tables): Parsing nftables rule failed\nPerhaps {prog} or your kernel needs to be upgraded.\n",
            f.0
        ),
    )
}

/// The same for iptables.
pub fn parse_failed(f: Fail) -> Error {
    parse_failed_as(f, crate::error::IPT_NAME.get())
}
