//! Lightweight tunnel encapsulations (`encap mpls|ip|ip6 …`) as the nexthop and route
//! commands read and print them: the words after `encap` into an encap type and the nest's
//! payload, and a received nest back into text.

use crate::cli::num::{get_u8, strtoul};
use crate::cli::{duparg2, incomplete, invarg, Args};
use crate::error::{Error, Result};
use crate::ip::prefix::get_addr;
use crate::ip::rtnames;
use crate::netlink::attr::{self, be64_of, Table};
use crate::netlink::rtnl::lwt::*;
use crate::netlink::rtnl::{ip_of, AF_INET, AF_INET6};
use crate::output::{IpText, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

/// The encap types ip names, with their numbers; the ones ipkit reads are marked.
const TYPES: &[(&str, u16, bool)] = &[
    ("mpls", LWTUNNEL_ENCAP_MPLS, true),
    ("ip", LWTUNNEL_ENCAP_IP, true),
    ("ila", 3, false),
    ("ip6", LWTUNNEL_ENCAP_IP6, true),
    ("seg6", 5, false),
    ("bpf", 6, false),
    ("seg6local", 7, false),
    ("rpl", 8, false),
    ("ioam6", 9, false),
    ("xfrm", 10, false),
];

/// A parsed encapsulation: its type and the attributes of its nest.
pub struct Encap {
    pub kind: u16,
    pub data: Vec<u8>,
}

/// The words after `encap`: TYPE and its header, up to the first word that is not the
/// header's (left for the caller).
pub fn parse(args: &mut Args) -> Result<Encap> {
    let t = args.value()?.to_string();
    let Some(&(_, kind, known)) = TYPES.iter().find(|(n, _, _)| *n == t) else {
        return Err(invarg("\"encap type\" value is invalid\n", &t));
    };
    if args.is_empty() {
        return Err(incomplete());
    }
    if args.len() < 2 {
        return Err(Error::ip_usage(
            "Error: unexpected end of line after \"encap\"",
        ));
    }
    if !known {
        return Err(Error::ip_usage(format_args!(
            "Error: ipkit does not read \"encap {t}\" yet"
        )));
    }
    let items = match kind {
        LWTUNNEL_ENCAP_MPLS => mpls(args)?,
        _ => ip(args, kind == LWTUNNEL_ENCAP_IP6)?,
    };
    Ok(Encap {
        kind,
        data: attr::emit_all(&items),
    })
}

/// `LABEL[/LABEL…] [ttl TTL]`.
fn mpls(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let w = args.value()?.to_string();
    let mut stack = Vec::new();
    let labels: Vec<&str> = w.split('/').collect();
    for (i, l) in labels.iter().enumerate() {
        let Some(v) = strtoul(l, 0).filter(|&v| v < 1 << 20) else {
            return Err(Error::ip_fail(format_args!(
                "Error: mpls address is expected rather than \"{w}\"."
            )));
        };
        let mut e = (v as u32) << MPLS_LS_LABEL_SHIFT;
        if i + 1 == labels.len() {
            e |= MPLS_LS_S_MASK;
        }
        stack.extend_from_slice(&e.to_be_bytes());
    }
    let mut items = vec![attr::bytes(MPLS_IPTUNNEL_DST, &stack)];
    let mut ttl = None;
    while args.peek() == Some("ttl") {
        args.next();
        let v = args.value()?.to_string();
        if ttl.is_some() {
            return Err(duparg2("ttl", &v));
        }
        let t = get_u8(&v).ok_or_else(|| invarg("\"ttl\" value is invalid\n", &v))?;
        ttl = Some(t);
        items.push(attr::u8(MPLS_IPTUNNEL_TTL, t));
    }
    Ok(items)
}

/// `id ID dst ADDR src ADDR tos|tc T ttl|hoplimit N key csum seq`, in any order.
fn ip(args: &mut Args, v6: bool) -> Result<Vec<DefaultNla>> {
    let family = if v6 { AF_INET6 } else { AF_INET };
    let (ttl_word, tos_word) = if v6 {
        ("hoplimit", "tc")
    } else {
        ("ttl", "tos")
    };
    let mut items = Vec::new();
    let mut seen = [false; LWTUNNEL_IP_TABLE];
    let mut flags = 0u16;
    while let Some(w) = args.peek().map(str::to_string) {
        let kind = match w.as_str() {
            "id" => LWTUNNEL_IP_ID,
            "dst" => LWTUNNEL_IP_DST,
            "src" => LWTUNNEL_IP_SRC,
            "key" => {
                flags |= TUNNEL_KEY;
                args.next();
                continue;
            }
            "csum" => {
                flags |= TUNNEL_CSUM;
                args.next();
                continue;
            }
            "seq" => {
                flags |= TUNNEL_SEQ;
                args.next();
                continue;
            }
            w if w == ttl_word => LWTUNNEL_IP_TTL,
            w if w == tos_word => LWTUNNEL_IP_TOS,
            _ => break,
        };
        args.next();
        let v = args.value()?.to_string();
        let slot = seen.get_mut(usize::from(kind)).ok_or_else(incomplete)?;
        if std::mem::replace(slot, true) {
            return Err(duparg2(&w, &v));
        }
        items.push(match kind {
            LWTUNNEL_IP_ID => {
                let id = strtoul(&v, 0).ok_or_else(|| invarg("\"id\" value is invalid\n", &v))?;
                attr::bytes(kind, &id.to_be_bytes())
            }
            LWTUNNEL_IP_DST | LWTUNNEL_IP_SRC => attr::bytes(kind, get_addr(&v, family)?.bytes()),
            LWTUNNEL_IP_TTL => {
                let what = format!("\"{ttl_word}\" value is invalid\n");
                attr::u8(kind, get_u8(&v).ok_or_else(|| invarg(&what, &v))?)
            }
            _ => {
                let what = format!("\"{tos_word}\" value is invalid\n");
                attr::u8(
                    kind,
                    rtnames::dsfield_a2n(&v).ok_or_else(|| invarg(&what, &v))?,
                )
            }
        });
    }
    if flags != 0 {
        items.push(attr::u16_be(LWTUNNEL_IP_FLAGS, flags));
    }
    Ok(items)
}

/// ` encap TYPE …` of a received nest (`"encap":"TYPE"` and the header's members in JSON).
pub fn print<W: Write>(p: &mut Printer<W>, kind: u16, data: &[u8]) {
    let name = TYPES
        .iter()
        .find(|(_, k, _)| *k == kind)
        .map_or("unknown", |(n, _, _)| n);
    p.value(
        Show::Any,
        Some("encap"),
        format_args!(" encap {name} "),
        name,
    );
    let t: Table<'_, LWTUNNEL_IP_TABLE> = Table::new(data);
    match kind {
        LWTUNNEL_ENCAP_MPLS => {
            if let Some(stack) = t.get(MPLS_IPTUNNEL_DST) {
                let mut s = String::new();
                for (i, e) in stack.chunks_exact(4).enumerate() {
                    let e = u32::from_be_bytes([e[0], e[1], e[2], e[3]]);
                    if i > 0 {
                        s.push('/');
                    }
                    s.push_str(&(e >> MPLS_LS_LABEL_SHIFT).to_string());
                }
                p.value(Show::Any, Some("dst"), format_args!(" {s} "), s.as_str());
            }
            if let Some(ttl) = t.u8(MPLS_IPTUNNEL_TTL) {
                p.value(Show::Any, Some("ttl"), format_args!("ttl {ttl} "), &ttl);
            }
        }
        LWTUNNEL_ENCAP_IP | LWTUNNEL_ENCAP_IP6 => {
            let v6 = kind == LWTUNNEL_ENCAP_IP6;
            if let Some(id) = t.get(LWTUNNEL_IP_ID).and_then(be64_of) {
                p.value(Show::Any, Some("id"), format_args!("id {id} "), &id);
            }
            for (k, key) in [(LWTUNNEL_IP_SRC, "src"), (LWTUNNEL_IP_DST, "dst")] {
                if let Some(a) = t.get(k).and_then(ip_of) {
                    let a = IpText::new(a);
                    let a = a.as_str();
                    p.value(Show::Any, Some(key), format_args!("{key} {a} "), a);
                }
            }
            let (ttl, tos) = if v6 {
                ("hoplimit", "tc")
            } else {
                ("ttl", "tos")
            };
            for (k, key) in [(LWTUNNEL_IP_TTL, ttl), (LWTUNNEL_IP_TOS, tos)] {
                if let Some(v) = t.u8(k) {
                    p.value(Show::Any, Some(key), format_args!("{key} {v} "), &v);
                }
            }
            let flags = t.be16(LWTUNNEL_IP_FLAGS).unwrap_or(0);
            for (bit, word) in [
                (TUNNEL_KEY, "key"),
                (TUNNEL_CSUM, "csum"),
                (TUNNEL_SEQ, "seq"),
            ] {
                if flags & bit != 0 {
                    p.value(Show::Any, Some(word), format_args!("{word} "), &true);
                }
            }
        }
        _ => {}
    }
}
