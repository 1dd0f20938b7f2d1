//! The rule model ⇄ nf_tables expressions, in iptables-nft 1.8.9's layout: interfaces,
//! protocol, addresses, fragments (native), the matches in order, a counter, the target;
//! and NFTA_RULE_COMPAT. Decoding reads what iptables-nft writes (and the native forms it
//! reads too); anything else makes the rule "incompatible".

use super::ext::{self, mark::MarkMatch, ports::Ports, verdict::Verdict, Match, Target};
use super::rule::{Iface, Net, Rule};
use crate::netlink::nft::expr::{
    self, Expr, BASE_NETWORK, BASE_TRANSPORT, META_IIFNAME, META_L4PROTO, META_MARK, META_OIFNAME,
    OP_EQ, OP_GT, OP_LTE, OP_NEQ,
};
use crate::netlink::nft::{self as nft, Writer};

/// What goes around the expressions of a NEWRULE/DELRULE request.
#[derive(Debug, Default, Clone, Copy)]
pub struct Place {
    pub handle: Option<u64>,
    pub position: Option<u64>,
}

/// A NEWRULE payload for `rule` in `table`/`chain`.
pub fn rule_msg(table: &str, chain: &str, rule: &Rule, place: Place) -> Writer {
    let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
    // most rules take 300-500 bytes: one allocation instead of a growth copy
    w.buf.reserve(508);
    w.str(nft::RULE_TABLE, table).str(nft::RULE_CHAIN, chain);
    if let Some(h) = place.handle {
        w.be64(nft::RULE_HANDLE, h);
    }
    if let Some(p) = place.position {
        w.be64(nft::RULE_POSITION, p);
    }
    w.nest(nft::RULE_EXPRESSIONS, |w| exprs(w, rule));
    let (proto, inv) = rule.proto.unwrap_or((0, false));
    w.nest(nft::RULE_COMPAT, |w| {
        w.be32(nft::RULE_COMPAT_PROTO, u32::from(proto))
            .be32(nft::RULE_COMPAT_FLAGS, if inv { 2 } else { 0 });
    });
    w
}

fn op(inv: bool) -> u32 {
    if inv {
        OP_NEQ
    } else {
        OP_EQ
    }
}

fn iface(w: &mut Writer, key: u32, i: &Iface) {
    expr::meta(w, key);
    if i.name == "+" {
        return;
    }
    match i.name.strip_suffix('+') {
        Some(prefix) => expr::cmp(w, op(i.inv), prefix.as_bytes()),
        None => {
            let mut v = i.name.as_bytes().to_vec();
            v.push(0);
            expr::cmp(w, op(i.inv), &v);
        }
    }
}

fn addr(w: &mut Writer, offset: u32, (net, inv): (Net, bool)) {
    match net.prefix() {
        Some(0) => {}
        Some(n) if n % 8 == 0 => {
            let len = (n / 8) as usize;
            expr::payload(w, BASE_NETWORK, offset, len as u32);
            expr::cmp(w, op(inv), &net.addr[..len]);
        }
        _ => {
            expr::payload(w, BASE_NETWORK, offset, 4);
            expr::bitwise(w, &net.mask, &[0; 4]);
            expr::cmp(w, op(inv), &net.addr);
        }
    }
}

/// The expressions of `rule`, in iptables-nft's order.
pub fn exprs(w: &mut Writer, rule: &Rule) {
    if let Some(i) = &rule.iif {
        iface(w, META_IIFNAME, i);
    }
    if let Some(i) = &rule.oif {
        iface(w, META_OIFNAME, i);
    }
    if let Some((p, inv)) = rule.proto {
        expr::meta(w, META_L4PROTO);
        expr::cmp(w, op(inv), &[p]);
    }
    if let Some(s) = rule.src {
        addr(w, 12, s);
    }
    if let Some(d) = rule.dst {
        addr(w, 16, d);
    }
    if let Some(frag) = rule.frag {
        expr::payload(w, BASE_NETWORK, 6, 2);
        expr::bitwise(w, &[0x1f, 0xff], &[0, 0]);
        expr::cmp(w, if frag { OP_NEQ } else { OP_EQ }, &[0, 0]);
    }
    for m in &rule.matches {
        m.encode(w);
    }
    expr::counter(w, rule.counters.0, rule.counters.1);
    rule.target.encode(w);
}

/// A REPLACE request for a dumped rule (NFT_MSG_NEWRULE payload) with every counter
/// expression set to zero; None when its counters are zero already. Expressions and user
/// data are copied as dumped.
pub fn zeroed_rule_msg(table: &str, chain: &str, payload: &[u8]) -> Option<Writer> {
    let r = nft::Rule::parse(payload)?;
    let mut counted = false;
    let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
    w.str(nft::RULE_TABLE, table)
        .str(nft::RULE_CHAIN, chain)
        .be64(nft::RULE_HANDLE, r.handle);
    w.nest(nft::RULE_EXPRESSIONS, |w| {
        for (elem, e) in expr::elements(r.exprs) {
            match e {
                Expr::Counter { packets, bytes } => {
                    counted |= (packets, bytes) != (0, 0);
                    expr::counter(w, 0, 0);
                }
                _ => {
                    w.nest(expr::LIST_ELEM, |w| w.buf.extend_from_slice(elem));
                }
            }
        }
    });
    if let Some(u) = r.userdata {
        w.put(nft::RULE_USERDATA, u);
    }
    counted.then_some(w)
}

/// Why a dumped rule cannot be shown as an iptables rule.
#[derive(Debug)]
pub struct Incompatible;

/// The rule a dumped rule's expressions say.
pub fn decode(exprs: &[u8]) -> Result<Rule, Incompatible> {
    let list: Vec<Expr> = expr::list(exprs).collect();
    let mut rule = Rule::default();
    let mut i = 0;
    let next = |i: usize| list.get(i + 1).copied();
    while i < list.len() {
        match list[i] {
            Expr::Meta { key, sreg: 0, .. } if key == META_IIFNAME || key == META_OIFNAME => {
                let iface = match next(i) {
                    Some(Expr::Cmp { op, data, .. }) if op == OP_EQ || op == OP_NEQ => {
                        i += 1;
                        // A name ends at its NUL (nft pads it to IFNAMSIZ); without one it
                        // is a prefix (`eth+`).
                        let name = match data.iter().position(|&b| b == 0) {
                            Some(end) => String::from_utf8_lossy(&data[..end]).into_owned(),
                            None => format!("{}+", String::from_utf8_lossy(data)),
                        };
                        Iface {
                            name,
                            inv: op == OP_NEQ,
                        }
                    }
                    _ => Iface {
                        name: "+".to_string(),
                        inv: false,
                    },
                };
                if key == META_IIFNAME {
                    rule.iif = Some(iface);
                } else {
                    rule.oif = Some(iface);
                }
            }
            Expr::Meta {
                key: META_L4PROTO,
                sreg: 0,
                ..
            } => match next(i) {
                Some(Expr::Cmp { op, data: [p], .. }) if op == OP_EQ || op == OP_NEQ => {
                    i += 1;
                    rule.proto = Some((*p, op == OP_NEQ));
                }
                _ => return Err(Incompatible),
            },
            Expr::Meta {
                key: META_MARK,
                sreg: 0,
                ..
            } => {
                let mut mask = u32::MAX;
                if let Some(Expr::Bitwise { mask: m, xor, .. }) = next(i) {
                    if xor.iter().any(|&b| b != 0) {
                        return Err(Incompatible);
                    }
                    mask = u32::from_ne_bytes(m.try_into().map_err(|_| Incompatible)?);
                    i += 1;
                }
                match next(i) {
                    Some(Expr::Cmp { op, data, .. }) if op == OP_EQ || op == OP_NEQ => {
                        i += 1;
                        rule.matches.push(Match::Mark(MarkMatch {
                            mark: u32::from_ne_bytes(data.try_into().map_err(|_| Incompatible)?),
                            mask,
                            inv: op == OP_NEQ,
                            given: true,
                        }));
                    }
                    _ => return Err(Incompatible),
                }
            }
            Expr::Payload {
                base: BASE_NETWORK,
                offset,
                len,
                ..
            } => {
                let mut mask: Option<&[u8]> = None;
                if let Some(Expr::Bitwise { mask: m, xor, .. }) = next(i) {
                    if xor.iter().any(|&b| b != 0) {
                        return Err(Incompatible);
                    }
                    mask = Some(m);
                    i += 1;
                }
                let Some(Expr::Cmp { op, data, .. }) = next(i) else {
                    return Err(Incompatible);
                };
                if op != OP_EQ && op != OP_NEQ {
                    return Err(Incompatible);
                }
                i += 1;
                let inv = op == OP_NEQ;
                match (offset, len) {
                    (6, 2) if mask == Some(&[0x1f, 0xff]) && data == [0, 0] => {
                        rule.frag = Some(inv);
                    }
                    (12 | 16, 1..=4) if data.len() == len as usize => {
                        let mut net = Net::default();
                        net.addr[..data.len()].copy_from_slice(data);
                        match mask {
                            Some(m) if m.len() == 4 && len == 4 => net.mask.copy_from_slice(m),
                            None => net.mask[..len as usize].fill(255),
                            _ => return Err(Incompatible),
                        }
                        if offset == 12 {
                            rule.src = Some((net, inv));
                        } else {
                            rule.dst = Some((net, inv));
                        }
                    }
                    _ => return Err(Incompatible),
                }
            }
            Expr::Payload {
                base: BASE_TRANSPORT,
                offset: 13,
                len: 1,
                ..
            } => {
                let (
                    Some(Expr::Bitwise {
                        mask: [m],
                        xor: [0],
                        ..
                    }),
                    Some(Expr::Cmp { op, data: [v], .. }),
                ) = (next(i), list.get(i + 2).copied())
                else {
                    return Err(Incompatible);
                };
                if op != OP_EQ && op != OP_NEQ {
                    return Err(Incompatible);
                }
                i += 2;
                let flags = Some((*m, *v, op == OP_NEQ));
                match rule.matches.last_mut() {
                    Some(Match::Ports(last)) if last.flags.is_none() => last.flags = flags,
                    _ => {
                        let mut p = Ports::new(rule.proto.map(|(p, _)| p).unwrap_or(6));
                        p.flags = flags;
                        rule.matches.push(Match::Ports(p));
                    }
                }
            }
            Expr::Payload {
                base: BASE_TRANSPORT,
                offset,
                len,
                ..
            } => {
                let proto = rule.proto.map(|(p, _)| p).unwrap_or(0);
                let mut ports = Ports::new(proto);
                let be = |d: &[u8]| -> Result<u16, Incompatible> {
                    Ok(u16::from_be_bytes(d.try_into().map_err(|_| Incompatible)?))
                };
                let span = match next(i) {
                    Some(Expr::Cmp { op, data, .. }) if len == 4 && op == OP_EQ => {
                        let s = be(data.get(..2).ok_or(Incompatible)?)?;
                        let d = be(data.get(2..).ok_or(Incompatible)?)?;
                        ports.sport = Some((s, s, false));
                        ports.dport = Some((d, d, false));
                        None
                    }
                    Some(Expr::Cmp { op, data, .. }) if len == 2 => {
                        let v = be(data)?;
                        Some(match op {
                            OP_EQ | OP_NEQ => (v, v, op == OP_NEQ),
                            OP_LTE => (0, v, false),
                            OP_GT => (0, v, true),
                            _ => return Err(Incompatible),
                        })
                    }
                    Some(Expr::Range { op, from, to, .. }) if len == 2 => {
                        (be(from)?, be(to)?, op == OP_NEQ).into()
                    }
                    _ => return Err(Incompatible),
                };
                i += 1;
                match (offset, span) {
                    (0, Some(s)) => ports.sport = Some(s),
                    (2, Some(s)) => ports.dport = Some(s),
                    (0, None) => {}
                    _ => return Err(Incompatible),
                }
                // One -m tcp shows both ports when they came as two loads.
                match rule.matches.last_mut() {
                    Some(Match::Ports(last))
                        if (last.sport.is_none() || ports.sport.is_none())
                            && (last.dport.is_none() || ports.dport.is_none()) =>
                    {
                        last.sport = last.sport.or(ports.sport);
                        last.dport = last.dport.or(ports.dport);
                    }
                    _ => rule.matches.push(Match::Ports(ports)),
                }
            }
            Expr::Xt {
                target: false,
                name,
                rev,
                info,
            } => {
                let mut m = Match::from_xt(name, rev, info).ok_or(Incompatible)?;
                if let Match::Multiport(mp) = &mut m {
                    mp.proto = rule.proto.map(|(p, _)| p);
                }
                rule.matches.push(m);
            }
            Expr::Counter { packets, bytes } => rule.counters = (packets, bytes),
            Expr::Limit {
                rate,
                unit,
                burst,
                kind: 0,
                flags: 0,
            } => rule
                .matches
                .push(Match::Limit(ext::limit::Limit { rate, unit, burst })),
            Expr::Immediate {
                dreg: 0,
                code: Some(code),
                chain,
                ..
            } => {
                rule.target = Target::Verdict(Verdict::decode(code, chain).ok_or(Incompatible)?);
            }
            Expr::Xt {
                target: true,
                name,
                rev,
                info,
            } => {
                rule.target = Target::from_xt(name, rev, info).ok_or(Incompatible)?;
            }
            _ => return Err(Incompatible),
        }
        i += 1;
    }
    Ok(rule)
}

/// The rule as the kernel would hold it, for comparing a command line with dumped rules:
/// empty `-m tcp` dropped, consecutive port matches merged (as decoding shows them).
pub fn canonical(rule: &Rule) -> Rule {
    let mut w = Writer::new(0, 0);
    exprs(&mut w, rule);
    // Re-reading our own encoding gives the decoded form.
    match decode(&w.buf[4..]) {
        Ok(mut r) => {
            r.counters = (0, 0);
            r
        }
        Err(_) => rule.clone(),
    }
}

/// The length of `rule`'s NFTA_RULE_EXPRESSIONS as the kernel dumps it (the request's,
/// plus the NFTA_BITWISE_OP the kernel adds to each bitwise): a rule of another length
/// cannot be this one, so most dumped rules are passed over without decoding them.
pub fn dumped_len(rule: &Rule) -> usize {
    let mut w = Writer::new(0, 0);
    exprs(&mut w, rule);
    let body = &w.buf[4..];
    let bitwise = expr::list(body)
        .filter(|e| matches!(e, Expr::Bitwise { .. }))
        .count();
    body.len() + 8 * bitwise
}

/// Whether two rules are the same rule (counters aside).
pub fn same(a: &Rule, b: &Rule) -> bool {
    // Field by field, counters left out (no copy of either rule: this runs per dumped rule).
    let Rule {
        src,
        dst,
        iif,
        oif,
        proto,
        frag,
        matches,
        target,
        counters: _,
    } = a;
    (src, dst, iif, oif, proto, frag) == (&b.src, &b.dst, &b.iif, &b.oif, &b.proto, &b.frag)
        && *matches == b.matches
        && *target == b.target
}
