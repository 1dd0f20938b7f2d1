//! `type bridge OPTIONS`: one table of keywords, in the reference's order (the first one a
//! word is a prefix of wins, except the few that must be spelt out).

use super::{kind_usage, lladdr, nla, num, proto};
use crate::cli::{invarg, matches, Args};
use crate::error::Result;
use netlink_packet_core::DefaultNla;

const IFLA_BR_MULTI_BOOLOPT: u16 = 46;
const BR_BOOLOPT_NO_LL_LEARN: u32 = 1 << 0;
const BR_BOOLOPT_MCAST_VLAN_SNOOPING: u32 = 1 << 1;

#[derive(Clone, Copy)]
enum Val {
    U8,
    U16,
    U32,
    U64,
    /// An ethertype (`802.1Q`, `802.1ad` or a number), big-endian.
    Proto,
    LlAddr,
    /// No value.
    Flag,
    /// A bit of IFLA_BR_MULTI_BOOLOPT, sent once after the other options.
    BoolOpt(u32),
}

/// (keyword, must be spelt out, attribute, value)
const OPTS: &[(&str, bool, u16, Val)] = &[
    ("forward_delay", false, 1, Val::U32),
    ("hello_time", false, 2, Val::U32),
    ("max_age", false, 3, Val::U32),
    ("ageing_time", false, 4, Val::U32),
    ("stp_state", false, 5, Val::U32),
    ("priority", false, 6, Val::U16),
    ("vlan_filtering", false, 7, Val::U8),
    ("vlan_protocol", false, 8, Val::Proto),
    ("group_fwd_mask", false, 9, Val::U16),
    ("group_address", false, 20, Val::LlAddr),
    ("fdb_flush", false, 21, Val::Flag),
    ("vlan_default_pvid", false, 39, Val::U16),
    ("vlan_stats_enabled", false, 41, Val::U8),
    ("vlan_stats_per_port", false, 45, Val::U8),
    ("mcast_router", false, 22, Val::U8),
    ("mcast_snooping", false, 23, Val::U8),
    (
        "mcast_vlan_snooping",
        true,
        IFLA_BR_MULTI_BOOLOPT,
        Val::BoolOpt(BR_BOOLOPT_MCAST_VLAN_SNOOPING),
    ),
    ("mcast_query_use_ifaddr", false, 24, Val::U8),
    ("mcast_querier", false, 25, Val::U8),
    ("mcast_hash_elasticity", false, 26, Val::U32),
    ("mcast_hash_max", false, 27, Val::U32),
    ("mcast_last_member_count", false, 28, Val::U32),
    ("mcast_startup_query_count", false, 29, Val::U32),
    ("mcast_last_member_interval", false, 30, Val::U64),
    ("mcast_membership_interval", false, 31, Val::U64),
    ("mcast_querier_interval", false, 32, Val::U64),
    ("mcast_query_interval", false, 33, Val::U64),
    ("mcast_query_response_interval", false, 34, Val::U64),
    ("mcast_startup_query_interval", false, 35, Val::U64),
    ("mcast_stats_enabled", false, 42, Val::U8),
    ("mcast_igmp_version", false, 43, Val::U8),
    ("mcast_mld_version", false, 44, Val::U8),
    ("nf_call_iptables", false, 36, Val::U8),
    ("nf_call_ip6tables", false, 37, Val::U8),
    ("nf_call_arptables", false, 38, Val::U8),
    (
        "no_linklocal_learn",
        true,
        IFLA_BR_MULTI_BOOLOPT,
        Val::BoolOpt(BR_BOOLOPT_NO_LL_LEARN),
    ),
];

const USAGE: &str = "\
Usage: ... bridge [ fdb_flush ]
\t\t  [ forward_delay FORWARD_DELAY ]
\t\t  [ hello_time HELLO_TIME ]
\t\t  [ max_age MAX_AGE ]
\t\t  [ ageing_time AGEING_TIME ]
\t\t  [ stp_state STP_STATE ]
\t\t  [ priority PRIORITY ]
\t\t  [ group_fwd_mask MASK ]
\t\t  [ group_address ADDRESS ]
\t\t  [ no_linklocal_learn NO_LINKLOCAL_LEARN ]
\t\t  [ vlan_filtering VLAN_FILTERING ]
\t\t  [ vlan_protocol VLAN_PROTOCOL ]
\t\t  [ vlan_default_pvid VLAN_DEFAULT_PVID ]
\t\t  [ vlan_stats_enabled VLAN_STATS_ENABLED ]
\t\t  [ vlan_stats_per_port VLAN_STATS_PER_PORT ]
\t\t  [ mcast_snooping MULTICAST_SNOOPING ]
\t\t  [ mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]
\t\t  [ mcast_router MULTICAST_ROUTER ]
\t\t  [ mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]
\t\t  [ mcast_querier MULTICAST_QUERIER ]
\t\t  [ mcast_hash_elasticity HASH_ELASTICITY ]
\t\t  [ mcast_hash_max HASH_MAX ]
\t\t  [ mcast_last_member_count LAST_MEMBER_COUNT ]
\t\t  [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
\t\t  [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
\t\t  [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
\t\t  [ mcast_querier_interval QUERIER_INTERVAL ]
\t\t  [ mcast_query_interval QUERY_INTERVAL ]
\t\t  [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
\t\t  [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
\t\t  [ mcast_stats_enabled MCAST_STATS_ENABLED ]
\t\t  [ mcast_igmp_version IGMP_VERSION ]
\t\t  [ mcast_mld_version MLD_VERSION ]
\t\t  [ nf_call_iptables NF_CALL_IPTABLES ]
\t\t  [ nf_call_ip6tables NF_CALL_IP6TABLES ]
\t\t  [ nf_call_arptables NF_CALL_ARPTABLES ]

Where: VLAN_PROTOCOL := { 802.1Q | 802.1ad }
";

fn find(w: &str) -> Option<(&'static str, u16, Val)> {
    OPTS.iter()
        .find(|(name, exact, _, _)| if *exact { w == *name } else { matches(w, name) })
        .map(|&(name, _, attr, val)| (name, attr, val))
}

/// The bridge's IFLA_INFO_DATA attributes.
pub fn parse(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    let (mut bool_val, mut bool_mask) = (0u32, 0u32);
    while let Some(w) = args.next().map(str::to_string) {
        let Some((name, attr, val)) = find(&w) else {
            let prefix = (w != "help").then(|| format!("bridge: unknown command \"{w}\"?"));
            return Err(kind_usage(prefix, USAGE));
        };
        if let Val::Flag = val {
            out.push(nla::bytes(attr, &[]));
            continue;
        }
        let v = args.value()?;
        let bad = || invarg(&format!("invalid {name}"), v);
        out.push(match val {
            Val::U8 => nla::u8(attr, num::get_u8(v).ok_or_else(bad)?),
            Val::U16 => nla::u16(attr, num::get_u16(v).ok_or_else(bad)?),
            Val::U64 => nla::u64(attr, num::get_u64(v).ok_or_else(bad)?),
            Val::Proto => nla::u16_be(attr, proto(v).ok_or_else(bad)?),
            Val::LlAddr => nla::bytes(attr, &lladdr::parse(v)?),
            Val::BoolOpt(bit) => {
                bool_mask |= bit;
                bool_val &= !bit;
                if num::get_u32(v).ok_or_else(bad)? != 0 {
                    bool_val |= bit;
                }
                continue;
            }
            Val::U32 | Val::Flag => nla::u32(attr, num::get_u32(v).ok_or_else(bad)?),
        });
    }
    if bool_mask != 0 {
        out.push(nla::flags_mask(IFLA_BR_MULTI_BOOLOPT, bool_val, bool_mask));
    }
    Ok(out)
}
