//! `ip mroute` against iproute2 6.1. The kernel here has no multicast routing, so the live
//! cases cover the words, the requests' answers (nothing, or the unicast routes that
//! `table all` brings back) and the failures; multicast routes themselves are printed from
//! a crafted rtmon file by `ip monitor file` (the same messages the unit test
//! src/ip/mroute/tests.rs feeds to `show`).

use crate::common::ip;

/// A veth pair: lo=1, v1=2, v0=3, as in the crafted messages.
const VETH: &str = "ip link add v0 type veth peer name v1";

/// VETH and /tmp/m.bin: an rtmon file of the crafted dumps v4, v6 and unicast.
fn recorded() -> String {
    let mut bin = String::new();
    // rtmon's first record: NLMSG_TSTAMP with a fixed time
    for w in [24u32, 15, 0, 0, 0x6b14_01ed, 0] {
        for x in w.to_le_bytes() {
            bin.push_str(&format!("\\x{x:02x}"));
        }
    }
    for line in include_str!("../../src/ip/mroute/testdata/dumps.hex").lines() {
        let Some((name, hex)) = line.split_once('\t') else {
            continue;
        };
        // (the AF_INET route of v4 is `ip route`'s to print: left out)
        if !matches!(name, "v4" | "v6" | "unicast") || hex.get(32..34) == Some("02") {
            continue;
        }
        for i in (0..hex.len()).step_by(2) {
            bin.push_str("\\x");
            bin.push_str(&hex[i..i + 2]);
        }
    }
    format!("{VETH}\nprintf '{bin}' > /tmp/m.bin")
}

cases! {
    // show on a kernel without multicast routes
    mroute_bare: ip("mroute");
    mroute_abbrev: ip("mr");
    mroute_show: ip("mroute show");
    mroute_list: ip("mroute list");
    mroute_ls: ip("mroute ls");
    mroute_lst: ip("mroute lst");
    mroute_s: ip("mroute s");
    mroute_li: ip("mroute li");
    mroute_stats: ip("-s mroute show");
    mroute_json: ip("-j mroute show");
    mroute_json_pretty: ip("-j -p mroute show");
    mroute_oneline: ip("-o mroute");
    mroute_inet: ip("-4 mroute");
    mroute_family_inet: ip("-f inet mroute");
    mroute_inet6: ip("-6 mroute");
    mroute_inet6_json: ip("-6 -j mroute");
    mroute_inet6_table_5: ip("-6 mroute show table 5");
    mroute_inet6_table_main: ip("-6 mroute show table main");
    mroute_inet6_table_all: ip("-6 mroute show table all");
    mroute_table_all: ip("mroute show table all");
    mroute_table_all_json: ip("-j mroute show table all");
    mroute_table_all_json_pretty: ip("-j -p mroute show table all");
    mroute_table_0: ip("mroute show table 0");
    mroute_table_local: ip("mroute show table local");
    mroute_table_main: ip("mroute show table main");
    mroute_table_default: ip("mroute show table default");
    mroute_table_hex: ip("mroute show table 0x10");
    mroute_table_octal: ip("mroute show table 010");
    mroute_table_max: ip("mroute show table 4294967295");
    mroute_table_last_wins: ip("mroute show table 5 table all");
    mroute_table_prefix_t: ip("mroute show t 5");
    mroute_table_prefix_ta: ip("mroute show ta all");
    mroute_iif: ip("mroute show iif v0").setup(VETH);
    mroute_iif_twice: ip("mroute show iif v0 iif lo").setup(VETH);
    mroute_iif_index_name: ip("mroute show iif if1");
    mroute_iif_index_missing: ip("mroute show iif if99");
    mroute_iif_index_trailing: ip("mroute show iif if1x");
    mroute_iif_index_hex: ip("mroute show iif if0x1");
    mroute_iif_index_zero: ip("mroute show iif if0");
    mroute_to_default: ip("mroute show to default");
    mroute_default: ip("mroute show default");
    mroute_from_any: ip("mroute show from any");
    mroute_to_all_from_all: ip("mroute show to all from all");
    mroute_inet6_to_default: ip("-6 mroute show to default table 5");
    mroute_link_family: ip("-0 mroute show x");
    mroute_mpls_family: ip("-M mroute show 1.2.3.4");
    mroute_bridge_family: ip("-B mroute show iif nosuch");
    mroute_link_family_help: ip("-0 mroute help");
    mroute_link_family_unknown: ip("-0 mroute bogus");
    // failures
    mroute_help: ip("mroute help");
    mroute_help_prefix: ip("mroute h");
    mroute_show_help: ip("mroute show help");
    mroute_show_help_prefix: ip("mroute show he");
    mroute_show_help_extra: ip("mroute show help extra");
    mroute_to_help: ip("mroute show to help");
    mroute_table_help: ip("mroute show table help");
    mroute_from_help: ip("mroute show from help");
    mroute_iif_help: ip("mroute show iif help");
    mroute_help_after_iif: ip("mroute show iif lo help");
    mroute_unknown_cmd: ip("mroute flush");
    mroute_unknown_add: ip("mroute add 239.1.1.1");
    mroute_unknown_showx: ip("mroute showx");
    mroute_unknown_upper: ip("mroute HELP");
    mroute_prefix: ip("mroute show 239.0.0.0/8");
    mroute_prefix_inet: ip("-4 mroute show 239.0.0.0/8");
    mroute_prefix_inet6: ip("-6 mroute show ff0e::/16");
    mroute_to_addr: ip("mroute show to 239.1.1.1");
    mroute_to_to: ip("mroute show to to");
    mroute_from: ip("mroute show from 10.0.0.0/8");
    mroute_from_inet6: ip("-6 mroute show from 2001:db8::/32");
    mroute_from_word: ip("mroute show fr 1");
    mroute_iif_prefix_word: ip("mroute show ii lo");
    mroute_dev_word: ip("mroute show dev lo");
    mroute_vrf_word: ip("mroute show vrf blue");
    mroute_to_missing: ip("mroute show to");
    mroute_from_missing: ip("mroute show from");
    mroute_iif_missing: ip("mroute show iif");
    mroute_table_missing: ip("mroute show table");
    mroute_table_t_missing: ip("mroute show t");
    mroute_iif_unknown: ip("mroute show iif nosuch");
    mroute_iif_unknown_then_prefix: ip("mroute show iif nosuch from 1");
    mroute_iif_unknown_then_table: ip("mroute show iif nosuch table bogus");
    mroute_table_bogus: ip("mroute show table bogus");
    mroute_table_negative: ip("mroute show table -1");
    mroute_table_too_big: ip("mroute show table 4294967296");
    mroute_table_junk: ip("mroute show table 1foo");
    // multicast routes (crafted) through ip monitor
    mroute_monitor_file: ip("monitor file /tmp/m.bin").setup(&recorded());
    mroute_monitor_file_stats: ip("-s monitor file /tmp/m.bin").setup(&recorded());
    mroute_monitor_file_mroute: ip("monitor mroute file /tmp/m.bin").setup(&recorded());
    mroute_monitor_file_label: ip("monitor label file /tmp/m.bin").setup(&recorded());
    mroute_monitor_file_inet6: ip("-6 -s monitor file /tmp/m.bin").setup(&recorded());
    mroute_monitor_file_oneline: ip("-o -s monitor file /tmp/m.bin").setup(&recorded());
    mroute_monitor_file_color: ip("-c monitor file /tmp/m.bin").setup(&recorded());
    mroute_monitor_file_details: ip("-d monitor file /tmp/m.bin").setup(&recorded());
    mroute_monitor_file_dev: ip("monitor file /tmp/m.bin dev v0").setup(&recorded());
    mroute_monitor_file_dev_lo: ip("-s monitor mroute file /tmp/m.bin dev lo").setup(&recorded());
}
