//! The one integration-test crate of ipkit.
//!
//! The modules live in `tests/cases/` (not `tests/*.rs`, which cargo would build as separate
//! test crates). Harness: `tests/common/mod.rs`; goldens: `tests/golden/<case>/`.
//! Run everything with `cargo test --release` as root; without root, sandboxed tests print SKIP.

#[macro_use]
mod common;

#[path = "cases/addr.rs"]
mod addr;
#[path = "cases/architecture.rs"]
mod architecture;
#[path = "cases/arp.rs"]
mod arp;
#[path = "cases/beyond.rs"]
mod beyond;
#[path = "cases/big_dumps.rs"]
mod big_dumps;
#[path = "cases/cli.rs"]
mod cli;
#[path = "cases/completions.rs"]
mod completions;
#[path = "cases/docs.rs"]
mod docs;
#[path = "cases/ifnum.rs"]
mod ifnum;
#[path = "cases/ip6tables.rs"]
mod ip6tables;
#[path = "cases/ip6tables_a.rs"]
mod ip6tables_a;
#[path = "cases/ip6tables_b.rs"]
mod ip6tables_b;
#[path = "cases/ip6tables_nat.rs"]
mod ip6tables_nat;
#[path = "cases/ip_fixes.rs"]
mod ip_fixes;
#[path = "cases/iptables.rs"]
mod iptables;
#[path = "cases/iptables_bpf_pinned.rs"]
mod iptables_bpf_pinned;
#[path = "cases/iptables_cmdline.rs"]
mod iptables_cmdline;
#[path = "cases/iptables_conntrack.rs"]
mod iptables_conntrack;
#[path = "cases/iptables_edges.rs"]
mod iptables_edges;
#[path = "cases/iptables_ext_a.rs"]
mod iptables_ext_a;
#[path = "cases/iptables_ext_b.rs"]
mod iptables_ext_b;
#[path = "cases/iptables_ext_c.rs"]
mod iptables_ext_c;
#[path = "cases/iptables_ext_d.rs"]
mod iptables_ext_d;
#[path = "cases/iptables_ext_e.rs"]
mod iptables_ext_e;
#[path = "cases/iptables_filter.rs"]
mod iptables_filter;
#[path = "cases/iptables_foreign.rs"]
mod iptables_foreign;
#[path = "cases/iptables_fuzz.rs"]
mod iptables_fuzz;
#[path = "cases/iptables_native.rs"]
mod iptables_native;
#[path = "cases/iptables_others.rs"]
mod iptables_others;
#[path = "cases/iptables_restore.rs"]
mod iptables_restore;
#[path = "cases/iptables_save.rs"]
mod iptables_save;
#[path = "cases/iptables_vv.rs"]
mod iptables_vv;
#[path = "cases/iptables_writers.rs"]
mod iptables_writers;
#[path = "cases/kinds.rs"]
mod kinds;
#[path = "cases/kinds2.rs"]
mod kinds2;
#[path = "cases/link.rs"]
mod link;
#[path = "cases/maddr.rs"]
mod maddr;
#[path = "cases/monitor.rs"]
mod monitor;
#[path = "cases/mptcpmon.rs"]
mod mptcpmon;
#[path = "cases/mroute.rs"]
mod mroute;
#[path = "cases/neigh.rs"]
mod neigh;
#[path = "cases/netns.rs"]
mod netns;
#[path = "cases/nexthop.rs"]
mod nexthop;
#[path = "cases/ntable.rs"]
mod ntable;
#[path = "cases/numbers.rs"]
mod numbers;
#[path = "cases/route.rs"]
mod route;
#[path = "cases/route_fields.rs"]
mod route_fields;
#[path = "cases/rule.rs"]
mod rule;
#[path = "cases/small_objects.rs"]
mod small_objects;
#[path = "cases/stats.rs"]
mod stats;
#[path = "cases/tcpmetrics.rs"]
mod tcpmetrics;
#[path = "cases/token.rs"]
mod token;
#[path = "cases/tunnels.rs"]
mod tunnels;
#[path = "cases/tuntap.rs"]
mod tuntap;
#[path = "cases/tutorial.rs"]
mod tutorial;
#[path = "cases/xfrm.rs"]
mod xfrm;
#[path = "cases/xfrm2.rs"]
mod xfrm2;
