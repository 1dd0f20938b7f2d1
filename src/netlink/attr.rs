//! Netlink attributes (struct nlattr): zero-copy reading and byte-exact building.
//!
//! Reading: [`attrs`] walks an attribute area, [`Table`] indexes one by type, the `*_of`
//! readers take a value's leading bytes (native order unless named `be`), [`cstr`] reads a
//! NUL-terminated string. Building: the functions that return a [`DefaultNla`] encode exactly
//! what the reference sends (no NUL after kind names and aliases, no NLA_F_NESTED on nests),
//! for what the typed crates encode otherwise.

use netlink_packet_core::{DefaultNla, Emitable};

/// struct nlattr's header length.
const NLA_HDRLEN: usize = 4;
/// The flag bits of nla_type (NLA_F_NESTED, NLA_F_NET_BYTEORDER).
const NLA_TYPE_MASK: u16 = 0x3fff;

/// The attributes (type without flag bits, value) in an attribute area, in order.
/// A truncated or malformed attribute ends the walk.
pub fn attrs(area: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut off = 0;
    std::iter::from_fn(move || {
        let (kind, start, end, next) = attr_at(area, off)?;
        off = next;
        Some((kind, area.get(start..end)?))
    })
}

/// The attribute at offset `off` of `area`: its type without flag bits, where its value
/// starts and ends, and where the next attribute starts; `None` at the end or at a
/// truncated or malformed attribute.
#[inline(always)]
fn attr_at(area: &[u8], off: usize) -> Option<(u16, usize, usize, usize)> {
    let head = area.get(off..off + NLA_HDRLEN)?;
    let len = usize::from(u16::from_ne_bytes([head[0], head[1]]));
    let kind = u16::from_ne_bytes([head[2], head[3]]) & NLA_TYPE_MASK;
    let end = off + len;
    if len < NLA_HDRLEN || end > area.len() {
        return None;
    }
    Some((kind, off + NLA_HDRLEN, end, off + ((len + 3) & !3)))
}

/// The value of the first attribute of type `kind` in an attribute area.
pub fn find(area: &[u8], kind: u16) -> Option<&[u8]> {
    attrs(area).find(|&(k, _)| k == kind).map(|(_, v)| v)
}

/// The bytes before the first NUL.
fn until_nul(v: &[u8]) -> &[u8] {
    v.split(|&c| c == 0).next().unwrap_or(v)
}

/// A NUL-terminated string attribute (the bytes before the first NUL; "" if not UTF-8).
pub fn cstr(v: &[u8]) -> &str {
    std::str::from_utf8(until_nul(v)).unwrap_or("")
}

/// A NUL-terminated string attribute as an owned string (invalid UTF-8 replaced).
pub fn cstring(v: &[u8]) -> String {
    String::from_utf8_lossy(until_nul(v)).into_owned()
}

#[inline(always)]
pub fn u8_of(v: &[u8]) -> Option<u8> {
    v.first().copied()
}

#[inline(always)]
pub fn u16_of(v: &[u8]) -> Option<u16> {
    Some(u16::from_ne_bytes(v.get(..2)?.try_into().ok()?))
}

#[inline(always)]
pub fn be16_of(v: &[u8]) -> Option<u16> {
    Some(u16::from_be_bytes(v.get(..2)?.try_into().ok()?))
}

#[inline(always)]
pub fn be32_of(v: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(v.get(..4)?.try_into().ok()?))
}

#[inline(always)]
pub fn be64_of(v: &[u8]) -> Option<u64> {
    Some(u64::from_be_bytes(v.get(..8)?.try_into().ok()?))
}

#[inline(always)]
pub fn u32_of(v: &[u8]) -> Option<u32> {
    Some(u32::from_ne_bytes(v.get(..4)?.try_into().ok()?))
}

#[inline(always)]
pub fn i32_of(v: &[u8]) -> Option<i32> {
    Some(i32::from_ne_bytes(v.get(..4)?.try_into().ok()?))
}

#[inline(always)]
pub fn u64_of(v: &[u8]) -> Option<u64> {
    Some(u64::from_ne_bytes(v.get(..8)?.try_into().ok()?))
}

/// Fills `at` (all absent) with where each attribute's value starts and ends in `area`.
fn index(area: &[u8], at: &mut [u64]) {
    let mut off = 0;
    while let Some((kind, start, end, next)) = attr_at(area, off) {
        if let Some(slot) = at.get_mut(usize::from(kind)) {
            *slot = start as u64 | (end as u64) << 32;
        }
        off = next;
    }
}

/// An attribute area indexed by type (iproute2's `parse_rtattr` into `tb[]`): types of `N`
/// and above are ignored; a repeated type keeps its last value. Each slot holds the value's
/// start (low 32 bits) and end (high 32 bits) in the area, 0 when absent: half the size of a
/// slice, and a table of plain zeros starts as one `memset` where it is kept (dumps build one
/// per message).
#[derive(Clone, Copy)]
pub struct Table<'a, const N: usize> {
    area: &'a [u8],
    at: [u64; N],
}

impl<'a, const N: usize> Table<'a, N> {
    pub fn new(area: &'a [u8]) -> Self {
        Table::with(area, |t| *t)
    }

    /// `f` of the table of `area`, built where it is used: where a dump builds one per
    /// message, returning it (as [`Table::new`] does) costs a copy of its slots.
    #[inline(always)]
    pub fn with<R>(area: &'a [u8], f: impl FnOnce(&Table<'a, N>) -> R) -> R {
        let mut t = Table { area, at: [0; N] };
        index(area, &mut t.at);
        f(&t)
    }

    #[inline(always)]
    pub fn get(&self, kind: u16) -> Option<&'a [u8]> {
        let &slot = self.at.get(usize::from(kind))?;
        if slot == 0 {
            return None;
        }
        self.area.get(slot as u32 as usize..(slot >> 32) as usize)
    }

    #[inline(always)]
    pub fn has(&self, kind: u16) -> bool {
        self.get(kind).is_some()
    }

    #[inline(always)]
    pub fn u8(&self, kind: u16) -> Option<u8> {
        self.get(kind).and_then(u8_of)
    }

    #[inline(always)]
    pub fn u16(&self, kind: u16) -> Option<u16> {
        self.get(kind).and_then(u16_of)
    }

    #[inline(always)]
    pub fn be16(&self, kind: u16) -> Option<u16> {
        self.get(kind).and_then(be16_of)
    }

    #[inline(always)]
    pub fn u32(&self, kind: u16) -> Option<u32> {
        self.get(kind).and_then(u32_of)
    }

    #[inline(always)]
    pub fn u64(&self, kind: u16) -> Option<u64> {
        self.get(kind).and_then(u64_of)
    }

    #[inline(always)]
    pub fn str(&self, kind: u16) -> Option<&'a str> {
        self.get(kind).map(cstr)
    }
}

// ---------------------------------------------------------------------------------------
// Building

pub fn bytes(kind: u16, value: &[u8]) -> DefaultNla {
    DefaultNla::new(kind, value.to_vec())
}

pub fn u8(kind: u16, v: u8) -> DefaultNla {
    DefaultNla::new(kind, vec![v])
}

pub fn u16(kind: u16, v: u16) -> DefaultNla {
    DefaultNla::new(kind, v.to_ne_bytes().to_vec())
}

pub fn u16_be(kind: u16, v: u16) -> DefaultNla {
    DefaultNla::new(kind, v.to_be_bytes().to_vec())
}

pub fn u32(kind: u16, v: u32) -> DefaultNla {
    DefaultNla::new(kind, v.to_ne_bytes().to_vec())
}

pub fn u64(kind: u16, v: u64) -> DefaultNla {
    DefaultNla::new(kind, v.to_ne_bytes().to_vec())
}

/// Two u32s (value, mask), as in IFLA_VLAN_FLAGS and IFLA_BR_MULTI_BOOLOPT.
pub fn flags_mask(kind: u16, flags: u32, mask: u32) -> DefaultNla {
    let mut v = flags.to_ne_bytes().to_vec();
    v.extend_from_slice(&mask.to_ne_bytes());
    DefaultNla::new(kind, v)
}

/// The bytes of a list of attributes (a nest's payload).
pub fn emit_all(items: &[DefaultNla]) -> Vec<u8> {
    let mut buf = vec![0; items.buffer_len()];
    items.emit(&mut buf);
    buf
}

/// A nest holding `items` (without NLA_F_NESTED, as the reference sends link nests).
pub fn nest(kind: u16, items: &[DefaultNla]) -> DefaultNla {
    DefaultNla::new(kind, emit_all(items))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nla(kind: u16, value: &[u8]) -> Vec<u8> {
        let mut v = ((4 + value.len()) as u16).to_ne_bytes().to_vec();
        v.extend_from_slice(&kind.to_ne_bytes());
        v.extend_from_slice(value);
        while v.len() % 4 != 0 {
            v.push(0);
        }
        v
    }

    #[test]
    fn walk_and_index() {
        let mut area = nla(3, b"eth0\0");
        area.extend(nla(4 | 0x8000, &1500u32.to_ne_bytes()));
        area.extend(nla(70, &[1]));
        let got: Vec<(u16, &[u8])> = attrs(&area).collect();
        assert_eq!(got.len(), 3);
        assert_eq!(got[1].0, 4, "flag bits are masked off");
        let t: Table<64> = Table::new(&area);
        assert_eq!(t.str(3), Some("eth0"));
        assert_eq!(t.u32(4), Some(1500));
        assert_eq!(t.get(70), None, "types past the table are ignored");
        assert_eq!(find(&area, 70), Some(&[1u8][..]));
    }

    #[test]
    fn truncated_area_stops() {
        let mut area = nla(1, &[1, 2, 3, 4]);
        area.extend_from_slice(&[200, 0, 2, 0, 9]);
        assert_eq!(attrs(&area).count(), 1);
        assert_eq!(u32_of(&[1, 2]), None);
    }

    #[test]
    fn build_matches_read() {
        let bytes = emit_all(&[u32(7, 9), u16_be(8, 0x8100), bytes(9, b"veth")]);
        let t: Table<16> = Table::new(&bytes);
        assert_eq!(t.u32(7), Some(9));
        assert_eq!(t.be16(8), Some(0x8100));
        assert_eq!(t.str(9), Some("veth"));
        assert_eq!(cstring(b"ab\0cd"), "ab");
    }
}
