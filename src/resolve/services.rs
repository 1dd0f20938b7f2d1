//! /etc/services and /etc/protocols, read once per process: service names ⇄ ports
//! (getservbyname/getservbyport) and protocol names ⇄ numbers (getprotobyname/-number).

use std::sync::OnceLock;

/// (name and aliases, port, protocol) of each /etc/services line.
fn services() -> &'static [(Vec<String>, u16, String)] {
    static S: OnceLock<Vec<(Vec<String>, u16, String)>> = OnceLock::new();
    S.get_or_init(|| {
        let text = std::fs::read_to_string("/etc/services").unwrap_or_default();
        let mut out = Vec::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("");
            let mut w = line.split_whitespace();
            let (Some(name), Some(pp)) = (w.next(), w.next()) else {
                continue;
            };
            let Some((port, proto)) = pp.split_once('/') else {
                continue;
            };
            let Ok(port) = port.parse::<u16>() else {
                continue;
            };
            let mut names = vec![name.to_string()];
            names.extend(w.map(str::to_string));
            out.push((names, port, proto.to_string()));
        }
        out
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
        let text = std::fs::read_to_string("/etc/protocols").unwrap_or_default();
        let mut out = Vec::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("");
            let mut w = line.split_whitespace();
            let (Some(name), Some(num)) = (w.next(), w.next()) else {
                continue;
            };
            let Ok(num) = num.parse::<u8>() else {
                continue;
            };
            let mut names = vec![name.to_string()];
            names.extend(w.map(str::to_string));
            out.push((names, num));
        }
        out
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
        let text = std::fs::read_to_string("/etc/networks").unwrap_or_default();
        let mut out = Vec::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("");
            let mut w = line.split_whitespace();
            let (Some(name), Some(num)) = (w.next(), w.next()) else {
                continue;
            };
            if let Ok(a) = num.parse::<std::net::Ipv4Addr>() {
                out.push((name.to_string(), a.octets()));
            }
        }
        out
    })
}

/// The /etc/networks name of a network address (getnetbyaddr).
pub fn network_name(addr: [u8; 4]) -> Option<&'static str> {
    networks()
        .iter()
        .find(|(_, a)| *a == addr)
        .map(|(n, _)| n.as_str())
}
