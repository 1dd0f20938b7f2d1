//! The checks iptables makes on a command line before it talks to the kernel (also made
//! on each line of a restore file).

use super::ext;
use super::parse::{Cmd, Command};
use super::table::TableDef;
use crate::error::{Error, Result};

/// The checks iptables makes before talking to the kernel.
pub fn check_rule_spec(cmd: &Cmd, table: &TableDef) -> Result<()> {
    let drop = |t: &str| t == "DROP";
    let targets_drop = matches!(
        &cmd.rule.target,
        ext::Target::Verdict(ext::verdict::Verdict::Drop)
    ) || cmd.policy.as_deref().is_some_and(drop);
    if table.no_drop && targets_drop {
        return Err(Error::ipt_param(
            "\nThe \"nat\" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n",
        ));
    }
    if let (Some(chain), true) = (
        cmd.chain.as_deref(),
        matches!(
            cmd.command(),
            Command::Append | Command::Insert | Command::Replace | Command::Delete | Command::Check
        ),
    ) {
        let in_ok = !matches!(chain, "OUTPUT" | "POSTROUTING");
        let out_ok = !matches!(chain, "PREROUTING" | "INPUT");
        if cmd.rule.iif.is_some() && !in_ok {
            return Err(Error::ipt_ext_param(format_args!(
                "Can't use -i with {chain}"
            )));
        }
        if cmd.rule.oif.is_some() && !out_ok {
            return Err(Error::ipt_ext_param(format_args!(
                "Can't use -o with {chain}"
            )));
        }
    }
    Ok(())
}

/// The name `-N` is given, checked as iptables checks it the moment it reads the option
/// (before the words after it).
pub fn new_chain_name(name: &str) -> Result<()> {
    if name.len() > 28 {
        return Err(Error::ipt_param(format_args!(
            "chain name `{name}' too long (must be under 29 chars)"
        )));
    }
    if let Some(c @ ('-' | '!')) = name.chars().next() {
        return Err(Error::ipt_param(format_args!(
            "chain name not allowed to start with `{c}'"
        )));
    }
    let verdict = ext::verdict::Verdict::named(name).is_some();
    if ext::find_target(name).is_some() || verdict || name == "QUEUE" {
        return Err(Error::ipt_param(
            "chain name may not clash with target name",
        ));
    }
    if name.is_empty() || name.chars().any(|c| c.is_whitespace()) {
        return Err(Error::ipt_param(format_args!(
            "Invalid chain name `{name}'"
        )));
    }
    Ok(())
}
