//! Link statistics (RTM_*STATS): struct if_stats_msg, IFLA_STATS_* and what they nest
//! (offload, bridge extended statistics).

pub const RTM_NEWSTATS: u16 = 92;
pub const RTM_GETSTATS: u16 = 94;
pub const RTM_SETSTATS: u16 = 95;

/// struct if_stats_msg: family, two pad bytes, a pad u16, ifindex u32, filter_mask u32.
pub const IFSM_LEN: usize = 12;

pub const IFLA_STATS_LINK_64: u16 = 1;
pub const IFLA_STATS_LINK_XSTATS: u16 = 2;
pub const IFLA_STATS_LINK_XSTATS_SLAVE: u16 = 3;
pub const IFLA_STATS_LINK_OFFLOAD_XSTATS: u16 = 4;
pub const IFLA_STATS_AF_SPEC: u16 = 5;

/// Request attributes: the nest of per-group u32 filters, and the l3_stats switch (u8).
pub const IFLA_STATS_GET_FILTERS: u16 = 1;
pub const IFLA_STATS_SET_OFFLOAD_XSTATS_L3_STATS: u16 = 2;

pub const LINK_XSTATS_TYPE_BRIDGE: u16 = 1;
pub const LINK_XSTATS_TYPE_BOND: u16 = 2;
/// In LINK_XSTATS_TYPE_BOND: the BOND_3AD_STAT_* counters (u64 each, numbered from 0).
pub const BOND_XSTATS_3AD: u16 = 1;
/// In IFLA_STATS_AF_SPEC's AF_MPLS nest: struct mpls_link_stats.
pub const MPLS_STATS_LINK: u16 = 1;

pub const IFLA_OFFLOAD_XSTATS_CPU_HIT: u16 = 1;
pub const IFLA_OFFLOAD_XSTATS_HW_S_INFO: u16 = 2;
pub const IFLA_OFFLOAD_XSTATS_L3_STATS: u16 = 3;
pub const IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST: u16 = 1;
pub const IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED: u16 = 2;

/// In LINK_XSTATS_TYPE_BRIDGE: struct br_mcast_stats, struct bridge_stp_xstats.
pub const BRIDGE_XSTATS_MCAST: u16 = 2;
pub const BRIDGE_XSTATS_STP: u16 = 4;

/// `IFLA_STATS_FILTER_BIT(attr)`.
pub const fn filter_bit(attr: u16) -> u32 {
    1 << (attr - 1)
}

/// The request's header: ifindex and filter mask.
pub fn header(ifindex: u32, mask: u32) -> [u8; IFSM_LEN] {
    let mut h = [0u8; IFSM_LEN];
    h[4..8].copy_from_slice(&ifindex.to_ne_bytes());
    h[8..12].copy_from_slice(&mask.to_ne_bytes());
    h
}
