//! The extensions: matches (`-m NAME`, or implied by `-p`) and targets (`-j NAME`), each in
//! its own module with its long options, its parser, its nf_tables form and its printers.
//! This file is the table: names, option lists, and the dispatch over the enums.

pub mod addrtype;
mod blob;
pub mod comment;
pub mod conntrack;
pub mod icmp;
pub mod iprange;
pub mod limit;
pub mod log;
pub mod mac;
pub mod mark;
pub mod multiport;
pub mod nat;
pub mod owner;
pub mod physdev;
pub mod ports;
pub mod reject;
pub mod statistic;
pub mod verdict;

use super::getopt::Opt;
use crate::error::Result;
use crate::netlink::nft::Writer;
pub use blob::check_iface_len;

/// A match and its settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Match {
    /// `-m tcp` / `-m udp` (also implied by `-p tcp|udp` when a port option is used).
    Ports(ports::Ports),
    Multiport(multiport::Multiport),
    Comment(comment::Comment),
    Addrtype(addrtype::Addrtype),
    Mark(mark::MarkMatch),
    Conntrack(conntrack::Conntrack),
    Icmp(icmp::Icmp),
    Limit(limit::Limit),
    Iprange(iprange::Iprange),
    Statistic(statistic::Statistic),
    Owner(owner::Owner),
    Mac(mac::Mac),
    Physdev(physdev::Physdev),
}

/// A rule's target.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Target {
    /// No `-j`: the rule only counts.
    #[default]
    None,
    Verdict(verdict::Verdict),
    Nat(nat::Nat),
    Mark(mark::MarkTarget),
    Log(log::Log),
    Reject(reject::Reject),
}

/// The match named `name` (for `-m NAME`), fresh, with the protocol given by `-p`.
pub fn new_match(name: &str, proto: Option<u8>) -> Option<Match> {
    Some(match name {
        "tcp" => Match::Ports(ports::Ports::new(6)),
        "udp" => Match::Ports(ports::Ports::new(17)),
        "multiport" => Match::Multiport(multiport::Multiport::new(proto)),
        "comment" => Match::Comment(comment::Comment::default()),
        "addrtype" => Match::Addrtype(addrtype::Addrtype::default()),
        "mark" => Match::Mark(mark::MarkMatch::default()),
        "conntrack" => Match::Conntrack(conntrack::Conntrack::new(false)),
        "state" => Match::Conntrack(conntrack::Conntrack::new(true)),
        "icmp" => Match::Icmp(icmp::Icmp::default()),
        "limit" => Match::Limit(limit::Limit::default()),
        "iprange" => Match::Iprange(iprange::Iprange::default()),
        "statistic" => Match::Statistic(statistic::Statistic::default()),
        "owner" => Match::Owner(owner::Owner::default()),
        "mac" => Match::Mac(mac::Mac::default()),
        "physdev" => Match::Physdev(physdev::Physdev::default()),
        _ => return None,
    })
}

/// The target named `name` (for `-j NAME`) when it is an extension or a verdict; other
/// names are chains.
/// The matches `-m` loads, in `new_match`'s order (for completion; a test checks each loads).
pub const MATCHES: &[&str] = &[
    "tcp",
    "udp",
    "multiport",
    "comment",
    "addrtype",
    "mark",
    "conntrack",
    "state",
    "icmp",
    "limit",
    "iprange",
    "statistic",
    "owner",
    "mac",
    "physdev",
];

/// The targets `-j` takes (for completion; a test checks each loads).
pub const TARGETS: &[&str] = &[
    "ACCEPT",
    "DROP",
    "RETURN",
    "REJECT",
    "LOG",
    "MARK",
    "MASQUERADE",
    "SNAT",
    "DNAT",
    "REDIRECT",
];

/// The options a loaded match or target adds (for completion).
pub fn options_of(name: &str) -> &'static [Opt] {
    match (new_match(name, None), new_target(name)) {
        (Some(m), _) => m.opts(),
        (None, Some(t)) => t.opts(),
        (None, None) => &[],
    }
}

pub fn new_target(name: &str) -> Option<Target> {
    if let Some(n) = nat::Nat::new(name) {
        return Some(Target::Nat(n));
    }
    if name == "MARK" {
        return Some(Target::Mark(mark::MarkTarget::default()));
    }
    if name == "LOG" {
        return Some(Target::Log(log::Log::default()));
    }
    if name == "REJECT" {
        return Some(Target::Reject(reject::Reject::default()));
    }
    verdict::Verdict::named(name).map(Target::Verdict)
}

impl Match {
    pub fn name(&self) -> &'static str {
        match self {
            Match::Ports(p) => p.name(),
            Match::Multiport(_) => "multiport",
            Match::Comment(_) => "comment",
            Match::Addrtype(_) => "addrtype",
            Match::Mark(_) => "mark",
            Match::Conntrack(c) if c.is_state() => "state",
            Match::Conntrack(_) => "conntrack",
            Match::Icmp(_) => "icmp",
            Match::Limit(_) => "limit",
            Match::Iprange(_) => "iprange",
            Match::Statistic(_) => "statistic",
            Match::Owner(_) => "owner",
            Match::Mac(_) => "mac",
            Match::Physdev(_) => "physdev",
        }
    }

    pub fn opts(&self) -> &'static [Opt] {
        match self {
            Match::Ports(p) => p.opts(),
            Match::Multiport(_) => multiport::OPTS,
            Match::Comment(_) => comment::OPTS,
            Match::Addrtype(_) => addrtype::OPTS,
            Match::Mark(_) => mark::MATCH_OPTS,
            Match::Conntrack(c) => c.opts(),
            Match::Icmp(_) => icmp::OPTS,
            Match::Limit(_) => limit::OPTS,
            Match::Iprange(_) => iprange::OPTS,
            Match::Statistic(_) => statistic::OPTS,
            Match::Owner(_) => owner::OPTS,
            Match::Mac(_) => mac::OPTS,
            Match::Physdev(_) => physdev::OPTS,
        }
    }

    /// Whether its option `id` reads the word after its argument too.
    pub fn takes_two(&self, id: u8) -> bool {
        matches!(self, Match::Ports(_)) && ports::Ports::takes_two(id)
    }

    /// One of its options (`id` from its table), with its argument (and the next word for
    /// the options that take two) and a `!` before it.
    pub fn parse(&mut self, id: u8, arg: &str, comp: Option<&str>, inv: bool) -> Result<()> {
        match self {
            Match::Ports(p) if ports::Ports::is_flags(id) => p.parse_flags(id, arg, comp, inv),
            Match::Ports(p) => p.parse(id, arg, inv),
            Match::Multiport(m) => m.parse(id, arg, inv),
            Match::Comment(c) => c.parse(arg, inv),
            Match::Addrtype(a) => a.parse(id, arg, inv),
            Match::Mark(m) => m.parse(arg, inv),
            Match::Conntrack(c) => c.parse(id, arg, inv),
            Match::Icmp(i) => i.parse(arg, inv),
            Match::Limit(l) => l.parse(id, arg, inv),
            Match::Iprange(r) => r.parse(id, arg, inv),
            Match::Statistic(s) => s.parse(id, arg, inv),
            Match::Owner(o) => o.parse(id, arg, inv),
            Match::Mac(m) => m.parse(arg, inv),
            Match::Physdev(p) => p.parse(id, arg, inv),
        }
    }

    /// The checks after the whole command line was read.
    pub fn check(&self) -> Result<()> {
        match self {
            Match::Multiport(m) => m.check(),
            Match::Comment(c) => c.check(),
            Match::Addrtype(a) => a.check(),
            Match::Mark(m) => m.check(),
            Match::Conntrack(c) => c.check(),
            Match::Iprange(r) => r.check(),
            Match::Statistic(s) => s.check(),
            Match::Mac(m) => m.check(),
            Match::Physdev(p) => p.check(),
            Match::Ports(_) | Match::Icmp(_) | Match::Limit(_) | Match::Owner(_) => Ok(()),
        }
    }

    pub fn encode(&self, w: &mut Writer) {
        match self {
            Match::Ports(p) => p.encode(w),
            Match::Multiport(m) => m.encode(w),
            Match::Comment(c) => c.encode(w),
            Match::Addrtype(a) => a.encode(w),
            Match::Mark(m) => m.encode(w),
            Match::Conntrack(c) => c.encode(w),
            Match::Icmp(i) => i.encode(w),
            Match::Limit(l) => l.encode(w),
            Match::Iprange(r) => r.encode(w),
            Match::Statistic(s) => s.encode(w),
            Match::Owner(o) => o.encode(w),
            Match::Mac(m) => m.encode(w),
            Match::Physdev(p) => p.encode(w),
        }
    }

    /// Its `-S` words (after ` -m NAME`).
    pub fn save(&self, out: &mut String) {
        match self {
            Match::Ports(p) => p.save(out),
            Match::Multiport(m) => m.save(out),
            Match::Comment(c) => c.save(out),
            Match::Addrtype(a) => a.save(out),
            Match::Mark(m) => m.save(out),
            Match::Conntrack(c) => c.save(out),
            Match::Icmp(i) => i.save(out),
            Match::Limit(l) => l.save(out),
            Match::Iprange(r) => r.save(out),
            Match::Statistic(s) => s.save(out),
            Match::Owner(o) => o.save(out),
            Match::Mac(m) => m.save(out),
            Match::Physdev(p) => p.save(out),
        }
    }

    /// Its words in `-L`'s last column.
    pub fn print(&self, out: &mut String, numeric: bool) {
        match self {
            Match::Ports(p) => p.print(out, numeric),
            Match::Multiport(m) => m.print(out, numeric),
            Match::Comment(c) => c.print(out),
            Match::Addrtype(a) => a.print(out),
            Match::Mark(m) => m.print(out),
            Match::Conntrack(c) => c.print(out),
            Match::Icmp(i) => i.print(out, numeric),
            Match::Limit(l) => l.print(out),
            Match::Iprange(r) => r.print(out),
            Match::Statistic(s) => s.print(out),
            Match::Owner(o) => o.print(out, numeric),
            Match::Mac(m) => m.print(out),
            Match::Physdev(p) => p.print(out),
        }
    }

    /// The match an xt `match` expression holds (None: not one ipkit reads).
    pub fn from_xt(name: &str, rev: u32, info: &[u8]) -> Option<Match> {
        Some(match name {
            "multiport" => Match::Multiport(multiport::Multiport::decode(rev, info)?),
            "comment" => Match::Comment(comment::Comment::decode(info)?),
            "addrtype" => Match::Addrtype(addrtype::Addrtype::decode(rev, info)?),
            "conntrack" => Match::Conntrack(conntrack::Conntrack::decode(rev, info)?),
            "icmp" => Match::Icmp(icmp::Icmp::decode(rev, info)?),
            "iprange" => Match::Iprange(iprange::Iprange::decode(rev, info)?),
            "statistic" => Match::Statistic(statistic::Statistic::decode(rev, info)?),
            "owner" => Match::Owner(owner::Owner::decode(rev, info)?),
            "mac" => Match::Mac(mac::Mac::decode(rev, info)?),
            "physdev" => Match::Physdev(physdev::Physdev::decode(rev, info)?),
            _ => return None,
        })
    }
}

impl Target {
    /// The name `-S` prints after `-j`/`-g` (None without a target).
    pub fn name(&self) -> Option<&str> {
        match self {
            Target::None => None,
            Target::Verdict(v) => Some(v.name()),
            Target::Nat(n) => Some(n.name()),
            Target::Mark(_) => Some("MARK"),
            Target::Log(_) => Some("LOG"),
            Target::Reject(_) => Some("REJECT"),
        }
    }

    pub fn opts(&self) -> &'static [Opt] {
        match self {
            Target::Nat(n) => n.opts(),
            Target::Mark(_) => mark::TARGET_OPTS,
            Target::Log(_) => log::OPTS,
            Target::Reject(_) => reject::OPTS,
            _ => &[],
        }
    }

    pub fn parse(&mut self, id: u8, arg: &str, inv: bool) -> Result<()> {
        match self {
            Target::Nat(n) => n.parse(id, arg, inv),
            Target::Mark(m) => m.parse(id, arg, inv),
            Target::Log(l) => l.parse(id, arg, inv),
            Target::Reject(r) => r.parse(id, arg, inv),
            _ => Ok(()),
        }
    }

    pub fn check(&self) -> Result<()> {
        match self {
            Target::Nat(n) => n.check(),
            Target::Mark(m) => m.check(),
            _ => Ok(()),
        }
    }

    pub fn encode(&self, w: &mut Writer) {
        match self {
            Target::None => {}
            Target::Verdict(v) => v.encode(w),
            Target::Nat(n) => n.encode(w),
            Target::Mark(m) => m.encode(w),
            Target::Log(l) => l.encode(w),
            Target::Reject(r) => r.encode(w),
        }
    }

    /// Its `-S` words: ` -j NAME …` or ` -g CHAIN`.
    pub fn save(&self, out: &mut String) {
        match self {
            Target::None => {}
            Target::Verdict(v) => v.save(out),
            Target::Nat(n) => {
                out.push_str(" -j ");
                out.push_str(n.name());
                n.save(out);
            }
            Target::Mark(m) => {
                out.push_str(" -j MARK");
                m.save(out);
            }
            Target::Log(l) => {
                out.push_str(" -j LOG");
                l.save(out);
            }
            Target::Reject(r) => {
                out.push_str(" -j REJECT");
                r.save(out);
            }
        }
    }

    /// Its words in `-L`'s last column.
    pub fn print(&self, out: &mut String, numeric: bool) {
        match self {
            Target::Nat(n) => n.print(out),
            Target::Mark(m) => m.print(out),
            Target::Log(l) => l.print(out, numeric),
            Target::Reject(r) => r.print(out),
            Target::Verdict(_) | Target::None => {}
        }
    }

    /// The target an xt `target` expression holds.
    pub fn from_xt(name: &str, rev: u32, info: &[u8]) -> Option<Target> {
        if name == "MARK" {
            return mark::MarkTarget::decode(rev, info).map(Target::Mark);
        }
        if name == "LOG" {
            return log::Log::decode(rev, info).map(Target::Log);
        }
        if name == "REJECT" {
            return reject::Reject::decode(rev, info).map(Target::Reject);
        }
        nat::Nat::decode(name, rev, info).map(Target::Nat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_match_and_target_loads() {
        for m in MATCHES {
            assert!(new_match(m, None).is_some(), "{m}");
        }
        for t in TARGETS {
            assert!(new_target(t).is_some(), "{t}");
        }
        assert!(!options_of("tcp").is_empty());
        assert!(!options_of("DNAT").is_empty());
    }
}
