//! Neighbours (RTM_NEWNEIGH, struct ndmsg + NDA_*): constants and the zero-copy [`Neigh`] view.

use crate::netlink::attr::Table;

/// struct ndmsg.
pub const NDMSG_LEN: usize = 12;

pub const NDA_DST: u16 = 1;
pub const NDA_LLADDR: u16 = 2;
pub const NDA_CACHEINFO: u16 = 3;
pub const NDA_PROBES: u16 = 4;
pub const NDA_IFINDEX: u16 = 8;
pub const NDA_MASTER: u16 = 9;
pub const NDA_FLAGS_EXT: u16 = 15;

/// NDA_FLAGS_EXT: the kernel resolves the entry and keeps it resolved.
pub const NTF_EXT_MANAGED: u32 = 0x01;

pub const NUD_INCOMPLETE: u16 = 0x01;
pub const NUD_REACHABLE: u16 = 0x02;
pub const NUD_STALE: u16 = 0x04;
pub const NUD_DELAY: u16 = 0x08;
pub const NUD_PROBE: u16 = 0x10;
pub const NUD_FAILED: u16 = 0x20;
pub const NUD_NOARP: u16 = 0x40;
pub const NUD_PERMANENT: u16 = 0x80;
/// The states with a usable link-layer address.
pub const NUD_VALID: u16 =
    NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE | NUD_PROBE | NUD_STALE | NUD_DELAY;

pub const NTF_USE: u8 = 0x01;
pub const NTF_PROXY: u8 = 0x08;
pub const NTF_EXT_LEARNED: u8 = 0x10;
pub const NTF_OFFLOADED: u8 = 0x20;
pub const NTF_ROUTER: u8 = 0x80;

/// One neighbour message, as slices into the message bytes.
pub struct Neigh<'a> {
    pub family: u8,
    pub index: u32,
    pub state: u16,
    pub flags: u8,
    pub attr: Table<'a, 16>,
}

impl<'a> Neigh<'a> {
    pub fn parse(p: &'a [u8]) -> Option<Neigh<'a>> {
        let h = p.get(..NDMSG_LEN)?;
        Some(Neigh {
            family: h[0],
            index: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
            state: u16::from_ne_bytes([h[8], h[9]]),
            flags: h[10],
            attr: Table::new(&p[NDMSG_LEN..]),
        })
    }
}
