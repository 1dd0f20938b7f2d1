//! IPv4 addresses as iptables reads and prints them: `-s`/`-d` words (host names, partial
//! dotted forms, `/N` or `/MASK`, comma lists), and the address-and-mask value.

use super::family::Fam;
use crate::error::{Error, Result};
use crate::output::IpText;
use crate::resolve;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// An address and mask of either family, in network order (IPv4 in the first 4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Net {
    pub addr: [u8; 16],
    pub mask: [u8; 16],
    pub fam: Fam,
}

impl Net {
    /// Nothing of family `fam` (`::/0`).
    pub fn any(fam: Fam) -> Net {
        Net {
            fam,
            ..Net::default()
        }
    }

    /// The address's bytes (4 or 16).
    pub fn addr_bytes(&self) -> &[u8] {
        &self.addr[..self.fam.addr_len()]
    }

    pub fn mask_bytes(&self) -> &[u8] {
        &self.mask[..self.fam.addr_len()]
    }

    /// The prefix length when the mask is contiguous.
    pub fn prefix(&self) -> Option<u32> {
        let m = u128::from_be_bytes(self.mask);
        let n = m.leading_ones();
        let bits = 8 * self.fam.addr_len() as u32;
        (n <= bits && m.checked_shl(n).unwrap_or(0) == 0).then_some(n)
    }

    /// Whether it is one host (`/32`, `/128`).
    pub fn is_host(&self) -> bool {
        self.prefix() == Some(8 * self.fam.addr_len() as u32)
    }

    fn ip(&self, bytes: &[u8; 16]) -> IpAddr {
        match self.fam {
            Fam::V4 => IpAddr::V4(Ipv4Addr::new(bytes[0], bytes[1], bytes[2], bytes[3])),
            Fam::V6 => IpAddr::V6(Ipv6Addr::from(*bytes)),
        }
    }

    /// `ADDR/N` (or `/MASK` for a mask that is not a prefix), as -S and -L -n print it.
    pub fn text(&self) -> IpText {
        let mut t = self.host();
        t.push_str("/");
        match self.prefix() {
            Some(n) => t.push_u8(n as u8),
            None => t.push_str(IpText::new(self.ip(&self.mask)).as_str()),
        }
        t
    }

    /// The address alone.
    pub fn host(&self) -> IpText {
        IpText::new(self.ip(&self.addr))
    }
}

/// A dotted address of 1 to 4 parts (`10.1` is 10.1.0.0), as iptables reads them: each part
/// a C number (any base, blanks and a sign before it) up to 255.
pub fn dotted(word: &str) -> Option<[u8; 4]> {
    let mut a = [0u8; 4];
    let parts: Vec<&str> = word.split('.').collect();
    if parts.len() > 4 {
        return None;
    }
    for (i, p) in parts.iter().enumerate() {
        a[i] = crate::cli::num::strtoul(p, 0).and_then(|v| u8::try_from(v).ok())?;
    }
    Some(a)
}

/// An IPv4 address as inet_aton reads it: 1 to 4 parts, each a C number (decimal, `0x`
/// hex, `0` octal); the last fills the bytes the others leave (`1.2.3` is 1.2.0.3, `1` is
/// 0.0.0.1). Nothing else in the word (no blanks, no signs).
pub fn inet_aton(word: &str) -> Option<[u8; 4]> {
    let parts: Vec<&str> = word.split('.').collect();
    if parts.len() > 4 {
        return None;
    }
    let mut v = Vec::with_capacity(4);
    for p in &parts {
        if !p.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            return None;
        }
        v.push(crate::cli::num::strtoul(p, 0)?);
    }
    let last = *v.last()?;
    let head = &v[..v.len() - 1];
    if head.iter().any(|&x| x > 255) || last >= 1u64 << (8 * (4 - head.len())) {
        return None;
    }
    let mut n: u32 = 0;
    for (i, &x) in head.iter().enumerate() {
        n |= (x as u32) << (24 - 8 * i);
    }
    Some((n | last as u32).to_be_bytes())
}

/// Every IPv4 address a host name has (as getaddrinfo lists them; none when unknown).
pub fn host_addrs(host: &str) -> Vec<[u8; 4]> {
    resolve::addrs_of(host)
        .unwrap_or_default()
        .iter()
        .filter_map(|a| a.parse::<Ipv4Addr>().ok())
        .map(|a| a.octets())
        .collect()
}

/// The mask of a prefix of `n` bits (`n` up to 32).
pub fn prefix_mask(n: u32) -> [u8; 4] {
    u32::MAX
        .checked_shl(32 - n.min(32))
        .unwrap_or(0)
        .to_be_bytes()
}

/// `-s`/`-d`: comma-separated `HOST[/MASK]` (the mask after the last `/`), each masked; a
/// name stands for every address it has in the family.
pub fn addresses(list: &str, fam: Fam) -> Result<Vec<Net>> {
    let mut out = Vec::new();
    let size = fam.addr_len();
    for item in list.split(',') {
        let (host, mask) = match item.rsplit_once('/') {
            Some((h, m)) => (h, Some(m)),
            None => (item, None),
        };
        let mut net = Net::any(fam);
        match mask {
            None => net.mask[..size].fill(255),
            Some(m) => {
                let as_addr = match fam {
                    Fam::V4 => dotted(m)
                        .filter(|_| m.split('.').count() == 4)
                        .map(|a| net.mask[..4].copy_from_slice(&a)),
                    Fam::V6 => m.parse::<Ipv6Addr>().ok().map(|a| net.mask = a.octets()),
                };
                if as_addr.is_none() {
                    match crate::cli::num::strtoul(m, 0) {
                        Some(n) if n <= 8 * size as u64 => {
                            net.mask = u128::MAX
                                .checked_shl(128 - n as u32)
                                .unwrap_or(0)
                                .to_be_bytes();
                        }
                        _ => {
                            return Err(Error::ipt_param(format_args!(
                                "invalid mask `{m}' specified"
                            )))
                        }
                    }
                }
            }
        }
        // a mask of nothing matches every address: the host is not even read
        if net.mask == [0; 16] {
            out.push(net);
            continue;
        }
        let found: Vec<[u8; 16]> = match fam {
            Fam::V4 => match dotted(host) {
                Some(a) => vec![a],
                None => host_addrs(host),
            }
            .into_iter()
            .map(|a| {
                let mut x = [0u8; 16];
                x[..4].copy_from_slice(&a);
                x
            })
            .collect(),
            Fam::V6 => host6(host),
        };
        if found.is_empty() {
            return Err(Error::ipt_param(format_args!(
                "host/network `{host}' not found"
            )));
        }
        for a in found {
            for (i, b) in net.addr.iter_mut().enumerate() {
                *b = a[i] & net.mask[i];
            }
            out.push(net);
        }
    }
    Ok(out)
}

/// Every IPv6 address of `host` as getaddrinfo gives them: a numeric address (blanks
/// before it, a `%scope` that names a link or is a number), else a name's addresses.
pub fn host6(host: &str) -> Vec<[u8; 16]> {
    match numeric6(host.trim_start()) {
        Some(found) => found.into_iter().collect(),
        None if host.is_empty()
            || host.contains(['[', ']', '%'])
            || host.parse::<Ipv4Addr>().is_ok() =>
        {
            Vec::new()
        }
        None => crate::resolve::addrs6_of(host),
    }
}

/// A numeric IPv6 address as getaddrinfo reads one: None when the word is none; Some(None)
/// when its `%scope` is refused (a scope is a number, or a link's name on a link-local
/// address), which getaddrinfo answers as an unknown name.
fn numeric6(word: &str) -> Option<Option<[u8; 16]>> {
    let (addr, scope) = match word.split_once('%') {
        Some((a, s)) => (a, Some(s)),
        None => (word, None),
    };
    let a = addr.parse::<Ipv6Addr>().ok()?;
    let link_local = a.segments()[0] & 0xffc0 == 0xfe80 || a.segments()[0] & 0xff0f == 0xff02;
    let scope_ok = scope.is_none_or(|s| {
        s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<u32>().is_ok()
            || link_local && nix::net::if_::if_nametoindex(s).is_ok()
    });
    Some(scope_ok.then(|| a.octets()))
}

/// `HOST[/MASK]` cut at the first `/`.
pub fn split_mask(word: &str) -> (&str, Option<&str>) {
    match word.split_once('/') {
        Some((h, m)) => (h, Some(m)),
        None => (word, None),
    }
}

/// The one IPv4 address of `host` as an extension reads it (getaddrinfo, AF_INET): a dotted
/// address, or a name with exactly one address. With `family_error` a name holding `:` fails
/// as getaddrinfo does for that family; a name not to be looked up (`lookup` false) has none.
pub fn one_host(host: &str, family_error: bool, lookup: bool) -> Result<[u8; 4]> {
    let found: Vec<[u8; 4]> = match inet_aton(host) {
        Some(a) => vec![a],
        None if family_error && host.contains(':') => {
            return Err(Error::ipt_param(
                "getaddrinfo: Address family for hostname not supported\n",
            ))
        }
        None if !lookup => Vec::new(),
        None => host_addrs(host),
    };
    let Some(first) = found.first().copied() else {
        return Err(Error::ipt_param("getaddrinfo: Name or service not known\n"));
    };
    if found.iter().any(|a| *a != first) {
        return Err(Error::ipt_param(format_args!(
            "{host} resolves to more than one address\n"
        )));
    }
    Ok(first)
}

/// An extension's mask after `/`: a prefix length up to 32 (C number forms) or a dotted
/// mask; `None` for a dotted mask that is no prefix (or a number past 32 read as an
/// address), which keeps the whole address. `ext` and `option` name it in the error.
pub fn mask_prefix(word: &str, ext: &str, option: &str) -> Result<Option<u32>> {
    match crate::cli::num::strtoul(word, 0) {
        Some(n) if n <= 32 && !word.contains('-') => Ok(Some(n as u32)),
        _ => match inet_aton(word) {
            Some(dotted) => {
                let bits = u32::from_be_bytes(dotted);
                let n = bits.leading_ones();
                Ok((bits.checked_shl(n).unwrap_or(0) == 0).then_some(n))
            }
            None => Err(Error::ipt_param(format_args!(
                "{ext}: bad value for option \"--{option}\", neither a valid network mask nor valid CIDR (0-32).\n"
            ))),
        },
    }
}

/// A 16-byte (IPv4 in the first 4) mask: a prefix in its first 4 bytes, or all ones.
pub fn mask16(prefix: Option<u32>) -> [u8; 16] {
    let mut m = [0xffu8; 16];
    if let Some(n) = prefix {
        m = [0; 16];
        m[..4].copy_from_slice(&prefix_mask(n));
    }
    m
}

/// `ADDR[/MASK]` into 16-byte address and mask (host bits kept): one address, a mask read by
/// [`mask_prefix`]; no mask, or one that is not a prefix, is all ones. A name holding a comma
/// is looked up only with `lookup_commas`.
pub fn host_mask16(
    word: &str,
    ext: &str,
    option: &str,
    lookup_commas: bool,
) -> Result<([u8; 16], [u8; 16])> {
    let (host, mask) = split_mask(word);
    let first = one_host(host, true, lookup_commas || !host.contains(','))?;
    let mut addr = [0u8; 16];
    addr[..4].copy_from_slice(&first);
    match mask {
        None => Ok((addr, [0xff; 16])),
        Some(m) => Ok((addr, mask16(mask_prefix(m, ext, option)?))),
    }
}

/// The one IPv6 address of `host` as an extension reads it (getaddrinfo, AF_INET6): an
/// address (a `%scope` a number, or a link's name for a link-local address), or a host
/// name with exactly one address; getaddrinfo's complaints otherwise.
pub fn one_host6(host: &str) -> Result<[u8; 16]> {
    let not_known = || Error::ipt_param("getaddrinfo: Name or service not known\n");
    if let Some(found) = numeric6(host) {
        return found.ok_or_else(not_known);
    }
    if inet_aton(host).is_some() {
        return Err(Error::ipt_param(
            "getaddrinfo: Address family for hostname not supported\n",
        ));
    }
    // a word no host name can be is not looked up
    let name = host.strip_suffix('.').unwrap_or(host);
    let hostname = name.split('.').all(|label| {
        !label.is_empty()
            && label
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_'))
    });
    if !hostname {
        return Err(not_known());
    }
    let found = match resolve::addrs6_lookup(host) {
        Ok(found) => found,
        Err(resolve::Miss::Failed) => {
            return Err(Error::ipt_param(
                "getaddrinfo: Temporary failure in name resolution\n",
            ))
        }
        Err(resolve::Miss::NotFound) => return Err(not_known()),
    };
    let first = *found.first().ok_or_else(not_known)?;
    if found.iter().any(|a| *a != first) {
        return Err(Error::ipt_param(format_args!(
            "{host} resolves to more than one address\n"
        )));
    }
    Ok(first)
}

/// An ip6tables extension's mask after `/`: a prefix length up to 128 (C number forms) or
/// an IPv6 mask; `None` for a mask that is no prefix (which keeps the whole address).
pub fn mask_prefix6(word: &str, ext: &str, option: &str) -> Result<Option<u32>> {
    match crate::cli::num::strtoul(word, 0) {
        Some(n) if n <= 128 && !word.contains('-') => Ok(Some(n as u32)),
        _ => match word.parse::<Ipv6Addr>() {
            Ok(m) => Ok(prefix6(m.octets())),
            Err(_) => Err(Error::ipt_param(format_args!(
                "{ext}: bad value for option \"--{option}\", neither a valid network mask nor valid CIDR (0-128).\n"
            ))),
        },
    }
}

/// The 16-byte mask of a prefix of `n` bits (`n` up to 128).
pub fn prefix_mask6(n: u32) -> [u8; 16] {
    u128::MAX
        .checked_shl(128 - n.min(128))
        .unwrap_or(0)
        .to_be_bytes()
}

/// [`host_mask16`] in family `fam`: for IPv6 one address ([`one_host6`]) and a mask read by
/// [`mask_prefix6`] (none, or one that is no prefix, is all ones); the host bits are kept.
pub fn host_mask_fam(
    word: &str,
    ext: &str,
    option: &str,
    lookup_commas: bool,
    fam: Fam,
) -> Result<([u8; 16], [u8; 16])> {
    if !fam.is_v6() {
        return host_mask16(word, ext, option, lookup_commas);
    }
    let (host, mask) = split_mask(word);
    let addr = one_host6(host)?;
    match mask {
        None => Ok((addr, [0xff; 16])),
        Some(m) => Ok((
            addr,
            mask_prefix6(m, ext, option)?.map_or([0xff; 16], prefix_mask6),
        )),
    }
}

/// An IPv6 address and mask as an extension prints them: the address alone when the mask is
/// whole, `/N` after it for a prefix, else `/MASK`.
pub fn addr_mask6_text(addr: &[u8], mask: &[u8]) -> String {
    let a: [u8; 16] = addr.try_into().unwrap_or([0; 16]);
    let m: [u8; 16] = mask.try_into().unwrap_or([0xff; 16]);
    let net = Net {
        addr: a,
        mask: m,
        fam: Fam::V6,
    };
    if net.is_host() {
        net.host().as_str().to_string()
    } else {
        net.text().as_str().to_string()
    }
}

/// 16 bytes as an IPv6 address's text (glibc's inet_ntop form).
pub fn ip6_text(b: &[u8]) -> String {
    let a: [u8; 16] = b
        .get(..16)
        .and_then(|s| s.try_into().ok())
        .unwrap_or([0; 16]);
    IpText::new(IpAddr::V6(Ipv6Addr::from(a)))
        .as_str()
        .to_string()
}

/// An IPv6 extension option's `ADDR[/MASK]` (the address first, [`one_host6`]; host bits
/// kept): the mask a C number up to 128 or an IPv6 mask (as it is, a prefix or not); no
/// mask is all ones. `ext` and `option` name it in the error.
pub fn host_mask6(word: &str, ext: &str, option: &str) -> Result<([u8; 16], [u8; 16])> {
    let (host, mask) = split_mask(word);
    let addr = one_host6(host)?;
    let Some(m) = mask else {
        return Ok((addr, [0xff; 16]));
    };
    if let Some(n) = crate::cli::num::strtoul(m, 0).filter(|&n| n <= 128) {
        return Ok((addr, prefix_mask6(n as u32)));
    }
    match m.parse::<Ipv6Addr>() {
        Ok(a) => Ok((addr, a.octets())),
        Err(_) => Err(Error::ipt_param(format_args!(
            "{ext}: bad value for option \"--{option}\", neither a valid network mask nor valid CIDR (0-128).\n"
        ))),
    }
}

/// The prefix length of a 16-byte mask (None: it is no prefix).
pub fn prefix6(mask: [u8; 16]) -> Option<u32> {
    Net {
        addr: [0; 16],
        mask,
        fam: Fam::V6,
    }
    .prefix()
}
