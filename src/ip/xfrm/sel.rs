//! SELECTOR words (`src ADDR[/PLEN] dst ADDR[/PLEN] dev DEV proto P [sport|dport|type|code|
//! key]`), as the list filters read them, and the matching of a dumped selector.

use super::names;
use crate::cli::num::{get_u16, get_u32, get_u8};
use crate::cli::{incomplete, invarg, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames;
use crate::ip::prefix::{parse_prefix, Inet};
use crate::netlink::xfrm::{Selector, SELECTOR_LEN};
use crate::resolve::services;

/// What a SELECTOR named (None: not given).
#[derive(Clone, Debug, Default)]
pub struct Sel {
    pub src: Option<Inet>,
    pub dst: Option<Inet>,
    pub dev: Option<u32>,
    pub proto: Option<u8>,
    pub sport: Option<u16>,
    pub dport: Option<u16>,
    pub icmp_type: Option<u16>,
    pub icmp_code: Option<u16>,
    pub key: Option<u32>,
}

/// `any valid prefix`: the reference's words for an address it cannot read (exit 1).
fn prefix(v: &str) -> Result<Inet> {
    parse_prefix(v, 0).ok_or_else(|| {
        Error::ip_fail(format_args!(
            "Error: any valid prefix is expected rather than \"{v}\"."
        ))
    })
}

fn same_family(a: &Option<Inet>, b: &Inet, v: &str) -> Result<()> {
    match a {
        Some(a) if a.family != b.family => Err(invarg(
            "the same address family is required between values after \"src\" and \"dst\"",
            v,
        )),
        _ => Ok(()),
    }
}

/// A protocol word: a name of /etc/protocols or a number up to 255.
pub fn ipproto(v: &str) -> Option<u8> {
    services::proto_number(v).or_else(|| get_u8(v))
}

fn port(word: &str, v: &str) -> Result<u16> {
    get_u16(v).ok_or_else(|| invarg(&format!("value after \"{word}\" is invalid"), v))
}

fn key(v: &str) -> Result<u32> {
    if v.contains('.') {
        if let Some(a) = crate::ip::prefix::parse_ipv4(v) {
            return Ok(u32::from_be_bytes(a));
        }
    } else if let Some(n) = get_u32(v) {
        return Ok(n);
    }
    Err(Error::ip_usage("value after \"key\" is invalid"))
}

impl Sel {
    /// Read `word` (and its value) if it is a SELECTOR word; false when it is not.
    pub fn word(&mut self, word: &str, args: &mut Args) -> Result<bool> {
        match word {
            "src" | "dst" => {
                let v = args.next().ok_or_else(incomplete)?.to_string();
                let p = prefix(&v)?;
                if word == "src" {
                    same_family(&self.dst, &p, &v)?;
                    self.src = Some(p);
                } else {
                    same_family(&self.src, &p, &v)?;
                    self.dst = Some(p);
                }
            }
            "dev" => {
                let v = args.next().ok_or_else(incomplete)?;
                let i = ifnames::index(v).ok_or_else(|| invarg("DEV value is invalid", v))?;
                self.dev = Some(i);
            }
            "proto" => {
                let v = args.next().ok_or_else(incomplete)?;
                self.proto = Some(ipproto(v).ok_or_else(|| invarg("PROTO value is invalid", v))?);
            }
            "sport" | "dport" | "type" | "code" => {
                let v = args.next().ok_or_else(incomplete)?;
                let n = if matches!(word, "type" | "code") {
                    get_u8(v)
                        .map(u16::from)
                        .ok_or_else(|| invarg(&format!("value after \"{word}\" is invalid"), v))?
                } else {
                    port(word, v)?
                };
                *match word {
                    "sport" => &mut self.sport,
                    "dport" => &mut self.dport,
                    "type" => &mut self.icmp_type,
                    _ => &mut self.icmp_code,
                } = Some(n);
            }
            "key" => {
                let v = args.next().ok_or_else(incomplete)?;
                self.key = Some(key(v)?);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The reference's check of the upper-layer words against the protocol (exit 1).
    pub fn check(&self) -> Result<()> {
        let Some(p) = self.proto else {
            return Ok(());
        };
        let name = names::ipproto(p);
        let ports = self.sport.is_some() || self.dport.is_some();
        let icmp = self.icmp_type.is_some() || self.icmp_code.is_some();
        if ports && !matches!(p, 6 | 17 | 132 | 33) {
            return Err(Error::ip_fail(format_args!(
                "\"sport\" and \"dport\" are invalid with PROTO value \"{name}\""
            )));
        }
        if icmp && !matches!(p, 1 | 58 | 135) {
            return Err(Error::ip_fail(format_args!(
                "\"type\" and \"code\" are invalid with PROTO value \"{name}\""
            )));
        }
        if self.key.is_some() && p != 47 {
            return Err(Error::ip_fail(format_args!(
                "\"key\" is invalid with PROTO value \"{name}\""
            )));
        }
        Ok(())
    }

    /// Whether a dumped selector is one this SELECTOR names.
    pub fn accepts(&self, s: &Selector) -> bool {
        let addr_ok = |want: &Option<Inet>, have: &[u8; 16]| match want {
            None => true,
            Some(w) => u16::from(w.family) == s.family && bits_equal(w.bytes(), have, w.bitlen),
        };
        let eq = |want: Option<u16>, have: u16| want.is_none_or(|w| w == have);
        addr_ok(&self.src, &s.saddr)
            && addr_ok(&self.dst, &s.daddr)
            && self.dev.is_none_or(|d| d as i32 == s.ifindex)
            && self.proto.is_none_or(|p| p == s.proto)
            && eq(self.sport, s.sport)
            && eq(self.dport, s.dport)
            && eq(self.icmp_type, s.sport)
            && eq(self.icmp_code, s.dport)
            && self
                .key
                .is_none_or(|k| k == (u32::from(s.sport) << 16) | u32::from(s.dport))
    }
}

/// The first `bits` bits of `a` and `b` are equal.
pub fn bits_equal(a: &[u8], b: &[u8], bits: u16) -> bool {
    let full = usize::from(bits / 8);
    let rest = bits % 8;
    let (Some(x), Some(y)) = (a.get(..full), b.get(..full)) else {
        return false;
    };
    if x != y {
        return false;
    }
    if rest == 0 {
        return true;
    }
    let mask = 0xffu8 << (8 - rest);
    match (a.get(full), b.get(full)) {
        (Some(p), Some(q)) => p & mask == q & mask,
        _ => false,
    }
}

impl Sel {
    /// Whether any SELECTOR word was read.
    pub fn given(&self) -> bool {
        self.src.is_some()
            || self.dst.is_some()
            || self.dev.is_some()
            || self.proto.is_some()
            || self.sport.is_some()
            || self.dport.is_some()
            || self.icmp_type.is_some()
            || self.icmp_code.is_some()
            || self.key.is_some()
    }

    /// The wire `xfrm_selector` (the family of the addresses, else `family`, else inet).
    pub fn wire(&self, family: u8) -> [u8; SELECTOR_LEN] {
        let mut b = [0u8; SELECTOR_LEN];
        let fam = self
            .src
            .or(self.dst)
            .map(|a| a.family)
            .filter(|&f| f != 0)
            .unwrap_or(if family == 0 { 2 } else { family });
        let mut put = |at: usize, v: &[u8]| {
            if let Some(d) = b.get_mut(at..at + v.len()) {
                d.copy_from_slice(v);
            }
        };
        if let Some(d) = &self.dst {
            put(0, &d.bytes()[..d.bytes().len().min(16)]);
        }
        if let Some(s) = &self.src {
            put(16, &s.bytes()[..s.bytes().len().min(16)]);
        }
        let mut ports = |at: usize, v: Option<u16>| {
            if let Some(v) = v {
                put(at, &v.to_be_bytes());
                put(at + 2, &[0xff, 0xff]);
            }
        };
        ports(32, self.dport.or(self.icmp_code));
        ports(36, self.sport.or(self.icmp_type));
        if let Some(k) = self.key {
            ports(32, Some(k as u16));
            ports(36, Some((k >> 16) as u16));
        }
        put(40, &u16::from(fam).to_ne_bytes());
        put(42, &[self.dst.map_or(0, |d| d.bitlen as u8)]);
        put(43, &[self.src.map_or(0, |s| s.bitlen as u8)]);
        put(44, &[self.proto.unwrap_or(0)]);
        put(48, &self.dev.unwrap_or(0).to_ne_bytes());
        b
    }
}
