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
/// Nested RTAX_* metrics.
pub const RTA_METRICS: u16 = 8;
/// struct rtnexthop entries, each followed by its own attributes.
pub const RTA_MULTIPATH: u16 = 9;
/// Realms: from in the high 16 bits, to in the low ones.
pub const RTA_FLOW: u16 = 11;
/// struct rta_cacheinfo.
pub const RTA_CACHEINFO: u16 = 12;
pub const RTA_TABLE: u16 = 15;
pub const RTA_MARK: u16 = 16;
/// A gateway of another family (struct rtvia: family, address).
pub const RTA_VIA: u16 = 18;
pub const RTA_PREF: u16 = 20;
pub const RTA_EXPIRES: u16 = 23;
pub const RTA_UID: u16 = 25;
pub const RTA_TTL_PROPAGATE: u16 = 26;
pub const RTA_IP_PROTO: u16 = 27;
pub const RTA_SPORT: u16 = 28;
pub const RTA_DPORT: u16 = 29;
pub const RTA_NH_ID: u16 = 30;

/// The metrics in RTA_METRICS (RTAX_*); RTAX_LOCK holds a bit (1 << RTAX_x) per locked one.
pub const RTAX_LOCK: u16 = 1;
pub const RTAX_MTU: u16 = 2;
pub const RTAX_WINDOW: u16 = 3;
pub const RTAX_RTT: u16 = 4;
pub const RTAX_RTTVAR: u16 = 5;
pub const RTAX_SSTHRESH: u16 = 6;
pub const RTAX_CWND: u16 = 7;
pub const RTAX_ADVMSS: u16 = 8;
pub const RTAX_REORDERING: u16 = 9;
pub const RTAX_HOPLIMIT: u16 = 10;
pub const RTAX_INITCWND: u16 = 11;
pub const RTAX_FEATURES: u16 = 12;
pub const RTAX_RTO_MIN: u16 = 13;
pub const RTAX_INITRWND: u16 = 14;
pub const RTAX_QUICKACK: u16 = 15;
pub const RTAX_CC_ALGO: u16 = 16;
pub const RTAX_FASTOPEN_NO_COOKIE: u16 = 17;
pub const RTAX_FEATURE_ECN: u32 = 1;

/// struct rtnexthop: len u16, flags u8, hops u8 (weight - 1), ifindex i32.
pub const RTNH_LEN: usize = 8;

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
/// A route change the kernel was asked to report (`notify`).
pub const RTM_F_NOTIFY: u32 = 0x100;
pub const RTM_F_CLONED: u32 = 0x200;
/// Ask the answer to name the table the lookup found the route in.
pub const RTM_F_LOOKUP_TABLE: u32 = 0x1000;
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
    pub tos: u8,
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
            tos: h[3],
            flags: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
            table: attr.u32(RTA_TABLE).unwrap_or(u32::from(h[4])),
            attr,
        })
    }
}

/// One struct rtnexthop of RTA_MULTIPATH and its attributes.
pub struct Nexthop<'a> {
    pub flags: u8,
    /// The weight minus one.
    pub hops: u8,
    pub index: u32,
    pub attr: Table<'a, 16>,
}

/// The nexthops of an RTA_MULTIPATH payload, in order; a malformed entry ends them.
pub fn nexthops(mut b: &[u8]) -> impl Iterator<Item = Nexthop<'_>> {
    std::iter::from_fn(move || {
        let h = b.get(..RTNH_LEN)?;
        let len = usize::from(u16::from_ne_bytes([h[0], h[1]]));
        let body = b.get(RTNH_LEN..len)?;
        let nh = Nexthop {
            flags: h[2],
            hops: h[3],
            index: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
            attr: Table::new(body),
        };
        b = b.get((len + 3) & !3..).unwrap_or(&[]);
        Some(nh)
    })
}
