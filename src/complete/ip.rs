//! What `ip` completes: global options, objects, subcommands and each object's keywords (the
//! parsers' words, checked against their source by `keywords_follow_the_parsers`), and
//! live values: link names, namespace names, route tables.

use super::live;
use crate::cli::matches;
use crate::ip::opts::global;
pub use crate::ip::opts::GLOBALS;

/// What the word after a keyword is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Val {
    /// A link name.
    Link,
    /// A namespace name.
    Netns,
    /// A routing table.
    Table,
    /// A link kind (`type`).
    Kind,
    /// `on` or `off`.
    OnOff,
    /// Anything (no candidates).
    Free,
}

/// `ip xfrm state|policy|monitor`: their subcommands, then every keyword.
const XFRM_KEYS: &[(&str, Option<Val>)] = &[
    ("add", None),
    ("update", None),
    ("allocspi", None),
    ("delete", None),
    ("deleteall", None),
    ("list", None),
    ("show", None),
    ("get", None),
    ("flush", None),
    ("count", None),
    ("set", None),
    ("setdefault", None),
    ("getdefault", None),
    ("src", Some(Val::Free)),
    ("dst", Some(Val::Free)),
    ("dev", Some(Val::Link)),
    ("proto", Some(Val::Free)),
    ("sport", Some(Val::Free)),
    ("dport", Some(Val::Free)),
    ("type", Some(Val::Free)),
    ("code", Some(Val::Free)),
    ("key", Some(Val::Free)),
    ("spi", Some(Val::Free)),
    ("dir", Some(Val::Free)),
    ("ctx", Some(Val::Free)),
    ("mark", Some(Val::Free)),
    ("mask", Some(Val::Free)),
    ("index", Some(Val::Free)),
    ("ptype", Some(Val::Free)),
    ("action", Some(Val::Free)),
    ("priority", Some(Val::Free)),
    ("flag", Some(Val::Free)),
    ("if_id", Some(Val::Free)),
    ("limit", Some(Val::Free)),
    ("tmpl", None),
    ("mode", Some(Val::Free)),
    ("reqid", Some(Val::Free)),
    ("level", Some(Val::Free)),
    ("nosock", None),
    ("nokeys", None),
    ("seq", Some(Val::Free)),
    ("min", Some(Val::Free)),
    ("max", Some(Val::Free)),
    ("enc", Some(Val::Free)),
    ("auth", Some(Val::Free)),
    ("auth-trunc", Some(Val::Free)),
    ("aead", Some(Val::Free)),
    ("comp", Some(Val::Free)),
    ("replay-window", Some(Val::Free)),
    ("replay-seq", Some(Val::Free)),
    ("replay-oseq", Some(Val::Free)),
    ("replay-seq-hi", Some(Val::Free)),
    ("replay-oseq-hi", Some(Val::Free)),
    ("sel", None),
    ("encap", Some(Val::Free)),
    ("coa", Some(Val::Free)),
    ("extra-flag", Some(Val::Free)),
    ("offload", None),
    ("output-mark", Some(Val::Free)),
    ("tfcpad", Some(Val::Free)),
    ("hthresh4", Some(Val::Free)),
    ("hthresh6", Some(Val::Free)),
    ("all-nsid", None),
    ("all", None),
    ("acquire", None),
    ("expire", None),
    ("aevent", None),
    ("report", None),
    ("file", Some(Val::Free)),
];

/// One object: its subcommands (parser order), the ones whose first word is a value, and
/// its keywords with what follows them.
pub struct Object {
    pub name: &'static str,
    pub subs: fn() -> Vec<&'static str>,
    pub first: &'static [(&'static str, Val)],
    pub keys: &'static [(&'static str, Option<Val>)],
}

/// `ip rule`'s keywords (also `ip mrule`'s: the same parser).
const RULE_KEYS: &[(&str, Option<Val>)] = &[
    ("not", None),
    ("from", Some(Val::Free)),
    ("to", Some(Val::Free)),
    ("tos", Some(Val::Free)),
    ("dsfield", Some(Val::Free)),
    ("fwmark", Some(Val::Free)),
    ("iif", Some(Val::Link)),
    ("dev", Some(Val::Link)),
    ("oif", Some(Val::Link)),
    ("l3mdev", None),
    ("uidrange", Some(Val::Free)),
    ("ipproto", Some(Val::Free)),
    ("sport", Some(Val::Free)),
    ("dport", Some(Val::Free)),
    ("tun_id", Some(Val::Free)),
    ("priority", Some(Val::Free)),
    ("preference", Some(Val::Free)),
    ("order", Some(Val::Free)),
    ("table", Some(Val::Table)),
    ("lookup", Some(Val::Table)),
    ("protocol", Some(Val::Free)),
    ("nat", Some(Val::Free)),
    ("map-to", Some(Val::Free)),
    ("realms", Some(Val::Free)),
    ("goto", Some(Val::Free)),
    ("type", Some(Val::Free)),
    ("nop", None),
    ("suppress_prefixlength", Some(Val::Free)),
    ("suppress_ifgroup", Some(Val::Free)),
];

pub const OBJECTS: &[Object] = &[
    Object {
        name: "address",
        subs: || {
            vec![
                "add", "change", "replace", "delete", "list", "show", "flush", "help",
            ]
        },
        first: &[],
        keys: &[
            ("dev", Some(Val::Link)),
            ("local", Some(Val::Free)),
            ("peer", Some(Val::Free)),
            ("remote", Some(Val::Free)),
            ("broadcast", Some(Val::Free)),
            ("brd", Some(Val::Free)),
            ("anycast", Some(Val::Free)),
            ("label", Some(Val::Free)),
            ("scope", Some(Val::Free)),
            ("metric", Some(Val::Free)),
            ("priority", Some(Val::Free)),
            ("preference", Some(Val::Free)),
            ("valid_lft", Some(Val::Free)),
            ("preferred_lft", Some(Val::Free)),
            ("home", None),
            ("nodad", None),
            ("optimistic", None),
            ("mngtmpaddr", None),
            ("noprefixroute", None),
            ("autojoin", None),
            ("to", Some(Val::Free)),
            ("up", None),
            ("master", Some(Val::Link)),
            ("nomaster", None),
            ("vrf", Some(Val::Link)),
            ("type", Some(Val::Kind)),
            ("group", Some(Val::Free)),
            ("primary", None),
            ("secondary", None),
            ("temporary", None),
            ("dynamic", None),
            ("permanent", None),
            ("deprecated", None),
            ("dadfailed", None),
            ("tentative", None),
            ("stable-privacy", None),
        ],
    },
    Object {
        name: "route",
        subs: || crate::ip::route::sub_names().collect(),
        first: &[],
        keys: &[
            ("to", Some(Val::Free)),
            ("from", Some(Val::Free)),
            ("src", Some(Val::Free)),
            ("via", Some(Val::Free)),
            ("dev", Some(Val::Link)),
            ("oif", Some(Val::Link)),
            ("iif", Some(Val::Link)),
            ("table", Some(Val::Table)),
            ("vrf", Some(Val::Link)),
            ("protocol", Some(Val::Free)),
            ("proto", Some(Val::Free)),
            ("scope", Some(Val::Free)),
            ("type", Some(Val::Free)),
            ("metric", Some(Val::Free)),
            ("priority", Some(Val::Free)),
            ("preference", Some(Val::Free)),
            ("pref", Some(Val::Free)),
            ("tos", Some(Val::Free)),
            ("dsfield", Some(Val::Free)),
            ("realm", Some(Val::Free)),
            ("realms", Some(Val::Free)),
            ("mtu", Some(Val::Free)),
            ("advmss", Some(Val::Free)),
            ("hoplimit", Some(Val::Free)),
            ("initcwnd", Some(Val::Free)),
            ("initrwnd", Some(Val::Free)),
            ("window", Some(Val::Free)),
            ("rtt", Some(Val::Free)),
            ("rttvar", Some(Val::Free)),
            ("ssthresh", Some(Val::Free)),
            ("cwnd", Some(Val::Free)),
            ("reordering", Some(Val::Free)),
            ("rto_min", Some(Val::Free)),
            ("features", Some(Val::Free)),
            ("quickack", Some(Val::Free)),
            ("congctl", Some(Val::Free)),
            ("fastopen_no_cookie", Some(Val::Free)),
            ("lock", None),
            ("expires", Some(Val::Free)),
            ("nexthop", None),
            ("weight", Some(Val::Free)),
            ("onlink", None),
            ("nhid", Some(Val::Free)),
            ("encap", Some(Val::Free)),
            ("ttl-propagate", Some(Val::Free)),
            ("cache", None),
            ("root", Some(Val::Free)),
            ("match", Some(Val::Free)),
            ("exact", Some(Val::Free)),
            ("mark", Some(Val::Free)),
            ("uid", Some(Val::Free)),
            ("ipproto", Some(Val::Free)),
            ("sport", Some(Val::Free)),
            ("dport", Some(Val::Free)),
            ("fibmatch", None),
            ("connected", None),
            ("as", Some(Val::Free)),
        ],
    },
    Object {
        name: "rule",
        subs: || crate::ip::rule::sub_names().collect(),
        first: &[],
        keys: RULE_KEYS,
    },
    Object {
        name: "neighbour",
        subs: || {
            vec![
                "add", "change", "replace", "delete", "show", "list", "flush", "get", "help",
            ]
        },
        first: &[],
        keys: &[
            ("to", Some(Val::Free)),
            ("dev", Some(Val::Link)),
            ("lladdr", Some(Val::Free)),
            ("nud", Some(Val::Free)),
            ("proxy", Some(Val::Free)),
            ("router", None),
            ("extern_learn", None),
            ("managed", None),
            ("use", None),
            ("master", Some(Val::Link)),
            ("nomaster", None),
            ("vrf", Some(Val::Link)),
            ("unused", None),
        ],
    },
    Object {
        name: "link",
        subs: || crate::ip::link::sub_names().collect(),
        first: &[
            ("set", Val::Link),
            ("change", Val::Link),
            ("delete", Val::Link),
            ("show", Val::Link),
            ("list", Val::Link),
        ],
        keys: &[
            ("up", None),
            ("down", None),
            ("name", Some(Val::Free)),
            ("index", Some(Val::Free)),
            ("link", Some(Val::Link)),
            ("address", Some(Val::Free)),
            ("broadcast", Some(Val::Free)),
            ("brd", Some(Val::Free)),
            ("mtu", Some(Val::Free)),
            ("xdp", Some(Val::Free)),
            ("xdpgeneric", Some(Val::Free)),
            ("xdpdrv", Some(Val::Free)),
            ("xdpoffload", Some(Val::Free)),
            ("vf", Some(Val::Free)),
            ("netns", Some(Val::Netns)),
            ("link-netns", Some(Val::Netns)),
            ("link-netnsid", Some(Val::Free)),
            ("multicast", Some(Val::OnOff)),
            ("allmulticast", Some(Val::OnOff)),
            ("promisc", Some(Val::OnOff)),
            ("trailers", Some(Val::OnOff)),
            ("arp", Some(Val::OnOff)),
            ("carrier", Some(Val::OnOff)),
            ("dynamic", Some(Val::OnOff)),
            ("txqueuelen", Some(Val::Free)),
            ("txqlen", Some(Val::Free)),
            ("qlen", Some(Val::Free)),
            ("group", Some(Val::Free)),
            ("mode", Some(Val::Free)),
            ("state", Some(Val::Free)),
            ("numtxqueues", Some(Val::Free)),
            ("numrxqueues", Some(Val::Free)),
            ("addrgenmode", Some(Val::Free)),
            ("gso_max_size", Some(Val::Free)),
            ("gso_max_segs", Some(Val::Free)),
            ("gro_max_size", Some(Val::Free)),
            ("parentdev", Some(Val::Free)),
            ("protodown", Some(Val::OnOff)),
            ("protodown_reason", Some(Val::Free)),
            ("alias", Some(Val::Free)),
            ("master", Some(Val::Link)),
            ("nomaster", None),
            ("vrf", Some(Val::Link)),
            ("altname", Some(Val::Free)),
            ("label", Some(Val::Free)),
            ("type", Some(Val::Kind)),
            ("dev", Some(Val::Link)),
        ],
    },
    Object {
        name: "tunnel",
        subs: || crate::ip::tunnel::sub_names().collect(),
        first: &[],
        keys: &[
            ("name", Some(Val::Free)),
            ("mode", Some(Val::Free)),
            ("remote", Some(Val::Free)),
            ("local", Some(Val::Free)),
            ("dev", Some(Val::Link)),
            ("key", Some(Val::Free)),
            ("ikey", Some(Val::Free)),
            ("okey", Some(Val::Free)),
            ("seq", None),
            ("iseq", None),
            ("oseq", None),
            ("csum", None),
            ("icsum", None),
            ("ocsum", None),
            ("ttl", Some(Val::Free)),
            ("hoplimit", Some(Val::Free)),
            ("tos", Some(Val::Free)),
            ("tclass", Some(Val::Free)),
            ("dsfield", Some(Val::Free)),
            ("pmtudisc", None),
            ("nopmtudisc", None),
            ("encaplimit", Some(Val::Free)),
            ("flowlabel", Some(Val::Free)),
            ("dscp", Some(Val::Free)),
            ("allow-localremote", None),
            ("noallow-localremote", None),
            ("prl-default", Some(Val::Free)),
            ("prl-nodefault", Some(Val::Free)),
            ("prl-delete", Some(Val::Free)),
            ("6rd-prefix", Some(Val::Free)),
            ("6rd-relay_prefix", Some(Val::Free)),
            ("6rd-reset", None),
        ],
    },
    Object {
        name: "monitor",
        subs: Vec::new,
        first: &[],
        keys: &[
            ("all", None),
            ("link", None),
            ("address", None),
            ("route", None),
            ("mroute", None),
            ("prefix", None),
            ("neigh", None),
            ("netconf", None),
            ("rule", None),
            ("nsid", None),
            ("nexthop", None),
            ("stats", None),
            ("file", Some(Val::Free)),
            ("label", None),
            ("all-nsid", None),
            ("dev", Some(Val::Link)),
            ("help", None),
        ],
    },
    Object {
        name: "netconf",
        subs: || vec!["show", "list", "help"],
        first: &[],
        keys: &[("dev", Some(Val::Link))],
    },
    Object {
        name: "maddress",
        subs: || vec!["add", "delete", "list", "show", "lst", "help"],
        first: &[("show", Val::Link), ("list", Val::Link)],
        keys: &[("dev", Some(Val::Link)), ("address", Some(Val::Free))],
    },
    Object {
        name: "tcpmetrics",
        subs: || vec!["show", "list", "lst", "flush", "delete", "help"],
        first: &[],
        keys: &[("address", Some(Val::Free)), ("src", Some(Val::Free))],
    },
    Object {
        name: "tcp_metrics",
        subs: || vec!["show", "list", "lst", "flush", "delete", "help"],
        first: &[],
        keys: &[("address", Some(Val::Free)), ("src", Some(Val::Free))],
    },
    Object {
        name: "nexthop",
        subs: || {
            vec![
                "add", "replace", "delete", "show", "list", "get", "bucket", "flush", "help",
            ]
        },
        first: &[],
        keys: &[
            ("id", Some(Val::Free)),
            ("via", Some(Val::Free)),
            ("dev", Some(Val::Link)),
            ("onlink", None),
            ("blackhole", None),
            ("fdb", None),
            ("encap", Some(Val::Free)),
            ("group", Some(Val::Free)),
            ("type", Some(Val::Free)),
            ("buckets", Some(Val::Free)),
            ("idle_timer", Some(Val::Free)),
            ("unbalanced_timer", Some(Val::Free)),
            ("protocol", Some(Val::Free)),
            ("groups", None),
            ("master", Some(Val::Link)),
            ("vrf", Some(Val::Link)),
            ("nhid", Some(Val::Free)),
            ("index", Some(Val::Free)),
        ],
    },
    Object {
        name: "addrlabel",
        subs: || crate::ip::addrlabel::sub_names().collect(),
        first: &[],
        keys: &[
            ("prefix", Some(Val::Free)),
            ("dev", Some(Val::Link)),
            ("label", Some(Val::Free)),
        ],
    },
    Object {
        name: "mroute",
        subs: || vec!["list", "show", "lst", "help"],
        first: &[],
        keys: &[
            ("table", Some(Val::Table)),
            ("iif", Some(Val::Link)),
            ("from", Some(Val::Free)),
            ("to", Some(Val::Free)),
        ],
    },
    Object {
        name: "token",
        subs: || vec!["list", "lst", "show", "get", "set", "add", "delete", "help"],
        first: &[("set", Val::Free), ("add", Val::Free)],
        keys: &[("dev", Some(Val::Link))],
    },
    Object {
        name: "ntable",
        subs: || crate::ip::ntable::sub_names().collect(),
        first: &[],
        keys: &[
            ("name", Some(Val::Free)),
            ("dev", Some(Val::Link)),
            ("thresh1", Some(Val::Free)),
            ("thresh2", Some(Val::Free)),
            ("thresh3", Some(Val::Free)),
            ("gc_int", Some(Val::Free)),
            ("queue", Some(Val::Free)),
            ("app_probes", Some(Val::Free)),
            ("ucast_probes", Some(Val::Free)),
            ("mcast_probes", Some(Val::Free)),
            ("base_reachable", Some(Val::Free)),
            ("retrans", Some(Val::Free)),
            ("gc_stale", Some(Val::Free)),
            ("delay_probe", Some(Val::Free)),
            ("anycast_delay", Some(Val::Free)),
            ("proxy_delay", Some(Val::Free)),
            ("proxy_queue", Some(Val::Free)),
            ("locktime", Some(Val::Free)),
        ],
    },
    Object {
        name: "stats",
        subs: || crate::ip::stats::sub_names().collect(),
        first: &[],
        keys: &[
            ("dev", Some(Val::Link)),
            ("group", Some(Val::Free)),
            ("subgroup", Some(Val::Free)),
            ("suite", Some(Val::Free)),
            ("l3_stats", Some(Val::OnOff)),
        ],
    },
    Object {
        name: "mrule",
        subs: || crate::ip::rule::sub_names().collect(),
        first: &[],
        keys: RULE_KEYS,
    },
    Object {
        name: "vrf",
        subs: || crate::ip::vrf::sub_names().collect(),
        first: &[
            ("show", Val::Free),
            ("exec", Val::Free),
            ("identify", Val::Free),
            ("pids", Val::Free),
        ],
        keys: &[],
    },
    Object {
        name: "sr",
        subs: || crate::ip::sr::sub_names().collect(),
        first: &[],
        keys: &[("show", None), ("set", Some(Val::Free))],
    },
    Object {
        name: "mptcp",
        subs: || crate::ip::mptcp::sub_names().collect(),
        first: &[],
        keys: &[
            ("add", None),
            ("delete", None),
            ("change", None),
            ("show", None),
            ("flush", None),
            ("set", None),
            ("id", Some(Val::Free)),
            ("dev", Some(Val::Link)),
            ("port", Some(Val::Free)),
            ("signal", None),
            ("subflow", None),
            ("backup", None),
            ("fullmesh", None),
            ("nobackup", None),
            ("nofullmesh", None),
            ("subflows", Some(Val::Free)),
            ("add_addr_accepted", Some(Val::Free)),
        ],
    },
    Object {
        name: "ioam",
        subs: || crate::ip::ioam::sub_names().collect(),
        first: &[],
        keys: &[
            ("show", None),
            ("add", None),
            ("del", None),
            ("set", None),
            ("data", Some(Val::Free)),
            ("wide", Some(Val::Free)),
            ("schema", Some(Val::Free)),
        ],
    },
    Object {
        name: "l2tp",
        subs: || vec!["add", "del", "show", "help"],
        first: &[],
        keys: &[],
    },
    Object {
        name: "fou",
        subs: || vec!["add", "del", "show", "help"],
        first: &[],
        keys: &[],
    },
    Object {
        name: "ila",
        subs: || vec!["add", "del", "list", "help"],
        first: &[],
        keys: &[],
    },
    Object {
        name: "macsec",
        subs: || vec!["add", "set", "del", "show", "help"],
        first: &[],
        keys: &[],
    },
    Object {
        name: "netns",
        subs: || crate::ip::netns::sub_names().collect(),
        first: &[
            ("delete", Val::Netns),
            ("set", Val::Netns),
            ("identify", Val::Free),
            ("pids", Val::Netns),
            ("exec", Val::Netns),
            ("attach", Val::Free),
        ],
        keys: &[("nsid", Some(Val::Free)), ("target-nsid", Some(Val::Free))],
    },
    Object {
        name: "xfrm",
        subs: || vec!["state", "policy", "monitor", "help"],
        first: &[],
        keys: XFRM_KEYS,
    },
    Object {
        name: "tuntap",
        subs: || vec!["add", "delete", "show", "lst", "list", "help"],
        first: &[],
        keys: &[
            ("mode", Some(Val::Free)),
            ("user", Some(Val::Free)),
            ("group", Some(Val::Free)),
            ("one_queue", None),
            ("pi", None),
            ("vnet_hdr", None),
            ("multi_queue", None),
            ("dev", Some(Val::Free)),
            ("name", Some(Val::Free)),
        ],
    },
];

/// What `ip` answers: candidates, or another command line to complete (after `netns exec
/// NAME`), in a namespace when one is named.
pub enum Answer {
    Words(Vec<String>),
    /// Complete a command name.
    Command,
    /// Complete `words` (a command and its words) in namespace `netns` (None: here).
    Nested {
        netns: Option<String>,
        words: Vec<String>,
    },
}

/// The candidates for the last of `words` (the words after `ip`).
pub fn complete(words: &[String]) -> Answer {
    let Some((cur, done)) = words.split_last() else {
        return Answer::Words(Vec::new());
    };
    let mut at = 0;
    let mut netns: Option<&str> = None;
    let mut all = false;
    // the global options
    while let Some(w) = done.get(at) {
        if !w.starts_with('-') || w == "--" {
            break;
        }
        let option = global(w);
        all |= option.is_some_and(|(g, _)| g == "-all");
        at += 1;
        if let Some((name, true)) = option {
            let Some(value) = done.get(at) else {
                return Answer::Words(if name == "-netns" {
                    crate::ip::nsfile::sorted_names()
                } else if name == "-family" {
                    words_of(&["inet", "inet6", "link", "mpls", "bridge"])
                } else {
                    Vec::new()
                });
            };
            if name == "-netns" {
                netns = Some(value);
            }
            at += 1;
        }
    }
    let values = |v: Val| Answer::Words(values(v, netns));
    let rest = &done[at.min(done.len())..];
    let Some((obj, rest)) = rest.split_first() else {
        return Answer::Words(if cur.starts_with('-') {
            GLOBALS.iter().map(|(g, _)| g.to_string()).collect()
        } else {
            crate::ip::object_names().map(str::to_string).collect()
        });
    };
    let Some(name) = crate::ip::object_names().find(|n| matches(obj, n)) else {
        return Answer::Words(Vec::new());
    };
    let name = match name {
        "neighbor" => "neighbour",
        "tap" => "tuntap",
        n => n,
    };
    let Some(o) = OBJECTS.iter().find(|o| o.name == name) else {
        return Answer::Words(Vec::new());
    };
    let Some((sub, rest)) = rest.split_first() else {
        return Answer::Words((o.subs)().into_iter().map(str::to_string).collect());
    };
    let sub = (o.subs)()
        .into_iter()
        .find(|s| matches(sub, s))
        .unwrap_or("");
    if o.name == "netns" && sub == "exec" {
        // `exec NAME COMMAND…` (`-all netns exec COMMAND…`)
        let name = if all { None } else { rest.first() };
        let command = &rest[rest.len().min(usize::from(!all))..];
        if !all && rest.is_empty() {
            return values(Val::Netns);
        }
        if command.is_empty() {
            return Answer::Command;
        }
        let mut words = command.to_vec();
        words.push(cur.clone());
        return Answer::Nested {
            netns: name.cloned(),
            words,
        };
    }
    if rest.is_empty() {
        if let Some(&(_, v)) = o.first.iter().find(|(s, _)| *s == sub) {
            return values(v);
        }
    }
    if let Some(prev) = rest.last() {
        if let Some(&(_, Some(v))) = o.keys.iter().find(|(k, _)| k == prev) {
            return values(v);
        }
    }
    Answer::Words(o.keys.iter().map(|(k, _)| k.to_string()).collect())
}

fn words_of(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| w.to_string()).collect()
}

/// The values of a keyword; links are those of the `-n` namespace.
fn values(v: Val, netns: Option<&str>) -> Vec<String> {
    match v {
        Val::Link => live::links(netns),
        Val::Netns => crate::ip::nsfile::sorted_names(),
        Val::Table => crate::ip::rtnames::table_names()
            .into_iter()
            .map(str::to_string)
            .collect(),
        Val::Kind => crate::ip::kind_names().map(str::to_string).collect(),
        Val::OnOff => words_of(&["on", "off"]),
        Val::Free => Vec::new(),
    }
}
