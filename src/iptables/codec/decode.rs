//! A dumped rule's expressions → the rule iptables shows, as iptables-nft 1.8.9 reads them.
//!
//! A load (payload or meta) only notes what register 1 holds, a bitwise notes its mask;
//! each compare (or range) then writes one field of the rule from them, a later one over an
//! earlier. Set lookups are passed over; a verdict replaces any target before it; the last
//! counter is the rule's; nft's rule comment (user data) is a comment match at the end.
//! What iptables cannot put into words stops the listing with its reason ([`Fail`]); rules
//! holding expressions it does not read at all make their chain incompatible
//! ([`compatible`], checked before anything of a listing is printed).

use crate::iptables::ext::{
    self, comment, hl, icmp, icmp6, limit, mark, nflog, pkttype, ports, trace, ttl,
    verdict::Verdict, Ext, Target,
};
use crate::iptables::family::Fam;
use crate::iptables::rule::{Iface, Net, Rule};
use crate::netlink::nft::expr::{
    self, Expr, BASE_NETWORK, BASE_TRANSPORT, META_IIF, META_IIFNAME, META_L4PROTO, META_MARK,
    META_NFTRACE, META_OIF, META_OIFNAME, META_PKTTYPE, NFT_CONTINUE, OP_EQ, OP_NEQ,
};
use crate::netlink::nft::Rule as Dumped;

/// NFT_CMP_LT/LTE/GT/GTE.
const OP_LT: u32 = 2;
const OP_LTE: u32 = 3;
const OP_GT: u32 = 4;
const OP_GTE: u32 = 5;

/// The interface name iptables-nft compares with for `! -i +` (no interface has this name,
/// so the inverted wildcard matches nothing).
pub const NO_IFACE: &[u8] = b"INVAL/D\0";

/// ip6tables' complaint at an icmpv6 code compare (said once for each; the second time
/// with its own `Error: `).
const ICMP6_CODE: &str = "icmp6 code with any type match not supported";
const ICMP6_CODES: &str = "icmp6 code with any type match not supported\nError: icmp6 code with any type match not supported";

/// ip6tables' complaint at a hop limit bound no hl match says (>= 0, <= 255).
const BAD_HL: &str = "invalid ttl field match";

/// Why iptables cannot show a rule it reads: the text after `Error: `.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fail(pub &'static str);

/// Whether iptables reads this expression (a rule with one it does not read makes its
/// chain, and a listing of its table, "incompatible").
pub fn compatible(e: &Expr) -> bool {
    match *e {
        Expr::Other(..) => false,
        Expr::Limit { kind, flags, .. } => kind == 0 && flags == 0,
        Expr::Log { group, .. } => group.is_some(),
        _ => true,
    }
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
    /// The tcp/udp and icmp matches the native transport pieces go into.
    ports: Option<usize>,
    icmp: Option<usize>,
    /// icmpv6 code compares seen (ip6tables refuses the rule, once a compare).
    icmp6_codes: u8,
}

/// The rule a dumped rule (its expressions and user data) says.
pub fn decode_rule(r: &Dumped, fam: Fam) -> Result<Rule, Fail> {
    decode(r.exprs, r.userdata, fam)
}

/// The rule `exprs` (an NFTA_RULE_EXPRESSIONS nest) and `userdata` say.
pub fn decode(exprs: &[u8], userdata: Option<&[u8]>, fam: Fam) -> Result<Rule, Fail> {
    let mut d = Decoder {
        rule: Rule {
            fam,
            ..Rule::default()
        },
        reg: None,
        mask: None,
        ports: None,
        icmp: None,
        icmp6_codes: 0,
    };
    for e in expr::list(exprs) {
        d.one(e)?;
    }
    match d.icmp6_codes {
        0 => {}
        1 => return Err(Fail(ICMP6_CODE)),
        _ => return Err(Fail(ICMP6_CODES)),
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

fn be16(d: &[u8]) -> u16 {
    match d {
        [a, b, ..] => u16::from_be_bytes([*a, *b]),
        [a] => u16::from(*a) << 8,
        [] => 0,
    }
}

fn ne32(d: &[u8]) -> u32 {
    let mut b = [0u8; 4];
    let n = d.len().min(4);
    b[..n].copy_from_slice(&d[..n]);
    u32::from_ne_bytes(b)
}

impl<'a> Decoder<'a> {
    fn one(&mut self, e: Expr<'a>) -> Result<(), Fail> {
        match e {
            Expr::Meta { key, sreg: 0, .. } => {
                self.reg = Some(Load::Meta(key));
                self.mask = None;
                // `-i +`: a name load compared with nothing
                if key == META_IIFNAME || key == META_OIFNAME {
                    self.iface(key, b"", OP_EQ);
                }
            }
            Expr::Meta {
                key: META_NFTRACE, ..
            } => self.rule.target = Target::Ext(trace::native()),
            Expr::Meta { .. } => return Err(Fail("meta sreg key not supported")),
            Expr::Payload {
                sreg: 0,
                base,
                offset,
                len,
                ..
            } => {
                self.reg = Some(Load::Payload { base, offset, len });
                self.mask = None;
            }
            // a write to the packet: nothing iptables shows
            Expr::Payload { .. } => {}
            Expr::Bitwise { mask, .. } => self.mask = Some(mask),
            Expr::Cmp { op, data, .. } => self.cmp(op, data)?,
            Expr::Range { op, from, to, .. } => self.range(op, from, to)?,
            Expr::Counter { packets, bytes } => self.rule.counters = (packets, bytes),
            Expr::Limit {
                rate,
                unit,
                burst,
                kind: 0,
                flags: 0,
            } => self.rule.matches.push(limit::native(rate, unit, burst)),
            Expr::Log {
                group: Some(g),
                prefix,
                snaplen,
                qthreshold,
            } => {
                let t = nflog::native(g, prefix, snaplen, qthreshold.unwrap_or(0));
                self.rule.target = Target::Ext(t);
            }
            Expr::Immediate {
                dreg: 0,
                code: Some(code),
                chain,
                ..
            } => {
                self.rule.target = match Verdict::decode(code, chain) {
                    Some(v) => Target::Verdict(v),
                    None if code == NFT_CONTINUE => Target::None,
                    None => return Ok(()),
                };
            }
            // data for a register (read by what comes next, nothing to show)
            Expr::Immediate { .. } => self.reg = None,
            Expr::Xt {
                target,
                name,
                rev,
                info,
            } => {
                if let Some(x) = ext::from_xt(target, name, rev, info, self.rule.fam) {
                    if target {
                        self.rule.target = Target::Ext(x);
                    } else {
                        self.rule.matches.push(x);
                    }
                }
            }
            Expr::Lookup => {}
            // What iptables does not read is passed over; a load of it leaves register 1
            // undefined for the compare that follows.
            Expr::Other(_, loads) => {
                if loads {
                    self.reg = None;
                }
            }
            Expr::Limit { .. } | Expr::Log { .. } => {}
        }
        Ok(())
    }

    fn cmp(&mut self, op: u32, data: &[u8]) -> Result<(), Fail> {
        let inv = op == OP_NEQ;
        match self.reg.ok_or(Fail("cmp sreg undef"))? {
            Load::Meta(key @ (META_IIFNAME | META_OIFNAME)) => self.iface(key, data, op),
            Load::Meta(key @ (META_IIF | META_OIF)) => {
                // looked up now; an index no link has is an empty name
                let name = nix::net::if_::if_indextoname(ne32(data))
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let mut v = name.into_bytes();
                v.push(0);
                self.iface(
                    if key == META_IIF {
                        META_IIFNAME
                    } else {
                        META_OIFNAME
                    },
                    &v,
                    op,
                );
            }
            Load::Meta(META_L4PROTO) => self.proto(data, inv),
            Load::Meta(META_MARK) => {
                let mask = self.mask.map_or(u32::MAX, ne32);
                self.rule.matches.push(mark::native(ne32(data), mask, inv));
            }
            Load::Meta(META_PKTTYPE) => {
                let t = u32::from(data.first().copied().unwrap_or(0));
                self.rule.matches.push(pkttype::native(t, inv));
            }
            Load::Meta(_) if self.rule.fam == Fam::V6 => return Err(Fail("unknown ipv6 meta key")),
            Load::Meta(_) => return Err(Fail("unknown ipv4 meta key")),
            Load::Payload {
                base: BASE_NETWORK,
                offset,
                len,
            } => self.network(offset, len, op, data)?,
            Load::Payload {
                base: BASE_TRANSPORT,
                offset,
                len,
            } => self.transport(offset, len, op, data)?,
            Load::Payload { .. } => return Err(Fail("unknown payload base")),
        }
        Ok(())
    }

    fn proto(&mut self, data: &[u8], inv: bool) {
        let p = data.first().copied().unwrap_or(0);
        self.rule.proto = (p != 0 || inv).then_some((p, inv));
    }

    fn iface(&mut self, key: u32, data: &[u8], op: u32) {
        // A name ends at its NUL (nft pads it to IFNAMSIZ); without one it is a prefix
        // (`eth+`); nothing compared is every name (`+`).
        let iface = if data == NO_IFACE && op == OP_EQ {
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

    fn network(&mut self, offset: u32, len: u32, op: u32, data: &[u8]) -> Result<(), Fail> {
        let inv = op == OP_NEQ;
        let fam = self.rule.fam;
        let size = fam.addr_len();
        let (src, dst) = (fam.src_offset(), fam.dst_offset());
        match (fam, offset, len) {
            (_, o, 1..) if (o == src || o == dst) && len as usize <= size => {
                let slot = if o == src {
                    &mut self.rule.src
                } else {
                    &mut self.rule.dst
                };
                let mut net = slot.map(|(n, _)| n).unwrap_or(Net::any(fam));
                net.addr = [0; 16];
                let n = data.len().min(size);
                net.addr[..n].copy_from_slice(&data[..n]);
                match self.mask {
                    Some(m) => {
                        let k = m.len().min(size);
                        net.mask = [0; 16];
                        net.mask[..k].copy_from_slice(&m[..k]);
                    }
                    None => net.mask[..len as usize].fill(255),
                }
                *slot = Some((net, inv));
            }
            (Fam::V4, 9, 1) => self.proto(data, inv),
            (Fam::V4, 8, 1) => {
                let v = data.first().copied().unwrap_or(0);
                let (mode, v) = match op {
                    OP_NEQ => (ttl::NE, v),
                    OP_LT => (ttl::LT, v),
                    OP_LTE => (ttl::LT, v.wrapping_add(1)),
                    OP_GT => (ttl::GT, v),
                    OP_GTE => (ttl::GT, v.wrapping_sub(1)),
                    _ => (ttl::EQ, v),
                };
                self.rule.matches.push(ttl::native(mode, v));
            }
            (Fam::V4, 6, 2) if self.mask.is_some() => self.rule.frag = Some(inv),
            // ip6 hoplimit; ip6tables-nft reads a next header compare as the protocol and
            // as a hop limit too (of 0 when the hop limit is compared with it)
            (Fam::V6, 6 | 7, 1) | (Fam::V6, 6, 2) => {
                if offset == 6 {
                    self.proto(data, inv);
                }
                let v = match len {
                    1 => data.first().copied().unwrap_or(0),
                    _ => 0,
                };
                let (mode, v) = match op {
                    OP_NEQ => (hl::NE, v),
                    OP_LT => (hl::LT, v),
                    OP_LTE => (hl::LT, v.checked_add(1).ok_or(Fail(BAD_HL))?),
                    OP_GT => (hl::GT, v),
                    OP_GTE => (hl::GT, v.checked_sub(1).ok_or(Fail(BAD_HL))?),
                    _ => (hl::EQ, v),
                };
                self.rule.matches.push(hl::native(mode, v));
            }
            _ => return Err(Fail("unknown payload offset")),
        }
        Ok(())
    }

    /// The rule's protocol, for the transport header: tcp/udp, icmp or (ip6tables) icmpv6.
    fn l4(&self) -> Result<u8, Fail> {
        match self.rule.proto {
            Some((p @ (1 | 6 | 17), _)) => Ok(p),
            Some((58, _)) if self.rule.fam.is_v6() => Ok(58),
            _ => Err(Fail("unsupported layer 4 protocol value")),
        }
    }

    fn transport(&mut self, offset: u32, len: u32, op: u32, data: &[u8]) -> Result<(), Fail> {
        let p = self.l4()?;
        if p == 1 {
            return self.icmp(offset, len, data);
        }
        if p == 58 {
            return self.icmp6(offset, len, data);
        }
        let v = be16(data);
        match (offset, len) {
            (0, 4) => {
                let d = be16(data.get(2..).unwrap_or(&[]));
                self.port(true, op, v)?;
                self.port(false, op, d)
            }
            (0 | 2, 2) => self.port(offset == 0, op, v),
            (13, 1) if p == 6 => {
                let m = self.mask.and_then(|m| m.first().copied()).unwrap_or(0xff);
                let e = self.ports_match()?;
                ports::set_flags(e, m, data.first().copied().unwrap_or(0), op == OP_NEQ);
                Ok(())
            }
            // other fields of the header: nothing iptables shows
            _ => Ok(()),
        }
    }

    /// The match native transport pieces go into: made at the first piece.
    fn ports_match(&mut self) -> Result<&mut Ext, Fail> {
        let proto = self.rule.proto.map_or(0, |(p, _)| p);
        let i = match self.ports {
            Some(i) => i,
            None => {
                self.rule.matches.push(ports::native(proto));
                self.rule.matches.len() - 1
            }
        };
        self.ports = Some(i);
        self.rule
            .matches
            .get_mut(i)
            .ok_or(Fail("unsupported layer 4 protocol value"))
    }

    /// One compare of a port: equal (or not), or one bound of its span.
    fn port(&mut self, source: bool, op: u32, v: u16) -> Result<(), Fail> {
        let e = self.ports_match()?;
        let (a, b, inv) = ports::span_of_side(e, source);
        let span = match op {
            OP_EQ | OP_NEQ => (v, v, op == OP_NEQ),
            OP_LT => (a, v.saturating_sub(1), inv),
            OP_LTE => (a, v, inv),
            OP_GT => (v.saturating_add(1), b, inv),
            OP_GTE => (v, b, inv),
            _ => (a, b, inv),
        };
        ports::set_span(e, source, span);
        Ok(())
    }

    fn range(&mut self, op: u32, from: &[u8], to: &[u8]) -> Result<(), Fail> {
        match self.reg {
            Some(Load::Payload {
                base: BASE_TRANSPORT,
                offset: offset @ (0 | 2),
                len: 2,
            }) if matches!(self.l4()?, 6 | 17) => {
                let e = self.ports_match()?;
                ports::set_span(e, offset == 0, (be16(from), be16(to), op == OP_NEQ));
                Ok(())
            }
            _ => Err(Fail("range with unknown payload base")),
        }
    }

    /// icmpv6 type (and code): a match of its own for each compare (their inversion is not
    /// kept); a code compared alone is refused.
    fn icmp6(&mut self, offset: u32, len: u32, data: &[u8]) -> Result<(), Fail> {
        let b = |k: usize| data.get(k).copied().unwrap_or(0);
        let mut e = icmp6::native();
        match (offset, len) {
            (0, 1) => icmp6::set_type(&mut e, b(0)),
            (0, 2) => {
                icmp6::set_type(&mut e, b(0));
                icmp6::set_code(&mut e, b(1));
            }
            (1, 1) => {
                self.icmp6_codes = self.icmp6_codes.saturating_add(1);
                return Ok(());
            }
            _ => return Err(Fail("unexpected payload offset")),
        }
        self.rule.matches.push(e);
        Ok(())
    }

    /// icmp type and code (their inversion is not kept).
    fn icmp(&mut self, offset: u32, len: u32, data: &[u8]) -> Result<(), Fail> {
        let i = match self.icmp {
            Some(i) => i,
            None => {
                self.rule.matches.push(icmp::native());
                self.rule.matches.len() - 1
            }
        };
        self.icmp = Some(i);
        let Some(e) = self.rule.matches.get_mut(i) else {
            return Ok(());
        };
        let b = |k: usize| data.get(k).copied().unwrap_or(0);
        match (offset, len) {
            (0, 1) => icmp::set_type(e, b(0)),
            (1, 1) => icmp::set_code(e, b(0)),
            (0, 2) => {
                icmp::set_type(e, b(0));
                icmp::set_code(e, b(1));
            }
            _ => return Err(Fail("unexpected payload offset")),
        }
        Ok(())
    }
}
