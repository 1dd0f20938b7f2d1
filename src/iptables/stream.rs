//! A listing's chains read once, chain by chain (one small dump each: a dump of a whole
//! table costs the kernel time that grows with the square of its size), and printed as
//! they come. iptables shows nothing of a table holding a rule it does not read, and -L
//! heads each user chain with the references to it from every chain: so the output is held
//! until the listing is known to be whole. When it grows past [`HOLD`], the chains still to
//! come (and the ones not shown, for the references) are read first, without printing,
//! and from there on the output streams: memory stays bounded whatever the table's size.

use super::ahead::Ahead;
use super::codec::{self, Fail};
use super::rule::Rule;
use super::session::{ChainInfo, Refused, Session};
use super::view::Listed;
use crate::netlink::nft;
use std::collections::HashMap;
use std::io::Write;

/// How much output is held before the rest of the table is read ahead.
const HOLD: usize = 16 << 20;
/// Once streaming, how much output is gathered before it is written.
const FLUSH_AT: usize = 64 * 1024;

/// The output of a listing: its text, the places where a user chain's reference count
/// goes once known, and where it is written.
pub struct Out<'w> {
    pub text: String,
    holes: Vec<(usize, String)>,
    sink: &'w mut dyn Write,
    /// Whether anything was written.
    pub flushed: bool,
    /// The references to each chain (complete once `known`).
    pub refs: HashMap<String, u32>,
    known: bool,
}

impl<'w> Out<'w> {
    pub fn new(sink: &'w mut dyn Write) -> Out<'w> {
        Out {
            // room for what is held, so a big listing is never copied as it grows (the
            // pages are only touched as they fill)
            text: String::with_capacity(HOLD + FLUSH_AT),
            holes: Vec::new(),
            sink,
            flushed: false,
            refs: HashMap::new(),
            known: false,
        }
    }

    /// The reference count of `chain` at this place of the text: now when every count is
    /// known, else once it is.
    pub fn refs_of(&mut self, chain: &str) {
        if self.known {
            let n = self.refs.get(chain).copied().unwrap_or(0);
            self.text.push_str(&n.to_string());
        } else {
            self.holes.push((self.text.len(), chain.to_string()));
        }
    }

    /// The held text written, the counts filled in.
    fn write_held(&mut self) -> std::io::Result<()> {
        let mut at = 0;
        for (pos, chain) in std::mem::take(&mut self.holes) {
            self.sink.write_all(&self.text.as_bytes()[at..pos])?;
            let n = self.refs.get(&chain).copied().unwrap_or(0);
            self.sink.write_all(n.to_string().as_bytes())?;
            at = pos;
        }
        self.sink.write_all(&self.text.as_bytes()[at..])?;
        self.text.clear();
        self.flushed = true;
        Ok(())
    }

    /// Write what is gathered once there is enough of it (streaming only).
    fn maybe_flush(&mut self) -> std::io::Result<()> {
        if self.known && self.text.len() >= FLUSH_AT {
            self.write_held()?;
        }
        Ok(())
    }

    /// Everything left written.
    pub fn finish(&mut self) -> std::io::Result<()> {
        self.write_held()?;
        self.sink.flush()
    }
}

/// How a listing ended.
pub enum End {
    Done,
    /// A chain holding a rule iptables does not read (nothing was printed).
    Incompatible(String),
    /// A rule iptables reads but cannot put into words (what came before it was printed).
    Failed(Fail),
}

/// What is printed: a chain's head (before its rules), or one of its rules.
pub enum Item<'r> {
    Head(usize),
    Rule(usize, usize, &'r Rule),
}

/// What one listing reads: the chains it prints (each checked when `check`), the chains it
/// does not print whose jumps count, and whether references are counted at all.
pub struct Plan<'a> {
    pub listed: &'a [Listed<'a>],
    pub others: Vec<&'a ChainInfo>,
    pub count_refs: bool,
    pub check: bool,
}

/// One walk of a rule's expressions: whether iptables reads them all (true when not
/// `check`ed), and the chains its verdicts jump or go to counted into `refs`, when given.
fn scan(exprs: &[u8], check: bool, mut refs: Option<&mut HashMap<String, u32>>) -> bool {
    let mut readable = true;
    for e in nft::expr::list(exprs) {
        readable &= !check || codec::compatible(&e);
        let (
            Some(refs),
            nft::expr::Expr::Immediate {
                chain: Some(target),
                ..
            },
        ) = (refs.as_deref_mut(), e)
        else {
            continue;
        };
        match refs.get_mut(target) {
            Some(k) => *k += 1,
            None => {
                refs.insert(target.to_string(), 1);
            }
        }
    }
    readable
}

/// What reading ahead found: a chain iptables cannot read (None when all are readable).
fn read_ahead(
    s: &mut Session,
    plan: &Plan,
    from: (usize, usize),
    refs: &mut HashMap<String, u32>,
) -> Result<Option<String>, Refused> {
    let (chain_at, skip) = from;
    let mut bad = None;
    let ahead = plan.listed[chain_at..]
        .iter()
        .filter_map(|l| l.info())
        .enumerate()
        .map(|(k, c)| (c, true, if k == 0 { skip } else { 0 }));
    let others = plan.others.iter().map(|c| (*c, false, 0));
    for (c, printed, skip) in ahead.collect::<Vec<_>>().into_iter().chain(others) {
        let mut num = 0;
        s.rules(Some(&c.name), &mut |payload| {
            let Some(r) = nft::Rule::parse(payload) else {
                return Ok(());
            };
            num += 1;
            if num <= skip {
                return Ok(());
            }
            let check = printed && plan.check && bad.is_none();
            if !scan(r.exprs, check, plan.count_refs.then_some(&mut *refs)) {
                bad = Some(c.name.clone());
            }
            Ok(())
        })?;
        if bad.is_some() {
            break;
        }
    }
    Ok(bad)
}

/// The rest of the listing read ahead (`from`: chain, rules of it already read), the
/// references all counted: the chain iptables cannot read, if any.
fn know_all(
    s: &mut Session,
    plan: &Plan,
    from: (usize, usize),
    out: &mut Out,
) -> Result<Option<String>, crate::error::Error> {
    let mut refs = std::mem::take(&mut out.refs);
    let bad = read_ahead(s, plan, from, &mut refs).map_err(crate::iptables::reply::refused)?;
    out.refs = refs;
    out.known = bad.is_none();
    Ok(bad)
}

/// Read and print a listing (`print` writes each item into the text).
pub fn run(
    s: &mut Session,
    plan: &Plan,
    out: &mut Out,
    print: &mut dyn FnMut(&mut Out, Item),
) -> Result<End, crate::error::Error> {
    use crate::iptables::reply::refused;
    let fam = s.table.fam;
    let names = plan.listed.iter().filter_map(|l| l.info());
    let mut ahead = Ahead::start(s.table, names.map(|c| c.name.clone()).collect());
    for (i, l) in plan.listed.iter().enumerate() {
        print(out, Item::Head(i));
        let Some(info) = l.info() else {
            continue;
        };
        let mut num = 0usize;
        // where the output stopped growing, to read ahead first
        let mut held_at: Option<usize> = None;
        let mut end: Option<End> = None;
        let mut io_err = None;
        let mut each = |payload: &[u8]| {
            let Some(r) = nft::Rule::parse(payload) else {
                return Ok(());
            };
            num += 1;
            if end.is_some() || held_at.is_some() {
                // past the held output: read ahead from here later
                return Ok(());
            }
            if !out.known {
                let refs = plan.count_refs.then_some(&mut out.refs);
                if !scan(r.exprs, plan.check, refs) {
                    end = Some(End::Incompatible(info.name.clone()));
                    return Ok(());
                }
            }
            match codec::decode_rule(&r, fam) {
                Ok(rule) => print(out, Item::Rule(i, num, &rule)),
                Err(f) => {
                    end = Some(End::Failed(f));
                    return Ok(());
                }
            }
            if !out.known && out.text.len() >= HOLD {
                held_at = Some(num);
            }
            if let Err(e) = out.maybe_flush() {
                io_err = Some(e);
            }
            Ok(())
        };
        match ahead.as_mut() {
            Some(a) => a.rules(s, &mut each),
            None => s.rules(Some(&info.name), &mut each),
        }
        .map_err(refused)?;
        if let Some(e) = io_err {
            return Err(e.into());
        }
        match end {
            Some(End::Incompatible(c)) => return Ok(End::Incompatible(c)),
            Some(End::Failed(f)) => {
                // iptables checked the whole table before printing any of it
                if !out.known {
                    if let Some(c) = know_all(s, plan, (i, num), out)? {
                        return Ok(End::Incompatible(c));
                    }
                }
                out.finish()?;
                return Ok(End::Failed(f));
            }
            _ => {}
        }
        let Some(k) = held_at else {
            continue;
        };
        // The output is large: the rest read ahead (this chain from rule k on, the
        // chains after it, the others), then streamed.
        if let Some(c) = know_all(s, plan, (i, k), out)? {
            return Ok(End::Incompatible(c));
        }
        out.write_held()?;
        let mut num = 0usize;
        let mut failed = None;
        s.rules(Some(&info.name), &mut |payload| {
            let Some(r) = nft::Rule::parse(payload) else {
                return Ok(());
            };
            num += 1;
            if num <= k || failed.is_some() {
                return Ok(());
            }
            match codec::decode_rule(&r, fam) {
                Ok(rule) => print(out, Item::Rule(i, num, &rule)),
                Err(f) => failed = Some(f),
            }
            if let Err(e) = out.maybe_flush() {
                io_err = Some(e);
            }
            Ok(())
        })
        .map_err(refused)?;
        if let Some(e) = io_err {
            return Err(e.into());
        }
        if let Some(f) = failed {
            out.finish()?;
            return Ok(End::Failed(f));
        }
    }
    if !out.known {
        // every chain shown was read: only the others' jumps are left to count
        know_all(s, plan, (plan.listed.len(), 0), out)?;
    }
    Ok(End::Done)
}
