//! Addresses and prefixes on the command line, as iproute2 reads them (its `get_addr` /
//! `get_prefix`): IPv4 in the short dotted forms (`10.1` is 10.1.0.0, `0x0a.1`, octal `010.1`),
//! IPv6 as `inet_pton` takes it, MPLS label stacks, the words `default` / `any` / `all`,
//! `/LEN` in any `strtoul` base or an IPv4 netmask, and the reference's error lines.
//!
//! Shared by `ip address`, and meant for `ip route` / `ip neigh` too.

use super::lladdr;
use crate::cli::num::{get_u32, strtoul};
use crate::error::{Error, Result};
use crate::netlink::rtnl::{AF_BRIDGE, AF_INET, AF_INET6, AF_MPLS, AF_PACKET};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The most MPLS labels one address may carry.
pub const MPLS_MAX_LABELS: usize = 16;
const MPLS_LABEL_LIMIT: u64 = 1 << 20;
const MPLS_LS_LABEL_SHIFT: u32 = 12;
const MPLS_LS_S_MASK: u32 = 1 << 8;

/// What kind of word gave the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    /// A real address.
    No,
    /// `default`: all-zero, as long as the family's addresses (none without a family).
    Default,
    /// `any` / `all`: no address bytes at all.
    Any,
}

/// iproute2's `inet_prefix`: a family, the address bytes (network order) and a prefix length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inet {
    /// AF_INET, AF_INET6, AF_MPLS, or the family asked for (`default`/`any`).
    pub family: u8,
    /// How many address bytes there are (0 for `any`, and for `default` without a family).
    pub bytelen: u8,
    /// The prefix length (the full length when none was written).
    pub bitlen: u16,
    /// A `/LEN` was written (or the word was `default`/`any`/`all`).
    pub len_given: bool,
    pub special: Special,
    data: [u8; 4 * MPLS_MAX_LABELS],
}

impl Inet {
    fn new(family: u8, bytes: &[u8], bitlen: u16) -> Inet {
        let mut data = [0; 4 * MPLS_MAX_LABELS];
        let n = bytes.len().min(data.len());
        data[..n].copy_from_slice(&bytes[..n]);
        Inet {
            family,
            bytelen: n as u8,
            bitlen,
            len_given: false,
            special: Special::No,
            data,
        }
    }

    /// A prefix of `family` from its address bytes and length, as a route names it.
    pub fn prefix(family: u8, bytes: &[u8], bitlen: u8) -> Inet {
        Inet {
            len_given: true,
            ..Inet::new(family, bytes, u16::from(bitlen))
        }
    }

    /// The address bytes as they go into a netlink attribute.
    pub fn bytes(&self) -> &[u8] {
        &self.data[..usize::from(self.bytelen)]
    }

    /// The address as an IP address (IPv4 / IPv6 with their full length only).
    pub fn ip(&self) -> Option<IpAddr> {
        match (self.family, self.bytes()) {
            (AF_INET, b) if b.len() == 4 => Some(IpAddr::V4(Ipv4Addr::new(b[0], b[1], b[2], b[3]))),
            (AF_INET6, b) if b.len() == 16 => {
                let mut o = [0u8; 16];
                o.copy_from_slice(b);
                Some(IpAddr::V6(Ipv6Addr::from(o)))
            }
            _ => None,
        }
    }

    /// The longest prefix length this family allows.
    pub fn max_bits(&self) -> u16 {
        u16::from(self.bytelen) * 8
    }

    /// Whether `addr` (bytes of an address of `family`) lies in this prefix, comparing the
    /// first `bitlen` bits (iproute2's `inet_addr_match`). A prefix without a family or
    /// with no bits matches everything of its family.
    pub fn contains(&self, family: u8, addr: &[u8]) -> bool {
        if self.family != 0 && family != self.family {
            return false;
        }
        let bits = usize::from(self.bitlen);
        if bits == 0 {
            return true;
        }
        let mine = self.bytes();
        let whole = bits / 8;
        if mine.len() < whole || addr.len() < whole || mine[..whole] != addr[..whole] {
            return false;
        }
        let rest = bits % 8;
        if rest == 0 {
            return true;
        }
        match (mine.get(whole), addr.get(whole)) {
            (Some(a), Some(b)) => {
                let mask = 0xffu8 << (8 - rest);
                (a ^ b) & mask == 0
            }
            _ => false,
        }
    }

    /// Is this a multicast address (224.0.0.0/4, ff00::/8)?
    pub fn is_multicast(&self) -> bool {
        match self.ip() {
            Some(IpAddr::V4(a)) => a.is_multicast(),
            Some(IpAddr::V6(a)) => a.is_multicast(),
            None => false,
        }
    }
}

/// The family's name in the reference's messages (`"inet prefix is expected …"`).
pub fn family_name(family: u8) -> &'static str {
    match family {
        0 => "any valid",
        AF_INET => "inet",
        AF_INET6 => "inet6",
        AF_PACKET => "link",
        AF_MPLS => "mpls",
        AF_BRIDGE => "bridge",
        _ => "???",
    }
}

/// IPv4 the reference's way: one to four dot-separated parts, each a `strtoul` number
/// up to 255, filling the bytes from the left (`10.1` is 10.1.0.0).
pub fn parse_ipv4(s: &str) -> Option<[u8; 4]> {
    let mut out = [0u8; 4];
    for (i, part) in s.split('.').enumerate() {
        *out.get_mut(i)? = u8::try_from(strtoul(part, 0)?).ok()?;
    }
    Some(out)
}

/// IPv6 as `inet_pton(AF_INET6)` takes it (no zone, no white space).
pub fn parse_ipv6(s: &str) -> Option<[u8; 16]> {
    s.parse::<Ipv6Addr>().ok().map(|a| a.octets())
}

/// An MPLS label stack `L1/L2/...` (each below 2^20); the last label gets the
/// bottom-of-stack bit.
fn parse_mpls(s: &str) -> Option<Inet> {
    let mut bytes = Vec::with_capacity(4);
    let parts: Vec<&str> = s.split('/').collect();
    if parts.len() > MPLS_MAX_LABELS {
        return None;
    }
    for (i, part) in parts.iter().enumerate() {
        let label = strtoul(part, 0).filter(|&v| v < MPLS_LABEL_LIMIT)?;
        let mut entry = (label as u32) << MPLS_LS_LABEL_SHIFT;
        if i + 1 == parts.len() {
            entry |= MPLS_LS_S_MASK;
        }
        bytes.extend_from_slice(&entry.to_be_bytes());
    }
    let bits = (parts.len() * 20) as u16;
    Some(Inet::new(AF_MPLS, &bytes, bits))
}

/// The words that stand for "no particular address".
fn special(s: &str, family: u8) -> Option<Inet> {
    let kind = match s {
        "default" => Special::Default,
        "any" | "all" => Special::Any,
        _ => return None,
    };
    let len = match (kind, family) {
        (Special::Default, AF_INET) => 4,
        (Special::Default, AF_INET6) => 16,
        _ => 0,
    };
    let mut a = Inet::new(family, &[0u8; 16][..len], 0);
    a.special = kind;
    a.len_given = true;
    Some(a)
}

/// An address (no `/LEN`) of `family` (0 = any), or None.
pub fn parse_addr(s: &str, family: u8) -> Option<Inet> {
    if family == AF_MPLS {
        return parse_mpls(s);
    }
    if let Some(a) = special(s, family) {
        return Some(a);
    }
    let family = if family == AF_PACKET { 0 } else { family };
    if s.contains(':') {
        if family != 0 && family != AF_INET6 {
            return None;
        }
        return parse_ipv6(s).map(|b| Inet::new(AF_INET6, &b, 128));
    }
    if family != 0 && family != AF_INET {
        return None;
    }
    parse_ipv4(s).map(|b| Inet::new(AF_INET, &b, 32))
}

/// A netmask written as an IPv4 address: its length when the ones are contiguous.
fn mask_len(s: &str) -> Option<u16> {
    let m = u32::from_be_bytes(parse_ipv4(s)?);
    let ones = m.leading_ones();
    (m.checked_shl(ones).unwrap_or(0) == 0).then_some(ones as u16)
}

/// A prefix `ADDR[/LEN]` of `family` (0 = any), or None.
pub fn parse_prefix(s: &str, family: u8) -> Option<Inet> {
    if family == AF_PACKET {
        return None;
    }
    if family != AF_MPLS {
        if let Some(a) = special(s, family) {
            return Some(a);
        }
    }
    let Some((addr, len)) = s.split_once('/') else {
        return parse_addr(s, family);
    };
    if family == AF_MPLS {
        return None;
    }
    let mut a = parse_addr(addr, family)?;
    if a.special != Special::No {
        return None;
    }
    let bits = match get_u32(len) {
        Some(v) => u16::try_from(v).ok().filter(|&v| v <= a.max_bits())?,
        None if a.family == AF_INET => mask_len(len)?,
        None => return None,
    };
    a.bitlen = bits;
    a.len_given = true;
    Some(a)
}

/// `get_addr`: an address, or `Error: inet address is expected rather than "x".` (exit 1).
/// In link-layer context (`-0`) the address is a link-layer one.
pub fn get_addr(s: &str, family: u8) -> Result<Inet> {
    if family == AF_PACKET {
        return match lladdr::parse(s) {
            Ok(b) => Ok(Inet::new(AF_PACKET, &b, (b.len() * 8) as u16)),
            Err(part) => Err(Error::ip_fail(format_args!(
                "{}\nError: link address is expected rather than \"{s}\".",
                lladdr::invalid(part)
            ))),
        };
    }
    parse_addr(s, family).ok_or_else(|| {
        Error::ip_fail(format_args!(
            "Error: {} address is expected rather than \"{s}\".",
            family_name(family)
        ))
    })
}

/// `get_prefix`: a prefix, or `Error: inet prefix is expected rather than "x".` (exit 1);
/// link-layer context refuses all of them.
pub fn get_prefix(s: &str, family: u8) -> Result<Inet> {
    if family == AF_PACKET {
        return Err(Error::ip_fail(format_args!(
            "Error: \"{s}\" may be inet prefix, but it is not allowed in this context."
        )));
    }
    parse_prefix(s, family).ok_or_else(|| {
        Error::ip_fail(format_args!(
            "Error: {} prefix is expected rather than \"{s}\".",
            family_name(family)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v4(s: &str) -> Option<(Vec<u8>, u16)> {
        parse_prefix(s, 0).map(|a| (a.bytes().to_vec(), a.bitlen))
    }

    #[test]
    fn ipv4_short_forms_as_the_reference() {
        assert_eq!(v4("10.1/24"), Some((vec![10, 1, 0, 0], 24)));
        assert_eq!(v4("10"), Some((vec![10, 0, 0, 0], 32)));
        assert_eq!(v4("0x0a.1"), Some((vec![10, 1, 0, 0], 32)));
        assert_eq!(v4("010.1"), Some((vec![8, 1, 0, 0], 32)));
        assert_eq!(v4("00.1"), Some((vec![0, 1, 0, 0], 32)));
        assert_eq!(v4(" 10.0.0.1"), Some((vec![10, 0, 0, 1], 32)));
        assert_eq!(v4("10. 0.0.1"), Some((vec![10, 0, 0, 1], 32)));
        assert_eq!(v4("10.-0.0.1"), Some((vec![10, 0, 0, 1], 32)));
        assert_eq!(v4("+1.2.3.4"), Some((vec![1, 2, 3, 4], 32)));
        for bad in [
            "1.2.3.4.5",
            "256.1.1.1",
            "08.1",
            "1.2.3.0x100",
            "1..2",
            "1.2.3.",
            ".1",
            "4294967295",
            "0x.1",
            "1.2.3.4 ",
            "foo",
            "def",
            "default/24",
            "any/0",
            "",
        ] {
            assert_eq!(v4(bad), None, "{bad}");
        }
    }

    #[test]
    fn prefix_lengths_as_the_reference() {
        assert_eq!(v4("1.2.3.4/0x18").map(|p| p.1), Some(24));
        assert_eq!(v4("1.2.3.4/024").map(|p| p.1), Some(20));
        assert_eq!(v4("1.2.3.4/+24").map(|p| p.1), Some(24));
        assert_eq!(v4("1.2.3.4/ 24").map(|p| p.1), Some(24));
        assert_eq!(v4("1.2.3.4/-0").map(|p| p.1), Some(0));
        assert_eq!(v4("1.2.3.4/255.255.255.0").map(|p| p.1), Some(24));
        assert_eq!(v4("1.2.3.4/255.255").map(|p| p.1), Some(16));
        assert_eq!(v4("1.2.3.4/0xff.0xff.0xff.0").map(|p| p.1), Some(24));
        assert_eq!(v4("1.2.3.4/0.0.0.0").map(|p| p.1), Some(0));
        assert_eq!(v4("1.2.3.4/255.255.255.255").map(|p| p.1), Some(32));
        for bad in [
            "10.0.0.1/33",
            "10.0.0.1/abc",
            "10.0.0.1/",
            "/24",
            "10.0.0.1/24/3",
            "10.0.0.1/-1",
            "1.2.3.4/255.0.255.0",
            "1.2.3.4/8.0",
            "1.2.3.4/128",
            "1.2.3.4/255",
            "1.2.3.4/192",
            "1.2.3.4/24 ",
            "1.2.3.4/0x",
        ] {
            assert_eq!(v4(bad), None, "{bad}");
        }
        let p = parse_prefix("10.0.0.1", 0).unwrap();
        assert!(!p.len_given);
        assert!(parse_prefix("10.0.0.1/32", 0).unwrap().len_given);
    }

    #[test]
    fn ipv6_as_inet_pton() {
        let p = parse_prefix("2001:db8::1/064", 0).unwrap();
        assert_eq!((p.family, p.bitlen), (AF_INET6, 52));
        assert_eq!(parse_prefix("::ffff:1.2.3.4", 0).unwrap().bitlen, 128);
        assert!(parse_prefix("1:2:3:4:5:6:7::", 0).is_some());
        assert!(parse_prefix("1:2:3:4:5:6:1.2.3.4", 0).is_some());
        assert!(parse_prefix("::", 0).is_some());
        assert_eq!(parse_prefix("::/0", 0).unwrap().bitlen, 0);
        for bad in [
            "::1/129",
            "2001:db8::1/ffff:ffff::",
            "fe80::1%v0",
            "::01.2.3.4",
            "12345::1",
            "1:2:3:4:5:6:7:8:9",
            "1::2::3",
            "::1.2.3",
            "::ffff:256.1.1.1",
            ":1::2",
            "1::2:",
        ] {
            assert_eq!(parse_prefix(bad, 0), None, "{bad}");
        }
    }

    #[test]
    fn families_constrain_the_parse() {
        assert_eq!(parse_prefix("10.0.0.1", AF_INET6), None);
        assert_eq!(parse_prefix("::1", AF_INET), None);
        assert_eq!(parse_prefix("10.0.0.1", AF_BRIDGE), None);
        let e = get_prefix("10.0.0.1", AF_INET6).unwrap_err();
        assert_eq!(
            e.text,
            "Error: inet6 prefix is expected rather than \"10.0.0.1\".\n"
        );
        assert_eq!(e.code, 1);
        let e = get_prefix("x", 0).unwrap_err();
        assert_eq!(
            e.text,
            "Error: any valid prefix is expected rather than \"x\".\n"
        );
        let e = get_prefix("::1", AF_PACKET).unwrap_err();
        assert_eq!(
            e.text,
            "Error: \"::1\" may be inet prefix, but it is not allowed in this context.\n"
        );
        let e = get_addr("foo", AF_INET).unwrap_err();
        assert_eq!(
            e.text,
            "Error: inet address is expected rather than \"foo\".\n"
        );
        let e = get_addr("foo", 0).unwrap_err();
        assert_eq!(
            e.text,
            "Error: any valid address is expected rather than \"foo\".\n"
        );
        // link-layer context reads link-layer addresses
        assert_eq!(
            get_addr("1.2.3.4", AF_PACKET).unwrap().bytes(),
            &[1, 2, 3, 4]
        );
        assert_eq!(get_addr("1.2", AF_PACKET).unwrap().bytes(), &[1, 2, 0, 0]);
        assert_eq!(
            get_addr("02:0x1f:6x", AF_PACKET).unwrap().bytes(),
            &[2, 0x1f, 6]
        );
        let e = get_addr("permanent", AF_PACKET).unwrap_err();
        assert_eq!(
            e.text,
            "\"permanent\" is invalid lladdr.\nError: link address is expected rather than \"permanent\".\n"
        );
        let e = get_addr("1::3", AF_PACKET).unwrap_err();
        assert!(e.text.starts_with("\"\" is invalid lladdr.\n"));
        assert!(get_addr("-1:2", AF_PACKET).is_err());
        assert!(get_addr("1.2.3.4.5", AF_PACKET).is_err());
    }

    #[test]
    fn special_words() {
        let d = parse_prefix("default", 0).unwrap();
        assert_eq!((d.family, d.bytelen, d.bitlen), (0, 0, 0));
        let d = parse_prefix("default", AF_INET).unwrap();
        assert_eq!((d.family, d.bytes()), (AF_INET, &[0u8; 4][..]));
        let d = parse_prefix("default", AF_INET6).unwrap();
        assert_eq!(d.bytelen, 16);
        let a = parse_prefix("all", AF_INET).unwrap();
        assert_eq!((a.family, a.bytelen, a.special), (AF_INET, 0, Special::Any));
        assert_eq!(parse_prefix("any", AF_BRIDGE).unwrap().bytelen, 0);
        assert_eq!(parse_prefix("default", AF_MPLS), None);
        assert_eq!(parse_prefix("any", AF_MPLS), None);
    }

    #[test]
    fn mpls_labels() {
        let m = parse_prefix("100", AF_MPLS).unwrap();
        assert_eq!((m.bytes(), m.bitlen), (&[0x00, 0x06, 0x41, 0x00][..], 20));
        assert_eq!(parse_prefix("1048576", AF_MPLS), None);
        assert_eq!(parse_prefix("100/200", AF_MPLS), None);
        assert_eq!(parse_prefix("10.0.0.1", AF_MPLS), None);
        let s = parse_addr("100/200", AF_MPLS).unwrap();
        assert_eq!(s.bytes(), &[0x00, 0x06, 0x40, 0x00, 0x00, 0x0c, 0x81, 0x00]);
    }

    #[test]
    fn prefix_membership() {
        let p = parse_prefix("10.0.0.0/8", 0).unwrap();
        assert!(p.contains(AF_INET, &[10, 9, 0, 1]));
        assert!(!p.contains(AF_INET, &[11, 0, 0, 1]));
        assert!(!p.contains(AF_INET6, &[10; 16]));
        let p = parse_prefix("10.0.0.1/24", 0).unwrap();
        assert!(p.contains(AF_INET, &[10, 0, 0, 200]));
        let p = parse_prefix("10.0.0.0/9", 0).unwrap();
        assert!(p.contains(AF_INET, &[10, 127, 0, 1]));
        assert!(!p.contains(AF_INET, &[10, 128, 0, 1]));
        assert!(parse_prefix("default", 0)
            .unwrap()
            .contains(AF_INET6, &[1; 16]));
        assert!(!parse_prefix("default", AF_INET)
            .unwrap()
            .contains(AF_INET6, &[1; 16]));
    }
}
