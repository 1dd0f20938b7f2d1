//! Routes (RTM_NEWROUTE/RTM_DELROUTE, struct rtmsg + RTA_*): constants and the zero-copy
//! [`Route`] view.

use crate::netlink::attr::Table;

/// struct rtmsg.
pub const RTMSG_LEN: usize = 12;

pub const RTA_DST: u16 = 1;
pub const RTA_SRC: u16 = 2;
pub const RTA_IIF: u16 = 3;
pub const RTA_OIF: u16 = 4;
pub const RTA_GATEWAY: u16 = 5;
pub const RTA_PRIORITY: u16 = 6;
pub const RTA_PREFSRC: u16 = 7;
pub const RTA_TABLE: u16 = 15;
pub const RTA_MARK: u16 = 16;
/// A gateway of another family (struct rtvia: family, address).
pub const RTA_VIA: u16 = 18;
pub const RTA_PREF: u16 = 20;
pub const RTA_UID: u16 = 25;

pub const RT_TABLE_MAIN: u32 = 254;
pub const RT_TABLE_LOCAL: u32 = 255;

pub const RTPROT_UNSPEC: u8 = 0;
pub const RTPROT_BOOT: u8 = 3;

pub const RT_SCOPE_UNIVERSE: u8 = 0;
pub const RT_SCOPE_LINK: u8 = 253;
pub const RT_SCOPE_HOST: u8 = 254;
pub const RT_SCOPE_NOWHERE: u8 = 255;

pub const RTN_UNICAST: u8 = 1;
pub const RTN_LOCAL: u8 = 2;
pub const RTN_BROADCAST: u8 = 3;
pub const RTN_ANYCAST: u8 = 4;
pub const RTN_MULTICAST: u8 = 5;
pub const RTN_NAT: u8 = 10;

pub const RTNH_F_DEAD: u32 = 1;
pub const RTNH_F_PERVASIVE: u32 = 2;
pub const RTNH_F_ONLINK: u32 = 4;
pub const RTNH_F_OFFLOAD: u32 = 8;
pub const RTNH_F_LINKDOWN: u32 = 16;
pub const RTNH_F_UNRESOLVED: u32 = 32;
pub const RTNH_F_TRAP: u32 = 64;

/// rtm_flags set by the kernel on answers (RTM_F_*) and on cloned routes' cache (RTCF_*).
pub const RTM_F_CLONED: u32 = 0x200;
pub const RTM_F_FIB_MATCH: u32 = 0x2000;
pub const RTM_F_OFFLOAD: u32 = 0x4000;
pub const RTM_F_TRAP: u32 = 0x8000;
pub const RTM_F_OFFLOAD_FAILED: u32 = 0x2000_0000;
pub const RTCF_BROADCAST: u32 = 0x1000_0000;
pub const RTCF_MULTICAST: u32 = 0x2000_0000;
pub const RTCF_LOCAL: u32 = 0x8000_0000;

/// One route message, as slices into the message bytes.
pub struct Route<'a> {
    pub family: u8,
    pub dst_len: u8,
    pub src_len: u8,
    pub protocol: u8,
    pub scope: u8,
    pub rtype: u8,
    pub flags: u32,
    /// RTA_TABLE when present, else the header's 8 bits.
    pub table: u32,
    pub attr: Table<'a, 32>,
}

impl<'a> Route<'a> {
    pub fn parse(p: &'a [u8]) -> Option<Route<'a>> {
        let h = p.get(..RTMSG_LEN)?;
        let attr: Table<32> = Table::new(&p[RTMSG_LEN..]);
        Some(Route {
            family: h[0],
            dst_len: h[1],
            src_len: h[2],
            protocol: h[5],
            scope: h[6],
            rtype: h[7],
            flags: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
            table: attr.u32(RTA_TABLE).unwrap_or(u32::from(h[4])),
            attr,
        })
    }
}
