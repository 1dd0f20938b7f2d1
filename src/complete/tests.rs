use super::ip::{Object, GLOBALS, OBJECTS};
use super::*;
use std::collections::BTreeSet;

fn words(line: &str) -> Vec<String> {
    let mut w: Vec<String> = line.split(' ').map(str::to_string).collect();
    if line.ends_with(' ') {
        w.pop();
        w.push(String::new());
    }
    w
}

fn complete(line: &str) -> Vec<String> {
    candidates(&["ip", "arp", "iptables", "ip6tables"], &words(line))
}

#[test]
fn ip_objects_subcommands_and_keywords() {
    assert_eq!(
        complete("ip "),
        [
            "address",
            "addrlabel",
            "maddress",
            "route",
            "rule",
            "neighbor",
            "neighbour",
            "ntable",
            "ntbl",
            "link",
            "l2tp",
            "fou",
            "ila",
            "macsec",
            "tunnel",
            "tunl",
            "tuntap",
            "tap",
            "token",
            "tcpmetrics",
            "tcp_metrics",
            "monitor",
            "xfrm",
            "mroute",
            "mrule",
            "netns",
            "netconf",
            "vrf",
            "sr",
            "nexthop",
            "mptcp",
            "ioam",
            "help",
            "stats"
        ]
    );
    assert_eq!(complete("ip tap a"), ["add"]);
    assert!(complete("ip tuntap add ").contains(&"multi_queue".to_string()));
    assert_eq!(complete("ip li"), ["link"]);
    assert_eq!(complete("ip -n red l"), ["link", "l2tp"]);
    assert_eq!(complete("ip -n red li"), ["link"]);
    assert!(complete("ip -").contains(&"-netns".to_string()));
    assert_eq!(complete("ip link s"), ["set", "show"]);
    assert_eq!(complete("ip route a"), ["add", "append"]);
    assert!(complete("ip link set lo ").contains(&"netns".to_string()));
    assert_eq!(complete("ip link set lo mul"), ["multicast"]);
    assert_eq!(complete("ip link set lo multicast "), ["on", "off"]);
    assert_eq!(
        complete("ip link add x type v"),
        [
            "veth",
            "vxcan",
            "vlan",
            "vcan",
            "virt_wifi",
            "vrf",
            "vti",
            "vti6",
            "vxlan"
        ]
    );
    // every kind whose words ipkit parses
    for kind in ["geneve", "ip6gretap", "macsec", "wwan", "xfrm"] {
        assert_eq!(complete(&format!("ip link add x type {kind}")), [kind]);
    }
    assert_eq!(complete("ip netns exec red "), ["@command"]);
    assert!(complete("ip -f ").contains(&"inet6".to_string()));
    assert_eq!(complete("ipkit --l"), ["--list"]);
}

#[test]
fn iptables_options_tables_targets() {
    assert_eq!(
        complete("iptables -t "),
        ["filter", "nat", "mangle", "raw", "security"]
    );
    assert!(complete("iptables -t nat -A POSTROUTING -j ").contains(&"MASQUERADE".to_string()));
    assert!(complete("iptables -t nat -A POSTROUTING -p tcp --d").contains(&"--dport".to_string()));
    assert!(complete("iptables --app").contains(&"--append".to_string()));
    assert_eq!(complete("iptables -P INPUT "), ["ACCEPT", "DROP"]);
    assert_eq!(complete("iptables -m connt"), ["conntrack"]);
}

#[test]
fn ip6tables_completes_its_own_extensions() {
    assert_eq!(
        complete("ip6tables -t "),
        ["filter", "nat", "mangle", "raw", "security"]
    );
    let targets = complete("ip6tables -A INPUT -j ");
    assert!(targets.contains(&"REJECT".to_string()));
    assert!(!targets.contains(&"TTL".to_string()));
    assert!(complete("ip6tables -m ")
        .iter()
        .all(|m| m != "icmp" && m != "ttl"));
    assert!(complete("iptables -j ").contains(&"TTL".to_string()));
}

#[test]
fn ipkit_completes_its_options_and_applets() {
    let c = candidates(&["ip", "arp"], &words("ipkit --"));
    assert!(c.contains(&"--install".to_string()), "{c:?}");
    let c = candidates(&["ip", "arp"], &words("ipkit ip li"));
    assert_eq!(c, ["link"]);
}

/// The words a parser's source compares with: `x == "w"`, `matches(x, "w")`, `"w" =>`
/// match arms and `("w", …)` table rows.
fn parser_words(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while let Some(at) = code[i..].find('"') {
        let start = i + at + 1;
        let Some(len) = code[start..].find('"') else {
            break;
        };
        let word = &code[start..start + len];
        let before = code[..start - 1].trim_end();
        let after = code[start + len + 1..].trim_start();
        let keyword = !word.is_empty()
            && word
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
            && word.as_bytes()[0].is_ascii_lowercase();
        let compared = before.ends_with("==")
            || (before.ends_with(',')
                && before.rsplit('(').next().is_some_and(|p| !p.contains(')'))
                && before.contains("matches("))
            || after.starts_with("=>")
            || (after.starts_with('|') && after.contains("=>"))
            || (before.ends_with('(') && after.starts_with(','));
        if keyword && compared {
            found.insert(word.to_string());
        }
        i = start + len + 1;
        let _ = bytes;
    }
    found
}

fn source_of(dirs: &str) -> String {
    let mut text = String::new();
    // `a+b`: the parsers of one object in several places (a shared selector module)
    let mut files = Vec::new();
    for dir in dirs.split('+') {
        let path = std::path::Path::new(dir);
        if path.is_dir() {
            files.extend(
                std::fs::read_dir(path)
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|e| e == "rs"))
                    // the parsers, not the printers
                    .filter(|p| !["tests.rs", "print.rs"].iter().any(|f| p.ends_with(f))),
            );
        } else {
            files.push(path.with_extension("rs"));
        }
    }
    for f in files {
        let code = std::fs::read_to_string(&f).unwrap();
        // leave out the tests
        let code = code
            .split("#[cfg(test)]\nmod tests {")
            .next()
            .unwrap_or("")
            .to_string();
        text.push_str(&code);
    }
    text
}

/// Words the parsers compare with that are values, not keywords (they are completed, when
/// at all, after their keyword) — each listed here on purpose.
const VALUES: &[(&str, &[&str])] = &[
    ("mroute", &["all"]),
    ("nexthop", &["flags", "lst", "mpath", "resilient"]),
    (
        "tcpmetrics",
        &["cwnd", "reordering", "rtt", "rttvar", "ssthresh"],
    ),
    (
        "tcp_metrics",
        &["cwnd", "reordering", "rtt", "rttvar", "ssthresh"],
    ),
    (
        "maddress",
        &[
            "family", "ifindex", "ifname", "inet", "inet6", "maddr", "link", "users", "features",
            "static",
        ],
    ),
    (
        "address",
        &[
            "all",
            "forever",
            "lo",
            "u",
            "v0",
            "v1",
            "v2",
            "v3",
            "v6",
            "garbage",
            "perm",
            "chg",
            "lst",
            "addr_info",
        ],
    ),
    (
        "route",
        &[
            "ah",
            "all",
            "dccp",
            "disabled",
            "enabled",
            "esp",
            "gre",
            "high",
            "icmp",
            "icmpv6",
            "igmp",
            "inf",
            "ipv6",
            "ipv6-icmp",
            "low",
            "medium",
            "ms",
            "msec",
            "msecs",
            "raw",
            "s",
            "sctp",
            "sec",
            "secs",
            "tcp",
            "udp",
            "udplite",
            "ecn",
            "chg",
            "lst",
            "del",
            "inet",
            "inet6",
            "metrics",
        ],
    ),
    (
        "neighbour",
        &[
            "all",
            "delay",
            "failed",
            "incomplete",
            "noarp",
            "none",
            "permanent",
            "probe",
            "reachable",
            "stale",
            "chg",
            "lst",
        ],
    ),
    (
        "link",
        &[
            "default", "dormant", "fd", "none", "object", "off", "on", "pinned", "lst",
        ],
    ),
    ("netns", &["auto", "lst", "name"]),
    // `open` names the failing call in `open: …`
    ("tuntap", &["tun", "tap", "open"]),
    (
        "stats",
        &[
            "afstats",
            "cpu_hit",
            "hw_stats_info",
            "link",
            "xstats",
            "xstats_slave",
        ],
    ),
    // the values of dir, action, ptype, mode, level, proto, encap, the flags, setdefault and
    // the share words; `sa` for `state`, `unknown` of iproute2's complaint
    (
        "xfrm",
        &[
            "accept",
            "ah",
            "allow",
            "any",
            "beet",
            "block",
            "dont-encap-dscp",
            "esp",
            "espintcp",
            "espinudp",
            "espinudp-nonike",
            "fwd",
            "hao",
            "in",
            "in_trigger",
            "lst",
            "main",
            "oseq-may-wrap",
            "out",
            "required",
            "ro",
            "route2",
            "sa",
            "session",
            "sub",
            "transport",
            "tunnel",
            "unique",
            "unknown",
            "use",
            "user",
        ],
    ),
];

/// The keyword tables and the parsers agree: every keyword of an object's table is a word
/// its parser compares with, and every word its parser compares with is in the table (or
/// listed above as a value).
#[test]
fn keywords_follow_the_parsers() {
    let dirs = [
        ("address", "src/ip/addr+src/ip/iface/addrsel"),
        ("route", "src/ip/route"),
        ("neighbour", "src/ip/neigh"),
        ("link", "src/ip/link"),
        ("netns", "src/ip/netns"),
        ("tuntap", "src/ip/tuntap"),
        ("monitor", "src/ip/monitor"),
        ("netconf", "src/ip/netconf"),
        ("nexthop", "src/ip/nexthop"),
        ("maddress", "src/ip/maddr"),
        ("tcpmetrics", "src/ip/tcpmetrics"),
        ("tcp_metrics", "src/ip/tcpmetrics"),
        ("mroute", "src/ip/mroute"),
        ("token", "src/ip/token"),
        ("ntable", "src/ip/ntable"),
        ("stats", "src/ip/stats"),
        ("xfrm", "src/ip/xfrm"),
    ];
    let mut report = Vec::new();
    for (name, dir) in dirs {
        let o: &Object = OBJECTS.iter().find(|o| o.name == name).unwrap();
        let src = source_of(dir);
        let seen = parser_words(&src);
        let mut table: BTreeSet<String> = o.keys.iter().map(|(k, _)| k.to_string()).collect();
        table.extend((o.subs)().into_iter().map(str::to_string));
        for k in &table {
            if !src.contains(&format!("\"{k}\"")) {
                report.push(format!("{name}: `{k}` is in the table but not in {dir}"));
            }
        }
        let values = VALUES
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(&[][..], |v| v.1);
        for w in &seen {
            if !table.contains(w) && !values.contains(&w.as_str()) {
                report.push(format!(
                    "{name}: {dir} accepts `{w}`, missing from the table"
                ));
            }
        }
    }
    assert!(report.is_empty(), "{report:#?}");
}

#[test]
fn global_options_follow_the_parser() {
    let src = std::fs::read_to_string("src/ip/mod.rs").unwrap();
    for (g, _) in GLOBALS {
        assert!(
            src.contains(&format!("\"{g}\"")),
            "{g} is not among ip's global options"
        );
    }
}

/// A manual page's text with roff's dashes read as dashes.
fn page(name: &str) -> String {
    std::fs::read_to_string(format!("man/{name}"))
        .unwrap_or_else(|e| panic!("man/{name}: {e}"))
        .replace("\\-", "-")
}

/// Whether `word` stands in `text` as a word of its own.
fn has_word(text: &str, word: &str) -> bool {
    let part = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
    text.match_indices(word).any(|(at, _)| {
        let before = text.as_bytes().get(at.wrapping_sub(1)).copied();
        let after = text.as_bytes().get(at + word.len()).copied();
        !before.is_some_and(part) && !after.is_some_and(part)
    })
}

/// Every keyword the parsers accept (as the tables above hold them) is in its page.
#[test]
fn manual_pages_name_every_keyword() {
    let mut missing = Vec::new();
    let mut need = |file: &str, words: Vec<String>| {
        let text = page(file);
        for w in words {
            if !has_word(&text, &w) {
                missing.push(format!("man/{file}: {w}"));
            }
        }
    };
    need("ip.8", GLOBALS.iter().map(|(g, _)| g.to_string()).collect());
    need(
        "ip.8",
        crate::ip::object_names().map(str::to_string).collect(),
    );
    for (o, file) in [
        ("address", "ip-address.8"),
        ("route", "ip-route.8"),
        ("rule", "ip-rule.8"),
        ("neighbour", "ip-neighbour.8"),
        ("link", "ip-link.8"),
        ("netns", "ip-netns.8"),
        ("tuntap", "ip-tuntap.8"),
        ("monitor", "ip-monitor.8"),
        ("netconf", "ip-netconf.8"),
        ("nexthop", "ip-nexthop.8"),
        ("maddress", "ip-maddress.8"),
        ("tcpmetrics", "ip-tcp_metrics.8"),
        ("tcp_metrics", "ip-tcp_metrics.8"),
        ("mroute", "ip-mroute.8"),
        ("token", "ip-token.8"),
        ("ntable", "ip-ntable.8"),
        ("stats", "ip-stats.8"),
        ("xfrm", "ip-xfrm.8"),
    ] {
        let o = OBJECTS.iter().find(|x| x.name == o).unwrap();
        let mut words: Vec<String> = o.keys.iter().map(|(k, _)| k.to_string()).collect();
        words.extend((o.subs)().into_iter().map(str::to_string));
        need(file, words);
    }
    need(
        "iptables.8",
        crate::iptables::parse::BASE
            .iter()
            .map(|o| format!("--{}", o.name))
            .chain(
                crate::iptables::ext::match_names(crate::iptables::family::Fam::V4)
                    .map(|m| m.to_string()),
            )
            .chain(
                crate::iptables::ext::target_names(crate::iptables::family::Fam::V4)
                    .map(|t| t.to_string()),
            )
            .chain(
                crate::iptables::table::TABLES
                    .iter()
                    .map(|t| t.name.to_string()),
            )
            .collect(),
    );
    need("arp.8", ARP_OPTIONS.iter().map(|o| o.to_string()).collect());
    need(
        "ipkit.1",
        IPKIT_OPTIONS.iter().map(|o| o.to_string()).collect(),
    );
    assert!(
        missing.is_empty(),
        "keywords missing from their pages: {missing:#?}"
    );
}
