//! What the link option parser needs to know about the system: interface indexes,
//! namespace files, a device's address length and kind, device group names.
//! `System` asks the kernel; tests use a fixed table instead.

use crate::error::{Error, Result};
use crate::ip::{ifnames, rtnames, rtnl};
use crate::netlink::rtnl::link::{self, Link, IFLA_ADDRESS, IFLA_INFO_DATA, IFLA_LINKINFO};
use crate::netlink::rtnl::nsid;
use crate::netlink::{Fail, Socket};
use std::fs::File;
use std::os::fd::AsRawFd;
use std::path::Path;

/// The value, or None with the refusal on stderr in ip's words.
fn reported<T>(r: std::result::Result<T, Fail>) -> Option<T> {
    r.map_err(|f| eprint!("{}", rtnl::answers(f).text)).ok()
}

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
    /// Whether interface `index` reports kind data (IFLA_INFO_DATA) in its IFLA_LINKINFO.
    fn info_data(&mut self, index: u32) -> bool;
}

/// The running system: if_nametoindex, /run/netns files, RTM_GETLINK over one rtnetlink socket.
#[derive(Default)]
pub struct System {
    sock: Option<rtnl::Pooled>,
    files: Vec<File>,
}

impl System {
    /// The rtnetlink socket (opened on first use), for the queries and the request itself.
    pub fn socket(&mut self) -> Result<&mut Socket> {
        if self.sock.is_none() {
            self.sock = Some(rtnl::open()?);
        }
        self.sock
            .as_deref_mut()
            .ok_or_else(|| Error::ip_fail("Cannot open netlink socket"))
    }

    /// What `f` reads from the RTM_NEWLINK of interface `index`, or None.
    fn link<T>(&mut self, index: u32, f: impl Fn(&Link) -> Option<T>) -> Option<T> {
        link::get(self.socket().ok()?, index, f).ok().flatten()
    }
}

impl Env for System {
    fn index(&mut self, name: &str) -> Option<u32> {
        ifnames::index(name)
    }

    fn netns_fd(&mut self, path: &Path) -> Option<i32> {
        let f = File::open(path).ok()?;
        let fd = f.as_raw_fd();
        self.files.push(f);
        Some(fd)
    }

    fn nsid(&mut self, path: &Path) -> Option<i32> {
        let fd = self.netns_fd(path)?;
        let sock = self.socket().ok()?;
        // each refusal is reported as the reference reports it, and the asking goes on
        let id = reported(nsid::of_fd(sock, fd)).filter(|&id| id >= 0);
        if id.is_some() {
            return id;
        }
        reported(nsid::assign(sock, fd));
        reported(nsid::of_fd(sock, fd)).filter(|&id| id >= 0)
    }

    fn addr_len(&mut self, index: u32) -> Option<usize> {
        // a refusal (`ifN` of no such index) is said, and the change goes on
        match link::get(self.socket().ok()?, index, |l| {
            Some(l.get(IFLA_ADDRESS).map_or(0, <[u8]>::len))
        }) {
            Ok(n) => n,
            Err(Fail::Nack(n)) => {
                eprint!("{}", rtnl::refused(&n).text);
                None
            }
            Err(_) => None,
        }
    }

    fn kind(&mut self, index: u32) -> Option<String> {
        self.link(index, |l| l.kind(false).map(str::to_string))
    }

    fn group(&mut self, name: &str) -> Option<u32> {
        rtnames::group_by_name(name)
    }

    fn info_data(&mut self, index: u32) -> bool {
        self.link(index, |l| {
            let info = l.get(IFLA_LINKINFO)?;
            crate::netlink::attr::find(info, IFLA_INFO_DATA).map(|_| ())
        })
        .is_some()
    }
}
