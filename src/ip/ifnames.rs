//! Interface names ↔ indexes: the system's lookups, and the cache the printers keep
//! (iproute2's ll_map: the links of a dump, other ones asked of the kernel on demand).

use crate::error::{Error, Result};
use crate::netlink::rtnl::link::{self, Link, IFLA_MASTER, IFNAMSIZ};
use crate::netlink::Socket;
use nix::net::if_::{if_indextoname, if_nametoindex};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// `name` as the reference accepts it for `name` (also checks the length) and `dev`.
pub fn valid_ifname(s: &str, check_len: bool) -> bool {
    !(s.is_empty()
        || (check_len && s.len() >= IFNAMSIZ)
        || s.chars().any(|c| c == '/' || c.is_ascii_whitespace()))
}

/// The index of interface `name` by its name alone, or None. Asked as the reference's
/// `ll_name_to_index` asks: an RTM_GETLINK by name on a socket of its own, SIOCGIFINDEX
/// when that fails. The GETLINK is not only the same bytes: answering it the kernel brings
/// the device's pending link-watch state up to date, which decides what a later move to
/// another namespace keeps (a macvlan whose lower device has no carrier stays
/// LOWERLAYERDOWN, not DOWN).
pub fn by_name(name: &str) -> Option<u32> {
    Socket::route()
        .ok()
        .and_then(|mut s| link::index_by_name(&mut s, name))
        .or_else(|| if_nametoindex(name).ok().filter(|&i| i != 0))
}

/// The index of interface `name` as the reference's `ll_name_to_index` finds it: by name,
/// then `ifN` read as index N (whether or not it exists). Every device word goes through
/// it but `ip link show DEV`, which asks the kernel by name.
pub fn index(name: &str) -> Option<u32> {
    by_name(name).or_else(|| if_number(name))
}

/// `ifN` as `sscanf(name, "if%u")` reads it (a sign, trailing text allowed); None for 0.
pub fn if_number(name: &str) -> Option<u32> {
    let rest = name.strip_prefix("if")?.trim_start();
    let (neg, rest) = match rest.as_bytes().first() {
        Some(b'-') => (true, &rest[1..]),
        Some(b'+') => (false, &rest[1..]),
        _ => (false, rest),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let v = rest[..digits].parse::<u64>().unwrap_or(u64::MAX);
    let v = if neg { v.wrapping_neg() } else { v } as u32;
    (v != 0).then_some(v)
}

/// The index of `name`, or the reference's `Cannot find device "NAME"` (exit 1).
pub fn require(name: &str) -> Result<u32> {
    index(name).ok_or_else(|| cannot_find(name))
}

/// `Cannot find device "NAME"` (exit 1).
pub fn cannot_find(name: &str) -> Error {
    Error::ip_fail(format_args!("Cannot find device \"{name}\""))
}

/// `Device "NAME" does not exist.` (exit 1), as `show` and `flush` say it.
pub fn does_not_exist(name: &str) -> Error {
    Error::ip_fail(format_args!("Device \"{name}\" does not exist."))
}

/// The name of interface `index`, or `if%d` when it has none (as the reference prints it).
pub fn name(index: u32) -> String {
    // (musl's if_indextoname can answer an unknown index with an empty name)
    match if_indextoname(index) {
        Ok(n) if !n.is_empty() => n.to_string_lossy().into_owned(),
        _ => format!("if{index}"),
    }
}

/// The transmit queue length of `name` (SIOCGIFTXQLEN), for link messages that lack it.
pub fn txqlen(name: &str) -> Option<u32> {
    use std::os::fd::AsRawFd;
    const SIOCGIFTXQLEN: u64 = 0x8942;
    #[repr(C)]
    struct IfReq {
        name: [u8; IFNAMSIZ],
        qlen: i32,
        _pad: [u8; 20],
    }
    let bytes = name.as_bytes();
    if bytes.is_empty() || bytes.len() >= IFNAMSIZ {
        return None;
    }
    let mut req = IfReq {
        name: [0; IFNAMSIZ],
        qlen: 0,
        _pad: [0; 20],
    };
    req.name[..bytes.len()].copy_from_slice(bytes);
    let sock = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    // SAFETY: a valid socket and a struct ifreq-sized buffer the kernel fills in.
    let r = unsafe { nix::libc::ioctl(sock.as_raw_fd(), SIOCGIFTXQLEN as _, &mut req) };
    (r == 0).then_some(req.qlen as u32)
}

/// Interface indexes hash to themselves: they are small, dense and not chosen by an
/// adversary, and a dump looks one up per line.
#[derive(Default)]
pub struct IndexHash(u64);

impl Hasher for IndexHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u32(&mut self, v: u32) {
        self.0 = u64::from(v);
    }
}

/// What printing needs besides the message: names of other interfaces and of namespaces.
#[derive(Default)]
pub struct Names {
    /// index -> (name, flags), like iproute2's ll_map
    ifs: HashMap<u32, (String, u32), BuildHasherDefault<IndexHash>>,
    netns: Option<Vec<(i32, String)>>,
    sock: Option<Socket>,
}

impl Names {
    pub fn remember(&mut self, l: &Link) {
        self.ifs
            .entry(l.index)
            .or_insert_with(|| (l.name().to_string(), l.flags));
    }

    /// Name and flags of interface `index`, asking the kernel (on a second socket, since
    /// a dump may be in progress on the first) when it has not been seen yet.
    fn lookup(&mut self, index: u32) -> Option<&(String, u32)> {
        if !self.ifs.contains_key(&index) {
            if self.sock.is_none() {
                self.sock = Socket::route().ok();
            }
            let sock = self.sock.as_mut()?;
            let found = link::get(sock, index, |l| Some((l.name().to_string(), l.flags)))
                .ok()
                .flatten();
            self.ifs.insert(index, found?);
        }
        self.ifs.get(&index)
    }

    /// What a link event tells the cache, as the reference's monitor keeps it: a deleted
    /// link is forgotten, a new one learnt; a known one keeps its name (a rename is not
    /// seen) and takes its new flags.
    pub fn note(&mut self, l: &Link, deleted: bool) {
        if deleted {
            self.ifs.remove(&l.index);
        } else {
            self.ifs
                .entry(l.index)
                .and_modify(|e| e.1 = l.flags)
                .or_insert_with(|| (l.name().to_string(), l.flags));
        }
    }

    /// Whether the interfaces `l` names (its lower device and master) are known already.
    pub fn knows_refs(&self, l: &Link) -> bool {
        [l.lower(), l.u32(IFLA_MASTER)]
            .into_iter()
            .flatten()
            .all(|i| self.ifs.contains_key(&i))
    }

    /// The name of interface `index` (borrowed from the cache: dumps print it per line).
    pub fn ifname(&mut self, index: u32) -> Cow<'_, str> {
        match self.lookup(index) {
            Some((n, _)) => Cow::Borrowed(n.as_str()),
            None => Cow::Owned(format!("if{index}")),
        }
    }

    /// Interface flags of `index`, if it exists here.
    pub fn flags(&mut self, index: u32) -> Option<u32> {
        self.lookup(index).map(|&(_, f)| f)
    }

    /// The /run/netns name the current namespace numbers `nsid`.
    pub fn netns(&mut self, nsid: i32) -> Option<String> {
        let list = self.netns.get_or_insert_with(super::nsfile::nsid_names);
        list.iter()
            .find(|(i, _)| *i == nsid)
            .map(|(_, n)| n.clone())
    }

    /// Like [`Names::netns`], reading /run/netns again when `nsid` is not known yet (a
    /// namespace named since); the names read before are kept (`ip monitor` names a
    /// deleted id by the name it had).
    pub fn netns_fresh(&mut self, nsid: i32) -> Option<String> {
        if let Some(n) = self.netns(nsid) {
            return Some(n);
        }
        let now = super::nsfile::nsid_names();
        let list = self.netns.get_or_insert_with(Vec::new);
        for (i, n) in now {
            if !list.iter().any(|(j, _)| *j == i) {
                list.push((i, n));
            }
        }
        self.netns(nsid)
    }
}

#[cfg(test)]
impl Names {
    /// Interfaces known up front (offline tests: no kernel to ask).
    pub fn known(list: &[(u32, &str)]) -> Names {
        let mut n = Names::default();
        for &(i, name) in list {
            n.ifs.insert(i, (name.to_string(), 0));
        }
        n
    }
}
