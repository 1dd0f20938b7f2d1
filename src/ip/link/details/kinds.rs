//! `vlan` and `macvlan` / `macvtap` details (IFLA_INFO_DATA), in ip 6.1's order and wording.

use super::bridge::Attrs;
use super::{u32_of, Proto};
use crate::ip::link::show::Mac;
use crate::netlink::attrs;
use crate::output::{pr, Disp, Printer, Show};
use std::io::Write;

const IFLA_VLAN_ID: u16 = 1;
const IFLA_VLAN_FLAGS: u16 = 2;
const IFLA_VLAN_EGRESS_QOS: u16 = 3;
const IFLA_VLAN_INGRESS_QOS: u16 = 4;
const IFLA_VLAN_PROTOCOL: u16 = 5;
const IFLA_VLAN_QOS_MAPPING: u16 = 1;

const VLAN_FLAGS: [(u32, &str); 5] = [
    (0x1, "REORDER_HDR"),
    (0x2, "GVRP"),
    (0x8, "MVRP"),
    (0x4, "LOOSE_BINDING"),
    (0x10, "BRIDGE_BINDING"),
];

/// `protocol 802.1Q id 10 <REORDER_HDR> ` and the QoS maps on lines of their own.
pub fn vlan<W: Write>(p: &mut Printer<W>, data: &[u8]) {
    let a = Attrs::new(data);
    let Some(id) = a.u16(IFLA_VLAN_ID) else {
        return;
    };
    match a.be16(IFLA_VLAN_PROTOCOL) {
        Some(proto) => pr!(p, Any, "protocol", "protocol {} ", Disp(Proto(proto))),
        // ip's default name when the kernel leaves the protocol out
        None => pr!(p, Any, "protocol", "protocol {} ", "802.1q"),
    }
    pr!(p, Any, "id", "id {} ", id);
    if let Some(f) = a.get(IFLA_VLAN_FLAGS) {
        // struct ifla_vlan_flags { flags; mask }: ip shows the flags whatever the mask
        let flags = u32_of(f).unwrap_or(0);
        p.open_list(Show::Any, "flags", "<");
        let mut first = true;
        let mut item = |p: &mut Printer<W>, s: &dyn std::fmt::Display| {
            if !std::mem::take(&mut first) {
                p.fp_str(",");
            }
            let v = Disp(s);
            p.value(Show::Any, None, format_args!("{v}"), &v);
        };
        let mut rest = flags;
        for (bit, name) in VLAN_FLAGS {
            if flags & bit != 0 {
                item(p, &name);
                rest &= !bit;
            }
        }
        if rest != 0 {
            item(p, &format_args!("{rest:x}"));
        }
        p.close_array(Show::Any, "> ");
    }
    if let Some(m) = a.get(IFLA_VLAN_INGRESS_QOS) {
        qos_map(p, m, "ingress_qos", "ingress-qos-map");
    }
    if let Some(m) = a.get(IFLA_VLAN_EGRESS_QOS) {
        qos_map(p, m, "egress_qos", "egress-qos-map");
    }
}

/// `\n      ingress-qos-map { 1:2 3:4 } ` / `"ingress_qos":[{"from":1,"to":2},…]`.
fn qos_map<W: Write>(p: &mut Printer<W>, m: &[u8], key: &str, plain: &str) {
    p.open_list(Show::Json, key, "");
    p.nl();
    p.fp(format_args!("      {plain} {{ "));
    for (k, v) in attrs(m) {
        if k != IFLA_VLAN_QOS_MAPPING {
            continue;
        }
        let (Some(from), Some(to)) = (u32_of(v), v.get(4..).and_then(u32_of)) else {
            continue;
        };
        p.open_object(None);
        pr!(p, Any, "from", "{}:", from);
        pr!(p, Any, "to", "{} ", to);
        p.close_object();
    }
    p.close_array(Show::Json, "");
    p.fp_str("} ");
}

const IFLA_MACVLAN_MODE: u16 = 1;
const IFLA_MACVLAN_FLAGS: u16 = 2;
const IFLA_MACVLAN_MACADDR: u16 = 4;
const IFLA_MACVLAN_MACADDR_DATA: u16 = 5;
const IFLA_MACVLAN_MACADDR_COUNT: u16 = 6;
const IFLA_MACVLAN_BC_QUEUE_LEN: u16 = 7;
const IFLA_MACVLAN_BC_QUEUE_LEN_USED: u16 = 8;
const MACVLAN_MODE_SOURCE: u32 = 16;

/// `mode bridge [nopromisc] [nodst] bcqueuelen N usedbcqueuelen N [remotes (N) MAC…] `.
pub fn macvlan<W: Write>(p: &mut Printer<W>, data: &[u8]) {
    let a = Attrs::new(data);
    let Some(mode) = a.u32(IFLA_MACVLAN_MODE) else {
        return;
    };
    let name = match mode {
        1 => "private",
        2 => "vepa",
        4 => "bridge",
        8 => "passthru",
        MACVLAN_MODE_SOURCE => "source",
        _ => "unknown",
    };
    pr!(p, Any, "mode", "mode {} ", name);
    if let Some(f) = a.u16(IFLA_MACVLAN_FLAGS) {
        for (bit, flag) in [(1, "nopromisc"), (2, "nodst")] {
            if f & bit != 0 {
                p.value(Show::Any, Some(flag), format_args!("{flag} "), &true);
            }
        }
    }
    if let Some(n) = a.u32(IFLA_MACVLAN_BC_QUEUE_LEN) {
        pr!(p, Any, "bcqueuelen", "bcqueuelen {} ", n);
    }
    if let Some(n) = a.u32(IFLA_MACVLAN_BC_QUEUE_LEN_USED) {
        pr!(p, Any, "usedbcqueuelen", "usedbcqueuelen {} ", n);
    }
    if mode != MACVLAN_MODE_SOURCE {
        return;
    }
    let Some(count) = a.u32(IFLA_MACVLAN_MACADDR_COUNT) else {
        return;
    };
    pr!(p, Any, "macaddr_count", "remotes ({}) ", count);
    if let Some(list) = a.get(IFLA_MACVLAN_MACADDR_DATA) {
        p.open_list(Show::Json, "macaddr_data", "");
        for (k, v) in attrs(list) {
            if k != IFLA_MACVLAN_MACADDR {
                continue;
            }
            let Some(mac) = v.get(..6) else {
                continue;
            };
            let m = Disp(Mac(mac));
            p.value(Show::Any, None, format_args!("{m} "), &m);
        }
        p.close_array(Show::Json, "");
    }
}

const IFLA_TUN_OWNER: u16 = 1;
const IFLA_TUN_GROUP: u16 = 2;
const IFLA_TUN_TYPE: u16 = 3;
const IFLA_TUN_PI: u16 = 4;
const IFLA_TUN_VNET_HDR: u16 = 5;
const IFLA_TUN_PERSIST: u16 = 6;
const IFLA_TUN_MULTI_QUEUE: u16 = 7;
const IFLA_TUN_NUM_QUEUES: u16 = 8;
const IFLA_TUN_NUM_DISABLED_QUEUES: u16 = 9;

/// `type tap pi off vnet_hdr off [multi_queue numqueues N numdisabled N] persist on
/// [user NAME] [group NAME] ` (`ip tuntap` devices).
pub fn tun<W: Write>(p: &mut Printer<W>, data: &[u8]) {
    if data.is_empty() {
        return;
    }
    let a = Attrs::new(data);
    if let Some(t) = a.u8(IFLA_TUN_TYPE) {
        match t {
            1 => pr!(p, Any, "type", "type {} ", "tun"),
            2 => pr!(p, Any, "type", "type {} ", "tap"),
            _ => pr!(
                p,
                Any,
                "type",
                "type {} ",
                Disp(format_args!("UNKNOWN:{t}"))
            ),
        }
    }
    let onoff = |p: &mut Printer<W>, v: Option<u8>, key: &str| {
        if let Some(v) = v {
            let on = v != 0;
            let s = if on { "on" } else { "off" };
            p.value(Show::Any, Some(key), format_args!("{key} {s} "), &on);
        }
    };
    onoff(p, a.u8(IFLA_TUN_PI), "pi");
    onoff(p, a.u8(IFLA_TUN_VNET_HDR), "vnet_hdr");
    // `"multi_queue":false` even when the kernel leaves the attribute out
    if a.u8(IFLA_TUN_MULTI_QUEUE).is_some_and(|mq| mq != 0) {
        p.value(
            Show::Any,
            Some("multi_queue"),
            format_args!("multi_queue "),
            &true,
        );
        if let Some(n) = a.u32(IFLA_TUN_NUM_QUEUES) {
            pr!(p, Any, "numqueues", "numqueues {} ", n);
        }
        if let Some(n) = a.u32(IFLA_TUN_NUM_DISABLED_QUEUES) {
            pr!(p, Any, "numdisabled", "numdisabled {} ", n);
        }
    } else {
        p.json("multi_queue", &false);
    }
    onoff(p, a.u8(IFLA_TUN_PERSIST), "persist");
    for (attr, key, file) in [
        (IFLA_TUN_OWNER, "user", "/etc/passwd"),
        (IFLA_TUN_GROUP, "group", "/etc/group"),
    ] {
        if let Some(id) = a.u32(attr) {
            match id_name(file, id) {
                Some(n) => p.value(Show::Any, Some(key), format_args!("{key} {n} "), n.as_str()),
                None => p.value(Show::Any, Some(key), format_args!("{key} {id} "), &id),
            }
        }
    }
}

/// The name of user or group `id` in /etc/passwd or /etc/group (`name:x:id:…`).
fn id_name(file: &str, id: u32) -> Option<String> {
    let text = std::fs::read(file).ok()?;
    text.split(|&c| c == b'\n').find_map(|line| {
        let mut f = line.split(|&c| c == b':');
        let name = f.next()?;
        let num = f.nth(1)?;
        let n: u32 = std::str::from_utf8(num).ok()?.parse().ok()?;
        (n == id).then(|| String::from_utf8_lossy(name).into_owned())
    })
}
