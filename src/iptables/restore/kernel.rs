//! The commands of a restore line that read the kernel's chains: `-S`, `-L`, `-Z`, `-E`. `-S` prints the table's rules as the block's batch would
//! leave them (iptables-nft-restore answers from its cache, which holds the pending rules); `-Z`
//! zeroes the kernel's counters (--noflush; without it the table starts empty).

use super::positional::{chain_view, Edit, Kernel};
use crate::error::{exit, Error};
use crate::iptables::ext::verdict::Verdict;
use crate::iptables::ext::Target;
use crate::iptables::list;
use crate::iptables::parse::{Cmd, Command};
use crate::iptables::plan::{push, zero_chain};
use crate::iptables::reply::{no_chain, refused};
use crate::iptables::session::{Batch, ChainInfo};
use crate::iptables::show::policy_name;
use crate::iptables::table::TableDef;
use crate::iptables::view::{kind_of, Kind};
use crate::netlink::nft::{self, Writer};
use std::io::Write;

/// The policy of base chain `chain` as iptables-nft-restore shows it: the kernel's with
/// --noflush (a `-P` of the block does not show), ACCEPT in a table being replaced.
fn policy(kernel: &[ChainInfo], chain: &str, noflush: bool) -> Option<u32> {
    let c = kernel.iter().find(|c| c.name == chain).filter(|_| noflush);
    c.and_then(|c| c.policy)
}

/// What a listing on a restore line reads: the block (its batch, its chains, --noflush), the
/// table, and the kernel.
pub struct Listing<'a, 'k> {
    pub noflush: bool,
    pub batch: &'a Batch,
    pub table: &'a TableDef,
    pub user: &'a [String],
    pub kernel: &'a mut Kernel<'k>,
}

/// The kernel's chains of the table (none without a session).
fn kernel_chains(k: &mut Kernel) -> Result<Vec<ChainInfo>, Error> {
    match k.session.as_deref_mut() {
        Some(s) => s.chains().map_err(refused),
        None => Ok(Vec::new()),
    }
}

/// `-S [CHAIN [N]]` (with `-v`, counters).
pub fn list_rules(l: Listing, cmd: &Cmd) -> Result<(), Error> {
    let (noflush, batch, table, user, k) = (l.noflush, l.batch, l.table, l.user, l.kernel);
    let kernel = kernel_chains(k)?;
    let mut chains = chain_order(table, user);
    if let Some(name) = &cmd.chain {
        if !chains.contains(name) {
            return Err(incompatible_chain(name, table));
        }
        chains.retain(|c| c == name);
    }
    let verbose = cmd.verbose > 0;
    let mut out = String::new();
    if cmd.rulenum.is_none() {
        for c in &chains {
            if table.base(c).is_some() {
                out.push_str(&format!(
                    "-P {c} {}",
                    policy_name(policy(&kernel, c, noflush))
                ));
                if verbose {
                    out.push_str(" -c 0 0");
                }
                out.push('\n');
            } else {
                out.push_str(&format!("-N {c}\n"));
            }
        }
    }
    for c in &chains {
        for (i, rule) in chain_view(k, batch, c)?.into_iter().enumerate() {
            if cmd.rulenum.is_some_and(|k| k as usize != i + 1) {
                continue;
            }
            let Some(rule) = rule else {
                return Err(crate::iptables::reply::incompatible(table));
            };
            list::save_rule(&mut out, c, &rule, verbose);
        }
    }
    std::io::stdout().write_all(out.as_bytes())?;
    Ok(())
}

/// `-L [CHAIN [N]]` with `-n`, `-v`, `-x`, `--line-numbers`: the chains' headers (policy, or
/// the references counted over the kernel's rules), then the rules as the batch would leave
/// them.
pub fn list(l: Listing, cmd: &Cmd) -> Result<(), Error> {
    let (noflush, batch, table, user, k) = (l.noflush, l.batch, l.table, l.user, l.kernel);
    let kernel = kernel_chains(k)?;
    let all = chain_order(table, user);
    let mut rules = Vec::with_capacity(all.len());
    for c in &all {
        rules.push(chain_view(k, batch, c)?);
    }
    // References as iptables-nft-restore counts them: jumps among the kernel's rules (not
    // the batch's); a chain the kernel does not have yet has none to count.
    let mut refs: Vec<(String, u32)> = Vec::new();
    for c in &kernel {
        for r in k.rules(&c.name)?.iter().filter_map(|(_, r)| r.as_ref()) {
            if let Target::Verdict(Verdict::Jump(t) | Verdict::Goto(t)) = &r.target {
                match refs.iter_mut().find(|(n, _)| n == t) {
                    Some((_, k)) => *k += 1,
                    None => refs.push((t.clone(), 1)),
                }
            }
        }
    }
    let shown: Vec<usize> = match &cmd.chain {
        Some(name) => match all.iter().position(|c| c == name) {
            Some(i) => vec![i],
            None => return Err(incompatible_chain(name, table)),
        },
        None => (0..all.len()).collect(),
    };
    let style = list::Style {
        numeric: cmd.numeric,
        verbose: cmd.verbose > 0,
        exact: cmd.exact,
        line_numbers: cmd.line_numbers,
    };
    let mut out = String::new();
    for (k, &i) in shown.iter().enumerate() {
        let c = all[i].as_str();
        if cmd.rulenum.is_none() {
            if k > 0 {
                out.push('\n');
            }
            let policy = table.base(c).map(|_| {
                let info = kernel.iter().find(|x| x.name == c);
                let (p, b) = info.map_or((0, 0), |x| x.counters);
                (policy_name(policy(&kernel, c, noflush)), p, b)
            });
            let count = refs.iter().find(|(n, _)| n == c).map_or(0, |(_, k)| *k);
            let mut header = String::new();
            list::chain_header(&mut header, style, c, policy, count);
            if policy.is_none() && !kernel.iter().any(|x| x.name == c) {
                header = header.replacen("(0 references)", "(ERROR obtaining refs)", 1);
            }
            out.push_str(&header);
        }
        for (num, rule) in rules[i].iter().enumerate() {
            if cmd.rulenum.is_some_and(|n| n as usize != num + 1) {
                continue;
            }
            let Some(rule) = rule else {
                return Err(crate::iptables::reply::incompatible(table));
            };
            list::list_rule(&mut out, style, num + 1, rule);
        }
    }
    std::io::stdout().write_all(out.as_bytes())?;
    Ok(())
}

/// The base chains in the table's order, then the user chains by name.
fn chain_order(table: &TableDef, user: &[String]) -> Vec<String> {
    let mut users: Vec<&String> = user.iter().filter(|c| table.base(c).is_none()).collect();
    users.sort();
    let mut chains: Vec<String> = table.chains.iter().map(|b| b.name.to_string()).collect();
    chains.extend(users.into_iter().cloned());
    chains
}

fn incompatible_chain(name: &str, table: &TableDef) -> Error {
    Error::ipt_prefixed(
        exit::IPT_OTHER,
        format_args!(
            "chain `{name}' in table `{}' is incompatible, use 'nft' tool.",
            table.name
        ),
    )
}

/// `-Z [CHAIN [N]]`: the kernel's counters (--noflush) zeroed in the batch.
pub fn zero(e: Edit, k: &mut Kernel, cmd: &Cmd) -> Result<(), Error> {
    let Some(s) = k.session.as_deref_mut() else {
        return Ok(());
    };
    let table = e.table;
    let mut kernel = s.chains().map_err(refused)?;
    // foreign base chains are none of iptables'
    kernel.retain(|c| kind_of(table, c) != Kind::Foreign);
    let chains: Vec<&ChainInfo> = match &cmd.chain {
        Some(name) => match kernel.iter().find(|c| &c.name == name) {
            Some(c) => vec![c],
            None => return Err(no_chain()),
        },
        None => kernel.iter().collect(),
    };
    let rulenum = if cmd.command() == Command::ZeroNum {
        cmd.rulenum
    } else {
        None
    };
    let Edit {
        batch,
        lines,
        n,
        table,
        ..
    } = e;
    for c in chains {
        let before = batch.len();
        zero_chain(s, table, c, rulenum, batch).map_err(refused)?;
        lines.resize(lines.len() + batch.len() - before, n);
    }
    Ok(())
}

/// `-E OLD NEW`: a rename by the chain's handle, as iptables-nft-restore sends it. Its cache
/// (and so the block) still knows the chain by its old name afterwards; a chain the kernel
/// does not have yet has no handle, and the kernel refuses the rename at the COMMIT.
pub fn rename(e: Edit, k: &mut Kernel, cmd: &Cmd) -> Result<(), Error> {
    let old = cmd.chain.clone().unwrap_or_default();
    let new = cmd.newname.clone().unwrap_or_default();
    if e.table.base(&new).is_some() {
        return Err(Error::ipt_other("File exists."));
    }
    if !e.model.has(&old) {
        return Err(no_chain());
    }
    if e.model.has(&new) {
        return Err(Error::ipt_other("File exists."));
    }
    let handle = match k.session.as_deref_mut() {
        Some(s) => s
            .chains()
            .map_err(refused)?
            .iter()
            .find(|c| c.name == old)
            .map_or(0, |c| c.handle),
        None => 0,
    };
    let mut w = Writer::new(e.table.fam.nfproto(), 0);
    w.str(nft::CHAIN_TABLE, e.table.name)
        .be64(nft::CHAIN_HANDLE, handle)
        .str(nft::CHAIN_NAME, &new);
    push(
        e.batch,
        nft::NEWCHAIN,
        w,
        0,
        "CHAIN_RENAME",
        format!("chain {new}"),
    );
    e.lines.push(e.n);
    Ok(())
}
