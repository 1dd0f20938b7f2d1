//! The /etc databases (one line reader for them and the hosts file); /etc/services,
//! /etc/protocols and /etc/networks, read once per process: service names ⇄ ports
//! (getservbyname/getservbyport) and protocol names ⇄ numbers (getprotobyname/-number).

use std::sync::OnceLock;

/// The lines of a /etc database: comments dropped, split into words, lines of fewer than two
/// words skipped.
pub fn db_lines(path: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| {
            l.split('#')
                .next()
                .unwrap_or("")
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| w.len() >= 2)
        .collect()
}

/// (name and aliases, port, protocol) of each /etc/services line.
fn services() -> &'static [(Vec<String>, u16, String)] {
    static S: OnceLock<Vec<(Vec<String>, u16, String)>> = OnceLock::new();
    S.get_or_init(|| {
        db_lines("/etc/services")
            .into_iter()
            .filter_map(|mut w| {
                let (port, proto) = w[1].split_once('/')?;
                let port = port.parse::<u16>().ok()?;
                let proto = proto.to_string();
                w.remove(1);
                Some((w, port, proto))
            })
            .collect()
    })
}

/// The port of service `name` for `proto` (`tcp`, `udp`…).
pub fn port_of(name: &str, proto: &str) -> Option<u16> {
    services()
        .iter()
        .find(|(n, _, p)| p == proto && n.iter().any(|x| x == name))
        .map(|(_, port, _)| *port)
}

/// The first service name of `port` for `proto`.
pub fn service_name(port: u16, proto: &str) -> Option<&'static str> {
    services()
        .iter()
        .find(|(_, n, p)| *n == port && p == proto)
        .map(|(names, _, _)| names[0].as_str())
}

/// (name and aliases, number) of each /etc/protocols line.
fn protocols() -> &'static [(Vec<String>, u8)] {
    static P: OnceLock<Vec<(Vec<String>, u8)>> = OnceLock::new();
    P.get_or_init(|| {
        db_lines("/etc/protocols")
            .into_iter()
            .filter_map(|mut w| {
                let num = w[1].parse::<u8>().ok()?;
                w.remove(1);
                Some((w, num))
            })
            .collect()
    })
}

/// The number of protocol `name` (a name or an alias).
pub fn proto_number(name: &str) -> Option<u8> {
    protocols()
        .iter()
        .find(|(n, _)| n.iter().any(|x| x == name))
        .map(|(_, num)| *num)
}

/// The first name of protocol number `num`.
pub fn proto_name(num: u8) -> Option<&'static str> {
    protocols()
        .iter()
        .find(|(_, n)| *n == num)
        .map(|(names, _)| names[0].as_str())
}

/// (name, network address) of each /etc/networks line written as a full dotted quad.
fn networks() -> &'static [(String, [u8; 4])] {
    static N: OnceLock<Vec<(String, [u8; 4])>> = OnceLock::new();
    N.get_or_init(|| {
        db_lines("/etc/networks")
            .into_iter()
            .filter_map(|w| {
                let a = w[1].parse::<std::net::Ipv4Addr>().ok()?;
                Some((w[0].clone(), a.octets()))
            })
            .collect()
    })
}

/// The /etc/networks name of a network address (getnetbyaddr).
pub fn network_name(addr: [u8; 4]) -> Option<&'static str> {
    networks()
        .iter()
        .find(|(_, a)| *a == addr)
        .map(|(n, _)| n.as_str())
}

/// (name, id) of each line of /etc/passwd or /etc/group (`name:x:id:…`).
fn ids(path: &'static str) -> &'static [(String, u32)] {
    static PASSWD: OnceLock<Vec<(String, u32)>> = OnceLock::new();
    static GROUP: OnceLock<Vec<(String, u32)>> = OnceLock::new();
    let cell = if path == PASSWD_FILE { &PASSWD } else { &GROUP };
    cell.get_or_init(|| {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        text.lines()
            .filter_map(|l| {
                let mut f = l.split(':');
                let name = f.next()?;
                let id = f.nth(1)?.parse::<u32>().ok()?;
                Some((name.to_string(), id))
            })
            .collect()
    })
}

const PASSWD_FILE: &str = "/etc/passwd";
const GROUP_FILE: &str = "/etc/group";

/// getpwnam/getgrnam: the id of user (or group) `name`.
pub fn id_of(name: &str, group: bool) -> Option<u32> {
    let file = if group { GROUP_FILE } else { PASSWD_FILE };
    ids(file).iter().find(|(n, _)| n == name).map(|(_, i)| *i)
}

/// getpwuid/getgrgid: the name of user (or group) `id`.
pub fn id_name(id: u32, group: bool) -> Option<&'static str> {
    let file = if group { GROUP_FILE } else { PASSWD_FILE };
    ids(file)
        .iter()
        .find(|(_, i)| *i == id)
        .map(|(n, _)| n.as_str())
}
