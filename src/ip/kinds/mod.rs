//! Link kinds: each kind reads the words after `type KIND` (for `ip link add/set`) and prints
//! its IFLA_INFO_DATA (and, for bridge ports, IFLA_INFO_SLAVE_DATA) for `ip -d link/address
//! show`, in one file. This table says which kinds ipkit knows and how.

mod bareudp;
mod bond;
mod bridge;
mod bridge_slave;
mod can;
mod complaints;
mod ethertype;
mod geneve;
mod gre;
mod host;
mod ip6gre;
mod ip6tnl;
mod iptnl;
mod ipvlan;
mod macsec;
mod macvlan;
mod rmnet;
mod small;
pub mod tun;
mod tunnel;
#[cfg(test)]
mod tunnel_tests;
mod veth;
mod vlan;
mod vrf;
mod vti;
mod vxlan;
mod xfrm;

use super::usage;
use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use crate::output::Printer;
use std::io::Write;

pub use complaints::not_implemented;
pub use host::Host;

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
    Vxlan,
    Bond,
    BondSlave,
    Vrf,
    IpVlan,
    Geneve,
    BareUdp,
    BridgeSlave,
    Rmnet,
    Wwan,
    Gtp,
    IpOib,
    Dsa,
    BatAdv,
    Hsr,
    Amt,
    MacSec,
    Can,
    /// The reference knows the kind but takes no options: the words are ignored.
    NoOptions,
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
    ("amt", Kind::Amt),
    ("bareudp", Kind::BareUdp),
    ("batadv", Kind::BatAdv),
    ("bond", Kind::Bond),
    ("bond_slave", Kind::BondSlave),
    ("bridge_slave", Kind::BridgeSlave),
    ("can", Kind::Can),
    ("dsa", Kind::Dsa),
    ("erspan", Kind::Gre),
    ("geneve", Kind::Geneve),
    ("gre", Kind::Gre),
    ("gretap", Kind::Gre),
    ("gtp", Kind::Gtp),
    ("hsr", Kind::Hsr),
    ("ip6erspan", Kind::Ip6Gre),
    ("ip6gre", Kind::Ip6Gre),
    ("ip6gretap", Kind::Ip6Gre),
    ("ip6tnl", Kind::Ip6Tnl),
    ("ipip", Kind::IpTnl),
    ("ipoib", Kind::IpOib),
    ("ipvlan", Kind::IpVlan),
    ("ipvtap", Kind::IpVlan),
    ("macsec", Kind::MacSec),
    ("rmnet", Kind::Rmnet),
    ("sit", Kind::IpTnl),
    ("vrf", Kind::Vrf),
    ("vti", Kind::Vti),
    ("vti6", Kind::Vti),
    ("vxlan", Kind::Vxlan),
    ("wwan", Kind::Wwan),
    ("xfrm", Kind::Xfrm),
];

/// The kinds whose words ipkit knows (for completion).
pub fn kind_names() -> impl Iterator<Item = &'static str> {
    KINDS.iter().map(|&(k, _)| k)
}

/// The IFLA_INFO_DATA payload for the words after `type KIND`; None when there are no words
/// (the reference then sends the kind alone).
pub fn parse(kind: &str, args: &mut Args, host: &mut dyn Host) -> Result<Option<Vec<u8>>> {
    let Some(first) = args.peek().map(str::to_string) else {
        return Ok(None);
    };
    let known = KINDS.iter().find(|(k, _)| *k == kind).map(|&(_, p)| p);
    let items = match known {
        Some(Kind::Veth) => veth::parse(kind, args, host)?,
        Some(Kind::Bridge) => bridge::parse(args)?,
        Some(Kind::Vlan) => vlan::parse(args)?,
        Some(Kind::MacVlan) => macvlan::parse(kind, args)?,
        Some(Kind::Gre) => gre::parse(kind, args)?,
        Some(Kind::Ip6Gre) => ip6gre::parse(kind, args)?,
        Some(Kind::IpTnl) => iptnl::parse(kind, args)?,
        Some(Kind::Ip6Tnl) => ip6tnl::parse(args)?,
        Some(Kind::Vti) => vti::parse(kind, args)?,
        Some(Kind::Xfrm) => xfrm::parse(args)?,
        Some(Kind::Vxlan) => vxlan::parse(args, host)?,
        Some(Kind::Bond) => bond::parse(args, host)?,
        Some(Kind::BondSlave) => bond::parse_slave(args)?,
        Some(Kind::Vrf) => vrf::parse(args)?,
        Some(Kind::IpVlan) => ipvlan::parse(kind, args)?,
        Some(Kind::Geneve) => geneve::parse(args, host)?,
        Some(Kind::BareUdp) => bareudp::parse(args)?,
        Some(Kind::BridgeSlave) => bridge_slave::parse(args, host)?,
        Some(Kind::Rmnet) => rmnet::parse_rmnet(args)?,
        Some(Kind::Wwan) => rmnet::parse_wwan(args)?,
        Some(Kind::Gtp) => small::parse_gtp(args)?,
        Some(Kind::IpOib) => small::parse_ipoib(args)?,
        Some(Kind::Dsa) => small::parse_dsa(args, host)?,
        Some(Kind::BatAdv) => small::parse_batadv(args)?,
        Some(Kind::Hsr) => small::parse_hsr(args, host)?,
        Some(Kind::Amt) => small::parse_amt(args, host)?,
        Some(Kind::MacSec) => macsec::parse(args)?,
        Some(Kind::Can) => can::parse(args)?,
        Some(Kind::NoOptions) => {
            while args.next().is_some() {}
            Vec::new()
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

/// The attribute of IFLA_LINKINFO the words after `type KIND` go into: a port's kind
/// (`KIND_slave`) has IFLA_INFO_SLAVE_DATA, the others IFLA_INFO_DATA.
pub fn data_attr(kind: &str) -> u16 {
    if kind.ends_with("_slave") {
        crate::netlink::rtnl::link::IFLA_INFO_SLAVE_DATA
    } else {
        crate::netlink::rtnl::link::IFLA_INFO_DATA
    }
}

/// `ip link help KIND`: the kind's usage screen (on stdout, exit 0), if ipkit knows it.
pub fn help(kind: &str) -> Option<String> {
    let known = KINDS.iter().find(|(k, _)| *k == kind).map(|&(_, p)| p)?;
    Some(match known {
        Kind::Veth => format!(
            "Usage: ip link <options> type {kind} [peer <options>]\n\
             To get <options> type 'ip link add help'\n"
        ),
        Kind::Bridge => bridge::USAGE.to_string(),
        Kind::Vlan => vlan::USAGE.to_string(),
        Kind::MacVlan => macvlan::usage(kind),
        Kind::Vxlan => vxlan::USAGE.to_string(),
        Kind::Bond => bond::USAGE.to_string(),
        Kind::BondSlave => bond::SLAVE_USAGE.to_string(),
        Kind::Vrf => vrf::USAGE.to_string(),
        Kind::IpVlan => ipvlan::usage(kind),
        Kind::Geneve => geneve::USAGE.to_string(),
        Kind::BareUdp => bareudp::USAGE.to_string(),
        Kind::BridgeSlave => bridge_slave::USAGE.to_string(),
        Kind::Rmnet => rmnet::RMNET_USAGE.to_string(),
        Kind::Wwan => rmnet::WWAN_USAGE.to_string(),
        Kind::Gtp => small::GTP_USAGE.to_string(),
        Kind::IpOib => small::IPOIB_USAGE.to_string(),
        Kind::Dsa => small::DSA_USAGE.to_string(),
        Kind::BatAdv => small::BATADV_USAGE.to_string(),
        Kind::Hsr => small::HSR_USAGE.to_string(),
        Kind::Amt => small::AMT_USAGE.to_string(),
        Kind::MacSec => macsec::USAGE.to_string(),
        Kind::Can => can::USAGE.to_string(),
        // the reference's virt_wifi line ends in a blank
        Kind::NoOptions if kind == "virt_wifi" => "Usage: ... virt_wifi \n".to_string(),
        Kind::NoOptions => format!("Usage: ... {kind}\n"),
        Kind::Gre | Kind::Ip6Gre | Kind::IpTnl | Kind::Ip6Tnl | Kind::Vti | Kind::Xfrm => {
            usage_text(kind)?.to_string()
        }
    })
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
        "vxlan" => vxlan::print,
        "bond" => bond::print,
        "vrf" => vrf::print,
        "geneve" => geneve::print,
        "bareudp" => bareudp::print,
        "rmnet" => rmnet::print_rmnet,
        "wwan" => rmnet::print_wwan,
        "gtp" => small::print_gtp,
        "ipoib" => small::print_ipoib,
        "dsa" => small::print_dsa,
        "hsr" => small::print_hsr,
        "amt" => small::print_amt,
        "macsec" => macsec::print,
        "can" => can::print,
        "ipvlan" | "ipvtap" => ipvlan::print,
        _ => return None,
    })
}

/// The printer of a port's data (`KIND_slave`), if ipkit prints it.
pub fn slave_printer<W: Write>(kind: &str) -> Option<KindPrinter<W>> {
    Some(match kind {
        "bridge" => bridge::print_port,
        "bond" => bond::print_slave,
        "vrf" => vrf::print,
        _ => return None,
    })
}
