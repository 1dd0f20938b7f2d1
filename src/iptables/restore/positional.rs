//! The commands of a restore line that name rules by place or by content: -D (spec or
//! number), -I N, -R N, -C. They are answered from the chain as the block's batch would
//! leave it: the kernel's rules (with --noflush), then every message of the batch so far for
//! that chain, replayed. A rule the batch adds carries an NFTA_RULE_ID, so a later insert can
//! go before it (NFTA_RULE_POSITION_ID); a rule the batch adds and a later line deletes or
//! replaces is changed in the batch itself.

use super::apply::Model;
use crate::error::Error;
use crate::iptables::codec::{self, Place};
use crate::iptables::family::Fam;
use crate::iptables::parse::{Cmd, Command};
use crate::iptables::plan::{delete_rule, push};
use crate::iptables::reply::{bad_rule, no_chain};
use crate::iptables::rule::Rule;
use crate::iptables::rules::expand;
use crate::iptables::session::{Batch, Session};
use crate::iptables::table::TableDef;
use crate::netlink::attr::{be32_of, be64_of, Table};
use crate::netlink::nft;
use netlink_packet_core::{NLM_F_APPEND, NLM_F_CREATE, NLM_F_REPLACE};
use std::collections::HashMap;

/// Where a rule of the chain lives: in the kernel (its handle) or in the batch (its id).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Slot {
    Kernel(u64),
    New(u32),
}

struct Entry {
    slot: Slot,
    rule: Option<Rule>,
}

/// The attributes of a batch message this module reads back.
struct Msg<'a> {
    chain: Option<&'a str>,
    handle: Option<u64>,
    position: Option<u64>,
    id: Option<u32>,
    position_id: Option<u32>,
    exprs: Option<&'a [u8]>,
}

fn read(kind: u16, payload: &[u8]) -> Msg<'_> {
    let t = Table::<12>::new(nft::body(payload));
    let chain_attr = if kind == nft::DELCHAIN {
        nft::CHAIN_NAME
    } else {
        nft::RULE_CHAIN
    };
    Msg {
        chain: t.str(chain_attr),
        handle: t.get(nft::RULE_HANDLE).and_then(be64_of),
        position: t.get(nft::RULE_POSITION).and_then(be64_of),
        id: t.get(nft::RULE_ID).and_then(be32_of),
        position_id: t.get(nft::RULE_POSITION_ID).and_then(be32_of),
        exprs: t.get(nft::RULE_EXPRESSIONS),
    }
}

/// The kernel's side of a block: its session (with --noflush, or for a listing), and the
/// rules of each chain asked for, read once per block (a file with many `-D` lines would
/// otherwise dump the chain again for each).
pub struct Kernel<'a> {
    pub session: Option<&'a mut Session>,
    pub cache: &'a mut HashMap<String, Vec<(u64, Option<Rule>)>>,
}

impl Kernel<'_> {
    /// The kernel's rules of `chain`: handles and the rules read (none without a session).
    pub fn rules(&mut self, chain: &str) -> Result<&[(u64, Option<Rule>)], Error> {
        let Some(s) = self.session.as_deref_mut() else {
            return Ok(&[]);
        };
        if !self.cache.contains_key(chain) {
            let fam = s.table.fam;
            let mut v = Vec::new();
            s.rules(Some(chain), &mut |payload| {
                if let Some(r) = nft::Rule::parse(payload) {
                    v.push((r.handle, codec::decode_rule(&r, fam).ok()));
                }
                Ok(())
            })
            .map_err(crate::iptables::reply::refused)?;
            self.cache.insert(chain.to_string(), v);
        }
        Ok(self.cache.get(chain).map_or(&[], Vec::as_slice))
    }
}

/// `chain` as the batch would leave it, starting from the kernel's rules.
fn view(k: &mut Kernel, batch: &Batch, chain: &str) -> Result<Vec<Entry>, Error> {
    let mut v: Vec<Entry> = k
        .rules(chain)?
        .iter()
        .map(|(h, r)| Entry {
            slot: Slot::Kernel(*h),
            rule: r.clone(),
        })
        .collect();
    let at = |v: &Vec<Entry>, slot: Slot| v.iter().position(|e| e.slot == slot);
    for op in batch {
        if op.kind == nft::DELTABLE {
            v.clear();
            continue;
        }
        let m = read(op.kind, &op.w.buf);
        if op.kind == nft::DELRULE && m.chain.is_none() {
            v.clear();
            continue;
        }
        if m.chain != Some(chain) {
            continue;
        }
        match op.kind {
            nft::NEWRULE => {
                let e = Entry {
                    slot: Slot::New(m.id.unwrap_or(0)),
                    rule: m
                        .exprs
                        .and_then(|x| codec::decode(x, None, Fam::of_msg(&op.w.buf)).ok()),
                };
                if op.flags & NLM_F_REPLACE != 0 {
                    if let Some(i) = m.handle.and_then(|h| at(&v, Slot::Kernel(h))) {
                        v[i] = e;
                    }
                } else if let Some(p) = m.position {
                    let i = at(&v, Slot::Kernel(p)).unwrap_or(v.len());
                    v.insert(i, e);
                } else if let Some(p) = m.position_id {
                    let i = at(&v, Slot::New(p)).unwrap_or(v.len());
                    v.insert(i, e);
                } else if op.flags & NLM_F_APPEND != 0 {
                    v.push(e);
                } else {
                    v.insert(0, e);
                }
            }
            nft::DELRULE => match m.handle {
                Some(h) => v.retain(|e| e.slot != Slot::Kernel(h)),
                None => v.clear(),
            },
            nft::DELCHAIN => v.clear(),
            _ => {}
        }
    }
    Ok(v)
}

/// The rules of `chain` as the batch would leave them (None: one iptables cannot read).
pub fn chain_view(k: &mut Kernel, batch: &Batch, chain: &str) -> Result<Vec<Option<Rule>>, Error> {
    Ok(view(k, batch, chain)?.into_iter().map(|e| e.rule).collect())
}

/// The index in the batch of the message that adds rule `id`.
fn op_of(batch: &Batch, id: u32) -> Option<usize> {
    batch
        .iter()
        .position(|op| op.kind == nft::NEWRULE && read(op.kind, &op.w.buf).id == Some(id))
}

/// Whether a later message places itself relative to rule `id`.
fn referenced(batch: &Batch, id: u32) -> bool {
    batch
        .iter()
        .any(|op| op.kind == nft::NEWRULE && read(op.kind, &op.w.buf).position_id == Some(id))
}

fn not_yet(what: &str) -> Error {
    Error::ipt_fail(format_args!(
        "ipkit: iptables-restore: {what} inside a restore file is not implemented yet\n"
    ))
}

/// The block being edited: its batch, the line of each message, this line's number, the
/// table, and its chains.
pub struct Edit<'a> {
    pub batch: &'a mut Batch,
    pub lines: &'a mut Vec<usize>,
    pub n: usize,
    pub table: &'a TableDef,
    pub model: &'a mut Model,
}

/// -D/-I N/-R N/-C, the kernel's rules counting with --noflush.
pub fn apply(
    e: Edit,
    k: &mut Kernel,
    cmd: &Cmd,
    counters: Option<(u64, u64)>,
) -> Result<(), Error> {
    let Edit {
        batch,
        lines,
        n,
        table,
        model,
    } = e;
    let chain = cmd.chain.clone().unwrap_or_default();
    let mut wanted = expand(cmd);
    if cmd.command() == Command::Insert {
        // iptables inserts them one by one at the same number: they end up reversed
        wanted.reverse();
    }
    for r in wanted.iter_mut() {
        if let Some(c) = counters {
            r.counters = c;
        }
    }
    let object = format!("rule in chain {chain}");
    match cmd.command() {
        Command::Delete | Command::Check => {
            for want in &wanted {
                let v = view(k, batch, &chain)?;
                let hit = v
                    .iter()
                    .find(|e| e.rule.as_ref().is_some_and(|r| codec::same(r, want)));
                let Some(hit) = hit else {
                    return Err(bad_rule());
                };
                if cmd.command() == Command::Delete {
                    remove(batch, lines, n, table, &chain, hit.slot)?;
                }
            }
        }
        Command::DeleteNum => {
            let v = view(k, batch, &chain)?;
            let k = cmd.rulenum.unwrap_or(0) as usize;
            let Some(e) = k.checked_sub(1).and_then(|i| v.get(i)) else {
                return Err(Error::ipt_other("Index of deletion too big."));
            };
            remove(batch, lines, n, table, &chain, e.slot)?;
        }
        Command::Replace => {
            let v = view(k, batch, &chain)?;
            let k = cmd.rulenum.unwrap_or(0) as usize;
            let Some(e) = k.checked_sub(1).and_then(|i| v.get(i)) else {
                return Err(Error::ipt_other("Index of replacement too big."));
            };
            let Some(r) = wanted.first() else {
                return Ok(());
            };
            match e.slot {
                Slot::Kernel(h) => {
                    let place = Place {
                        handle: Some(h),
                        position: None,
                    };
                    let w = codec::rule_msg(table.name, &chain, r, place);
                    push(
                        batch,
                        nft::NEWRULE,
                        w,
                        NLM_F_REPLACE,
                        "RULE_REPLACE",
                        object,
                    );
                    lines.push(n);
                }
                Slot::New(id) => {
                    let Some(i) = op_of(batch, id) else {
                        return Ok(());
                    };
                    // the message that adds the rule, rewritten: same place, same id
                    let old = read(batch[i].kind, &batch[i].w.buf);
                    let (position, position_id) = (old.position, old.position_id);
                    let mut w = codec::rule_msg(
                        table.name,
                        &chain,
                        r,
                        Place {
                            handle: None,
                            position,
                        },
                    );
                    w.be32(nft::RULE_ID, id);
                    if let Some(p) = position_id {
                        w.be32(nft::RULE_POSITION_ID, p);
                    }
                    batch[i].w = w;
                }
            }
        }
        Command::Insert => {
            let v = view(k, batch, &chain)?;
            let k = cmd.rulenum.unwrap_or(1) as usize;
            if k > v.len() + 1 {
                return Err(Error::ipt_other("Index of insertion too big."));
            }
            let before = k.checked_sub(1).and_then(|i| v.get(i)).map(|e| e.slot);
            // Inserted one by one before the same rule, the expanded rules keep their order.
            for r in &wanted {
                let (place, position_id, flags) = match before {
                    Some(Slot::Kernel(h)) => (
                        Place {
                            handle: None,
                            position: Some(h),
                        },
                        None,
                        NLM_F_CREATE,
                    ),
                    Some(Slot::New(id)) => (Place::default(), Some(id), NLM_F_CREATE),
                    None => (Place::default(), None, NLM_F_CREATE | NLM_F_APPEND),
                };
                let mut w = codec::rule_msg(table.name, &chain, r, place);
                w.be32(nft::RULE_ID, model.next_id());
                if let Some(p) = position_id {
                    w.be32(nft::RULE_POSITION_ID, p);
                }
                push(batch, nft::NEWRULE, w, flags, "RULE_INSERT", object.clone());
                lines.push(n);
            }
        }
        _ => return Err(no_chain()),
    }
    Ok(())
}

/// Delete the rule at `slot`: a DELRULE for a kernel rule, the adding message taken out of
/// the batch for a rule the batch adds.
fn remove(
    batch: &mut Batch,
    lines: &mut Vec<usize>,
    n: usize,
    table: &TableDef,
    chain: &str,
    slot: Slot,
) -> Result<(), Error> {
    match slot {
        Slot::Kernel(h) => {
            delete_rule(batch, table, chain, h);
            lines.push(n);
        }
        Slot::New(id) => {
            if referenced(batch, id) {
                return Err(not_yet("deleting a rule another line inserted before"));
            }
            if let Some(i) = op_of(batch, id) {
                batch.remove(i);
                if i < lines.len() {
                    lines.remove(i);
                }
            }
        }
    }
    Ok(())
}
