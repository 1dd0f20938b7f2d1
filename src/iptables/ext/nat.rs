//! The NAT targets as xt `target` blobs, as iptables-nft writes them (never native
//! `masq`/`nat`/`redir`, which iptables-nft 1.8.9 refuses to read): MASQUERADE, SNAT and
//! REDIRECT in `nf_nat_ipv4_multi_range_compat` (revision 0, 24 bytes), DNAT in
//! `nf_nat_range2` (revision 2, 48 bytes).

use super::blob::{bad, ne32};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};
use std::net::Ipv4Addr;

pub const MAP_IPS: u32 = 1;
pub const PROTO_SPECIFIED: u32 = 2;
pub const PROTO_RANDOM: u32 = 4;
pub const PERSISTENT: u32 = 8;
pub const PROTO_RANDOM_FULLY: u32 = 16;
/// DNAT's `P-Q/BASE`: ports mapped by their offset from BASE.
pub const PROTO_OFFSET: u32 = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Masquerade,
    Snat,
    Dnat,
    Redirect,
}

/// A NAT target: its kind and the one range it maps to.
#[derive(Debug, Clone, Eq)]
pub struct Nat {
    pub kind: Kind,
    pub flags: u32,
    pub min_ip: [u8; 4],
    pub max_ip: [u8; 4],
    pub min_port: u16,
    pub max_port: u16,
    /// The base port of `P-Q/BASE` (DNAT only).
    pub base_port: u16,
    /// The blob's revision (DNAT: 2; the others 0).
    pub rev: u32,
    /// Whether `--to-*` was given (checked after parsing).
    pub given: bool,
    /// The protocol of the rule (`-p`), for port ranges.
    pub proto: Option<u8>,
}

/// Rules are the same when their blobs are (what was typed to get there does not count).
impl PartialEq for Nat {
    fn eq(&self, o: &Nat) -> bool {
        (self.kind, self.flags, self.min_ip, self.max_ip) == (o.kind, o.flags, o.min_ip, o.max_ip)
            && (self.min_port, self.max_port, self.rev) == (o.min_port, o.max_port, o.rev)
            && self.base_port == o.base_port
    }
}

const TO: u8 = 1;
const RANDOM: u8 = 2;
const RANDOM_FULLY: u8 = 3;
const PERSIST: u8 = 4;
const TO_PORTS: u8 = 5;

const MASQ_OPTS: &[Opt] = &[
    opt("to-ports", Has::Required, TO_PORTS),
    opt("random", Has::No, RANDOM),
    opt("random-fully", Has::No, RANDOM_FULLY),
];
const SNAT_OPTS: &[Opt] = &[
    opt("to-source", Has::Required, TO),
    opt("random", Has::No, RANDOM),
    opt("random-fully", Has::No, RANDOM_FULLY),
    opt("persistent", Has::No, PERSIST),
];
const DNAT_OPTS: &[Opt] = &[
    opt("to-destination", Has::Required, TO),
    opt("random", Has::No, RANDOM),
    opt("persistent", Has::No, PERSIST),
];
const REDIRECT_OPTS: &[Opt] = &[
    opt("to-ports", Has::Required, TO_PORTS),
    opt("random", Has::No, RANDOM),
];

impl Nat {
    pub fn new(name: &str) -> Option<Nat> {
        let kind = match name {
            "MASQUERADE" => Kind::Masquerade,
            "SNAT" => Kind::Snat,
            "DNAT" => Kind::Dnat,
            "REDIRECT" => Kind::Redirect,
            _ => return None,
        };
        Some(Nat {
            kind,
            flags: 0,
            min_ip: [0; 4],
            max_ip: [0; 4],
            min_port: 0,
            max_port: 0,
            base_port: 0,
            rev: if kind == Kind::Dnat { 2 } else { 0 },
            given: false,
            proto: None,
        })
    }

    pub fn name(&self) -> &'static str {
        match self.kind {
            Kind::Masquerade => "MASQUERADE",
            Kind::Snat => "SNAT",
            Kind::Dnat => "DNAT",
            Kind::Redirect => "REDIRECT",
        }
    }

    pub fn opts(&self) -> &'static [Opt] {
        match self.kind {
            Kind::Masquerade => MASQ_OPTS,
            Kind::Snat => SNAT_OPTS,
            Kind::Dnat => DNAT_OPTS,
            Kind::Redirect => REDIRECT_OPTS,
        }
    }

    fn to_word(&self) -> &'static str {
        if self.kind == Kind::Snat {
            "--to-source"
        } else {
            "--to-destination"
        }
    }

    fn ports_allowed(&self) -> bool {
        matches!(self.proto, Some(6 | 17 | 33 | 132 | 136))
    }

    pub fn parse(&mut self, id: u8, arg: &str, _inv: bool) -> crate::error::Result<()> {
        match id {
            TO => {
                if self.given {
                    return Err(bad(format_args!(
                        "{}: option \"{}\" can only be used once.\n",
                        self.name(),
                        self.to_word()
                    )));
                }
                self.given = true;
                self.parse_to(arg)
            }
            TO_PORTS => {
                if !self.ports_allowed() {
                    return Err(bad("Need TCP, UDP, SCTP or DCCP with port specification"));
                }
                let (a, b) = ports(arg)?;
                self.min_port = a;
                self.max_port = b;
                self.flags |= PROTO_SPECIFIED;
                Ok(())
            }
            RANDOM => {
                self.flags |= PROTO_RANDOM;
                Ok(())
            }
            RANDOM_FULLY => {
                self.flags |= PROTO_RANDOM_FULLY;
                Ok(())
            }
            _ => {
                self.flags |= PERSISTENT;
                Ok(())
            }
        }
    }

    /// `A[-B][:P[-Q]]`.
    fn parse_to(&mut self, arg: &str) -> crate::error::Result<()> {
        let (ips, ports_part) = match arg.split_once(':') {
            Some((i, p)) => (i, Some(p)),
            None => (arg, None),
        };
        if let Some(p) = ports_part {
            if !self.ports_allowed() {
                return Err(bad("Need TCP, UDP, SCTP or DCCP with port specification"));
            }
            let p = match p.split_once('/') {
                Some((single, rest)) if !single.contains('-') => {
                    return Err(bad(format_args!("Garbage after port value: `/{rest}'")));
                }
                Some((range, base)) if self.kind == Kind::Dnat => {
                    self.base_port = base
                        .parse::<u16>()
                        .map_err(|_| bad(format_args!("Port `{base}' not valid")))?;
                    self.flags |= PROTO_OFFSET;
                    range
                }
                _ => p,
            };
            let (a, b) = ports(p)?;
            self.min_port = a;
            self.max_port = b;
            self.flags |= PROTO_SPECIFIED;
        }
        if ips.is_empty() {
            return Ok(());
        }
        let (a, b) = match ips.split_once('-') {
            Some((a, b)) => (a, b),
            None => (ips, ips),
        };
        let ip = |s: &str| -> crate::error::Result<[u8; 4]> {
            s.parse::<Ipv4Addr>()
                .map(|a| a.octets())
                .map_err(|_| bad(format_args!("Bad IP address \"{s}\"")))
        };
        self.min_ip = ip(a)?;
        self.max_ip = ip(b)?;
        self.flags |= MAP_IPS;
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        if matches!(self.kind, Kind::Snat | Kind::Dnat) && !self.given {
            return Err(bad(format_args!(
                "{}: option \"{}\" must be specified\n",
                self.name(),
                self.to_word()
            )));
        }
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        if self.rev >= 1 {
            // nf_nat_range (revision 1, 40 bytes) or nf_nat_range2 (48, with the base port)
            let mut info = [0u8; 48];
            info[0..4].copy_from_slice(&self.flags.to_ne_bytes());
            info[4..8].copy_from_slice(&self.min_ip);
            info[20..24].copy_from_slice(&self.max_ip);
            info[36..38].copy_from_slice(&self.min_port.to_be_bytes());
            info[38..40].copy_from_slice(&self.max_port.to_be_bytes());
            info[40..42].copy_from_slice(&self.base_port.to_be_bytes());
            let len = if self.rev == 1 { 40 } else { 48 };
            expr::xt(w, true, self.name(), self.rev, &info[..len]);
        } else {
            let mut info = [0u8; 24];
            info[0..4].copy_from_slice(&1u32.to_ne_bytes());
            info[4..8].copy_from_slice(&self.flags.to_ne_bytes());
            info[8..12].copy_from_slice(&self.min_ip);
            info[12..16].copy_from_slice(&self.max_ip);
            info[16..18].copy_from_slice(&self.min_port.to_be_bytes());
            info[18..20].copy_from_slice(&self.max_port.to_be_bytes());
            expr::xt(w, true, self.name(), 0, &info);
        }
    }

    pub fn decode(name: &str, rev: u32, info: &[u8]) -> Option<Nat> {
        let mut n = Nat::new(name)?;
        n.rev = rev;
        n.given = true;
        let be16 = |at: usize| {
            info.get(at..at + 2)
                .map(|b| u16::from_be_bytes([b[0], b[1]]))
                .unwrap_or(0)
        };
        let ip = |at: usize| -> [u8; 4] {
            info.get(at..at + 4)
                .and_then(|b| b.try_into().ok())
                .unwrap_or([0; 4])
        };
        match rev {
            0 if info.len() >= 20 && ne32(info, 0) == 1 => {
                n.flags = ne32(info, 4);
                n.min_ip = ip(8);
                n.max_ip = ip(12);
                n.min_port = be16(16);
                n.max_port = be16(18);
            }
            1 | 2 if info.len() >= 40 => {
                n.flags = ne32(info, 0);
                n.min_ip = ip(4);
                n.max_ip = ip(20);
                n.min_port = be16(36);
                n.max_port = be16(38);
                if rev == 2 {
                    n.base_port = be16(40);
                }
            }
            _ => return None,
        }
        Some(n)
    }

    /// `A[-B][:P[-Q]]` as -S and -L print it.
    fn range_text(&self, out: &mut String) {
        if self.flags & MAP_IPS != 0 {
            out.push_str(&Ipv4Addr::from(self.min_ip).to_string());
            if self.max_ip != self.min_ip {
                out.push('-');
                out.push_str(&Ipv4Addr::from(self.max_ip).to_string());
            }
        }
        if self.flags & PROTO_SPECIFIED != 0 {
            out.push(':');
            self.ports_text(out);
        }
    }

    fn ports_text(&self, out: &mut String) {
        out.push_str(&self.min_port.to_string());
        if self.max_port != self.min_port {
            out.push('-');
            out.push_str(&self.max_port.to_string());
        }
        if self.flags & PROTO_OFFSET != 0 {
            out.push('/');
            out.push_str(&self.base_port.to_string());
        }
    }

    pub fn save(&self, out: &mut String) {
        match self.kind {
            Kind::Snat | Kind::Dnat => {
                out.push(' ');
                out.push_str(self.to_word());
                out.push(' ');
                self.range_text(out);
            }
            Kind::Masquerade | Kind::Redirect => {
                if self.flags & PROTO_SPECIFIED != 0 {
                    out.push_str(" --to-ports ");
                    self.ports_text(out);
                }
            }
        }
        if self.flags & PROTO_RANDOM != 0 {
            out.push_str(" --random");
        }
        if self.flags & PROTO_RANDOM_FULLY != 0 {
            out.push_str(" --random-fully");
        }
        if self.flags & PERSISTENT != 0 {
            out.push_str(" --persistent");
        }
    }

    pub fn print(&self, out: &mut String) {
        match self.kind {
            Kind::Snat | Kind::Dnat => {
                out.push_str(" to:");
                self.range_text(out);
            }
            Kind::Masquerade => {
                if self.flags & PROTO_SPECIFIED != 0 {
                    out.push_str(" masq ports: ");
                    self.ports_text(out);
                }
            }
            Kind::Redirect => {
                if self.flags & PROTO_SPECIFIED != 0 {
                    out.push_str(" redir ports ");
                    self.ports_text(out);
                }
            }
        }
        if self.flags & PROTO_RANDOM != 0 {
            out.push_str(" random");
        }
        if self.flags & PROTO_RANDOM_FULLY != 0 {
            out.push_str(" random-fully");
        }
        if self.flags & PERSISTENT != 0 {
            out.push_str(" persistent");
        }
    }
}

/// `P` or `P-Q` (numbers only).
/// `P` (a number or a service name) or `P-Q` (numbers).
fn ports(arg: &str) -> crate::error::Result<(u16, u16)> {
    let num = |s: &str| -> crate::error::Result<u16> {
        s.parse::<u16>()
            .map_err(|_| bad(format_args!("Port `{s}' not valid")))
    };
    match arg.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (num(a)?, num(b)?);
            if b < a {
                return Err(bad(format_args!("Port range `{b}' funky")));
            }
            Ok((a, b))
        }
        None => match num(arg) {
            Ok(p) => Ok((p, p)),
            Err(e) => crate::resolve::services::port_of(arg, "tcp")
                .or_else(|| crate::resolve::services::port_of(arg, "udp"))
                .map(|p| (p, p))
                .ok_or(e),
        },
    }
}
