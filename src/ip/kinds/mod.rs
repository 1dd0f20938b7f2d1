//! Link kinds: each kind reads the words after `type KIND` (for `ip link add/set`) and prints
//! its IFLA_INFO_DATA (and, for bridge ports, IFLA_INFO_SLAVE_DATA) for `ip -d link/address
//! show`, in one file. This table says which kinds ipkit knows and how.

mod bridge;
mod complaints;
mod ethertype;
mod gre;
mod ip6gre;
mod ip6tnl;
mod iptnl;
mod macvlan;
pub mod tun;
mod tunnel;
#[cfg(test)]
mod tunnel_tests;
mod veth;
mod vlan;
mod vti;
mod xfrm;

use super::usage;
use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use crate::output::Printer;
use std::io::Write;

pub use complaints::not_implemented;
pub use veth::PeerParser;

/// How the words after `type KIND` are read.
#[derive(Clone, Copy)]
enum Kind {
    Veth,
    Bridge,
    Vlan,
    MacVlan,
    /// The tunnels: gre/gretap/erspan, ip6gre/…, ipip/sit, ip6tnl, vti/vti6, xfrm.
    Gre,
    Ip6Gre,
    IpTnl,
    Ip6Tnl,
    Vti,
    Xfrm,
    /// The reference knows the kind but takes no options: the words are ignored.
    NoOptions,
    /// The reference has options for the kind that ipkit does not read yet.
    Unsupported,
}

const KINDS: &[(&str, Kind)] = &[
    ("veth", Kind::Veth),
    ("vxcan", Kind::Veth),
    ("bridge", Kind::Bridge),
    ("vlan", Kind::Vlan),
    ("macvlan", Kind::MacVlan),
    ("macvtap", Kind::MacVlan),
    ("dummy", Kind::NoOptions),
    ("ifb", Kind::NoOptions),
    ("nlmon", Kind::NoOptions),
    ("vcan", Kind::NoOptions),
    ("team", Kind::NoOptions),
    ("team_slave", Kind::NoOptions),
    ("netdevsim", Kind::NoOptions),
    ("virt_wifi", Kind::NoOptions),
    ("amt", Kind::Unsupported),
    ("bareudp", Kind::Unsupported),
    ("bond", Kind::Unsupported),
    ("bond_slave", Kind::Unsupported),
    ("bridge_slave", Kind::Unsupported),
    ("can", Kind::Unsupported),
    ("dsa", Kind::Unsupported),
    ("erspan", Kind::Gre),
    ("geneve", Kind::Unsupported),
    ("gre", Kind::Gre),
    ("gretap", Kind::Gre),
    ("gtp", Kind::Unsupported),
    ("hsr", Kind::Unsupported),
    ("ip6erspan", Kind::Ip6Gre),
    ("ip6gre", Kind::Ip6Gre),
    ("ip6gretap", Kind::Ip6Gre),
    ("ip6tnl", Kind::Ip6Tnl),
    ("ipip", Kind::IpTnl),
    ("ipoib", Kind::Unsupported),
    ("ipvlan", Kind::Unsupported),
    ("ipvtap", Kind::Unsupported),
    ("macsec", Kind::Unsupported),
    ("rmnet", Kind::Unsupported),
    ("sit", Kind::IpTnl),
    ("vrf", Kind::Unsupported),
    ("vti", Kind::Vti),
    ("vti6", Kind::Vti),
    ("vxlan", Kind::Unsupported),
    ("wwan", Kind::Unsupported),
    ("xfrm", Kind::Xfrm),
];

/// The IFLA_INFO_DATA payload for the words after `type KIND`; None when there are no words
/// (the reference then sends the kind alone).
pub fn parse(kind: &str, args: &mut Args, peer: PeerParser) -> Result<Option<Vec<u8>>> {
    let Some(first) = args.peek().map(str::to_string) else {
        return Ok(None);
    };
    let known = KINDS.iter().find(|(k, _)| *k == kind).map(|&(_, p)| p);
    let items = match known {
        Some(Kind::Veth) => veth::parse(kind, args, peer)?,
        Some(Kind::Bridge) => bridge::parse(args)?,
        Some(Kind::Vlan) => vlan::parse(args)?,
        Some(Kind::MacVlan) => macvlan::parse(kind, args)?,
        Some(Kind::Gre) => gre::parse(kind, args)?,
        Some(Kind::Ip6Gre) => ip6gre::parse(kind, args)?,
        Some(Kind::IpTnl) => iptnl::parse(kind, args)?,
        Some(Kind::Ip6Tnl) => ip6tnl::parse(args)?,
        Some(Kind::Vti) => vti::parse(kind, args)?,
        Some(Kind::Xfrm) => xfrm::parse(args)?,
        Some(Kind::NoOptions) => {
            while args.next().is_some() {}
            Vec::new()
        }
        Some(Kind::Unsupported) => {
            return Err(not_implemented(&format!("add ... type {kind} OPTIONS")))
        }
        None if matches(&first, "help") => {
            return Err(Error::ip_usage_text(usage::LINK));
        }
        None => {
            return Err(Error::ip_fail(format_args!(
                "Garbage instead of arguments \"{first} ...\". Try \"ip link help\"."
            )))
        }
    };
    Ok(Some(attr::emit_all(&items)))
}

/// Whether `ip link set DEV type KIND WORDS` first reads the device's current settings (the
/// tunnels but xfrm: the reference asks the kernel for them before reading the words).
pub fn needs_existing(kind: &str) -> bool {
    matches!(
        KINDS.iter().find(|(k, _)| *k == kind).map(|&(_, p)| p),
        Some(Kind::Gre | Kind::Ip6Gre | Kind::IpTnl | Kind::Ip6Tnl | Kind::Vti)
    )
}

/// What comes of a tunnel's current settings: without kind data the reference gives up
/// (`Failed to get existing tunnel info.`); merging real ones is not implemented (this
/// kernel has no tunnel to take them from).
pub fn existing(kind: &str, has_data: bool) -> Result<()> {
    if !has_data {
        return Err(Error::ip_fail("Failed to get existing tunnel info."));
    }
    Err(not_implemented(&format!(
        "set DEV type {kind} (an existing tunnel)"
    )))
}

/// The usage screen `ip link help KIND` prints (on stdout), for the kinds that have one here.
pub fn usage_text(kind: &str) -> Option<&'static str> {
    match kind {
        "ip6tnl" => Some(ip6tnl::USAGE),
        "xfrm" => Some(xfrm::USAGE),
        _ => gre::usage_text(kind)
            .or_else(|| iptnl::usage_text(kind))
            .or_else(|| vti::usage_text(kind)),
    }
}

/// Prints one kind's IFLA_INFO_DATA (or a port's IFLA_INFO_SLAVE_DATA).
pub type KindPrinter<W> = fn(&mut Printer<W>, &[u8], &mut crate::ip::ifnames::Names);

/// The printer of kind `kind`'s data, if ipkit prints it.
pub fn printer<W: Write>(kind: &str) -> Option<KindPrinter<W>> {
    Some(match kind {
        "bridge" => bridge::print,
        "vlan" => vlan::print,
        "macvlan" | "macvtap" => macvlan::print,
        "tun" => tun::print,
        "gre" | "gretap" | "erspan" => gre::print,
        "ip6gre" | "ip6gretap" | "ip6erspan" => ip6gre::print,
        "ipip" | "sit" => iptnl::print,
        "ip6tnl" => ip6tnl::print,
        "vti" => vti::print_v4,
        "vti6" => vti::print_v6,
        "xfrm" => xfrm::print,
        _ => return None,
    })
}

/// The printer of a port's data (`KIND_slave`), if ipkit prints it.
pub fn slave_printer<W: Write>(kind: &str) -> Option<KindPrinter<W>> {
    Some(match kind {
        "bridge" => bridge::print_port,
        _ => return None,
    })
}
