//! Nexthop objects (RTM_NEWNEXTHOP, struct nhmsg + NHA_*) and their resilient-group buckets
//! (RTM_NEWNEXTHOPBUCKET): constants and the zero-copy [`Nexthop`] view.

use crate::netlink::attr::{u16_of, u32_of, Table};

pub const RTM_NEWNEXTHOP: u16 = 104;
pub const RTM_DELNEXTHOP: u16 = 105;
pub const RTM_GETNEXTHOP: u16 = 106;
pub const RTM_NEWNEXTHOPBUCKET: u16 = 116;
pub const RTM_GETNEXTHOPBUCKET: u16 = 118;

/// struct nhmsg: family, scope, protocol, reserved, flags (u32).
pub const NHMSG_LEN: usize = 8;

pub const NHA_ID: u16 = 1;
pub const NHA_GROUP: u16 = 2;
pub const NHA_GROUP_TYPE: u16 = 3;
pub const NHA_BLACKHOLE: u16 = 4;
pub const NHA_OIF: u16 = 5;
pub const NHA_GATEWAY: u16 = 6;
pub const NHA_ENCAP_TYPE: u16 = 7;
pub const NHA_ENCAP: u16 = 8;
pub const NHA_GROUPS: u16 = 9;
pub const NHA_MASTER: u16 = 10;
pub const NHA_FDB: u16 = 11;
pub const NHA_RES_GROUP: u16 = 12;
pub const NHA_RES_BUCKET: u16 = 13;
/// One past the last NHA_* this view indexes.
pub const NHA_TABLE: usize = 14;

pub const NEXTHOP_GRP_TYPE_MPATH: u16 = 0;
pub const NEXTHOP_GRP_TYPE_RES: u16 = 1;

/// Inside NHA_RES_GROUP.
pub const NHA_RES_GROUP_BUCKETS: u16 = 1;
pub const NHA_RES_GROUP_IDLE_TIMER: u16 = 2;
pub const NHA_RES_GROUP_UNBALANCED_TIMER: u16 = 3;
pub const NHA_RES_GROUP_UNBALANCED_TIME: u16 = 4;

/// Inside NHA_RES_BUCKET.
pub const NHA_RES_BUCKET_INDEX: u16 = 1;
pub const NHA_RES_BUCKET_IDLE_TIME: u16 = 2;
pub const NHA_RES_BUCKET_NH_ID: u16 = 3;

/// struct nexthop_grp: id u32, weight u8 (weight - 1), two reserved fields.
pub const NEXTHOP_GRP_LEN: usize = 8;

// nh_flags are the RTNH_F_* bits of `route.rs`.

/// One nexthop (or bucket) message, as slices into the message bytes.
pub struct Nexthop<'a> {
    pub family: u8,
    pub scope: u8,
    pub protocol: u8,
    pub flags: u32,
    pub attr: Table<'a, NHA_TABLE>,
}

impl<'a> Nexthop<'a> {
    pub fn parse(p: &'a [u8]) -> Option<Nexthop<'a>> {
        let h = p.get(..NHMSG_LEN)?;
        Some(Nexthop {
            family: h[0],
            scope: h[1],
            protocol: h[2],
            flags: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
            attr: Table::new(&p[NHMSG_LEN..]),
        })
    }

    pub fn id(&self) -> Option<u32> {
        self.attr.u32(NHA_ID)
    }

    /// The members of a group: (id, weight) with the weight as users write it (1..=256).
    pub fn group(&self) -> impl Iterator<Item = (u32, u16)> + 'a {
        self.attr
            .get(NHA_GROUP)
            .unwrap_or(&[])
            .chunks_exact(NEXTHOP_GRP_LEN)
            .filter_map(|g| Some((u32_of(g)?, u16::from(*g.get(4)?) + 1)))
    }

    /// NHA_GROUP_TYPE (mpath when absent).
    pub fn group_type(&self) -> u16 {
        self.attr
            .get(NHA_GROUP_TYPE)
            .and_then(u16_of)
            .unwrap_or(NEXTHOP_GRP_TYPE_MPATH)
    }
}
