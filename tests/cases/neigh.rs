//! `ip neigh show`, against iproute2 6.1. Entries are made by the reference `ip neigh add` in
//! the setup (states that do not change while a case runs: permanent, stale, noarp, proxy).
//! Neighbour dumps come out in the kernel's hash order, which differs between namespaces: the
//! lines are sorted on both sides before comparing, except in JSON cases, which list at most
//! one entry per address family.

use crate::common::{self, ip};

/// Two veth pairs with fixed addresses (`veth0`, `eth9`) and neighbours of every stable kind.
const NEIGHS: &str = "\
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add eth9 address 02:00:00:00:00:09 type veth peer name eth9p address 02:00:00:00:00:0a
ip addr add 10.0.0.1/24 dev veth0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev veth0 nud permanent
ip neigh add 10.0.0.3 lladdr 02:00:00:00:01:03 dev veth0 nud stale
ip neigh add 10.0.0.4 lladdr 02:00:00:00:01:04 dev veth0 nud noarp
ip neigh add 10.0.0.8 lladdr 02:00:00:00:01:08 dev veth0 nud permanent router
ip neigh add 10.9.0.5 lladdr 02:00:00:00:01:05 dev eth9 nud permanent
ip neigh add 2001:db8::2 lladdr 02:00:00:00:01:22 dev veth0 nud permanent
ip neigh add fe80::3 lladdr 02:00:00:00:01:23 dev eth9 nud stale
ip neigh add proxy 10.0.0.50 dev veth0";

/// One IPv4 neighbour only (for JSON, whose single line cannot be sorted).
const ONE: &str = "\
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev veth0 nud permanent";

cases! {
    neigh_bare: ip("neigh").setup(NEIGHS).norm(common::SORTED);
    neigh_show: ip("neigh show").setup(NEIGHS).norm(common::SORTED);
    neigh_list: ip("neigh list").setup(NEIGHS).norm(common::SORTED);
    neigh_prefix_n: ip("n").setup(NEIGHS).norm(common::SORTED);
    neigh_neighbour: ip("neighbour show").setup(NEIGHS).norm(common::SORTED);
    neigh_neighbor: ip("neighbor ls").setup(NEIGHS).norm(common::SORTED);
    neigh_fresh_namespace: ip("neigh show");
    neigh_fresh_namespace_json: ip("-j neigh show");
    neigh_dev: ip("neigh show dev veth0").setup(NEIGHS).norm(common::SORTED);
    neigh_dev_eth9: ip("neigh show dev eth9").setup(NEIGHS).norm(common::SORTED);
    neigh_dev_without_keyword: ip("neigh show veth0").setup(NEIGHS);
    neigh_dev_missing: ip("neigh show dev nope").setup(NEIGHS);
    neigh_dev_incomplete: ip("neigh show dev").setup(NEIGHS);
    neigh_dev_lo_empty: ip("neigh show dev lo").setup(NEIGHS);
    neigh_nud_all: ip("neigh show nud all").setup(NEIGHS).norm(common::SORTED);
    neigh_nud_permanent: ip("neigh show nud permanent").setup(NEIGHS).norm(common::SORTED);
    neigh_nud_stale: ip("neigh show nud stale").setup(NEIGHS).norm(common::SORTED);
    neigh_nud_noarp: ip("neigh show nud noarp").setup(NEIGHS);
    neigh_nud_two: ip("neigh show nud stale nud noarp").setup(NEIGHS).norm(common::SORTED);
    neigh_nud_bad: ip("neigh show nud bogus").setup(NEIGHS);
    neigh_nud_incomplete: ip("neigh show nud").setup(NEIGHS);
    neigh_4: ip("-4 neigh").setup(NEIGHS).norm(common::SORTED);
    neigh_6: ip("-6 neigh").setup(NEIGHS).norm(common::SORTED);
    neigh_family_inet6: ip("-f inet6 neigh show dev eth9").setup(NEIGHS);
    neigh_address: ip("neigh show 10.0.0.2").setup(NEIGHS);
    neigh_to_prefix: ip("neigh show to 10.0.0.0/24").setup(NEIGHS).norm(common::SORTED);
    neigh_to_prefix_v6: ip("neigh show to 2001:db8::/32").setup(NEIGHS);
    neigh_to_bad: ip("neigh show to bogus").setup(NEIGHS);
    neigh_dev_and_nud: ip("neigh show dev veth0 nud permanent").setup(NEIGHS).norm(common::SORTED);
    neigh_proxy: ip("neigh show proxy").setup(NEIGHS);
    neigh_proxy_json: ip("-j neigh show proxy").setup(NEIGHS);
    neigh_router_word: ip("neigh show router").setup(NEIGHS);
    neigh_brief: ip("-br neigh").setup(NEIGHS).norm(common::SORTED);
    neigh_brief_dev: ip("-br neigh show dev eth9").setup(NEIGHS).norm(common::SORTED);
    neigh_oneline: ip("-o neigh").setup(NEIGHS).norm(common::SORTED);
    neigh_stats: ip("-s neigh").setup(NEIGHS).norm(common::NEIGH_TIMES).norm(common::SORTED);
    neigh_stats_twice: ip("-s -s neigh show dev eth9").setup(NEIGHS).norm(common::NEIGH_TIMES).norm(common::SORTED);
    neigh_stats_nud_all: ip("-s neigh show nud all").setup(NEIGHS).norm(common::NEIGH_TIMES).norm(common::SORTED);
    neigh_json: ip("-j neigh").setup(ONE);
    neigh_json_pretty: ip("-j -p neigh").setup(ONE);
    neigh_json_dev: ip("-j neigh show dev eth9").setup(NEIGHS);
    neigh_json_pretty_dev: ip("-j -p neigh show dev eth9").setup(NEIGHS);
    neigh_json_stats: ip("-s -j neigh show dev eth9").setup(NEIGHS).norm(common::NEIGH_TIMES);
    neigh_json_stats_pretty: ip("-s -j -p neigh show dev eth9").setup(NEIGHS).norm(common::NEIGH_TIMES);
    neigh_json_router: ip("-j neigh show 10.0.0.8").setup(NEIGHS);
    neigh_json_noarp: ip("-j neigh show nud noarp").setup(NEIGHS);
    neigh_json_brief: ip("-j -br neigh").setup(ONE);
    neigh_color: ip("-c=always neigh show dev eth9").setup(NEIGHS).norm(common::SORTED);
    neigh_color_all: ip("-c=always neigh").setup(NEIGHS).norm(common::SORTED);
    neigh_color_json: ip("-c=always -j neigh").setup(ONE);
    neigh_in_netns: ip("-n red neigh").setup("ip netns add red\nip -n red link set lo up\nip -n red neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev lo nud permanent");
    neigh_unknown_subcommand: ip("neigh bogus");
    neigh_help: ip("neigh help");
    neigh_show_garbage: ip("neigh show dev veth0 bogus").setup(NEIGHS);
}

cases! {
    // prefixes as iproute2 reads them everywhere (short IPv4 forms, the family's wording)
    neigh_short_prefix: ip("neigh show 10/8").setup(NEIGHS).norm(common::SORTED);
    neigh_default_prefix: ip("neigh show default").setup(NEIGHS).norm(common::SORTED);
    neigh_v4_prefix_bad: ip("-4 neigh show to bogus").setup(NEIGHS);
    neigh_v6_prefix_given_v4: ip("-6 neigh show 10.0.0.2").setup(NEIGHS);
    neigh_prefix_too_long: ip("neigh show to 10.0.0.1/33").setup(NEIGHS);
}

/// A veth pair, up, with an address.
const PAIR: &str = "\
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0";

/// Every entry, sorted (the kernel's hash order differs between namespaces), and the proxies.
const ENTRIES: &str = "ip neigh show | sort; ip neigh show proxy";

cases! {
    // ------------------------------------------------------------------ add, change, replace, delete
    neigh_add: ip("neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev veth0").setup(PAIR).check(ENTRIES);
    neigh_add_prefix_a: ip("neigh a 10.0.0.2 lladdr 02:00:00:00:01:02 dev veth0").setup(PAIR).check(ENTRIES);
    neigh_add_to: ip("neigh add to 10.0.0.2 lladdr 02:00:00:00:01:02 dev veth0").setup(PAIR).check(ENTRIES);
    neigh_add_exists: ip("neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev veth0").setup(NEIGHS).check(ENTRIES);
    neigh_add_stale: ip("neigh add 10.0.0.3 lladdr 02:00:00:00:01:03 dev veth0 nud stale").setup(PAIR).check(ENTRIES);
    neigh_add_noarp: ip("neigh add 10.0.0.3 lladdr 02:00:00:00:01:03 dev veth0 nud noarp").setup(PAIR).check(ENTRIES);
    neigh_add_none: ip("neigh add 10.0.0.3 lladdr 02:00:00:00:01:03 dev veth0 nud none").setup(PAIR).check("ip neigh show nud all | sort");
    neigh_add_router: ip("neigh add 10.0.0.9 lladdr 02:00:00:00:01:09 dev veth0 router").setup(PAIR).check(ENTRIES);
    neigh_add_extern_learn: ip("neigh add 10.0.0.9 lladdr 02:00:00:00:01:09 dev veth0 extern_learn").setup(PAIR).check(ENTRIES);
    neigh_add_proxy: ip("neigh add proxy 10.0.0.50 dev veth0").setup(PAIR).check(ENTRIES);
    neigh_add_v6: ip("neigh add 2001:db8::5 lladdr 02:00:00:00:01:05 dev veth0").setup(PAIR).check(ENTRIES);
    neigh_add_no_lladdr: ip("neigh add 10.0.0.5 dev veth0").setup(PAIR).check(ENTRIES);
    neigh_add_bad_lladdr: ip("neigh add 10.0.0.6 lladdr zz dev veth0").setup(PAIR);
    neigh_add_no_dev: ip("neigh add 10.0.0.7 lladdr 02:00:00:00:01:02").setup(PAIR);
    neigh_add_bad_address: ip("neigh add bogus lladdr 02:00:00:00:01:02 dev veth0").setup(PAIR);
    neigh_add_bad_nud: ip("neigh add 10.0.0.8 lladdr 02:00:00:00:01:02 dev veth0 nud bogus").setup(PAIR);
    neigh_add_missing_dev: ip("neigh add 10.0.0.10 lladdr 02:00:00:00:01:02 dev nosuch").setup(PAIR);
    neigh_add_nothing: ip("neigh add").setup(PAIR);
    neigh_add_two_addresses: ip("neigh add 10.0.0.18 10.0.0.19 dev veth0").setup(PAIR);
    neigh_add_v6_under_4: ip("-4 neigh add 2001:db8::9 lladdr 02:00:00:00:01:02 dev veth0").setup(PAIR);
    neigh_replace: ip("neigh replace 10.0.0.3 lladdr 02:00:00:00:01:04 dev veth0 nud permanent").setup(NEIGHS).check(ENTRIES);
    neigh_replace_new: ip("neigh replace 10.0.0.33 lladdr 02:00:00:00:01:04 dev veth0").setup(PAIR).check(ENTRIES);
    neigh_change: ip("neigh change 10.0.0.2 lladdr 02:00:00:00:01:05 dev veth0").setup(NEIGHS).check(ENTRIES);
    neigh_change_chg: ip("neigh chg 10.0.0.2 lladdr 02:00:00:00:01:05 dev veth0").setup(NEIGHS).check(ENTRIES);
    neigh_change_missing: ip("neigh change 10.0.0.44 lladdr 02:00:00:00:01:04 dev veth0").setup(PAIR).check(ENTRIES);
    neigh_del: ip("neigh del 10.0.0.2 dev veth0").setup(NEIGHS).check(ENTRIES);
    neigh_del_prefix_d: ip("neigh d 10.0.0.2 dev veth0").setup(NEIGHS).check(ENTRIES);
    neigh_del_missing: ip("neigh del 10.0.0.99 dev veth0").setup(NEIGHS).check(ENTRIES);
    neigh_del_no_dev: ip("neigh del 10.0.0.2").setup(NEIGHS).check(ENTRIES);
    neigh_del_proxy: ip("neigh delete proxy 10.0.0.50 dev veth0").setup(NEIGHS).check(ENTRIES);
}

cases! {
    // ------------------------------------------------------------------ get
    neigh_get: ip("neigh get 10.0.0.2 dev veth0").setup(NEIGHS);
    neigh_get_stale: ip("neigh get 10.0.0.3 dev veth0").setup(NEIGHS);
    neigh_get_noarp: ip("neigh get 10.0.0.4 dev veth0").setup(NEIGHS);
    neigh_get_router: ip("neigh get 10.0.0.8 dev veth0").setup(NEIGHS);
    neigh_get_v6: ip("neigh get 2001:db8::2 dev veth0").setup(NEIGHS);
    neigh_get_json_is_plain: ip("-j neigh get 10.0.0.2 dev veth0").setup(NEIGHS);
    neigh_get_color: ip("-c neigh get 10.0.0.2 dev veth0").setup(NEIGHS);
    neigh_get_prefix_g: ip("neigh g 10.0.0.2 dev veth0").setup(NEIGHS);
    neigh_get_to: ip("neigh get to 10.0.0.2 dev veth0").setup(NEIGHS);
    neigh_get_missing: ip("neigh get 10.0.0.9 dev veth0").setup(NEIGHS);
    neigh_get_no_dev: ip("neigh get 10.0.0.2").setup(NEIGHS);
    neigh_get_nothing: ip("neigh get").setup(NEIGHS);
    neigh_get_bad_address: ip("neigh get bogus dev veth0").setup(NEIGHS);
    neigh_get_missing_dev: ip("neigh get 10.0.0.2 dev nosuch").setup(NEIGHS);
    neigh_get_v6_under_4: ip("-4 neigh get 2001:db8::2 dev veth0").setup(NEIGHS);
}

/// NEIGHS plus an entry in no state (`nud none`) on veth0 and a stale one on eth9; eth9 is
/// a port of bridge br0.
const FLUSHABLE: &str = "\
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add eth9 address 02:00:00:00:00:09 type veth peer name eth9p address 02:00:00:00:00:0a
ip link add br0 type bridge
ip link set eth9 master br0
ip addr add 10.0.0.1/24 dev veth0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev veth0 nud permanent
ip neigh add 10.0.0.3 lladdr 02:00:00:00:01:03 dev veth0 nud stale
ip neigh add 10.0.0.4 lladdr 02:00:00:00:01:04 dev veth0 nud noarp
ip neigh add 10.0.0.5 dev veth0 nud none
ip neigh add 10.0.0.8 lladdr 02:00:00:00:01:08 dev veth0 nud permanent router
ip neigh add 10.9.0.5 lladdr 02:00:00:00:01:05 dev eth9 nud permanent
ip neigh add 10.9.0.6 lladdr 02:00:00:00:01:06 dev eth9 nud stale
ip neigh add 2001:db8::2 lladdr 02:00:00:00:01:22 dev veth0 nud permanent
ip neigh add 2001:db8::3 lladdr 02:00:00:00:01:23 dev veth0 nud stale
ip neigh add proxy 10.0.0.50 dev veth0
ip neigh add proxy 10.0.0.51 dev veth0";

/// What is left: every entry in every state, sorted, and the proxies.
const LEFT: &str = "ip neigh show nud all | sort; ip neigh show proxy | sort";

cases! {
    // ------------------------------------------------------------------ flush
    neigh_flush_nothing: ip("neigh flush").setup(FLUSHABLE).check(LEFT);
    neigh_flush_dev: ip("neigh flush dev veth0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_dev_stats: ip("-s neigh flush dev veth0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_stats_twice: ip("-s -s neigh flush dev veth0").setup(FLUSHABLE).check(LEFT).norm(common::NEIGH_TIMES).norm(common::SORTED);
    neigh_flush_stats_twice_all: ip("-s -s neigh flush all").setup(FLUSHABLE).check(LEFT).norm(common::NEIGH_TIMES).norm(common::SORTED);
    neigh_flush_all_prefix: ip("-s neigh flush all").setup(FLUSHABLE).check(LEFT);
    neigh_flush_nud_all: ip("-s neigh flush nud all").setup(FLUSHABLE).check(LEFT);
    neigh_flush_nud_all_noarp: ip("-s neigh flush nud all nud noarp").setup(FLUSHABLE).check(LEFT);
    neigh_flush_nud_noarp: ip("-s neigh flush nud noarp").setup(FLUSHABLE).check(LEFT);
    neigh_flush_nud_none: ip("-s neigh flush nud none").setup(FLUSHABLE).check(LEFT);
    neigh_flush_nud_permanent_abbrev: ip("-s neigh flush nud perm dev veth0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_nud_two: ip("-s neigh flush nud stale nud permanent").setup(FLUSHABLE).check(LEFT);
    neigh_flush_nud_bad: ip("neigh flush nud bogus").setup(FLUSHABLE).check(LEFT);
    neigh_flush_nud_abbrev_bad: ip("neigh flush nud st").setup(FLUSHABLE).check(LEFT);
    neigh_flush_nud_incomplete: ip("neigh flush nud").setup(FLUSHABLE).check(LEFT);
    neigh_flush_to: ip("-s neigh flush to 10.9.0.0/16").setup(FLUSHABLE).check(LEFT);
    neigh_flush_address: ip("-s neigh flush 10.0.0.3").setup(FLUSHABLE).check(LEFT);
    neigh_flush_two_prefixes: ip("neigh flush 10.9.0.0/16 10.0.0.0/8").setup(FLUSHABLE).check(LEFT);
    neigh_flush_second_prefix_bad: ip("neigh flush to 10.9.0.0/16 bogus").setup(FLUSHABLE).check(LEFT);
    neigh_flush_prefix_bad: ip("neigh flush dev veth0 bogus").setup(FLUSHABLE).check(LEFT);
    neigh_flush_to_and_dev: ip("-s neigh flush to 10.9.0.0/16 dev veth0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_4: ip("-4 -s neigh flush dev veth0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_6: ip("-6 -s neigh flush dev veth0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_unused: ip("-s neigh flush unused").setup(FLUSHABLE).check(LEFT);
    neigh_flush_proxy: ip("-s -s neigh flush proxy").setup(FLUSHABLE).check(LEFT);
    neigh_flush_master: ip("-s neigh flush master br0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_nomaster: ip("-s neigh flush nomaster").setup(FLUSHABLE).check(LEFT);
    neigh_flush_master_missing: ip("neigh flush master nosuch").setup(FLUSHABLE).check(LEFT);
    neigh_flush_vrf_not_vrf: ip("neigh flush vrf br0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_dev_missing: ip("neigh flush dev nosuch").setup(FLUSHABLE).check(LEFT);
    neigh_flush_dev_twice: ip("neigh flush dev veth0 dev eth9").setup(FLUSHABLE).check(LEFT);
    neigh_flush_dev_incomplete: ip("neigh flush dev").setup(FLUSHABLE).check(LEFT);
    neigh_flush_dev_lo: ip("-s neigh flush dev lo").setup(FLUSHABLE).check(LEFT);
    neigh_flush_json_is_plain: ip("-s -j neigh flush dev veth0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_loops_one: ip("-s -loops 1 neigh flush dev veth0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_loops_negative: ip("-s -loops -1 neigh flush dev veth0").setup(FLUSHABLE).check(LEFT);
    neigh_flush_prefix_f: ip("-s neigh f dev eth9").setup(FLUSHABLE).check(LEFT);
    neigh_flush_in_batch: ip("-batch -").stdin("neigh flush dev veth0\nneigh flush dev eth9\n").setup(FLUSHABLE).check(LEFT);
    // route flush counts -loops the same way
    route_flush_loops_one: ip("-s -loops 1 route flush 10.0.0.0/24").setup(PAIR).check("ip route");
    route_flush_loops_negative: ip("-s -loops -1 route flush 10.0.0.0/24").setup(PAIR).check("ip route");
}

cases! {
    // ------------------------------------------------------------------ selectors of show
    neigh_show_unused: ip("neigh show unused").setup(FLUSHABLE).norm(common::SORTED);
    neigh_show_unused_nud_all: ip("neigh show unused nud all").setup(FLUSHABLE).norm(common::SORTED);
    neigh_show_master: ip("neigh show master br0").setup(FLUSHABLE).norm(common::SORTED);
    neigh_show_dev_master: ip("neigh show dev eth9 master br0").setup(FLUSHABLE).norm(common::SORTED);
    neigh_show_nomaster: ip("neigh show nomaster").setup(FLUSHABLE).norm(common::SORTED);
    neigh_show_master_missing: ip("neigh show master nosuch").setup(FLUSHABLE);
    neigh_show_vrf_not_vrf: ip("neigh show vrf br0").setup(FLUSHABLE);
    neigh_show_nud_none: ip("neigh show nud none").setup(FLUSHABLE);
    neigh_show_nud_abbrev: ip("neigh show nud reach").setup(FLUSHABLE);
    neigh_show_nud_number: ip("neigh show nud 0x80").setup(FLUSHABLE).norm(common::SORTED);
    neigh_show_nud_number_bad: ip("neigh show nud 3").setup(FLUSHABLE);
    neigh_get_stats: ip("-s neigh get 10.0.0.3 dev veth0").setup(FLUSHABLE).norm(common::NEIGH_TIMES);
}

cases! {
    // managed entries (the kernel resolves them itself)
    neigh_add_managed: ip("neigh add 10.0.0.9 lladdr 02:00:00:00:01:09 dev veth0 managed").setup(PAIR).check("ip neigh show 10.0.0.9 nud all; ip -j neigh show 10.0.0.9 nud all");
    neigh_show_managed: ip("neigh show 10.0.0.9 nud all").setup(concat!("ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02\nip link set veth0 up\nip addr add 10.0.0.1/24 dev veth0\n", "ip neigh add 10.0.0.9 dev veth0 managed"));
    neigh_show_managed_json: ip("-j neigh show 10.0.0.9 nud all").setup(concat!("ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02\nip link set veth0 up\nip addr add 10.0.0.1/24 dev veth0\n", "ip neigh add 10.0.0.9 dev veth0 managed"));
}
