//! iptables 1.8.9 (nf_tables) for the nat table: the command line (parse.rs, getopt.rs),
//! the rule model (rule.rs) and its extensions (ext/), the nf_tables form (codec.rs), the
//! printers (list.rs), the tables as data (table.rs), the kernel conversation with
//! generation-bound batches (session.rs); the commands: rules.rs (-A/-I/-R/-D/-C), chains.rs
//! (-F/-Z/-N/-X/-E/-P), show.rs (-S/-L), with plan.rs and reply.rs; this file dispatches.

mod addr;
mod ahead;
mod chains;
mod checks;
mod codec;
mod command;
mod debug;
pub mod ext;
pub mod family;
pub mod getopt;
mod help;
mod list;
pub mod parse;
mod plan;
mod reply;
mod restore;
pub mod rule;
mod rules;
mod save;
pub mod session;
mod show;
mod stream;
pub mod table;
#[cfg(test)]
mod tests;
pub mod view;

use crate::cli::Args;
use crate::error::{exit, Error, Result};
use chains::{del_chain, flush, new_chain, policy, rename, zero};
use family::Fam;
use parse::{Cmd, Command};
use reply::out;

use rules::{check, delete, expand, modify};

use session::Session;
use show::show;
use std::io::Write;
use table::TableDef;

pub fn main(args: Args) -> Result<()> {
    run_in(args, Fam::V4)
}

pub fn save_main(args: Args) -> Result<()> {
    save::main(args, Fam::V4)
}

pub fn restore_main(args: Args) -> Result<()> {
    restore::main(args, Fam::V4)
}

/// `ip6tables`: the same, in the IPv6 family.
pub fn main6(args: Args) -> Result<()> {
    crate::error::set_ip6tables();
    run_in(args, Fam::V6)
}

pub fn save6_main(args: Args) -> Result<()> {
    crate::error::set_ip6tables();
    save::main(args, Fam::V6)
}

pub fn restore6_main(args: Args) -> Result<()> {
    crate::error::set_ip6tables();
    restore::main(args, Fam::V6)
}

fn run_in(args: Args, fam: Fam) -> Result<()> {
    let words = args.rest_lossy();
    let cmd = parse::parse(words, fam)?;
    if cmd.other_family {
        return Err(Error::ipt_other_raw(crate::error::IPT_TRY));
    }
    if let Some(text) = &cmd.print_only {
        return out(text);
    }
    if let Some(w) = &cmd.warning {
        let _ = std::io::stderr().write_all(w.as_bytes());
    }
    let table = pick_table(cmd.table.as_deref().unwrap_or("filter"), fam)?;
    checks::check_rule_spec(&cmd, table)?;
    run(cmd, table)
}

fn pick_table(name: &str, fam: Fam) -> Result<&'static TableDef> {
    match table::tables(fam).iter().find(|t| t.name == name) {
        Some(t) => Ok(t),
        None => Err(Error::ipt_prefixed(
            exit::IPT_VERSION,
            format_args!(
                "table '{name}' does not exist\nPerhaps {} or your kernel needs to be upgraded.",
                crate::error::IPT_NAME
            ),
        )),
    }
}

fn run(cmd: Cmd, table: &'static TableDef) -> Result<()> {
    let mut s = Session::open(table)?;
    if cmd.verbose < 2 {
        return run_at(&mut s, &cmd);
    }
    debug_run(&mut s, &cmd)
}

/// -vv: the rules read first (by the commands that read them), the batch's objects last.
fn debug_run(s: &mut Session, cmd: &Cmd) -> Result<()> {
    debug::start(cmd.verbose);
    s.replan = debug::restart;
    debug::table_exists(s);
    let reads = match cmd.command() {
        Command::List | Command::ListRules | Command::Check | Command::Delete => true,
        Command::DeleteNum | Command::Replace | Command::Zero | Command::ZeroNum => true,
        Command::Insert => cmd.rulenum.is_some_and(|n| n > 1),
        Command::DelChain => cmd.chain.is_none(),
        _ => cmd.has(Command::Zero),
    };
    if reads {
        let target = cmd.jump.as_ref().map(|j| j.0.as_str());
        out(&debug::cache(s, cmd.chain.as_deref(), target))?;
    }
    let r = run_at(s, cmd);
    out(&debug::take())?;
    r
}

#[inline(never)]
fn run_at(s: &mut Session, cmd: &Cmd) -> Result<()> {
    if cmd.has(Command::List) || cmd.has(Command::ListRules) {
        show(s, cmd)?;
        if cmd.has(Command::Zero) {
            zero(s, cmd)?;
        }
        return Ok(());
    }
    let echoed = matches!(
        cmd.command(),
        Command::Append | Command::Insert | Command::Replace | Command::Delete | Command::Check
    );
    if cmd.verbose > 0 && echoed {
        // -v shows the rule once it went into the batch: -A once its jump's chain was
        // found, the others once their rule or place was; a rule the kernel refused too
        let result = run_command(s, cmd);
        let rules = expand(cmd);
        let placed = match &result {
            Ok(()) => rules.len(),
            Err(e) if e.code == exit::IPT_PARAMETER => 0,
            Err(e) if cmd.command() == Command::Append || e.text.contains(" failed (") => {
                rules.len()
            }
            // -C/-D went rule by rule: those found before the missing one were shown
            Err(_) if matches!(cmd.command(), Command::Delete | Command::Check) => {
                let chain = cmd.chain.as_deref().unwrap_or("");
                rules::find_rules(s, chain, &rules)
                    .map_or(0, |found| found.iter().take_while(|h| h.is_some()).count())
            }
            Err(_) => 0,
        };
        let mut t = String::new();
        for r in &rules[..placed] {
            list::echo_rule(&mut t, r);
        }
        out(&t)?;
        return result;
    }
    run_command(s, cmd)
}

fn run_command(s: &mut Session, cmd: &Cmd) -> Result<()> {
    match cmd.command() {
        Command::Append | Command::Insert | Command::Replace => modify(s, cmd),
        Command::Delete | Command::DeleteNum => delete(s, cmd),
        Command::Check => check(s, cmd),
        Command::List | Command::ListRules => Ok(()),
        Command::Flush => flush(s, cmd),
        Command::Zero | Command::ZeroNum => zero(s, cmd),
        Command::NewChain => new_chain(s, cmd),
        Command::DelChain => del_chain(s, cmd),
        Command::Rename => rename(s, cmd),
        Command::SetPolicy => policy(s, cmd),
    }
}
