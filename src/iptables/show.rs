//! -S and -L: the chains iptables sees (view.rs) in its order, each chain's rules from its
//! own dump, printed by list.rs as they come (stream.rs: nothing shows of a table, or a
//! chain, holding a rule iptables does not read; -L heads user chains with the references
//! to them from every chain).

use super::list;
use super::parse::{Cmd, Command};
use super::reply::{incompatible, incompatible_chain, parse_failed, refused};
use super::session::Session;
use super::stream::{self, End, Item, Out, Plan};
use super::view::{Kind, Listed, View};
use crate::error::Result;
use crate::netlink::nft;

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
    // -L heads user chains with the jumps to them from every chain, shown or not
    let count_refs = !rules_text && listed.iter().any(|l| !l.is_builtin());
    let shown: Vec<&str> = listed
        .iter()
        .filter_map(|l| l.info())
        .map(|c| c.name.as_str())
        .collect();
    let others = view
        .all
        .iter()
        .filter(|c| count_refs && (view.kind(c) == Kind::Foreign || cmd.chain.is_some()))
        .filter(|c| !shown.contains(&c.name.as_str()))
        .collect();
    let plan = Plan {
        listed: &listed,
        others,
        count_refs,
        check: true,
    };
    let style = list::Style {
        numeric: cmd.numeric,
        verbose: cmd.verbose > 0,
        exact: cmd.exact,
        line_numbers: cmd.line_numbers,
    };
    let mut sink = std::io::stdout().lock();
    let mut out = Out::new(&mut sink);
    view.notice(&mut out.text, cmd.chain.is_none());
    if rules_text && cmd.rulenum.is_none() {
        for l in &listed {
            match l.policy() {
                Some((policy, (p, b))) => {
                    out.text
                        .push_str(&format!("-P {} {}", l.name(), policy_name(Some(policy))));
                    if style.verbose {
                        out.text.push_str(&format!(" -c {p} {b}"));
                    }
                    out.text.push('\n');
                }
                None => out.text.push_str(&format!("-N {}\n", l.name())),
            }
        }
    }
    let end = stream::run(s, &plan, &mut out, &mut |out, item| match item {
        Item::Head(i) if !rules_text && cmd.rulenum.is_none() => {
            if i > 0 {
                out.text.push('\n');
            }
            let l = &listed[i];
            match l.policy() {
                Some((p, (pk, by))) => {
                    let policy = Some((policy_name(Some(p)), pk, by));
                    list::chain_header(&mut out.text, style, l.name(), policy, 0);
                }
                // the count once every chain's jumps are counted
                None => {
                    out.text.push_str(&format!("Chain {} (", l.name()));
                    out.refs_of(l.name());
                    out.text.push_str(" references)\n");
                    list::columns(&mut out.text, style);
                }
            }
        }
        Item::Head(_) => {}
        Item::Rule(i, num, rule) => {
            if cmd.rulenum.is_some_and(|n| n as usize != num) {
                return;
            }
            if rules_text {
                list::save_rule(&mut out.text, listed[i].name(), rule, style.verbose);
            } else {
                list::list_rule(&mut out.text, style, num, rule);
            }
        }
    })?;
    match end {
        End::Incompatible(_) if cmd.chain.is_none() => Err(incompatible(table)),
        End::Incompatible(_) => Err(incompatible_chain(
            cmd.chain.as_deref().unwrap_or_default(),
            table,
        )),
        End::Failed(f) => Err(parse_failed(f)),
        End::Done => {
            if s.interrupted && !out.flushed && !last {
                return Ok(false);
            }
            out.finish()?;
            Ok(true)
        }
    }
}

pub fn policy_name(p: Option<u32>) -> &'static str {
    match p {
        Some(nft::NF_DROP) => "DROP",
        _ => "ACCEPT",
    }
}
