//! nf_tables expressions: their attribute numbers, a zero-copy view of each one a rule holds
//! ([`Expr`]), and writers that lay them out as iptables-nft does (register 1, the 16-byte
//! register numbering).

use super::wire::Writer;
use crate::netlink::attr::{
    attrs as items, be16_of as be16, be32_of as be32, be64_of as be64, Table,
};

/// NFTA_LIST_ELEM, NFTA_EXPR_NAME, NFTA_EXPR_DATA.
pub const LIST_ELEM: u16 = 1;
const EXPR_NAME: u16 = 1;
const EXPR_DATA: u16 = 2;
/// NFTA_DATA_VALUE, NFTA_DATA_VERDICT; NFTA_VERDICT_CODE, NFTA_VERDICT_CHAIN.
const DATA_VALUE: u16 = 1;
const DATA_VERDICT: u16 = 2;
const VERDICT_CODE: u16 = 1;
const VERDICT_CHAIN: u16 = 2;

/// NFT_REG_1 (the register iptables-nft loads into and compares from).
pub const REG_1: u32 = 1;
/// NFT_REG_VERDICT.
pub const REG_VERDICT: u32 = 0;

/// Payload bases.
pub const BASE_NETWORK: u32 = 1;
pub const BASE_TRANSPORT: u32 = 2;

/// Comparison operators (NFT_CMP_*, also NFT_RANGE_EQ/NEQ).
pub const OP_EQ: u32 = 0;
pub const OP_NEQ: u32 = 1;
pub const OP_LTE: u32 = 3;
pub const OP_GT: u32 = 4;

/// Meta keys.
pub const META_MARK: u32 = 3;
pub const META_IIF: u32 = 4;
pub const META_OIF: u32 = 5;
pub const META_IIFNAME: u32 = 6;
pub const META_OIFNAME: u32 = 7;
pub const META_NFTRACE: u32 = 12;
pub const META_L4PROTO: u32 = 16;
pub const META_PKTTYPE: u32 = 19;

/// The register iptables-nft loads a value to set into (NFT_REG32_01).
pub const REG32_01: u32 = 9;

/// Verdict code NFT_CONTINUE.
pub const NFT_CONTINUE: i32 = -1;

/// Verdict codes besides NF_ACCEPT/NF_DROP (negative, as i32).
pub const NFT_JUMP: i32 = -3;
pub const NFT_GOTO: i32 = -4;
pub const NFT_RETURN: i32 = -5;

/// One expression of a rule, as the kernel dumps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expr<'a> {
    /// A load into `dreg`, or (with `sreg`) a write of the packet.
    Payload {
        dreg: u32,
        base: u32,
        offset: u32,
        len: u32,
        sreg: u32,
    },
    Cmp {
        sreg: u32,
        op: u32,
        data: &'a [u8],
    },
    Bitwise {
        sreg: u32,
        dreg: u32,
        len: u32,
        mask: &'a [u8],
        xor: &'a [u8],
        /// NFTA_BITWISE_OP (0 = the mask-and-xor form; the kernel dumps it, iptables-nft does not send it).
        op: u32,
    },
    Meta {
        dreg: u32,
        key: u32,
        sreg: u32,
    },
    Counter {
        packets: u64,
        bytes: u64,
    },
    /// A verdict (code, jump/goto chain) or data loaded into a register.
    Immediate {
        dreg: u32,
        code: Option<i32>,
        chain: Option<&'a str>,
        data: Option<&'a [u8]>,
    },
    Range {
        sreg: u32,
        op: u32,
        from: &'a [u8],
        to: &'a [u8],
    },
    /// An xtables extension: `match` or `target` (name, revision, info blob).
    Xt {
        target: bool,
        name: &'a str,
        rev: u32,
        info: &'a [u8],
    },
    /// A rate limit: per `unit` seconds, burst, type (0 = packets), flags (1 = inverted).
    Limit {
        rate: u64,
        unit: u64,
        burst: u32,
        kind: u32,
        flags: u32,
    },
    /// A log: NFLOG when it has a group.
    Log {
        group: Option<u16>,
        prefix: &'a [u8],
        snaplen: Option<u32>,
        qthreshold: Option<u16>,
    },
    /// A set lookup (iptables passes over it).
    Lookup,
    /// Any other expression (its name, and whether it loads a register).
    Other(&'a str, bool),
}

/// The expressions of an NFTA_RULE_EXPRESSIONS nest, in order.
pub fn list(nest: &[u8]) -> impl Iterator<Item = Expr<'_>> {
    items(nest)
        .filter(|(k, _)| *k == LIST_ELEM)
        .map(|(_, e)| parse(e))
}

/// The expressions of an NFTA_RULE_EXPRESSIONS nest, each with its element's bytes.
pub fn elements(nest: &[u8]) -> impl Iterator<Item = (&[u8], Expr<'_>)> {
    items(nest)
        .filter(|(k, _)| *k == LIST_ELEM)
        .map(|(_, e)| (e, parse(e)))
}

fn data_value(nest: Option<&[u8]>) -> &[u8] {
    nest.and_then(|n| Table::<4>::new(n).get(DATA_VALUE))
        .unwrap_or(&[])
}

fn parse(elem: &[u8]) -> Expr<'_> {
    let t = Table::<4>::new(elem);
    // The name's bytes up to its NUL, matched without a UTF-8 check (one per expression of
    // every rule of a dump); only an unknown name is made a str.
    let raw = t.get(EXPR_NAME).unwrap_or(&[]);
    let name = raw.split(|&b| b == 0).next().unwrap_or(raw);
    let d = Table::<8>::new(t.get(EXPR_DATA).unwrap_or(&[]));
    let u = |k: u16| d.get(k).and_then(be32).unwrap_or(0);
    match name {
        b"payload" => Expr::Payload {
            dreg: u(1),
            base: u(2),
            offset: u(3),
            len: u(4),
            sreg: u(5),
        },
        b"cmp" => Expr::Cmp {
            sreg: u(1),
            op: u(2),
            data: data_value(d.get(3)),
        },
        b"bitwise" => Expr::Bitwise {
            sreg: u(1),
            dreg: u(2),
            len: u(3),
            mask: data_value(d.get(4)),
            xor: data_value(d.get(5)),
            op: u(6),
        },
        b"meta" => Expr::Meta {
            dreg: u(1),
            key: u(2),
            sreg: u(3),
        },
        b"counter" => Expr::Counter {
            bytes: d.get(1).and_then(be64).unwrap_or(0),
            packets: d.get(2).and_then(be64).unwrap_or(0),
        },
        b"immediate" => {
            let data = d.get(2).map(Table::<4>::new);
            let verdict = data.and_then(|t| t.get(DATA_VERDICT)).map(Table::<4>::new);
            Expr::Immediate {
                dreg: u(1),
                code: verdict
                    .and_then(|v| v.get(VERDICT_CODE))
                    .and_then(be32)
                    .map(|c| c as i32),
                chain: verdict.and_then(|v| v.str(VERDICT_CHAIN)),
                data: data.and_then(|t| t.get(DATA_VALUE)),
            }
        }
        b"range" => Expr::Range {
            sreg: u(1),
            op: u(2),
            from: data_value(d.get(3)),
            to: data_value(d.get(4)),
        },
        b"match" | b"target" => Expr::Xt {
            target: name == b"target",
            name: d.str(1).unwrap_or(""),
            rev: u(2),
            info: d.get(3).unwrap_or(&[]),
        },
        b"limit" => Expr::Limit {
            rate: d.get(1).and_then(be64).unwrap_or(0),
            unit: d.get(2).and_then(be64).unwrap_or(0),
            burst: u(3),
            kind: u(4),
            flags: u(5),
        },
        b"log" => Expr::Log {
            group: d.get(1).and_then(be16),
            prefix: d
                .get(2)
                .map_or(&[][..], |p| p.split(|&b| b == 0).next().unwrap_or(p)),
            snaplen: d.get(3).and_then(be32),
            qthreshold: d.get(4).and_then(be16),
        },
        b"lookup" => Expr::Lookup,
        // NFTA_*_DREG is attribute 1 of the expressions that load a register
        other => Expr::Other(std::str::from_utf8(other).unwrap_or(""), d.get(1).is_some()),
    }
}

// ---------------------------------------------------------------------------------------
// Writing, attribute by attribute as iptables-nft lays them out.

fn expr(w: &mut Writer, name: &str, data: impl FnOnce(&mut Writer)) {
    w.nest(LIST_ELEM, |w| {
        w.str(EXPR_NAME, name);
        w.nest(EXPR_DATA, data);
    });
}

fn value(w: &mut Writer, kind: u16, v: &[u8]) {
    w.nest(kind, |w| {
        w.put(DATA_VALUE, v);
    });
}

pub fn payload(w: &mut Writer, base: u32, offset: u32, len: u32) {
    expr(w, "payload", |w| {
        w.be32(1, REG_1).be32(2, base).be32(3, offset).be32(4, len);
    });
}

pub fn cmp(w: &mut Writer, op: u32, data: &[u8]) {
    expr(w, "cmp", |w| {
        w.be32(1, REG_1).be32(2, op);
        value(w, 3, data);
    });
}

pub fn bitwise(w: &mut Writer, mask: &[u8], xor: &[u8]) {
    expr(w, "bitwise", |w| {
        w.be32(1, REG_1).be32(2, REG_1).be32(3, mask.len() as u32);
        value(w, 4, mask);
        value(w, 5, xor);
    });
}

pub fn meta(w: &mut Writer, key: u32) {
    expr(w, "meta", |w| {
        w.be32(2, key).be32(1, REG_1);
    });
}

pub fn range(w: &mut Writer, op: u32, from: &[u8], to: &[u8]) {
    expr(w, "range", |w| {
        w.be32(1, REG_1).be32(2, op);
        value(w, 3, from);
        value(w, 4, to);
    });
}

pub fn counter(w: &mut Writer, packets: u64, bytes: u64) {
    expr(w, "counter", |w| {
        w.be64(1, bytes).be64(2, packets);
    });
}

/// A verdict: NF_ACCEPT/NF_DROP/NFT_RETURN, or a jump/goto to `chain`.
pub fn verdict(w: &mut Writer, code: i32, chain: Option<&str>) {
    expr(w, "immediate", |w| {
        w.be32(1, REG_VERDICT);
        w.nest(2, |w| {
            w.nest(DATA_VERDICT, |w| {
                w.be32(VERDICT_CODE, code as u32);
                if let Some(c) = chain {
                    w.str(VERDICT_CHAIN, c);
                }
            });
        });
    });
}

/// A packet rate limit (`rate` per `unit` seconds, `burst`), not inverted.
pub fn limit(w: &mut Writer, rate: u64, unit: u64, burst: u32) {
    expr(w, "limit", |w| {
        w.be64(1, rate)
            .be64(2, unit)
            .be32(3, burst)
            .be32(4, 0)
            .be32(5, 0);
    });
}

/// `value` loaded into register 9, then set as meta `key` (`meta nftrace set 1`).
pub fn meta_set_value(w: &mut Writer, key: u32, v: &[u8]) {
    expr(w, "immediate", |w| {
        w.be32(1, REG32_01);
        value(w, 2, v);
    });
    expr(w, "meta", |w| {
        w.be32(2, key).be32(3, REG32_01);
    });
}

/// A `log` to netlink group `group` (NFLOG).
pub fn log(
    w: &mut Writer,
    prefix: &str,
    group: u16,
    snaplen: Option<u32>,
    qthreshold: Option<u16>,
) {
    expr(w, "log", |w| {
        if !prefix.is_empty() {
            w.str(2, prefix);
        }
        w.put(1, &group.to_be_bytes());
        if let Some(n) = snaplen {
            w.be32(3, n);
        }
        if let Some(t) = qthreshold {
            w.put(4, &t.to_be_bytes());
        }
    });
}

/// An xtables `match` or `target` with its info blob.
pub fn xt(w: &mut Writer, target: bool, name: &str, rev: u32, info: &[u8]) {
    expr(w, if target { "target" } else { "match" }, |w| {
        w.str(1, name).be32(2, rev).put(3, info);
    });
}
