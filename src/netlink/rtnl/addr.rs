//! Addresses (RTM_NEWADDR/RTM_DELADDR, struct ifaddrmsg + IFA_*): constants and the
//! zero-copy [`Addr`] view.

use super::ip_of;
use crate::netlink::attr::{self, Table};
use std::net::IpAddr;

/// struct ifaddrmsg.
pub const IFADDRMSG_LEN: usize = 8;

pub const IFA_ADDRESS: u16 = 1;
pub const IFA_LOCAL: u16 = 2;
pub const IFA_LABEL: u16 = 3;
pub const IFA_BROADCAST: u16 = 4;
pub const IFA_ANYCAST: u16 = 5;
pub const IFA_CACHEINFO: u16 = 6;
pub const IFA_FLAGS: u16 = 8;
pub const IFA_RT_PRIORITY: u16 = 9;

pub const IFA_F_SECONDARY: u32 = 0x01;
pub const IFA_F_NODAD: u32 = 0x02;
pub const IFA_F_OPTIMISTIC: u32 = 0x04;
pub const IFA_F_DADFAILED: u32 = 0x08;
pub const IFA_F_HOMEADDRESS: u32 = 0x10;
pub const IFA_F_DEPRECATED: u32 = 0x20;
pub const IFA_F_TENTATIVE: u32 = 0x40;
pub const IFA_F_PERMANENT: u32 = 0x80;
pub const IFA_F_MANAGETEMPADDR: u32 = 0x100;
pub const IFA_F_NOPREFIXROUTE: u32 = 0x200;
pub const IFA_F_MCAUTOJOIN: u32 = 0x400;
pub const IFA_F_STABLE_PRIVACY: u32 = 0x800;

/// A lifetime that never ends (struct ifa_cacheinfo).
pub const INFINITY_LIFE_TIME: u32 = u32::MAX;

/// One address message, as slices into the message bytes.
pub struct Addr<'a> {
    pub family: u8,
    pub plen: u8,
    /// IFA_FLAGS when present, else the header's 8 bits.
    pub flags: u32,
    pub scope: u8,
    pub index: u32,
    pub attr: Table<'a, 16>,
}

impl<'a> Addr<'a> {
    pub fn parse(p: &'a [u8]) -> Option<Addr<'a>> {
        let h = p.get(..IFADDRMSG_LEN)?;
        let attr: Table<16> = Table::new(&p[IFADDRMSG_LEN..]);
        Some(Addr {
            family: h[0],
            plen: h[1],
            flags: attr.u32(IFA_FLAGS).unwrap_or(u32::from(h[2])),
            scope: h[3],
            index: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
            attr,
        })
    }

    /// An address attribute (IFA_LOCAL, IFA_ADDRESS, IFA_BROADCAST…) as an IP address.
    pub fn ip(&self, kind: u16) -> Option<IpAddr> {
        self.attr.get(kind).and_then(ip_of)
    }

    /// (local, peer): IFA_LOCAL is the local side when present, IFA_ADDRESS the peer.
    pub fn local_peer(&self) -> (Option<IpAddr>, Option<IpAddr>) {
        match (self.ip(IFA_LOCAL), self.ip(IFA_ADDRESS)) {
            (Some(l), Some(a)) if l != a => (Some(l), Some(a)),
            (Some(l), _) => (Some(l), None),
            (None, a) => (a, None),
        }
    }

    /// The bytes of the local address (IFA_LOCAL, else IFA_ADDRESS), whatever their length.
    pub fn local_bytes(&self) -> Option<&'a [u8]> {
        self.attr
            .get(IFA_LOCAL)
            .or_else(|| self.attr.get(IFA_ADDRESS))
    }

    pub fn label(&self) -> Option<&'a str> {
        self.attr.get(IFA_LABEL).map(attr::cstr)
    }

    /// (valid, preferred) lifetimes in seconds.
    pub fn lifetimes(&self) -> (u32, u32) {
        match self.attr.get(IFA_CACHEINFO).and_then(|v| v.get(..8)) {
            Some(c) => (
                u32::from_ne_bytes([c[4], c[5], c[6], c[7]]),
                u32::from_ne_bytes([c[0], c[1], c[2], c[3]]),
            ),
            None => (INFINITY_LIFE_TIME, INFINITY_LIFE_TIME),
        }
    }
}
