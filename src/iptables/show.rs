//! -S and -L: the chains iptables sees (view.rs) in its order, each chain's rules from a
//! filtered dump, printed by list.rs. Before anything is printed, one dump of the table's
//! rules checks that iptables reads every rule of the chains shown (else the table, or the
//! one chain, is "incompatible") and, for -L, counts the references to each chain.

use super::codec::{self, Fail};
use super::list;
use super::parse::{Cmd, Command};
use super::reply::{incompatible, incompatible_chain, parse_failed, refused};
use super::session::{Refused, Session};
use super::view::{Listed, View};
use crate::error::Result;
use crate::netlink::nft;
use std::collections::{HashMap, HashSet};
use std::io::Write;

/// How often a listing read while the ruleset changed is read again.
const REREADS: u32 = 5;

/// How much output is held before it is written.
const FLUSH_AT: usize = 64 * 1024;

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

/// What one dump of a table's rules tells before a listing: the first chain (of those
/// checked) holding a rule iptables does not read, and the jumps to each chain.
#[derive(Default)]
pub struct Survey {
    pub incompatible: Option<String>,
    pub refs: HashMap<String, u32>,
}

/// One dump of the table's rules (or of `chain`'s): the rules of `check` (None: of every
/// chain iptables reads, not foreign ones) checked, and with `refs` the jumps from every
/// chain counted.
pub fn survey(
    s: &mut Session,
    view: &View,
    chain: Option<&str>,
    check: Option<&str>,
    refs: bool,
) -> std::result::Result<Survey, Refused> {
    let foreign: HashSet<&str> = view
        .all
        .iter()
        .filter(|c| view.kind(c) == super::view::Kind::Foreign)
        .map(|c| c.name.as_str())
        .collect();
    let mut out = Survey::default();
    s.rules(chain, &mut |payload| {
        let Some(r) = nft::Rule::parse(payload) else {
            return Ok(());
        };
        let checked = match check {
            Some(c) => c == r.chain,
            None => !foreign.contains(r.chain),
        };
        if out.incompatible.is_none() && checked && !codec::compatible(r.exprs) {
            out.incompatible = Some(r.chain.to_string());
        }
        if refs {
            count_jumps(&mut out.refs, r.exprs);
        }
        Ok(())
    })?;
    Ok(out)
}

/// Count the chains a rule's verdict jumps or goes to.
fn count_jumps(refs: &mut HashMap<String, u32>, exprs: &[u8]) {
    for e in nft::expr::list(exprs) {
        if let nft::expr::Expr::Immediate {
            chain: Some(target),
            ..
        } = e
        {
            match refs.get_mut(target) {
                Some(k) => *k += 1,
                None => {
                    refs.insert(target.to_string(), 1);
                }
            }
        }
    }
}

/// One reading; false when it should be read again (`last` prints whatever it read).
fn show_once(s: &mut Session, cmd: &Cmd, last: bool) -> Result<bool> {
    s.interrupted = false;
    let table = s.table;
    s.genid().map_err(refused)?;
    let view = View::read(s).map_err(refused)?;
    let listed: Vec<Listed> = match &cmd.chain {
        Some(name) => match view.listed_one(name) {
            Some(l) => vec![l],
            None => return Err(incompatible_chain(name, table)),
        },
        None => view.listed().collect(),
    };
    let rules_text = cmd.command() == Command::ListRules;
    // References are shown for user chains by -L: counted over every chain's rules.
    let refs = !rules_text && listed.iter().any(|l| !l.is_builtin());
    // Only the chain itself for one chain (a missing builtin has no rules to read).
    let one = cmd
        .chain
        .as_deref()
        .map(|_| listed[0].info().map(|c| c.name.as_str()));
    let survey = match (one, refs) {
        (Some(None), false) => Ok(Survey::default()),
        (Some(Some(name)), false) => survey(s, &view, Some(name), Some(name), false),
        (Some(check), true) => survey(s, &view, None, check.or(Some("")), true),
        (None, _) => survey(s, &view, None, None, refs),
    }
    .map_err(refused)?;
    match (&cmd.chain, &survey.incompatible) {
        (None, Some(_)) => return Err(incompatible(table)),
        (Some(name), Some(_)) => return Err(incompatible_chain(name, table)),
        _ => {}
    }
    let style = list::Style {
        numeric: cmd.numeric,
        verbose: cmd.verbose > 0,
        exact: cmd.exact,
        line_numbers: cmd.line_numbers,
    };
    let mut text = String::with_capacity(FLUSH_AT + 4096);
    let mut sink = std::io::stdout().lock();
    let mut flushed = false;
    view.notice(&mut text, cmd.chain.is_none());
    if rules_text && cmd.rulenum.is_none() {
        for l in &listed {
            match l.policy() {
                Some((policy, (p, b))) => {
                    text.push_str(&format!("-P {} {}", l.name(), policy_name(Some(policy))));
                    if style.verbose {
                        text.push_str(&format!(" -c {p} {b}"));
                    }
                    text.push('\n');
                }
                None => text.push_str(&format!("-N {}\n", l.name())),
            }
        }
    }
    let mut failed: Option<Fail> = None;
    for (i, l) in listed.iter().enumerate() {
        if !rules_text && cmd.rulenum.is_none() {
            if i > 0 {
                text.push('\n');
            }
            let policy = l
                .policy()
                .map(|(p, (pk, by))| (policy_name(Some(p)), pk, by));
            let uses = survey.refs.get(l.name()).copied().unwrap_or(0);
            list::chain_header(&mut text, style, l.name(), policy, uses);
        }
        let Some(info) = l.info() else {
            continue;
        };
        let mut num = 0usize;
        s.rules(Some(&info.name), &mut |payload| {
            let Some(r) = nft::Rule::parse(payload) else {
                return Ok(());
            };
            num += 1;
            if failed.is_some() || cmd.rulenum.is_some_and(|n| n as usize != num) {
                return Ok(());
            }
            match codec::decode_rule(&r) {
                Ok(rule) if rules_text => {
                    list::save_rule(&mut text, l.name(), &rule, style.verbose)
                }
                Ok(rule) => list::list_rule(&mut text, style, num, &rule),
                Err(f) => failed = Some(f),
            }
            // Streamed: memory stays at one buffer whatever the rule count.
            if text.len() >= FLUSH_AT {
                sink.write_all(text.as_bytes())?;
                text.clear();
                flushed = true;
            }
            Ok(())
        })
        .map_err(refused)?;
        if let Some(f) = failed {
            sink.write_all(text.as_bytes())?;
            sink.flush()?;
            return Err(parse_failed(f));
        }
    }
    if s.interrupted && !flushed && !last {
        return Ok(false);
    }
    sink.write_all(text.as_bytes())?;
    sink.flush()?;
    Ok(true)
}

pub fn policy_name(p: Option<u32>) -> &'static str {
    match p {
        Some(nft::NF_DROP) => "DROP",
        _ => "ACCEPT",
    }
}
