//! A dumped rule's expressions → the rule iptables shows, as iptables-nft 1.8.9 reads them:
//! a load into register 1 (meta key or payload), an optional mask, then a compare (or a
//! range) that says what the load is matched against; xt matches and targets; the counter;
//! the verdict; rule comments (nft user data) as a comment match at the end.

use crate::iptables::ext::{self, comment, limit, mark, ports, verdict::Verdict, Ext, Target};
use crate::iptables::rule::{Iface, Net, Rule};
use crate::netlink::nft::expr::{
    self, Expr, BASE_NETWORK, BASE_TRANSPORT, META_IIFNAME, META_L4PROTO, META_MARK, META_OIFNAME,
    OP_EQ, OP_GT, OP_LTE, OP_NEQ,
};
use crate::netlink::nft::Rule as Dumped;

/// A rule iptables cannot show (the table it is in is "incompatible").
#[derive(Debug)]
pub struct Incompatible;

/// The expressions iptables-nft 1.8.9 reads; a rule with any other makes its table one
/// iptables cannot list.
const KNOWN: &[&str] = &[
    "match",
    "target",
    "payload",
    "meta",
    "cmp",
    "bitwise",
    "counter",
    "immediate",
    "lookup",
    "range",
    "limit",
];

/// Whether every expression of a rule is one iptables reads (checked for a whole table
/// before any of it is shown).
pub fn compatible(exprs: &[u8]) -> bool {
    expr::names(exprs).all(|n| KNOWN.iter().any(|k| k.as_bytes() == n))
}

/// What register 1 holds.
#[derive(Clone, Copy)]
enum Load {
    Meta(u32),
    Payload { base: u32, offset: u32, len: u32 },
}

struct Decoder<'a> {
    rule: Rule,
    reg: Option<Load>,
    mask: Option<&'a [u8]>,
    /// The tcp/udp match the native transport pieces go into.
    native_ports: Option<usize>,
}

/// The rule a dumped rule (its expressions and user data) says.
pub fn decode_rule(r: &Dumped) -> Result<Rule, Incompatible> {
    decode(r.exprs, r.userdata)
}

/// The rule `exprs` (an NFTA_RULE_EXPRESSIONS nest) and `userdata` say.
pub fn decode(exprs: &[u8], userdata: Option<&[u8]>) -> Result<Rule, Incompatible> {
    let mut d = Decoder {
        rule: Rule::default(),
        reg: None,
        mask: None,
        native_ports: None,
    };
    for e in expr::list(exprs) {
        d.one(e)?;
    }
    if let Some(text) = userdata.and_then(comment_of) {
        d.rule.matches.push(comment::from_text(text));
    }
    Ok(d.rule)
}

/// The comment in nft's rule user data (type-length-value records; type 0 is the comment).
fn comment_of(u: &[u8]) -> Option<&[u8]> {
    let mut rest = u;
    while rest.len() >= 2 {
        let (kind, len) = (rest[0], usize::from(rest[1]));
        let value = rest.get(2..2 + len)?;
        if kind == 0 {
            let end = value.iter().position(|&b| b == 0).unwrap_or(value.len());
            return Some(&value[..end]);
        }
        rest = &rest[2 + len..];
    }
    None
}

fn be16(d: &[u8]) -> Result<u16, Incompatible> {
    Ok(u16::from_be_bytes(d.try_into().map_err(|_| Incompatible)?))
}

impl<'a> Decoder<'a> {
    fn one(&mut self, e: Expr<'a>) -> Result<(), Incompatible> {
        match e {
            Expr::Meta { key, sreg: 0, .. } => {
                self.reg = Some(Load::Meta(key));
                self.mask = None;
                // `-i +`: a load compared with nothing
                if key == META_IIFNAME || key == META_OIFNAME {
                    self.iface(key, b"", OP_EQ);
                }
            }
            Expr::Payload {
                base, offset, len, ..
            } => {
                self.reg = Some(Load::Payload { base, offset, len });
                self.mask = None;
            }
            Expr::Bitwise { mask, xor, .. } => {
                if xor.iter().any(|&b| b != 0) {
                    return Err(Incompatible);
                }
                self.mask = Some(mask);
            }
            Expr::Cmp { op, data, .. } => self.cmp(op, data)?,
            Expr::Range { op, from, to, .. } => {
                let Some(Load::Payload {
                    base: BASE_TRANSPORT,
                    offset,
                    len: 2,
                }) = self.reg
                else {
                    return Err(Incompatible);
                };
                self.port(offset, (be16(from)?, be16(to)?, op == OP_NEQ))?;
            }
            Expr::Counter { packets, bytes } => self.rule.counters = (packets, bytes),
            Expr::Limit {
                rate,
                unit,
                burst,
                kind: 0,
                flags: 0,
            } => self.rule.matches.push(limit::native(rate, unit, burst)),
            Expr::Immediate {
                dreg: 0,
                code: Some(code),
                chain,
                ..
            } => {
                self.rule.target =
                    Target::Verdict(Verdict::decode(code, chain).ok_or(Incompatible)?);
            }
            Expr::Xt {
                target,
                name,
                rev,
                info,
            } => {
                let x = ext::from_xt(target, name, rev, info).ok_or(Incompatible)?;
                if target {
                    self.rule.target = Target::Ext(x);
                } else {
                    self.rule.matches.push(x);
                }
            }
            _ => return Err(Incompatible),
        }
        Ok(())
    }

    fn cmp(&mut self, op: u32, data: &[u8]) -> Result<(), Incompatible> {
        let inv = op == OP_NEQ;
        match self.reg.ok_or(Incompatible)? {
            Load::Meta(key @ (META_IIFNAME | META_OIFNAME)) => {
                if op != OP_EQ && op != OP_NEQ {
                    return Err(Incompatible);
                }
                self.iface(key, data, op);
            }
            Load::Meta(META_L4PROTO) => match data {
                [p] if op == OP_EQ || op == OP_NEQ => self.rule.proto = Some((*p, inv)),
                _ => return Err(Incompatible),
            },
            Load::Meta(META_MARK) => {
                if op != OP_EQ && op != OP_NEQ {
                    return Err(Incompatible);
                }
                let word = |d: &[u8]| {
                    d.try_into()
                        .map(u32::from_ne_bytes)
                        .map_err(|_| Incompatible)
                };
                let mask = self.mask.map_or(Ok(u32::MAX), word)?;
                self.rule.matches.push(mark::native(word(data)?, mask, inv));
            }
            Load::Payload {
                base: BASE_NETWORK,
                offset,
                len,
            } => self.network(offset, len, op, data)?,
            Load::Payload {
                base: BASE_TRANSPORT,
                offset: 13,
                len: 1,
            } => {
                let (Some([m]), [v]) = (self.mask, data) else {
                    return Err(Incompatible);
                };
                if op != OP_EQ && op != OP_NEQ {
                    return Err(Incompatible);
                }
                let (m, v) = (*m, *v);
                let e = self.ports_match()?;
                ports::set_flags(e, m, v, inv);
            }
            Load::Payload {
                base: BASE_TRANSPORT,
                offset,
                len,
            } => {
                if len == 4 && offset == 0 && op == OP_EQ {
                    let (s, d) = (
                        be16(data.get(..2).ok_or(Incompatible)?)?,
                        be16(data.get(2..).ok_or(Incompatible)?)?,
                    );
                    self.port(0, (s, s, false))?;
                    self.port(2, (d, d, false))?;
                    return Ok(());
                }
                if len != 2 {
                    return Err(Incompatible);
                }
                let v = be16(data)?;
                let span = match op {
                    OP_EQ | OP_NEQ => (v, v, inv),
                    OP_LTE => (0, v, false),
                    OP_GT => (0, v, true),
                    _ => return Err(Incompatible),
                };
                self.port(offset, span)?;
            }
            _ => return Err(Incompatible),
        }
        Ok(())
    }

    fn iface(&mut self, key: u32, data: &[u8], op: u32) {
        // A name ends at its NUL (nft pads it to IFNAMSIZ); without one it is a prefix
        // (`eth+`); nothing compared is every name (`+`).
        let iface = if data == super::NO_IFACE && op == OP_EQ {
            Iface {
                name: "+".to_string(),
                inv: true,
            }
        } else {
            let name = match data.iter().position(|&b| b == 0) {
                Some(end) => String::from_utf8_lossy(&data[..end]).into_owned(),
                None => format!("{}+", String::from_utf8_lossy(data)),
            };
            Iface {
                name,
                inv: op == OP_NEQ,
            }
        };
        if key == META_IIFNAME {
            self.rule.iif = Some(iface);
        } else {
            self.rule.oif = Some(iface);
        }
    }

    fn network(&mut self, offset: u32, len: u32, op: u32, data: &[u8]) -> Result<(), Incompatible> {
        if op != OP_EQ && op != OP_NEQ {
            return Err(Incompatible);
        }
        let inv = op == OP_NEQ;
        match (offset, len) {
            (6, 2) if self.mask == Some(&[0x1f, 0xff]) && data == [0, 0] => {
                self.rule.frag = Some(inv);
            }
            (12 | 16, 1..=4) if data.len() == len as usize => {
                let mut net = Net::default();
                net.addr[..data.len()].copy_from_slice(data);
                match self.mask {
                    Some(m) if m.len() == 4 && len == 4 => net.mask.copy_from_slice(m),
                    None => net.mask[..len as usize].fill(255),
                    _ => return Err(Incompatible),
                }
                if offset == 12 {
                    self.rule.src = Some((net, inv));
                } else {
                    self.rule.dst = Some((net, inv));
                }
            }
            (9, 1) if self.mask.is_none() && data.len() == 1 => {
                self.rule.proto = Some((data[0], inv));
            }
            _ => return Err(Incompatible),
        }
        Ok(())
    }

    /// The match native transport pieces go into: made at the first piece.
    fn ports_match(&mut self) -> Result<&mut Ext, Incompatible> {
        let i = match self.native_ports {
            Some(i) => i,
            None => {
                let proto = self.rule.proto.map_or(0, |(p, _)| p);
                self.rule.matches.push(ports::native(proto));
                self.rule.matches.len() - 1
            }
        };
        self.native_ports = Some(i);
        self.rule.matches.get_mut(i).ok_or(Incompatible)
    }

    fn port(&mut self, offset: u32, span: (u16, u16, bool)) -> Result<(), Incompatible> {
        if offset != 0 && offset != 2 {
            return Err(Incompatible);
        }
        let e = self.ports_match()?;
        ports::set_span(e, offset == 0, span);
        Ok(())
    }
}
