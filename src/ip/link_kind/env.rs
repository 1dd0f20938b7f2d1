//! What the link option parser needs to know about the system: interface indexes,
//! namespace files, a device's address length and kind, device group names.
//! `System` asks the kernel; tests use a fixed table instead.

use super::num::strtoul;
use crate::error::{io_text, Error, Result};
use crate::netlink::{attrs, Msg, Socket};
use netlink_packet_route::link::LinkMessage;
use netlink_packet_route::nsid::{NsidAttribute, NsidMessage};
use netlink_packet_route::RouteNetlinkMessage;
use std::fs::File;
use std::os::fd::AsRawFd;
use std::path::Path;

const RTM_NEWLINK: u16 = 16;
const RTM_NEWNSID: u16 = 88;
const NETNSA_NSID: u16 = 1;
const RTGENMSG_LEN: usize = 4;
const IFLA_ADDRESS: u16 = 1;
const IFLA_LINKINFO: u16 = 18;
const IFLA_INFO_KIND: u16 = 1;
const IFINFOMSG_LEN: usize = 16;
const GROUP_FILE: &str = "/etc/iproute2/group";

pub trait Env {
    /// The index of interface `name`.
    fn index(&mut self, name: &str) -> Option<u32>;
    /// An open descriptor for the namespace file at `path` (kept open until the request is sent).
    fn netns_fd(&mut self, path: &Path) -> Option<i32>;
    /// The id this namespace gives the namespace at `path`, assigning one if there is none.
    fn nsid(&mut self, path: &Path) -> Option<i32>;
    /// The length of the link-layer address of interface `index`.
    fn addr_len(&mut self, index: u32) -> Option<usize>;
    /// The kind (`IFLA_INFO_KIND`) of interface `index`.
    fn kind(&mut self, index: u32) -> Option<String>;
    /// A device group by its name in the reference's group table.
    fn group(&mut self, name: &str) -> Option<u32>;
}

/// The running system: if_nametoindex, /run/netns files, RTM_GETLINK over one rtnetlink socket.
#[derive(Default)]
pub struct System {
    sock: Option<Socket>,
    files: Vec<File>,
}

impl System {
    /// The rtnetlink socket (opened on first use), for the queries and the request itself.
    pub fn socket(&mut self) -> Result<&mut Socket> {
        if self.sock.is_none() {
            let s = Socket::route().map_err(|e| {
                Error::msg(
                    1,
                    format_args!("Cannot open netlink socket: {}", io_text(&e)),
                )
            })?;
            self.sock = Some(s);
        }
        self.sock
            .as_mut()
            .ok_or_else(|| Error::msg(1, "Cannot open netlink socket"))
    }

    /// RTM_GETNSID for the namespace open as `fd`.
    fn query_nsid(&mut self, fd: i32) -> Option<i32> {
        let sock = self.socket().ok()?;
        let mut id = None;
        let req = nsid_message(fd, None, false);
        sock.talk(req, 0, &mut |m: Msg| {
            if m.kind == RTM_NEWNSID {
                id = m.payload.get(RTGENMSG_LEN..).and_then(|body| {
                    let (_, v) = attrs(body).find(|&(k, _)| k == NETNSA_NSID)?;
                    Some(i32::from_ne_bytes(v.get(..4)?.try_into().ok()?))
                });
            }
            Ok(())
        })
        .ok()?;
        id
    }

    /// The attributes of interface `index` as (type, value) pairs, or None.
    fn link_attrs(&mut self, index: u32) -> Option<Vec<(u16, Vec<u8>)>> {
        let sock = self.socket().ok()?;
        let mut req = LinkMessage::default();
        req.header.index = index;
        let mut found = None;
        sock.talk(RouteNetlinkMessage::GetLink(req), 0, &mut |m: Msg| {
            if m.kind == RTM_NEWLINK {
                if let Some(body) = m.payload.get(IFINFOMSG_LEN..) {
                    found = Some(attrs(body).map(|(k, v)| (k, v.to_vec())).collect());
                }
            }
            Ok(())
        })
        .ok()?;
        found
    }
}

impl Env for System {
    fn index(&mut self, name: &str) -> Option<u32> {
        crate::ip::dev::index(name)
    }

    fn netns_fd(&mut self, path: &Path) -> Option<i32> {
        let f = File::open(path).ok()?;
        let fd = f.as_raw_fd();
        self.files.push(f);
        Some(fd)
    }

    fn nsid(&mut self, path: &Path) -> Option<i32> {
        let fd = self.netns_fd(path)?;
        let id = self.query_nsid(fd).filter(|&id| id >= 0);
        if id.is_some() {
            return id;
        }
        let assign = nsid_message(fd, Some(-1), true);
        self.socket().ok()?.ack(assign, 0).ok()?;
        self.query_nsid(fd).filter(|&id| id >= 0)
    }

    fn addr_len(&mut self, index: u32) -> Option<usize> {
        let a = self.link_attrs(index)?;
        Some(
            a.iter()
                .find(|(k, _)| *k == IFLA_ADDRESS)
                .map_or(0, |(_, v)| v.len()),
        )
    }

    fn kind(&mut self, index: u32) -> Option<String> {
        let a = self.link_attrs(index)?;
        let (_, info) = a.iter().find(|(k, _)| *k == IFLA_LINKINFO)?;
        let (_, kind) = attrs(info).find(|&(k, _)| k == IFLA_INFO_KIND)?;
        let end = kind.iter().position(|&c| c == 0).unwrap_or(kind.len());
        Some(String::from_utf8_lossy(&kind[..end]).into_owned())
    }

    fn group(&mut self, name: &str) -> Option<u32> {
        let text = std::fs::read_to_string(GROUP_FILE).ok()?;
        group_in_table(&text, name)
    }
}

/// RTM_GETNSID (or RTM_NEWNSID with `new`) for the namespace open as `fd`.
fn nsid_message(fd: i32, nsid: Option<i32>, new: bool) -> RouteNetlinkMessage {
    let mut m = NsidMessage::default();
    m.attributes.push(NsidAttribute::Fd(fd as u32));
    if let Some(id) = nsid {
        m.attributes.push(NsidAttribute::Id(id));
    }
    if new {
        RouteNetlinkMessage::NewNsId(m)
    } else {
        RouteNetlinkMessage::GetNsId(m)
    }
}

/// Look `name` up in a table of `NUMBER NAME` lines (`#` starts a comment).
pub fn group_in_table(text: &str, name: &str) -> Option<u32> {
    text.lines()
        .map(str::trim_start)
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| {
            let mut w = l.split_whitespace();
            let id = strtoul(w.next()?, 0).and_then(|v| u32::try_from(v).ok())?;
            (w.next()? == name).then_some(id)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_table_lookup() {
        let t = "# device group names\n0\tdefault\n0x10 sixteen\n";
        assert_eq!(group_in_table(t, "default"), Some(0));
        assert_eq!(group_in_table(t, "sixteen"), Some(16));
        assert_eq!(group_in_table(t, "defaul"), None);
    }
}
