//! `ip xfrm state add|update`: ID, ALGO-LIST, mode, mark, reqid, seq, the replay words,
//! flags, `sel`, LIMIT-LIST, encap, coa, ctx, extra flags, offload, output-mark, if_id and
//! tfcpad into `xfrm_usersa_info` and its attributes, in the reference's order.

use super::names;
use super::policy_add::SEL_WORDS;
use super::print::SA_FLAGS;
use super::sel::Sel;
use super::sock::open;
use super::words::{self, addr16, value, Id};
use crate::cli::num::{get_u16, get_u32};
use crate::cli::{duparg, incomplete, invarg, Args};
use crate::error::{Error, Result};
use crate::ip::opts::Opts;
use crate::ip::prefix::{parse_addr, parse_prefix};
use crate::ip::{ifnames, rtnl};
use crate::netlink::attr;
use crate::netlink::xfrm::{SA_INFO_LEN, XFRMA_IF_ID, XFRM_MSG_NEWSA};
use crate::netlink::Wire;
use netlink_packet_core::DefaultNla;

const XFRM_MSG_UPDSA: u16 = 26;
const XFRMA_ALG_AUTH: u16 = 1;
const XFRMA_ALG_CRYPT: u16 = 2;
const XFRMA_ALG_COMP: u16 = 3;
const XFRMA_ENCAP: u16 = 4;
const XFRMA_REPLAY_VAL: u16 = 10;
const XFRMA_COADDR: u16 = 14;
const XFRMA_ALG_AEAD: u16 = 18;
const XFRMA_ALG_AUTH_TRUNC: u16 = 20;
const XFRMA_TFCPAD: u16 = 22;
const XFRMA_REPLAY_ESN_VAL: u16 = 23;
const XFRMA_SA_EXTRA_FLAGS: u16 = 24;
const XFRMA_OFFLOAD_DEV: u16 = 28;
const XFRMA_SET_MARK: u16 = 29;
const XFRMA_SET_MARK_MASK: u16 = 30;
const XFRM_STATE_ESN: u8 = 128;
const REPLAY_ESN_MAX: u32 = 4096;

/// The ALGO types: word, attribute, and the types it excludes (bits of this table's order).
const ALGOS: [(&str, u16, u8); 5] = [
    ("enc", XFRMA_ALG_CRYPT, 0b01000),
    ("auth", XFRMA_ALG_AUTH, 0b01100),
    ("auth-trunc", XFRMA_ALG_AUTH_TRUNC, 0b01010),
    ("aead", XFRMA_ALG_AEAD, 0b01111),
    ("comp", XFRMA_ALG_COMP, 0b10000),
];

const EXTRA_FLAGS: &[(&str, u8)] = &[("dont-encap-dscp", 1), ("oseq-may-wrap", 2)];
const ENCAPS: &[(&str, u8)] = &[("espinudp-nonike", 1), ("espinudp", 2), ("espintcp", 7)];

/// ALGO-KEYMAT: `0x` and hex digits (an odd count read with a leading 0), else the bytes of
/// the word; at most 512 bytes.
fn keymat(v: &str) -> Result<Vec<u8>> {
    let key = match v.strip_prefix("0x").filter(|h| !h.is_empty()) {
        Some(h) => {
            let bad = || invarg("ALGO-KEYMAT value is invalid", v);
            let digits: Vec<u8> = h
                .chars()
                .map(|c| c.to_digit(16).map(|d| d as u8))
                .collect::<Option<_>>()
                .ok_or_else(bad)?;
            let mut out = Vec::with_capacity(digits.len() / 2 + 1);
            let (first, rest) = digits.split_at(digits.len() % 2);
            out.extend(first.iter().copied());
            out.extend(rest.chunks_exact(2).map(|p| (p[0] << 4) | p[1]));
            out
        }
        None => v.as_bytes().to_vec(),
    };
    if key.len() > 512 {
        return Err(invarg("ALGO-KEYMAT value makes buffer overflow\n", v));
    }
    Ok(key)
}

/// One ALGO after its type word: the attribute.
fn algo(args: &mut Args, at: usize) -> Result<DefaultNla> {
    let need = |args: &mut Args, what: &str| {
        args.next()
            .map(str::to_string)
            .ok_or_else(|| Error::ip_usage(format_args!("Error: argument \"{what}\" is required")))
    };
    let (_, kind, _) = ALGOS.get(at).copied().unwrap_or(ALGOS[0]);
    let name = need(args, "ALGO-NAME")?;
    let mut b = vec![0u8; 64];
    let n = name.len().min(63);
    b[..n].copy_from_slice(&name.as_bytes()[..n]);
    if kind == XFRMA_ALG_COMP {
        b.extend_from_slice(&0u32.to_ne_bytes());
        return Ok(attr::bytes(kind, &b));
    }
    let key = keymat(&need(args, "ALGO-KEYMAT")?)?;
    b.extend_from_slice(&((key.len() * 8) as u32).to_ne_bytes());
    let extra = match kind {
        XFRMA_ALG_AUTH_TRUNC => Some(("ALGO-TRUNC-LEN", "ALGO-TRUNC-LEN value is invalid")),
        XFRMA_ALG_AEAD => Some(("ALGO-ICV-LEN", "ALGO-ICV-LEN value is invalid")),
        _ => None,
    };
    if let Some((what, bad)) = extra {
        let v = need(args, what)?;
        let n = get_u32(&v).ok_or_else(|| invarg(bad, &v))?;
        b.extend_from_slice(&n.to_ne_bytes());
    }
    b.extend_from_slice(&key);
    Ok(attr::bytes(kind, &b))
}

/// A FLAG-LIST of extra flags: one `0x` number, or names.
fn extra_flags(args: &mut Args) -> Result<u32> {
    let Some(first) = args.peek().map(str::to_string) else {
        return Err(incomplete());
    };
    if first.len() > 2 && first.starts_with("0x") {
        args.next();
        return get_u32(&first).ok_or_else(|| invarg("\"EXTRA-FLAG\" is invalid", &first));
    }
    let mut flags = 0u32;
    while let Some(v) = args.peek().and_then(|w| names::value(EXTRA_FLAGS, w)) {
        flags |= u32::from(v);
        args.next();
    }
    Ok(flags)
}

fn u32_after(args: &mut Args, w: &str) -> Result<u32> {
    let v = value(args)?;
    get_u32(&v).ok_or_else(|| invarg(&format!("value after \"{w}\" is invalid"), &v))
}

/// Everything read, for the checks and the message.
#[derive(Default)]
struct Sa {
    id: Id,
    id_read: bool,
    mode: Option<u8>,
    reqid: u32,
    seq: u32,
    flags: u8,
    window: u32,
    replay: [u32; 4],
    algos: u8,
    coa: bool,
    sel: Option<Sel>,
}

/// The request of `add`/`update`.
pub fn request(args: &mut Args, opts: &Opts) -> Result<Vec<u8>> {
    let mut sa = Sa::default();
    let mut lft = words::lifetime_default();
    let mut early: Vec<DefaultNla> = Vec::new();
    let (mut ctx, mut mark, mut if_id, mut tfcpad) = (false, None, None, None);
    let (mut offload, mut set_mark, mut set_mask) = (None::<(u32, u8)>, None, 0u32);
    let mut extra = 0u32;
    while let Some(w) = args.peek().map(str::to_string) {
        if let Some(at) = ALGOS.iter().position(|(n, _, _)| *n == w) {
            args.next();
            let bit = 1u8 << at;
            let excl = ALGOS[at].2 | bit;
            if sa.algos & excl != 0 {
                return Err(duparg("ALGO-TYPE", &w));
            }
            sa.algos |= bit;
            early.push(algo(args, at)?);
            continue;
        }
        match w.as_str() {
            "mode" => {
                args.next();
                let v = value(args)?;
                sa.mode = Some(
                    names::value(names::MODES, &v)
                        .ok_or_else(|| invarg("MODE value is invalid", &v))?,
                );
            }
            "mark" => {
                args.next();
                mark = Some(words::mark(args)?);
            }
            "reqid" | "seq" => {
                args.next();
                let v = value(args)?;
                let what = if w == "seq" { "SEQ" } else { "REQID" };
                let n =
                    get_u32(&v).ok_or_else(|| invarg(&format!("{what} value is invalid"), &v))?;
                *if w == "seq" {
                    &mut sa.seq
                } else {
                    &mut sa.reqid
                } = n;
            }
            "replay-window" | "replay-seq" | "replay-oseq" | "replay-seq-hi" | "replay-oseq-hi" => {
                args.next();
                let n = u32_after(args, &w)?;
                match w.as_str() {
                    "replay-window" => sa.window = n,
                    "replay-seq" => sa.replay[1] = n,
                    "replay-oseq" => sa.replay[0] = n,
                    "replay-seq-hi" => sa.replay[3] = n,
                    _ => sa.replay[2] = n,
                }
            }
            "flag" => {
                args.next();
                sa.flags |= words::flag_list(args, SA_FLAGS)?;
            }
            "extra-flag" => {
                args.next();
                extra |= extra_flags(args)?;
            }
            "sel" => {
                args.next();
                if args.is_empty() {
                    return Err(incomplete());
                }
                let sel = sa.sel.get_or_insert_with(Sel::default);
                while let Some(s) = args
                    .peek()
                    .filter(|s| SEL_WORDS.contains(s))
                    .map(str::to_string)
                {
                    args.next();
                    sel.word(&s, args)?;
                }
                sel.check()?;
            }
            "limit" => {
                args.next();
                words::limit(args, &mut lft)?;
            }
            "encap" => {
                args.next();
                let t = value(args)?;
                let kind = names::value(ENCAPS, &t)
                    .ok_or_else(|| invarg("ENCAP-TYPE value is invalid", &t))?;
                let v = value(args)?;
                let sport = get_u16(&v)
                    .ok_or_else(|| invarg("SPORT value after \"encap\" is invalid", &v))?;
                let v = value(args)?;
                let dport = get_u16(&v)
                    .ok_or_else(|| invarg("DPORT value after \"encap\" is invalid", &v))?;
                let v = value(args)?;
                let oa = parse_addr(&v, 0).ok_or_else(|| {
                    Error::ip_fail(format_args!(
                        "Error: any valid address is expected rather than \"{v}\"."
                    ))
                })?;
                let mut b = [0u8; 24];
                b[..2].copy_from_slice(&u16::from(kind).to_ne_bytes());
                b[2..4].copy_from_slice(&sport.to_be_bytes());
                b[4..6].copy_from_slice(&dport.to_be_bytes());
                b[8..].copy_from_slice(&addr16(&Some(oa)));
                early.push(attr::bytes(XFRMA_ENCAP, &b));
            }
            "coa" => {
                args.next();
                let v = value(args)?;
                let a = parse_prefix(&v, 0).ok_or_else(|| {
                    Error::ip_fail(format_args!(
                        "Error: inet prefix is expected rather than \"{v}\"."
                    ))
                })?;
                sa.coa = true;
                early.push(attr::bytes(XFRMA_COADDR, &addr16(&Some(a))));
            }
            "ctx" => {
                if ctx {
                    return Err(duparg("ctx", &w));
                }
                args.next();
                ctx = true;
                early.push(words::sec_ctx(&value(args)?));
            }
            "offload" => {
                args.next();
                let (mut index, mut flags) = offload.unwrap_or((0, 0));
                let mut next = value(args)?;
                if next == "dev" {
                    let v = value(args)?;
                    index = ifnames::index(&v)
                        .ok_or_else(|| invarg("value after \"offload dev\" is invalid", &v))?;
                    next = value(args)?;
                }
                if next != "dir" {
                    return Err(invarg("value after \"offload dir\" is invalid", &next));
                }
                let v = value(args)?;
                match v.as_str() {
                    "in" => flags |= 2,
                    "out" => {}
                    _ => return Err(invarg("DIR value is invalid", &v)),
                }
                offload = Some((index, flags));
            }
            "output-mark" => {
                args.next();
                set_mark = Some(u32_after(args, "output-mark")?);
                if args.peek() == Some("mask") {
                    args.next();
                    let v = value(args)?;
                    set_mask = get_u32(&v).ok_or_else(|| invarg("mask value is invalid\n", &v))?;
                }
            }
            "if_id" => {
                args.next();
                if_id = Some(u32_after(args, "if_id")?);
            }
            "tfcpad" => {
                args.next();
                tfcpad = Some(u32_after(args, "tfcpad")?);
            }
            _ if !sa.id_read => {
                sa.id_read = true;
                sa.id.parse(args)?;
            }
            _ => return Err(invarg("unknown", &w)),
        }
    }
    let replay = check(&sa)?;
    let mut m = vec![0u8; SA_INFO_LEN];
    if let Some(sel) = &sa.sel {
        let mut wire = sel.wire(0);
        if sel.src.or(sel.dst).is_none() {
            wire[40..42].fill(0);
        }
        m[..56].copy_from_slice(&wire);
    }
    m[56..72].copy_from_slice(&addr16(&sa.id.dst));
    m[72..76].copy_from_slice(&sa.id.spi.unwrap_or(0).to_be_bytes());
    m[76] = sa.id.proto.unwrap_or(0);
    m[80..96].copy_from_slice(&addr16(&sa.id.src));
    for (i, v) in lft.iter().enumerate() {
        m[96 + i * 8..104 + i * 8].copy_from_slice(&v.to_ne_bytes());
    }
    m[204..208].copy_from_slice(&sa.seq.to_be_bytes());
    m[208..212].copy_from_slice(&sa.reqid.to_ne_bytes());
    let family = match sa.id.family() {
        0 if opts.family != 0 => opts.family,
        0 => 2,
        f => f,
    };
    m[212..214].copy_from_slice(&u16::from(family).to_ne_bytes());
    m[214] = sa.mode.unwrap_or(0);
    m[216] = sa.flags;
    let mut items = early;
    if let Some((index, flags)) = offload {
        let mut b = [0u8; 8];
        b[..4].copy_from_slice(&index.to_ne_bytes());
        b[4] = flags;
        items.push(attr::bytes(XFRMA_OFFLOAD_DEV, &b));
    }
    match replay {
        Replay::Esn => {
            let [oseq, seq, oseq_hi, seq_hi] = sa.replay;
            let mut b = Vec::with_capacity(24);
            for v in [
                sa.window.div_ceil(32),
                oseq,
                seq,
                oseq_hi,
                seq_hi,
                sa.window,
            ] {
                b.extend_from_slice(&v.to_ne_bytes());
            }
            items.push(attr::bytes(XFRMA_REPLAY_ESN_VAL, &b));
        }
        Replay::Plain => {
            m[215] = sa.window as u8;
            let [oseq, seq, _, _] = sa.replay;
            if oseq != 0 || seq != 0 {
                let mut b = [0u8; 12];
                b[..4].copy_from_slice(&oseq.to_ne_bytes());
                b[4..8].copy_from_slice(&seq.to_ne_bytes());
                items.push(attr::bytes(XFRMA_REPLAY_VAL, &b));
            }
        }
    }
    if extra != 0 {
        items.push(attr::u32(XFRMA_SA_EXTRA_FLAGS, extra));
    }
    items.extend(words::mark_attr(mark));
    if let Some(i) = if_id {
        items.push(attr::u32(XFRMA_IF_ID, i));
    }
    if let Some(t) = tfcpad {
        items.push(attr::u32(XFRMA_TFCPAD, t));
    }
    if let Some(s) = set_mark {
        items.push(attr::u32(XFRMA_SET_MARK, s));
        if set_mask != 0 {
            items.push(attr::u32(XFRMA_SET_MARK_MASK, set_mask));
        }
    }
    m.extend_from_slice(&attr::emit_all(&items));
    Ok(m)
}

enum Replay {
    Esn,
    Plain,
}

/// The reference's checks after reading: the replay window, then what the protocol needs.
fn check(sa: &Sa) -> Result<Replay> {
    if sa.window > REPLAY_ESN_MAX {
        return Err(Error::ip_usage(format_args!(
            "Error: replay-window ({}) > XFRMA_REPLAY_ESN_MAX ({REPLAY_ESN_MAX}).",
            sa.window
        )));
    }
    let esn = sa.flags & XFRM_STATE_ESN != 0;
    if esn && sa.window == 0 {
        return Err(Error::ip_usage(
            "Error: esn flag set without replay-window.",
        ));
    }
    if !sa.id_read {
        return Err(Error::ip_fail("Not enough information: ID is required"));
    }
    let proto = sa.id.proto.unwrap_or(0);
    let pname = names::xfrm_proto(proto);
    let fail = |what: &str| {
        Err(Error::ip_fail(format_args!(
            "{what} with XFRM-PROTO value \"{pname}\""
        )))
    };
    let has = |i: usize| sa.algos & (1 << i) != 0;
    match proto {
        50 => {
            if has(4) {
                return fail("ALGO-TYPE value \"comp\" is invalid");
            }
            if !has(0) && !has(3) {
                return fail("ALGO-TYPE value \"enc\" or \"aead\" is required");
            }
        }
        51 => {
            if has(0) || has(3) || has(4) {
                return fail("ALGO-TYPE values \"enc\", \"aead\", and \"comp\" are invalid");
            }
            if !has(1) && !has(2) {
                return fail("ALGO-TYPE value \"auth\" or \"auth-trunc\" is required");
            }
        }
        108 => {
            if sa.algos & 0b01111 != 0 {
                return fail(
                    "ALGO-TYPE values \"enc\", \"auth\", \"auth-trunc\", and \"aead\" are invalid",
                );
            }
            if !has(4) {
                return fail("ALGO-TYPE value \"comp\" is required");
            }
        }
        43 | 60 => {
            if sa.algos != 0 {
                return fail("ALGO is invalid");
            }
            if sa.mode.is_none() {
                return fail("\"mode\" is required");
            }
            if !sa.coa {
                return fail("\"coa\" is required");
            }
        }
        _ => {}
    }
    if sa.coa && !matches!(proto, 43 | 60) {
        return fail("\"coa\" is invalid");
    }
    Ok(if esn || sa.window > 32 {
        Replay::Esn
    } else {
        Replay::Plain
    })
}

/// `add` (NEWSA) and `update` (UPDSA).
pub fn add(args: &mut Args, opts: &Opts) -> Result<()> {
    send(args, opts, XFRM_MSG_NEWSA)
}

pub fn update(args: &mut Args, opts: &Opts) -> Result<()> {
    send(args, opts, XFRM_MSG_UPDSA)
}

fn send(args: &mut Args, opts: &Opts, kind: u16) -> Result<()> {
    let req = request(args, opts)?;
    let mut sock = open()?;
    rtnl::ack(&mut sock, Wire(kind, &req), 0)
}
