//! The pieces a change is planned from: a batch message with its name for errors, the
//! lazily created base chain, a chain's rules, the chains in listing order.

use super::codec;
use super::session::{Batch, ChainInfo, Op, Refused, Session};
use super::table::{BaseChain, TableDef};
use crate::netlink::nft::{self, Writer};
use netlink_packet_core::{NLM_F_CREATE, NLM_F_REPLACE};

/// Add one message to a batch, with the name iptables gives it in errors.
pub fn push(
    batch: &mut Batch,
    kind: u16,
    w: Writer,
    flags: u16,
    name: &'static str,
    object: String,
) {
    // a restore file's batch holds every rule until its COMMIT: no slack kept per message
    let mut w = w;
    w.buf.shrink_to_fit();
    if super::debug::on() {
        super::debug::pushed(kind, &w.buf, name);
    }
    batch.push(Op {
        kind,
        w,
        flags,
        name,
        object,
    });
}

/// NEWTABLE (NLM_F_CREATE: made if missing, left alone otherwise).
pub fn create_table(batch: &mut Batch, table: &TableDef) {
    let mut t = Writer::new(table.fam.nfproto(), 0);
    t.str(nft::TABLE_NAME, table.name);
    let object = format!("table {}", table.name);
    push(batch, nft::NEWTABLE, t, NLM_F_CREATE, "TABLE_ADD", object);
}

/// RULE_FLUSH: a DELRULE of every rule of `chain`, or of the whole table (its foreign
/// chains too) when None.
pub fn flush_rules(batch: &mut Batch, table: &TableDef, chain: Option<&str>) {
    let mut w = Writer::new(table.fam.nfproto(), 0);
    w.str(nft::RULE_TABLE, table.name);
    let object = match chain {
        Some(c) => {
            w.str(nft::RULE_CHAIN, c);
            format!("chain {c}")
        }
        None => format!("table {}", table.name),
    };
    push(batch, nft::DELRULE, w, 0, "RULE_FLUSH", object);
}

/// A NEWCHAIN payload for base chain `base` with `policy` (hook, priority, type), its
/// counters zeroed when `zero`.
pub fn base_chain_msg(table: &TableDef, base: &BaseChain, policy: u32, zero: bool) -> Writer {
    let mut c = base_chain_head(table, base, policy);
    if zero {
        c.nest(nft::CHAIN_COUNTERS, |w| {
            w.be64(nft::COUNTER_PACKETS, 0).be64(nft::COUNTER_BYTES, 0);
        });
    }
    c.str(nft::CHAIN_TYPE, base.kind);
    c
}

/// A base chain's NEWCHAIN up to its policy (table, name, hook and priority, policy).
fn base_chain_head(table: &TableDef, base: &BaseChain, policy: u32) -> Writer {
    let mut c = Writer::new(table.fam.nfproto(), 0);
    c.str(nft::CHAIN_TABLE, table.name)
        .str(nft::CHAIN_NAME, base.name)
        .nest(nft::CHAIN_HOOK, |w| {
            w.be32(nft::HOOK_HOOKNUM, base.hook)
                .be32(nft::HOOK_PRIORITY, base.prio as u32);
        })
        .be32(nft::CHAIN_POLICY, policy);
    c
}

/// NEWTABLE + NEWCHAIN for a base chain that does not exist yet (created lazily, as
/// iptables-nft does, with policy ACCEPT).
pub fn create_base(batch: &mut Batch, table: &TableDef, chain: &str) {
    let Some(base) = table.base(chain) else {
        return;
    };
    create_table(batch, table);
    let c = base_chain_msg(table, base, nft::NF_ACCEPT, false);
    let object = format!("chain {}", base.name);
    push(batch, nft::NEWCHAIN, c, NLM_F_CREATE, "CHAIN_ADD", object);
}

/// A DELRULE of the rule with `handle` in `chain`.
pub fn delete_rule(batch: &mut Batch, table: &TableDef, chain: &str, handle: u64) {
    let mut w = Writer::new(table.fam.nfproto(), 0);
    w.str(nft::RULE_TABLE, table.name)
        .str(nft::RULE_CHAIN, chain)
        .be64(nft::RULE_HANDLE, handle);
    let object = format!("rule in chain {chain}");
    super::debug::deleted(handle, &w.buf);
    push(batch, nft::DELRULE, w, 0, "RULE_DELETE", object);
}

/// The handle of rule `n` (1 = first) of a chain, and how many rules it has (streamed:
/// nothing else is kept).
pub fn nth_rule(
    s: &mut Session,
    chain: &str,
    n: usize,
) -> std::result::Result<(Option<u64>, usize), Refused> {
    let mut count = 0;
    let mut at = None;
    s.rules(Some(chain), &mut |payload| {
        if let Some(r) = nft::Rule::parse(payload) {
            count += 1;
            if count == n {
                at = Some(r.handle);
            }
        }
        Ok(())
    })?;
    Ok((at, count))
}

/// The message zeroing a builtin iptables does not see (a listing's `-Z`): the builtin made
/// with policy ACCEPT and zero counters, which the kernel refuses when the table is missing
/// or another chain holds the name.
pub fn zero_missing_builtin(batch: &mut Batch, table: &TableDef, name: &str) {
    let Some(base) = table.base(name) else {
        return;
    };
    let mut c = base_chain_head(table, base, nft::NF_ACCEPT);
    c.nest(nft::CHAIN_COUNTERS, |w| {
        w.be64(nft::COUNTER_PACKETS, 0).be64(nft::COUNTER_BYTES, 0);
    })
    .str(nft::CHAIN_TYPE, base.kind);
    let object = format!("chain {name}");
    push(batch, nft::NEWCHAIN, c, NLM_F_CREATE, "CHAIN_ZERO", object);
}

/// Messages zeroing the counters of existing chain `c`: its policy's (a base chain, unless
/// one rule is named), and each rule's (rule `rulenum` only, when given), each rule rewritten
/// from its dump with zero counters, so whatever it holds stays as it is.
pub fn zero_chain(
    s: &mut Session,
    table: &TableDef,
    c: &ChainInfo,
    rulenum: Option<u32>,
    batch: &mut Batch,
) -> std::result::Result<(), Refused> {
    if c.hook.is_some() && rulenum.is_none() {
        super::debug::zeroed_chain(table.fam.nfproto(), table.name, c);
    }
    if let (Some(_), (p, b)) = (c.hook, c.counters) {
        if (p, b) != (0, 0) && rulenum.is_none() {
            let mut w = Writer::new(table.fam.nfproto(), 0);
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
        if nft::Rule::parse(payload).is_none() {
            return Ok(());
        }
        num += 1;
        if rulenum.is_some_and(|n| n as usize != num) {
            return Ok(());
        }
        // a rule named is rewritten whatever its counters
        if let Some(w) = codec::zeroed_rule_msg(table, &c.name, payload, rulenum.is_some()) {
            msgs.push(w);
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
    Ok(())
}
