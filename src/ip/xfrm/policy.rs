//! `ip xfrm policy`: list/show with their filters, count, flush, deleteall.

use super::names;
use super::print;
use super::sel::Sel;
use super::sock::{self, open, Sock};
use super::words;
use crate::cli::num::get_u32;
use crate::cli::{incomplete, invarg, Args};
use crate::error::{Error, Result};
use crate::ip::opts::Opts;
use crate::ip::rtnl;
use crate::netlink::attr::{self, find, Table};
use crate::netlink::xfrm::{
    u32_in, PolicyInfo, POLICY_ID_LEN, SELECTOR_LEN, XFRMA_IF_ID, XFRMA_MARK, XFRMA_MAX,
    XFRMA_POLICY_TYPE, XFRMA_SPD_HINFO, XFRMA_SPD_INFO, XFRM_MSG_DELPOLICY, XFRM_MSG_FLUSHPOLICY,
    XFRM_MSG_GETPOLICY, XFRM_MSG_GETSPDINFO, XFRM_MSG_NEWPOLICY, XFRM_MSG_NEWSPDINFO,
};
use crate::netlink::Wire;

/// The filters of `list` and `deleteall`.
#[derive(Default)]
struct Filter {
    sel: Sel,
    nosock: bool,
    dir: Option<u8>,
    index: Option<u32>,
    ptype: Option<u8>,
    action: Option<u8>,
    priority: Option<u32>,
    flags: u8,
}

fn word_of(table: &[(&str, u8)], v: &str, what: &str) -> Result<u8> {
    names::value(table, v).ok_or_else(|| invarg(&format!("{what} value is invalid"), v))
}

fn parse_filter(args: &mut Args) -> Result<Filter> {
    let mut f = Filter::default();
    while let Some(w) = args.next().map(str::to_string) {
        if f.sel.word(&w, args)? {
            continue;
        }
        let value = |args: &mut Args| args.next().map(str::to_string).ok_or_else(incomplete);
        match w.as_str() {
            "nosock" => f.nosock = true,
            "dir" => f.dir = Some(word_of(names::DIRS, &value(args)?, "DIR")?),
            "index" => {
                let v = value(args)?;
                f.index = Some(get_u32(&v).ok_or_else(|| invarg("INDEX value is invalid", &v))?);
            }
            "ptype" => f.ptype = Some(word_of(names::PTYPES, &value(args)?, "PTYPE")?),
            "action" => {
                let v = value(args)?;
                f.action = Some(
                    names::value(names::ACTIONS, &v)
                        .ok_or_else(|| invarg("ACTION value is invalid\n", &v))?,
                );
            }
            "priority" => {
                let v = value(args)?;
                f.priority =
                    Some(get_u32(&v).ok_or_else(|| invarg("PRIORITY value is invalid", &v))?);
            }
            "flag" => f.flags |= words::flag_list(args, print::POLICY_FLAGS)?,
            _ => return Err(invarg("unknown", &w)),
        }
    }
    f.sel.check()?;
    Ok(f)
}

fn ptype_of(p: &PolicyInfo<'_>) -> u8 {
    let t: Table<'_, XFRMA_MAX> = Table::new(p.attrs);
    t.get(XFRMA_POLICY_TYPE)
        .and_then(|v| v.first().copied())
        .unwrap_or(0)
}

impl Filter {
    fn accepts(&self, p: &PolicyInfo<'_>, opts: &Opts) -> bool {
        (opts.family == 0 || u16::from(opts.family) == p.sel.family)
            && self.sel.accepts(&p.sel)
            && !(self.nosock && p.dir >= 3)
            && self.dir.is_none_or(|d| d == p.dir)
            && self.index.is_none_or(|i| i == p.index)
            && self.ptype.is_none_or(|t| t == ptype_of(p))
            && self.action.is_none_or(|a| a == p.action)
            && self.priority.is_none_or(|x| x == p.priority)
            && (self.flags == 0 || p.flags & self.flags != 0)
    }
}

/// Each policy of the dump to `each`.
fn dump(sock: &mut Sock, each: &mut dyn FnMut(&[u8], &PolicyInfo<'_>)) -> Result<()> {
    sock::dump(
        sock,
        XFRM_MSG_GETPOLICY,
        XFRM_MSG_NEWPOLICY,
        &[],
        &mut |m| {
            if let Some(p) = PolicyInfo::parse(m) {
                each(m, &p);
            }
        },
    )
}

pub fn list(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = parse_filter(args)?;
    sock::list(
        opts,
        XFRM_MSG_GETPOLICY,
        XFRM_MSG_NEWPOLICY,
        &[],
        &mut |out, m| {
            if let Some(p) = PolicyInfo::parse(m).filter(|p| f.accepts(p, opts)) {
                print::policy(out, &p, opts);
            }
        },
    )
}

/// The delete request of a dumped policy: its id, its mark (value, mask and the four bytes
/// after them in the dump, as the reference copies it) and its if_id.
fn delete_request(p: &PolicyInfo<'_>, payload: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(POLICY_ID_LEN + 24);
    m.extend_from_slice(payload.get(..SELECTOR_LEN).unwrap_or(&[0; SELECTOR_LEN]));
    m.extend_from_slice(&p.index.to_ne_bytes());
    m.extend_from_slice(&[p.dir, 0, 0, 0]);
    let mut items = Vec::new();
    if let Some(v) = sock::mark_copy(p.attrs) {
        items.push(attr::bytes(XFRMA_MARK, &v));
    }
    if let Some(v) = find(p.attrs, XFRMA_IF_ID) {
        items.push(attr::bytes(XFRMA_IF_ID, v));
    }
    m.extend_from_slice(&attr::emit_all(&items));
    m
}

pub fn deleteall(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = parse_filter(args)?;
    let mut sock = open()?;
    let mut dels = Vec::new();
    dump(&mut sock, &mut |payload, p| {
        if f.accepts(p, opts) {
            dels.push(delete_request(p, payload));
        }
    })?;
    sock::delete_each(&mut sock, XFRM_MSG_DELPOLICY, &dels)
}

pub fn flush(args: &mut Args, _opts: &Opts) -> Result<()> {
    let mut ptype = None;
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "ptype" => {
                if ptype.is_some() {
                    return Err(crate::cli::duparg("ptype", &w));
                }
                let v = args.next().ok_or_else(incomplete)?.to_string();
                ptype = Some(word_of(names::PTYPES, &v, "PTYPE")?);
            }
            _ => return Err(invarg("unknown", &w)),
        }
    }
    let body = match ptype {
        Some(t) => attr::emit_all(&[attr::bytes(XFRMA_POLICY_TYPE, &[t, 0, 0, 0, 0, 0])]),
        None => Vec::new(),
    };
    sock::flush(XFRM_MSG_FLUSHPOLICY, &body, true)
}

pub fn count(_args: &mut Args, opts: &Opts) -> Result<()> {
    let req = u32::MAX.to_ne_bytes();
    sock::show(
        opts,
        XFRM_MSG_GETSPDINFO,
        &req,
        XFRM_MSG_NEWSPDINFO,
        &mut |out, m| {
            let t: Table<'_, 8> = Table::new(m.get(4..).unwrap_or(&[]));
            let Some(si) = t.get(XFRMA_SPD_INFO) else {
                return;
            };
            let c = |i: usize| u32_in(si, i * 4);
            out.fp(format_args!(
                "\t SPD IN  {} OUT {} FWD {}",
                c(0),
                c(1),
                c(2)
            ));
            if opts.stats > 0 {
                out.fp(format_args!(
                    " (Sock: IN {} OUT {} FWD {})",
                    c(3),
                    c(4),
                    c(5)
                ));
            }
            out.fp_str("\n");
            if opts.stats > 1 {
                if let Some(h) = t.get(XFRMA_SPD_HINFO) {
                    let (n, max) = (u32_in(h, 0), u32_in(h, 4));
                    out.fp(format_args!("\t SPD buckets: count {n} Max {max}\n"));
                }
                for (k, fam) in [(3u16, "IPv4"), (4, "IPv6")] {
                    if let Some(v) = t.get(k) {
                        let l = v.first().copied().unwrap_or(0);
                        let r = v.get(1).copied().unwrap_or(0);
                        out.fp(format_args!(
                            "\t SPD {fam} thresholds: local {l} remote {r}\n"
                        ));
                    }
                }
            }
        },
    )
}

/// The request of `get`/`delete`: the policy id (selector or index, dir) and its ptype,
/// mark and if_id attributes, in that order.
pub fn id_request(args: &mut Args, opts: &Opts) -> Result<Vec<u8>> {
    let mut sel = Sel::default();
    let mut index = None;
    let mut dir = None;
    let mut ptype = None;
    let mut mark = None;
    let mut if_id = None;
    while let Some(w) = args.next().map(str::to_string) {
        let value = |args: &mut Args| args.next().map(str::to_string).ok_or_else(incomplete);
        match w.as_str() {
            "dir" => {
                if dir.is_some() {
                    return Err(crate::cli::duparg("dir", &w));
                }
                dir = Some(word_of(names::DIRS, &value(args)?, "DIR")?);
            }
            "index" => {
                if sel.given() {
                    return Err(crate::cli::duparg2("SELECTOR", "INDEX"));
                }
                let v = value(args)?;
                index = Some(get_u32(&v).ok_or_else(|| invarg("INDEX value is invalid", &v))?);
            }
            "ptype" => ptype = Some(word_of(names::PTYPES, &value(args)?, "PTYPE")?),
            "mark" => mark = Some(words::mark(args)?),
            "if_id" => {
                let v = value(args)?;
                if_id = Some(get_u32(&v).ok_or_else(|| invarg("IF_ID value is invalid", &v))?);
            }
            _ => {
                if index.is_some() && matches!(w.as_str(), "src" | "dst" | "dev" | "proto") {
                    return Err(crate::cli::duparg2("SELECTOR", "INDEX"));
                }
                if !sel.word(&w, args)? {
                    return Err(invarg("unknown", &w));
                }
            }
        }
    }
    let Some(dir) = dir else {
        return Err(Error::ip_fail("Not enough information: DIR is required."));
    };
    if !sel.given() && index.is_none() {
        return Err(Error::ip_fail(
            "Not enough information: either SELECTOR or INDEX is required.",
        ));
    }
    sel.check()?;
    let mut m = Vec::with_capacity(POLICY_ID_LEN + 32);
    if index.is_some() {
        m.extend_from_slice(&[0; SELECTOR_LEN]);
        m[40..42].copy_from_slice(&2u16.to_ne_bytes());
    } else {
        m.extend_from_slice(&sel.wire(opts.family));
    }
    m.extend_from_slice(&index.unwrap_or(0).to_ne_bytes());
    m.extend_from_slice(&[dir, 0, 0, 0]);
    let mut items = Vec::new();
    if let Some(t) = ptype {
        items.push(attr::bytes(XFRMA_POLICY_TYPE, &[t, 0, 0, 0, 0, 0]));
    }
    if let Some((v, k)) = mark.filter(|&(_, k)| k != 0) {
        let mut b = [0u8; 8];
        b[..4].copy_from_slice(&v.to_ne_bytes());
        b[4..].copy_from_slice(&k.to_ne_bytes());
        items.push(attr::bytes(XFRMA_MARK, &b));
    }
    if let Some(i) = if_id {
        items.push(attr::u32(XFRMA_IF_ID, i));
    }
    m.extend_from_slice(&attr::emit_all(&items));
    Ok(m)
}

pub fn get(args: &mut Args, opts: &Opts) -> Result<()> {
    let req = id_request(args, opts)?;
    sock::show(
        opts,
        XFRM_MSG_GETPOLICY,
        &req,
        XFRM_MSG_NEWPOLICY,
        &mut |out, m| {
            if let Some(p) = PolicyInfo::parse(m) {
                print::policy(out, &p, opts);
            }
        },
    )
}

pub fn delete(args: &mut Args, opts: &Opts) -> Result<()> {
    let req = id_request(args, opts)?;
    let mut sock = open()?;
    rtnl::ack(&mut sock, Wire(XFRM_MSG_DELPOLICY, &req), 0)
}

const XFRM_MSG_SETDEFAULT: u16 = 39;
const XFRM_MSG_GETDEFAULT: u16 = 40;

/// `setdefault DIR ACTION [DIR ACTION] [DIR ACTION]`: in, fwd, out as 1 (block) or 2
/// (accept); a direction not named stays 0 (unchanged).
pub fn setdefault_request(args: &mut Args) -> Result<[u8; 3]> {
    let mut v = [0u8; 3];
    while let Some(w) = args.next().map(str::to_string) {
        let at = match w.as_str() {
            "in" => 0,
            "fwd" => 1,
            "out" => 2,
            _ => return Err(invarg("unknown direction", &w)),
        };
        let a = args.next().map(str::to_string).ok_or_else(incomplete)?;
        v[at] = match a.as_str() {
            "block" => 1,
            "accept" => 2,
            _ => return Err(invarg(&format!("{w} policy value is invalid"), &a)),
        };
    }
    Ok(v)
}

pub fn setdefault(args: &mut Args, _opts: &Opts) -> Result<()> {
    let v = setdefault_request(args)?;
    let mut sock = open()?;
    rtnl::ack(&mut sock, Wire(XFRM_MSG_SETDEFAULT, &v), 0)
}

pub fn getdefault(_args: &mut Args, opts: &Opts) -> Result<()> {
    sock::show(
        opts,
        XFRM_MSG_GETDEFAULT,
        &[0, 0, 0],
        XFRM_MSG_GETDEFAULT,
        &mut |out, m| {
            if let Some(&[i, f, o]) = m.get(..3) {
                print::defaults(out, [i, f, o]);
            }
        },
    )
}

/// `set [hthresh4 LBITS RBITS] [hthresh6 LBITS RBITS]`: the prefix lengths from which the
/// kernel hashes policies, each once, in the order given.
pub fn set_request(args: &mut Args) -> Result<Vec<u8>> {
    let mut m = u32::MAX.to_ne_bytes().to_vec();
    let mut seen = [false; 2];
    while let Some(w) = args.next().map(str::to_string) {
        let (at, kind, max) = match w.as_str() {
            "hthresh4" => (0, 3u16, 32),
            "hthresh6" => (1, 4u16, 128),
            _ => return Err(invarg("unknown", &w)),
        };
        if std::mem::replace(&mut seen[at], true) {
            return Err(crate::cli::duparg(&w, &w));
        }
        let mut bits = [0u8; 2];
        for (b, what) in bits.iter_mut().zip(["LBITS", "RBITS"]) {
            let v = words::value(args)?;
            *b = get_u32(&v)
                .filter(|&n| n <= max)
                .and_then(|n| u8::try_from(n).ok())
                .ok_or_else(|| invarg(&format!("{w} {what} value is invalid"), &v))?;
        }
        m.extend_from_slice(&attr::emit_all(&[attr::bytes(kind, &bits)]));
    }
    Ok(m)
}

pub fn set(args: &mut Args, _opts: &Opts) -> Result<()> {
    let req = set_request(args)?;
    let mut sock = open()?;
    rtnl::ack(&mut sock, Wire(XFRM_MSG_NEWSPDINFO, &req), 0)
}
