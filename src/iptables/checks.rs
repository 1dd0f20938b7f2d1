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
