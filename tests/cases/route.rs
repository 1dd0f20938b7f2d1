//! `ip route`: show with its selectors, and add/change/replace/append/prepend/delete, against
//! iproute2 6.1. Routes are made by the reference `ip` in the setup.

use crate::common::{argv, ip};

/// A veth pair (both up) with IPv4 and IPv6 addresses. IPv6 is off on `v1`, so that the
/// link-local routes of two links do not come in a timing-dependent order.
const PAIR: &str = "\
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip -6 addr add 2001:db8::1/64 dev v0 nodad
for i in $(seq 100); do [ $(ip -6 route show table local | grep -c 2001:db8) = 1 ] && break; sleep 0.02; done
";

/// Routes of every kind ipkit prints, in main, local and a numbered table.
const ROUTES: &str = "\
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip -6 addr add 2001:db8::1/64 dev v0 nodad
for i in $(seq 100); do [ $(ip -6 route show table local | grep -c 2001:db8) = 1 ] && break; sleep 0.02; done
ip route add 192.168.1.0/24 via 10.0.0.5
ip route add default via 10.0.0.5
ip route add 172.16.0.0/16 dev v0 metric 100 proto static src 10.0.0.1
ip route add blackhole 10.9.0.0/16
ip route add unreachable 10.8.0.0/16
ip route add prohibit 10.6.0.0/16
ip route add throw 10.5.0.0/16
ip route add 10.7.0.0/16 via 10.0.0.6 table 100
ip route add 10.4.0.0/16 dev v0 onlink via 10.0.0.9 metric 7
ip route add local 10.3.3.3 dev v0
ip -6 route add 2001:db8:5::/48 dev v0 metric 1024
ip -6 route add 2001:db8:6::/48 via fe80::1 dev v0
";

/// The state after a change, every table and family.
const ALL: &str = "ip route show table all";

cases! {
    // ------------------------------------------------------------------ show
    route_bare: ip("route").setup(ROUTES);
    route_prefix_r: ip("r").setup(ROUTES);
    route_prefix_ro: ip("ro").setup(ROUTES);
    route_show: ip("route show").setup(ROUTES);
    route_list: ip("route list").setup(ROUTES);
    route_lst: ip("route lst").setup(ROUTES);
    route_json: ip("-j route").setup(ROUTES);
    route_json_pretty_all: ip("-j -p route show table all").setup(ROUTES);
    route_oneline: ip("-o route").setup(ROUTES);
    route_details: ip("-d route").setup(ROUTES);
    route_v6: ip("-6 route").setup(ROUTES);
    route_v6_json: ip("-j -6 route").setup(ROUTES);
    route_v4_main: ip("-4 route show table main").setup(ROUTES);
    route_table_all: ip("route show table all").setup(ROUTES);
    route_table_local: ip("route show table local").setup(ROUTES);
    route_table_number: ip("route show table 100").setup(ROUTES);
    route_table_bad: ip("route show table nope").setup(ROUTES);
    route_dev: ip("route show dev v0").setup(ROUTES);
    route_dev_missing: ip("route show dev nope").setup(ROUTES);
    route_via: ip("route show via 10.0.0.5").setup(ROUTES);
    route_proto: ip("route show proto static").setup(ROUTES);
    route_proto_kernel: ip("route show proto kernel").setup(ROUTES);
    route_scope: ip("route show scope link").setup(ROUTES);
    route_type: ip("route show type blackhole").setup(ROUTES);
    route_root: ip("route show root 10.0.0.0/8").setup(ROUTES);
    route_root_all_tables: ip("route show table all root 10.0.0.0/8").setup(ROUTES);
    route_match: ip("route show match 10.4.1.1").setup(ROUTES);
    route_exact: ip("route show exact 10.4.0.0/16").setup(ROUTES);
    route_prefix: ip("route show 192.168.1.0/24").setup(ROUTES);
    route_prefix_host_no_match: ip("route show 192.168.1.7").setup(ROUTES);
    route_default: ip("route show default").setup(ROUTES);
    route_to_default: ip("route show to default").setup(ROUTES);
    route_v6_prefix_without_6: ip("route show 2001:db8::/64").setup(ROUTES);
    route_prefix_bad: ip("route show bogus").setup(ROUTES);
    route_in_netns: ip("-n blue route").setup("ip netns add blue\nip -n blue link set lo up\nip -n blue addr add 10.9.0.1/24 dev lo\nip -n blue route add default via 10.9.0.2");
    route_help: ip("route help");
    route_unknown: ip("route bogus");

    // ------------------------------------------------------------------ add, delete, …
    route_add_via: ip("route add 192.168.2.0/24 via 10.0.0.5").setup(PAIR).check(ALL);
    route_add_default_via: ip("route add default via 10.0.0.5").setup(PAIR).check(ALL);
    route_add_dev_metric_proto_src: ip("route add 172.16.0.0/16 dev v0 metric 100 proto static src 10.0.0.1").setup(PAIR).check(ALL);
    route_add_blackhole: ip("route add blackhole 10.9.0.0/16").setup(PAIR).check(ALL);
    route_add_unreachable: ip("route add unreachable 10.8.0.0/16").setup(PAIR).check(ALL);
    route_add_local_goes_to_local_table: ip("route add local 10.3.3.3 dev v0").setup(PAIR).check(ALL);
    route_add_table_number: ip("route add 10.1.0.0/16 via 10.0.0.5 table 1000").setup(PAIR).check(ALL);
    route_add_table_name: ip("route add 10.1.0.0/16 via 10.0.0.5 table local").setup(PAIR).check(ALL);
    route_add_onlink: ip("route add 10.4.0.0/16 dev v0 onlink via 10.0.0.9 metric 7").setup(PAIR).check(ALL);
    route_add_v6: ip("-6 route add 2001:db8:5::/48 dev v0 metric 1024").setup(PAIR).check(ALL);
    route_add_v6_gateway: ip("route add 2001:db8:6::/48 via fe80::1 dev v0").setup(PAIR).check(ALL);
    route_add_scope_host: ip("route add 10.2.0.0/16 dev v0 scope host").setup(PAIR).check(ALL);
    route_add_exists: ip("route add 192.168.1.0/24 via 10.0.0.5").setup(ROUTES).check(ALL);
    route_add_unreachable_gateway: ip("route add 10.5.0.0/16 via 10.9.9.9").setup(PAIR).check(ALL);
    route_add_bad_prefix: ip("route add bogus").setup(PAIR);
    route_add_bad_table: ip("route add 10.6.0.0/16 dev v0 table foo").setup(PAIR);
    route_add_bad_gateway: ip("route add 10.6.0.0/16 via 10.0.0.300").setup(PAIR);
    route_add_no_device: ip("route add 10.61.0.0/16").setup(PAIR);
    route_add_long_prefix: ip("route add 10.6.0.0/33 dev v0").setup(PAIR);
    route_add_two_prefixes: ip("route add to 10.1.0.0/16 to 10.2.0.0/16").setup(PAIR);
    route_add_bad_metric: ip("route add 10.1.0.0/16 metric x").setup(PAIR);
    route_add_bad_proto: ip("route add 10.1.0.0/16 proto xx").setup(PAIR);
    route_add_bad_scope: ip("route add 10.1.0.0/16 scope xx").setup(PAIR);
    route_add_missing_dev: ip("route add 10.1.0.0/16 dev nosuch").setup(PAIR);
    route_add_garbage: ip("route add 10.1.0.0/16 bogus 1").setup(PAIR);
    route_add_table_incomplete: ip("route add 10.1.0.0/16 table").setup(PAIR);
    route_add_v6_gateway_for_v4_word: ip("route add 2001:db8::/32 via 10.0.0.1").setup(PAIR);
    route_add_nothing: ip("route add").setup(PAIR);
    route_del_nothing: ip("route del").setup(PAIR);
    route_replace_new: ip("route replace 10.1.0.0/16 via 10.0.0.7").setup(PAIR).check(ALL);
    route_replace_existing: ip("route replace 192.168.1.0/24 via 10.0.0.7").setup(ROUTES).check(ALL);
    route_change: ip("route change 192.168.1.0/24 via 10.0.0.8").setup(ROUTES).check(ALL);
    route_change_missing: ip("route change 10.99.0.0/16 via 10.0.0.8").setup(ROUTES).check(ALL);
    route_append: ip("route append 192.168.1.0/24 via 10.0.0.9").setup(ROUTES).check(ALL);
    route_prepend: ip("route prepend 10.3.0.0/16 via 10.0.0.5").setup(ROUTES).check(ALL);
    route_del: ip("route del 192.168.1.0/24").setup(ROUTES).check(ALL);
    route_del_default: ip("route del default").setup(ROUTES).check(ALL);
    route_del_with_gateway: ip("route del 192.168.1.0/24 via 10.0.0.5").setup(ROUTES).check(ALL);
    route_del_blackhole: ip("route del blackhole 10.9.0.0/16").setup(ROUTES).check(ALL);
    route_del_missing: ip("route del 10.99.0.0/16").setup(ROUTES).check(ALL);
    route_del_prefix_d: ip("route d 10.4.0.0/16").setup(ROUTES).check(ALL);
    route_add_in_netns: ip("-n blue route add 192.168.1.0/24 via 192.168.15.5")
        .setup("ip netns add blue\nip -n blue link add veth-blue type veth peer name br\nip -n blue link set veth-blue up\nip -n blue addr add 192.168.15.2/24 dev veth-blue")
        .check("ip -n blue route");
}

/// A pair with a default route and routes in table 7, for get and flush.
const GET: &str = "\
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip -6 addr add 2001:db8::1/64 dev v0 nodad
for i in $(seq 100); do [ $(ip -6 route show table local | grep -c 2001:db8) = 1 ] && break; sleep 0.02; done
ip route add default via 10.0.0.5
ip route add 10.5.0.0/16 via 10.0.0.5
ip route add 10.6.0.0/16 via 10.0.0.5 table 7
ip route add 10.7.0.0/16 via 10.0.0.5 table 7
";

cases! {
    // ------------------------------------------------------------------ get
    route_get_connected_host: ip("route get 10.0.0.5").setup(GET);
    route_get_via_default: ip("route get 8.8.8.8").setup(GET);
    route_get_loopback: ip("route get 127.0.0.1").setup(GET);
    route_get_own_address: ip("route get 10.0.0.1").setup(GET);
    route_get_broadcast: ip("route get 10.0.0.255").setup(GET);
    route_get_multicast: ip("route get 224.0.0.1").setup(GET);
    route_get_v6: ip("-6 route get 2001:db8::5").setup(GET);
    route_get_v6_without_6: ip("route get 2001:db8::5").setup(GET);
    route_get_v6_loopback: ip("-6 route get ::1").setup(GET);
    route_get_v6_loopback_json: ip("-j -6 route get ::1").setup(GET);
    route_get_v6_link_local_oif: ip("-6 route get fe80::5 oif v0").setup(GET);
    route_get_from: ip("route get 8.8.8.8 from 10.0.0.1").setup(GET);
    route_get_oif: ip("route get 8.8.8.8 oif v0").setup(GET);
    route_get_oif_missing: ip("route get 8.8.8.8 oif nosuch").setup(GET);
    route_get_mark: ip("route get 8.8.8.8 mark 5").setup(GET);
    route_get_uid: ip("route get 8.8.8.8 uid 5").setup(GET);
    route_get_fibmatch: ip("route get fibmatch 8.8.8.8").setup(GET);
    route_get_prefix_warns: ip("route get 10.0.0.0/24").setup(GET);
    route_get_bad: ip("route get bogus").setup(GET);
    route_get_nothing: ip("route get").setup(GET);
    route_get_iif_refused: ip("route get 8.8.8.8 iif v0").setup(GET);
    route_get_no_route_back: ip("route get 8.8.8.8 from 10.0.0.9 iif v0").setup(GET);
    route_get_json: ip("-j route get 8.8.8.8").setup(GET);
    route_get_json_pretty: ip("-j -p route get 10.0.0.5").setup(GET);
    route_get_json_cache_flags: ip("-j route get 127.0.0.1").setup(GET);
    route_get_oneline: ip("-o route get 8.8.8.8").setup(GET);
    route_get_prefix_g: ip("route g 8.8.8.8").setup(GET);
    route_get_to: ip("route get to 8.8.8.8").setup(GET);

    // ------------------------------------------------------------------ flush
    route_flush_nothing_given: ip("route flush").setup(GET);
    route_flush_cache: ip("route flush cache").setup(GET).check(ALL);
    route_flush_table: ip("-s route flush table 7").setup(GET).check(ALL);
    route_flush_table_quiet: ip("route flush table 7").setup(GET).check(ALL);
    route_flush_nothing_selected: ip("-s route flush root 10.100.0.0/16").setup(GET).check(ALL);
    route_flush_bad: ip("route flush bogus").setup(GET);
    route_flush_dev: ip("-s route flush dev v0").setup(GET).check(ALL);
    route_flush_dev_v6: ip("-6 route flush dev v0").setup(GET).check(ALL);
    route_flush_prefix_f: ip("route f dev v0").setup(GET).check(ALL);
    route_flush_proto: ip("route flush proto boot").setup(GET).check(ALL);
}

/// Two veth pairs (`v0`, `w0`, up) with IPv4 and IPv6 addresses, for multipath routes; the
/// setup waits for both local IPv6 routes (the kernel adds them when the carrier comes up).
const TWO: &str = "\
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link add w0 address 02:00:00:00:00:03 type veth peer name w1 address 02:00:00:00:00:04
sysctl -qw net.ipv6.conf.v1.disable_ipv6=1 net.ipv6.conf.w1.disable_ipv6=1
ip link set v0 up; ip link set v1 up; ip link set w0 up; ip link set w1 up
ip addr add 10.0.0.1/24 dev v0; ip addr add 10.1.0.1/24 dev w0
ip -6 addr add 2001:db8::1/64 dev v0 nodad; ip -6 addr add 2001:db8:1::1/64 dev w0 nodad
for i in $(seq 100); do [ $(ip -6 route show table local | grep -c 2001:db8) = 2 ] && break; sleep 0.02; done
";

/// Routes with metrics, realms, tos, expiry, preference and nexthops, made by the reference.
const RICH: &str = "\
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link add w0 address 02:00:00:00:00:03 type veth peer name w1 address 02:00:00:00:00:04
sysctl -qw net.ipv6.conf.v1.disable_ipv6=1 net.ipv6.conf.w1.disable_ipv6=1
ip link set v0 up; ip link set v1 up; ip link set w0 up; ip link set w1 up
ip addr add 10.0.0.1/24 dev v0; ip addr add 10.1.0.1/24 dev w0
ip -6 addr add 2001:db8::1/64 dev v0 nodad; ip -6 addr add 2001:db8:1::1/64 dev w0 nodad
for i in $(seq 100); do [ $(ip -6 route show table local | grep -c 2001:db8) = 2 ] && break; sleep 0.02; done
ip route add 10.2.0.0/16 via 10.0.0.2 mtu 1400
ip route add 10.3.0.0/16 via 10.0.0.2 mtu lock 1300 advmss 1200
ip route add 10.4.0.0/16 via 10.0.0.2 hoplimit 5 initcwnd 10 initrwnd 20 rtt 100 rttvar 50 window 1000 cwnd 5 ssthresh 7 reordering 3 rto_min 200 features ecn quickack 1 congctl cubic fastopen_no_cookie 1
ip route add 10.5.0.0/16 via 10.0.0.2 realm 5
ip route add 10.6.0.0/16 via 10.0.0.2 realms 3/4
ip route add 10.7.0.0/16 via 10.0.0.2 tos 0x10
ip route add 10.8.0.0/16 nexthop via 10.0.0.2 weight 2 nexthop via 10.1.0.2 dev w0 weight 3
ip route add 10.9.0.0/16 nexthop via 10.0.0.2 nexthop dev w0
ip route add 10.10.0.0/16 via 10.0.0.2 congctl lock reno
ip route add 10.11.0.0/16 via 10.0.0.2 rtt 3s rttvar 2ms rto_min 1500ms
ip route add 10.12.0.0/16 tos AF11 via 10.0.0.2 table 100 metric 7 realms 7/0 onlink dev v0
ip route add 10.13.0.0/16 via inet6 2001:db8::2 dev v0
ip route add 10.14.0.0/16 metric 9 mtu 1300 nexthop via 10.0.0.2 dev v0 realm 4 weight 2 onlink nexthop via 10.0.0.3 dev v0
ip route add 2001:db8:5::/48 via 2001:db8::2 expires 100 mtu 1300 pref low metric 5 hoplimit 3
ip route add 2001:db8:6::/48 via 2001:db8::2 pref high
ip route add 2001:db8:7::/48 nexthop via 2001:db8::2 nexthop via 2001:db8:1::2
";

/// Expiry counts down in seconds: only whole-second states are compared.
const RICH_ALL: &str = "ip route show table all | sed 's/expires [0-9]*sec/expires Nsec/'";

cases! {
    // ------------------------------------------------------------------ metrics, realms, tos, multipath
    route_rich_show: ip("route").setup(RICH);
    route_rich_details: ip("-d route show table all").setup(RICH).norm(crate::common::EXPIRES);
    route_rich_json: ip("-j route show table all").setup(RICH).norm(crate::common::EXPIRES);
    route_rich_json_pretty: ip("-j -p route").setup(RICH);
    route_rich_oneline: ip("-o route").setup(RICH);
    route_rich_6: ip("-6 route show 2001:db8:6::/48").setup(RICH);
    route_rich_6_multipath: ip("-6 route show 2001:db8:7::/48").setup(RICH);
    route_rich_6_json_multipath: ip("-j -6 route show 2001:db8:7::/48").setup(RICH);
    route_rich_table: ip("route show table 100").setup(RICH);
    route_rich_table_json: ip("-j -p route show table 100").setup(RICH);
    route_rich_tos: ip("route show tos 0x10").setup(RICH);
    route_rich_tos_name: ip("route show table 100 tos AF11").setup(RICH);
    route_rich_tos_other: ip("route show tos 4").setup(RICH);
    route_rich_realm: ip("route show realm 5").setup(RICH);
    route_rich_realms: ip("route show realms 3/4").setup(RICH);
    route_rich_realms_from_zero: ip("route show realms 0/4").setup(RICH);
    route_rich_realm_names: ip("route show table 100 realms 7/cosmos").setup(RICH);
    route_rich_multipath_dev: ip("route show dev w0").setup(RICH);
    route_rich_multipath_exact: ip("route show 10.8.0.0/16").setup(RICH);
    route_rich_multipath_json: ip("-j route show 10.14.0.0/16").setup(RICH);
    route_rich_via_inet6_json: ip("-j route show 10.13.0.0/16").setup(RICH);
    route_add_mtu: ip("route add 10.20.0.0/16 via 10.0.0.2 mtu 1400 advmss 1300").setup(TWO).check(ALL);
    route_add_mtu_lock: ip("route add 10.20.0.0/16 via 10.0.0.2 mtu lock 1400").setup(TWO).check(ALL);
    route_add_all_metrics: ip("route add 10.20.0.0/16 via 10.0.0.2 window 100 rtt 3s rttvar 2ms rto_min 1 hoplimit 5 initcwnd 10 initrwnd 20 cwnd 5 ssthresh 7 reordering 3 features ecn quickack 1 congctl cubic fastopen_no_cookie 1").setup(TWO).check(ALL);
    route_add_times_raw: ip("route add 10.20.0.0/16 via 10.0.0.2 rtt 100 rttvar 50 rto_min 200").setup(TWO).check(ALL);
    route_add_times_fractions: ip("route add 10.20.0.0/16 via 10.0.0.2 rtt 1.5s rttvar 0.25s rto_min 1001ms").setup(TWO).check(ALL);
    route_add_locks: ip("route add 10.20.0.0/16 via 10.0.0.2 congctl lock reno window lock 5 advmss lock 1000 rtt lock 5ms").setup(TWO).check(ALL);
    route_add_realm: ip("route add 10.20.0.0/16 via 10.0.0.2 realm 5").setup(TWO).check(ALL);
    route_add_realms: ip("route add 10.20.0.0/16 via 10.0.0.2 realms 3/4").setup(TWO).check(ALL);
    route_add_realm_big: ip("route add 10.20.0.0/16 via 10.0.0.2 realm 70000").setup(TWO).check(ALL);
    route_add_tos: ip("route add 10.20.0.0/16 tos 0x10 via 10.0.0.2").setup(TWO).check(ALL);
    route_add_tos_hex_default: ip("route add 10.20.0.0/16 tos 10 via 10.0.0.2").setup(TWO).check(ALL);
    route_add_dsfield_name: ip("route add 10.20.0.0/16 dsfield CS1 via 10.0.0.2").setup(TWO).check(ALL);
    route_add_tos_ecn: ip("route add 10.20.0.0/16 via 10.0.0.2 tos 0xff").setup(TWO).check(ALL);
    route_add_from: ip("route add 10.20.0.0/16 from 10.5.0.0/16 via 10.0.0.2").setup(TWO).check(ALL);
    route_add_multipath: ip("route add 10.20.0.0/16 nexthop via 10.0.0.2 weight 2 nexthop via 10.1.0.2 dev w0 weight 3").setup(TWO).check(ALL);
    route_add_multipath_dev_only: ip("route add 10.20.0.0/16 nexthop via 10.0.0.2 nexthop dev w0").setup(TWO).check(ALL);
    route_add_multipath_weight_256: ip("route add 10.20.0.0/16 nexthop dev v0 weight 256").setup(TWO).check(ALL);
    route_add_multipath_onlink_realms: ip("route add 10.20.0.0/16 nexthop via 10.0.0.9 dev v0 onlink nexthop via 10.1.0.2 dev w0 realms 2/3").setup(TWO).check(ALL);
    route_add_multipath_onlink_no_dev: ip("route add 10.20.0.0/16 nexthop via 10.0.0.2 onlink nexthop via 10.1.0.2 dev w0").setup(TWO).check(ALL);
    route_add_multipath_6: ip("route add 2001:db8:5::/48 nexthop via 2001:db8::2 nexthop via 2001:db8:1::2 dev w0").setup(TWO).check(ALL);
    route_add_multipath_gateway_mismatch: ip("route add 10.20.0.0/16 via 10.0.0.2 nexthop via 10.1.0.2").setup(TWO).check(ALL);
    route_add_multipath_oif_mismatch: ip("route add 10.20.0.0/16 dev v0 nexthop via 10.0.0.2").setup(TWO).check(ALL);
    route_add_multipath_weight_zero: ip("route add 10.20.0.0/16 nexthop via 10.0.0.2 weight 0").setup(TWO).check(ALL);
    route_add_multipath_weight_bad: ip("route add 10.20.0.0/16 nexthop via 10.0.0.2 weight 257").setup(TWO).check(ALL);
    route_add_multipath_empty: ip("route add 10.20.0.0/16 nexthop").setup(TWO).check(ALL);
    route_add_multipath_trailing: ip("route add 10.20.0.0/16 nexthop dev v0 nexthop").setup(TWO).check(ALL);
    route_add_multipath_garbage: ip("route add 10.20.0.0/16 nexthop bogus").setup(TWO).check(ALL);
    route_add_multipath_metric_after: ip("route add 10.20.0.0/16 nexthop via 10.0.0.2 mtu 1300").setup(TWO).check(ALL);
    route_add_multipath_dev_missing: ip("route add 10.20.0.0/16 nexthop via 10.0.0.2 dev nosuch").setup(TWO).check(ALL);
    route_add_multipath_via_bad: ip("route add 10.20.0.0/16 nexthop via bogus").setup(TWO).check(ALL);
    route_add_multipath_realm_mismatch: ip("route add 10.20.0.0/16 mtu 1300 realm 4 nexthop via 10.0.0.2 nexthop via 10.1.0.2 dev w0").setup(TWO).check(ALL);
    route_add_expires_6: ip("route add 2001:db8:5::/48 via 2001:db8::2 expires 100").setup(TWO).check(RICH_ALL);
    route_add_expires_4: ip("route add 10.20.0.0/16 via 10.0.0.2 expires 10").setup(TWO).check(ALL);
    route_add_pref: ip("route add 2001:db8:5::/48 via 2001:db8::2 pref high").setup(TWO).check(ALL);
    route_add_pref_low_mtu: ip("route add 2001:db8:5::/48 via 2001:db8::2 pref low mtu 1300").setup(TWO).check(ALL);
    route_add_preference_is_metric: ip("route add 10.20.0.0/16 via 10.0.0.2 preference 7").setup(TWO).check(ALL);
    route_add_nhid_missing: ip("route add 10.20.0.0/16 nhid 5").setup(TWO).check(ALL);
    route_add_via_inet6: ip("route add 10.20.0.0/16 via inet6 2001:db8::2 dev v0").setup(TWO).check(ALL);
    route_add_ttl_propagate: ip("route add 10.20.0.0/16 via 10.0.0.2 ttl-propagate enabled").setup(TWO).check(ALL);
    route_change_mtu: ip("route change 10.3.0.0/16 via 10.1.0.2 mtu 1500").setup(RICH).check(ALL).norm(crate::common::EXPIRES);
    route_del_multipath: ip("route del 10.8.0.0/16 nexthop via 10.0.0.2 weight 2 nexthop via 10.1.0.2 dev w0 weight 3").setup(RICH).check(ALL).norm(crate::common::EXPIRES);
    route_del_metric_mismatch: ip("route del 10.2.0.0/16 mtu 1200").setup(RICH).check(ALL).norm(crate::common::EXPIRES);
    route_add_bad_values: ip("route add 10.20.0.0/16 via 10.0.0.2 mtu bogus").setup(TWO);
    route_add_mtu_negative: ip("route add 10.20.0.0/16 via 10.0.0.2 mtu -1").setup(TWO);
    route_add_mtu_lock_incomplete: ip("route add 10.20.0.0/16 via 10.0.0.2 mtu lock").setup(TWO);
    route_add_advmss_incomplete: ip("route add 10.20.0.0/16 via 10.0.0.2 advmss").setup(TWO);
    route_add_hoplimit_big: ip("route add 10.20.0.0/16 via 10.0.0.2 hoplimit 256").setup(TWO);
    route_add_rtt_bad_unit: ip("route add 10.20.0.0/16 via 10.0.0.2 rtt 10us").setup(TWO);
    route_add_quickack_bad: ip("route add 10.20.0.0/16 via 10.0.0.2 quickack 2").setup(TWO);
    route_add_features_bad: ip("route add 10.20.0.0/16 via 10.0.0.2 features bogus").setup(TWO);
    route_add_tos_bad: ip("route add 10.20.0.0/16 via 10.0.0.2 tos 300").setup(TWO);
    route_add_realm_bad: ip("route add 10.20.0.0/16 via 10.0.0.2 realms 1/70000").setup(TWO);
    route_add_expires_bad: ip("route add 10.20.0.0/16 via 10.0.0.2 expires -1").setup(TWO);
    route_add_pref_bad: ip("route add 10.20.0.0/16 via 10.0.0.2 pref bogus").setup(TWO);
    route_add_nhid_bad: ip("route add 10.20.0.0/16 nhid bogus").setup(TWO);
    route_add_ttl_propagate_bad: ip("route add 10.20.0.0/16 via 10.0.0.2 ttl-propagate bogus").setup(TWO);
    route_add_lock_alone: ip("route add 10.20.0.0/16 via 10.0.0.2 lock").setup(TWO);
    route_add_weight_outside_nexthop: ip("route add 10.20.0.0/16 via 10.0.0.2 weight 3").setup(TWO);
    route_add_pervasive_is_garbage: ip("route add 10.20.0.0/16 via 10.0.0.2 pervasive").setup(TWO);
}

/// Two addresses on `v0`, routes with different preferred sources and metrics, a source-
/// specific IPv6 route, and a host route with a name in /etc/hosts.
const SOURCES: &str = "\
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0; ip addr add 10.0.0.7/24 dev v0
ip -6 addr add 2001:db8::1/64 dev v0 nodad
for i in $(seq 100); do [ $(ip -6 route show table local | grep -c 2001:db8) = 1 ] && break; sleep 0.02; done
ip route add 192.168.1.0/24 via 10.0.0.5 src 10.0.0.1 metric 10
ip route add 192.168.2.0/24 via 10.0.0.5 src 10.0.0.7 metric 20
ip -6 route add 2001:db8:8::/48 from 2001:db8:9::/48 via 2001:db8::2 metric 5
echo '9.9.9.9 nine' >>/etc/hosts
echo '10.0.0.5 gw5' >>/etc/hosts
ip route add 9.9.9.9 via 10.0.0.5
";

cases! {
    // selectors src, from, metric, table cache; -N and -r
    route_show_src: ip("route show src 10.0.0.7").setup(SOURCES);
    route_show_src_prefix: ip("route show src 10.0.0.0/24").setup(SOURCES);
    route_show_src_and_dev: ip("route show dev v0 src 10.0.0.1").setup(SOURCES);
    route_show_metric: ip("route show metric 20").setup(SOURCES);
    route_show_preference: ip("route show preference 10").setup(SOURCES);
    route_show_metric_bad: ip("route show metric bogus").setup(SOURCES);
    route_show_from_6: ip("-6 route show from 2001:db8:9::/48").setup(SOURCES);
    route_show_from_6_other: ip("-6 route show from 2001:db8:7::/48").setup(SOURCES);
    route_show_from_root: ip("-6 route show from root 2001:db8::/32").setup(SOURCES);
    route_show_table_cache: ip("route show table cache").setup(SOURCES);
    route_show_table_cache_6: ip("-6 route show table cache").setup(SOURCES);
    route_show_numeric: ip("-N route show table all").setup(SOURCES);
    route_show_numeric_json: ip("-N -j route show table local").setup(SOURCES);
    route_show_numeric_details: ip("-N -d route").setup(SOURCES);
    route_show_resolve: ip("-r route").setup(SOURCES);
    route_show_resolve_host: ip("-r route show 9.9.9.9").setup(SOURCES);
    route_show_resolve_json: ip("-r -j route show 9.9.9.9").setup(SOURCES);
    addr_show_numeric: ip("-N addr show dev v0").setup(SOURCES);
    link_show_numeric: ip("-N link show").setup(SOURCES);
    // get: connected, tos, ipproto, ports, vrf
    route_get_connected: ip("route get 192.168.1.5 connected").setup(SOURCES);
    route_get_connected_from: ip("route get 10.0.0.9 from 10.0.0.1 connected").setup(SOURCES);
    route_get_tos: ip("route get 10.0.0.9 tos 0x10").setup(SOURCES);
    route_get_dsfield: ip("route get 10.0.0.9 dsfield 8").setup(SOURCES);
    route_get_tos_bad: ip("route get 10.0.0.9 tos bogus").setup(SOURCES);
    route_get_ports: ip("route get 10.0.0.9 ipproto tcp dport 80 sport 1234").setup(SOURCES);
    route_get_ipproto_number: ip("route get 10.0.0.9 ipproto 17").setup(SOURCES);
    route_get_ipproto_bad: ip("route get 10.0.0.9 ipproto 300").setup(SOURCES);
    route_get_ipproto_name_bad: ip("route get 10.0.0.9 ipproto bogus").setup(SOURCES);
    route_get_dport_bad: ip("route get 10.0.0.9 dport bogus").setup(SOURCES);
    route_get_sport_big: ip("route get 10.0.0.9 sport 70000").setup(SOURCES);
    route_get_vrf_not_vrf: ip("route get 10.0.0.9 vrf v0").setup(SOURCES);
    route_get_vrf_missing: ip("route get 10.0.0.9 vrf nosuch").setup(SOURCES);
    route_get_resolve: ip("-r route get 9.9.9.9").setup(SOURCES);
    route_get_mark_uid_order: ip("route get uid 5 10.0.0.9 mark 3 from 10.0.0.1").setup(SOURCES);
}

/// Names in /etc/iproute2 files and .d directories (the reference reads .d for tables and
/// protocols only).
const NAMED: &str = "\
mkdir -p /etc/iproute2/rt_realms.d /etc/iproute2/rt_scopes.d /etc/iproute2/rt_dsfield.d /etc/iproute2/rt_tables.d /etc/iproute2/rt_protos.d
echo '77 seventyseven' >/etc/iproute2/rt_realms.d/x.conf
echo '77 myscope' >/etc/iproute2/rt_scopes.d/x.conf
echo '0x20 mydscp' >/etc/iproute2/rt_dsfield.d/x.conf
echo '77 mytable' >/etc/iproute2/rt_tables.d/x.conf
echo '77 myproto' >/etc/iproute2/rt_protos.d/x.conf
echo '78 realm78' >>/etc/iproute2/rt_realms
echo '79 scope79' >>/etc/iproute2/rt_scopes
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0";

cases! {
    route_names_realm_in_d_dir: ip("route add 10.5.0.0/16 via 10.0.0.2 realm seventyseven").setup(NAMED).check(ALL);
    route_names_realm_in_file: ip("route add 10.5.0.0/16 via 10.0.0.2 realm realm78").setup(NAMED).check(ALL);
    route_names_realm_number: ip("route add 10.5.0.0/16 via 10.0.0.2 realm 77").setup(NAMED).check(ALL);
    route_names_scope_in_d_dir: ip("route add 10.5.0.0/16 dev v0 scope myscope").setup(NAMED).check(ALL);
    route_names_scope_in_file: ip("route add 10.5.0.0/16 dev v0 scope scope79").setup(NAMED).check(ALL);
    route_names_dsfield_in_d_dir: ip("route add 10.5.0.0/16 via 10.0.0.2 tos mydscp").setup(NAMED).check(ALL);
    route_names_table_proto_in_d_dirs: ip("route add 10.5.0.0/16 via 10.0.0.2 table mytable proto myproto").setup(NAMED).check(ALL);
}

/// Routes to save (a metric, a multipath route), and a stream of them saved by the
/// reference in /tmp/saved (and cut ones).
const SAVED: &str = "\
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip route add 10.5.0.0/16 via 10.0.0.2
ip route add 10.6.0.0/16 via 10.0.0.2 metric 5 mtu 1400
ip route add 10.7.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.0.3
ip route save >/tmp/saved
head -c 12 /tmp/saved >/tmp/saved12
head -c 30 /tmp/saved >/tmp/saved30";

cases! {
    // save / showdump / restore (a binary stream: compared through showdump and the table)
    route_save_showdump: argv(["sh", "-c", "ip route save | ip route showdump"]).setup(SAVED);
    route_save_selectors: argv(["sh", "-c", "ip route save 10.5.0.0/16 | ip route showdump"]).setup(SAVED);
    route_save_table_all: argv(["sh", "-c", "ip route save table all | ip route showdump | sort"]).setup(SAVED);
    route_save_bad_selector: argv(["sh", "-c", "ip route save bogus | od -c"]).setup(SAVED);
    route_save_size: argv(["sh", "-c", "ip route save | wc -c"]).setup(SAVED);
    route_showdump_saved: ip("route showdump").stdin_file("/tmp/saved").setup(SAVED);
    route_showdump_json_is_plain: ip("-j route showdump").stdin_file("/tmp/saved").setup(SAVED);
    route_showdump_cut_header: ip("route showdump").stdin_file("/tmp/saved12").setup(SAVED);
    route_showdump_empty: ip("route showdump").setup(SAVED);
    route_showdump_bad_magic: ip("route showdump").stdin("abcd").setup(SAVED);
    route_restore_existing: ip("route restore").stdin_file("/tmp/saved").setup(SAVED).check(ALL);
    route_restore_flushed: ip("route restore").stdin_file("/tmp/saved").setup(concat!("ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02\nsysctl -qw net.ipv6.conf.v1.disable_ipv6=1\nip link set v0 up; ip link set v1 up\nip addr add 10.0.0.1/24 dev v0\nip route add 10.5.0.0/16 via 10.0.0.2\nip route add 10.6.0.0/16 via 10.0.0.2 metric 5 mtu 1400\nip route add 10.7.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.0.3\nip route save >/tmp/saved\n", "ip route flush root 10.4.0.0/14")).check(ALL);
    route_restore_cut_file: ip("route restore").stdin_file("/tmp/saved30").setup(SAVED).check(ALL);
    route_restore_cut_pipe: ip("route restore").stdin_file("/tmp/fifo").setup(concat!("ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02\nsysctl -qw net.ipv6.conf.v1.disable_ipv6=1\nip link set v0 up; ip link set v1 up\nip addr add 10.0.0.1/24 dev v0\nip route add 10.5.0.0/16 via 10.0.0.2\nip route save | head -c 30 >/tmp/saved30\nmkfifo /tmp/fifo\n", "cat /tmp/saved30 >/tmp/fifo &")).check(ALL);
    route_restore_empty: ip("route restore").setup(SAVED).check(ALL);
    route_restore_linkdown: ip("route restore").stdin_file("/tmp/saved").setup("ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02\nsysctl -qw net.ipv6.conf.v1.disable_ipv6=1\nip link set v0 up\nip addr add 10.0.0.1/24 dev v0\nip route add 10.5.0.0/16 via 10.0.0.2\nip route save >/tmp/saved\nip route flush 10.5.0.0/16").check(ALL);
}

cases! {
    // every route type the reference takes on `add`
    route_add_type_unicast: ip("route add unicast 10.20.0.0/16 via 10.0.0.2").setup(TWO).check(ALL);
    route_add_type_local: ip("route add local 10.20.0.1 dev v0").setup(TWO).check(ALL);
    route_add_type_blackhole: ip("route add blackhole 10.20.0.0/16").setup(TWO).check(ALL);
    route_add_type_unreachable: ip("route add unreachable 10.20.0.0/16").setup(TWO).check(ALL);
    route_add_type_prohibit: ip("route add prohibit 10.20.0.0/16").setup(TWO).check(ALL);
    route_add_type_throw: ip("route add throw 10.20.0.0/16").setup(TWO).check(ALL);
    route_add_type_broadcast: ip("route add broadcast 10.20.0.255 dev v0").setup(TWO).check(ALL);
    route_add_type_multicast: ip("route add multicast 224.1.0.0/16 dev v0").setup(TWO).check(ALL);
    route_add_type_multicast_6: ip("route add multicast ff15::/16 dev v0").setup(TWO).check(ALL);
    route_add_type_nat: ip("route add nat 10.20.0.1 via 10.0.0.2").setup(TWO).check(ALL);
    route_add_type_anycast_6: ip("route add anycast 2001:db8:5::/64 dev v0").setup(TWO).check(ALL);
    route_add_type_blackhole_6: ip("-6 route add blackhole 2001:db8:5::/48").setup(TWO).check(ALL);
    route_add_type_unreachable_6_metric: ip("-6 route add unreachable 2001:db8:5::/48 metric 7").setup(TWO).check(ALL);
    route_add_type_bogus_word: ip("route add bogus 10.20.0.0/16").setup(TWO).check(ALL);
}
