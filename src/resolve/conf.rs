//! What the C library reads before it resolves: the `hosts` sources of /etc/nsswitch.conf,
//! and the servers, search domains and options of /etc/resolv.conf.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::OnceLock;

const NSSWITCH: &str = "/etc/nsswitch.conf";
const RESOLV: &str = "/etc/resolv.conf";

/// A source of host names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Source {
    Files,
    Dns,
}

/// The `hosts:` sources in order (others, such as `mdns4_minimal`, and the `[…]` actions
/// are passed over); files then DNS when the file or the line is missing.
/// Read once per process: a listing looks names up once per row.
pub fn sources() -> &'static [Source] {
    static SOURCES: OnceLock<Vec<Source>> = OnceLock::new();
    SOURCES.get_or_init(|| {
        let text = std::fs::read_to_string(NSSWITCH).unwrap_or_default();
        parse_sources(&text)
    })
}

fn parse_sources(text: &str) -> Vec<Source> {
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let Some(rest) = line.trim_start().strip_prefix("hosts:") else {
            continue;
        };
        return rest
            .split_whitespace()
            .filter_map(|w| match w {
                "files" => Some(Source::Files),
                "dns" => Some(Source::Dns),
                _ => None,
            })
            .collect();
    }
    vec![Source::Files, Source::Dns]
}

/// /etc/resolv.conf as the resolver uses it.
#[derive(Debug, PartialEq, Eq)]
pub struct Resolv {
    /// At most three, as the C library takes; 127.0.0.1 when none is named.
    pub servers: Vec<SocketAddr>,
    pub search: Vec<String>,
    pub ndots: usize,
    /// Seconds to wait for one answer.
    pub timeout: u64,
    /// Rounds over the servers.
    pub attempts: u32,
}

/// Read once per process.
pub fn resolv() -> &'static Resolv {
    static RESOLV_CONF: OnceLock<Resolv> = OnceLock::new();
    RESOLV_CONF.get_or_init(|| {
        let text = std::fs::read_to_string(RESOLV).unwrap_or_default();
        parse_resolv(&text)
    })
}

fn parse_resolv(text: &str) -> Resolv {
    let mut r = Resolv {
        servers: Vec::new(),
        search: Vec::new(),
        ndots: 1,
        timeout: 5,
        attempts: 2,
    };
    for line in text.lines() {
        let mut w = line.split_whitespace();
        match w.next() {
            Some("nameserver") => {
                if let Some(ip) = w.next().and_then(|a| a.parse::<IpAddr>().ok()) {
                    if r.servers.len() < 3 {
                        r.servers.push(SocketAddr::new(ip, 53));
                    }
                }
            }
            // the last of `domain` and `search` wins
            Some("domain") => r.search = w.next().map(str::to_string).into_iter().collect(),
            Some("search") => r.search = w.map(str::to_string).collect(),
            Some("options") => {
                for o in w {
                    let num = |key: &str| o.strip_prefix(key).and_then(|v| v.parse::<u64>().ok());
                    if let Some(v) = num("ndots:") {
                        r.ndots = v.min(15) as usize;
                    } else if let Some(v) = num("timeout:") {
                        r.timeout = v.clamp(1, 30);
                    } else if let Some(v) = num("attempts:") {
                        r.attempts = v.clamp(1, 5) as u32;
                    }
                }
            }
            _ => {}
        }
    }
    if r.servers.is_empty() {
        r.servers
            .push(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 53));
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nsswitch_hosts_line() {
        use Source::*;
        assert_eq!(parse_sources("hosts: files dns\n"), vec![Files, Dns]);
        assert_eq!(
            parse_sources(
                "passwd: files\nhosts:   files mdns4_minimal [NOTFOUND=return] dns # x\n"
            ),
            vec![Files, Dns]
        );
        assert_eq!(parse_sources("hosts: dns files"), vec![Dns, Files]);
        assert_eq!(parse_sources("hosts: files"), vec![Files]);
        assert_eq!(parse_sources(""), vec![Files, Dns]);
    }

    #[test]
    fn resolv_conf() {
        let r = parse_resolv(
            "# c\nnameserver 127.0.0.53\nnameserver ::1\nsearch a.example b.example\noptions timeout:1 attempts:1 ndots:2\n",
        );
        assert_eq!(r.servers.len(), 2);
        assert_eq!(r.search, vec!["a.example", "b.example"]);
        assert_eq!((r.timeout, r.attempts, r.ndots), (1, 1, 2));
        let d = parse_resolv("");
        assert_eq!(d.servers, vec!["127.0.0.1:53".parse().unwrap()]);
        assert_eq!((d.timeout, d.attempts, d.ndots), (5, 2, 1));
    }
}
