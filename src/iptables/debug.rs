//! `-vv`: the nf_tables objects a command handles, printed as iptables-nft 1.8.9 prints them
//! (libnftnl's debug form): the table's rules as they were read, then the objects the
//! command put into its batch. Off unless `-vv` turned it on ([`start`]); every entry
//! point returns at once when off.

use super::session::{ChainInfo, Session};
use super::table::TableDef;
use super::view::View;
use crate::netlink::attr::{be32_of as be32, be64_of as be64, Table};
use crate::netlink::nft::{self, expr::Expr};
use std::fmt::Write;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering::Relaxed};
use std::sync::Mutex;

/// How many `-v` beyond the first (0: off; 2: messages dumped too).
static LEVEL: AtomicU32 = AtomicU32::new(0);
/// What the batch's objects print (reset when a batch is computed again).
static TEXT: Mutex<String> = Mutex::new(String::new());
/// The rules read at the start (handle, message), for the ones a command deletes.
static RULES: Mutex<Vec<(u64, Vec<u8>)>> = Mutex::new(Vec::new());

pub fn on() -> bool {
    LEVEL.load(Relaxed) > 0
}

/// Turned on by `-vv` (`verbose` = how many `-v`).
pub fn start(verbose: u32) {
    LEVEL.store(verbose.saturating_sub(1), Relaxed);
}

/// Append to the batch's text.
fn with(f: impl FnOnce(&mut String)) {
    if let Ok(mut t) = TEXT.lock() {
        f(&mut t);
    }
}

/// The batch is computed again: what it printed goes.
pub fn restart() {
    if on() {
        with(String::clear);
        SEQ.store(2, Relaxed);
    }
}

/// The batch's text, taken.
pub fn take() -> String {
    TEXT.lock()
        .map(|mut t| std::mem::take(&mut *t))
        .unwrap_or_default()
}

fn fam_name(f: u8) -> &'static str {
    if f == nft::NFPROTO_IPV6 {
        "ip6"
    } else {
        "ip"
    }
}

/// Print every rule of the table's chains iptables reads (its builtins, then the chains
/// without a hook in the kernel's order: only `chain` and `target` of them when a chain is
/// named), as iptables-nft does when it reads its cache.
pub fn cache(s: &mut Session, chain: Option<&str>, target: Option<&str>) -> String {
    let mut o = String::new();
    let Ok(view) = View::read(s) else {
        return o;
    };
    let builtins = s.table.chains.iter().filter_map(|b| view.builtin(b.name));
    let others = view.all.iter().filter(|c| {
        c.hook.is_none() && chain.is_none_or(|n| n == c.name || target == Some(&c.name))
    });
    let names: Vec<String> = builtins.chain(others).map(|c| c.name.clone()).collect();
    let mut kept = Vec::new();
    for n in names {
        let _ = s.rules(Some(&n), &mut |p| {
            if let Some(r) = nft::Rule::parse(p) {
                rule(&mut o, p);
                kept.push((r.handle, p.to_vec()));
            }
            Ok(())
        });
    }
    if let Ok(mut r) = RULES.lock() {
        *r = kept;
    }
    o
}

/// A rule read at the start, by its handle, as deleted (`msg`: the DELRULE, which the
/// dump shows with the rule's expressions, as iptables-nft sends it).
pub fn deleted(handle: u64, msg: &[u8]) {
    if !on() {
        return;
    }
    let p = RULES
        .lock()
        .ok()
        .and_then(|r| r.iter().find(|(h, _)| *h == handle).map(|(_, p)| p.clone()));
    let Some(p) = p else {
        return;
    };
    with(|o| rule(o, &p));
    let mut m = msg.to_vec();
    let exprs = Table::<12>::new(nft::body(&p)).get(nft::RULE_EXPRESSIONS);
    if let Some(e) = exprs {
        let mut w = nft::Writer { buf: m };
        w.nest(nft::RULE_EXPRESSIONS, |w| w.buf.extend_from_slice(e));
        m = w.buf;
    }
    dump(nft::DELRULE, &m);
}

/// A chain the batch zeroes, as iptables-nft sends it: the chain read, counters zero.
pub fn zeroed_chain(fam: u8, table: &str, c: &ChainInfo) {
    if !on() {
        return;
    }
    let c = ChainInfo {
        counters: (0, 0),
        ..c.clone()
    };
    chain(fam, table, &c);
    if let Some((hook, prio)) = c.hook {
        let mut w = nft::Writer::new(fam, 0);
        w.str(nft::CHAIN_TABLE, table)
            .str(nft::CHAIN_NAME, &c.name)
            .nest(nft::CHAIN_HOOK, |w| {
                w.be32(nft::HOOK_HOOKNUM, hook)
                    .be32(nft::HOOK_PRIORITY, prio as u32);
            })
            .be32(nft::CHAIN_POLICY, c.policy.unwrap_or(nft::NF_ACCEPT))
            .be32(nft::CHAIN_USE, c.uses)
            .nest(nft::CHAIN_COUNTERS, |w| {
                w.be64(nft::COUNTER_PACKETS, 0).be64(nft::COUNTER_BYTES, 0);
            })
            .str(nft::CHAIN_TYPE, &c.kind);
        if let Some(f) = c.flags {
            w.be32(nft::CHAIN_FLAGS, f);
        }
        dump(nft::NEWCHAIN, &w.buf);
    }
}

/// The sequence number of the next message dumped (`-vvv`).
static SEQ: AtomicU32 = AtomicU32::new(2);

/// `-vvv`: a batch message dumped (a rule's nests flagged as libnftnl writes them, where
/// it came from the kernel's dump without).
pub fn dump(kind: u16, payload: &[u8]) {
    if LEVEL.load(Relaxed) > 1 {
        let seq = SEQ.fetch_add(1, Relaxed);
        let mut m = payload.to_vec();
        if kind == nft::NEWRULE || kind == nft::DELRULE {
            if let Some(b) = m.get_mut(4..) {
                nests(b, &mut |t, _| t == nft::RULE_EXPRESSIONS, &mut |b| {
                    nests(b, &mut |_, _| true, &mut |elem| {
                        let t = Table::<4>::new(elem);
                        let name = t.get(1).unwrap_or(&[]).to_vec();
                        nests(elem, &mut |t, _| t == 2, &mut |d| {
                            let inner = |t: u16| match name.as_slice() {
                                b"cmp\0" => t == 3,
                                b"bitwise\0" => t == 4 || t == 5,
                                b"immediate\0" => t == 2,
                                b"range\0" => t == 3 || t == 4,
                                _ => false,
                            };
                            nests(d, &mut |t, _| inner(t), &mut |v| {
                                nests(v, &mut |t, _| t == 2, &mut |_| {})
                            })
                        })
                    })
                });
            }
        }
        with(|o| hexdump(o, kind, &m, seq));
    }
}

/// Flag as nested the attributes of `b` that `is` picks, then go into each.
fn nests(b: &mut [u8], is: &mut dyn FnMut(u16, usize) -> bool, into: &mut dyn FnMut(&mut [u8])) {
    let mut at = 0;
    while at + 4 <= b.len() {
        let len = u16::from_ne_bytes([b[at], b[at + 1]]) as usize;
        let kind = u16::from_ne_bytes([b[at + 2], b[at + 3]]);
        if len < 4 {
            return;
        }
        let end = (at + len).min(b.len());
        if is(kind & 0x3fff, at) {
            b[at + 2..at + 4].copy_from_slice(&(kind | 0x8000).to_ne_bytes());
            into(&mut b[at + 4..end]);
        }
        at += (len + 3) & !3;
    }
}

/// A flush of `chain`'s rules.
pub fn flush(table: &TableDef, chain: &str) {
    if on() {
        with(|o| {
            let _ = write!(o, "{} {chain}\n\n", table.name);
        });
    }
}

/// Whether the table was missing when the command started (its creation prints).
static NEW_TABLE: AtomicBool = AtomicBool::new(false);

/// Note whether the table exists (asked once, at the start).
pub fn table_exists(s: &mut Session) {
    let t = s.table.name;
    let exists = s.tables().is_ok_and(|v| v.iter().any(|n| n == t));
    NEW_TABLE.store(!exists, Relaxed);
}

/// A message pushed into the batch (or refused before: `name` empty), printed as its object when its words come from the
/// message alone (the others are printed where the command knows them).
pub fn pushed(kind: u16, payload: &[u8], name: &str) {
    match (kind, name) {
        // an existing table, a rule deleted, a chain zeroed: shown where they are known
        (nft::NEWTABLE, _) if !NEW_TABLE.load(Relaxed) => {}
        (nft::DELRULE, "RULE_DELETE") => {}
        (nft::NEWCHAIN, "CHAIN_ZERO")
            if nft::Chain::parse(payload).is_none_or(|c| c.hook.is_none()) => {}
        _ => {
            object(kind, payload, name);
            dump(kind, payload);
        }
    }
}

fn object(kind: u16, payload: &[u8], name: &str) {
    let fam = payload.first().copied().unwrap_or(0);
    match (kind, name) {
        (nft::NEWTABLE, _) if NEW_TABLE.load(Relaxed) => with(|o| {
            let t = Table::<4>::new(nft::body(payload));
            let _ = writeln!(
                o,
                "table {} {} flags 0 use 0 handle 0",
                t.str(nft::TABLE_NAME).unwrap_or(""),
                fam_name(fam)
            );
        }),
        (nft::NEWCHAIN, _) => {
            let Some(c) = nft::Chain::parse(payload) else {
                return;
            };
            if name == "CHAIN_ZERO" && c.hook.is_none() {
                return;
            }
            let mut i = ChainInfo::from(&c);
            i.uses = 0;
            chain(fam, c.table, &i);
        }
        (nft::NEWRULE, "RULE_APPEND" | "RULE_INSERT" | "RULE_REPLACE") => {
            with(|o| rule(o, payload))
        }
        _ => {}
    }
}

/// A chain (from the kernel, or as the batch makes it).
pub fn chain(fam: u8, table: &str, c: &ChainInfo) {
    if on() {
        with(|o| chain_to(o, fam, table, c));
    }
}

fn chain_to(o: &mut String, fam: u8, table: &str, c: &ChainInfo) {
    let _ = write!(o, "{} {table} {} use {}", fam_name(fam), c.name, c.uses);
    if let Some((hook, prio)) = c.hook {
        let hook = ["prerouting", "input", "forward", "output", "postrouting"]
            .get(hook as usize)
            .unwrap_or(&"unknown");
        let policy = if c.policy == Some(nft::NF_DROP) {
            "drop"
        } else {
            "accept"
        };
        let _ = write!(
            o,
            " type {} hook {hook} prio {prio} policy {policy} packets {} bytes {}",
            c.kind, c.counters.0, c.counters.1
        );
    }
    if let Some(f) = c.flags {
        let _ = write!(o, " flags {f:x}");
    }
    o.push('\n');
}

/// One rule message: `family table chain [handle [position]]`, its expressions, its
/// userdata.
fn rule(o: &mut String, payload: &[u8]) {
    rule_ids(o, payload, true)
}

/// A rule message, its ids (handle, position, id) printed when `ids`.
fn rule_ids(o: &mut String, payload: &[u8], ids: bool) {
    let t = Table::<12>::new(nft::body(payload));
    let fam = payload.first().copied().unwrap_or(0);
    let _ = write!(
        o,
        "{} {} {}",
        fam_name(fam),
        t.str(nft::RULE_TABLE).unwrap_or(""),
        t.str(nft::RULE_CHAIN).unwrap_or("")
    );
    // handle, position, id and position id, those it has
    for (k, wide) in [
        (nft::RULE_HANDLE, true),
        (nft::RULE_POSITION, true),
        (nft::RULE_ID, false),
        (nft::RULE_POSITION_ID, false),
    ]
    .into_iter()
    .filter(|_| ids)
    {
        let v = t.get(k);
        if let Some(n) = if wide {
            v.and_then(be64)
        } else {
            v.and_then(be32).map(u64::from)
        } {
            let _ = write!(o, " {n}");
        }
    }
    o.push('\n');
    for (elem, e) in nft::expr::elements(t.get(nft::RULE_EXPRESSIONS).unwrap_or(&[])) {
        o.push_str("  [ ");
        expr(o, elem, e);
        o.push_str(" ]\n");
    }
    match t.get(nft::RULE_USERDATA) {
        Some(u) => {
            o.push_str("  userdata = { ");
            for &b in u {
                if (0x20..0x7f).contains(&b) {
                    o.push(b as char);
                } else {
                    let _ = write!(o, "\\x{b:02x}");
                }
            }
            o.push_str(" }\n");
        }
        None => o.push('\n'),
    }
}

/// `iptables-restore -vv`: the objects of a table's batch as iptables-nft-restore 1.8.9
/// prints them at the COMMIT of a table it had to make: the table and its builtins made,
/// emptied and deleted (its flush), then each line's objects, each command's after the
/// table (made again). `ops`: the lines' messages (line, kind, payload, name). None when
/// one is a message this does not know how iptables-nft-restore prints.
pub fn restore_batch<'a>(
    table: &TableDef,
    kernel: Option<&[ChainInfo]>,
    ops: impl Iterator<Item = (usize, u16, &'a [u8], &'static str)>,
) -> Option<String> {
    let fam = table.fam.nfproto();
    // (a table the kernel has: no table printed, its chains as they are)
    let head = match kernel {
        Some(_) => String::new(),
        None => format!(
            "table {} {} flags 0 use 0 handle 0\n",
            table.name,
            fam_name(fam)
        ),
    };
    let kernel = kernel.unwrap_or(&[]);
    if kernel
        .iter()
        .any(|c| super::view::kind_of(table, c) == super::view::Kind::Foreign)
    {
        return None;
    }
    let has = |n: &str| kernel.iter().find(|c| c.name == n);
    let mut users: Vec<&ChainInfo> = kernel.iter().filter(|c| c.hook.is_none()).collect();
    users.sort_by(|a, b| a.name.cmp(&b.name));
    let mut o = head.clone();
    let builtin = |o: &mut String, name: &str| {
        if let Some(b) = table.base(name) {
            let c = ChainInfo {
                name: b.name.to_string(),
                handle: 0,
                hook: Some((b.hook, b.prio)),
                policy: Some(nft::NF_ACCEPT),
                kind: b.kind.to_string(),
                uses: 0,
                counters: (0, 0),
                flags: None,
            };
            chain_to(o, fam, table.name, &c);
        }
    };
    // made in iptables' own order of the builtins (nat's POSTROUTING before its OUTPUT)
    let names = || table.chains.iter().map(|c| c.name);
    let mut made: Vec<&str> = names().collect();
    if table.name == "nat" {
        made.sort_by_key(|n| *n == "OUTPUT");
    }
    for n in made.into_iter().filter(|n| has(n).is_none()) {
        builtin(&mut o, n);
    }
    for n in names().chain(users.iter().map(|c| c.name.as_str())) {
        let _ = write!(o, "{} {n}\n\n", table.name);
    }
    for n in names() {
        match has(n) {
            // a builtin dropping is kept
            Some(c) if c.policy == Some(nft::NF_DROP) => {}
            Some(c) => chain_to(&mut o, fam, table.name, c),
            None => builtin(&mut o, n),
        }
    }
    for c in &users {
        chain_to(&mut o, fam, table.name, c);
    }
    // what each line printed: (the chain of a rule, whether it jumps, text)
    let mut parts: Vec<(Option<String>, bool, String)> = Vec::new();
    let mut made: Vec<String> = Vec::new();
    let mut users: Vec<String> = Vec::new();
    let mut last: Option<(usize, u16)> = None;
    let mut commands = false;
    for (n, kind, p, name) in ops {
        // each command's objects come after the table, each rule's too (a chain made for
        // a rule comes between)
        if last.is_none_or(|(l, k)| l != n || k != nft::NEWCHAIN) {
            parts.push((None, false, head.clone()));
        } else if kind == nft::DELRULE {
            // a user chain's line flushing it (the chain made again): not known here
            let c = Table::<12>::new(nft::body(p)).str(nft::RULE_CHAIN);
            if c.is_some_and(|c| table.base(c).is_none()) {
                return None;
            }
        }
        last = Some((n, kind));
        let mut t = String::new();
        let mut of = None;
        let mut jumps = false;
        match (kind, name) {
            (nft::NEWCHAIN, "CHAIN_ADD" | "CHAIN_USER_ADD" | "CHAIN_UPDATE") => {
                let c = nft::Chain::parse(p)?;
                let list = if c.hook.is_some() {
                    &mut made
                } else {
                    &mut users
                };
                let known = list.iter().any(|m| m == c.name);
                if !known {
                    list.push(c.name.to_string());
                }
                // a builtin a -F made is not made again
                if !(known && c.hook.is_some() && name == "CHAIN_ADD") {
                    let mut i = ChainInfo::from(&c);
                    i.uses = 0;
                    chain_to(&mut t, fam, table.name, &i);
                }
            }
            (nft::NEWRULE, "RULE_APPEND" | "RULE_INSERT") => {
                commands = true;
                rule_ids(&mut t, p, false);
                let r = Table::<12>::new(nft::body(p));
                of = r.str(nft::RULE_CHAIN).map(str::to_string);
                jumps = nft::expr::elements(r.get(nft::RULE_EXPRESSIONS).unwrap_or(&[]))
                    .any(|(_, e)| matches!(e, Expr::Immediate { chain: Some(_), .. }));
            }
            (nft::DELRULE, "RULE_FLUSH") => {
                commands = true;
                let flushed = Table::<12>::new(nft::body(p))
                    .str(nft::RULE_CHAIN)
                    .map(str::to_string);
                let names: Vec<String> = match &flushed {
                    Some(c) => vec![c.clone()],
                    None => {
                        let base = table.chains.iter().map(|c| c.name.to_string());
                        base.chain(users.iter().cloned()).collect()
                    }
                };
                for c in &names {
                    let _ = write!(t, "{} {c}\n\n", table.name);
                }
                // the rules flushed leave the batch (a jump iptables-nft-restore keeps: not known here)
                for (c, j, text) in &mut parts {
                    if c.as_ref().is_some_and(|c| names.contains(c)) {
                        if *j {
                            return None;
                        }
                        text.clear();
                    }
                }
            }
            _ => return None,
        }
        parts.push((of, jumps, t));
    }
    // a block of chain lines only prints nothing
    for (_, _, t) in parts {
        o.push_str(&t);
    }
    commands.then_some(o)
}

/// A register's value: 32-bit words in host order, as libnftnl prints them.
fn data(o: &mut String, d: &[u8]) {
    for (i, w) in d.chunks(4).enumerate() {
        let mut b = [0u8; 4];
        b[..w.len()].copy_from_slice(w);
        if i > 0 {
            o.push(' ');
        }
        let _ = write!(o, "0x{:08x}", u32::from_le_bytes(b));
    }
}

/// Word `k` of the space-separated `words` ("unknown" past the end).
fn word(words: &'static str, k: u32) -> &'static str {
    words.split(' ').nth(k as usize).unwrap_or("unknown")
}

const OPS: &str = "eq neq lt lte gt gte";
const META: &str = "len protocol priority mark iif oif iifname oifname iiftype oiftype skuid skgid nftrace rtclassid secmark nfproto l4proto bri_iifname bri_oifname pkttype cpu iifgroup oifgroup cgroup prandom secpath iifkind oifkind bri_iifpvid bri_iifvproto time_ns time_day time_hour sdif sdifname bri_broute";
const CT: &str = "state direction status mark secmark expiration helper l3protocol src dst protocol proto_src proto_dst label bytes packets avgpkt zone eventmask src_ip dst_ip src_ip6 dst_ip6";

/// Pieces: text and numbers, appended in turn.
enum P<'a> {
    S(&'a str),
    N(u64),
}

fn put(o: &mut String, parts: &[P]) {
    for p in parts {
        match p {
            P::S(s) => o.push_str(s),
            P::N(n) => {
                let _ = write!(o, "{n}");
            }
        }
    }
}

fn expr(o: &mut String, elem: &[u8], e: Expr) {
    use P::{N, S};
    let base = |b: u32| word("link network transport inner", b);
    let t = Table::<4>::new(elem);
    let d = Table::<12>::new(t.get(2).unwrap_or(&[]));
    let u = |k: u16| d.get(k).and_then(be32).unwrap_or(0);
    let n = |k: u16| N(u64::from(u(k)));
    let n64 = |k: u16| N(d.get(k).and_then(be64).unwrap_or(0));
    let reg = |r: u32| [S(" reg "), N(u64::from(r))];
    match e {
        Expr::Payload {
            dreg,
            base: b,
            offset,
            len,
            sreg,
        } => {
            let at = [
                N(len.into()),
                S("b @ "),
                S(base(b)),
                S(" header + "),
                N(offset.into()),
            ];
            if sreg != 0 {
                o.push_str("payload write");
                put(o, &reg(sreg));
                o.push_str(" => ");
                put(o, &at);
                put(o, &[S(" csum_type "), n(6), S(" csum_off "), n(7)]);
                let _ = write!(o, " csum_flags 0x{:x}", u(8));
            } else {
                o.push_str("payload load ");
                put(o, &at);
                o.push_str(" =>");
                put(o, &reg(dreg));
            }
        }
        Expr::Cmp { sreg, op, data: v } => {
            put(o, &[S("cmp "), S(word(OPS, op))]);
            put(o, &reg(sreg));
            o.push(' ');
            data(o, v);
        }
        Expr::Bitwise {
            sreg,
            dreg,
            mask,
            xor,
            ..
        } => {
            o.push_str("bitwise");
            put(o, &reg(dreg));
            o.push_str(" = (");
            put(o, &reg(sreg));
            o.push_str(" & ");
            data(o, mask);
            o.push_str(" ) ^ ");
            data(o, xor);
        }
        Expr::Meta { dreg, key, sreg } => {
            let key = S(word(META, key));
            if d.get(3).is_some() {
                put(o, &[S("meta set "), key, S(" with")]);
                put(o, &reg(sreg));
            } else {
                put(o, &[S("meta load "), key, S(" =>")]);
                put(o, &reg(dreg));
            }
        }
        Expr::Counter { packets, bytes } => {
            put(o, &[S("counter pkts "), N(packets), S(" bytes "), N(bytes)])
        }
        Expr::Immediate {
            dreg,
            code,
            chain,
            data: v,
        } => {
            o.push_str("immediate");
            put(o, &reg(dreg));
            o.push(' ');
            match (code, v) {
                (Some(c), _) => {
                    // NF_DROP.. NF_STOP, then NFT_CONTINUE.. NFT_RETURN downwards
                    let k = if c >= 0 {
                        c as u32
                    } else {
                        5 + c.unsigned_abs()
                    };
                    o.push_str(word(
                        "drop accept stolen queue repeat stop continue break jump goto return",
                        k,
                    ));
                    if let Some(ch) = chain {
                        put(o, &[S(" -> "), S(ch)]);
                    }
                }
                (None, Some(v)) => data(o, v),
                _ => {}
            }
        }
        Expr::Range { sreg, op, from, to } => {
            put(o, &[S("range "), S(word(OPS, op))]);
            put(o, &reg(sreg));
            o.push(' ');
            data(o, from);
            o.push(' ');
            data(o, to);
        }
        Expr::Xt {
            target, name, rev, ..
        } => put(
            o,
            &[
                S(if target { "target" } else { "match" }),
                S(" name "),
                S(name),
                S(" rev "),
                N(rev.into()),
            ],
        ),
        Expr::Limit {
            rate,
            unit,
            burst,
            kind,
            flags,
        } => {
            let per = match unit {
                60 => "minute",
                3600 => "hour",
                86400 => "day",
                604800 => "week",
                _ => "second",
            };
            let kind = if kind == 1 { "bytes" } else { "packets" };
            put(
                o,
                &[
                    S("limit rate "),
                    N(rate),
                    S("/"),
                    S(per),
                    S(" burst "),
                    N(burst.into()),
                ],
            );
            let _ = write!(o, " type {kind} flags 0x{flags:x}");
        }
        Expr::Log {
            group,
            prefix,
            snaplen,
            qthreshold,
        } => {
            o.push_str("log ");
            if !prefix.is_empty() {
                o.push_str("prefix ");
                o.push_str(&String::from_utf8_lossy(prefix));
                o.push(' ');
            }
            if let Some(g) = group {
                let (s, q) = (snaplen.unwrap_or(0), qthreshold.unwrap_or(0));
                return put(
                    o,
                    &[
                        S("group "),
                        N(g.into()),
                        S(" snaplen "),
                        N(s.into()),
                        S(" qthreshold "),
                        N(q.into()),
                    ],
                );
            }
            if d.get(5).is_some() {
                put(o, &[S("level "), n(5), S(" ")]);
            }
            let f = u(6);
            for (bit, w) in "tcpseq tcpopt ipopt uid nflog macdecode"
                .split(' ')
                .enumerate()
            {
                if f & (1 << bit) != 0 && bit != 4 {
                    put(o, &[S(w), S(" ")]);
                }
            }
            o.pop();
        }
        Expr::Lookup => {
            put(
                o,
                &[
                    S("lookup reg "),
                    n(2),
                    S(" set "),
                    S(d.str(1).unwrap_or("")),
                    S(" "),
                ],
            );
            if d.get(3).is_some() {
                put(o, &[S("dreg "), n(3), S(" ")]);
            }
            let _ = write!(o, "0x{:x}", u(5));
        }
        Expr::Other("ct", _) => {
            let key = S(word(CT, u(2)));
            if d.get(4).is_some() {
                put(o, &[S("ct set "), key, S(" with reg "), n(4)]);
            } else {
                put(o, &[S("ct load "), key, S(" => reg "), n(1)]);
            }
            if let Some(&dir) = d.get(3).and_then(|v| v.first()) {
                put(
                    o,
                    &[S(" , dir "), S(if dir == 0 { "original" } else { "reply" })],
                );
            }
        }
        Expr::Other("quota", _) => put(
            o,
            &[
                S("quota bytes "),
                n64(1),
                S(" consumed "),
                n64(3),
                S(" flags "),
                n(2),
            ],
        ),
        Expr::Other("reject", _) => {
            let code = d.get(2).and_then(|v| v.first()).copied().unwrap_or(0);
            put(o, &[S("reject type "), n(1), S(" code "), N(code.into())]);
        }
        // its name, as no more of it is known here
        Expr::Other(kind, _) => o.push_str(kind),
    }
}

/// A batch message as libmnl dumps it (`seq`: its sequence number).
fn hexdump(o: &mut String, kind: u16, payload: &[u8], seq: u32) {
    const RULE: &str = "----------------\t------------------\n";
    o.push_str(RULE);
    let _ = write!(
        o,
        "|  {:010}  |\t| message length |\n| {:05} | R--- |\t|  type | flags  |\n|  {seq:010}  |\t| sequence number|\n|  0000000000  |\t|     port ID    |\n",
        payload.len() + 16,
        nft::kind(kind)
    );
    o.push_str(RULE);
    words(
        o,
        payload.get(..4).unwrap_or(&[]),
        "|  extra header  |",
        false,
    );
    attr_dump(o, payload.get(4..).unwrap_or(&[]));
    o.push_str(RULE);
}

/// Each attribute's header, then its value in words (a nest's attributes instead).
fn attr_dump(o: &mut String, mut b: &[u8]) {
    while b.len() >= 4 {
        let len = u16::from_ne_bytes([b[0], b[1]]) as usize;
        let kind = u16::from_ne_bytes([b[2], b[3]]);
        let nested = kind & 0x8000 != 0;
        let _ = writeln!(
            o,
            "|\x1b[1;31m{len:05}\x1b[0m|\x1b[1;32m{}{}\x1b[0m|\x1b[1;34m{:05}\x1b[0m|\t|len |flags| type|",
            if nested { 'N' } else { '-' },
            if kind & 0x4000 != 0 { 'B' } else { '-' },
            kind & 0x3fff
        );
        let end = ((len + 3) & !3).clamp(4, b.len());
        let value = &b[4..end];
        if nested {
            attr_dump(o, value);
        } else {
            words(o, value, "|      data      |", true);
        }
        b = &b[end..];
    }
}

fn words(o: &mut String, v: &[u8], label: &str, chars: bool) {
    for w in v.chunks(4) {
        o.push('|');
        for b in w {
            let _ = write!(o, " {b:02x}");
        }
        let _ = write!(o, "  |\t{label}");
        if chars {
            o.push('\t');
            for &b in w {
                o.push(' ');
                o.push(if (0x20..0x7f).contains(&b) {
                    b as char
                } else {
                    ' '
                });
            }
        }
        o.push('\n');
    }
}
