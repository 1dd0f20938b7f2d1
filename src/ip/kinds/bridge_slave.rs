//! `type bridge_slave OPTIONS`: a bridge port's IFLA_INFO_SLAVE_DATA (IFLA_BRPORT_*), every
//! option sent as written, in order (its details are printed by `bridge::print_port`).

use super::complaints::kind_usage;
use super::host::Host;
use crate::cli::num::{get_u16, get_u32, get_u8};
use crate::cli::{invarg, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use netlink_packet_core::DefaultNla;

pub const USAGE: &str = "\
Usage: ... bridge_slave [ fdb_flush ]
\t\t\t[ state STATE ]
\t\t\t[ priority PRIO ]
\t\t\t[ cost COST ]
\t\t\t[ guard {on | off} ]
\t\t\t[ hairpin {on | off} ]
\t\t\t[ fastleave {on | off} ]
\t\t\t[ root_block {on | off} ]
\t\t\t[ learning {on | off} ]
\t\t\t[ flood {on | off} ]
\t\t\t[ proxy_arp {on | off} ]
\t\t\t[ proxy_arp_wifi {on | off} ]
\t\t\t[ mcast_router MULTICAST_ROUTER ]
\t\t\t[ mcast_fast_leave {on | off} ]
\t\t\t[ mcast_flood {on | off} ]
\t\t\t[ bcast_flood {on | off} ]
\t\t\t[ mcast_to_unicast {on | off} ]
\t\t\t[ group_fwd_mask MASK ]
\t\t\t[ neigh_suppress {on | off} ]
\t\t\t[ vlan_tunnel {on | off} ]
\t\t\t[ isolated {on | off} ]
\t\t\t[ locked {on | off} ]
\t\t\t[ backup_port DEVICE ] [ nobackup_port ]
";

#[derive(Clone, Copy)]
enum Val {
    Flag,
    /// A number: u8 / u16 / u32, and the complaint's words.
    U8(&'static str),
    U16(&'static str),
    U32(&'static str),
    OnOff,
    Dev,
    /// `nobackup_port`: backup port index 0.
    NoDev,
    Help,
}

/// (keyword, IFLA_BRPORT_*, value), in the reference's order: the first one a word is a
/// prefix of wins.
const OPTS: &[(&str, u16, Val)] = &[
    ("fdb_flush", 24, Val::Flag),
    ("state", 1, Val::U8("state is invalid")),
    ("priority", 2, Val::U16("priority is invalid")),
    ("cost", 3, Val::U32("cost is invalid")),
    ("hairpin", 4, Val::OnOff),
    ("guard", 5, Val::OnOff),
    ("root_block", 6, Val::OnOff),
    ("fastleave", 7, Val::OnOff),
    ("learning", 8, Val::OnOff),
    ("flood", 9, Val::OnOff),
    ("mcast_flood", 27, Val::OnOff),
    ("bcast_flood", 30, Val::OnOff),
    ("mcast_to_unicast", 28, Val::OnOff),
    ("proxy_arp", 10, Val::OnOff),
    ("proxy_arp_wifi", 12, Val::OnOff),
    ("mcast_router", 25, Val::U8("invalid mcast_router")),
    ("mcast_fast_leave", 7, Val::OnOff),
    ("group_fwd_mask", 31, Val::U16("invalid group_fwd_mask")),
    ("neigh_suppress", 32, Val::OnOff),
    ("vlan_tunnel", 29, Val::OnOff),
    ("isolated", 33, Val::OnOff),
    ("locked", 39, Val::OnOff),
    ("backup_port", 34, Val::Dev),
    ("nobackup_port", 34, Val::NoDev),
    ("help", 0, Val::Help),
];

/// The port's IFLA_INFO_SLAVE_DATA attributes.
pub fn parse(args: &mut Args, host: &mut dyn Host) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        let Some(&(name, id, val)) = OPTS.iter().find(|(k, ..)| matches(&w, k)) else {
            let prefix = format!("bridge_slave: unknown option \"{w}\"?");
            return Err(kind_usage(Some(prefix), USAGE));
        };
        out.push(match val {
            Val::Help => return Err(kind_usage(None, USAGE)),
            Val::Flag => attr::bytes(id, &[]),
            Val::NoDev => attr::u32(id, 0),
            Val::U8(what) => {
                let v = args.value()?;
                attr::u8(id, get_u8(v).ok_or_else(|| invarg(what, v))?)
            }
            Val::U16(what) => {
                let v = args.value()?;
                attr::u16(id, get_u16(v).ok_or_else(|| invarg(what, v))?)
            }
            Val::U32(what) => {
                let v = args.value()?;
                attr::u32(id, get_u32(v).ok_or_else(|| invarg(what, v))?)
            }
            Val::OnOff => {
                let v = args.value()?;
                let on = ["off", "on"]
                    .iter()
                    .position(|o| matches(v, o))
                    .ok_or_else(|| {
                        Error::ip_fail(format_args!(
                            "Error: argument of \"{name}\" must be one of \"off\", \"on\", not \"{v}\""
                        ))
                    })?;
                attr::u8(id, on as u8)
            }
            Val::Dev => {
                let v = args.value()?;
                let i = host
                    .index(v)
                    .ok_or_else(|| invarg("Device does not exist\n", v))?;
                attr::u32(id, i)
            }
        });
    }
    Ok(out)
}
