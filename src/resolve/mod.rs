//! Host names both ways, for `arp` (and later `iptables -L`): the sources /etc/nsswitch.conf
//! lists for `hosts` (`files`: /etc/hosts; `dns`: the servers of /etc/resolv.conf, asked
//! here over UDP), in its order, as the reference's C library resolves them. One place, so
//! every applet names hosts alike.
//!
//! Unlike the C library, waiting is bounded: a server that never answers costs at most
//! [`dns::BUDGET`] for the whole process, after which names are looked up in the files
//! alone (and addresses print as numbers), instead of the library's 10 s per lookup.

mod conf;
mod dns;
pub mod services;

pub use dns::Miss;

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::{Mutex, OnceLock};

const HOSTS: &str = "/etc/hosts";

/// Answers already given (a table often names the same address twice).
static NAMES: Mutex<Option<HashMap<IpAddr, Option<String>>>> = Mutex::new(None);

/// The name of address `ip` (IPv4 or IPv6 text): the first name of its hosts-file line, or
/// the PTR record of its `in-addr.arpa` (`ip6.arpa`) name. None when no source knows it.
pub fn name_of(ip: &str) -> Option<String> {
    let key: IpAddr = ip.parse().ok()?;
    if let Ok(mut cache) = NAMES.lock() {
        if let Some(known) = cache.get_or_insert_with(HashMap::new).get(&key) {
            return known.clone();
        }
    }
    let mut found = None;
    for &source in conf::sources() {
        found = match source {
            conf::Source::Files => hosts_name(key),
            conf::Source::Dns => match key {
                IpAddr::V4(a) => dns::ptr(&a.octets()),
                IpAddr::V6(a) => dns::ptr(&a.octets()),
            },
        };
        if found.is_some() {
            break;
        }
    }
    if let Ok(mut cache) = NAMES.lock() {
        cache
            .get_or_insert_with(HashMap::new)
            .insert(key, found.clone());
    }
    found
}

/// The IPv4 address (dotted quad) of a host argument: itself when it is one, else the
/// first hosts-file entry naming it or the A record DNS has for it. A word of digits and
/// dots that is no IPv4 address, or one with a colon, is not looked up at all.
pub fn addr_of(host: &str) -> Result<String, Miss> {
    if host.parse::<Ipv4Addr>().is_ok() {
        return Ok(host.to_string());
    }
    if host.contains(':') || host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(Miss::NotFound);
    }
    let mut miss = Miss::NotFound;
    for &source in conf::sources() {
        match source {
            conf::Source::Files => {
                if let Some(a) = hosts_addr(host) {
                    return Ok(a);
                }
            }
            conf::Source::Dns => match dns::a(host) {
                Ok(a) => return Ok(Ipv4Addr::from(a).to_string()),
                Err(m) => miss = m,
            },
        }
    }
    Err(miss)
}

/// The lines of the hosts file, comments dropped, split into words.
fn hosts_lines() -> &'static [Vec<String>] {
    static LINES: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    LINES.get_or_init(|| services::db_lines(HOSTS))
}

fn hosts_name(ip: IpAddr) -> Option<String> {
    hosts_lines()
        .iter()
        .find(|w| w.len() > 1 && w[0].parse::<IpAddr>() == Ok(ip))
        .map(|w| w[1].clone())
}

/// Every IPv6 address of a host name (getaddrinfo's AF_INET6 list): all hosts-file entries
/// naming it, else DNS's first AAAA record; none when no source knows it.
pub fn addrs6_of(host: &str) -> Vec<[u8; 16]> {
    addrs6(host).unwrap_or_default()
}

/// [`addrs6_of`], saying why when no source knows the name (not found, or DNS failed).
pub fn addrs6(host: &str) -> Result<Vec<[u8; 16]>, Miss> {
    let mut miss = Miss::NotFound;
    for &source in conf::sources() {
        match source {
            conf::Source::Files => {
                let all: Vec<[u8; 16]> = hosts_lines()
                    .iter()
                    .filter(|w| w[1..].iter().any(|n| n == host))
                    .filter_map(|w| w[0].parse::<Ipv6Addr>().ok())
                    .map(|a| a.octets())
                    .collect();
                if !all.is_empty() {
                    return Ok(all);
                }
            }
            conf::Source::Dns => match dns::aaaa(host) {
                Ok(a) => return Ok(vec![a]),
                Err(m) => miss = m,
            },
        }
    }
    Err(miss)
}

/// Every IPv4 address of a host argument (getaddrinfo's list): itself when it is one, else
/// all hosts-file entries naming it, else DNS's first A record.
pub fn addrs_of(host: &str) -> Result<Vec<String>, Miss> {
    if host.parse::<Ipv4Addr>().is_err() && !host.contains(':') {
        let all: Vec<String> = hosts_lines()
            .iter()
            .filter(|w| w[0].parse::<Ipv4Addr>().is_ok() && w[1..].iter().any(|n| n == host))
            .map(|w| w[0].clone())
            .collect();
        if !all.is_empty() && conf::sources().first() == Some(&conf::Source::Files) {
            return Ok(all);
        }
    }
    addr_of(host).map(|a| vec![a])
}

fn hosts_addr(host: &str) -> Option<String> {
    hosts_lines().iter().find_map(|w| {
        (w[0].parse::<Ipv4Addr>().is_ok() && w[1..].iter().any(|n| n == host)).then(|| w[0].clone())
    })
}
