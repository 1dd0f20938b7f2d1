//! `type bond OPTIONS` and `type bond_slave OPTIONS` (a port's IFLA_INFO_SLAVE_DATA), and
//! their details, as ip 6.1 reads and prints them. Options go out in the order written, a
//! repeated one twice.

use super::complaints::kind_usage;
use super::host::Host;
use crate::cli::num::{get_u16, get_u32, get_u8, strtol};
use crate::cli::{invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::{cannot_find, Names};
use crate::ip::lladdr::{self, Mac};
use crate::ip::prefix::{self, parse_ipv4};
use crate::netlink::attr::{self, attrs, Table};
use crate::netlink::rtnl::AF_INET6;
use crate::output::{pr, Disp, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

const MODE: u16 = 1;
const ACTIVE_SLAVE: u16 = 2;
const MIIMON: u16 = 3;
const UPDELAY: u16 = 4;
const DOWNDELAY: u16 = 5;
const USE_CARRIER: u16 = 6;
const ARP_INTERVAL: u16 = 7;
const ARP_IP_TARGET: u16 = 8;
const ARP_VALIDATE: u16 = 9;
const ARP_ALL_TARGETS: u16 = 10;
const PRIMARY: u16 = 11;
const PRIMARY_RESELECT: u16 = 12;
const FAIL_OVER_MAC: u16 = 13;
const XMIT_HASH_POLICY: u16 = 14;
const RESEND_IGMP: u16 = 15;
const NUM_PEER_NOTIF: u16 = 16;
const ALL_SLAVES_ACTIVE: u16 = 17;
const MIN_LINKS: u16 = 18;
const LP_INTERVAL: u16 = 19;
const PACKETS_PER_SLAVE: u16 = 20;
const AD_LACP_RATE: u16 = 21;
const AD_SELECT: u16 = 22;
const AD_INFO: u16 = 23;
const AD_ACTOR_SYS_PRIO: u16 = 24;
const AD_USER_PORT_KEY: u16 = 25;
const AD_ACTOR_SYSTEM: u16 = 26;
const TLB_DYNAMIC_LB: u16 = 27;
const PEER_NOTIF_DELAY: u16 = 28;
const AD_LACP_ACTIVE: u16 = 29;
const MISSED_MAX: u16 = 30;
const NS_IP6_TARGET: u16 = 31;

/// BOND_MAX_ARP_TARGETS and BOND_MAX_NS_TARGETS: the words past these are dropped.
const MAX_TARGETS: usize = 16;

const MODES: &[&str] = &[
    "balance-rr",
    "active-backup",
    "balance-xor",
    "broadcast",
    "802.3ad",
    "balance-tlb",
    "balance-alb",
];
const ARP_VALIDATES: &[&str] = &[
    "none",
    "active",
    "backup",
    "all",
    "filter",
    "filter_active",
    "filter_backup",
];
const ARP_ALL_TARGETS_NAMES: &[&str] = &["any", "all"];
const PRIMARY_RESELECTS: &[&str] = &["always", "better", "failure"];
const FAIL_OVER_MACS: &[&str] = &["none", "active", "follow"];
const XMIT_HASH_POLICIES: &[&str] = &[
    "layer2",
    "layer3+4",
    "layer2+3",
    "encap2+3",
    "encap3+4",
    "vlan+srcmac",
];
const LACP_RATES: &[&str] = &["slow", "fast"];
const AD_SELECTS: &[&str] = &["stable", "bandwidth", "count"];
const LACP_ACTIVES: &[&str] = &["off", "on"];

pub const USAGE: &str = "\
Usage: ... bond [ mode BONDMODE ] [ active_slave SLAVE_DEV ]
                [ clear_active_slave ] [ miimon MIIMON ]
                [ updelay UPDELAY ] [ downdelay DOWNDELAY ]
                [ peer_notify_delay DELAY ]
                [ use_carrier USE_CARRIER ]
                [ arp_interval ARP_INTERVAL ]
                [ arp_validate ARP_VALIDATE ]
                [ arp_all_targets ARP_ALL_TARGETS ]
                [ arp_ip_target [ ARP_IP_TARGET, ... ] ]
                [ ns_ip6_target [ NS_IP6_TARGET, ... ] ]
                [ primary SLAVE_DEV ]
                [ primary_reselect PRIMARY_RESELECT ]
                [ fail_over_mac FAIL_OVER_MAC ]
                [ xmit_hash_policy XMIT_HASH_POLICY ]
                [ resend_igmp RESEND_IGMP ]
                [ num_grat_arp|num_unsol_na NUM_GRAT_ARP|NUM_UNSOL_NA ]
                [ all_slaves_active ALL_SLAVES_ACTIVE ]
                [ min_links MIN_LINKS ]
                [ lp_interval LP_INTERVAL ]
                [ packets_per_slave PACKETS_PER_SLAVE ]
                [ tlb_dynamic_lb TLB_DYNAMIC_LB ]
                [ lacp_rate LACP_RATE ]
                [ lacp_active LACP_ACTIVE]
                [ ad_select AD_SELECT ]
                [ ad_user_port_key PORTKEY ]
                [ ad_actor_sys_prio SYSPRIO ]
                [ ad_actor_system LLADDR ]
                [ arp_missed_max MISSED_MAX ]

BONDMODE := balance-rr|active-backup|balance-xor|broadcast|802.3ad|balance-tlb|balance-alb
ARP_VALIDATE := none|active|backup|all|filter|filter_active|filter_backup
ARP_ALL_TARGETS := any|all
PRIMARY_RESELECT := always|better|failure
FAIL_OVER_MAC := none|active|follow
XMIT_HASH_POLICY := layer2|layer2+3|layer3+4|encap2+3|encap3+4|vlan+srcmac
LACP_ACTIVE := off|on
LACP_RATE := slow|fast
AD_SELECT := stable|bandwidth|count
";

pub const SLAVE_USAGE: &str = "Usage: ... bond_slave [ queue_id ID ] [ prio PRIORITY ]\n";

/// How a keyword's value is read.
#[derive(Clone, Copy)]
enum Val {
    /// One of the names (or its index, in decimal), sent as u8 / u32.
    Name8(&'static [&'static str]),
    Name32(&'static [&'static str]),
    U8,
    U16,
    U32,
    /// A device name, sent as its index.
    Dev,
    /// No value: `clear_active_slave` sends index 0.
    Clear,
    ArpTargets,
    NsTargets,
    LlAddr,
    Help,
}

/// (keyword, must be spelt out, attribute, value, the name in `invalid NAME`), in the
/// reference's order: the first one a word is a prefix of wins.
const OPTS: &[(&str, bool, u16, Val, &str)] = &[
    ("mode", false, MODE, Val::Name8(MODES), "mode"),
    ("active_slave", false, ACTIVE_SLAVE, Val::Dev, ""),
    ("clear_active_slave", false, ACTIVE_SLAVE, Val::Clear, ""),
    ("miimon", false, MIIMON, Val::U32, "miimon"),
    ("updelay", false, UPDELAY, Val::U32, "updelay"),
    ("downdelay", false, DOWNDELAY, Val::U32, "downdelay"),
    (
        "peer_notify_delay",
        false,
        PEER_NOTIF_DELAY,
        Val::U32,
        "peer_notify_delay",
    ),
    ("use_carrier", false, USE_CARRIER, Val::U8, "use_carrier"),
    (
        "arp_interval",
        false,
        ARP_INTERVAL,
        Val::U32,
        "arp_interval",
    ),
    (
        "arp_validate",
        false,
        ARP_VALIDATE,
        Val::Name32(ARP_VALIDATES),
        "arp_validate",
    ),
    (
        "arp_all_targets",
        false,
        ARP_ALL_TARGETS,
        Val::Name32(ARP_ALL_TARGETS_NAMES),
        "arp_all_targets",
    ),
    ("arp_ip_target", false, ARP_IP_TARGET, Val::ArpTargets, ""),
    ("ns_ip6_target", true, NS_IP6_TARGET, Val::NsTargets, ""),
    ("primary", false, PRIMARY, Val::Dev, ""),
    (
        "primary_reselect",
        false,
        PRIMARY_RESELECT,
        Val::Name8(PRIMARY_RESELECTS),
        "primary_reselect",
    ),
    (
        "fail_over_mac",
        false,
        FAIL_OVER_MAC,
        Val::Name8(FAIL_OVER_MACS),
        "fail_over_mac",
    ),
    (
        "xmit_hash_policy",
        false,
        XMIT_HASH_POLICY,
        Val::Name8(XMIT_HASH_POLICIES),
        "xmit_hash_policy",
    ),
    ("resend_igmp", false, RESEND_IGMP, Val::U32, "resend_igmp"),
    (
        "num_grat_arp",
        false,
        NUM_PEER_NOTIF,
        Val::U8,
        "num_grat_arp|num_unsol_na",
    ),
    (
        "num_unsol_na",
        false,
        NUM_PEER_NOTIF,
        Val::U8,
        "num_grat_arp|num_unsol_na",
    ),
    (
        "all_slaves_active",
        false,
        ALL_SLAVES_ACTIVE,
        Val::U8,
        "all_slaves_active",
    ),
    ("min_links", false, MIN_LINKS, Val::U32, "min_links"),
    ("lp_interval", false, LP_INTERVAL, Val::U32, "lp_interval"),
    (
        "packets_per_slave",
        false,
        PACKETS_PER_SLAVE,
        Val::U32,
        "packets_per_slave",
    ),
    (
        "tlb_dynamic_lb",
        false,
        TLB_DYNAMIC_LB,
        Val::U8,
        "tlb_dynamic_lb",
    ),
    (
        "lacp_rate",
        false,
        AD_LACP_RATE,
        Val::Name8(LACP_RATES),
        "lacp_rate",
    ),
    (
        "lacp_active",
        true,
        AD_LACP_ACTIVE,
        Val::Name8(LACP_ACTIVES),
        "lacp_active",
    ),
    (
        "ad_select",
        false,
        AD_SELECT,
        Val::Name8(AD_SELECTS),
        "ad_select",
    ),
    (
        "ad_user_port_key",
        false,
        AD_USER_PORT_KEY,
        Val::U16,
        "ad_user_port_key",
    ),
    (
        "ad_actor_sys_prio",
        false,
        AD_ACTOR_SYS_PRIO,
        Val::U16,
        "ad_actor_sys_prio",
    ),
    ("ad_actor_system", false, AD_ACTOR_SYSTEM, Val::LlAddr, ""),
    (
        "arp_missed_max",
        true,
        MISSED_MAX,
        Val::U8,
        "arp_missed_max",
    ),
    ("help", false, 0, Val::Help, ""),
];

/// A name of `names`, or its index written in decimal.
fn name_index(names: &[&str], v: &str) -> Option<u32> {
    if let Some(i) = names.iter().position(|n| *n == v) {
        return Some(i as u32);
    }
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse::<u32>()
        .ok()
        .filter(|&i| (i as usize) < names.len())
}

/// The bond's IFLA_INFO_DATA attributes.
pub fn parse(args: &mut Args, host: &mut dyn Host) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        let Some(&(_, _, id, val, name)) =
            OPTS.iter().find(
                |(k, exact, ..)| {
                    if *exact {
                        w == *k
                    } else {
                        matches(&w, k)
                    }
                },
            )
        else {
            let prefix = format!("bond: unknown command \"{w}\"?");
            return Err(kind_usage(Some(prefix), USAGE));
        };
        if let Val::Help = val {
            return Err(kind_usage(None, USAGE));
        }
        if let Val::Clear = val {
            out.push(attr::u32(id, 0));
            continue;
        }
        let v = match val {
            // the target lists may be left empty, even at the end of the line
            Val::ArpTargets | Val::NsTargets => args.next().unwrap_or("").to_string(),
            _ => args.value()?.to_string(),
        };
        let bad = || invarg(&format!("invalid {name}"), &v);
        out.push(match val {
            Val::Name8(names) => attr::u8(id, name_index(names, &v).ok_or_else(bad)? as u8),
            Val::Name32(names) => attr::u32(id, name_index(names, &v).ok_or_else(bad)?),
            Val::U8 => attr::u8(id, get_u8(&v).ok_or_else(bad)?),
            Val::U16 => attr::u16(id, get_u16(&v).ok_or_else(bad)?),
            Val::U32 => attr::u32(id, get_u32(&v).ok_or_else(bad)?),
            Val::Dev => attr::u32(id, host.index(&v).ok_or_else(|| cannot_find(&v))?),
            Val::ArpTargets => {
                let mut items = Vec::new();
                for t in v.split(',').filter(|t| !t.is_empty()).take(MAX_TARGETS) {
                    let a = parse_ipv4(t).ok_or_else(|| {
                        Error::ip_fail(format_args!(
                            "Error: an IP address is expected rather than \"{t}\""
                        ))
                    })?;
                    items.push(attr::bytes(items.len() as u16, &a));
                }
                attr::nest(id, &items)
            }
            Val::NsTargets => {
                let mut items = Vec::new();
                for t in v.split(',').filter(|t| !t.is_empty()).take(MAX_TARGETS) {
                    let a = prefix::get_addr(t, AF_INET6)?;
                    items.push(attr::bytes(items.len() as u16, a.bytes()));
                }
                attr::nest(id, &items)
            }
            Val::LlAddr => attr::bytes(id, &lladdr::get(&v)?),
            Val::Clear | Val::Help => continue,
        });
    }
    Ok(out)
}

const SLAVE_STATE: u16 = 1;
const SLAVE_MII_STATUS: u16 = 2;
const SLAVE_LINK_FAILURE_COUNT: u16 = 3;
const SLAVE_PERM_HWADDR: u16 = 4;
const SLAVE_QUEUE_ID: u16 = 5;
const SLAVE_AD_AGGREGATOR_ID: u16 = 6;
const SLAVE_AD_ACTOR_OPER_PORT_STATE: u16 = 7;
const SLAVE_AD_PARTNER_OPER_PORT_STATE: u16 = 8;
const SLAVE_PRIO: u16 = 9;

/// A port's IFLA_INFO_SLAVE_DATA attributes (`queue_id ID`, `prio PRIORITY`).
pub fn parse_slave(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "queue_id") {
            let v = args.value()?;
            let q = get_u16(v).ok_or_else(|| invarg("queue_id is invalid", v))?;
            out.push(attr::u16(SLAVE_QUEUE_ID, q));
        } else if w == "prio" {
            let v = args.value()?;
            let p = strtol(v, 0)
                .and_then(|p| i32::try_from(p).ok())
                .ok_or_else(|| invarg("prio is invalid", v))?;
            out.push(attr::bytes(SLAVE_PRIO, &p.to_ne_bytes()));
        } else {
            let prefix =
                (!matches(&w, "help")).then(|| format!("bond_slave: unknown option \"{w}\"?"));
            return Err(kind_usage(prefix, SLAVE_USAGE));
        }
    }
    Ok(out)
}

/// `plain NAME ` / `"key":"NAME"`, `UNKNOWN` past the table.
fn named<W: Write>(p: &mut Printer<W>, v: Option<u32>, names: &[&str], key: &str, plain: &str) {
    if let Some(v) = v {
        let name = names.get(v as usize).copied().unwrap_or("UNKNOWN");
        p.value(Show::Any, Some(key), format_args!("{plain} {name} "), &name);
    }
}

fn num<W: Write, V: Into<u64>>(p: &mut Printer<W>, v: Option<V>, key: &str, plain: &str) {
    if let Some(v) = v {
        let v: u64 = v.into();
        p.value(Show::Any, Some(key), format_args!("{plain} {v} "), &v);
    }
}

/// `active_slave eth0 ` for a non-zero index.
fn dev<W: Write>(p: &mut Printer<W>, a: &Table<40>, id: u16, key: &str, names: &mut Names) {
    if let Some(i) = a.u32(id).filter(|&i| i != 0) {
        let n = names.ifname(i).into_owned();
        p.value(
            Show::Any,
            Some(key),
            format_args!("{key} {n} "),
            &n.as_str(),
        );
    }
}

/// `arp_ip_target 10.0.0.1,10.0.0.2 ` / `"arp_ip_target":["10.0.0.1","10.0.0.2"]`.
fn targets<W: Write>(p: &mut Printer<W>, list: &[u8], key: &str, len: usize) {
    let mut first = true;
    for (_, v) in attrs(list) {
        let ip = match (len, v.get(..len)) {
            (4, Some(b)) => <[u8; 4]>::try_from(b).map(std::net::IpAddr::from).ok(),
            (_, Some(b)) => <[u8; 16]>::try_from(b).map(std::net::IpAddr::from).ok(),
            _ => None,
        };
        let Some(ip) = ip else {
            continue;
        };
        if first {
            p.open_list(Show::Json, key, "");
            p.fp(format_args!("{key} "));
        } else {
            p.fp_str(",");
        }
        first = false;
        let t = Disp(ip);
        p.value(Show::Any, None, format_args!("{t}"), &t);
    }
    if !first {
        p.close_array(Show::Json, "");
        p.fp_str(" ");
    }
}

/// `bond mode active-backup miimon 100 …`.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    let a: Table<40> = Table::new(data);
    named(p, a.u8(MODE).map(u32::from), MODES, "mode", "mode");
    dev(p, &a, ACTIVE_SLAVE, "active_slave", names);
    num(p, a.u32(MIIMON), "miimon", "miimon");
    num(p, a.u32(UPDELAY), "updelay", "updelay");
    num(p, a.u32(DOWNDELAY), "downdelay", "downdelay");
    num(
        p,
        a.u32(PEER_NOTIF_DELAY),
        "peer_notify_delay",
        "peer_notify_delay",
    );
    num(p, a.u8(USE_CARRIER), "use_carrier", "use_carrier");
    num(p, a.u32(ARP_INTERVAL), "arp_interval", "arp_interval");
    num(p, a.u8(MISSED_MAX), "arp_missed_max", "arp_missed_max");
    if let Some(list) = a.get(ARP_IP_TARGET) {
        targets(p, list, "arp_ip_target", 4);
    }
    if let Some(list) = a.get(NS_IP6_TARGET) {
        targets(p, list, "ns_ip6_target", 16);
    }
    if let Some(v) = a.u32(ARP_VALIDATE) {
        if v == 0 {
            // ip names the default in plain text only
            p.value(
                Show::Json,
                Some("arp_validate"),
                format_args!(""),
                &crate::output::Null,
            );
            p.fp_str("arp_validate none ");
        } else {
            named(p, Some(v), ARP_VALIDATES, "arp_validate", "arp_validate");
        }
    }
    named(
        p,
        a.u32(ARP_ALL_TARGETS),
        ARP_ALL_TARGETS_NAMES,
        "arp_all_targets",
        "arp_all_targets",
    );
    dev(p, &a, PRIMARY, "primary", names);
    named(
        p,
        a.u8(PRIMARY_RESELECT).map(u32::from),
        PRIMARY_RESELECTS,
        "primary_reselect",
        "primary_reselect",
    );
    named(
        p,
        a.u8(FAIL_OVER_MAC).map(u32::from),
        FAIL_OVER_MACS,
        "fail_over_mac",
        "fail_over_mac",
    );
    named(
        p,
        a.u8(XMIT_HASH_POLICY).map(u32::from),
        XMIT_HASH_POLICIES,
        "xmit_hash_policy",
        "xmit_hash_policy",
    );
    num(p, a.u32(RESEND_IGMP), "resend_igmp", "resend_igmp");
    num(p, a.u8(NUM_PEER_NOTIF), "num_peer_notif", "num_grat_arp");
    num(
        p,
        a.u8(ALL_SLAVES_ACTIVE),
        "all_slaves_active",
        "all_slaves_active",
    );
    num(p, a.u32(MIN_LINKS), "min_links", "min_links");
    num(p, a.u32(LP_INTERVAL), "lp_interval", "lp_interval");
    num(
        p,
        a.u32(PACKETS_PER_SLAVE),
        "packets_per_slave",
        "packets_per_slave",
    );
    named(
        p,
        a.u8(AD_LACP_ACTIVE).map(u32::from),
        LACP_ACTIVES,
        "ad_lacp_active",
        "lacp_active",
    );
    named(
        p,
        a.u8(AD_LACP_RATE).map(u32::from),
        LACP_RATES,
        "ad_lacp_rate",
        "lacp_rate",
    );
    named(
        p,
        a.u8(AD_SELECT).map(u32::from),
        AD_SELECTS,
        "ad_select",
        "ad_select",
    );
    if let Some(info) = a.get(AD_INFO) {
        let i: Table<8> = Table::new(info);
        p.open_object(Some("ad_info"));
        num(p, i.u16(1), "aggregator", "ad_aggregator");
        num(p, i.u16(2), "num_ports", "ad_num_ports");
        num(p, i.u16(3), "actor_key", "ad_actor_key");
        num(p, i.u16(4), "partner_key", "ad_partner_key");
        if let Some(mac) = i.get(5) {
            let m = Disp(Mac(mac));
            p.value(
                Show::Any,
                Some("partner_mac"),
                format_args!("ad_partner_mac {m} "),
                &m,
            );
        }
        p.close_object();
    }
    num(
        p,
        a.u16(AD_ACTOR_SYS_PRIO),
        "ad_actor_sys_prio",
        "ad_actor_sys_prio",
    );
    num(
        p,
        a.u16(AD_USER_PORT_KEY),
        "ad_user_port_key",
        "ad_user_port_key",
    );
    if let Some(mac) = a.get(AD_ACTOR_SYSTEM) {
        let m = Disp(Mac(mac));
        pr!(p, Any, "ad_actor_system", "ad_actor_system {} ", m);
    }
    num(p, a.u8(TLB_DYNAMIC_LB), "tlb_dynamic_lb", "tlb_dynamic_lb");
}

const PORT_STATES: [&str; 8] = [
    "active",
    "short_timeout",
    "aggregating",
    "in_sync",
    "collecting",
    "distributing",
    "defaulted",
    "expired",
];

/// `plain N plain_str <a,b> ` / `"key":N,"key_str":["a","b"]`.
fn port_state<W: Write>(p: &mut Printer<W>, v: Option<u16>, key: &str) {
    let Some(v) = v else {
        return;
    };
    num(p, Some(v), key, key);
    let list = format!("{key}_str");
    p.open_list(Show::Any, &list, &format!("{list} <"));
    let mut first = true;
    for (bit, name) in PORT_STATES.iter().enumerate() {
        if v & (1 << bit) == 0 {
            continue;
        }
        if !std::mem::take(&mut first) {
            p.fp_str(",");
        }
        p.value(Show::Any, None, format_args!("{name}"), name);
    }
    p.close_array(Show::Any, "> ");
}

/// `bond_slave state ACTIVE mii_status UP …` (a bond port's IFLA_INFO_SLAVE_DATA).
pub fn print_slave<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<16> = Table::new(data);
    let indexed = |p: &mut Printer<W>, v: Option<u8>, names: &[&str], key: &str| {
        let Some(v) = v else {
            return;
        };
        match names.get(usize::from(v)) {
            Some(n) => p.value(Show::Any, Some(key), format_args!("{key} {n} "), n),
            None => {
                let k = format!("{key}_index");
                p.value(Show::Any, Some(&k), format_args!("{key} {v} "), &v);
            }
        }
    };
    indexed(p, a.u8(SLAVE_STATE), &["ACTIVE", "BACKUP"], "state");
    indexed(
        p,
        a.u8(SLAVE_MII_STATUS),
        &["UP", "GOING_DOWN", "DOWN", "GOING_BACK"],
        "mii_status",
    );
    num(
        p,
        a.u32(SLAVE_LINK_FAILURE_COUNT),
        "link_failure_count",
        "link_failure_count",
    );
    if let Some(mac) = a.get(SLAVE_PERM_HWADDR) {
        let m = Disp(Mac(mac));
        pr!(p, Any, "perm_hwaddr", "perm_hwaddr {} ", m);
    }
    num(p, a.u16(SLAVE_QUEUE_ID), "queue_id", "queue_id");
    if let Some(prio) = a.get(SLAVE_PRIO).and_then(attr::i32_of) {
        pr!(p, Any, "prio", "prio {} ", prio);
    }
    num(
        p,
        a.u16(SLAVE_AD_AGGREGATOR_ID),
        "ad_aggregator_id",
        "ad_aggregator_id",
    );
    port_state(
        p,
        a.u8(SLAVE_AD_ACTOR_OPER_PORT_STATE).map(u16::from),
        "ad_actor_oper_port_state",
    );
    port_state(
        p,
        a.u16(SLAVE_AD_PARTNER_OPER_PORT_STATE),
        "ad_partner_oper_port_state",
    );
}
