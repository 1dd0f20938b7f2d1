//! What the hints ask the system: the namespaces, where a device lives, which prefixes the
//! interfaces reach.

use super::context::seen;
use crate::ip::nsfile;
use crate::ip::prefix::Inet;
use crate::netlink::rtnl::route::{
    Route, RTA_DST, RTA_GATEWAY, RTA_MULTIPATH, RTA_OIF, RTMSG_LEN, RTN_UNICAST, RT_TABLE_MAIN,
};
use crate::netlink::rtnl::{AF_INET, AF_INET6, RTM_GETROUTE, RTM_NEWROUTE};
use crate::netlink::{Socket, Wire};
use nix::sched::{setns, CloneFlags};
use std::fmt;
use std::fs::File;
use std::net::IpAddr;

/// Where a device named `dev` lives: Some(Some(name)) in a named namespace, Some(None)
/// in the namespace the process started in (before `ip -n`), None when nowhere else.
/// Switches this thread's network namespace as it looks (the process is about to exit).
pub fn find_device(dev: &str) -> Option<Option<String>> {
    let here = nsfile::ns_id(std::path::Path::new("/proc/self/ns/net")).ok();
    let mut places: Vec<(Option<String>, File)> = nsfile::sorted_names()
        .into_iter()
        .filter_map(|n| File::open(nsfile::path(&n)).ok().map(|f| (Some(n), f)))
        .collect();
    if let Some(home) = seen(|s| s.home.as_ref().and_then(|f| f.try_clone().ok())).flatten() {
        places.push((None, home));
    }
    let mut looked = Vec::new();
    for (name, file) in places {
        let Ok(st) = nix::sys::stat::fstat(&file) else {
            continue;
        };
        let id = (st.st_dev, st.st_ino);
        if Some(id) == here || looked.contains(&id) {
            continue;
        }
        looked.push(id);
        if setns(&file, CloneFlags::CLONE_NEWNET).is_ok()
            && nix::net::if_::if_nametoindex(dev).is_ok()
        {
            return Some(name);
        }
    }
    None
}

/// A directly connected prefix and its device.
pub struct Prefix {
    net: Inet,
    dev: String,
}

impl Prefix {
    pub fn holds(&self, ip: IpAddr) -> bool {
        match ip {
            IpAddr::V4(a) => self.net.contains(AF_INET, &a.octets()),
            IpAddr::V6(a) => self.net.contains(AF_INET6, &a.octets()),
        }
    }
}

impl fmt::Display for Prefix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.net.ip() {
            Some(ip) => write!(f, "{ip}/{} ({})", self.net.bitlen, self.dev),
            None => Ok(()),
        }
    }
}

/// The main table's unicast routes without a gateway, in `gw`'s family.
pub fn connected(gw: IpAddr) -> Option<Vec<Prefix>> {
    let family = if gw.is_ipv4() { AF_INET } else { AF_INET6 };
    let mut req = [0u8; RTMSG_LEN];
    req[0] = family;
    let mut sock = Socket::route().ok()?;
    let mut found = Vec::new();
    sock.dump(Wire(RTM_GETROUTE, &req), &mut |m| {
        let Some(r) = Route::parse(m.payload) else {
            return Ok(());
        };
        if m.kind != RTM_NEWROUTE
            || r.rtype != RTN_UNICAST
            || r.table != RT_TABLE_MAIN
            || r.attr.has(RTA_GATEWAY)
            || r.attr.has(RTA_MULTIPATH)
        {
            return Ok(());
        }
        let full = if family == AF_INET { 4 } else { 16 };
        let mut dst = [0u8; 16];
        match r.attr.get(RTA_DST) {
            Some(d) if d.len() == full => dst[..full].copy_from_slice(d),
            None => {}
            Some(_) => return Ok(()),
        }
        // fe80::/64 is on every IPv6 interface: it names no network
        if family == AF_INET6 && dst[0] == 0xfe && dst[1] & 0xc0 == 0x80 {
            return Ok(());
        }
        let dev = r
            .attr
            .u32(RTA_OIF)
            .and_then(|i| nix::net::if_::if_indextoname(i).ok())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        found.push(Prefix {
            net: Inet::prefix(family, &dst[..full], r.dst_len),
            dev,
        });
        Ok(())
    })
    .ok()?;
    Some(found)
}
