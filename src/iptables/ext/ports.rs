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
    /// tcp: (mask, value, inverted) of the flags byte.
    pub flags: Option<(u8, u8, bool)>,
}

const SPORT: u8 = 1;
const DPORT: u8 = 2;
const TCP_FLAGS: u8 = 3;
const SYN: u8 = 4;

pub const UDP_OPTS: &[Opt] = &[
    opt("source-port", Has::Required, SPORT),
    opt("sport", Has::Required, SPORT),
    opt("destination-port", Has::Required, DPORT),
    opt("dport", Has::Required, DPORT),
];
pub const TCP_OPTS: &[Opt] = &[
    opt("source-port", Has::Required, SPORT),
    opt("sport", Has::Required, SPORT),
    opt("destination-port", Has::Required, DPORT),
    opt("dport", Has::Required, DPORT),
    opt("tcp-flags", Has::Required, TCP_FLAGS),
    opt("syn", Has::No, SYN),
];

/// TCP flag names and bits, in the order they are printed.
const FLAGS: &[(&str, u8)] = &[
    ("FIN", 1),
    ("SYN", 2),
    ("RST", 4),
    ("PSH", 8),
    ("ACK", 16),
    ("URG", 32),
    ("ALL", 63),
    ("NONE", 0),
];

fn flag_list(word: &str) -> crate::error::Result<u8> {
    let mut v = 0;
    for w in word.split(',') {
        match FLAGS.iter().find(|(n, _)| n.eq_ignore_ascii_case(w)) {
            Some((_, b)) => v |= b,
            None => return Err(bad(format_args!("Unknown TCP flag `{w}'"))),
        }
    }
    Ok(v)
}

fn flag_names(out: &mut String, v: u8) {
    if v == 0 {
        out.push_str("NONE");
        return;
    }
    let mut sep = "";
    for (n, b) in &FLAGS[..6] {
        if v & b != 0 {
            out.push_str(sep);
            out.push_str(n);
            sep = ",";
        }
    }
}

impl Ports {
    pub fn new(proto: u8) -> Ports {
        Ports {
            proto,
            sport: None,
            dport: None,
            flags: None,
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
        if self.proto == 17 {
            UDP_OPTS
        } else {
            TCP_OPTS
        }
    }

    /// `--tcp-flags MASK COMP` (`comp` is the word after the option) or `--syn`.
    pub fn parse_flags(
        &mut self,
        id: u8,
        arg: &str,
        comp: Option<&str>,
        inv: bool,
    ) -> crate::error::Result<()> {
        if self.flags.is_some() {
            return Err(bad("Only one of `--syn' or `--tcp-flags'  allowed"));
        }
        self.flags = Some(if id == SYN {
            (0x17, 0x02, inv)
        } else {
            let comp = comp
                .filter(|c| !c.starts_with('-') && !c.starts_with('!'))
                .ok_or_else(|| bad("--tcp-flags requires two args."))?;
            (flag_list(arg)?, flag_list(comp)?, inv)
        });
        Ok(())
    }

    /// Whether option `id` takes the following word too (`--tcp-flags MASK COMP`).
    pub fn takes_two(id: u8) -> bool {
        id == TCP_FLAGS
    }

    pub fn is_flags(id: u8) -> bool {
        id == TCP_FLAGS || id == SYN
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
        self.encode_ports(w);
        if let Some((mask, value, inv)) = self.flags {
            expr::payload(w, BASE_TRANSPORT, 13, 1);
            expr::bitwise(w, &[mask], &[0]);
            expr::cmp(w, if inv { OP_NEQ } else { OP_EQ }, &[value]);
        }
    }

    fn encode_ports(&self, w: &mut Writer) {
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
            if (a, b) == (0, 65535) {
                continue; // every port: iptables-nft writes nothing
            }
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
        if let Some((mask, value, inv)) = self.flags {
            if inv {
                out.push_str(" !");
            }
            out.push_str(" --tcp-flags ");
            flag_names(out, mask);
            out.push(' ');
            flag_names(out, value);
        }
    }

    pub fn print(&self, out: &mut String, numeric: bool) {
        out.push(' ');
        out.push_str(self.name());
        for (word, p) in [(" spt", self.sport), (" dpt", self.dport)] {
            let Some((a, b, inv)) = p else { continue };
            print_span(out, word, (a, b, inv), self.name(), numeric);
        }
        if let Some((mask, value, inv)) = self.flags {
            out.push_str(" flags:");
            if inv {
                out.push('!');
            }
            if numeric {
                out.push_str(&format!("0x{mask:02X}/0x{value:02X}"));
            } else {
                flag_names(out, mask);
                out.push('/');
                flag_names(out, value);
            }
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
