//! `ifN` as a device word: iproute2 6.1 looks a device up by name and, when none has that
//! name, reads `ifN` as interface index N (`if1` is lo; `if+1` and `if1x` too; `if0` and
//! `ifx` are no device). `ip link show DEV` alone asks the kernel by name. A device really
//! named `if5` is that device, not index 5. `ip rule iif/oif`, `ip maddr`, `ip tuntap`
//! and `ip vrf` take names as they are.

use crate::common::ip;

/// An address on lo, a route through it, a veth `if5`/`vp` (indexes 3 and 2) and a veth
/// `x4`/`x5` (x4 is index 5).
const STATE: &str = "\
ip addr add 10.9.0.1/24 dev lo
ip route add 10.7.0.0/16 dev lo
ip link add if5 address 02:00:00:00:00:05 type veth peer name vp address 02:00:00:00:00:06
ip link add x4 address 02:00:00:00:00:07 type veth peer name x5 address 02:00:00:00:00:08
";

const LINKS: &str = "ip -d link show";
const ROUTES: &str = "ip route show table all";

cases! {
    // ------------------------------------------------------------------ ip route
    ifnum_route_show_dev: ip("route show dev if1").setup(STATE);
    ifnum_route_show_dev_json: ip("-j route show dev if1").setup(STATE);
    ifnum_route_show_oif_plus: ip("route show oif if+1").setup(STATE);
    ifnum_route_show_dev_trailing: ip("route show dev if1x").setup(STATE);
    ifnum_route_show_dev_zero: ip("route show dev if0").setup(STATE);
    ifnum_route_show_dev_word: ip("route show dev ifx").setup(STATE);
    ifnum_route_show_dev_missing: ip("route show dev if99").setup(STATE);
    ifnum_route_show_dev_missing_json: ip("-j route show dev if99").setup(STATE);
    ifnum_route_show_dev_named: ip("route show dev if5 table all").setup(STATE);
    ifnum_route_show_iif: ip("route show iif if1").setup(STATE);
    ifnum_route_show_iif_lo: ip("route show table all iif lo").setup(STATE);
    ifnum_route_show_iif_zero: ip("route show iif if0").setup(STATE);
    ifnum_route_show_iif_word: ip("route show iif ifx").setup(STATE);
    ifnum_route_show_iif_missing: ip("route show iif if99").setup(STATE);
    ifnum_route_show_iif_incomplete: ip("route show iif").setup(STATE);
    ifnum_route_flush_dev: ip("route flush dev if1").setup(STATE).check(ROUTES);
    ifnum_route_flush_dev_missing: ip("route flush dev if99").setup(STATE).check(ROUTES);
    ifnum_route_flush_iif: ip("route flush iif if1").setup(STATE).check(ROUTES);
    ifnum_route_add_dev: ip("route add 10.0.0.0/8 dev if1").setup(STATE).check(ROUTES);
    ifnum_route_add_dev_plus: ip("route add 10.0.0.0/8 dev if+1").setup(STATE).check(ROUTES);
    ifnum_route_add_dev_zero: ip("route add 10.0.0.0/8 dev if0").setup(STATE).check(ROUTES);
    ifnum_route_add_dev_missing: ip("route add 10.0.0.0/8 dev if99").setup(STATE).check(ROUTES);
    ifnum_route_add_dev_named: ip("route add 10.0.0.0/8 dev if5").setup(STATE).check(ROUTES);
    ifnum_route_add_via_dev: ip("route add 10.1.0.0/16 via 127.0.0.2 dev if1").setup(STATE).check(ROUTES);
    ifnum_route_add_nexthop_dev: ip("route add 10.2.0.0/16 nexthop dev if1").setup(STATE).check(ROUTES);
    ifnum_route_add_nexthop_dev_missing: ip("route add 10.2.0.0/16 nexthop dev if99").setup(STATE).check(ROUTES);
    ifnum_route_get_oif: ip("route get 10.9.0.1 oif if1").setup(STATE);
    ifnum_route_get_oif_missing: ip("route get 10.9.0.1 oif if99").setup(STATE);
    ifnum_route_get_oif_zero: ip("route get 10.9.0.1 oif if0").setup(STATE);
    ifnum_route_get_iif: ip("route get 10.9.0.1 iif if1 from 10.9.0.2").setup(STATE);
    ifnum_route_get_iif_missing: ip("route get 10.9.0.1 iif if99 from 10.9.0.2").setup(STATE);
    // ------------------------------------------------------------------ ip addr
    ifnum_addr_show_dev: ip("addr show dev if1").setup(STATE);
    ifnum_addr_show_bare: ip("addr show if1").setup(STATE);
    ifnum_addr_show_oneline: ip("-o addr show dev if+1").setup(STATE);
    ifnum_addr_show_brief: ip("-br addr show dev if1x").setup(STATE);
    ifnum_addr_show_json: ip("-j addr show dev if1").setup(STATE);
    ifnum_addr_show_v4: ip("-4 addr show dev if1").setup(STATE);
    ifnum_addr_show_up: ip("addr show dev if1 up").setup(STATE);
    ifnum_addr_show_zero: ip("addr show dev if0").setup(STATE);
    ifnum_addr_show_word: ip("addr show dev ifx").setup(STATE);
    ifnum_addr_show_missing: ip("addr show dev if99").setup(STATE);
    ifnum_addr_show_missing_json: ip("-j addr show dev if99").setup(STATE);
    ifnum_addr_show_missing_stats: ip("-s addr show dev if99").setup(STATE);
    ifnum_addr_show_named: ip("addr show dev if5").setup(STATE);
    ifnum_addr_show_master: ip("addr show master if1").setup(STATE);
    ifnum_addr_add_dev: ip("addr add 10.3.0.1/24 dev if1").setup(STATE).check("ip addr");
    ifnum_addr_add_dev_missing: ip("addr add 10.3.0.1/24 dev if99").setup(STATE).check("ip addr");
    ifnum_addr_add_dev_zero: ip("addr add 10.3.0.1/24 dev if0").setup(STATE);
    ifnum_addr_flush_dev: ip("addr flush dev if1").setup(STATE).check("ip addr");
    ifnum_addr_flush_dev_missing: ip("addr flush dev if99").setup(STATE).check("ip addr");
    ifnum_addr_flush_dev_zero: ip("addr flush dev if0").setup(STATE);
    // ------------------------------------------------------------------ ip link
    ifnum_link_show_dev: ip("link show dev if1").setup(STATE);
    ifnum_link_show_bare: ip("link show if1").setup(STATE);
    ifnum_link_show_json: ip("-j link show dev if1").setup(STATE);
    ifnum_link_show_type: ip("link show if+1 type veth").setup(STATE);
    ifnum_link_show_missing: ip("link show dev if99").setup(STATE);
    ifnum_link_show_zero: ip("link show dev if0").setup(STATE);
    ifnum_link_show_word: ip("link show ifx").setup(STATE);
    ifnum_link_show_named: ip("link show if5").setup(STATE);
    ifnum_link_show_master: ip("link show master if1").setup(STATE);
    ifnum_link_set_mtu: ip("link set if1 mtu 1500").setup(STATE).check(LINKS);
    ifnum_link_set_dev_up: ip("link set dev if2 up").setup(STATE).check(LINKS);
    ifnum_link_set_missing: ip("link set dev if99 up").setup(STATE).check(LINKS);
    ifnum_link_set_zero: ip("link set dev if0 up").setup(STATE);
    ifnum_link_set_named: ip("link set if5 mtu 1400").setup(STATE).check(LINKS);
    ifnum_link_set_master: ip("link set vp master if1").setup(STATE).check(LINKS);
    ifnum_link_set_master_missing: ip("link set vp master if99").setup(STATE);
    ifnum_link_add_link: ip("link add link if1 name mv address 02:00:00:00:00:09 type macvlan").setup(STATE).check(LINKS);
    ifnum_link_add_link_veth: ip("link add link if2 name mv address 02:00:00:00:00:09 type macvlan").setup(STATE).check(LINKS);
    ifnum_link_add_link_missing: ip("link add link if99 name mv address 02:00:00:00:00:09 type macvlan").setup(STATE);
    ifnum_link_add_vxlan_dev: ip("link add vx address 02:00:00:00:00:0a type vxlan id 1 dstport 4789 dev if2").setup(STATE).check(LINKS);
    ifnum_link_property: ip("link property add dev if1 altname foo").setup(STATE).check(LINKS);
    ifnum_link_property_missing: ip("link property add dev if99 altname foo").setup(STATE);
    // ------------------------------------------------------------------ ip neigh
    ifnum_neigh_show_dev: ip("neigh show dev if1").setup(STATE);
    ifnum_neigh_show_dev_missing: ip("neigh show dev if99").setup(STATE);
    ifnum_neigh_show_dev_zero: ip("neigh show dev if0").setup(STATE);
    ifnum_neigh_add_dev: ip("neigh add 10.9.0.5 lladdr 00:11:22:33:44:55 dev if1").setup(STATE).check("ip neigh show");
    ifnum_neigh_add_dev_missing: ip("neigh add 10.9.0.5 lladdr 00:11:22:33:44:55 dev if99").setup(STATE);
    ifnum_neigh_flush_dev: ip("neigh flush dev if1").setup(STATE);
    // ------------------------------------------------------------------ others
    ifnum_nexthop_add_dev: ip("nexthop add id 5 dev if1").setup(STATE).check("ip nexthop");
    ifnum_nexthop_add_dev_missing: ip("nexthop add id 5 dev if99").setup(STATE);
    ifnum_nexthop_show_dev: ip("nexthop show dev if1").setup(&format!("{STATE}ip nexthop add id 5 dev lo\n"));
    ifnum_netconf_show_dev: ip("netconf show dev if1").setup(STATE);
    ifnum_netconf_show_dev_missing: ip("netconf show dev if99").setup(STATE);
    ifnum_netconf_show_dev_zero: ip("netconf show dev if0").setup(STATE);
    ifnum_tunnel_add_dev: ip("tunnel add t1 mode ipip dev if1").setup(STATE);
    ifnum_tunnel_add_dev_zero: ip("tunnel add t1 mode ipip dev if0").setup(STATE);
    ifnum_addrlabel_add_dev: ip("addrlabel add prefix 2001:db8::/32 dev if1 label 5").setup(STATE).check("ip addrlabel");
    ifnum_addrlabel_add_dev_missing: ip("addrlabel add prefix 2001:db8::/32 dev if99 label 5").setup(STATE);
    ifnum_mptcp_endpoint_dev: ip("mptcp endpoint add 10.9.0.1 dev if1").setup(STATE).check("ip mptcp endpoint");
    ifnum_token_show_dev: ip("token show dev if1").setup(STATE);
    ifnum_mroute_show_iif: ip("mroute show iif if1").setup(STATE);
    // names, as they are
    ifnum_rule_add_iif: ip("rule add iif if1 table 5").setup(STATE).check("ip rule");
    ifnum_rule_add_oif: ip("rule add oif if5 table 5").setup(STATE).check("ip rule");
    ifnum_maddr_show_dev: ip("maddr show dev if1").setup(STATE);
    ifnum_maddr_add_dev: ip("maddr add 33:33:00:00:00:01 dev if1").setup(STATE);
    ifnum_tuntap_show_dev: ip("tuntap show dev if1").setup(STATE);
    ifnum_vrf_exec: ip("vrf exec if1 true").setup(STATE);
}

cases! {
    // `ip monitor dev ifN`: v0 is index 3 in the monitor cases' links
    ifnum_monitor_dev: crate::monitor::live_case("monitor dev if3", crate::monitor::CHANGES);
    ifnum_monitor_dev_zero: ip("monitor dev if0");
    ifnum_monitor_dev_word: ip("monitor dev ifx");
}

cases! {
    // link kinds and selectors that name a device
    ifnum_link_add_ipip_dev: ip("link add t1 type ipip remote 10.1.2.3 dev if1").setup(STATE);
    ifnum_link_add_ipip_dev_zero: ip("link add t1 type ipip remote 10.1.2.3 dev if0").setup(STATE);
    ifnum_link_add_vxlan_dev_word: ip("link add vx type vxlan id 1 dstport 4789 dev ifx").setup(STATE);
    ifnum_link_add_master: ip("link add mv link x5 master if1 type macvlan").setup(STATE);
    ifnum_link_show_vrf: ip("link show vrf if1").setup(STATE);
    ifnum_addr_show_vrf: ip("addr show vrf if1").setup(STATE);
    ifnum_nexthop_add_via_dev: ip("nexthop add id 6 via 10.9.0.7 dev if1").setup(STATE).check("ip nexthop");
    ifnum_nexthop_flush_dev: ip("nexthop flush dev if1").setup(&format!("{STATE}ip nexthop add id 5 dev lo\n")).check("ip nexthop");
    ifnum_nexthop_bucket_show_dev: ip("nexthop bucket show dev if1").setup(STATE);
    ifnum_xfrm_policy_show_dev: ip("xfrm policy show dev if1").setup(STATE);
    ifnum_xfrm_policy_show_dev_zero: ip("xfrm policy show dev if0").setup(STATE);
    ifnum_neigh_add_proxy_dev: ip("neigh add proxy 10.9.0.8 dev if1").setup(STATE).check("ip neigh show proxy");
    ifnum_link_set_nomaster_named: ip("link set if5 nomaster").setup(STATE);
}

cases! {
    ifnum_link_set_address_missing: ip("link set if99 address 02:00:00:00:00:01").setup(STATE);
    ifnum_link_set_address_length: ip("link set if2 address 02:00:00:00:00:01:02").setup(STATE);
    ifnum_link_set_address: ip("link set if2 address 02:00:00:00:00:0b").setup(STATE).check(LINKS);
    ifnum_addr_flush_master: ip("addr flush master if1").setup(STATE).check("ip addr");
    ifnum_link_set_vrf: ip("link set vp vrf if1").setup(STATE);
}
