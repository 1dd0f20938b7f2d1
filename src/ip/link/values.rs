//! Reading the values of link options the way the reference does: names, on/off switches,
//! numbers with its complaints, namespaces, XDP detach.

use super::env::Env;
use crate::cli::num::get_integer;
use crate::cli::{invarg, matches};
use crate::error::{Error, Result};
use crate::ip::kinds::not_implemented;
use crate::ip::nsfile;
use crate::netlink::attr;
use crate::netlink::rtnl::link::{
    IFF_ALLMULTI, IFF_MULTICAST, IFF_NOARP, IFF_NOTRAILERS, IFF_PROMISC, IFLA_XDP, IFLA_XDP_FD,
    IFLA_XDP_FLAGS, XDP_FLAGS_UPDATE_IF_NOEXIST,
};
use netlink_packet_core::DefaultNla;
use netlink_packet_route::link::LinkAttribute;
use std::path::PathBuf;

pub use crate::ip::ifnames::valid_ifname;

pub use crate::ip::iface::words::OPERSTATES;

pub const ADDRGENMODES: &[&str] = &["eui64", "none", "stable_secret", "random"];

pub fn position_nocase(table: &[&str], v: &str) -> Option<u8> {
    table
        .iter()
        .position(|s| s.eq_ignore_ascii_case(v))
        .and_then(|i| u8::try_from(i).ok())
}

/// The value after `KEY`, as a plain number, with the reference's complaint (which ends in
/// a blank line for these keywords).
pub fn number<T>(v: &str, key: &str, parse: fn(&str) -> Option<T>) -> Result<T> {
    parse(v).ok_or_else(|| invarg(&format!("Invalid \"{key}\" value\n"), v))
}

/// `xdp`, `xdpgeneric`, `xdpdrv`, `xdpoffload`: the XDP_FLAGS_*_MODE bit each asks for.
pub fn xdp_mode(w: &str) -> Option<u32> {
    Some(match w {
        "xdp" => 0,
        "xdpgeneric" => 2,
        "xdpdrv" => 4,
        "xdpoffload" => 8,
        _ => return None,
    })
}

/// `xdp… off|none` detaches the program (without -force only if one is there, as the
/// reference asks); loading programs needs libbpf and is not done. Not when creating.
pub fn xdp(mode: u32, v: &str, create: bool, force: bool) -> Result<DefaultNla> {
    let what_mode = || Error::ip_usage(format_args!("What mode is \"{v}\"?"));
    if create {
        return Err(what_mode());
    }
    match v {
        "off" | "none" => {
            let mut items = vec![attr::u32(IFLA_XDP_FD, u32::MAX)];
            let noexist = if force {
                0
            } else {
                XDP_FLAGS_UPDATE_IF_NOEXIST
            };
            if mode | noexist != 0 {
                items.push(attr::u32(IFLA_XDP_FLAGS, mode | noexist));
            }
            Ok(attr::nest(IFLA_XDP, &items))
        }
        _ if matches(v, "object") || matches(v, "pinned") || v == "fd" => {
            Err(not_implemented("set DEV xdp object|pinned"))
        }
        _ => Err(what_mode()),
    }
}

/// The on/off keywords that set or clear an interface flag: (flag, "on" clears it).
pub fn flag_switch(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "multicast" => (IFF_MULTICAST, false),
        "allmulticast" => (IFF_ALLMULTI, false),
        "promisc" => (IFF_PROMISC, false),
        "trailers" => (IFF_NOTRAILERS, true),
        "arp" => (IFF_NOARP, true),
        _ => return None,
    })
}

/// A namespace file: an absolute path, or a name under /run/netns.
pub fn netns_path(v: &str) -> PathBuf {
    if v.contains('/') {
        PathBuf::from(v)
    } else {
        nsfile::path(v)
    }
}

/// `netns NAME|PATH|PID`: a namespace file (an absolute path, or a name under /run/netns),
/// else a process id.
pub fn netns(v: &str, env: &mut dyn Env) -> Result<LinkAttribute> {
    if let Some(fd) = env.netns_fd(&netns_path(v)) {
        return Ok(LinkAttribute::NetNsFd(fd));
    }
    let pid = number(v, "netns", get_integer)?;
    Ok(LinkAttribute::NetNsPid(pid as u32))
}
