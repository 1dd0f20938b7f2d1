//! `type bridge OPTIONS`: one table of keywords, in the reference's order (the first one a
//! word is a prefix of wins, except the few that must be spelt out); and the details of a
//! bridge (IFLA_INFO_DATA, IFLA_BR_*) and of a bridge port (IFLA_INFO_SLAVE_DATA,
//! IFLA_BRPORT_*), in ip 6.1's order and wording.

use super::complaints::kind_usage;
use super::ethertype;
use crate::cli::num::{get_u16, get_u32, get_u64, get_u8};
use crate::cli::{invarg, matches, Args};
use crate::error::Result;
use crate::ip::ifnames::Names;
use crate::ip::lladdr::{self, Mac};
use crate::netlink::attr::{self, u32_of, Table};
use crate::output::{pr, Disp, JsonValue, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::fmt;
use std::io::{self, Write};

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

pub(super) const USAGE: &str = "\
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
            out.push(attr::bytes(attr, &[]));
            continue;
        }
        let v = args.value()?;
        let bad = || invarg(&format!("invalid {name}"), v);
        out.push(match val {
            Val::U8 => attr::u8(attr, get_u8(v).ok_or_else(bad)?),
            Val::U16 => attr::u16(attr, get_u16(v).ok_or_else(bad)?),
            Val::U64 => attr::u64(attr, get_u64(v).ok_or_else(bad)?),
            Val::Proto => attr::u16_be(attr, ethertype::parse(v).ok_or_else(bad)?),
            Val::LlAddr => attr::bytes(attr, &lladdr::get(v)?),
            Val::BoolOpt(bit) => {
                bool_mask |= bit;
                bool_val &= !bit;
                if get_u32(v).ok_or_else(bad)? != 0 {
                    bool_val |= bit;
                }
                continue;
            }
            Val::U32 | Val::Flag => attr::u32(attr, get_u32(v).ok_or_else(bad)?),
        });
    }
    if bool_mask != 0 {
        out.push(attr::flags_mask(IFLA_BR_MULTI_BOOLOPT, bool_val, bool_mask));
    }
    Ok(out)
}

/// `plain N ` / `"key":N`.
fn num<W: Write, V: Into<u64>>(p: &mut Printer<W>, v: Option<V>, key: &str, plain: &str) {
    if let Some(v) = v {
        let v: u64 = v.into();
        p.value(Show::Any, Some(key), format_args!("{plain} {v} "), &v);
    }
}

/// `key N ` / `"key":N`: the plain word is the JSON key.
fn same<W: Write, V: Into<u64>>(p: &mut Printer<W>, v: Option<V>, key: &str) {
    num(p, v, key, key);
}

/// `plain on|off ` / `"key":true|false`.
fn onoff<W: Write>(p: &mut Printer<W>, t: Show, v: Option<u8>, key: &str, plain: &str) {
    if let Some(v) = v {
        let on = v != 0;
        let s = if on { "on" } else { "off" };
        p.value(t, Some(key), format_args!("{plain} {s} "), &on);
    }
}

/// `plain    1.23 ` / `"key":1.23`.
fn timer<W: Write>(p: &mut Printer<W>, v: Option<u64>, key: &str) {
    if let Some(v) = v {
        let t = Timer(v);
        p.value(Show::Any, Some(key), format_args!("{key} {t} "), &t);
    }
}

/// A bridge identifier (struct ifla_bridge_id): `8000.aa:b:…` (priority in 4 hex digits,
/// address bytes without leading zeros).
struct BridgeId<'a>(&'a [u8]);

impl fmt::Display for BridgeId<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some((prio, addr)) = self.0.get(..8).map(|b| b.split_at(2)) else {
            return Ok(());
        };
        write!(f, "{:02x}{:02x}.", prio[0], prio[1])?;
        for (i, x) in addr.iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            write!(f, "{x:x}")?;
        }
        Ok(())
    }
}

fn bridge_id<W: Write>(p: &mut Printer<W>, v: Option<&[u8]>, key: &str, plain: &str) {
    if let Some(b) = v.filter(|b| b.len() >= 8) {
        let id = Disp(BridgeId(b));
        p.value(Show::Any, Some(key), format_args!("{plain} {id} "), &id);
    }
}

const IFLA_BR_FORWARD_DELAY: u16 = 1;
const IFLA_BR_HELLO_TIME: u16 = 2;
const IFLA_BR_MAX_AGE: u16 = 3;
const IFLA_BR_AGEING_TIME: u16 = 4;
const IFLA_BR_STP_STATE: u16 = 5;
const IFLA_BR_PRIORITY: u16 = 6;
const IFLA_BR_VLAN_FILTERING: u16 = 7;
const IFLA_BR_VLAN_PROTOCOL: u16 = 8;
const IFLA_BR_GROUP_FWD_MASK: u16 = 9;
const IFLA_BR_ROOT_ID: u16 = 10;
const IFLA_BR_BRIDGE_ID: u16 = 11;
const IFLA_BR_ROOT_PORT: u16 = 12;
const IFLA_BR_ROOT_PATH_COST: u16 = 13;
const IFLA_BR_TOPOLOGY_CHANGE: u16 = 14;
const IFLA_BR_TOPOLOGY_CHANGE_DETECTED: u16 = 15;
const IFLA_BR_HELLO_TIMER: u16 = 16;
const IFLA_BR_TCN_TIMER: u16 = 17;
const IFLA_BR_TOPOLOGY_CHANGE_TIMER: u16 = 18;
const IFLA_BR_GC_TIMER: u16 = 19;
const IFLA_BR_GROUP_ADDR: u16 = 20;
const IFLA_BR_MCAST_ROUTER: u16 = 22;
const IFLA_BR_MCAST_SNOOPING: u16 = 23;
const IFLA_BR_MCAST_QUERY_USE_IFADDR: u16 = 24;
const IFLA_BR_MCAST_QUERIER: u16 = 25;
const IFLA_BR_MCAST_HASH_ELASTICITY: u16 = 26;
const IFLA_BR_MCAST_HASH_MAX: u16 = 27;
const IFLA_BR_MCAST_LAST_MEMBER_CNT: u16 = 28;
const IFLA_BR_MCAST_STARTUP_QUERY_CNT: u16 = 29;
const IFLA_BR_MCAST_LAST_MEMBER_INTVL: u16 = 30;
const IFLA_BR_MCAST_STARTUP_QUERY_INTVL: u16 = 35;
const IFLA_BR_NF_CALL_IPTABLES: u16 = 36;
const IFLA_BR_NF_CALL_IP6TABLES: u16 = 37;
const IFLA_BR_NF_CALL_ARPTABLES: u16 = 38;
const IFLA_BR_VLAN_DEFAULT_PVID: u16 = 39;
const IFLA_BR_VLAN_STATS_ENABLED: u16 = 41;
const IFLA_BR_MCAST_STATS_ENABLED: u16 = 42;
const IFLA_BR_MCAST_IGMP_VERSION: u16 = 43;
const IFLA_BR_MCAST_MLD_VERSION: u16 = 44;
const IFLA_BR_VLAN_STATS_PER_PORT: u16 = 45;
const IFLA_BR_MULTI_BOOLOPT: u16 = 46;

/// The bridge's own attributes (`ip -d link show type bridge`).
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a = Table::<64>::new(data);
    same(p, a.u32(IFLA_BR_FORWARD_DELAY), "forward_delay");
    same(p, a.u32(IFLA_BR_HELLO_TIME), "hello_time");
    same(p, a.u32(IFLA_BR_MAX_AGE), "max_age");
    same(p, a.u32(IFLA_BR_AGEING_TIME), "ageing_time");
    same(p, a.u32(IFLA_BR_STP_STATE), "stp_state");
    same(p, a.u16(IFLA_BR_PRIORITY), "priority");
    let vf = a.u8(IFLA_BR_VLAN_FILTERING);
    same(p, vf, "vlan_filtering");
    if let Some(v) = a.be16(IFLA_BR_VLAN_PROTOCOL) {
        pr!(
            p,
            Any,
            "vlan_protocol",
            "vlan_protocol {} ",
            Disp(ethertype::Proto(v))
        );
    }
    bridge_id(p, a.get(IFLA_BR_BRIDGE_ID), "bridge_id", "bridge_id");
    // ip 6.1 shows the bridge's own id as the designated root (when the root id is there)
    if a.get(IFLA_BR_ROOT_ID).is_some() {
        bridge_id(p, a.get(IFLA_BR_BRIDGE_ID), "root_id", "designated_root");
    }
    same(p, a.u16(IFLA_BR_ROOT_PORT), "root_port");
    same(p, a.u32(IFLA_BR_ROOT_PATH_COST), "root_path_cost");
    same(p, a.u8(IFLA_BR_TOPOLOGY_CHANGE), "topology_change");
    let tcd = a.u8(IFLA_BR_TOPOLOGY_CHANGE_DETECTED);
    same(p, tcd, "topology_change_detected");
    timer(p, a.u64(IFLA_BR_HELLO_TIMER), "hello_timer");
    timer(p, a.u64(IFLA_BR_TCN_TIMER), "tcn_timer");
    timer(
        p,
        a.u64(IFLA_BR_TOPOLOGY_CHANGE_TIMER),
        "topology_change_timer",
    );
    timer(p, a.u64(IFLA_BR_GC_TIMER), "gc_timer");
    let pvid = a.u16(IFLA_BR_VLAN_DEFAULT_PVID);
    same(p, pvid, "vlan_default_pvid");
    let vse = a.u8(IFLA_BR_VLAN_STATS_ENABLED);
    same(p, vse, "vlan_stats_enabled");
    let vspp = a.u8(IFLA_BR_VLAN_STATS_PER_PORT);
    same(p, vspp, "vlan_stats_per_port");
    if let Some(v) = a.u16(IFLA_BR_GROUP_FWD_MASK) {
        let m = Disp(AltHex(v.into()));
        pr!(p, Any, "group_fwd_mask", "group_fwd_mask {} ", m);
    }
    if let Some(mac) = a.get(IFLA_BR_GROUP_ADDR) {
        let m = Disp(Mac(mac));
        pr!(p, Any, "group_addr", "group_address {} ", m);
    }
    same(p, a.u8(IFLA_BR_MCAST_SNOOPING), "mcast_snooping");
    if let Some(b) = a.get(IFLA_BR_MULTI_BOOLOPT) {
        // struct br_boolopt_multi { optval; optmask }: only the options in the mask
        let val = u32_of(b).unwrap_or(0);
        let mask = b.get(4..).and_then(u32_of).unwrap_or(0);
        for (bit, name) in [(0, "no_linklocal_learn"), (1, "mcast_vlan_snooping")] {
            if mask & (1 << bit) != 0 {
                num(p, Some((val >> bit) & 1), name, name);
            }
        }
    }
    same(p, a.u8(IFLA_BR_MCAST_ROUTER), "mcast_router");
    let qui = a.u8(IFLA_BR_MCAST_QUERY_USE_IFADDR);
    same(p, qui, "mcast_query_use_ifaddr");
    same(p, a.u8(IFLA_BR_MCAST_QUERIER), "mcast_querier");
    let he = a.u32(IFLA_BR_MCAST_HASH_ELASTICITY);
    same(p, he, "mcast_hash_elasticity");
    same(p, a.u32(IFLA_BR_MCAST_HASH_MAX), "mcast_hash_max");
    for (attr, key, plain) in [
        (
            IFLA_BR_MCAST_LAST_MEMBER_CNT,
            "mcast_last_member_cnt",
            "mcast_last_member_count",
        ),
        (
            IFLA_BR_MCAST_STARTUP_QUERY_CNT,
            "mcast_startup_query_cnt",
            "mcast_startup_query_count",
        ),
    ] {
        num(p, a.u32(attr), key, plain);
    }
    const INTERVALS: [(&str, &str); 6] = [
        ("mcast_last_member_intvl", "mcast_last_member_interval"),
        ("mcast_membership_intvl", "mcast_membership_interval"),
        ("mcast_querier_intvl", "mcast_querier_interval"),
        ("mcast_query_intvl", "mcast_query_interval"),
        (
            "mcast_query_response_intvl",
            "mcast_query_response_interval",
        ),
        ("mcast_startup_query_intvl", "mcast_startup_query_interval"),
    ];
    for (attr, (key, plain)) in
        (IFLA_BR_MCAST_LAST_MEMBER_INTVL..=IFLA_BR_MCAST_STARTUP_QUERY_INTVL).zip(INTERVALS)
    {
        num(p, a.u64(attr), key, plain);
    }
    for (attr, key) in [
        (IFLA_BR_MCAST_STATS_ENABLED, "mcast_stats_enabled"),
        (IFLA_BR_MCAST_IGMP_VERSION, "mcast_igmp_version"),
        (IFLA_BR_MCAST_MLD_VERSION, "mcast_mld_version"),
        (IFLA_BR_NF_CALL_IPTABLES, "nf_call_iptables"),
        (IFLA_BR_NF_CALL_IP6TABLES, "nf_call_ip6tables"),
        (IFLA_BR_NF_CALL_ARPTABLES, "nf_call_arptables"),
    ] {
        num(p, a.u8(attr), key, key);
    }
}

const IFLA_BRPORT_STATE: u16 = 1;
const IFLA_BRPORT_PRIORITY: u16 = 2;
const IFLA_BRPORT_COST: u16 = 3;
const IFLA_BRPORT_MODE: u16 = 4;
const IFLA_BRPORT_GUARD: u16 = 5;
const IFLA_BRPORT_PROTECT: u16 = 6;
const IFLA_BRPORT_FAST_LEAVE: u16 = 7;
const IFLA_BRPORT_LEARNING: u16 = 8;
const IFLA_BRPORT_UNICAST_FLOOD: u16 = 9;
const IFLA_BRPORT_PROXYARP: u16 = 10;
const IFLA_BRPORT_PROXYARP_WIFI: u16 = 12;
const IFLA_BRPORT_ROOT_ID: u16 = 13;
const IFLA_BRPORT_BRIDGE_ID: u16 = 14;
const IFLA_BRPORT_DESIGNATED_PORT: u16 = 15;
const IFLA_BRPORT_DESIGNATED_COST: u16 = 16;
const IFLA_BRPORT_ID: u16 = 17;
const IFLA_BRPORT_NO: u16 = 18;
const IFLA_BRPORT_TOPOLOGY_CHANGE_ACK: u16 = 19;
const IFLA_BRPORT_CONFIG_PENDING: u16 = 20;
const IFLA_BRPORT_MESSAGE_AGE_TIMER: u16 = 21;
const IFLA_BRPORT_FORWARD_DELAY_TIMER: u16 = 22;
const IFLA_BRPORT_HOLD_TIMER: u16 = 23;
const IFLA_BRPORT_MULTICAST_ROUTER: u16 = 25;
const IFLA_BRPORT_MCAST_FLOOD: u16 = 27;
const IFLA_BRPORT_MCAST_TO_UCAST: u16 = 28;
const IFLA_BRPORT_VLAN_TUNNEL: u16 = 29;
const IFLA_BRPORT_BCAST_FLOOD: u16 = 30;
const IFLA_BRPORT_GROUP_FWD_MASK: u16 = 31;
const IFLA_BRPORT_NEIGH_SUPPRESS: u16 = 32;
const IFLA_BRPORT_ISOLATED: u16 = 33;
const IFLA_BRPORT_BACKUP_PORT: u16 = 34;
const IFLA_BRPORT_LOCKED: u16 = 39;

const PORT_STATES: [&str; 5] = [
    "disabled",
    "listening",
    "learning",
    "forwarding",
    "blocking",
];

/// `0x…` of a port id / number.
struct Hex(u16);

impl fmt::Display for Hex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:x}", self.0)
    }
}

/// The names of the bits of a port's group_fwd_mask: `stp,0x2,lacp,…,lldp`; `0x0` if none.
struct FwdMaskNames(u16);

impl fmt::Display for FwdMaskNames {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 0 {
            return f.write_str("0x0");
        }
        let mut first = true;
        for bit in 0..16 {
            let b = 1u16 << bit;
            if self.0 & b == 0 {
                continue;
            }
            if !first {
                f.write_str(",")?;
            }
            first = false;
            match bit {
                0 => f.write_str("stp")?,
                2 => f.write_str("lacp")?,
                14 => f.write_str("lldp")?,
                _ => write!(f, "{b:#x}")?,
            }
        }
        Ok(())
    }
}

/// A bridge port's attributes (`bridge_slave …`).
pub fn print_port<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    let a = Table::<64>::new(data);
    if let Some(s) = a.u8(IFLA_BRPORT_STATE) {
        match PORT_STATES.get(s as usize) {
            Some(n) => pr!(p, Any, "state", "state {} ", n),
            None => {
                p.fp_str("state ");
                pr!(p, Any, "state_index", "({}) ", s);
            }
        }
    }
    same(p, a.u16(IFLA_BRPORT_PRIORITY), "priority");
    if let Some(c) = a.u32(IFLA_BRPORT_COST) {
        pr!(p, Any, "cost", "cost {} ", c as i32);
    }
    for (attr, key) in [
        (IFLA_BRPORT_MODE, "hairpin"),
        (IFLA_BRPORT_GUARD, "guard"),
        (IFLA_BRPORT_PROTECT, "root_block"),
        (IFLA_BRPORT_FAST_LEAVE, "fastleave"),
        (IFLA_BRPORT_LEARNING, "learning"),
        (IFLA_BRPORT_UNICAST_FLOOD, "flood"),
    ] {
        onoff(p, Show::Any, a.u8(attr), key, key);
    }
    if let Some(v) = a.u16(IFLA_BRPORT_ID) {
        pr!(p, Any, "id", "port_id {} ", Disp(Hex(v)));
    }
    if let Some(v) = a.u16(IFLA_BRPORT_NO) {
        pr!(p, Any, "no", "port_no {} ", Disp(Hex(v)));
    }
    let dp = a.u16(IFLA_BRPORT_DESIGNATED_PORT);
    same(p, dp, "designated_port");
    let dc = a.u16(IFLA_BRPORT_DESIGNATED_COST);
    same(p, dc, "designated_cost");
    let bid = a.get(IFLA_BRPORT_BRIDGE_ID);
    bridge_id(p, bid, "bridge_id", "designated_bridge");
    bridge_id(p, a.get(IFLA_BRPORT_ROOT_ID), "root_id", "designated_root");
    timer(p, a.u64(IFLA_BRPORT_HOLD_TIMER), "hold_timer");
    timer(p, a.u64(IFLA_BRPORT_MESSAGE_AGE_TIMER), "message_age_timer");
    timer(
        p,
        a.u64(IFLA_BRPORT_FORWARD_DELAY_TIMER),
        "forward_delay_timer",
    );
    let tca = a.u8(IFLA_BRPORT_TOPOLOGY_CHANGE_ACK);
    same(p, tca, "topology_change_ack");
    let cp = a.u8(IFLA_BRPORT_CONFIG_PENDING);
    same(p, cp, "config_pending");
    onoff(
        p,
        Show::Any,
        a.u8(IFLA_BRPORT_PROXYARP),
        "proxy_arp",
        "proxy_arp",
    );
    let paw = a.u8(IFLA_BRPORT_PROXYARP_WIFI);
    onoff(p, Show::Any, paw, "proxy_arp_wifi", "proxy_arp_wifi");
    let mr = a.u8(IFLA_BRPORT_MULTICAST_ROUTER);
    num(p, mr, "multicast_router", "mcast_router");
    let fl = a.u8(IFLA_BRPORT_FAST_LEAVE);
    onoff(p, Show::Fp, fl, "mcast_fast_leave", "mcast_fast_leave");
    for (attr, key) in [
        (IFLA_BRPORT_MCAST_FLOOD, "mcast_flood"),
        (IFLA_BRPORT_BCAST_FLOOD, "bcast_flood"),
        (IFLA_BRPORT_MCAST_TO_UCAST, "mcast_to_unicast"),
        (IFLA_BRPORT_NEIGH_SUPPRESS, "neigh_suppress"),
    ] {
        onoff(p, Show::Any, a.u8(attr), key, key);
    }
    if let Some(v) = a.u16(IFLA_BRPORT_GROUP_FWD_MASK) {
        let m = Disp(AltHex(v.into()));
        pr!(p, Any, "group_fwd_mask", "group_fwd_mask {} ", m);
        let s = Disp(FwdMaskNames(v));
        pr!(p, Any, "group_fwd_mask_str", "group_fwd_mask_str {} ", s);
    }
    for (attr, key) in [
        (IFLA_BRPORT_VLAN_TUNNEL, "vlan_tunnel"),
        (IFLA_BRPORT_ISOLATED, "isolated"),
        (IFLA_BRPORT_LOCKED, "locked"),
    ] {
        onoff(p, Show::Any, a.u8(attr), key, key);
    }
    if let Some(i) = a.u32(IFLA_BRPORT_BACKUP_PORT) {
        let n = names.ifname(i);
        pr!(p, Any, "backup_port", "backup_port {} ", &*n);
    }
}

/// C's `%#x`: `0` for zero, else `0x…`.
struct AltHex(pub u32);

impl fmt::Display for AltHex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 0 {
            f.write_str("0")
        } else {
            write!(f, "{:#x}", self.0)
        }
    }
}

/// A bridge timer (hundredths of a second): plain `%4i.%.2i`, JSON a bare number `%i.%.2i`,
/// with ip's arithmetic (microseconds in 64 bits, seconds cut to 32 bits).
struct Timer(pub u64);

impl Timer {
    fn parts(&self) -> (i32, u64) {
        let us = self.0.wrapping_mul(10_000);
        ((us / 1_000_000) as i32, us % 1_000_000 / 10_000)
    }
}

impl fmt::Display for Timer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (s, c) = self.parts();
        write!(f, "{s:4}.{c:02}")
    }
}

impl JsonValue for Timer {
    fn write_json<X: Write + ?Sized>(&self, w: &mut X) -> io::Result<()> {
        let (s, c) = self.parts();
        write!(w, "{s}.{c:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timers_use_ips_arithmetic() {
        // hello_timer values measured with ip 6.1 on crafted messages
        for (v, plain, json) in [
            (0, "   0.00", "0.00"),
            (1, "   0.01", "0.01"),
            (12345, " 123.45", "123.45"),
            (1234567, "12345.67", "12345.67"),
            (4294967301, "42949673.01", "42949673.01"),
            (1 << 63, "   0.00", "0.00"),
            (u64::MAX, "-140462611.54", "-140462611.54"),
        ] {
            assert_eq!(Timer(v).to_string(), plain);
            let mut j = Vec::new();
            Timer(v).write_json(&mut j).unwrap();
            assert_eq!(String::from_utf8(j).unwrap(), json);
        }
    }
}
