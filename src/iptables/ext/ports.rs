//! `-m tcp` / `-m udp` (`--sport`, `--dport`): native nf_tables, a transport-header load
//! compared with `cmp` (one port) or `range` (a span), as iptables-nft writes them.

use super::blob::bad;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::expr::{self, BASE_TRANSPORT, OP_EQ, OP_GT, OP_LTE, OP_NEQ};
use crate::netlink::nft::Writer;
use crate::resolve::services;

/// A port span (`min == max` for one port) and whether it is inverted.
pub type Span = (u16, u16, bool);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ports {
    pub proto: u8,
    pub sport: Option<Span>,
    pub dport: Option<Span>,
}

const SPORT: u8 = 1;
const DPORT: u8 = 2;

pub const OPTS: &[Opt] = &[
    opt("source-port", Has::Required, SPORT),
    opt("sport", Has::Required, SPORT),
    opt("destination-port", Has::Required, DPORT),
    opt("dport", Has::Required, DPORT),
];

impl Ports {
    pub fn new(proto: u8) -> Ports {
        Ports {
            proto,
            sport: None,
            dport: None,
        }
    }

    pub fn name(&self) -> &'static str {
        if self.proto == 17 {
            "udp"
        } else {
            "tcp"
        }
    }

    pub fn opts(&self) -> &'static [Opt] {
        OPTS
    }

    pub fn parse(&mut self, id: u8, arg: &str, inv: bool) -> crate::error::Result<()> {
        let (slot, long) = if id == SPORT {
            (&mut self.sport, "--source-port")
        } else {
            (&mut self.dport, "--destination-port")
        };
        if slot.is_some() {
            return Err(bad(format_args!("Only one `{long}' allowed")));
        }
        let (a, b) = span(arg, self.proto)?;
        *slot = Some((a, b, inv));
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        // One port each way, neither inverted: one 4-byte load and compare.
        if let (Some((a, b, false)), Some((c, d, false))) = (self.sport, self.dport) {
            if a == b && c == d {
                expr::payload(w, BASE_TRANSPORT, 0, 4);
                let mut v = [0u8; 4];
                v[..2].copy_from_slice(&a.to_be_bytes());
                v[2..].copy_from_slice(&c.to_be_bytes());
                expr::cmp(w, OP_EQ, &v);
                return;
            }
        }
        for (offset, p) in [(0, self.sport), (2, self.dport)] {
            let Some((a, b, inv)) = p else { continue };
            expr::payload(w, BASE_TRANSPORT, offset, 2);
            let op = if inv { OP_NEQ } else { OP_EQ };
            if a == b {
                expr::cmp(w, op, &a.to_be_bytes());
            } else if a == 0 {
                expr::cmp(w, if inv { OP_GT } else { OP_LTE }, &b.to_be_bytes());
            } else {
                expr::range(w, op, &a.to_be_bytes(), &b.to_be_bytes());
            }
        }
    }

    pub fn save(&self, out: &mut String) {
        for (word, p) in [(" --sport ", self.sport), (" --dport ", self.dport)] {
            let Some((a, b, inv)) = p else { continue };
            if inv {
                out.push_str(" !");
            }
            out.push_str(word);
            out.push_str(&a.to_string());
            if a != b {
                out.push(':');
                out.push_str(&b.to_string());
            }
        }
    }

    pub fn print(&self, out: &mut String, numeric: bool) {
        out.push(' ');
        out.push_str(self.name());
        for (word, p) in [(" spt", self.sport), (" dpt", self.dport)] {
            let Some((a, b, inv)) = p else { continue };
            print_span(out, word, (a, b, inv), self.name(), numeric);
        }
    }
}

/// ` spt:80`, ` spts:1:1023`, ` dpt:!22` (service names unless numeric).
pub fn print_span(out: &mut String, word: &str, (a, b, inv): Span, proto: &str, numeric: bool) {
    out.push_str(word);
    if a != b {
        out.push('s');
    }
    out.push(':');
    if inv {
        out.push('!');
    }
    port_text(out, a, proto, numeric);
    if a != b {
        out.push(':');
        port_text(out, b, proto, numeric);
    }
}

/// A port as -L prints it (its service name unless numeric).
pub fn port_text(out: &mut String, p: u16, proto: &str, numeric: bool) {
    match (!numeric)
        .then(|| services::service_name(p, proto))
        .flatten()
    {
        Some(name) => out.push_str(name),
        None => out.push_str(&p.to_string()),
    }
}

/// One port: a number or a service name of the protocol.
pub fn port(word: &str, proto: u8) -> crate::error::Result<u16> {
    let name = if proto == 17 { "udp" } else { "tcp" };
    if let Some(p) = crate::cli::num::strtoul(word, 0).and_then(|v| u16::try_from(v).ok()) {
        return Ok(p);
    }
    services::port_of(word, name)
        .ok_or_else(|| bad(format_args!("invalid port/service `{word}' specified")))
}

/// `P`, `P:Q`, `:Q` (from 0), `P:` (to 65535).
pub fn span(word: &str, proto: u8) -> crate::error::Result<(u16, u16)> {
    match word.split_once(':') {
        None => port(word, proto).map(|p| (p, p)),
        Some((a, b)) => {
            let a = if a.is_empty() { 0 } else { port(a, proto)? };
            let b = if b.is_empty() { 65535 } else { port(b, proto)? };
            if a > b {
                return Err(bad("invalid portrange (min > max)"));
            }
            Ok((a, b))
        }
    }
}
