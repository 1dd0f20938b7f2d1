//! What each line of a block adds to the block's batch, checked against the chains the
//! block has (those of the kernel with --noflush, then those it makes).

use crate::error::Error;
use crate::iptables::codec::{self, Place};
use crate::iptables::parse::{self, Command};
use crate::iptables::plan::{base_chain_msg, flush_rules, push};
use crate::iptables::reply::bad_rule;
use crate::iptables::rules::expand;
use crate::iptables::session::Batch;
use crate::iptables::table::TableDef;
use crate::netlink::nft::{self, Writer};
use netlink_packet_core::{NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL};
use std::collections::HashSet;

use super::line::NAME;

/// NLM_F_NONREC: delete only what is empty and unused.
const NLM_F_NONREC: u16 = 0x100;

/// What the block has made so far: chains by name (base or not).
#[derive(Default)]
pub struct Model {
    /// The chains, in the order they came (-F and -X without a name go through them).
    chains: Vec<String>,
    /// The same names, to look up (a table can have thousands of chains).
    names: HashSet<String>,
    /// The NFTA_RULE_ID given last (rules the batch adds are numbered from 1).
    last_id: u32,
    /// `rule in chain X` for the chain named last (the object of its rules' messages).
    object: (String, String),
    /// The table was emptied (no --noflush): a flush makes the builtins it flushes.
    pub emptied: bool,
}

impl Model {
    /// The chains, in the order they came.
    pub fn chain_names(&self) -> &[String] {
        &self.chains
    }

    pub fn has(&self, name: &str) -> bool {
        self.names.contains(name)
    }

    pub fn add(&mut self, name: &str) {
        if self.names.insert(name.to_string()) {
            self.chains.push(name.to_string());
        }
    }

    fn remove(&mut self, name: &str) {
        if self.names.remove(name) {
            self.chains.retain(|c| c != name);
        }
    }

    /// iptables' name for a rule message of `chain` in errors.
    fn rule_object(&mut self, chain: &str) -> String {
        if self.object.0 != chain {
            self.object = (chain.to_string(), format!("rule in chain {chain}"));
        }
        self.object.1.clone()
    }

    pub fn next_id(&mut self) -> u32 {
        self.last_id += 1;
        self.last_id
    }
}

/// `:NAME POLICY [p:b]`: a base chain with its policy (made first when the block does not
/// have it, then updated), or a user chain.
pub fn chain_line(
    batch: &mut Batch,
    table: &TableDef,
    model: &mut Model,
    name: &str,
    policy: Option<u32>,
    counters: Option<(u64, u64)>,
) {
    if let Some(base) = table.base(name) {
        ensure_base(batch, table, model, name);
        let mut w = base_chain_msg(table, base, policy.unwrap_or(nft::NF_ACCEPT), false);
        if let Some((p, b)) = counters {
            w.nest(nft::CHAIN_COUNTERS, |c| {
                c.be64(nft::COUNTER_PACKETS, p).be64(nft::COUNTER_BYTES, b);
            });
        }
        push(
            batch,
            nft::NEWCHAIN,
            w,
            0,
            "CHAIN_UPDATE",
            format!("chain {name}"),
        );
        return;
    }
    let mut w = Writer::new(table.fam.nfproto(), 0);
    w.str(nft::CHAIN_TABLE, table.name)
        .str(nft::CHAIN_NAME, name);
    if model.has(name) {
        // a user chain the table already has starts empty
        push(
            batch,
            nft::NEWCHAIN,
            w,
            NLM_F_CREATE,
            "CHAIN_ADD",
            format!("chain {name}"),
        );
        flush_rules(batch, table, Some(name));
    } else {
        // made, and refused by the kernel when another chain holds the name
        let flags = NLM_F_CREATE | NLM_F_EXCL;
        push(
            batch,
            nft::NEWCHAIN,
            w,
            flags,
            "CHAIN_USER_ADD",
            format!("chain {name}"),
        );
        model.add(name);
    }
}

/// A base chain named by a command, made (policy ACCEPT) when the block has not made it.
fn ensure_base(batch: &mut Batch, table: &TableDef, model: &mut Model, name: &str) {
    if model.has(name) {
        return;
    }
    if let Some(base) = table.base(name) {
        let w = base_chain_msg(table, base, nft::NF_ACCEPT, false);
        push(
            batch,
            nft::NEWCHAIN,
            w,
            NLM_F_CREATE,
            "CHAIN_ADD",
            format!("chain {name}"),
        );
        model.add(name);
    }
}

/// A command's error, and which line it is reported at.
pub enum Fault {
    Line(Error),
    Commit(Error),
    /// A command that names rules by place or content (positional.rs answers it).
    Positional,
}

impl From<Error> for Fault {
    fn from(e: Error) -> Fault {
        Fault::Line(e)
    }
}

pub fn command(
    batch: &mut Batch,
    table: &TableDef,
    model: &mut Model,
    cmd: &parse::Cmd,
    counters: Option<(u64, u64)>,
) -> std::result::Result<(), Fault> {
    let chain = cmd.chain.clone().unwrap_or_default();
    let no_chain = || Error::ipt_other("No chain/target/match by that name.");
    match cmd.command() {
        Command::Append | Command::Insert if cmd.rulenum.unwrap_or(1) == 1 => {
            if !model.has(&chain) && table.base(&chain).is_none() {
                return Err(no_chain().into());
            }
            if let Some((target, _)) = &cmd.jump {
                if table.base(target).is_none() && !model.has(target) {
                    return Err(Fault::Commit(Error::ipt_param(format_args!(
                        "Chain '{target}' does not exist"
                    ))));
                }
            }
            ensure_base(batch, table, model, &chain);
            let append = cmd.command() == Command::Append;
            // Each at the head in turn, as iptables inserts them: they end up reversed.
            for mut r in expand(cmd) {
                if let Some(c) = counters {
                    r.counters = c;
                }
                let (flags, name) = if append {
                    (NLM_F_CREATE | NLM_F_APPEND, "RULE_APPEND")
                } else {
                    (NLM_F_CREATE, "RULE_INSERT")
                };
                let mut w = codec::rule_msg(table.name, &chain, &r, Place::default());
                w.be32(nft::RULE_ID, model.next_id());
                push(
                    batch,
                    nft::NEWRULE,
                    w,
                    flags,
                    name,
                    model.rule_object(&chain),
                );
            }
        }
        Command::NewChain => {
            if model.has(&chain) || table.base(&chain).is_some() {
                return Err(Error::ipt_other("Chain already exists.").into());
            }
            let mut w = Writer::new(table.fam.nfproto(), 0);
            w.str(nft::CHAIN_TABLE, table.name)
                .str(nft::CHAIN_NAME, &chain);
            let object = format!("chain {chain}");
            push(
                batch,
                nft::NEWCHAIN,
                w,
                NLM_F_CREATE | NLM_F_EXCL,
                "CHAIN_ADD",
                object,
            );
            model.add(&chain);
        }
        Command::SetPolicy => {
            let Some(base) = table.base(&chain) else {
                return Err(Error::ipt_other("Bad built-in chain name.").into());
            };
            let policy = match cmd.policy.as_deref() {
                Some("DROP") => nft::NF_DROP,
                Some("ACCEPT") => nft::NF_ACCEPT,
                _ => return Err(Error::ipt_other("Bad policy name.").into()),
            };
            ensure_base(batch, table, model, &chain);
            let w = base_chain_msg(table, base, policy, false);
            push(
                batch,
                nft::NEWCHAIN,
                w,
                0,
                "CHAIN_UPDATE",
                format!("chain {chain}"),
            );
        }
        // a builtin flushed is made first in a table emptied, as iptables-nft-restore makes it
        Command::Flush => match &cmd.chain {
            Some(c) if model.has(c) || (model.emptied && table.base(c).is_some()) => {
                ensure_base(batch, table, model, c);
                flush_rules(batch, table, Some(c))
            }
            Some(c) if table.base(c).is_some() => {}
            Some(_) => return Err(no_chain().into()),
            // the whole table's rules, in the chains iptables does not own too
            None => {
                if model.emptied {
                    for b in table.chains {
                        ensure_base(batch, table, model, b.name);
                    }
                }
                flush_rules(batch, table, None)
            }
        },
        Command::DelChain => {
            let targets: Vec<String> = match &cmd.chain {
                Some(c) if model.has(c) => vec![c.clone()],
                Some(_) => return Err(no_chain().into()),
                None => model
                    .chains
                    .iter()
                    .filter(|c| table.base(c).is_none())
                    .cloned()
                    .collect(),
            };
            for c in targets {
                let mut w = Writer::new(table.fam.nfproto(), 0);
                w.str(nft::CHAIN_TABLE, table.name).str(nft::CHAIN_NAME, &c);
                // NLM_F_NONREC: a chain still holding rules or jumped to is refused (EBUSY),
                // not emptied
                let flags = NLM_F_NONREC;
                push(
                    batch,
                    nft::DELCHAIN,
                    w,
                    flags,
                    "CHAIN_DEL",
                    format!("chain {c}"),
                );
                model.remove(&c);
            }
        }
        Command::ListRules | Command::List | Command::Zero | Command::ZeroNum | Command::Rename => {
            if let Some(c) = &cmd.chain {
                if matches!(cmd.command(), Command::Zero | Command::ZeroNum)
                    && !model.has(c)
                    && table.base(c).is_none()
                {
                    return Err(no_chain().into());
                }
            }
            return Err(Fault::Positional);
        }
        Command::Delete
        | Command::DeleteNum
        | Command::Replace
        | Command::Insert
        | Command::Check => {
            // (an insert into a builtin the block does not have finds no rule to go before)
            let builtin_insert = cmd.command() == Command::Insert && table.base(&chain).is_some();
            if !model.has(&chain) && !builtin_insert {
                return Err(
                    if matches!(cmd.command(), Command::Check | Command::Delete) {
                        bad_rule().into()
                    } else {
                        no_chain().into()
                    },
                );
            }
            return Err(Fault::Positional);
        }
        other => {
            return Err(Error::ipt_fail(format_args!(
                "ipkit: {NAME}: -{} inside a restore file is not implemented yet\n",
                other.letter()
            ))
            .into())
        }
    }
    Ok(())
}
