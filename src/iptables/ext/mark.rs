//! `-m mark [!] --mark V[/M]` (native: meta mark, bitwise, cmp) and the `MARK` target (revision 2: u32 mark, u32 mask), with its five ways of
//! saying what to do to the mark.

use super::blob::{bad, hex, ne32};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

pub const MATCH_OPTS: &[Opt] = &[opt("mark", Has::Required, 1)];

const SET_XMARK: u8 = 1;
const SET_MARK: u8 = 2;
const AND_MARK: u8 = 3;
const OR_MARK: u8 = 4;
const XOR_MARK: u8 = 5;

pub const TARGET_OPTS: &[Opt] = &[
    opt("set-xmark", Has::Required, SET_XMARK),
    opt("set-mark", Has::Required, SET_MARK),
    opt("and-mark", Has::Required, AND_MARK),
    opt("or-mark", Has::Required, OR_MARK),
    opt("xor-mark", Has::Required, XOR_MARK),
];

/// `V` or `V/M` (C numbers, any base); the mask is all ones without `/M`.
fn value_mask(arg: &str) -> Option<(u32, Option<u32>)> {
    let num = |s: &str| crate::cli::num::strtoul(s, 0).and_then(|v| u32::try_from(v).ok());
    match arg.split_once('/') {
        Some((v, m)) => Some((num(v)?, Some(num(m)?))),
        None => Some((num(arg)?, None)),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MarkMatch {
    pub mark: u32,
    pub mask: u32,
    pub inv: bool,
    pub given: bool,
}

impl MarkMatch {
    pub fn parse(&mut self, arg: &str, inv: bool) -> crate::error::Result<()> {
        if self.given {
            return Err(bad("mark: option \"--mark\" can only be used once.\n"));
        }
        let (mark, mask) = value_mask(arg).ok_or_else(|| {
            bad("mark: bad integer value for option \"--mark\", or out of range.\n")
        })?;
        self.mark = mark;
        self.mask = mask.unwrap_or(u32::MAX);
        self.inv = inv;
        self.given = true;
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        if !self.given {
            return Err(bad("mark: option \"--mark\" must be specified\n"));
        }
        Ok(())
    }

    /// Native: the mark loaded, masked unless the mask is all ones, compared (host order).
    pub fn encode(&self, w: &mut Writer) {
        expr::meta(w, expr::META_MARK);
        if self.mask != u32::MAX {
            expr::bitwise(w, &self.mask.to_ne_bytes(), &[0; 4]);
        }
        let op = if self.inv { expr::OP_NEQ } else { expr::OP_EQ };
        expr::cmp(w, op, &self.mark.to_ne_bytes());
    }

    fn value(&self, out: &mut String) {
        out.push_str(&hex(self.mark));
        if self.mask != u32::MAX {
            out.push('/');
            out.push_str(&hex(self.mask));
        }
    }

    pub fn save(&self, out: &mut String) {
        if self.inv {
            out.push_str(" !");
        }
        out.push_str(" --mark ");
        self.value(out);
    }

    pub fn print(&self, out: &mut String) {
        out.push_str(" mark match ");
        if self.inv {
            out.push_str("! ");
        }
        self.value(out);
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MarkTarget {
    pub mark: u32,
    pub mask: u32,
    pub given: bool,
}

impl MarkTarget {
    pub fn parse(&mut self, id: u8, arg: &str, _inv: bool) -> crate::error::Result<()> {
        if self.given {
            return Err(bad("MARK target: Can't specify --set-mark twice\n"));
        }
        let name = TARGET_OPTS
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name)
            .unwrap_or("set-mark");
        let (v, m) = value_mask(arg).ok_or_else(|| {
            bad(format_args!(
                "MARK: bad value for option \"--{name}\", or out of range (0-4294967295).\n"
            ))
        })?;
        let (mark, mask) = match id {
            SET_XMARK => (v, m.unwrap_or(u32::MAX)),
            SET_MARK => (v, v | m.unwrap_or(u32::MAX)),
            AND_MARK => (0, !v),
            OR_MARK => (v, v),
            _ => (v, 0),
        };
        self.mark = mark;
        self.mask = mask;
        self.given = true;
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        if !self.given {
            return Err(bad(
                "MARK target: Parameter --set/and/or/xor-mark is required\n",
            ));
        }
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        let mut info = [0u8; 8];
        info[0..4].copy_from_slice(&self.mark.to_ne_bytes());
        info[4..8].copy_from_slice(&self.mask.to_ne_bytes());
        expr::xt(w, true, "MARK", 2, &info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<MarkTarget> {
        if rev != 2 || info.len() < 8 {
            return None;
        }
        Some(MarkTarget {
            mark: ne32(info, 0),
            mask: ne32(info, 4),
            given: true,
        })
    }

    pub fn save(&self, out: &mut String) {
        out.push_str(&format!(
            " --set-xmark {}/{}",
            hex(self.mark),
            hex(self.mask)
        ));
    }

    pub fn print(&self, out: &mut String) {
        let (m, k) = (self.mark, self.mask);
        let text = if m == 0 {
            format!(" MARK and {}", hex(!k))
        } else if m == k {
            format!(" MARK or {}", hex(m))
        } else if k == 0 {
            format!(" MARK xor {}", hex(m))
        } else if k == u32::MAX {
            format!(" MARK set {}", hex(m))
        } else {
            format!(" MARK xset {}/{}", hex(m), hex(k))
        };
        out.push_str(&text);
    }
}
