//! What `ip stats show` can print, in its printing order: each group, subgroup and suite,
//! with the IFLA_STATS_* attribute it needs and the offload filter bits it asks for.

use crate::netlink::rtnl::stats::*;

/// One thing `show` can print: group, subgroup, suite, the IFLA_STATS_* it needs and the
/// IFLA_OFFLOAD_XSTATS_* filter bits it asks for (offload only). In the printing order.
pub struct Desc {
    pub group: &'static str,
    pub sub: &'static str,
    pub suite: &'static str,
    pub attr: u16,
    pub offload: u32,
}

const fn d(group: &'static str, sub: &'static str, suite: &'static str, attr: u16) -> Desc {
    Desc {
        group,
        sub,
        suite,
        attr,
        offload: 0,
    }
}

const fn o(sub: &'static str, offload: u32) -> Desc {
    Desc {
        group: "offload",
        sub,
        suite: "",
        attr: IFLA_STATS_LINK_OFFLOAD_XSTATS,
        offload,
    }
}

pub const DESCS: &[Desc] = &[
    d("afstats", "mpls", "", IFLA_STATS_AF_SPEC),
    d("link", "", "", IFLA_STATS_LINK_64),
    o("l3_stats", 0b110),
    o("hw_stats_info", 0b010),
    o("cpu_hit", 0b001),
    d(
        "xstats_slave",
        "bond",
        "802.3ad",
        IFLA_STATS_LINK_XSTATS_SLAVE,
    ),
    d("xstats", "bond", "802.3ad", IFLA_STATS_LINK_XSTATS),
    d(
        "xstats_slave",
        "bridge",
        "mcast",
        IFLA_STATS_LINK_XSTATS_SLAVE,
    ),
    d(
        "xstats_slave",
        "bridge",
        "stp",
        IFLA_STATS_LINK_XSTATS_SLAVE,
    ),
    d("xstats", "bridge", "mcast", IFLA_STATS_LINK_XSTATS),
    d("xstats", "bridge", "stp", IFLA_STATS_LINK_XSTATS),
];
