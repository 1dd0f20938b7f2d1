//! iptables 1.8.9 (nf_tables) for the nat table: the command line (parse.rs, getopt.rs),
//! the rule model (rule.rs) and its extensions (ext/), the nf_tables form (codec.rs), the
//! printers (list.rs), the tables as data (table.rs), the kernel conversation with
//! generation-bound batches (session.rs); this file runs the commands.

mod codec;
mod ext;
mod getopt;
mod help;
mod list;
mod parse;
mod rule;
mod session;
mod table;

use crate::cli::Args;
use crate::error::{exit, strerror, Error, Result};
use crate::netlink::nft::{self, Writer};
use netlink_packet_core::{NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE};
use parse::{Cmd, Command};
use rule::Rule;
use session::{Batch, ChainInfo, Op, Refused, Session};
use std::io::Write;
use table::TableDef;

pub fn main(args: Args) -> Result<()> {
    let words: Vec<String> = args
        .rest_raw()
        .iter()
        .map(|w| w.to_string_lossy().into_owned())
        .collect();
    let cmd = parse::parse(words)?;
    if let Some(text) = &cmd.print_only {
        return out(text);
    }
    let table = pick_table(cmd.table.as_deref().unwrap_or("filter"))?;
    check_rule_spec(&cmd, table)?;
    run(cmd, table)
}

fn out(text: &str) -> Result<()> {
    let mut o = std::io::stdout().lock();
    o.write_all(text.as_bytes())?;
    o.flush()?;
    Ok(())
}

fn pick_table(name: &str) -> Result<&'static TableDef> {
    if let Some(t) = table::TABLES.iter().find(|t| t.name == name) {
        return Ok(t);
    }
    if table::KNOWN.contains(&name) {
        return Err(Error::ipt_prefixed(
            exit::IPT_OTHER,
            format_args!("table `{name}' is not supported by ipkit yet (only `nat' is)"),
        ));
    }
    Err(Error::ipt_prefixed(
        exit::IPT_VERSION,
        format_args!(
            "table '{name}' does not exist\nPerhaps iptables or your kernel needs to be upgraded."
        ),
    ))
}

/// The checks iptables makes before talking to the kernel.
fn check_rule_spec(cmd: &Cmd, table: &TableDef) -> Result<()> {
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
    if cmd.command() == Command::NewChain {
        let name = cmd.chain.as_deref().unwrap_or("");
        if name.len() > 28 {
            return Err(Error::ipt_param(format_args!(
                "chain name `{name}' too long (must be under 29 chars)"
            )));
        }
        if name.starts_with('-') {
            return Err(Error::ipt_param("chain name not allowed to start with `-'"));
        }
        if ext::new_target(name).is_some() || name == "QUEUE" {
            return Err(Error::ipt_param(
                "chain name may not clash with target name",
            ));
        }
        if name.is_empty() || name.chars().any(|c| c.is_whitespace()) {
            return Err(Error::ipt_param(format_args!(
                "Invalid chain name `{name}'"
            )));
        }
    }
    Ok(())
}

/// A kernel refusal in iptables' words (as it words errno for rule commands).
fn refused(r: Refused) -> Error {
    match r {
        Refused::Other(e) => e,
        Refused::Op(errno, name, object) => Error::ipt_prefixed(
            exit::IPT_RESOURCE,
            format_args!(" {name} failed ({}): {object}", strerror(errno)),
        ),
        Refused::Nack(n) => Error::ipt_other(errno_text(n.errno)),
    }
}

/// iptables' texts for the errnos of its commands.
fn errno_text(errno: i32) -> String {
    match errno {
        nix::libc::ENOENT => "No chain/target/match by that name.".to_string(),
        nix::libc::EEXIST => "File exists.".to_string(),
        nix::libc::EPERM => "Permission denied (you must be root).".to_string(),
        nix::libc::EBUSY => "Device or resource busy.".to_string(),
        e => format!("{}.", strerror(e)),
    }
}

fn no_chain() -> Error {
    Error::ipt_other("No chain/target/match by that name.")
}

fn bad_rule() -> Error {
    Error::ipt_other("Bad rule (does a matching rule exist in that chain?).")
}

/// The rules a command line means: one per source × destination.
fn expand(cmd: &Cmd) -> Vec<Rule> {
    let srcs: Vec<Option<rule::Net>> = if cmd.srcs.is_empty() {
        vec![None]
    } else {
        cmd.srcs.iter().copied().map(Some).collect()
    };
    let dsts: Vec<Option<rule::Net>> = if cmd.dsts.is_empty() {
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
            if let Some((c_p, c_b)) = cmd.counters {
                r.counters = (c_p, c_b);
            }
            out.push(r);
        }
    }
    out
}

/// Add one message to a batch, with the name iptables gives it in errors.
fn push(batch: &mut Batch, kind: u16, w: Writer, flags: u16, name: &'static str, object: String) {
    batch.push(Op {
        kind,
        w,
        flags,
        name,
        object,
    });
}

/// NEWTABLE + NEWCHAIN for a base chain that does not exist yet.
fn create_base(batch: &mut Batch, table: &TableDef, chain: &str) {
    let Some(base) = table.base(chain) else {
        return;
    };
    let mut t = Writer::new(nft::NFPROTO_IPV4, 0);
    t.str(nft::TABLE_NAME, table.name);
    push(
        batch,
        nft::NEWTABLE,
        t,
        NLM_F_CREATE,
        "TABLE_ADD",
        format!("table {}", table.name),
    );
    let mut c = Writer::new(nft::NFPROTO_IPV4, 0);
    c.str(nft::CHAIN_TABLE, table.name)
        .str(nft::CHAIN_NAME, base.name)
        .nest(nft::CHAIN_HOOK, |w| {
            w.be32(nft::HOOK_HOOKNUM, base.hook)
                .be32(nft::HOOK_PRIORITY, base.prio as u32);
        })
        .be32(nft::CHAIN_POLICY, nft::NF_ACCEPT)
        .str(nft::CHAIN_TYPE, table.kind);
    push(
        batch,
        nft::NEWCHAIN,
        c,
        NLM_F_CREATE,
        "CHAIN_ADD",
        format!("chain {}", base.name),
    );
}

/// The handles of a chain's rules, in order (with the decoded rule when asked).
fn chain_rules(
    s: &mut Session,
    chain: &str,
    decode: bool,
) -> std::result::Result<Vec<(u64, Option<Rule>)>, Refused> {
    let mut v = Vec::new();
    s.rules(Some(chain), &mut |payload| {
        if let Some(r) = nft::Rule::parse(payload) {
            let rule = if decode {
                codec::decode(r.exprs).ok()
            } else {
                None
            };
            v.push((r.handle, rule));
        }
        Ok(())
    })?;
    Ok(v)
}

fn run(cmd: Cmd, table: &'static TableDef) -> Result<()> {
    let mut s = Session::open(table)?;
    match cmd.command() {
        Command::Append | Command::Insert | Command::Replace => modify(&mut s, &cmd),
        Command::Delete | Command::DeleteNum => delete(&mut s, &cmd),
        Command::Check => check(&mut s, &cmd),
        Command::List | Command::ListRules => {
            show(&mut s, &cmd)?;
            if cmd.has(Command::Zero) {
                zero(&mut s, &cmd)?;
            }
            Ok(())
        }
        Command::Flush => flush(&mut s, &cmd),
        Command::Zero | Command::ZeroNum => zero(&mut s, &cmd),
        Command::NewChain => new_chain(&mut s, &cmd),
        Command::DelChain => del_chain(&mut s, &cmd),
        Command::Rename => rename(&mut s, &cmd),
        Command::SetPolicy => policy(&mut s, &cmd),
    }
}

/// The chain a rule command names must exist (a base chain may be created); its jump
/// target must be a user chain.
fn rule_chain(
    s: &mut Session,
    cmd: &Cmd,
) -> std::result::Result<(String, Option<ChainInfo>), Refused> {
    let chain = cmd.chain.clone().unwrap_or_default();
    let info = s.chain(&chain)?;
    if info.is_none() && s.table.base(&chain).is_none() {
        return Err(if cmd.command() == Command::Check {
            bad_rule().into()
        } else {
            no_chain().into()
        });
    }
    if let Some((target, _)) = &cmd.jump {
        if s.chain(target)?.is_none() {
            return Err(Error::ipt_param(format_args!("Chain '{target}' does not exist")).into());
        }
    }
    Ok((chain, info))
}

fn modify(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let rules = expand(cmd);
    let table = s.table;
    s.change(&mut |s, batch| {
        let (chain, info) = rule_chain(s, cmd)?;
        if info.is_none() {
            create_base(batch, table, &chain);
        }
        let command = cmd.command();
        let n = cmd.rulenum.unwrap_or(1) as usize;
        let mut place = codec::Place::default();
        let mut flags = NLM_F_CREATE | NLM_F_APPEND;
        if command != Command::Append {
            let handles = if info.is_some() {
                chain_rules(s, &chain, false)?
            } else {
                Vec::new()
            };
            if command == Command::Replace && info.is_none() {
                return Err(no_chain().into());
            }
            if command == Command::Replace {
                let Some((h, _)) = handles.get(n - 1) else {
                    return Err(Error::ipt_other("Index of replacement too big.").into());
                };
                place.handle = Some(*h);
                flags = NLM_F_REPLACE;
            } else if n > handles.len() + 1 {
                return Err(Error::ipt_other("Index of insertion too big.").into());
            } else if n <= handles.len() {
                if n > 1 {
                    place.position = Some(handles[n - 1].0);
                }
                flags = NLM_F_CREATE;
            }
        }
        let mut rules = rules.clone();
        if flags == NLM_F_CREATE && place.position.is_none() {
            rules.reverse(); // each goes to the head: the last first
        }
        for r in &rules {
            let name = match command {
                Command::Append => "RULE_APPEND",
                Command::Replace => "RULE_REPLACE",
                _ => "RULE_INSERT",
            };
            push(
                batch,
                nft::NEWRULE,
                codec::rule_msg(table.name, &chain, r, place),
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

/// The handles of the dumped rules equal to each of `wanted` (the first equal one each).
fn find_rules(
    s: &mut Session,
    chain: &str,
    wanted: &[Rule],
) -> std::result::Result<Vec<Option<u64>>, Refused> {
    let have = chain_rules(s, chain, true)?;
    let mut used: Vec<u64> = Vec::new();
    Ok(wanted
        .iter()
        .map(|w| {
            let w = codec::canonical(w);
            let hit = have
                .iter()
                .find(|(h, r)| !used.contains(h) && r.as_ref().is_some_and(|r| codec::same(r, &w)));
            hit.map(|(h, _)| {
                used.push(*h);
                *h
            })
        })
        .collect())
}

fn del_rule_msg(table: &str, chain: &str, handle: u64) -> Writer {
    let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
    w.str(nft::RULE_TABLE, table)
        .str(nft::RULE_CHAIN, chain)
        .be64(nft::RULE_HANDLE, handle);
    w
}

fn delete(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let rules = expand(cmd);
    let table = s.table;
    s.change(&mut |s, batch| {
        let (chain, info) = rule_chain(s, cmd)?;
        if cmd.command() == Command::DeleteNum {
            let n = cmd.rulenum.unwrap_or(1) as usize;
            if info.is_none() {
                return Err(no_chain().into());
            }
            let handles = chain_rules(s, &chain, false)?;
            let Some((h, _)) = handles.get(n - 1) else {
                return Err(Error::ipt_other("Index of deletion too big.").into());
            };
            push(
                batch,
                nft::DELRULE,
                del_rule_msg(table.name, &chain, *h),
                0,
                "RULE_DELETE",
                format!("rule in chain {chain}"),
            );
            return Ok(());
        }
        if info.is_none() {
            return Err(bad_rule().into());
        }
        for h in find_rules(s, &chain, &rules)? {
            let Some(h) = h else {
                return Err(bad_rule().into());
            };
            push(
                batch,
                nft::DELRULE,
                del_rule_msg(table.name, &chain, h),
                0,
                "RULE_DELETE",
                format!("rule in chain {chain}"),
            );
        }
        Ok(())
    })
    .map_err(refused)
}

fn check(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let rules = expand(cmd);
    let (chain, info) = rule_chain(s, cmd).map_err(refused)?;
    if info.is_none() {
        return Err(bad_rule());
    }
    let found = find_rules(s, &chain, &rules).map_err(refused)?;
    if found.iter().all(Option::is_some) {
        Ok(())
    } else {
        Err(bad_rule())
    }
}

/// The chains in listing order: the base chains in the table's order (existing or not),
/// then the user chains by name.
fn ordered(table: &TableDef, chains: &[ChainInfo]) -> Vec<ChainInfo> {
    let mut out: Vec<ChainInfo> = table
        .chains
        .iter()
        .map(|b| {
            chains
                .iter()
                .find(|c| c.name == b.name)
                .cloned()
                .unwrap_or(ChainInfo {
                    name: b.name.to_string(),
                    handle: 0,
                    hook: Some((b.hook, b.prio)),
                    policy: Some(nft::NF_ACCEPT),
                    uses: 0,
                    counters: (0, 0),
                })
        })
        .collect();
    let mut user: Vec<ChainInfo> = chains
        .iter()
        .filter(|c| c.hook.is_none())
        .cloned()
        .collect();
    user.sort_by(|a, b| a.name.cmp(&b.name));
    out.extend(user);
    out
}

fn policy_name(p: Option<u32>) -> &'static str {
    match p {
        Some(nft::NF_DROP) => "DROP",
        _ => "ACCEPT",
    }
}

fn incompatible(table: &TableDef) -> Error {
    Error::ipt_prefixed(
        exit::IPT_OTHER,
        format_args!("table `{}' is incompatible, use 'nft' tool.", table.name),
    )
}

fn show(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
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
    let mut refs: Vec<(String, u32)> = Vec::new();
    if !rules_text && chains.iter().any(|c| c.hook.is_none()) {
        s.rules(None, &mut |payload| {
            if let Some(r) = nft::Rule::parse(payload) {
                for e in nft::expr::list(r.exprs) {
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
            Ok(())
        })
        .map_err(refused)?;
    }
    let mut text = String::new();
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
            match codec::decode(r.exprs) {
                Ok(rule) if rules_text => list::save_rule(&mut text, &c.name, &rule, style.verbose),
                Ok(rule) => list::list_rule(&mut text, style, num, &rule),
                Err(_) => bad = true,
            }
            Ok(())
        })
        .map_err(refused)?;
        if bad {
            return Err(incompatible(table));
        }
    }
    out(&text)
}

fn flush(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    s.change(&mut |s, batch| {
        let all = s.chains()?;
        if let Some(name) = &cmd.chain {
            if !all.iter().any(|c| &c.name == name) {
                if table.base(name).is_some() {
                    return Ok(());
                }
                return Err(no_chain().into());
            }
        }
        if cmd.verbose > 0 {
            let names: Vec<ChainInfo> = match &cmd.chain {
                Some(n) => all.iter().filter(|c| &c.name == n).cloned().collect(),
                None => ordered(table, &all),
            };
            let mut t = String::new();
            for c in names {
                t.push_str(&format!("Flushing chain `{}'\n", c.name));
            }
            out(&t)?;
        }
        if all.is_empty() {
            return Ok(());
        }
        let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
        w.str(nft::RULE_TABLE, table.name);
        if let Some(c) = &cmd.chain {
            w.str(nft::RULE_CHAIN, c);
        }
        let object = match &cmd.chain {
            Some(c) => format!("chain {c}"),
            None => format!("table {}", table.name),
        };
        push(batch, nft::DELRULE, w, 0, "RULE_FLUSH", object);
        Ok(())
    })
    .map_err(refused)
}

fn zero(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    let mut said = false;
    s.change(&mut |s, batch| {
        let all = s.chains()?;
        let names: Vec<ChainInfo> = match &cmd.chain {
            Some(n) if !cmd.has(Command::List) && !cmd.has(Command::ListRules) => {
                match ordered(table, &all).into_iter().find(|c| &c.name == n) {
                    Some(c) => vec![c],
                    None => return Err(no_chain().into()),
                }
            }
            _ => ordered(table, &all),
        };
        if cmd.verbose > 0 && !said {
            said = true;
            let mut t = String::new();
            for c in &names {
                t.push_str(&format!("Zeroing chain `{}'\n", c.name));
            }
            out(&t)?;
        }
        for c in &names {
            if !all.iter().any(|x| x.name == c.name) {
                continue;
            }
            if let (Some(_), (p, b)) = (c.hook, c.counters) {
                if (p, b) != (0, 0) && cmd.rulenum.is_none() {
                    let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
                    w.str(nft::CHAIN_TABLE, table.name)
                        .str(nft::CHAIN_NAME, &c.name)
                        .nest(nft::CHAIN_COUNTERS, |w| {
                            w.be64(nft::COUNTER_BYTES, 0).be64(nft::COUNTER_PACKETS, 0);
                        });
                    push(
                        batch,
                        nft::NEWCHAIN,
                        w,
                        0,
                        "CHAIN_ZERO",
                        format!("chain {}", c.name),
                    );
                }
            }
            let mut num = 0usize;
            let mut msgs = Vec::new();
            s.rules(Some(&c.name), &mut |payload| {
                let Some(r) = nft::Rule::parse(payload) else {
                    return Ok(());
                };
                num += 1;
                if cmd.rulenum.is_some_and(|n| n as usize != num) {
                    return Ok(());
                }
                if let Ok(mut rule) = codec::decode(r.exprs) {
                    if rule.counters != (0, 0) {
                        rule.counters = (0, 0);
                        let place = codec::Place {
                            handle: Some(r.handle),
                            position: None,
                        };
                        msgs.push(codec::rule_msg(table.name, &c.name, &rule, place));
                    }
                }
                Ok(())
            })?;
            for m in msgs {
                let object = format!("rule in chain {}", c.name);
                push(
                    batch,
                    nft::NEWRULE,
                    m,
                    NLM_F_REPLACE,
                    "RULE_REPLACE",
                    object,
                );
            }
        }
        Ok(())
    })
    .map_err(refused)
}

fn new_chain(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    let name = cmd.chain.clone().unwrap_or_default();
    s.change(&mut |s, batch| {
        if s.table.base(&name).is_some() || s.chain(&name)?.is_some() {
            return Err(Error::ipt_other("Chain already exists.").into());
        }
        let mut t = Writer::new(nft::NFPROTO_IPV4, 0);
        t.str(nft::TABLE_NAME, table.name);
        push(
            batch,
            nft::NEWTABLE,
            t,
            NLM_F_CREATE,
            "TABLE_ADD",
            format!("table {}", table.name),
        );
        let mut c = Writer::new(nft::NFPROTO_IPV4, 0);
        c.str(nft::CHAIN_TABLE, table.name)
            .str(nft::CHAIN_NAME, &name);
        push(
            batch,
            nft::NEWCHAIN,
            c,
            NLM_F_EXCL | NLM_F_CREATE,
            "CHAIN_USER_ADD",
            format!("chain {name}"),
        );
        Ok(())
    })
    .map_err(|r| match r {
        Refused::Nack(n) if n.errno == nix::libc::EEXIST => {
            Error::ipt_other("Chain already exists.")
        }
        r => refused(r),
    })
}

fn del_chain(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    let mut failed_chain = String::new();
    let r = s.change(&mut |s, batch| {
        let all = s.chains()?;
        let victims: Vec<ChainInfo> = match &cmd.chain {
            Some(n) => match all.iter().find(|c| &c.name == n && c.hook.is_none()) {
                Some(c) => vec![c.clone()],
                None => return Err(no_chain().into()),
            },
            None => all.iter().filter(|c| c.hook.is_none()).cloned().collect(),
        };
        for c in victims {
            if c.uses > 0 || !chain_rules(s, &c.name, false)?.is_empty() {
                failed_chain = c.name.clone();
                return Err(Refused::Nack(crate::netlink::Nack {
                    errno: nix::libc::EBUSY,
                    msg: None,
                }));
            }
            let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
            w.str(nft::CHAIN_TABLE, table.name)
                .str(nft::CHAIN_NAME, &c.name);
            push(
                batch,
                nft::DELCHAIN,
                w,
                0,
                "CHAIN_DEL",
                format!("chain {}", c.name),
            );
        }
        Ok(())
    });
    r.map_err(|r| match r {
        Refused::Nack(n) if n.errno == nix::libc::EBUSY => Error::ipt_prefixed(
            exit::IPT_RESOURCE,
            format_args!(
                " CHAIN_DEL failed ({}): chain {failed_chain}",
                strerror(n.errno)
            ),
        ),
        r => refused(r),
    })
}

fn rename(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    let old = cmd.chain.clone().unwrap_or_default();
    let new = cmd.newname.clone().unwrap_or_default();
    s.change(&mut |s, batch| {
        let Some(c) = s.chain(&old)? else {
            return Err(no_chain().into());
        };
        if s.chain(&new)?.is_some() || s.table.base(&new).is_some() {
            return Err(Error::ipt_other("File exists.").into());
        }
        let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
        w.str(nft::CHAIN_TABLE, table.name)
            .be64(nft::CHAIN_HANDLE, c.handle)
            .str(nft::CHAIN_NAME, &new);
        push(
            batch,
            nft::NEWCHAIN,
            w,
            0,
            "CHAIN_RENAME",
            format!("chain {old}"),
        );
        Ok(())
    })
    .map_err(refused)
}

fn policy(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    let chain = cmd.chain.clone().unwrap_or_default();
    let target = cmd.policy.clone().unwrap_or_default();
    let Some(base) = table.base(&chain) else {
        return Err(Error::ipt_other("Bad built-in chain name."));
    };
    let code = match target.as_str() {
        "ACCEPT" => nft::NF_ACCEPT,
        "DROP" => nft::NF_DROP,
        _ => {
            return Err(Error::ipt_other(
                "Bad policy name. Run `dmesg' for more information.",
            ))
        }
    };
    s.change(&mut |s, batch| {
        if s.chain(&chain)?.is_none() {
            create_base(batch, table, &chain);
        }
        let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
        w.str(nft::CHAIN_TABLE, table.name)
            .str(nft::CHAIN_NAME, base.name)
            .nest(nft::CHAIN_HOOK, |w| {
                w.be32(nft::HOOK_HOOKNUM, base.hook)
                    .be32(nft::HOOK_PRIORITY, base.prio as u32);
            })
            .be32(nft::CHAIN_POLICY, code)
            .str(nft::CHAIN_TYPE, table.kind);
        push(
            batch,
            nft::NEWCHAIN,
            w,
            0,
            "CHAIN_UPDATE",
            format!("chain {chain}"),
        );
        Ok(())
    })
    .map_err(refused)
}
