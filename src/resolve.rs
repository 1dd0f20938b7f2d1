//! Host names both ways for `arp` (and later `iptables -L`): the hosts file, as the
//! reference's resolver reads it first. One place, so every applet names hosts alike.

use std::net::Ipv4Addr;

const HOSTS: &str = "/etc/hosts";

/// The entries of the hosts file: address and names, comments dropped.
fn hosts() -> Option<String> {
    std::fs::read_to_string(HOSTS).ok()
}

/// The first name of IPv4 address `ip` (dotted quad) in the hosts file.
pub fn name_of(ip: &str) -> Option<String> {
    let hosts = hosts()?;
    hosts.lines().find_map(|l| {
        let l = l.split('#').next().unwrap_or("");
        let mut w = l.split_whitespace();
        (w.next()? == ip).then(|| w.next().map(str::to_string))?
    })
}

/// The IPv4 address (dotted quad) of a host argument: itself when it is one, else the first
/// hosts-file entry naming it.
pub fn addr_of(host: &str) -> Option<String> {
    if host.parse::<Ipv4Addr>().is_ok() {
        return Some(host.to_string());
    }
    let hosts = hosts()?;
    hosts.lines().find_map(|l| {
        let l = l.split('#').next().unwrap_or("");
        let mut w = l.split_whitespace();
        let ip = w.next()?;
        (ip.parse::<Ipv4Addr>().is_ok() && w.any(|n| n == host)).then(|| ip.to_string())
    })
}
