//! Per-device configuration messages (RTM_*NETCONF, struct netconfmsg + NETCONFA_*).

use crate::netlink::attr::Table;

pub const RTM_NEWNETCONF: u16 = 80;
pub const RTM_DELNETCONF: u16 = 81;
pub const RTM_GETNETCONF: u16 = 82;

pub const NETCONFA_IFINDEX: u16 = 1;
pub const NETCONFA_FORWARDING: u16 = 2;
pub const NETCONFA_RP_FILTER: u16 = 3;
pub const NETCONFA_MC_FORWARDING: u16 = 4;
pub const NETCONFA_PROXY_NEIGH: u16 = 5;
pub const NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN: u16 = 6;
pub const NETCONFA_INPUT: u16 = 7;

/// NETCONFA_IFINDEX of the `all` and `default` settings.
pub const NETCONFA_IFINDEX_ALL: i32 = -1;
pub const NETCONFA_IFINDEX_DEFAULT: i32 = -2;

/// struct netconfmsg: one byte of family, padded to 4.
pub const NETCONFMSG_LEN: usize = 4;

/// One netconf message, as slices into the message bytes.
pub struct Netconf<'a> {
    pub family: u8,
    pub attr: Table<'a, 8>,
}

impl<'a> Netconf<'a> {
    pub fn parse(p: &'a [u8]) -> Option<Netconf<'a>> {
        let family = *p.first()?;
        let attr = Table::new(p.get(NETCONFMSG_LEN..).unwrap_or(&[]));
        Some(Netconf { family, attr })
    }

    /// NETCONFA_IFINDEX (a C int: -1 all, -2 default).
    pub fn ifindex(&self) -> Option<i32> {
        self.attr.u32(NETCONFA_IFINDEX).map(|v| v as i32)
    }
}

/// A RTM_GETNETCONF request's bytes after the header: the family, and the device when named.
pub fn request(family: u8, ifindex: Option<u32>) -> Vec<u8> {
    let mut b = vec![family, 0, 0, 0];
    if let Some(i) = ifindex {
        b.extend_from_slice(&8u16.to_ne_bytes());
        b.extend_from_slice(&NETCONFA_IFINDEX.to_ne_bytes());
        b.extend_from_slice(&i.to_ne_bytes());
    }
    b
}
