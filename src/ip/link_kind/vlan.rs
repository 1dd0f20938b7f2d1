//! `type vlan [protocol PROTO] id VLANID [reorder_hdr|gvrp|mvrp|loose_binding|bridge_binding on|off]`.

use super::values::{not_implemented, on_off};
use super::{kind_usage, nla, num, proto};
use crate::cli::{invarg, matches, Args};
use crate::error::Result;
use netlink_packet_core::DefaultNla;

const IFLA_VLAN_ID: u16 = 1;
const IFLA_VLAN_FLAGS: u16 = 2;
const IFLA_VLAN_PROTOCOL: u16 = 5;

/// The on/off switches and their VLAN_FLAG_* bits, in the reference's order.
const SWITCHES: &[(&str, u32)] = &[
    ("reorder_hdr", 0x1),
    ("gvrp", 0x2),
    ("mvrp", 0x8),
    ("loose_binding", 0x4),
    ("bridge_binding", 0x10),
];

const USAGE: &str = "\
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

/// The VLAN's IFLA_INFO_DATA attributes (the flags, if any, come last).
pub fn parse(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    let (mut flags, mut mask) = (0u32, 0u32);
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "protocol") {
            let v = args.value()?;
            let p = proto(v).ok_or_else(|| invarg("protocol is invalid", v))?;
            out.push(nla::u16_be(IFLA_VLAN_PROTOCOL, p));
        } else if matches(&w, "id") {
            let v = args.value()?;
            let id = num::get_u16(v).ok_or_else(|| invarg("id is invalid", v))?;
            out.push(nla::u16(IFLA_VLAN_ID, id));
        } else if let Some(&(name, bit)) = SWITCHES.iter().find(|(n, _)| matches(&w, n)) {
            mask |= bit;
            flags &= !bit;
            if on_off(name, args.value()?)? {
                flags |= bit;
            }
        } else if matches(&w, "ingress-qos-map") || matches(&w, "egress-qos-map") {
            return Err(not_implemented(
                "add ... type vlan ingress-qos-map/egress-qos-map",
            ));
        } else {
            let prefix = (!matches(&w, "help")).then(|| format!("vlan: unknown command \"{w}\"?"));
            return Err(kind_usage(prefix, USAGE));
        }
    }
    if mask != 0 {
        out.push(nla::flags_mask(IFLA_VLAN_FLAGS, flags, mask));
    }
    Ok(out)
}
