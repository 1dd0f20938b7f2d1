//! `ip address`: show (every output mode and selector), add/change/replace/delete and flush,
//! against iproute2 6.1.
//!
//! Fixtures are built by the reference `ip` with fixed MAC addresses (so IPv6 link-local
//! addresses are fixed too) and duplicate address detection off (no `tentative` flag that
//! depends on timing). Lifetimes that count down are normalised.

use crate::common::{self, argv, ip};

/// Fixed-address veth pair, DAD off: `veth0` (ifindex 3) and `veth1` (ifindex 2), both down.
macro_rules! pair {
    () => {
        concat!(
            "sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0\n",
            "ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02\n",
        )
    };
}

/// Both ends up, waited for until their operstate is UP (link-local addresses then exist)
/// and no address is tentative any more.
macro_rules! up {
    () => {
        concat!(
            "ip link set veth0 up; ip link set veth1 up\n",
            "for d in veth0 veth1; do for _ in $(seq 500); do ip link show $d | grep -q 'state UP ' && break; sleep 0.01; done; done\n",
            // addresses added while the link was down stay tentative a moment after it is up
            "for _ in $(seq 500); do ip addr show | grep -q tentative || break; sleep 0.01; done\n",
        )
    };
}

/// Addresses of every kind on an up pair: primary and secondary (with a label), a peer
/// address, a link-scope one with `brd +`, IPv6 with and without `nodad`, a dynamic address
/// (counting lifetimes) and a deprecated one (`preferred_lft 0`).
const ADDRS: &str = concat!(
    pair!(),
    "ip addr add 10.0.0.1/24 dev veth0\n",
    "ip addr add 10.0.0.100/24 dev veth0 label veth0:1\n",
    "ip addr add 10.1.0.1 peer 10.1.0.2/32 dev veth0\n",
    "ip addr add 192.168.5.1/24 brd + dev veth1 scope link\n",
    "ip addr add 2001:db8::1/64 dev veth0 nodad\n",
    "ip addr add 2001:db8:1::1/64 dev veth1\n",
    "ip addr add 172.16.0.1/16 dev veth1 valid_lft 100 preferred_lft 50\n",
    "ip addr add 172.17.0.1/16 dev veth1 valid_lft 200 preferred_lft 0\n",
    up!(),
);

/// The same addresses with the links down (no link-local addresses, no traffic).
const ADDRS_DOWN: &str = concat!(
    pair!(),
    "ip addr add 10.0.0.1/24 dev veth0\n",
    "ip addr add 10.0.0.100/24 dev veth0 label veth0:1\n",
    "ip addr add 10.0.0.101/24 dev veth0 label veth0:2\n",
    "ip addr add 10.1.0.1 peer 10.1.0.2/32 dev veth0\n",
    "ip addr add 192.168.5.1/24 brd + dev veth1 scope link\n",
    "ip addr add 2001:db8::1/64 dev veth0 nodad\n",
    "ip addr add 2001:db8:1::1/64 dev veth1 nodad\n",
);

/// A primary and two secondaries on `veth0`, with `promote_secondaries` on.
const ADDRS_PROMOTE: &str = concat!(
    pair!(),
    "sysctl -qw net.ipv4.conf.veth0.promote_secondaries=1\n",
    "ip addr add 10.0.0.1/24 dev veth0\n",
    "ip addr add 10.0.0.2/24 dev veth0\n",
    "ip addr add 10.0.0.3/24 dev veth0\n",
);

const PAIR: &str = pair!();

/// The state after a change, as the reference prints it.
const SHOW: &str = "ip addr show";
/// `veth0`'s addresses once the kernel's DAD work has run: with DAD off it still clears the
/// `tentative` flag from a work queue, a moment after `ip addr add` returns.
const SHOW0: &str = concat!(
    "for _ in $(seq 500); do [ -z \"$(ip -6 addr show dev veth0 tentative)\" ] && break; sleep 0.01; done\n",
    "ip addr show dev veth0",
);

cases! {
    // ------------------------------------------------------------------ show: forms and prefixes
    addr_bare: ip("addr").setup(ADDRS).norm(common::LIFETIMES);
    addr_show: ip("addr show").setup(ADDRS).norm(common::LIFETIMES);
    addr_list: ip("addr list").setup(ADDRS).norm(common::LIFETIMES);
    addr_lst: ip("addr lst").setup(ADDRS).norm(common::LIFETIMES);
    addr_prefix_a: ip("a").setup(ADDRS).norm(common::LIFETIMES);
    addr_address: ip("address show").setup(ADDRS).norm(common::LIFETIMES);
    addr_show_prefix_s: ip("a s").setup(ADDRS).norm(common::LIFETIMES);
    addr_fresh_namespace: ip("addr show");
    addr_show_dev: ip("addr show dev veth0").setup(ADDRS);
    addr_show_name: ip("addr show veth0").setup(ADDRS);
    addr_show_lo: ip("addr show lo").setup(ADDRS);
    addr_show_down: ip("addr show").setup(ADDRS_DOWN);
    addr_show_missing_dev: ip("addr show dev nope");
    addr_show_missing_name: ip("addr show nope");
    addr_show_dev_incomplete: ip("addr show dev");
    addr_show_duplicate_dev: ip("addr show veth0 veth1").setup(PAIR);

    // output modes
    addr_oneline: ip("-o addr").setup(ADDRS).norm(common::LIFETIMES);
    addr_oneline_dev: ip("-o addr show dev veth1").setup(ADDRS).norm(common::LIFETIMES);
    addr_brief: ip("-br addr").setup(ADDRS);
    addr_brief_dev: ip("-br addr show veth0").setup(ADDRS);
    addr_brief_down: ip("-br addr").setup(ADDRS_DOWN);
    addr_brief_4: ip("-br -4 addr").setup(ADDRS);
    addr_brief_6: ip("-br -6 addr").setup(ADDRS);
    addr_json: ip("-j addr").setup(ADDRS).norm(common::LIFETIMES);
    addr_json_pretty: ip("-j -p addr").setup(ADDRS).norm(common::LIFETIMES);
    addr_json_dev: ip("-j addr show dev veth0").setup(ADDRS);
    addr_json_brief: ip("-j -br addr").setup(ADDRS);
    addr_json_4: ip("-j -4 addr").setup(ADDRS).norm(common::LIFETIMES);
    addr_json_6: ip("-j -6 addr").setup(ADDRS);
    addr_json_empty_selector: ip("-j addr show to 203.0.113.0/24").setup(ADDRS);
    addr_json_missing_dev: ip("-j addr show dev nope");
    addr_4: ip("-4 addr").setup(ADDRS).norm(common::LIFETIMES);
    addr_6: ip("-6 addr").setup(ADDRS);
    addr_family_inet: ip("-f inet addr").setup(ADDRS).norm(common::LIFETIMES);
    addr_family_inet6_oneline: ip("-f inet6 -o addr").setup(ADDRS);
    addr_family_link: ip("-f link addr").setup(ADDRS);
    addr_family_0: ip("-0 addr").setup(ADDRS);
    addr_stats: ip("-s addr").setup(ADDRS).norm(common::LIFETIMES).norm(common::COUNTERS);
    addr_stats_twice: ip("-s -s addr show dev veth0").setup(ADDRS).norm(common::COUNTERS);
    addr_stats_down: ip("-s addr").setup(ADDRS_DOWN);
    addr_details: ip("-d addr").setup(ADDRS).norm(common::LIFETIMES);
    addr_details_json: ip("-d -j addr show dev veth0").setup(ADDRS);
    addr_details_bridge: ip("-d addr show br0")
        .setup("ip link add br0 address 02:00:00:00:00:10 type bridge\nip addr add 10.9.0.1/24 dev br0")
        .norm(common::BRIDGE_TIMERS);
    addr_color: ip("-c=always addr").setup(ADDRS).norm(common::LIFETIMES);
    addr_color_brief: ip("-c=always -br addr").setup(ADDRS);
    addr_color_oneline: ip("-c=always -o addr show dev veth0").setup(ADDRS);
    addr_color_json: ip("-c=always -j addr show dev veth0").setup(ADDRS);

    // selectors
    addr_label_exact: ip("addr show label veth0:1").setup(ADDRS);
    addr_label_glob: argv(["ip", "addr", "show", "label", "veth0:*"]).setup(ADDRS_DOWN);
    addr_label_glob_all: argv(["ip", "addr", "show", "label", "veth*"]).setup(ADDRS_DOWN);
    addr_label_glob_oneline: argv(["ip", "-o", "addr", "show", "label", "veth0:*"]).setup(ADDRS_DOWN);
    addr_label_no_match: ip("addr show label nope").setup(ADDRS);
    addr_label_and_dev: argv(["ip", "addr", "show", "dev", "veth0", "label", "veth0:?"]).setup(ADDRS_DOWN);
    addr_scope_link: ip("addr show scope link").setup(ADDRS);
    addr_scope_host: ip("addr show scope host").setup(ADDRS);
    addr_scope_global: ip("addr show scope global").setup(ADDRS).norm(common::LIFETIMES);
    addr_scope_number: ip("addr show scope 253").setup(ADDRS);
    addr_scope_bad: ip("addr show scope bogus").setup(ADDRS);
    addr_to_prefix: ip("addr show to 10.0.0.0/8").setup(ADDRS);
    addr_to_address: ip("addr show to 10.0.0.1").setup(ADDRS);
    addr_to_v6: ip("addr show to 2001:db8::/32").setup(ADDRS);
    addr_to_bad: ip("addr show to bogus").setup(ADDRS);
    addr_to_brief: ip("-br addr show to 10.0.0.0/24").setup(ADDRS);
    addr_to_json: ip("-j addr show to 192.168.0.0/16").setup(ADDRS);
    addr_permanent: ip("addr show permanent").setup(ADDRS);
    addr_dynamic: ip("addr show dynamic").setup(ADDRS).norm(common::LIFETIMES);
    addr_secondary: ip("addr show secondary").setup(ADDRS);
    addr_primary: ip("addr show primary").setup(ADDRS).norm(common::LIFETIMES);
    addr_deprecated: ip("addr show deprecated").setup(ADDRS).norm(common::LIFETIMES);
    addr_not_deprecated: ip("addr show -deprecated").setup(ADDRS).norm(common::LIFETIMES);
    addr_tentative: ip("addr show tentative").setup(ADDRS);
    addr_not_tentative_v6: ip("-6 addr show -tentative").setup(ADDRS);
    addr_nodad_flag: ip("addr show nodad").setup(ADDRS);
    addr_up: ip("addr show up").setup(ADDRS).norm(common::LIFETIMES);
    addr_up_down_links: ip("addr show up").setup(ADDRS_DOWN);
    addr_type_veth: ip("addr show type veth").setup(ADDRS_DOWN);
    addr_master: ip("addr show master br0")
        .setup(concat!(pair!(), "ip link add br0 type bridge\nip link set veth1 master br0\nip addr add 10.0.0.1/24 dev veth1"));
    addr_selector_unknown: ip("addr show bogus").setup(ADDRS);
    addr_unknown_subcommand: ip("addr bogus");
    addr_help: ip("addr help");
    addr_show_scope_and_dev: ip("addr show dev veth0 scope global").setup(ADDRS_DOWN);

    // ------------------------------------------------------------------ add
    addr_add_v4: ip("addr add 10.0.0.1/24 dev veth0").setup(PAIR).check(SHOW0);
    addr_echo_add: ip("-echo addr add 10.0.0.2/24 dev veth0").setup(PAIR);
    addr_echo_add_brief: ip("-echo -br addr add 10.0.0.2/24 dev veth0").setup(PAIR);
    addr_echo_add_brief_json: ip("-echo -br -j addr add 10.0.0.2/24 dev veth0").setup(PAIR);
    addr_echo_add_brief_peer: ip("-echo -br addr add 10.7.0.1 peer 10.7.0.2/32 dev veth0").setup(PAIR);
    addr_echo_del_brief: ip("-echo -br addr del 10.0.0.3/24 dev veth0").setup(concat!(pair!(), "\nip addr add 10.0.0.3/24 dev veth0"));
    addr_add_v4_no_len: ip("addr add 10.0.0.1 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_v6: ip("addr add 2001:db8::1/64 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_v6_no_len: ip("addr add 2001:db8::1 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_v6_nodad: ip("addr add 2001:db8::1/64 dev veth0 nodad").setup(PAIR).check(SHOW0);
    addr_add_local_keyword: ip("addr add local 10.0.0.1/24 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_dev_first: ip("addr add dev veth0 10.0.0.1/24").setup(PAIR).check(SHOW0);
    addr_add_secondary: ip("addr add 10.0.0.2/24 dev veth0")
        .setup(concat!(pair!(), "ip addr add 10.0.0.1/24 dev veth0")).check(SHOW0);
    addr_add_peer: ip("addr add 10.0.0.1 peer 10.0.0.2 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_peer_prefix: ip("addr add 10.0.0.1 peer 10.0.0.0/30 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_remote_keyword: ip("addr add 10.0.0.1 remote 10.0.0.2 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_peer_v6: ip("addr add 2001:db8::1 peer 2001:db8::2/64 dev veth0 nodad").setup(PAIR).check(SHOW0);
    addr_add_brd_plus: ip("addr add 10.0.0.1/24 brd + dev veth0").setup(PAIR).check(SHOW0);
    addr_add_brd_minus: ip("addr add 10.0.0.1/24 brd - dev veth0").setup(PAIR).check(SHOW0);
    addr_add_broadcast: ip("addr add 10.0.0.1/24 broadcast 10.0.0.127 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_brd_plus_31: ip("addr add 10.0.0.1/31 brd + dev veth0").setup(PAIR).check(SHOW0);
    addr_add_brd_v6: ip("addr add 2001:db8::1/64 brd + dev veth0").setup(PAIR).check(SHOW0);
    addr_add_label: ip("addr add 10.0.0.1/24 dev veth0 label veth0:foo").setup(PAIR).check(SHOW0);
    addr_add_label_bad: ip("addr add 10.0.0.1/24 dev veth0 label other").setup(PAIR).check(SHOW0);
    addr_add_label_too_long: ip("addr add 10.0.0.1/24 dev veth0 label veth0:abcdefghijklm").setup(PAIR).check(SHOW0);
    addr_add_scope_link: ip("addr add 10.0.0.1/24 dev veth0 scope link").setup(PAIR).check(SHOW0);
    addr_add_scope_host: ip("addr add 10.0.0.1/24 dev veth0 scope host").setup(PAIR).check(SHOW0);
    addr_add_scope_number: ip("addr add 10.0.0.1/24 dev veth0 scope 100").setup(PAIR).check(SHOW0);
    addr_add_scope_bad: ip("addr add 10.0.0.1/24 dev veth0 scope bogus").setup(PAIR).check(SHOW0);
    addr_add_lifetimes: ip("addr add 10.0.0.1/24 dev veth0 valid_lft 100 preferred_lft 50")
        .setup(PAIR).check(SHOW0).norm(common::LIFETIMES);
    addr_add_lifetimes_forever: ip("addr add 10.0.0.1/24 dev veth0 valid_lft forever preferred_lft forever")
        .setup(PAIR).check(SHOW0);
    addr_add_lifetimes_v6: ip("addr add 2001:db8::1/64 dev veth0 valid_lft 300 preferred_lft 0 nodad")
        .setup(PAIR).check(SHOW0).norm(common::LIFETIMES);
    addr_add_preferred_exceeds_valid: ip("addr add 10.0.0.1/24 dev veth0 valid_lft 10 preferred_lft 50")
        .setup(PAIR).check(SHOW0);
    addr_add_lifetime_bad: ip("addr add 10.0.0.1/24 dev veth0 valid_lft soon").setup(PAIR).check(SHOW0);
    addr_add_noprefixroute: ip("addr add 10.0.0.1/24 dev veth0 noprefixroute")
        .setup(concat!(pair!(), up!())).check("ip addr show dev veth0; ip -4 route show");
    addr_add_prefixroute: ip("addr add 10.0.0.1/24 dev veth0")
        .setup(concat!(pair!(), up!())).check("ip addr show dev veth0; ip -4 route show");
    addr_add_metric: ip("addr add 10.0.0.1/24 dev veth0 metric 100")
        .setup(concat!(pair!(), up!())).check("ip addr show dev veth0; ip -4 route show");
    addr_add_metric_v6: ip("addr add 2001:db8::1/64 dev veth0 metric 300 nodad")
        .setup(concat!(pair!(), up!())).check("ip -6 addr show dev veth0; ip -6 route show dev veth0");
    addr_add_flags: ip("addr add 2001:db8::1/64 dev veth0 home mngtmpaddr nodad")
        .setup(PAIR).check(SHOW0);
    addr_add_optimistic: ip("addr add 2001:db8::1/64 dev veth0 optimistic").setup(PAIR).check(SHOW0);
    addr_add_autojoin: ip("addr add 10.0.0.1/24 dev veth0 autojoin").setup(PAIR).check(SHOW0);
    addr_add_duplicate: ip("addr add 10.0.0.1/24 dev veth0")
        .setup(concat!(pair!(), "ip addr add 10.0.0.1/24 dev veth0")).check(SHOW0);
    addr_add_missing_dev: ip("addr add 10.0.0.1/24").setup(PAIR).check(SHOW);
    addr_add_no_such_dev: ip("addr add 10.0.0.1/24 dev nope");
    addr_add_garbage: ip("addr add bogus dev veth0").setup(PAIR).check(SHOW0);
    addr_add_bad_len: ip("addr add 10.0.0.1/33 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_missing_address: ip("addr add dev veth0").setup(PAIR).check(SHOW0);
    addr_add_two_locals: ip("addr add 10.0.0.1/24 10.0.0.2/24 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_mixed_families: ip("addr add 10.0.0.1 peer 2001:db8::2 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_family_mismatch: ip("-6 addr add 10.0.0.1/24 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_unknown_word: ip("addr add 10.0.0.1/24 dev veth0 bogus").setup(PAIR).check(SHOW0);
    addr_add_dev_incomplete: ip("addr add 10.0.0.1/24 dev").setup(PAIR).check(SHOW0);
    addr_add_prefix_ad: ip("addr ad 10.0.0.1/24 dev veth0").setup(PAIR).check(SHOW0);
    addr_add_in_netns: ip("-n red addr add 10.0.0.1/24 dev lo")
        .setup("ip netns add red").check("ip -n red addr show");
    addr_add_help: ip("addr add help");

    // change / replace
    addr_change: ip("addr change 10.0.0.1/24 dev veth0 valid_lft 300 preferred_lft 300")
        .setup(concat!(pair!(), "ip addr add 10.0.0.1/24 dev veth0")).check(SHOW0).norm(common::LIFETIMES);
    addr_change_missing: ip("addr change 10.0.0.9/24 dev veth0")
        .setup(concat!(pair!(), "ip addr add 10.0.0.1/24 dev veth0")).check(SHOW0);
    addr_change_scope: ip("addr change 10.0.0.1/24 dev veth0 scope link")
        .setup(concat!(pair!(), "ip addr add 10.0.0.1/24 dev veth0")).check(SHOW0);
    addr_replace_existing: ip("addr replace 10.0.0.1/24 dev veth0 label veth0:r valid_lft 500 preferred_lft 400")
        .setup(concat!(pair!(), "ip addr add 10.0.0.1/24 dev veth0")).check(SHOW0).norm(common::LIFETIMES);
    addr_replace_new: ip("addr replace 10.0.0.1/24 dev veth0").setup(PAIR).check(SHOW0);
    addr_replace_v6: ip("addr replace 2001:db8::1/64 dev veth0 nodad")
        .setup(concat!(pair!(), "ip addr add 2001:db8::1/64 dev veth0")).check(SHOW0);

    // delete
    addr_del: ip("addr del 10.0.0.1/24 dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_delete_keyword: ip("addr delete 10.0.0.100/24 dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_del_no_len: ip("addr del 10.0.0.1 dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_del_wrong_len: ip("addr del 10.0.0.1/16 dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_del_v6: ip("addr del 2001:db8::1/64 dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_del_peer: ip("addr del 10.1.0.1 peer 10.1.0.2 dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_del_missing: ip("addr del 10.9.9.9/24 dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_del_dev_only: ip("addr del dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_del_no_dev: ip("addr del 10.0.0.1/24").setup(ADDRS_DOWN).check(SHOW0);
    addr_del_no_such_dev: ip("addr del 10.0.0.1/24 dev nope");
    addr_del_label: ip("addr del 10.0.0.100/24 dev veth0 label veth0:1").setup(ADDRS_DOWN).check(SHOW0);
    addr_del_primary_takes_secondaries: ip("addr del 10.0.0.1/24 dev veth0").setup(ADDRS_DOWN).check("ip -4 addr show dev veth0");
    addr_del_primary_promotes: ip("addr del 10.0.0.1/24 dev veth0")
        .setup(ADDRS_PROMOTE).check("ip -4 addr show dev veth0");
    addr_del_prefix_d: ip("addr d 10.0.0.1/24 dev veth0").setup(ADDRS_DOWN).check(SHOW0);

    // ------------------------------------------------------------------ flush
    addr_flush_dev: ip("addr flush dev veth0").setup(ADDRS_DOWN).check(SHOW);
    addr_flush_name: ip("addr flush veth0").setup(ADDRS_DOWN).check(SHOW);
    addr_flush_scope_global: ip("addr flush dev veth1 scope global").setup(ADDRS).check("ip addr show dev veth1");
    addr_flush_scope_link: ip("addr flush scope link").setup(ADDRS).check(SHOW).norm(common::LIFETIMES);
    addr_flush_label: argv(["ip", "addr", "flush", "label", "veth0:*"]).setup(ADDRS_DOWN).check(SHOW);
    addr_flush_to: ip("addr flush to 10.0.0.0/8").setup(ADDRS_DOWN).check(SHOW);
    addr_flush_v4_only: ip("-4 addr flush dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_flush_v6_only: ip("-6 addr flush dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_flush_secondary: ip("addr flush dev veth0 secondary").setup(ADDRS_DOWN).check(SHOW0);
    addr_flush_primary: ip("-4 addr flush dev veth0 primary").setup(ADDRS_DOWN).check(SHOW0);
    addr_flush_permanent: ip("addr flush dev veth1 permanent").setup(ADDRS).check("ip addr show dev veth1").norm(common::LIFETIMES);
    addr_flush_dynamic: ip("addr flush dynamic").setup(ADDRS).check(SHOW);
    addr_flush_stats: ip("-s addr flush dev veth0").setup(ADDRS_DOWN).check(SHOW);
    addr_flush_stats_twice: ip("-s -s addr flush dev veth0").setup(ADDRS_DOWN).check(SHOW);
    addr_flush_stats_nothing: ip("-s addr flush dev veth0").setup(PAIR).check(SHOW);
    addr_flush_nothing: ip("addr flush dev veth0").setup(PAIR).check(SHOW);
    addr_flush_json: ip("-j addr flush dev veth0").setup(ADDRS_DOWN).check(SHOW);
    addr_flush_no_args: ip("addr flush").setup(ADDRS_DOWN).check(SHOW);
    addr_flush_no_such_dev: ip("addr flush dev nope");
    addr_flush_dev_incomplete: ip("addr flush dev");
    addr_flush_lo: ip("addr flush dev lo").check(SHOW);
    addr_flush_prefix_f: ip("addr f dev veth0").setup(ADDRS_DOWN).check(SHOW);
    addr_flush_up: ip("addr flush up").setup(ADDRS).check(SHOW);
    addr_flush_in_netns: ip("-n red addr flush dev lo").setup("ip netns add red\nip -n red link set lo up").check("ip -n red addr show");
}

cases! {
    // ------------------------------------------------------------------ show selectors, as flush reads them
    // (show and flush share one selector reader since the layers were unified; each of these
    // differed before: ipkit took the negated words for a device, ignored `stable-privacy`,
    // refused `scope all`, accepted `scope universe`, and kept both of two opposite flags)
    addr_show_not_dynamic: ip("addr show -dynamic").setup(ADDRS).norm(common::LIFETIMES);
    addr_show_not_primary: ip("addr show -primary").setup(ADDRS_DOWN);
    addr_show_flag_last_wins: ip("addr show permanent -permanent").setup(ADDRS_DOWN);
    addr_show_flag_last_wins_other_way: ip("addr show -permanent permanent").setup(ADDRS_DOWN);
    addr_show_stable_privacy: ip("addr show stable-privacy").setup(ADDRS_DOWN);
    addr_show_not_stable_privacy: ip("addr show -stable-privacy").setup(ADDRS_DOWN);
    addr_show_scope_all: ip("addr show scope all").setup(ADDRS_DOWN);
    addr_show_scope_universe: ip("addr show scope universe").setup(ADDRS_DOWN);
    addr_show_label_bracket_negated: argv(["ip", "addr", "show", "label", "veth0:[!2]"]).setup(ADDRS_DOWN);
    addr_show_label_bracket_close_first: argv(["ip", "addr", "show", "label", "veth[]0]*"]).setup(ADDRS_DOWN);
    addr_show_label_class: argv(["ip", "addr", "show", "label", "veth0:[[:digit:]]"]).setup(ADDRS_DOWN);
    // scope names come from /etc/iproute2/rt_scopes, both ways
    addr_show_renamed_scope: ip("addr show dev veth1")
        .setup(concat!(pair!(), "ip addr add 192.168.5.1/24 dev veth1 scope link\n", "echo '253 mylink' >> /etc/iproute2/rt_scopes\n"));
    addr_show_scope_by_new_name: ip("addr show scope mylink")
        .setup(concat!(pair!(), "ip addr add 192.168.5.1/24 dev veth1 scope link\n", "echo '253 mylink' >> /etc/iproute2/rt_scopes\n"));
    addr_show_scope_extra_name: ip("-4 addr show dev veth1")
        .setup(concat!(pair!(), "ip addr add 192.168.5.1/24 dev veth1 scope 77\n", "echo '77 seventy7' >> /etc/iproute2/rt_scopes\n"));
}

cases! {
    // links without any address: shown under a scope or label selector, not under a family
    addr_show_scope_links_without_addresses: ip("addr show scope global").setup(concat!(pair!(), "ip addr add 192.168.5.1/24 dev veth1 scope link\n"));
    addr_show_label_links_without_addresses: ip("addr show label nope").setup(PAIR);
    addr_show_v4_links_without_addresses: ip("-4 addr show").setup(concat!(pair!(), "ip addr add 192.168.5.1/24 dev veth1 scope link\n"));
    addr_show_to_links_without_addresses: ip("addr show to 10.0.0.0/8").setup(concat!(pair!(), "ip addr add 192.168.5.1/24 dev veth1 scope link\n"));
    addr_show_dynamic_links_without_addresses: ip("addr show dynamic").setup(PAIR);
}

cases! {
    // `-loops N` as atoi(3) reads it: the number cut to a C int (4294967297 is 1 round)
    addr_flush_loops_one: ip("-l 1 addr flush dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_flush_loops_wrapping_to_one: ip("-l 4294967297 addr flush dev veth0").setup(ADDRS_DOWN).check(SHOW0);
    addr_flush_loops_with_junk: ip("-l 1x addr flush dev veth0").setup(ADDRS_DOWN).check(SHOW0);
}

cases! {
    // many addresses: the deletes go out in batches whose answers fit the receive buffer
    addr_flush_many: ip("-s addr flush dev veth0").setup(concat!(
        pair!(),
        "for i in $(seq 1 300); do echo \"addr add 2001:db8::$i/64 dev veth0 nodad\"; done > many.batch\n",
        "ip -batch many.batch\n",
    )).check(SHOW0);
    // link selectors in flush are checked, then ignored (group too)
    addr_flush_group: ip("addr flush group 5").setup(concat!(pair!(), "ip addr add 10.0.0.1/24 dev veth0\nip addr add 10.0.0.2/24 dev veth1\nip link set veth0 group 5\n")).check("ip -br addr");
    addr_flush_group_bad: ip("addr flush group bogus").setup(PAIR);
    // `vrf NAME` must name a VRF device
    addr_show_vrf_not_vrf: ip("addr show vrf lo");
    addr_show_vrf_missing: ip("addr show vrf nosuch");
}

/// A veth whose peer is in namespace `red` (its link line names the namespace).
const PEER_IN_RED: &str = "\
ip netns add red
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02 netns red
ip addr add 10.0.0.1/24 dev v0
ip -6 addr add 2001:db8::1/64 dev v0 nodad";

cases! {
    // a family filter leaves the link-layer line out: link-netns then ends the first line
    addr_link_netns: ip("addr show dev v0").setup(PEER_IN_RED);
    addr_link_netns_4: ip("-4 addr").setup(PEER_IN_RED);
    addr_link_netns_4_dev: ip("-4 addr show dev v0").setup(PEER_IN_RED);
    addr_link_netns_6: ip("-6 addr show dev v0").setup(PEER_IN_RED);
    addr_link_netns_family_inet: ip("-f inet addr show v0").setup(PEER_IN_RED);
    addr_link_netns_4_json: ip("-j -4 addr show dev v0").setup(PEER_IN_RED);
    addr_link_netns_4_oneline: ip("-o -4 addr").setup(PEER_IN_RED);
    addr_link_netns_4_details: ip("-d -4 addr show dev v0").setup(PEER_IN_RED);
    addr_link_netns_link_family: ip("-f link addr show dev v0").setup(PEER_IN_RED);
}
