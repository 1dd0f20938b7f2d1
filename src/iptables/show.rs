//! -S and -L: the table's chains in iptables' order, each chain's rules from a filtered
//! dump, printed by list.rs.

use super::codec;
use super::list;
use super::parse::{Cmd, Command};
use super::plan::ordered;
use super::reply::{incompatible, refused};
use super::session::{ChainInfo, Session};
use crate::error::{exit, Error, Result};
use crate::netlink::nft;
use std::io::Write;

/// How often a listing read while the ruleset changed is read again.
const REREADS: u32 = 5;

/// -S/-L. A listing whose dumps were interrupted by a concurrent change (NLM_F_DUMP_INTR) is
/// read again, as long as none of it was written yet.
pub fn show(s: &mut Session, cmd: &Cmd) -> Result<()> {
    for _ in 1..REREADS {
        if show_once(s, cmd, false)? {
            return Ok(());
        }
    }
    show_once(s, cmd, true).map(|_| ())
}

/// One reading; false when it should be read again (`last` prints whatever it read).
fn show_once(s: &mut Session, cmd: &Cmd, last: bool) -> Result<bool> {
    s.interrupted = false;
    let mut flushed = false;
    let table = s.table;
    s.genid().map_err(refused)?;
    let all = s.chains().map_err(refused)?;
    let chains = ordered(table, &all);
    let chains: Vec<ChainInfo> = match &cmd.chain {
        Some(name) => match chains.into_iter().find(|c| &c.name == name) {
            Some(c) => vec![c],
            None => {
                return Err(Error::ipt_prefixed(
                    exit::IPT_OTHER,
                    format_args!(
                        "chain `{name}' in table `{}' is incompatible, use 'nft' tool.",
                        table.name
                    ),
                ))
            }
        },
        None => chains,
    };
    let rules_text = cmd.command() == Command::ListRules;
    let style = list::Style {
        numeric: cmd.numeric,
        verbose: cmd.verbose > 0,
        exact: cmd.exact,
        line_numbers: cmd.line_numbers,
    };
    // "N references": the rules that jump or go to each user chain, counted by iptables.
    // The base chains' rules are counted while they are printed (before any user chain's
    // header); the user chains' rules (and, for one chain, every chain's) are read first.
    let mut refs: Vec<(String, u32)> = Vec::new();
    let listing_all = cmd.chain.is_none();
    if !rules_text && chains.iter().any(|c| c.hook.is_none()) {
        let first: Vec<String> = all
            .iter()
            .filter(|c| !listing_all || c.hook.is_none())
            .map(|c| c.name.clone())
            .collect();
        for name in first {
            s.rules(Some(&name), &mut |payload| {
                if let Some(r) = nft::Rule::parse(payload) {
                    count_jumps(&mut refs, r.exprs);
                }
                Ok(())
            })
            .map_err(refused)?;
        }
    }
    let mut text = String::with_capacity(FLUSH_AT + 4096);
    let mut sink = std::io::stdout().lock();
    if cmd.chain.is_none() {
        list::foreign_base_notice(&mut text, table, &all);
    }
    if rules_text && cmd.rulenum.is_none() {
        for c in &chains {
            match c.hook {
                Some(_) => {
                    text.push_str(&format!("-P {} {}", c.name, policy_name(c.policy)));
                    if style.verbose {
                        text.push_str(&format!(" -c {} {}", c.counters.0, c.counters.1));
                    }
                    text.push('\n');
                }
                None => text.push_str(&format!("-N {}\n", c.name)),
            }
        }
    }
    for (i, c) in chains.iter().enumerate() {
        let exists = all.iter().any(|x| x.name == c.name);
        if !rules_text && cmd.rulenum.is_none() {
            if i > 0 {
                text.push('\n');
            }
            let policy = c
                .hook
                .map(|_| (policy_name(c.policy), c.counters.0, c.counters.1));
            let uses = refs
                .iter()
                .find(|(n, _)| *n == c.name)
                .map(|(_, k)| *k)
                .unwrap_or(0);
            list::chain_header(&mut text, style, &c.name, policy, uses);
        }
        if !exists {
            continue;
        }
        let mut num = 0usize;
        let mut bad = false;
        s.rules(Some(&c.name), &mut |payload| {
            let Some(r) = nft::Rule::parse(payload) else {
                return Ok(());
            };
            num += 1;
            if cmd.rulenum.is_some_and(|n| n as usize != num) {
                return Ok(());
            }
            if bad {
                return Ok(());
            }
            if !rules_text && listing_all && c.hook.is_some() {
                count_jumps(&mut refs, r.exprs);
            }
            match codec::decode_rule(&r) {
                Ok(rule) if rules_text => list::save_rule(&mut text, &c.name, &rule, style.verbose),
                Ok(rule) => list::list_rule(&mut text, style, num, &rule),
                Err(_) => bad = true,
            }
            // Streamed: memory stays at one buffer whatever the rule count. (An incompatible
            // rule found after the first flush is reported after what was printed.)
            if text.len() >= FLUSH_AT {
                sink.write_all(text.as_bytes())?;
                text.clear();
                flushed = true;
            }
            Ok(())
        })
        .map_err(refused)?;
        if bad {
            return Err(incompatible(table));
        }
    }
    if s.interrupted && !flushed && !last {
        return Ok(false);
    }
    sink.write_all(text.as_bytes())?;
    sink.flush()?;
    Ok(true)
}

/// Count the chains a rule's verdict jumps or goes to.
fn count_jumps(refs: &mut Vec<(String, u32)>, exprs: &[u8]) {
    for e in nft::expr::list(exprs) {
        if let nft::expr::Expr::Immediate {
            chain: Some(target),
            ..
        } = e
        {
            match refs.iter_mut().find(|(n, _)| n == target) {
                Some((_, k)) => *k += 1,
                None => refs.push((target.to_string(), 1)),
            }
        }
    }
}

/// How much output is held before it is written.
const FLUSH_AT: usize = 64 * 1024;

pub fn policy_name(p: Option<u32>) -> &'static str {
    match p {
        Some(nft::NF_DROP) => "DROP",
        _ => "ACCEPT",
    }
}
