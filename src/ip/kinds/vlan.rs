//! `type vlan [protocol PROTO] id VLANID [reorder_hdr|gvrp|mvrp|loose_binding|bridge_binding on|off]
//! [ingress-qos-map|egress-qos-map FROM:TO …]`,
//! and its details (`protocol 802.1Q id 10 <REORDER_HDR>` and the QoS maps).

use super::complaints::kind_usage;
use super::ethertype;
use crate::cli::num::{get_u16, get_u32};
use crate::cli::{incomplete, invarg, matches, on_off, Args};
use crate::error::Result;
use crate::ip::ifnames::Names;
use crate::netlink::attr::{self, attrs, u32_of, Table};
use crate::output::{pr, Disp, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

const IFLA_VLAN_ID: u16 = 1;
const IFLA_VLAN_FLAGS: u16 = 2;
const IFLA_VLAN_EGRESS_QOS: u16 = 3;
const IFLA_VLAN_INGRESS_QOS: u16 = 4;
const IFLA_VLAN_PROTOCOL: u16 = 5;

/// The on/off switches and their VLAN_FLAG_* bits, in the reference's order.
const SWITCHES: &[(&str, u32)] = &[
    ("reorder_hdr", 0x1),
    ("gvrp", 0x2),
    ("mvrp", 0x8),
    ("loose_binding", 0x4),
    ("bridge_binding", 0x10),
];

pub(super) const USAGE: &str = "\
Usage: ... vlan id VLANID
\t\t[ protocol VLANPROTO ]
\t\t[ reorder_hdr { on | off } ]
\t\t[ gvrp { on | off } ]
\t\t[ mvrp { on | off } ]
\t\t[ loose_binding { on | off } ]
\t\t[ bridge_binding { on | off } ]
\t\t[ ingress-qos-map QOS-MAP ]
\t\t[ egress-qos-map QOS-MAP ]

VLANID := 0-4095
VLANPROTO: [ 802.1Q | 802.1ad ]
QOS-MAP := [ QOS-MAP ] QOS-MAPPING
QOS-MAPPING := FROM:TO
";

const IFLA_VLAN_QOS_MAPPING: u16 = 1;

/// `FROM:TO …` after `ingress-qos-map`/`egress-qos-map`: the mappings up to the first word
/// without a colon (at least one word must follow); a bad number names the FROM part.
fn qos_map_words(args: &mut Args, kind: u16, key: &str) -> Result<DefaultNla> {
    if args.peek().is_none() {
        return Err(incomplete());
    }
    let mut items = Vec::new();
    while let Some((from, to)) = args.peek().and_then(|w| w.split_once(':')) {
        let (Some(f), Some(t)) = (get_u32(from), get_u32(to)) else {
            return Err(invarg(&format!("invalid {key}"), from));
        };
        let mut map = f.to_ne_bytes().to_vec();
        map.extend_from_slice(&t.to_ne_bytes());
        items.push(attr::bytes(IFLA_VLAN_QOS_MAPPING, &map));
        args.next();
    }
    Ok(attr::nest(kind, &items))
}

/// The VLAN's IFLA_INFO_DATA attributes (the flags, if any, come last).
pub fn parse(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    let (mut flags, mut mask) = (0u32, 0u32);
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "protocol") {
            let v = args.value()?;
            let p = ethertype::parse(v).ok_or_else(|| invarg("protocol is invalid", v))?;
            out.push(attr::u16_be(IFLA_VLAN_PROTOCOL, p));
        } else if matches(&w, "id") {
            let v = args.value()?;
            let id = get_u16(v).ok_or_else(|| invarg("id is invalid", v))?;
            out.push(attr::u16(IFLA_VLAN_ID, id));
        } else if let Some(&(name, bit)) = SWITCHES.iter().find(|(n, _)| matches(&w, n)) {
            mask |= bit;
            flags &= !bit;
            if on_off(name, args.value()?)? {
                flags |= bit;
            }
        } else if matches(&w, "ingress-qos-map") {
            out.push(qos_map_words(
                args,
                IFLA_VLAN_INGRESS_QOS,
                "ingress-qos-map",
            )?);
        } else if matches(&w, "egress-qos-map") {
            out.push(qos_map_words(args, IFLA_VLAN_EGRESS_QOS, "egress-qos-map")?);
        } else {
            let prefix = (!matches(&w, "help")).then(|| format!("vlan: unknown command \"{w}\"?"));
            return Err(kind_usage(prefix, USAGE));
        }
    }
    if mask != 0 {
        out.push(attr::flags_mask(IFLA_VLAN_FLAGS, flags, mask));
    }
    Ok(out)
}

const VLAN_FLAGS: [(u32, &str); 5] = [
    (0x1, "REORDER_HDR"),
    (0x2, "GVRP"),
    (0x8, "MVRP"),
    (0x4, "LOOSE_BINDING"),
    (0x10, "BRIDGE_BINDING"),
];

/// `protocol 802.1Q id 10 <REORDER_HDR> ` and the QoS maps on lines of their own.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<8> = Table::new(data);
    let Some(id) = a.u16(IFLA_VLAN_ID) else {
        return;
    };
    match a.be16(IFLA_VLAN_PROTOCOL) {
        Some(proto) => pr!(
            p,
            Any,
            "protocol",
            "protocol {} ",
            Disp(ethertype::Proto(proto))
        ),
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
