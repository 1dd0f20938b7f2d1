//! Reading the values of link options the way the reference does: names, on/off switches,
//! numbers with its complaints, namespaces, XDP detach.

use super::env::Env;
use super::{nla, num};
use crate::cli::{invarg, matches};
use crate::error::{Error, Result};
use netlink_packet_core::DefaultNla;
use netlink_packet_route::link::LinkAttribute;
use std::path::PathBuf;

const IFF_NOTRAILERS: u32 = 0x20;
const IFF_NOARP: u32 = 0x80;
const IFF_PROMISC: u32 = 0x100;
const IFF_ALLMULTI: u32 = 0x200;
const IFF_MULTICAST: u32 = 0x1000;
const IFNAMSIZ: usize = 16;

/// `name` as the reference accepts it for `name` (also checks the length) and `dev`.
pub fn valid_ifname(s: &str, check_len: bool) -> bool {
    !(s.is_empty()
        || (check_len && s.len() >= IFNAMSIZ)
        || s.chars().any(|c| c == '/' || c.is_ascii_whitespace()))
}

/// `Error: argument of "KEY" must be "on" or "off", not "V"` (exit 1).
pub fn on_off(key: &str, v: &str) -> Result<bool> {
    match v {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(Error::msg(
            1,
            format_args!("Error: argument of \"{key}\" must be \"on\" or \"off\", not \"{v}\""),
        )),
    }
}

/// `parse_one_of(…, {"off", "on"})`: a prefix of either, exit 22 otherwise.
pub fn one_of_off_on(key: &str, v: &str) -> Result<u8> {
    if matches(v, "off") {
        Ok(0)
    } else if matches(v, "on") {
        Ok(1)
    } else {
        Err(Error::msg(
            22,
            format_args!(
                "Error: argument of \"{key}\" must be one of \"off\", \"on\", not \"{v}\""
            ),
        ))
    }
}

pub use crate::ip::link::names::OPERSTATES;

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

const IFLA_XDP: u16 = 43;
const IFLA_XDP_FD: u16 = 1;
const IFLA_XDP_FLAGS: u16 = 3;
const XDP_FLAGS_UPDATE_IF_NOEXIST: u32 = 1;

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
    let what_mode = || Error::msg(255, format_args!("What mode is \"{v}\"?"));
    if create {
        return Err(what_mode());
    }
    match v {
        "off" | "none" => {
            let mut items = vec![nla::u32(IFLA_XDP_FD, u32::MAX)];
            let noexist = if force {
                0
            } else {
                XDP_FLAGS_UPDATE_IF_NOEXIST
            };
            if mode | noexist != 0 {
                items.push(nla::u32(IFLA_XDP_FLAGS, mode | noexist));
            }
            Ok(nla::nest(IFLA_XDP, &items))
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
pub fn netns_path(v: &str) -> Option<PathBuf> {
    if v.starts_with('/') {
        Some(PathBuf::from(v))
    } else if crate::netns::valid_name(v) {
        Some(crate::netns::path(v))
    } else {
        None
    }
}

/// `netns NAME|PATH|PID`: a namespace file (an absolute path, or a name under /run/netns),
/// else a process id.
pub fn netns(v: &str, env: &mut dyn Env) -> Result<LinkAttribute> {
    if let Some(fd) = netns_path(v).and_then(|p| env.netns_fd(&p)) {
        return Ok(LinkAttribute::NetNsFd(fd));
    }
    let pid = number(v, "netns", num::get_integer)?;
    Ok(LinkAttribute::NetNsPid(pid as u32))
}

/// `Cannot find device "NAME"` (exit 1).
pub fn cannot_find(name: &str) -> Error {
    Error::msg(1, format_args!("Cannot find device \"{name}\""))
}

pub fn not_implemented(what: &str) -> Error {
    Error::msg(
        1,
        format_args!("ipkit: \"ip link {what}\" is not implemented yet"),
    )
}
