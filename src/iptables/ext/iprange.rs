//! `-m iprange [!] --src-range A-B [!] --dst-range A-B`: the xt `iprange` match, revision 1
//! (`struct xt_iprange_mtinfo`: four 16-byte addresses and a flags byte; 72 bytes).

use super::blob::bad;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};
use std::net::Ipv4Addr;

pub const OPTS: &[Opt] = &[
    opt("src-range", Has::Required, 1),
    opt("dst-range", Has::Required, 2),
];

const SRC: u8 = 1;
const DST: u8 = 2;
const SRC_INV: u8 = 0x10;
const DST_INV: u8 = 0x20;
const FLAGS: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Iprange {
    pub info: [u8; 72],
}

impl Default for Iprange {
    fn default() -> Iprange {
        Iprange { info: [0; 72] }
    }
}

impl Iprange {
    pub fn parse(&mut self, id: u8, arg: &str, inv: bool) -> crate::error::Result<()> {
        let (a, b) = arg.split_once('-').unwrap_or((arg, arg));
        let ip = |s: &str| {
            s.parse::<Ipv4Addr>()
                .map(|a| a.octets())
                .map_err(|_| bad(format_args!("iprange: Bad IP address \"{s}\"")))
        };
        let (lo, hi) = (ip(a)?, ip(b)?);
        let at = if id == SRC { 0 } else { 32 };
        self.info[at..at + 4].copy_from_slice(&lo);
        self.info[at + 16..at + 20].copy_from_slice(&hi);
        self.info[FLAGS] |= id;
        if inv {
            self.info[FLAGS] |= if id == SRC { SRC_INV } else { DST_INV };
        }
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        if self.info[FLAGS] & (SRC | DST) == 0 {
            return Err(bad(
                "iprange match: You must specify `--src-range' or `--dst-range'",
            ));
        }
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        expr::xt(w, false, "iprange", 1, &self.info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Iprange> {
        if rev != 1 || info.len() < 72 {
            return None;
        }
        let mut r = Iprange::default();
        r.info.copy_from_slice(&info[..72]);
        Some(r)
    }

    fn range(&self, at: usize) -> String {
        let a = |o: usize| {
            Ipv4Addr::new(
                self.info[o],
                self.info[o + 1],
                self.info[o + 2],
                self.info[o + 3],
            )
        };
        format!("{}-{}", a(at), a(at + 16))
    }

    pub fn save(&self, out: &mut String) {
        let f = self.info[FLAGS];
        for (bit, inv, at, word) in [
            (SRC, SRC_INV, 0, " --src-range "),
            (DST, DST_INV, 32, " --dst-range "),
        ] {
            if f & bit != 0 {
                if f & inv != 0 {
                    out.push_str(" !");
                }
                out.push_str(word);
                out.push_str(&self.range(at));
            }
        }
    }

    pub fn print(&self, out: &mut String) {
        let f = self.info[FLAGS];
        for (bit, inv, at, word) in [
            (SRC, SRC_INV, 0, " source IP range "),
            (DST, DST_INV, 32, " destination IP range "),
        ] {
            if f & bit != 0 {
                out.push_str(word);
                if f & inv != 0 {
                    out.push_str("! ");
                }
                out.push_str(&self.range(at));
            }
        }
    }
}
