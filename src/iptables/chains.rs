//! The chain commands: -F, -Z, -N, -X, -E, -P (each one batch bound to the generation), on
//! the chains iptables sees (view.rs): a foreign base chain is no chain of its, a missing
//! builtin is made by the commands that make it.

use super::debug;
use super::parse::{Cmd, Command};
use super::plan::{
    base_chain_msg, create_base, create_table, flush_rules, nth_rule, push, zero_chain,
    zero_missing_builtin,
};
use super::reply::{no_chain, out, refused};
use super::session::{ChainInfo, Refused, Session};
use super::view::{Kind, View};
use crate::error::{exit, strerror, Error, Result};
use crate::netlink::nft::{self, Writer};
use netlink_packet_core::{NLM_F_CREATE, NLM_F_EXCL};

pub fn flush(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    // Said once, though a concurrent change may make the plan run again.
    let mut said = false;
    s.change(&mut |s, batch| {
        let view = View::read(s)?;
        if let Some(name) = &cmd.chain {
            // a builtin is made when iptables does not see it (the kernel may refuse)
            if table.base(name).is_some() {
                if view.builtin(name).is_none() {
                    create_base(batch, table, name);
                }
            } else if view.user(name).is_none() {
                return Err(no_chain().into());
            }
        }
        if cmd.verbose > 0 && !said {
            said = true;
            let mut t = String::new();
            match &cmd.chain {
                Some(n) => t.push_str(&format!("Flushing chain `{n}'\n")),
                None => {
                    for c in view.listed() {
                        t.push_str(&format!("Flushing chain `{}'\n", c.name()));
                    }
                }
            }
            out(&t)?;
        }
        if cmd.chain.is_none() && cmd.verbose > 0 {
            // to name them, -v makes the builtins it does not see (nat's in its own order)
            let nat = table.name == "nat";
            let missing: Vec<_> = table
                .chains
                .iter()
                .filter(|b| !(nat && b.name == "OUTPUT"))
                .chain(table.chains.iter().filter(|b| nat && b.name == "OUTPUT"))
                .filter(|b| view.builtin(b.name).is_none())
                .collect();
            if !missing.is_empty() {
                create_table(batch, table);
            }
            for b in missing {
                let c = base_chain_msg(table, b, nft::NF_ACCEPT, false);
                let object = format!("chain {}", b.name);
                push(batch, nft::NEWCHAIN, c, NLM_F_CREATE, "CHAIN_ADD", object);
            }
        }
        if view.all.is_empty() && batch.is_empty() {
            return Ok(());
        }
        match (&cmd.chain, cmd.verbose > 0) {
            // -v flushes the chains it named, one by one
            (None, true) => {
                for l in view.listed() {
                    debug::flush(table, l.name());
                    flush_rules(batch, table, Some(l.name()));
                }
            }
            (chain, _) => {
                if let Some(n) = chain {
                    debug::flush(table, n);
                }
                // the whole table's rules go, in foreign chains too
                flush_rules(batch, table, chain.as_deref());
            }
        }
        Ok(())
    })
    .map_err(refused)
}

pub fn zero(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    let mut said = false;
    let listed = cmd.has(Command::List) || cmd.has(Command::ListRules);
    s.change(&mut |s, batch| {
        let view = View::read(s)?;
        // After a listing, every chain it showed (a missing builtin is made, zeroed); alone,
        // the chains iptables has.
        let names: Vec<(String, Option<ChainInfo>)> = match (&cmd.chain, listed) {
            (Some(n), true) => match view.listed_one(n) {
                Some(l) => vec![(n.clone(), l.info().cloned())],
                None => return Err(no_chain().into()),
            },
            (Some(n), false) => match view.find(n) {
                Some(c) => vec![(n.clone(), Some(c.clone()))],
                None => return Err(no_chain().into()),
            },
            (None, true) => view
                .listed()
                .map(|l| (l.name().to_string(), l.info().cloned()))
                .collect(),
            (None, false) => view
                .listed()
                .filter_map(|l| l.info().map(|c| (c.name.clone(), Some(c.clone()))))
                .collect(),
        };
        // one rule zeroed is not announced
        if cmd.verbose > 0 && !said && (listed || cmd.rulenum.is_none()) {
            said = true;
            let mut t = String::new();
            for (n, _) in &names {
                t.push_str(&format!("Zeroing chain `{n}'\n"));
            }
            out(&t)?;
        }
        for (n, c) in &names {
            match c {
                Some(c) => zero_chain(s, table, c, cmd.rulenum, batch)?,
                None => zero_missing_builtin(batch, table, n),
            }
        }
        Ok(())
    })
    .map_err(refused)
}

pub fn new_chain(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    let name = cmd.chain.clone().unwrap_or_default();
    s.change(&mut |s, batch| {
        let seen = s
            .chain(&name)?
            .is_some_and(|c| super::view::kind_of(table, &c) != Kind::Foreign);
        if s.table.base(&name).is_some() || seen {
            return Err(Error::ipt_other("Chain already exists.").into());
        }
        create_table(batch, table);
        let mut c = Writer::new(table.fam.nfproto(), 0);
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

pub fn del_chain(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    let mut failed_chain = String::new();
    let mut said = false;
    let r = s.change(&mut |s, batch| {
        let view = View::read(s)?;
        // A builtin goes too when named, or (without a name) when it is as a lazy listing
        // shows it anyway: no rules, policy ACCEPT. Foreign chains stay.
        let victims: Vec<ChainInfo> = match &cmd.chain {
            Some(n) => match view.find(n) {
                Some(c) if c.hook.is_some() && c.policy != Some(nft::NF_ACCEPT) => {
                    return Err(Error::ipt_other("Directory not empty.").into())
                }
                Some(c) => vec![c.clone()],
                None => return Err(no_chain().into()),
            },
            None => {
                let mut v = Vec::new();
                // in the kernel's order (the first busy one is named)
                for c in view.all.iter().filter(|c| view.kind(c) != Kind::Foreign) {
                    let idle_base = c.hook.is_some()
                        && c.policy == Some(nft::NF_ACCEPT)
                        && nth_rule(s, &c.name, 1)?.0.is_none();
                    if c.hook.is_none() || idle_base {
                        v.push(c.clone());
                    }
                }
                v
            }
        };
        if cmd.verbose > 0 && !said {
            said = true;
            let mut sorted: Vec<&str> = victims
                .iter()
                .filter(|c| c.hook.is_none())
                .map(|c| c.name.as_str())
                .collect();
            sorted.sort();
            let mut t = String::new();
            for n in sorted {
                t.push_str(&format!("Deleting chain `{n}'\n"));
            }
            out(&t)?;
        }
        // all shown (in listing order) before the kernel refuses one
        if debug::on() {
            for l in view.listed() {
                if let Some(c) = l
                    .info()
                    .filter(|c| victims.iter().any(|v| v.name == c.name))
                {
                    debug::chain(table.fam.nfproto(), table.name, c);
                }
            }
        }
        let msg = |c: &ChainInfo| {
            let mut w = Writer::new(table.fam.nfproto(), 0);
            w.str(nft::CHAIN_TABLE, table.name)
                .str(nft::CHAIN_NAME, &c.name)
                .be32(nft::CHAIN_USE, c.uses);
            w
        };
        for (i, c) in victims.iter().enumerate() {
            let w = msg(c);
            if c.uses > 0 || nth_rule(s, &c.name, 1)?.0.is_some() {
                for c in &victims[i..] {
                    debug::pushed(nft::DELCHAIN, &msg(c).buf, "");
                }
                failed_chain = c.name.clone();
                return Err(Refused::Nack(crate::netlink::Nack {
                    errno: nix::libc::EBUSY,
                    msg: None,
                }));
            }
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

pub fn rename(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    let old = cmd.chain.clone().unwrap_or_default();
    let new = cmd.newname.clone().unwrap_or_default();
    s.change(&mut |s, batch| {
        let seen = |s: &mut Session, n: &str| -> std::result::Result<_, Refused> {
            Ok(s.chain(n)?
                .filter(|c| super::view::kind_of(table, c) != Kind::Foreign))
        };
        // the new name is looked for first
        if seen(s, &new)?.is_some() || s.table.base(&new).is_some() {
            return Err(Error::ipt_other("File exists.").into());
        }
        let Some(c) = seen(s, &old)? else {
            return Err(no_chain().into());
        };
        let mut w = Writer::new(table.fam.nfproto(), 0);
        w.str(nft::CHAIN_TABLE, table.name)
            .str(nft::CHAIN_NAME, &new)
            .be64(nft::CHAIN_HANDLE, c.handle);
        push(
            batch,
            nft::NEWCHAIN,
            w,
            0,
            "CHAIN_RENAME",
            format!("chain {new}"),
        );
        Ok(())
    })
    .map_err(refused)
}

pub fn policy(s: &mut Session, cmd: &Cmd) -> Result<()> {
    let table = s.table;
    let chain = cmd.chain.clone().unwrap_or_default();
    let target = cmd.policy.clone().unwrap_or_default();
    // the policy is judged before the chain
    let code = match target.as_str() {
        "ACCEPT" => nft::NF_ACCEPT,
        "DROP" => nft::NF_DROP,
        _ => {
            return Err(Error::ipt_other(
                "Bad policy name. Run `dmesg' for more information.",
            ))
        }
    };
    let Some(base) = table.base(&chain) else {
        return Err(Error::ipt_other("Bad built-in chain name."));
    };
    s.change(&mut |s, batch| {
        let builtin = s
            .chain(&chain)?
            .filter(|c| super::view::kind_of(table, c) == Kind::Builtin);
        if builtin.is_none() {
            create_base(batch, table, &chain);
        }
        // the policy's counters start again from zero
        let w = base_chain_msg(table, base, code, true);
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
