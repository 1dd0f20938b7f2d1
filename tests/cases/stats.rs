//! `ip stats` against iproute2 6.1: every group, subgroup and suite on veth and bridge
//! devices (links down: no counter moves by itself), known traffic between two namespaces'
//! veths and on `lo`, `set l3_stats` read back by the reference, every refusal.
//! Nothing is normalised.
//!
//! Counters the kernel here cannot fill (bond 802.3ad, MPLS, cpu_hit) have only their
//! headers compared here; their bodies are checked against the reference's printing of
//! crafted messages in src/ip/stats/tests.rs.

use crate::common::{argv, ip};

/// A bridge with a veth port (v0), the peer (v1) outside; v1 asks for hardware L3 counters.
const BR: &str = "\
ip link add v1 type veth peer name v0
ip link add br0 type bridge
ip link set v0 master br0
ip stats set dev v1 l3_stats on
";

/// v1 here, v0 in a namespace without a name, IPv6 off on both sides (no router
/// solicitations or DAD): an ARP exchange and three pings each way, nothing else.
const TRAFFIC: &str = r#"sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
unshare --net sleep 1000 >/dev/null 2>&1 &
P=$!
until [ "$(readlink /proc/$P/ns/net)" != "$(readlink /proc/self/ns/net)" ]; do sleep 0.01; done
nsenter -t $P -n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add v1 type veth peer name v0 netns $P
nsenter -t $P -n ip addr add 10.9.0.2/24 dev v0
nsenter -t $P -n ip link set v0 up
ip addr add 10.9.0.1/24 dev v1
ip link set v1 up
until ip -o link show v1 | grep -q "state UP"; do sleep 0.01; done
until nsenter -t $P -n ip -o link show v0 | grep -q "state UP"; do sleep 0.01; done
ping -q -c 3 -i 0.2 -W 1 10.9.0.2 >/dev/null"#;

/// Known traffic on `lo`: 1200 packets of 2028 bytes.
const LO_TRAFFIC: &str = "ping -q -c 600 -i 0 -s 2000 127.0.0.1 >/dev/null";

/// The offload records of both veths, as the reference prints them.
const OFFLOAD: &str = "ip stats show dev v0 group offload; ip -j stats show dev v1 group offload";

cases! {
    // ------------------------------------------------------------------ show
    stats_bare: ip("stats").setup(BR);
    stats_show: ip("stats show").setup(BR);
    stats_show_dev: ip("stats show dev v0").setup(BR);
    stats_show_dev_bridge: ip("stats show dev br0").setup(BR);
    stats_json: ip("-j stats").setup(BR);
    stats_json_pretty: ip("-j -p stats show").setup(BR);
    stats_json_pretty_dev: ip("-j -p stats show dev v1").setup(BR);
    stats_oneline: ip("-o stats").setup(BR);
    stats_oneline_dev: ip("-o stats show dev v1").setup(BR);
    stats_color: ip("-c stats show dev v0").setup(BR);
    stats_color_json: ip("-c -j stats show dev v0 group link").setup(BR);
    stats_family: ip("-4 stats show dev lo group link");
    stats_group_link: ip("stats show group link").setup(BR);
    stats_group_link_twice: ip("stats show dev lo group link group link");
    stats_group_offload: ip("stats show group offload").setup(BR);
    stats_group_xstats: ip("stats show group xstats").setup(BR);
    stats_group_xstats_slave: ip("stats show group xstats_slave").setup(BR);
    stats_group_afstats: ip("stats show group afstats").setup(BR);
    stats_groups_all: ip("stats show group link group offload group xstats group xstats_slave group afstats").setup(BR);
    stats_groups_order: ip("stats show dev lo group afstats group link");
    stats_groups_reversed: ip("stats show dev v1 group offload group link").setup(BR);
    stats_sub_cpu_hit: ip("stats show group offload subgroup cpu_hit").setup(BR);
    stats_sub_hw_stats_info: ip("stats show group offload subgroup hw_stats_info").setup(BR);
    stats_sub_l3_stats: ip("stats show group offload subgroup l3_stats").setup(BR);
    stats_sub_l3_stats_json: ip("-j -p stats show dev v1 group offload subgroup l3_stats").setup(BR);
    stats_sub_two: ip("stats show dev v1 group offload subgroup cpu_hit subgroup l3_stats").setup(BR);
    stats_sub_three: ip("stats show group offload subgroup cpu_hit subgroup hw_stats_info subgroup l3_stats").setup(BR);
    stats_sub_then_group: ip("stats show group offload subgroup cpu_hit group offload").setup(BR);
    stats_group_then_sub: ip("stats show group offload group offload subgroup cpu_hit").setup(BR);
    stats_sub_and_link: ip("stats show group offload subgroup cpu_hit group link").setup(BR);
    stats_sub_bridge: ip("stats show group xstats subgroup bridge").setup(BR);
    stats_sub_bond: ip("stats show group xstats subgroup bond").setup(BR);
    stats_suite_stp: ip("stats show group xstats subgroup bridge suite stp").setup(BR);
    stats_suite_mcast: ip("stats show dev br0 group xstats subgroup bridge suite mcast").setup(BR);
    stats_suite_two: ip("stats show dev br0 group xstats subgroup bridge suite stp suite mcast").setup(BR);
    stats_suite_8023ad: ip("stats show group xstats subgroup bond suite 802.3ad").setup(BR);
    stats_slave_mcast: ip("stats show group xstats_slave subgroup bridge suite mcast").setup(BR);
    stats_slave_json: ip("-j -p stats show dev v0 group xstats_slave").setup(BR);
    stats_bridge_json: ip("-j stats show dev br0 group xstats").setup(BR);
    stats_suite_then_sub: ip("stats show group xstats subgroup bridge suite stp subgroup bond").setup(BR);
    stats_mixed: ip("stats show dev v0 group xstats subgroup bridge suite stp subgroup bond group link").setup(BR);
    stats_sub_afstats_mpls: ip("stats show group afstats subgroup mpls").setup(BR);
    stats_dev_after_group: ip("stats show group link dev lo");
    // ------------------------------------------------------------------ counters
    stats_traffic: ip("stats show dev v1 group link").setup(TRAFFIC);
    stats_traffic_all: ip("stats show group link").setup(TRAFFIC);
    stats_traffic_json: ip("-j -p stats show dev v1").setup(TRAFFIC);
    stats_traffic_details: ip("-s -s stats show dev v1 group link").setup(TRAFFIC);
    stats_traffic_details_json: ip("-s -s -j stats show dev v1 group link").setup(TRAFFIC);
    stats_lo_human: ip("-h stats show dev lo group link").setup(LO_TRAFFIC);
    stats_lo_iec: ip("-iec -h stats show dev lo").setup(LO_TRAFFIC);
    stats_lo_human_details: ip("-h -s -s stats show dev lo group link").setup(LO_TRAFFIC);
    stats_lo_human_json: ip("-h -j stats show dev lo group link").setup(LO_TRAFFIC);
    stats_lo_human_big: ip("-h -s -s stats show dev lo group link")
        .setup("ping -q -c 1200 -i 0 -s 60000 127.0.0.1 >/dev/null");
    stats_lo_iec_big: ip("-h -iec stats show dev lo group link")
        .setup("ping -q -c 1200 -i 0 -s 60000 127.0.0.1 >/dev/null");
    stats_lo_details_oneline: ip("-s -s -o stats show dev lo group link").setup(LO_TRAFFIC);
    // ------------------------------------------------------------------ show: errors
    stats_show_dev_nosuch: ip("stats show dev nosuch");
    stats_show_dev_missing: ip("stats show dev");
    stats_show_dev_twice: ip("stats show dev lo dev v0");
    stats_show_dev_nosuch_late: ip("stats show dev nosuch group foo");
    stats_show_group_missing: ip("stats show group");
    stats_show_group_unknown: ip("stats show group foo");
    stats_show_group_prefix: ip("stats show dev lo group l");
    stats_show_group_leaf: ip("stats show group link subgroup x");
    stats_show_sub_missing: ip("stats show group offload subgroup");
    stats_show_sub_unknown: ip("stats show group offload subgroup foo");
    stats_show_sub_prefix: ip("stats show dev lo group offload subgroup cpu");
    stats_show_sub_first: ip("stats show subgroup cpu_hit");
    stats_show_sub_alone: ip("stats show subgroup");
    stats_show_suite_missing: ip("stats show group xstats subgroup bridge suite");
    stats_show_suite_unknown: ip("stats show group xstats subgroup bridge suite foo");
    stats_show_suite_other: ip("stats show group xstats subgroup bond suite stp");
    stats_show_suite_leaf: ip("stats show group offload subgroup cpu_hit suite x");
    stats_show_suite_leaf_mpls: ip("stats show group afstats subgroup mpls suite x");
    stats_show_suite_first: ip("stats show suite x");
    stats_show_suite_no_sub: ip("stats show group xstats suite stp");
    stats_show_suite_link: ip("stats show group link suite x");
    stats_show_unknown: ip("stats show foo");
    stats_show_keyword_prefix: ip("stats show dev lo gr link");
    stats_show_group_then_missing: ip("stats show dev lo group xstats group");
    // ------------------------------------------------------------------ set
    stats_set_on: ip("stats set dev v0 l3_stats on").setup(BR).check(OFFLOAD);
    stats_set_off: ip("stats set dev v1 l3_stats off").setup(BR).check(OFFLOAD);
    stats_set_prefix: ip("stats set l3_stats o dev v1").setup(BR).check(OFFLOAD);
    stats_set_json: ip("-j stats set dev v0 l3_stats on").setup(BR).check(OFFLOAD);
    stats_set_lo: ip("stats set dev lo l3_stats on").check("ip stats show dev lo group offload");
    stats_set_bare: ip("stats set");
    stats_set_dev_missing: ip("stats set dev");
    stats_set_nothing: ip("stats set dev lo");
    stats_set_value_missing: ip("stats set dev lo l3_stats");
    stats_set_value_bad: ip("stats set dev lo l3_stats maybe");
    stats_set_unknown: ip("stats set dev lo foo");
    stats_set_unknown_first: ip("stats set dev nosuch foo");
    stats_set_no_dev: ip("stats set l3_stats on");
    stats_set_twice: ip("stats set dev lo l3_stats on l3_stats off");
    stats_set_twice_missing: ip("stats set dev lo l3_stats on l3_stats");
    stats_set_dev_twice: ip("stats set dev lo dev lo l3_stats on");
    stats_set_dev_after: ip("stats set dev lo l3_stats on dev lo");
    stats_set_dev_nosuch: ip("stats set dev nosuch l3_stats on");
    stats_set_keyword_prefix: ip("stats set d lo l3_stats on");
    // ------------------------------------------------------------------ commands
    stats_help: ip("stats help");
    stats_help_more: ip("stats help me");
    stats_unknown: ip("stats foo");
    stats_prefix_show: ip("stats sh");
    stats_prefix_help: ip("stats h x");
    stats_empty_command: argv(["ip", "stats", ""]);
}
