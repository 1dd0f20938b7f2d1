//! The rule commands: -A/-I/-R (one batch, bound to the generation), -D by spec or number,
//! -C; a command line with address lists means one rule per source × destination.

use super::codec;
use super::parse::{Cmd, Command};
use super::plan::{create_base, create_table, delete_rule, nth_rule, push};
use super::reply::{bad_rule, no_chain, parse_failed, refused};
use super::rule::{Net, Rule};
use super::session::{ChainInfo, Refused, Session};
use super::view::{kind_of, Kind};
use crate::error::{Error, Result};
use crate::netlink::nft;
use netlink_packet_core::{NLM_F_APPEND, NLM_F_CREATE, NLM_F_REPLACE};

/// The rules a command line means: one per source × destination.
pub fn expand(cmd: &Cmd) -> Vec<Rule> {
    let srcs: Vec<Option<Net>> = if cmd.srcs.is_empty() {
        vec![None]
    } else {
        cmd.srcs.iter().copied().map(Some).collect()
    };
    let dsts: Vec<Option<Net>> = if cmd.dsts.is_empty() {
        vec![None]
    } else {
        cmd.dsts.iter().copied().map(Some).collect()
    };
    let mut out = Vec::new();
    for s in &srcs {
        for d in &dsts {
            let mut r = cmd.rule.clone();
            r.src = s.map(|n| (n, cmd.rule.src.map(|x| x.1).unwrap_or(false)));
            r.dst = d.map(|n| (n, cmd.rule.dst.map(|x| x.1).unwrap_or(false)));
            // ip6tables-nft 1.8.9 sends a rule's counters as zero whatever -c says
            if let Some((c_p, c_b)) = cmd.counters.filter(|_| !r.fam.is_v6()) {
                r.counters = (c_p, c_b);
            }
            out.push(r);
        }
    }
    out
}

/// The chain `name` as iptables sees it (a foreign base chain is none of its).
fn seen(s: &mut Session, name: &str) -> std::result::Result<Option<ChainInfo>, Refused> {
    let table = s.table;
    Ok(s.chain(name)?
        .filter(|c| kind_of(table, c) != Kind::Foreign))
}

/// The chain a rule command names must exist, or be a builtin (made when iptables does not
/// see it: the third value); its jump target must be a chain iptables sees.
pub fn rule_chain(
    s: &mut Session,
    cmd: &Cmd,
) -> std::result::Result<(String, Option<ChainInfo>, bool), Refused> {
    // the jump's target is looked for first
    if let Some((target, _)) = &cmd.jump {
        if s.table.base(target).is_none() && seen(s, target)?.is_none() {
            return Err(Error::ipt_param(format_args!("Chain '{target}' does not exist")).into());
        }
    }
    let chain = cmd.chain.clone().unwrap_or_default();
    let info = seen(s, &chain)?;
    let builtin_name = s.table.base(&chain).is_some();
    if info.is_none() && !builtin_name {
        return Err(match cmd.command() {
            Command::Check | Command::Delete => bad_rule().into(),
            _ => no_chain().into(),
        });
    }
    let is_builtin = info
        .as_ref()
        .is_some_and(|c| kind_of(s.table, c) == Kind::Builtin);
    Ok((chain, info, builtin_name && !is_builtin))
}

pub fn modify(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let rules = expand(cmd);
    let table = s.table;
    s.change(&mut |s, batch| {
        let (chain, info, make) = rule_chain(s, cmd)?;
        let command = cmd.command();
        if command == Command::Replace && info.is_none() {
            return Err(no_chain().into());
        }
        if make {
            create_base(batch, table, &chain);
        }
        let n = cmd.rulenum.unwrap_or(1) as usize;
        let mut place = codec::Place::default();
        let mut flags = NLM_F_CREATE | NLM_F_APPEND;
        if command == Command::Insert && n == 1 {
            // At the head: nothing to look up (NLM_F_CREATE without a position).
            flags = NLM_F_CREATE;
        } else if command != Command::Append {
            let (at, count) = if info.is_some() {
                nth_rule(s, &chain, n)?
            } else {
                (None, 0)
            };
            if command == Command::Replace {
                let Some(h) = at else {
                    return Err(Error::ipt_other("Index of replacement too big.").into());
                };
                place.handle = Some(h);
                flags = NLM_F_REPLACE;
            } else if n > count + 1 {
                return Err(Error::ipt_other("Index of insertion too big.").into());
            } else if let Some(h) = at {
                place.position = Some(h);
                flags = NLM_F_CREATE;
            }
        }
        // Inserted one by one at the same index, the expanded rules end up reversed: before a
        // rule by its handle, the first goes there, each next one before the one before it
        // (numbered within the batch: NFTA_RULE_ID, NFTA_RULE_POSITION_ID).
        let chained = place.position.is_some() && rules.len() > 1;
        for (i, r) in rules.iter().enumerate() {
            // the table made again before each rule after the first, as iptables-nft does
            if make && i > 0 {
                create_table(batch, table);
            }
            let name = match command {
                Command::Append => "RULE_APPEND",
                Command::Replace => "RULE_REPLACE",
                _ => "RULE_INSERT",
            };
            let at = codec::Place {
                position: place.position.filter(|_| i == 0),
                ..place
            };
            let mut w = codec::rule_msg(table.name, &chain, r, at);
            if chained {
                if i + 1 < rules.len() {
                    w.be32(nft::RULE_ID, i as u32 + 1);
                }
                if i > 0 {
                    w.be32(nft::RULE_POSITION_ID, i as u32);
                }
            }
            push(
                batch,
                nft::NEWRULE,
                w,
                flags,
                name,
                format!("rule in chain {chain}"),
            );
            if flags == NLM_F_REPLACE {
                break;
            }
        }
        Ok(())
    })
    .map_err(refused)
}

/// The handles of the dumped rules equal to each of `wanted`: for each, the first equal
/// rule in chain order, as iptables finds it (whatever its length, layout or counters).
/// Streamed over one chain's dump; nothing is kept but the handles found.
pub fn find_rules(
    s: &mut Session,
    chain: &str,
    wanted: &[Rule],
) -> std::result::Result<Vec<Option<u64>>, Refused> {
    let canon: Vec<Rule> = wanted.iter().map(codec::canonical).collect();
    let mut found: Vec<Option<u64>> = vec![None; wanted.len()];
    // a rule iptables cannot put into words stops the search there
    let mut failed = None;
    let fam = s.table.fam;
    s.rules(Some(chain), &mut |payload| {
        if failed.is_some() || found.iter().all(Option::is_some) {
            return Ok(());
        }
        let Some(r) = nft::Rule::parse(payload) else {
            return Ok(());
        };
        let d = match codec::decode_rule(&r, fam) {
            Ok(d) => d,
            Err(f) => {
                failed = Some(f);
                return Ok(());
            }
        };
        for (i, w) in canon.iter().enumerate() {
            if found[i].is_none() && codec::same(&d, w) {
                found[i] = Some(r.handle);
                break;
            }
        }
        Ok(())
    })?;
    match failed {
        Some(f) if found.iter().any(Option::is_none) => Err(parse_failed(f).into()),
        _ => Ok(found),
    }
}

pub fn delete(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let rules = expand(cmd);
    let table = s.table;
    s.change(&mut |s, batch| {
        let (chain, info, _) = rule_chain(s, cmd)?;
        if cmd.command() == Command::DeleteNum {
            let n = cmd.rulenum.unwrap_or(1) as usize;
            if info.is_none() {
                return Err(no_chain().into());
            }
            let Some(h) = nth_rule(s, &chain, n)?.0 else {
                return Err(Error::ipt_other("Index of deletion too big.").into());
            };
            delete_rule(batch, table, &chain, h);
            return Ok(());
        }
        if info.is_none() {
            return Err(bad_rule().into());
        }
        for h in find_rules(s, &chain, &rules)? {
            let Some(h) = h else {
                return Err(bad_rule().into());
            };
            delete_rule(batch, table, &chain, h);
        }
        Ok(())
    })
    .map_err(refused)
}

pub fn check(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let rules = expand(cmd);
    s.genid().map_err(refused)?;
    let (chain, info, _) = rule_chain(s, cmd).map_err(refused)?;
    if info.is_none() {
        return Err(bad_rule());
    }
    // Read again when a concurrent change interrupted the dump.
    let mut found = Vec::new();
    for _ in 0..5 {
        s.interrupted = false;
        found = find_rules(s, &chain, &rules).map_err(refused)?;
        if !s.interrupted {
            break;
        }
    }
    if found.iter().all(Option::is_some) {
        Ok(())
    } else {
        Err(bad_rule())
    }
}
