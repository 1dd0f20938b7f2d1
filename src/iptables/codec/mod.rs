//! The rule model ⇄ nf_tables expressions, in iptables-nft 1.8.9's layout: interfaces,
//! protocol, addresses, fragments (native), the matches in order, a counter, the target;
//! and NFTA_RULE_COMPAT. Decoding (decode.rs) reads what iptables-nft writes and the native
//! forms it reads too.

mod decode;

pub use decode::{compatible, decode, decode_rule, Fail, NO_IFACE};

use super::family::Fam;
use super::rule::{Iface, Net, Rule};
use super::table::TableDef;
use crate::netlink::nft::expr::{
    self, Expr, BASE_NETWORK, META_IIFNAME, META_L4PROTO, META_OIFNAME, OP_EQ, OP_NEQ,
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
    let mut w = Writer::new(rule.fam.nfproto(), 0);
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
    compat(&mut w, rule.proto.unwrap_or((0, false)));
    w
}

/// NFTA_RULE_COMPAT: the protocol the xt extensions check the rule against.
fn compat(w: &mut Writer, (proto, inv): (u8, bool)) {
    w.nest(nft::RULE_COMPAT, |w| {
        w.be32(nft::RULE_COMPAT_PROTO, u32::from(proto))
            .be32(nft::RULE_COMPAT_FLAGS, if inv { 2 } else { 0 });
    });
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
    match (i.name.as_str(), i.name.strip_suffix('+')) {
        ("+", _) if i.inv => expr::cmp(w, OP_EQ, NO_IFACE),
        ("+", _) => {}
        (_, Some(prefix)) => expr::cmp(w, op(i.inv), prefix.as_bytes()),
        (name, None) => {
            let mut v = name.as_bytes().to_vec();
            v.push(0);
            expr::cmp(w, op(i.inv), &v);
        }
    }
}

fn addr(w: &mut Writer, offset: u32, (net, inv): (Net, bool)) {
    let size = net.fam.addr_len();
    match net.prefix() {
        Some(0) if !inv => {}
        Some(n) if n % 8 == 0 => {
            let len = (n / 8) as usize;
            expr::payload(w, BASE_NETWORK, offset, len as u32);
            expr::cmp(w, op(inv), &net.addr[..len]);
        }
        _ => {
            expr::payload(w, BASE_NETWORK, offset, size as u32);
            expr::bitwise(w, net.mask_bytes(), &[0; 16][..size]);
            expr::cmp(w, op(inv), net.addr_bytes());
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
        addr(w, rule.fam.src_offset(), s);
    }
    if let Some(d) = rule.dst {
        addr(w, rule.fam.dst_offset(), d);
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
/// expression set to zero; None when its counters are zero already (unless `always`). Expressions and user
/// data are copied as dumped; NFTA_RULE_COMPAT (which the kernel does not dump) is the
/// protocol the rule compares, as the xt extensions in it were checked against.
pub fn zeroed_rule_msg(
    table: &TableDef,
    chain: &str,
    payload: &[u8],
    always: bool,
) -> Option<Writer> {
    let r = nft::Rule::parse(payload)?;
    let mut counted = false;
    let mut proto = (0, false);
    let mut last_meta = None;
    let mut w = Writer::new(table.fam.nfproto(), 0);
    w.str(nft::RULE_TABLE, table.name)
        .str(nft::RULE_CHAIN, chain)
        .be64(nft::RULE_HANDLE, r.handle);
    w.nest(nft::RULE_EXPRESSIONS, |w| {
        for (elem, e) in expr::elements(r.exprs) {
            match e {
                Expr::Counter { packets, bytes } => {
                    counted |= (packets, bytes) != (0, 0);
                    expr::counter(w, 0, 0);
                    continue;
                }
                Expr::Meta { key, sreg: 0, .. } => last_meta = Some(key),
                Expr::Cmp {
                    op: o @ (OP_EQ | OP_NEQ),
                    data: [p],
                    ..
                } if last_meta == Some(META_L4PROTO) && proto == (0, false) => {
                    proto = (*p, o == OP_NEQ);
                }
                _ => last_meta = None,
            }
            w.nest(expr::LIST_ELEM, |w| w.buf.extend_from_slice(elem));
        }
    });
    if let Some(u) = r.userdata {
        w.put(nft::RULE_USERDATA, u);
    }
    // as iptables-nft rebuilds it: a rule of no protocol without NFTA_RULE_COMPAT, unless
    // it was named
    if proto != (0, false) || always {
        compat(&mut w, proto);
    }
    (counted || always).then_some(w)
}

/// The rule as the kernel would hold it, for comparing a command line with dumped rules:
/// encoded as iptables-nft writes it and read back, as iptables compares them.
pub fn canonical(rule: &Rule) -> Rule {
    let mut w = Writer::new(0, 0);
    exprs(&mut w, rule);
    match decode(&w.buf[4..], None, rule.fam) {
        Ok(mut r) => {
            r.counters = (0, 0);
            r
        }
        Err(_) => rule.clone(),
    }
}

/// Whether two rules are the same rule (counters aside).
pub fn same(a: &Rule, b: &Rule) -> bool {
    // Field by field, counters left out (no copy of either rule: this runs per dumped rule).
    let Rule {
        fam: _,
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
    let nets = match a.fam {
        Fam::V4 => (src, dst) == (&b.src, &b.dst),
        // ip6tables compares the addresses (masked) and their `!`, not the masks
        Fam::V6 => {
            let key = |n: &Option<(Net, bool)>| n.map_or(([0; 16], false), |(n, i)| (n.addr, i));
            key(src) == key(&b.src) && key(dst) == key(&b.dst)
        }
    };
    nets && (iif, oif, proto, frag) == (&b.iif, &b.oif, &b.proto, &b.frag)
        && *matches == b.matches
        && *target == b.target
}
