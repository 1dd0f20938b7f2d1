//! `-m addrtype --src-type/--dst-type TYPES [--limit-iface-in|--limit-iface-out]`: the xt
//! `addrtype` match, revision 1 (`struct xt_addrtype_info_v1`: u16 source, u16 dest, u32 flags).

use super::blob::{bad, ne16, ne32};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

const SRC: u8 = 1;
const DST: u8 = 2;
const LIMIT_IN: u8 = 3;
const LIMIT_OUT: u8 = 4;

pub const OPTS: &[Opt] = &[
    opt("src-type", Has::Required, SRC),
    opt("dst-type", Has::Required, DST),
    opt("limit-iface-in", Has::No, LIMIT_IN),
    opt("limit-iface-out", Has::No, LIMIT_OUT),
];

const INVERT_SOURCE: u32 = 1;
const INVERT_DEST: u32 = 2;
const LIMIT_IFACE_IN: u32 = 4;
const LIMIT_IFACE_OUT: u32 = 8;

/// The type names, bit i = 1 << i.
const TYPES: &[&str] = &[
    "UNSPEC",
    "UNICAST",
    "LOCAL",
    "BROADCAST",
    "ANYCAST",
    "MULTICAST",
    "BLACKHOLE",
    "UNREACHABLE",
    "PROHIBIT",
    "THROW",
    "NAT",
    "XRESOLVE",
];

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Addrtype {
    pub source: u16,
    pub dest: u16,
    pub flags: u32,
}

fn types(arg: &str) -> crate::error::Result<u16> {
    let mut mask = 0u16;
    for word in arg.split(',') {
        match TYPES.iter().position(|t| t.eq_ignore_ascii_case(word)) {
            Some(i) => mask |= 1 << i,
            None => return Err(bad(format_args!("addrtype: bad type \"{word}\""))),
        }
    }
    Ok(mask)
}

impl Addrtype {
    pub fn parse(&mut self, id: u8, arg: &str, inv: bool) -> crate::error::Result<()> {
        match id {
            SRC => {
                if self.source != 0 {
                    return Err(bad("addrtype: can't specify src-type twice\n"));
                }
                self.source = types(arg)?;
                if inv {
                    self.flags |= INVERT_SOURCE;
                }
            }
            DST => {
                if self.dest != 0 {
                    return Err(bad("addrtype: can't specify dst-type twice\n"));
                }
                self.dest = types(arg)?;
                if inv {
                    self.flags |= INVERT_DEST;
                }
            }
            LIMIT_IN => self.flags |= LIMIT_IFACE_IN,
            _ => self.flags |= LIMIT_IFACE_OUT,
        }
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        if self.flags & (LIMIT_IFACE_IN | LIMIT_IFACE_OUT) == LIMIT_IFACE_IN | LIMIT_IFACE_OUT {
            return Err(bad(
                "addrtype: option \"--limit-iface-in\" cannot be used together with \"--limit-iface-out\".\n",
            ));
        }
        if self.source == 0 && self.dest == 0 {
            return Err(bad("addrtype: you must specify --src-type or --dst-type"));
        }
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        let mut info = [0u8; 8];
        info[0..2].copy_from_slice(&self.source.to_ne_bytes());
        info[2..4].copy_from_slice(&self.dest.to_ne_bytes());
        info[4..8].copy_from_slice(&self.flags.to_ne_bytes());
        expr::xt(w, false, "addrtype", 1, &info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Addrtype> {
        if rev != 1 || info.len() < 8 {
            return None;
        }
        Some(Addrtype {
            source: ne16(info, 0),
            dest: ne16(info, 2),
            flags: ne32(info, 4),
        })
    }

    fn names(out: &mut String, mask: u16) {
        let mut first = true;
        for (i, t) in TYPES.iter().enumerate() {
            if mask & (1 << i) != 0 {
                if !first {
                    out.push(',');
                }
                out.push_str(t);
                first = false;
            }
        }
    }

    pub fn save(&self, out: &mut String) {
        if self.source != 0 {
            if self.flags & INVERT_SOURCE != 0 {
                out.push_str(" !");
            }
            out.push_str(" --src-type ");
            Self::names(out, self.source);
        }
        if self.dest != 0 {
            if self.flags & INVERT_DEST != 0 {
                out.push_str(" !");
            }
            out.push_str(" --dst-type ");
            Self::names(out, self.dest);
        }
        if self.flags & LIMIT_IFACE_IN != 0 {
            out.push_str(" --limit-iface-in");
        }
        if self.flags & LIMIT_IFACE_OUT != 0 {
            out.push_str(" --limit-iface-out");
        }
    }

    pub fn print(&self, out: &mut String) {
        out.push_str(" ADDRTYPE match");
        if self.source != 0 {
            out.push_str(" src-type ");
            if self.flags & INVERT_SOURCE != 0 {
                out.push('!');
            }
            Self::names(out, self.source);
        }
        if self.dest != 0 {
            out.push_str(" dst-type ");
            if self.flags & INVERT_DEST != 0 {
                out.push('!');
            }
            Self::names(out, self.dest);
        }
        if self.flags & LIMIT_IFACE_IN != 0 {
            out.push_str(" limit-in");
        }
        if self.flags & LIMIT_IFACE_OUT != 0 {
            out.push_str(" limit-out");
        }
    }
}
