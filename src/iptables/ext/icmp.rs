//! `-p icmp [-m icmp] [!] --icmp-type TYPE[/CODE]|NAME|any`: the xt `icmp` match, revision 0
//! (`struct ipt_icmp`: u8 type, u8 code[2], u8 invflags; 8 bytes with padding).

use super::blob::bad;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

pub const OPTS: &[Opt] = &[opt("icmp-type", Has::Required, 1)];

/// iptables' ICMP type names: (name, type, code min, code max).
const NAMES: &[(&str, u8, u8, u8)] = &[
    ("any", 0xff, 0, 0xff),
    ("echo-reply", 0, 0, 0xff),
    ("destination-unreachable", 3, 0, 0xff),
    ("network-unreachable", 3, 0, 0),
    ("host-unreachable", 3, 1, 1),
    ("protocol-unreachable", 3, 2, 2),
    ("port-unreachable", 3, 3, 3),
    ("fragmentation-needed", 3, 4, 4),
    ("source-route-failed", 3, 5, 5),
    ("network-unknown", 3, 6, 6),
    ("host-unknown", 3, 7, 7),
    ("network-prohibited", 3, 9, 9),
    ("host-prohibited", 3, 10, 10),
    ("TOS-network-unreachable", 3, 11, 11),
    ("TOS-host-unreachable", 3, 12, 12),
    ("communication-prohibited", 3, 13, 13),
    ("host-precedence-violation", 3, 14, 14),
    ("precedence-cutoff", 3, 15, 15),
    ("source-quench", 4, 0, 0xff),
    ("redirect", 5, 0, 0xff),
    ("network-redirect", 5, 0, 0),
    ("host-redirect", 5, 1, 1),
    ("TOS-network-redirect", 5, 2, 2),
    ("TOS-host-redirect", 5, 3, 3),
    ("echo-request", 8, 0, 0xff),
    ("router-advertisement", 9, 0, 0xff),
    ("router-solicitation", 10, 0, 0xff),
    ("time-exceeded", 11, 0, 0xff),
    ("ttl-zero-during-transit", 11, 0, 0),
    ("ttl-zero-during-reassembly", 11, 1, 1),
    ("parameter-problem", 12, 0, 0xff),
    ("ip-header-bad", 12, 0, 0),
    ("required-option-missing", 12, 1, 1),
    ("timestamp-request", 13, 0, 0xff),
    ("timestamp-reply", 14, 0, 0xff),
    ("address-mask-request", 17, 0, 0xff),
    ("address-mask-reply", 18, 0, 0xff),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Icmp {
    pub kind: u8,
    pub code: (u8, u8),
    pub inv: bool,
}

impl Default for Icmp {
    /// No --icmp-type: any type.
    fn default() -> Icmp {
        Icmp {
            kind: 0xff,
            code: (0, 0xff),
            inv: false,
        }
    }
}

impl Icmp {
    pub fn parse(&mut self, arg: &str, inv: bool) -> crate::error::Result<()> {
        let found = NAMES
            .iter()
            .find(|(n, ..)| n.eq_ignore_ascii_case(arg))
            .or_else(|| {
                NAMES.iter().find(|(n, ..)| {
                    n.len() >= arg.len() && n[..arg.len()].eq_ignore_ascii_case(arg)
                })
            });
        let (kind, lo, hi) = match found {
            Some((_, t, lo, hi)) if !arg.is_empty() => (*t, *lo, *hi),
            _ => {
                let num = |s: &str| s.parse::<u8>().ok();
                match arg.split_once('/') {
                    Some((t, c)) => match (num(t), num(c)) {
                        (Some(t), Some(c)) => (t, c, c),
                        _ => return Err(bad(format_args!("Unknown ICMP type `{arg}'"))),
                    },
                    None => match num(arg) {
                        Some(t) => (t, 0, 0xff),
                        None => return Err(bad(format_args!("Unknown ICMP type `{arg}'"))),
                    },
                }
            }
        };
        self.kind = kind;
        self.code = (lo, hi);
        self.inv = inv;
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        let info = [
            self.kind,
            self.code.0,
            self.code.1,
            self.inv as u8,
            0,
            0,
            0,
            0,
        ];
        expr::xt(w, false, "icmp", 0, &info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Icmp> {
        if rev != 0 || info.len() < 4 {
            return None;
        }
        Some(Icmp {
            kind: info[0],
            code: (info[1], info[2]),
            inv: info[3] & 1 != 0,
        })
    }

    pub fn save(&self, out: &mut String) {
        if self.inv {
            out.push_str(" !");
        }
        out.push_str(" --icmp-type ");
        if self.kind == 0xff {
            out.push_str("any");
        } else {
            out.push_str(&self.kind.to_string());
            if self.code != (0, 0xff) {
                out.push('/');
                out.push_str(&self.code.0.to_string());
            }
        }
    }

    pub fn print(&self, out: &mut String, numeric: bool) {
        out.push_str(" icmp");
        let name = NAMES
            .iter()
            .find(|(_, t, lo, hi)| *t == self.kind && (*lo, *hi) == self.code);
        match name {
            Some((n, ..)) if !numeric => {
                out.push(' ');
                if self.inv {
                    out.push('!');
                }
                out.push_str(n);
            }
            _ => {
                if self.inv {
                    out.push_str(" !");
                }
                out.push_str("type ");
                out.push_str(&self.kind.to_string());
                if self.code.0 == self.code.1 {
                    out.push_str(&format!(" code {}", self.code.0));
                } else if self.code != (0, 0xff) {
                    out.push_str(&format!(" codes {}-{}", self.code.0, self.code.1));
                }
            }
        }
    }
}
