//! `ip link`: show (every output mode, the filters, the details of veth/bridge/bridge port/
//! macvlan, statistics, link-netns) and add/set/delete, against iproute2 6.1.
//!
//! Fixtures are built by the reference `ip` in the setup script, with fixed MAC addresses so
//! that most cases need no normaliser. State-changing cases are checked by a script the
//! reference runs afterwards. This kernel has no `vlan` or `dummy` link kinds, and refuses
//! `stp_state 1` and `vlan_filtering 1` in a namespace: those cases compare the errors.

use crate::common::{self, argv, ip};

/// A veth pair with fixed addresses: `veth0` (ifindex 3) and `veth1` (ifindex 2), both down.
macro_rules! pair {
    () => {
        "ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02"
    };
}

/// The pair, with `veth1` a port of the bridge `br0` (ifindex 4, fixed address).
macro_rules! bridged {
    () => {
        concat!(
            pair!(),
            "\nip link add br0 address 02:00:00:00:00:10 type bridge",
            "\nip link set veth1 master br0"
        )
    };
}

/// `wait_state DEV STATE` waits (at most about 5 s) until DEV's operstate is STATE: operstate
/// changes go through the kernel's link watcher asynchronously, so fixtures and check scripts
/// wait for them to settle.
macro_rules! wait_state {
    () => {
        "wait_state() { for _ in $(seq 500); do ip link show \"$1\" 2>/dev/null | grep -q \"state $2 \" && return; sleep 0.01; done; }\n"
    };
}

/// The bridged pair, plus: an alias and group 5 on `veth0` (up without carrier, so NO-CARRIER;
/// `veth1` has M-DOWN), a macvlan `m0` on `veth0`, and a veth pair `vb`/`vr` whose `vr` end lives
/// in the namespace `red`.
macro_rules! rich {
    () => {
        concat!(
            wait_state!(),
            bridged!(),
            "\nip link set veth0 alias 'my alias' group 5",
            "\nip link add m0 link veth0 address 02:00:00:00:00:20 type macvlan mode bridge",
            "\nip netns add red",
            "\nip link add vb address 02:00:00:00:00:03 type veth peer name vr address 02:00:00:00:00:04 netns red",
            "\nip link set veth0 up",
            "\nwait_state veth0 LOWERLAYERDOWN",
        )
    };
}
const RICH: &str = rich!();

/// [`RICH`] with two alternative names on `veth0` (kept apart: `ip link property` is only needed
/// by these cases' setups).
const ALTNAMES: &str = concat!(
    rich!(),
    "\nip link property add dev veth0 altname ethA",
    "\nip link property add dev veth0 altname a-very-long-alternative-name",
);

const PAIR: &str = pair!();
const BRIDGED: &str = bridged!();

/// The pair, both ends up with carrier (IPv6 off so no packets flow).
const PAIR_UP: &str = concat!(
    wait_state!(),
    "sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1\n",
    pair!(),
    "\nip link set veth0 up\nip link set veth1 up\nwait_state veth0 UP\nwait_state veth1 UP",
);

/// An up bridge with an up port (its timers run: normalise them).
const BRIDGE_UP: &str = concat!(
    wait_state!(),
    "sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1\n",
    bridged!(),
    "\nip link set veth0 up\nip link set veth1 up\nip link set br0 up",
    "\nwait_state veth0 UP\nwait_state veth1 UP",
);

/// Known traffic on `lo`: 1200 packets of 2028 bytes (for `-s -h`, `-iec`).
const LO_TRAFFIC: &str = "ping -q -c 600 -i 0 -s 2000 127.0.0.1 >/dev/null";
/// Tens of megabytes over lo: `-h` counters of two and three digits before the unit.
const LO_TRAFFIC_BIG: &str = "ping -q -c 400 -i 0 -s 60000 127.0.0.1 >/dev/null";

/// A veth pair `vb`/`vp` whose `vp` end is in a namespace without a name (`$P` is in it).
const UNNAMED_NETNS: &str = r#"unshare --net sleep 1000 >/dev/null 2>&1 &
P=$!
until [ "$(readlink /proc/$P/ns/net)" != "$(readlink /proc/self/ns/net)" ]; do sleep 0.01; done
ip link add vb address 02:00:00:00:00:03 type veth peer name vp address 02:00:00:00:00:04 netns $P"#;

/// A process (`$P`) inside the namespace `red`, waited for until it has entered it.
macro_rules! proc_in_red {
    () => {
        r#"ip netns add red
ip netns exec red sleep 1000 >/dev/null 2>&1 &
P=$!
want=$(stat -L -c 'net:[%i]' /run/netns/red)
until [ "$(readlink /proc/$P/ns/net)" = "$want" ]; do sleep 0.01; done"#
    };
}
const PROC_IN_RED: &str = proc_in_red!();

/// The state after a change, as the reference prints it.
const LINKS: &str = "ip -o link show";
const LINKS_DETAILS: &str = "ip -d -o link show";

cases! {
    // ------------------------------------------------------------------ show: forms and prefixes
    link_bare: ip("link").setup(RICH);
    link_show: ip("link show").setup(RICH);
    link_list: ip("link list").setup(RICH);
    link_lst: ip("link lst").setup(RICH);
    link_prefix_l: ip("l").setup(RICH);
    link_prefix_li: ip("li show").setup(RICH);
    link_show_prefix_sh: ip("link sh").setup(RICH);
    link_show_prefix_ls: ip("link ls").setup(RICH);
    link_show_fresh_namespace: ip("link show");
    link_show_name: ip("link show veth0").setup(RICH);
    link_show_dev_name: ip("link show dev veth0").setup(RICH);
    link_show_altname: ip("link show ethA").setup(ALTNAMES);
    link_show_dev_altname: ip("link show dev ethA").setup(ALTNAMES);
    link_altnames: ip("link show").setup(ALTNAMES);
    link_altnames_oneline: ip("-o link show veth0").setup(ALTNAMES);
    link_altnames_brief: ip("-br link show").setup(ALTNAMES);
    link_altnames_json: ip("-j link show veth0").setup(ALTNAMES);
    link_altnames_json_pretty: ip("-j -p link show ethA").setup(ALTNAMES);
    link_altnames_details: ip("-d link show veth0").setup(ALTNAMES);
    link_altnames_stats: ip("-s link show veth0").setup(ALTNAMES);
    link_altnames_addr: ip("addr show dev veth0").setup(ALTNAMES);
    link_altname_delete_by_altname: ip("link delete ethA").setup(ALTNAMES).check(LINKS);
    link_altname_set_by_altname: ip("link set ethA mtu 1400").setup(ALTNAMES).check(LINKS);
    link_property_add: ip("link property add dev veth0 altname a1 altname a2").setup(PAIR).check(LINKS);
    link_property_add_bare_dev: ip("link prop add veth0 altname a1").setup(PAIR).check(LINKS);
    link_property_add_exists: ip("link property add dev veth0 altname a1").setup(concat!(pair!(), "\nip link property add dev veth0 altname a1"));
    link_property_del: ip("link property del dev veth0 altname a1").setup(concat!(pair!(), "\nip link property add dev veth0 altname a1")).check(LINKS);
    link_property_del_missing: ip("link property del dev veth0 altname nope").setup(PAIR);
    link_property_no_operator: ip("link property show").setup(PAIR);
    link_property_usage: ip("link property");
    link_property_no_dev: ip("link property add altname x");
    link_property_missing_dev: ip("link property add dev nope altname x");
    link_property_altname_incomplete: ip("link property add dev veth0 altname").setup(PAIR);
    link_property_garbage: ip("link property add dev veth0 bogus").setup(PAIR);
    link_show_bridge: ip("link show br0").setup(RICH);
    link_show_macvlan: ip("link show m0").setup(RICH);
    link_show_lo: ip("link show lo").setup(RICH);
    link_show_peer_in_netns: ip("link show vb").setup(RICH);
    link_show_in_netns: ip("-n red link show").setup(RICH);
    link_show_in_netns_json: ip("-n red -j link show").setup(RICH);
    link_show_link_netnsid: ip("link show vb").setup(UNNAMED_NETNS);
    link_show_link_netnsid_json: ip("-j link show vb").setup(UNNAMED_NETNS);
    link_show_link_netnsid_details: ip("-d link show vb").setup(UNNAMED_NETNS);
    link_show_link_netns_name_json: ip("-j link show vb").setup(RICH);
    link_show_link_netns_name_brief: ip("-br link show vb").setup(RICH);

    // filters
    link_show_type_veth: ip("link show type veth").setup(RICH);
    link_show_type_bridge: ip("link show type bridge").setup(RICH);
    link_show_type_bridge_slave: ip("link show type bridge_slave").setup(RICH);
    link_show_type_macvlan: ip("link show type macvlan").setup(RICH);
    link_show_type_unknown: ip("link show type bogus").setup(RICH);
    link_show_type_missing: ip("link show type");
    link_show_master: ip("link show master br0").setup(RICH);
    link_show_master_no_ports: ip("link show master br0").setup("ip link add br0 type bridge");
    link_show_master_missing: ip("link show master nope").setup(RICH);
    link_show_master_not_a_bridge: ip("link show master veth0").setup(RICH);
    link_show_nomaster: ip("link show nomaster").setup(RICH);
    link_show_up: ip("link show up").setup(RICH);
    link_show_up_dev_down: ip("link show up veth1").setup(RICH);
    link_show_up_dev_up: ip("link show up dev veth0").setup(RICH);
    link_show_group: ip("link show group 5").setup(RICH);
    link_show_group_default: ip("link show group default").setup(RICH);
    link_show_group_empty: ip("link show group 7").setup(RICH);
    link_show_group_bad: ip("link show group nope").setup(RICH);
    link_show_group_and_type: ip("link show group default type veth").setup(RICH);
    link_show_master_and_type: ip("link show master br0 type veth").setup(RICH);
    link_show_vrf_missing: ip("link show vrf");

    // output modes
    link_oneline: ip("-o link").setup(RICH);
    link_oneline_dev: ip("-o link show veth0").setup(RICH);
    link_brief: ip("-br link").setup(RICH);
    link_brief_dev: ip("-br link show veth0").setup(RICH);
    link_brief_oneline: ip("-br -o link").setup(RICH);
    link_json: ip("-j link").setup(RICH);
    link_json_pretty: ip("-j -p link").setup(RICH);
    link_json_dev: ip("-j link show veth0").setup(RICH);
    link_json_brief: ip("-j -br link").setup(RICH);
    link_json_pretty_brief: ip("-j -p -br link").setup(RICH);
    link_json_empty: ip("-j link show type bogus").setup(RICH);
    link_json_missing_dev: ip("-j link show nope");
    link_family_4: ip("-4 link show").setup(RICH);
    link_family_6: ip("-6 link show").setup(RICH);
    link_family_0: ip("-0 link show veth0").setup(RICH);
    link_family_bridge: ip("-f bridge link show").setup(RICH);
    link_color: ip("-c=always link").setup(RICH);
    link_color_brief: ip("-c=always -br link").setup(RICH);
    link_color_details: ip("-c=always -d link show veth1").setup(RICH).norm(common::BRIDGE_TIMERS);
    link_color_json: ip("-c=always -j link show veth0").setup(RICH);
    link_color_up: ip("-c=always link show").setup(PAIR_UP);
    link_color_brief_up: ip("-c=always -br link show").setup(PAIR_UP);
    link_up_pair: ip("link show").setup(PAIR_UP);
    link_up_pair_brief: ip("-br link show").setup(PAIR_UP);

    // details
    link_details_veth: ip("-d link show veth0").setup(RICH);
    link_details_lo: ip("-d link show lo");
    link_details_bridge: ip("-d link show br0").setup(RICH).norm(common::BRIDGE_TIMERS);
    link_details_bridge_port: ip("-d link show veth1").setup(RICH).norm(common::BRIDGE_TIMERS);
    link_details_macvlan: ip("-d link show m0").setup(RICH);
    link_details_peer_in_netns: ip("-d link show vb").setup(RICH);
    link_details_all: ip("-d link").setup(RICH).norm(common::BRIDGE_TIMERS);
    link_details_oneline: ip("-d -o link").setup(RICH).norm(common::BRIDGE_TIMERS);
    link_details_json: ip("-d -j link").setup(RICH).norm(common::BRIDGE_TIMERS);
    link_details_json_pretty_bridge: ip("-d -j -p link show br0").setup(RICH).norm(common::BRIDGE_TIMERS);
    link_details_json_pretty_port: ip("-d -j -p link show veth1").setup(RICH).norm(common::BRIDGE_TIMERS);
    link_details_json_pretty_macvlan: ip("-d -j -p link show m0").setup(RICH);
    link_details_brief: ip("-d -br link").setup(RICH);
    link_details_bridge_up: ip("-d link show br0").setup(BRIDGE_UP).norm(common::BRIDGE_TIMERS);
    link_details_bridge_port_up: ip("-d link show veth1").setup(BRIDGE_UP).norm(common::BRIDGE_TIMERS);
    link_details_json_bridge_up: ip("-d -j link show type bridge").setup(BRIDGE_UP).norm(common::BRIDGE_TIMERS);
    link_details_bridge_options: ip("-d link show br0")
        .setup("ip link add br0 address 02:00:00:00:00:10 type bridge forward_delay 400 hello_time 300 max_age 3000 ageing_time 1000 priority 100 group_fwd_mask 8 mcast_snooping 0")
        .norm(common::BRIDGE_TIMERS);
    link_details_macvlan_modes: ip("-d -o link show type macvlan")
        .setup(concat!(
            pair!(),
            "\nip link add m-private link veth0 address 02:00:00:00:01:01 type macvlan mode private",
            "\nip link add m-vepa link veth0 address 02:00:00:00:01:02 type macvlan mode vepa",
            "\nip link add m-bridge link veth0 address 02:00:00:00:01:03 type macvlan mode bridge",
            "\nip link add m-source link veth0 address 02:00:00:00:01:04 type macvlan mode source",
        ));
    link_details_macvtap: ip("-d link show mt0")
        .setup(concat!(pair!(), "\nip link add mt0 link veth0 address 02:00:00:00:00:30 type macvtap mode vepa"));
    link_details_macvlan_passthru: ip("-d link show mp")
        .setup(concat!(pair!(), "\nip link add mp link veth0 type macvlan mode passthru"))
        .norm(common::MAC);

    // statistics
    link_stats: ip("-s link").setup(RICH);
    link_stats_twice: ip("-s -s link").setup(RICH);
    link_stats_dev: ip("-s link show veth0").setup(RICH);
    link_stats_json: ip("-s -j link").setup(RICH);
    link_stats_twice_json_pretty: ip("-s -s -j -p link show veth0").setup(RICH);
    link_stats_brief: ip("-s -br link").setup(RICH);
    link_stats_oneline: ip("-s -o link").setup(RICH);
    link_stats_lo_traffic: ip("-s link show lo").setup(LO_TRAFFIC);
    link_stats_human: ip("-s -h link show lo").setup(LO_TRAFFIC);
    link_stats_human_twice: ip("-s -s -h link show lo").setup(LO_TRAFFIC);
    link_stats_iec: ip("-s -iec link show lo").setup(LO_TRAFFIC);
    link_stats_human_iec: ip("-s -h -iec link show lo").setup(LO_TRAFFIC);
    link_stats_human_json: ip("-s -h -j link show lo").setup(LO_TRAFFIC);
    link_stats_human_big: ip("-s -h link show lo").setup(LO_TRAFFIC_BIG);
    link_stats_human_big_twice: ip("-s -s -h link show lo").setup(LO_TRAFFIC_BIG);
    link_stats_human_iec_big: ip("-s -h -iec link show lo").setup(LO_TRAFFIC_BIG);
    link_stats_human_big_addr: ip("-s -h addr show lo").setup(LO_TRAFFIC_BIG);
    link_stats_up_pair: ip("-s link show veth0").setup(PAIR_UP).norm(common::COUNTERS);
    link_stats_details: ip("-s -d link show veth1").setup(RICH).norm(common::BRIDGE_TIMERS);

    // errors and the rest of the command line
    link_show_missing_dev: ip("link show nope");
    link_show_dev_missing_dev: ip("link show dev nope");
    link_show_dev_incomplete: ip("link show dev");
    link_show_duplicate_dev: ip("link show veth0 veth1").setup(PAIR);
    link_show_duplicate_dev_keyword: ip("link show dev veth0 dev veth1").setup(PAIR);
    link_show_name_too_long: ip("link show abcdefghijklmnopqrstuvwxyz");
    link_unknown_subcommand: ip("link bogus");
    link_help: ip("link help");
    link_help_prefix: ip("link he");
    link_prefix_s_is_set: ip("link s");
    link_set_without_dev: ip("link set");
    link_show_brief_missing: ip("-br link show nope");

    // ------------------------------------------------------------------ add
    link_add_veth: ip("link add veth0 type veth").check(LINKS).norm(common::MAC);
    link_add_veth_default_peer_name: ip("link add foo type veth").check(LINKS).norm(common::MAC);
    link_add_veth_name_keyword: ip("link add name foo type veth peer name bar").check(LINKS).norm(common::MAC);
    link_add_veth_dev_keyword: ip("link add dev foo type veth peer name bar").check(LINKS).norm(common::MAC);
    link_add_veth_peer_without_name: ip("link add foo type veth peer").check(LINKS).norm(common::MAC);
    link_add_veth_peer_bare_word: ip("link add foo type veth peer bar").check(LINKS).norm(common::MAC);
    link_add_without_name: ip("link add type veth").check(LINKS).norm(common::MAC);
    link_add_name_a_is_address: ip("link add a type veth").check(LINKS);
    link_add_veth_options: ip("link add foo address 02:00:00:00:00:aa mtu 9000 txqueuelen 500 type veth peer name bar address 02:00:00:00:00:bb mtu 1400")
        .check(LINKS);
    link_add_veth_peer_netns: ip("link add foo address 02:00:00:00:00:aa type veth peer name bar address 02:00:00:00:00:bb netns red")
        .setup("ip netns add red")
        .check("ip -o link show; ip -n red -o link show");
    link_add_veth_netns: ip("link add foo address 02:00:00:00:00:aa netns red type veth peer name bar address 02:00:00:00:00:bb")
        .setup("ip netns add red")
        .check("ip -o link show; ip -n red -o link show");
    link_add_veth_peer_netns_pid: ip("link add foo address 02:00:00:00:00:aa type veth peer name bar address 02:00:00:00:00:bb netns $P")
        .setup(PROC_IN_RED)
        .check("ip -o link show; ip -n red -o link show");
    link_add_veth_peer_netns_missing: ip("link add foo type veth peer name bar netns nope").check(LINKS);
    link_add_veth_peer_bad_option: ip("link add foo type veth bogus").check(LINKS);
    link_add_veth_peer_name_incomplete: ip("link add foo type veth peer name").check(LINKS);
    link_add_veth_peer_duplicate_name: ip("link add x type veth peer name y peer name z").check(LINKS);
    link_add_veth_peer_exists: ip("link add foo type veth peer name veth0").setup(PAIR).check(LINKS);
    link_add_veth_group_alias: ip("link add foo address 02:00:00:00:00:aa group 3 type veth peer name bar address 02:00:00:00:00:bb")
        .check(LINKS);
    link_add_veth_numtxqueues: ip("link add foo address 02:00:00:00:00:aa numtxqueues 4 numrxqueues 3 type veth peer name bar address 02:00:00:00:00:bb")
        .check("ip -d -o link show foo");
    link_add_veth_up: ip("link add foo address 02:00:00:00:00:aa up type veth peer name bar address 02:00:00:00:00:bb")
        .check("ip -o link show foo | sed 's/ state [A-Z]* / state X /'");
    link_add_duplicate: ip("link add veth0 type veth").setup(PAIR).check(LINKS);
    link_add_both_name_and_dev: ip("link add name x y type veth").check(LINKS);
    link_add_missing_type: ip("link add foo").check(LINKS);
    link_add_type_incomplete: ip("link add foo type").check(LINKS);
    link_add_unknown_kind: ip("link add foo type bogus").check(LINKS);
    link_add_dummy: ip("link add d0 type dummy").check(LINKS);
    link_add_invalid_lladdr: ip("link add foo address zz type veth").check(LINKS);
    link_add_lladdr_too_long: ip("link add foo address 02:00:00:00:00:01:02 type veth").check(LINKS);
    link_add_garbage_mtu: ip("link add foo mtu abc type veth").check(LINKS);
    link_add_mtu_too_big: ip("link add foo mtu 100000 type veth").check(LINKS);
    link_add_name_too_long: ip("link add abcdefghijklmnopq type veth").check(LINKS);
    link_add_duplicate_mtu: ip("link add foo mtu 1400 mtu 1300 type veth").check(LINKS);
    link_add_link_missing: ip("link add link nope name m0 type macvlan").check(LINKS);
    link_add_help: ip("link add help");
    link_add_veth_help: ip("link add foo type veth help");
    link_add_bridge_help: ip("link add foo type bridge help");

    // bridge
    link_add_bridge: ip("link add br0 address 02:00:00:00:00:10 type bridge")
        .check(LINKS_DETAILS).norm(common::BRIDGE_TIMERS);
    link_add_bridge_options: ip("link add br0 address 02:00:00:00:00:10 type bridge forward_delay 400 ageing_time 1000 hello_time 300 max_age 3000 priority 100")
        .check(LINKS_DETAILS).norm(common::BRIDGE_TIMERS);
    link_add_bridge_stp_state_0: ip("link add br0 address 02:00:00:00:00:10 type bridge stp_state 0 forward_delay 400")
        .check(LINKS_DETAILS).norm(common::BRIDGE_TIMERS);
    link_add_bridge_stp_state_1: ip("link add br0 type bridge stp_state 1").check(LINKS).norm(common::MAC);
    link_add_bridge_vlan_filtering: ip("link add br0 type bridge vlan_filtering 1").check(LINKS);
    link_add_bridge_vlan_filtering_0: ip("link add br0 address 02:00:00:00:00:10 type bridge vlan_filtering 0 ageing_time 500")
        .check(LINKS_DETAILS).norm(common::BRIDGE_TIMERS);
    link_add_bridge_bad_forward_delay: ip("link add br0 type bridge forward_delay xyz").check(LINKS);
    link_add_bridge_unknown_option: ip("link add br0 type bridge bogus 1").check(LINKS);
    link_add_bridge_mcast_options: ip("link add br0 address 02:00:00:00:00:10 type bridge mcast_snooping 0 mcast_router 2 group_fwd_mask 8 nf_call_iptables 1")
        .check(LINKS_DETAILS).norm(common::BRIDGE_TIMERS);

    // vlan (no 8021q in this kernel: the reference's error is what ipkit must print)
    link_add_vlan: ip("link add link veth0 name veth0.5 type vlan id 5").setup(PAIR).check(LINKS);
    link_add_vlan_link_after_name: ip("link add v5 link veth0 type vlan id 5").setup(PAIR).check(LINKS);
    link_add_vlan_without_id: ip("link add link veth0 name v5 type vlan").setup(PAIR).check(LINKS);
    link_add_vlan_bad_id: ip("link add link veth0 name v5 type vlan id 5000").setup(PAIR).check(LINKS);
    link_add_vlan_garbage_id: ip("link add link veth0 name v5 type vlan id x").setup(PAIR).check(LINKS);
    link_add_vlan_id_after_link: ip("link add v5 type vlan id 5 link veth0").setup(PAIR).check(LINKS);
    link_add_vlan_protocol: ip("link add link veth0 name v5 type vlan protocol 802.1ad id 5").setup(PAIR).check(LINKS);

    // macvlan / macvtap
    link_add_macvlan: ip("link add m0 link veth0 address 02:00:00:00:00:20 type macvlan")
        .setup(PAIR).check(LINKS_DETAILS);
    link_add_macvlan_private: ip("link add m0 link veth0 address 02:00:00:00:00:20 type macvlan mode private")
        .setup(PAIR).check("ip -d -o link show m0");
    link_add_macvlan_vepa: ip("link add m0 link veth0 address 02:00:00:00:00:20 type macvlan mode vepa")
        .setup(PAIR).check("ip -d -o link show m0");
    link_add_macvlan_bridge: ip("link add link veth0 name m0 address 02:00:00:00:00:20 type macvlan mode bridge")
        .setup(PAIR).check("ip -d -o link show m0");
    link_add_macvlan_passthru: ip("link add m0 link veth0 type macvlan mode passthru")
        .setup(PAIR).check("ip -d -o link show m0").norm(common::MAC);
    link_add_macvlan_passthru_busy: ip("link add m1 link veth0 type macvlan mode passthru")
        .setup(concat!(pair!(), "\nip link add m0 link veth0 type macvlan mode bridge")).check("ip -o link show m1");
    link_add_macvlan_source: ip("link add m0 link veth0 address 02:00:00:00:00:20 type macvlan mode source")
        .setup(PAIR).check("ip -d -o link show m0");
    link_add_macvlan_bad_mode: ip("link add m0 link veth0 type macvlan mode bogus").setup(PAIR).check(LINKS);
    link_add_macvlan_without_link: ip("link add m0 type macvlan").check(LINKS);
    link_add_macvtap: ip("link add mt0 link veth0 address 02:00:00:00:00:30 type macvtap mode bridge")
        .setup(PAIR).check("ip -d -o link show mt0");
    link_add_macvlan_help: ip("link add m0 link veth0 type macvlan help").setup(PAIR);

    // ------------------------------------------------------------------ set
    link_set_up: ip("link set veth0 up").setup(PAIR)
        .check(concat!(wait_state!(), "wait_state veth0 LOWERLAYERDOWN; ip -o link show"));
    link_set_dev_up: ip("link set dev veth0 up").setup(PAIR)
        .check(concat!(wait_state!(), "wait_state veth0 LOWERLAYERDOWN; ip -o link show"));
    link_set_down: ip("link set veth0 down").setup(PAIR_UP)
        .check(concat!(wait_state!(), "wait_state veth1 LOWERLAYERDOWN; ip -o link show"));
    link_set_up_down: ip("link set veth0 up down").setup(PAIR).check(LINKS);
    link_set_name: ip("link set veth0 name eth7").setup(PAIR).check(LINKS);
    link_set_name_exists: ip("link set veth0 name veth1").setup(PAIR).check(LINKS);
    link_set_name_incomplete: ip("link set veth0 name").setup(PAIR).check(LINKS);
    link_set_name_too_long: ip("link set veth0 name abcdefghijklmnopq").setup(PAIR).check(LINKS);
    link_set_name_of_up_link: ip("link set veth0 name eth7").setup(PAIR_UP).check(LINKS);
    link_set_mtu: ip("link set veth0 mtu 1400").setup(PAIR).check(LINKS);
    link_set_mtu_too_small: ip("link set veth0 mtu 10").setup(PAIR).check(LINKS);
    link_set_mtu_garbage: ip("link set veth0 mtu abc").setup(PAIR).check(LINKS);
    link_set_mtu_duplicate: ip("link set dev veth0 mtu 1400 mtu 1300").setup(PAIR).check(LINKS);
    link_set_address: ip("link set veth0 address 02:00:00:00:00:77").setup(PAIR).check(LINKS);
    link_set_address_invalid: ip("link set veth0 address zz").setup(PAIR).check(LINKS);
    link_set_address_too_long: ip("link set veth0 address 02:00:00:00:00:01:02").setup(PAIR).check(LINKS);
    link_set_address_multicast: ip("link set veth0 address 01:00:00:00:00:01").setup(PAIR).check(LINKS);
    link_set_broadcast: ip("link set veth0 broadcast 02:ff:ff:ff:ff:fe").setup(PAIR).check(LINKS);
    link_set_brd: ip("link set veth0 brd 02:ff:ff:ff:ff:fe").setup(PAIR).check(LINKS);
    link_set_broadcast_invalid: ip("link set veth0 broadcast zz").setup(PAIR).check(LINKS);
    link_set_txqueuelen: ip("link set veth0 txqueuelen 50").setup(PAIR).check(LINKS);
    link_set_qlen: ip("link set veth0 qlen 60").setup(PAIR).check(LINKS);
    link_set_txqlen: ip("link set veth0 txqlen 70").setup(PAIR).check(LINKS);
    link_set_txqueuelen_garbage: ip("link set veth0 txqueuelen x").setup(PAIR).check(LINKS);
    link_set_qlen_duplicate: ip("link set veth0 qlen 50 txqlen 60").setup(PAIR).check(LINKS);
    link_set_alias: argv(["ip", "link", "set", "veth0", "alias", "an alias"]).setup(PAIR).check(LINKS);
    link_set_alias_empty: argv(["ip", "link", "set", "veth0", "alias", ""])
        .setup(concat!(pair!(), "\nip link set veth0 alias old")).check(LINKS);
    link_set_alias_incomplete: ip("link set veth0 alias").setup(PAIR).check(LINKS);
    link_set_master: ip("link set veth1 master br0").setup(concat!(pair!(), "\nip link add br0 address 02:00:00:00:00:10 type bridge"))
        .check(LINKS);
    link_set_master_missing: ip("link set veth0 master nope").setup(PAIR).check(LINKS);
    link_set_master_self: ip("link set veth0 master veth0").setup(PAIR).check(LINKS);
    link_set_master_not_a_bridge: ip("link set veth0 master veth1").setup(PAIR).check(LINKS);
    link_set_nomaster: ip("link set veth1 nomaster").setup(BRIDGED).check(LINKS);
    link_set_master_then_nomaster: ip("link set veth1 master br0 nomaster").setup(BRIDGED).check(LINKS);
    link_set_netns_name: ip("link set veth1 netns red").setup(concat!(pair!(), "\nip netns add red"))
        .check("ip -o link show; ip -n red -o link show");
    link_set_netns_pid: ip("link set veth1 netns $P").setup(concat!(pair!(), "\n", proc_in_red!()))
        .check("ip -o link show; ip -n red -o link show");
    link_set_netns_missing: ip("link set veth1 netns nope").setup(PAIR).check(LINKS);
    link_set_netns_no_such_pid: ip("link set veth1 netns 999999").setup(PAIR).check(LINKS);
    link_set_arp_off: ip("link set veth0 arp off").setup(PAIR).check(LINKS);
    link_set_arp_on: ip("link set veth0 arp on").setup(concat!(pair!(), "\nip link set veth0 arp off")).check(LINKS);
    link_set_arp_bogus: ip("link set veth0 arp bogus").setup(PAIR).check(LINKS);
    link_set_multicast_off: ip("link set veth0 multicast off").setup(PAIR).check(LINKS);
    link_set_multicast_on: ip("link set veth0 multicast on").setup(concat!(pair!(), "\nip link set veth0 multicast off")).check(LINKS);
    link_set_promisc_on: ip("link set veth0 promisc on").setup(PAIR).check(LINKS_DETAILS);
    link_set_promisc_off: ip("link set veth0 promisc off").setup(concat!(pair!(), "\nip link set veth0 promisc on")).check(LINKS);
    link_set_promisc_bogus: ip("link set veth0 promisc maybe").setup(PAIR).check(LINKS);
    link_set_allmulticast_on: ip("link set veth0 allmulticast on").setup(PAIR).check(LINKS_DETAILS);
    link_set_allmulticast_off: ip("link set veth0 allmulticast off").setup(concat!(pair!(), "\nip link set veth0 allmulticast on")).check(LINKS);
    link_set_group: ip("link set veth0 group 5").setup(PAIR).check(LINKS);
    link_set_group_default: ip("link set veth0 group default").setup(concat!(pair!(), "\nip link set veth0 group 5")).check(LINKS);
    link_set_group_bad: ip("link set veth0 group nope").setup(PAIR).check(LINKS);
    link_set_whole_group: ip("link set group 5 mtu 1400").setup(concat!(pair!(), "\nip link set veth0 group 5")).check(LINKS);
    link_set_whole_group_up: ip("link set group 5 up").setup(concat!(pair!(), "\nip link set veth0 group 5; ip link set veth1 group 5"))
        .check(concat!(wait_state!(), "wait_state veth0 UP; wait_state veth1 UP; ip -o link show"));
    link_set_many: ip("link set dev veth0 mtu 1400 txqueuelen 10 address 02:00:00:00:00:55 alias many group 2 arp off")
        .setup(PAIR).check(LINKS);
    link_set_missing_dev: ip("link set nope up").check(LINKS);
    link_set_garbage: ip("link set veth0 bogus").setup(PAIR).check(LINKS);
    link_set_dev_incomplete: ip("link set dev").check(LINKS);
    link_set_dev_twice: ip("link set veth0 dev veth1").setup(PAIR).check(LINKS);
    link_set_nothing: ip("link set veth0").setup(PAIR).check(LINKS);
    link_set_a_is_address: ip("link set a up").setup(PAIR).check(LINKS);
    link_set_type_veth: ip("link set veth0 type veth").setup(PAIR).check(LINKS);
    link_set_addrgenmode_none: ip("link set veth0 addrgenmode none").setup(PAIR).check("ip -d -o link show veth0");
    link_set_bridge_options: ip("link set br0 type bridge forward_delay 500 ageing_time 2000")
        .setup(BRIDGED).check("ip -d -o link show br0").norm(common::BRIDGE_TIMERS);
    link_set_bridge_stp_on: ip("link set br0 type bridge stp_state 1").setup(BRIDGED).check("ip -d -o link show br0").norm(common::BRIDGE_TIMERS);
    link_change_mtu: ip("link change veth0 mtu 1400").setup(PAIR).check(LINKS);
    link_change_dev_mtu: ip("link change dev veth0 mtu 1400").setup(PAIR).check(LINKS);
    link_replace_existing: ip("link replace veth0 type veth peer name veth1").setup(PAIR).check(LINKS);
    link_replace_new: ip("link replace foo address 02:00:00:00:00:aa type veth peer name bar address 02:00:00:00:00:bb").check(LINKS);

    // ------------------------------------------------------------------ delete
    link_delete_veth: ip("link delete veth0").setup(PAIR).check(LINKS);
    link_delete_dev: ip("link delete dev veth1").setup(PAIR).check(LINKS);
    link_delete_prefix_del: ip("link del veth0").setup(PAIR).check(LINKS);
    link_delete_with_type: ip("link delete veth0 type veth").setup(PAIR).check(LINKS);
    link_delete_with_wrong_type: ip("link delete veth0 type bridge").setup(PAIR).check(LINKS);
    link_delete_bridge_with_port: ip("link delete br0").setup(BRIDGED).check(LINKS);
    link_delete_macvlan: ip("link delete m0")
        .setup(concat!(pair!(), "\nip link add m0 link veth0 type macvlan")).check(LINKS);
    link_delete_lower_of_macvlan: ip("link delete veth0")
        .setup(concat!(pair!(), "\nip link add m0 link veth0 type macvlan")).check(LINKS);
    link_delete_missing: ip("link delete nope").check(LINKS);
    link_delete_no_dev: ip("link delete").check(LINKS);
    link_delete_dev_incomplete: ip("link delete dev").check(LINKS);
    link_delete_two_devs: ip("link del veth0 veth1").setup(PAIR).check(LINKS);
    link_delete_lo: ip("link delete lo").check(LINKS);
    link_delete_group: ip("link delete group 5").setup(concat!(pair!(), "\nip link add br0 type bridge\nip link set br0 group 5\nip link set veth0 group 5")).check(LINKS);
    link_delete_group_0: ip("link delete group 0").setup(PAIR).check(LINKS);
    link_delete_group_empty: ip("link delete group 9").setup(PAIR).check(LINKS);
    link_delete_in_netns: ip("-n red link delete vr").setup(RICH).check("ip -o link show; ip -n red -o link show");
}

cases! {
    // namespace words as the reference opens them: a name under /run/netns even when it is
    // not a valid netns name, a path when it has a slash; the kernel's refusals as it words them
    link_set_netns_dotdot: ip("link set veth1 netns ..").setup(PAIR).check(LINKS);
    link_set_netns_relative_path: ip("link set veth1 netns nt/f")
        .setup(concat!(pair!(), "mkdir -p nt && touch nt/f\n")).check(LINKS);
    link_set_link_netns_dotdot: ip("link set veth1 link-netns ..").setup(PAIR).check(LINKS);
    link_set_link_netns_empty: argv(["ip", "link", "set", "veth1", "link-netns", ""]).setup(PAIR).check(LINKS);
}

cases! {
    link_show_vrf_not_vrf: ip("link show vrf veth0").setup(PAIR);
    // `default` still names group 0 when the group file calls it something else
    link_show_group_default_renamed: ip("link show group default")
        .setup(concat!(pair!(), "\necho '0 zero' > /etc/iproute2/group\n"));
    link_set_group_default_renamed: ip("link set veth0 group default")
        .setup(concat!(pair!(), "\nip link set veth0 group 3\necho '0 zero' > /etc/iproute2/group\n")).check("ip -d link show veth0 | grep -o 'group [a-z0-9]*'");
    // sscanf("%x") into 32 bits: the high digits of an overlong byte are cut off
    link_set_address_byte_over_32_bits: ip("link set veth0 address 100000000:00:00:00:00:01").setup(PAIR).check(LINKS);
    link_set_address_byte_wraps_to_ff: ip("link set veth0 address 1000000ff:00:00:00:00:01").setup(PAIR).check(LINKS);
}

cases! {
    // group names printed from /etc/iproute2/group
    link_show_group_named: ip("link show").setup(concat!(pair!(), "\nip link set veth0 group 7\necho '7 seven' >> /etc/iproute2/group\n"));
    link_show_group_named_json: ip("-j link show veth0").setup(concat!(pair!(), "\nip link set veth0 group 7\necho '7 seven' >> /etc/iproute2/group\n"));
}

cases! {
    // qlen is a C int, left out when 0
    link_show_qlen_zero: ip("link show v0").setup("ip link add v0 address 02:00:00:00:00:01 txqueuelen 0 type veth peer name v1 address 02:00:00:00:00:02");
    link_show_qlen_zero_json: ip("-j link show v0").setup("ip link add v0 address 02:00:00:00:00:01 txqueuelen 0 type veth peer name v1 address 02:00:00:00:00:02");
    link_show_qlen_minus_one: ip("link show v0").setup("ip link add v0 address 02:00:00:00:00:01 txqueuelen -1 type veth peer name v1 address 02:00:00:00:00:02");
    link_show_qlen_minus_one_json: ip("-j link show v0").setup("ip link add v0 address 02:00:00:00:00:01 txqueuelen -1 type veth peer name v1 address 02:00:00:00:00:02");
    addr_show_qlen_zero: ip("addr show v0").setup("ip link add v0 address 02:00:00:00:00:01 txqueuelen 0 type veth peer name v1 address 02:00:00:00:00:02");
}
