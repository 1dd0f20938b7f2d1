//! The usage screens, one file each under `usage/`, as the reference prints them.

pub const IP: &str = include_str!("usage/ip.txt");
pub const ADDR: &str = include_str!("usage/addr.txt");
pub const LINK: &str = include_str!("usage/link.txt");
pub const MADDR: &str = include_str!("usage/maddr.txt");
pub const TCPMETRICS: &str = include_str!("usage/tcpmetrics.txt");
pub const NEIGH: &str = include_str!("usage/neigh.txt");
pub const NEXTHOP: &str = include_str!("usage/nexthop.txt");
pub const NETNS: &str = include_str!("usage/netns.txt");
pub const ROUTE: &str = include_str!("usage/route.txt");
pub const RULE: &str = include_str!("usage/rule.txt");
pub const MONITOR: &str = include_str!("usage/monitor.txt");
pub const NETCONF: &str = include_str!("usage/netconf.txt");
pub const TUNTAP: &str = include_str!("usage/tuntap.txt");
pub const TUNNEL: &str = include_str!("usage/tunnel.txt");
pub const TUNNEL6: &str = include_str!("usage/tunnel6.txt");
pub const ADDRLABEL: &str = include_str!("usage/addrlabel.txt");
pub const VRF: &str = include_str!("usage/vrf.txt");
pub const SR: &str = include_str!("usage/sr.txt");
pub const MPTCP: &str = include_str!("usage/mptcp.txt");
pub const IOAM: &str = include_str!("usage/ioam.txt");
pub const FOU: &str = include_str!("usage/fou.txt");
pub const L2TP: &str = include_str!("usage/l2tp.txt");
pub const ILA: &str = include_str!("usage/ila.txt");
pub const MACSEC: &str = include_str!("usage/macsec.txt");
