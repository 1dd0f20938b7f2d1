//! Differences from iproute2 6.1 that real scripts hit:
//!
//! * wg-quick's `ip -4 route show table 51820`: a table the kernel does not have is refused
//!   (`Error: ipv4: FIB table does not exist.`, `Dump terminated`, exit 2, a JSON document
//!   left open as `[`), as are `route save` and `route flush` of it;
//! * NetworkManager's dispatcher `ip link ls label eth0`: `ip link show` reads the address
//!   selectors, `label` among them, and then shows no link (JSON: one empty object each);
//!   a bare `help` is the usage screen (also for `ip address show`);
//! * pipework's macvlan moved into a namespace: the reference looks the device up with an
//!   RTM_GETLINK before the move (`ll_name_to_index`), which brings the kernel's link-watch
//!   state up to date, so the macvlan of a lower device without carrier ends LOWERLAYERDOWN
//!   in the namespace, not DOWN.

use crate::common::{self, argv, ip};

/// A table that exists without routes (100: a route added and deleted again), and a
/// veth pair down (no `linkdown` flags that settle asynchronously).
const EMPTY_TABLE: &str =
    "ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev v0
ip link set lo up
ip route add 10.9.0.0/16 dev lo table 100
ip route del 10.9.0.0/16 dev lo table 100
ip -6 route add 2001:db8::/64 dev lo table 101
ip -6 route del 2001:db8::/64 dev lo table 101";

/// Links with labelled addresses: `eth0` (with `eth0:x`) and `eth1`.
const LABELS: &str =
    "ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth1 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev eth0 label eth0:x
ip addr add 10.0.0.2/24 dev eth0";

/// pipework's macvlan: `eth9` up without carrier (its peer is down), namespace `g`.
const PIPEWORK: &str =
    "ip link add eth9 address 02:00:00:00:00:09 type veth peer name eth9p address 02:00:00:00:00:0a
ip link set eth9 up
ip netns add g";

/// The macvlan, renamed and brought up in `g` by the reference, then its state.
const PIPEWORK_CHECK: &str = "ip -n g link set mv0 name eth1; ip -n g link set eth1 up; sleep 0.3; ip -n g link show eth1 | sed 2d; ip -n g -j link show eth1 | grep -o '\"operstate\":\"[A-Z]*\"'";

cases! {
    // ---- a.: a table without routes, or none at all
    ip_fix_route_show_missing_table_v4: ip("-4 route show table 51820").setup(EMPTY_TABLE);
    ip_fix_route_show_missing_table_v6: ip("-6 route show table 51820").setup(EMPTY_TABLE);
    ip_fix_route_show_missing_table_any: ip("route show table 51820").setup(EMPTY_TABLE);
    ip_fix_route_list_missing_table: ip("route list table 51820").setup(EMPTY_TABLE);
    ip_fix_route_show_missing_table_json: ip("-j route show table 51820").setup(EMPTY_TABLE);
    ip_fix_route_show_missing_table_json_pretty: ip("-j -p -4 route show table 51820").setup(EMPTY_TABLE);
    ip_fix_route_show_missing_table_details: ip("-d -4 route show table 51820").setup(EMPTY_TABLE);
    ip_fix_route_show_missing_table_selectors: ip("-6 route list table 51820 dev lo").setup(EMPTY_TABLE);
    ip_fix_route_show_missing_table_type: ip("route show table 51820 type unicast").setup(EMPTY_TABLE);
    ip_fix_route_show_table_all_ones: ip("route show table 4294967295").setup(EMPTY_TABLE);
    ip_fix_route_show_empty_table_v4: ip("-4 route show table 100").setup(EMPTY_TABLE);
    ip_fix_route_show_empty_table_any: ip("route show table 100").setup(EMPTY_TABLE);
    ip_fix_route_show_empty_table_json: ip("-j route show table 100").setup(EMPTY_TABLE);
    ip_fix_route_show_empty_table_v6_only_v4: ip("-6 route show table 100").setup(EMPTY_TABLE);
    ip_fix_route_show_empty_table_v6: ip("-6 route show table 101").setup(EMPTY_TABLE);
    ip_fix_route_show_empty_table_v6_from_v4: ip("-4 route show table 101").setup(EMPTY_TABLE);
    ip_fix_route_show_table_main: ip("-4 route show table main").setup(EMPTY_TABLE);
    ip_fix_route_list_unknown_table_name: ip("route list table nosuchname").setup(EMPTY_TABLE);
    ip_fix_route_list_unknown_table_name_v4: ip("-4 route list table nosuchname");
    ip_fix_route_show_table_too_big: ip("route show table 4294967296");
    ip_fix_route_show_named_missing_table: ip("route show table wg")
        .private_etc()
        .setup("mkdir -p /etc/iproute2/rt_tables.d; echo '51820 wg' >/etc/iproute2/rt_tables.d/wg.conf");
    ip_fix_route_save_missing_table: argv(["sh", "-c", "ip route save table 51820 | od -c"]).setup(EMPTY_TABLE);
    ip_fix_route_flush_missing_table: ip("route flush table 51820").setup(EMPTY_TABLE);
    ip_fix_route_flush_missing_table_v4: ip("-4 route flush table 51820").setup(EMPTY_TABLE);
    ip_fix_route_flush_empty_table: ip("-4 route flush table 100").setup(EMPTY_TABLE);
    ip_fix_wg_quick_check: argv(["sh", "-c", "ip -4 route show table 51820 2>/dev/null; echo rc=$?; [ -n \"$(ip -4 route show table 51820 2>/dev/null)\" ] && echo has || echo none"])
        .setup(EMPTY_TABLE);

    // ---- b.: `label` in `ip link show`
    ip_fix_link_ls_label: ip("link ls label eth0").setup(LABELS);
    ip_fix_link_show_label_unknown: ip("link show label X").setup(LABELS);
    ip_fix_link_show_label_pattern: ip("link show label l*").setup(LABELS);
    ip_fix_link_show_label_of_an_address: ip("link show label eth0:x").setup(LABELS);
    ip_fix_link_show_dev_then_label: ip("link show dev eth0 label lo").setup(LABELS);
    ip_fix_link_show_label_then_dev: ip("link show label lo dev eth0").setup(LABELS);
    ip_fix_link_show_bare_dev_and_label: ip("link show eth0 label eth0").setup(LABELS);
    ip_fix_link_show_label_twice: ip("link show label lo label eth0").setup(LABELS);
    ip_fix_link_show_label_missing: ip("link show label");
    ip_fix_link_show_label_empty: argv(["ip", "link", "show", "label", ""]).setup(LABELS);
    ip_fix_link_show_label_json: ip("-j link show label lo").setup(LABELS);
    ip_fix_link_show_label_json_pretty: ip("-j -p link show label lo").setup(LABELS);
    ip_fix_link_show_label_brief: ip("-br link show label lo").setup(LABELS);
    ip_fix_link_show_label_brief_json: ip("-j -br link show label lo").setup(LABELS);
    ip_fix_link_show_label_oneline: ip("-o link show label lo").setup(LABELS);
    ip_fix_link_show_label_details_stats_json: ip("-j -s -d link show label lo").setup(LABELS);
    ip_fix_link_show_label_color: ip("-c link show label lo").setup(LABELS);
    ip_fix_link_show_label_up_json: ip("-j link show label lo up").setup(LABELS);
    ip_fix_link_show_label_type_json: ip("-j link show label lo type veth").setup(LABELS);
    ip_fix_link_show_type_then_label_json: ip("-j link show type veth label eth1").setup(LABELS);
    ip_fix_link_show_dev_label_json: ip("-j link show dev eth0 label x").setup(LABELS);
    ip_fix_link_show_label_master_json: ip("-j link show label lo master eth0").setup(LABELS);
    ip_fix_link_show_label_master_unknown: ip("-j link show label lo master nosuch").setup(LABELS);
    ip_fix_link_show_label_group_json: ip("-j link show label lo group default").setup(LABELS);
    ip_fix_link_show_label_missing_dev: ip("-j link show label lo dev nosuch").setup(LABELS);
    ip_fix_link_show_label_family_json: ip("-j -4 link show label lo").setup(LABELS);
    ip_fix_link_show_label_lab_is_a_name: ip("link show lab lo").setup(LABELS);
    ip_fix_link_show_label_help: ip("link show label lo help").setup(LABELS);
    ip_fix_link_list_label: ip("link list label lo").setup(LABELS);
    ip_fix_link_show_help: ip("link show help");
    ip_fix_link_show_h: ip("link show h");
    ip_fix_link_show_dev_help: ip("link show dev help");
    ip_fix_addr_show_label_lo: ip("addr show label lo").setup(LABELS);
    ip_fix_addr_show_label_pattern: ip("addr show label eth0:*").setup(LABELS);
    ip_fix_addr_show_label_json: ip("-j addr show label lo").setup(LABELS);
    ip_fix_addr_show_help: ip("addr show help");
    ip_fix_addr_show_he: ip("address show he");
    ip_fix_addr_show_dev_help: ip("addr show dev help");

    // ---- c.: pipework's macvlan, made and moved by the side under test
    ip_fix_pipework_macvlan: argv(["sh", "-c", "ip link add link eth9 dev mv0 type macvlan mode bridge && ip link set mv0 netns g"])
        .setup(PIPEWORK)
        .check(PIPEWORK_CHECK)
        .norm(common::MAC);
    ip_fix_pipework_macvlan_moved: ip("link set mv0 netns g")
        .setup(concat!("ip link add eth9 address 02:00:00:00:00:09 type veth peer name eth9p address 02:00:00:00:00:0a
ip link set eth9 up
ip netns add g", "\nip link add link eth9 dev mv0 type macvlan mode bridge"))
        .check(PIPEWORK_CHECK)
        .norm(common::MAC);
    ip_fix_pipework_macvlan_by_dev: ip("link set dev mv0 netns g")
        .setup(concat!("ip link add eth9 address 02:00:00:00:00:09 type veth peer name eth9p address 02:00:00:00:00:0a
ip link set eth9 up
ip netns add g", "\nip link add link eth9 dev mv0 type macvlan mode bridge"))
        .check(PIPEWORK_CHECK)
        .norm(common::MAC);
    ip_fix_pipework_macvlan_added: ip("link add link eth9 dev mv0 type macvlan mode bridge")
        .setup(PIPEWORK)
        .check(concat!("ip link set mv0 netns g; ", "ip -n g link set mv0 name eth1; ip -n g link set eth1 up; sleep 0.3; ip -n g link show eth1 | sed 2d"))
        .norm(common::MAC);
}
