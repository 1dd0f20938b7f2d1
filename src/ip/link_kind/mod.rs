//! Link options and link kinds for `ip link add/set/replace/delete`: the shared option
//! parser (`opts`), and the words after `type KIND` for the kinds ipkit knows.

mod bridge;
mod env;
mod lladdr;
mod macvlan;
mod nla;
mod num;
mod opts;
#[cfg(test)]
mod tests;
mod values;
mod veth;
mod vlan;

pub use env::{Env, System};
pub use opts::Globals;
use opts::{parse, Mode};

use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use netlink_packet_core::{NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE};
use netlink_packet_route::RouteNetlinkMessage;

/// The four commands that build a link request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmd {
    Add,
    Replace,
    Set,
    Delete,
}

/// The request for `ip link CMD ARGS` and its netlink flags (besides REQUEST|ACK):
/// RTM_NEWLINK with CREATE|EXCL for add, CREATE|REPLACE for replace, none for set;
/// RTM_DELLINK for delete.
pub fn request(
    cmd: Cmd,
    args: &mut Args,
    g: Globals,
    env: &mut dyn Env,
) -> Result<(RouteNetlinkMessage, u16)> {
    let mode = match cmd {
        Cmd::Add | Cmd::Replace => Mode::Create,
        Cmd::Set | Cmd::Delete => Mode::Modify,
    };
    let link = parse(args, mode, g, false, env)?;
    if mode == Mode::Create && link.kind.is_none() {
        return Err(Error::msg(
            1,
            "Not enough information: \"type\" argument is required",
        ));
    }
    Ok(match cmd {
        Cmd::Add => (
            RouteNetlinkMessage::NewLink(link.msg),
            NLM_F_CREATE | NLM_F_EXCL,
        ),
        Cmd::Replace => (
            RouteNetlinkMessage::NewLink(link.msg),
            NLM_F_CREATE | NLM_F_REPLACE,
        ),
        Cmd::Set => (RouteNetlinkMessage::NewLink(link.msg), 0),
        Cmd::Delete => (RouteNetlinkMessage::DelLink(link.msg), 0),
    })
}

/// How the words after `type KIND` are read.
#[derive(Clone, Copy)]
enum Kind {
    Veth,
    Bridge,
    Vlan,
    MacVlan,
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
    ("erspan", Kind::Unsupported),
    ("geneve", Kind::Unsupported),
    ("gre", Kind::Unsupported),
    ("gretap", Kind::Unsupported),
    ("gtp", Kind::Unsupported),
    ("hsr", Kind::Unsupported),
    ("ip6erspan", Kind::Unsupported),
    ("ip6gre", Kind::Unsupported),
    ("ip6gretap", Kind::Unsupported),
    ("ip6tnl", Kind::Unsupported),
    ("ipip", Kind::Unsupported),
    ("ipoib", Kind::Unsupported),
    ("ipvlan", Kind::Unsupported),
    ("ipvtap", Kind::Unsupported),
    ("macsec", Kind::Unsupported),
    ("rmnet", Kind::Unsupported),
    ("sit", Kind::Unsupported),
    ("vrf", Kind::Unsupported),
    ("vti", Kind::Unsupported),
    ("vti6", Kind::Unsupported),
    ("vxlan", Kind::Unsupported),
    ("wwan", Kind::Unsupported),
    ("xfrm", Kind::Unsupported),
];

/// The IFLA_INFO_DATA payload for the words after `type KIND`; None when there are no words
/// (the reference then sends the kind alone).
pub(crate) fn parse_kind(
    kind: &str,
    args: &mut Args,
    mode: Mode,
    g: Globals,
    env: &mut dyn Env,
) -> Result<Option<Vec<u8>>> {
    let Some(first) = args.peek().map(str::to_string) else {
        return Ok(None);
    };
    let known = KINDS.iter().find(|(k, _)| *k == kind).map(|&(_, p)| p);
    let items = match known {
        Some(Kind::Veth) => veth::parse(kind, args, mode, g, env)?,
        Some(Kind::Bridge) => bridge::parse(args)?,
        Some(Kind::Vlan) => vlan::parse(args)?,
        Some(Kind::MacVlan) => macvlan::parse(kind, args)?,
        Some(Kind::NoOptions) => {
            while args.next().is_some() {}
            Vec::new()
        }
        Some(Kind::Unsupported) => {
            return Err(values::not_implemented(&format!(
                "add ... type {kind} OPTIONS"
            )))
        }
        None if matches(&first, "help") => {
            return Err(Error::raw(255, crate::ip::link::USAGE));
        }
        None => {
            return Err(Error::msg(
                1,
                format_args!("Garbage instead of arguments \"{first} ...\". Try \"ip link help\"."),
            ))
        }
    };
    Ok(Some(nla::emit_all(&items)))
}

/// A kind's usage screen on stderr (after an optional complaint line), exit 1.
fn kind_usage(prefix: Option<String>, usage: &str) -> Error {
    match prefix {
        Some(p) => Error::raw(1, format!("{p}\n{usage}")),
        None => Error::raw(1, usage),
    }
}

/// Ethernet protocol names the reference accepts (any case), else a 16-bit number.
const PROTOCOLS: &[(&str, u16)] = &[
    ("802_3", 0x0001),
    ("ax25", 0x0002),
    ("all", 0x0003),
    ("802_2", 0x0004),
    ("snap", 0x0005),
    ("can", 0x000c),
    ("loop", 0x0060),
    ("pup", 0x0200),
    ("ip", 0x0800),
    ("x25", 0x0805),
    ("arp", 0x0806),
    ("dec", 0x6000),
    ("rarp", 0x8035),
    ("atalk", 0x809b),
    ("aarp", 0x80f3),
    ("802.1Q", 0x8100),
    ("ipx", 0x8137),
    ("ipv6", 0x86dd),
    ("mpls_uc", 0x8847),
    ("mpls_mc", 0x8848),
    ("ppp_disc", 0x8863),
    ("ppp_ses", 0x8864),
    ("802.1ad", 0x88a8),
    ("tipc", 0x88ca),
    ("lldp", 0x88cc),
];

/// An ethertype in host order (`ll_proto_a2n`).
fn proto(v: &str) -> Option<u16> {
    PROTOCOLS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(v))
        .map(|&(_, p)| p)
        .or_else(|| num::get_u16(v))
}
