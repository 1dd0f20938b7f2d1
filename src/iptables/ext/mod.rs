//! The extensions: matches (`-m NAME`, or implied by `-p`) and targets (`-j NAME`).
//!
//! An extension is one file holding one [`Def`] (its names, the revision and blob size
//! iptables-nft 1.8.9 writes, its option table, parser, final check, nf_tables form,
//! decoder and printers) and one row in [`ALL`]. A rule holds each extension as an
//! [`Ext`]: the definition and the xt blob (`xt_*_info`, the kernel's layout, host order),
//! which is what iptables compares and what the printers read. Natively encoded
//! extensions (tcp/udp ports, mark, limit) keep the same blob; their `encode` writes the
//! native expressions, and the codec turns those back into the blob.

pub mod addrtype;
pub mod ah;
pub mod audit;
pub mod blob;
pub mod bpf;
pub mod cgroup;
pub mod checksum;
pub mod classify;
pub mod cluster;
pub mod clusterip;
pub mod comment;
pub mod connbytes;
pub mod connlabel;
pub mod connlimit;
pub mod connmark;
pub mod connsecmark;
pub mod conntrack;
pub mod cpu;
pub mod ct;
pub mod dccp;
pub mod def;
pub mod devgroup;
pub mod dscp;
pub mod ecn;
pub mod esp;
pub mod eui64;
pub mod frag;
pub mod hashlimit;
pub mod helper;
pub mod hl;
pub mod hmark;
pub mod icmp;
pub mod icmp6;
pub mod idletimer;
pub mod iprange;
pub mod ipv6header;
pub mod ipvs;
pub mod led;
pub mod length;
pub mod limit;
pub mod log;
pub mod mac;
pub mod mark;
pub mod mh;
pub mod multiport;
pub mod nat;
pub mod netmap;
pub mod nfacct;
pub mod nflog;
pub mod nfqueue;
pub mod npt;
pub mod opts;
pub mod osf;
pub mod owner;
pub mod physdev;
pub mod pkttype;
pub mod policy;
pub mod ports;
pub mod quota;
pub mod rateest;
pub mod realm;
pub mod recent;
pub mod reject;
pub mod rpfilter;
pub mod rt;
pub mod sctp;
pub mod secmark;
pub mod set;
pub mod socket;
pub mod srh;
pub mod statistic;
pub mod string;
pub mod synproxy;
pub mod tcpmss;
pub mod tcpoptstrip;
pub mod tee;
pub mod time;
pub mod tos;
pub mod tproxy;
pub mod trace;
pub mod ttl;
pub mod ttl_target;
pub mod u32;
pub mod ulog;
pub mod values;
pub mod verdict;

use super::family::Fam;
use super::getopt::Opt;
use crate::netlink::nft::Writer;
pub use blob::check_iface_len;
pub use def::{Arg, Ctx, Def, Ext};

/// Every extension, matches then targets: the one table the rest consults.
pub const ALL: &[&Def] = &[
    &ports::TCP,
    &ports::UDP,
    &multiport::DEF,
    &comment::DEF,
    &addrtype::DEF,
    &mark::MATCH,
    &conntrack::CONNTRACK,
    &conntrack::STATE,
    &conntrack::STATE0,
    &icmp::DEF,
    &icmp6::DEF,
    &limit::DEF,
    &iprange::DEF,
    &statistic::DEF,
    &owner::DEF,
    &mac::DEF,
    &physdev::DEF,
    &ttl::DEF,
    &hl::MATCH,
    &rt::DEF,
    &mh::DEF,
    &pkttype::DEF,
    &sctp::DEF,
    &dccp::DEF,
    &esp::ESP,
    &esp::AH,
    &esp::IPCOMP,
    &devgroup::DEF,
    &cpu::DEF,
    &realm::DEF,
    &tcpmss::MATCH,
    &tos::MATCH,
    &dscp::MATCH,
    &ecn::MATCH,
    &length::DEF,
    &rateest::MATCH,
    &recent::DEF,
    &connmark::MATCH,
    &helper::DEF,
    &connlimit::DEF,
    &hashlimit::DEF,
    &connbytes::DEF,
    &nfacct::DEF,
    &connlabel::DEF,
    &socket::DEF,
    &policy::DEF,
    &set::MATCH,
    &u32::DEF,
    &string::DEF,
    &time::DEF,
    &quota::DEF,
    &rpfilter::DEF,
    &cluster::DEF,
    &cgroup::DEF,
    &bpf::DEF,
    &osf::DEF,
    &ipvs::DEF,
    &frag::DEF,
    &ah::DEF,
    &opts::DST,
    &opts::HBH,
    &eui64::DEF,
    &ipv6header::DEF,
    &srh::DEF,
    &reject::DEF,
    &reject::DEF6,
    &log::DEF,
    &mark::TARGET,
    &nat::MASQUERADE,
    &nat::SNAT,
    &nat::DNAT,
    &nat::REDIRECT,
    &netmap::DEF,
    &nat::MASQUERADE6,
    &nat::SNAT6,
    &nat::DNAT6,
    &nat::REDIRECT6,
    &netmap::DEF6,
    &audit::DEF,
    &nflog::DEF,
    &trace::DEF,
    &tcpmss::TARGET,
    &tcpmss::TARGET6,
    &checksum::DEF,
    &ttl_target::DEF,
    &hl::TARGET,
    &tos::TARGET,
    &dscp::TARGET,
    &ecn::TARGET,
    &classify::DEF,
    &nfqueue::DEF,
    &hmark::DEF,
    &tcpoptstrip::DEF,
    &rateest::TARGET,
    &idletimer::DEF,
    &led::DEF,
    &connmark::TARGET,
    &ct::CT,
    &ct::NOTRACK,
    &connsecmark::DEF,
    &secmark::DEF,
    &tproxy::DEF,
    &set::TARGET,
    &tee::DEF,
    &synproxy::DEF,
    &clusterip::DEF,
    &ulog::DEF,
    &npt::DNPT,
    &npt::SNPT,
];

/// The standard targets (verdicts), which are not extensions.
pub const VERDICTS: &[&str] = &["ACCEPT", "DROP", "RETURN"];

/// `ALL` sorted by (target?, name) or (target?, kernel name), each key's first row in `ALL`
/// order first: a lookup is a binary search, not a walk over ~100 rows for every
/// extension of every rule a restore or a listing reads.
fn index(xt: bool) -> &'static [&'static Def] {
    static BY_NAME: std::sync::OnceLock<Vec<&'static Def>> = std::sync::OnceLock::new();
    static BY_XT: std::sync::OnceLock<Vec<&'static Def>> = std::sync::OnceLock::new();
    let cell = if xt { &BY_XT } else { &BY_NAME };
    cell.get_or_init(|| {
        let mut v: Vec<&'static Def> = ALL.to_vec();
        v.sort_by_key(|d| key(d, xt));
        v
    })
}

fn key(d: &Def, xt: bool) -> (bool, &'static str) {
    (d.target, if xt { d.xt_name() } else { d.name })
}

/// The first row of `ALL` whose (target?, name) is the one asked for, of those family `fam`
/// loads.
fn lookup(name: &str, target: bool, xt: bool, fam: Fam) -> Option<&'static Def> {
    let v = index(xt);
    let at = v.partition_point(|d| key(d, xt) < (target, name));
    v.get(at..)?
        .iter()
        .take_while(|d| key(d, xt) == (target, name))
        .find(|d| d.in_fam(fam))
        .copied()
}

fn find(name: &str, target: bool, fam: Fam) -> Option<&'static Def> {
    lookup(name, target, false, fam)
}

/// The match `-m NAME` loads (None: iptables cannot load it).
pub fn find_match(name: &str, fam: Fam) -> Option<&'static Def> {
    find(name, false, fam)
}

/// The target extension `-j NAME` loads (None: a verdict or a chain).
pub fn find_target(name: &str, fam: Fam) -> Option<&'static Def> {
    find(name, true, fam)
}

/// The names `-m` takes in family `fam` (for completion).
pub fn match_names(fam: Fam) -> impl Iterator<Item = &'static str> {
    ALL.iter()
        .enumerate()
        .filter(move |(i, d)| {
            !d.target
                && d.in_fam(fam)
                && !ALL[..*i]
                    .iter()
                    .any(|e| !e.target && e.name == d.name && e.in_fam(fam))
        })
        .map(|(_, d)| d.name)
}

/// The names `-j` takes besides chains in family `fam` (for completion).
pub fn target_names(fam: Fam) -> impl Iterator<Item = &'static str> {
    VERDICTS.iter().copied().chain(
        ALL.iter()
            .enumerate()
            .filter(move |(i, d)| {
                d.target
                    && d.in_fam(fam)
                    && !ALL[..*i]
                        .iter()
                        .any(|e| e.target && e.name == d.name && e.in_fam(fam))
            })
            .map(|(_, d)| d.name),
    )
}

/// The options a match or target adds in family `fam` (for completion and hints).
pub fn options_of(name: &str, fam: Fam) -> &'static [Opt] {
    find_match(name, fam)
        .or_else(|| find_target(name, fam))
        .map_or(&[], |d| d.opts)
}

/// The extension an xt `match`/`target` expression holds (None: not one iptables reads).
pub fn from_xt(target: bool, name: &str, rev: u32, info: &[u8], fam: Fam) -> Option<Ext> {
    let def = lookup(name, target, true, fam)?;
    (def.decode)(def, rev, info)
}

/// A rule's target.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Target {
    /// No `-j`: the rule only counts.
    #[default]
    None,
    Verdict(verdict::Verdict),
    Ext(Ext),
}

impl Target {
    /// The name `-S` prints after `-j`/`-g` (None without a target).
    pub fn name(&self) -> Option<&str> {
        match self {
            Target::None => None,
            Target::Verdict(v) => Some(v.name()),
            Target::Ext(e) => Some(e.name()),
        }
    }

    /// The name `-L` prints in its target column: an extension's kernel name (`-j NOTRACK`
    /// is listed as `CT`).
    pub fn list_name(&self) -> Option<&str> {
        match self {
            Target::Ext(e) => Some(e.def.xt_name()),
            _ => self.name(),
        }
    }

    pub fn ext(&self) -> Option<&Ext> {
        match self {
            Target::Ext(e) => Some(e),
            _ => None,
        }
    }

    pub fn encode(&self, w: &mut Writer) {
        match self {
            Target::None => {}
            Target::Verdict(v) => v.encode(w),
            Target::Ext(e) => e.encode(w),
        }
    }

    /// Its `-S` words: ` -j NAME …` or ` -g CHAIN`.
    pub fn save(&self, out: &mut String, ctx: &Ctx) {
        match self {
            Target::None => {}
            Target::Verdict(v) => v.save(out),
            Target::Ext(e) => {
                out.push_str(" -j ");
                out.push_str(e.name());
                e.save(out, ctx);
            }
        }
    }

    /// Its words in `-L`'s last column.
    pub fn print(&self, out: &mut String, ctx: &Ctx) {
        if let Target::Ext(e) = self {
            e.print(out, ctx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_find_the_first_row_of_all() {
        for fam in [Fam::V4, Fam::V6] {
            for d in ALL.iter().filter(|d| d.in_fam(fam)) {
                let by_name = ALL
                    .iter()
                    .find(|e| e.target == d.target && e.name == d.name && e.in_fam(fam));
                assert!(std::ptr::eq(
                    find(d.name, d.target, fam).unwrap(),
                    *by_name.unwrap()
                ));
                let by_xt = ALL
                    .iter()
                    .find(|e| e.target == d.target && e.xt_name() == d.xt_name() && e.in_fam(fam));
                assert!(std::ptr::eq(
                    lookup(d.xt_name(), d.target, true, fam).unwrap(),
                    *by_xt.unwrap()
                ));
            }
        }
        assert!(find("nosuch", false, Fam::V4).is_none());
        assert!(find("tcp", true, Fam::V4).is_none());
        // each family its own REJECT; iptables' icmp is not ip6tables'
        assert!(!std::ptr::eq(
            find("REJECT", true, Fam::V4).unwrap(),
            find("REJECT", true, Fam::V6).unwrap()
        ));
        assert!(find("icmp", false, Fam::V6).is_none());
    }

    #[test]
    fn every_extension_loads_and_is_consistent() {
        for d in ALL {
            let e = Ext::new(d);
            assert_eq!(e.data.len(), d.size, "{}", d.name);
            assert!(d.cmp <= d.size, "{}", d.name);
            assert!(d.help.starts_with('\n') || d.help.is_empty(), "{}", d.name);
            let mut ids: Vec<u8> = d.opts.iter().map(|o| o.id).collect();
            ids.sort_unstable();
            assert!(ids.iter().all(|&i| i < 64), "{}", d.name);
        }
        assert!(find_match("tcp", Fam::V4).is_some());
        assert!(find_target("DNAT", Fam::V4).is_some());
        assert!(find_target("ACCEPT", Fam::V4).is_none());
        assert!(!options_of("tcp", Fam::V4).is_empty());
        assert!(!options_of("DNAT", Fam::V4).is_empty());
        // a name twice only for different families
        let names: Vec<_> = ALL
            .iter()
            .map(|d| (d.name, d.target, d.xt_name()))
            .collect();
        for (i, n) in names.iter().enumerate() {
            for (j, m) in names.iter().enumerate().skip(i + 1) {
                assert!(n != m || ALL[i].fams & ALL[j].fams == 0, "{n:?} twice");
            }
        }
    }
}
