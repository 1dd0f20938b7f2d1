//! Raw netlink attributes with exactly the reference's encoding (no NUL after kind names
//! and aliases, no NLA_F_NESTED on link-info nests), for what the typed crate encodes otherwise.

use netlink_packet_core::{DefaultNla, Emitable};

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

/// A nest holding `items`.
pub fn nest(kind: u16, items: &[DefaultNla]) -> DefaultNla {
    DefaultNla::new(kind, emit_all(items))
}
