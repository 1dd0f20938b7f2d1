//! Link kinds (`ip link add … type KIND OPTIONS`, `ip -d link show`) against iproute2 6.1:
//! vxlan live (this kernel has it): the requests' effect read back by the reference, the
//! details in every output mode, the complaints and the dstport warning. The kinds this kernel
//! lacks are checked offline (request captures in src/ip/kinds/testdata, recorded messages in
//! src/ip/iface/testdata); here only the kernel's refusal of them.

use crate::common::{argv, ip};

/// `eth0`, a veth with a fixed address (ifindex 3; its peer `eth1` is 2).
const ETH0: &str =
    "ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth1 address 02:00:00:00:00:02";

/// [`ETH0`] and vxlans with fixed addresses: `vx` (IPv4 unicast, most options), `vy`
/// (external, vnifilter), `vz` (IPv6, the inherit values), `vq` (IPv4 group).
const VXLANS: &str = "ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth1 address 02:00:00:00:00:02
ip link add vx address 02:00:00:00:00:09 type vxlan id 7 dstport 4789 local 10.0.0.5 dev eth0 remote 10.0.0.6 ttl 5 tos 0x10 df set srcport 100 200 ageing 30 maxaddress 40 proxy rsc l2miss l3miss gbp noudpcsum udp6zerocsumtx remcsumtx
ip link add vy address 02:00:00:00:00:0a type vxlan external vnifilter dstport 0
ip link add vz address 02:00:00:00:00:0b type vxlan id 8 remote 2001:db8::5 local 2001:db8::1 dev eth0 flowlabel 5 ttl inherit tos inherit df inherit dstport 5 udp6zerocsumrx remcsumrx nolearning
ip link add vq address 02:00:00:00:00:0c type vxlan id 5 group 239.1.1.1 dev eth0 dstport 4789 df unset ttl 0 maxaddress 0
ip link add vw address 02:00:00:00:00:0d type vxlan id 9 group ff05::2 dev eth0 local 2001:db8::3 tos 0x20 ttl 64 dstport 4789";

/// The vxlans' details as the reference prints them.
const SHOW: &str = "ip -d link show type vxlan";

cases! {
    // ------------------------------------------------------------------ vxlan: add
    ip_kind_vxlan_flannel: ip("link add flannel.1 address 02:00:00:00:00:30 type vxlan id 1 local 10.0.0.5 dev eth0 dstport 8472 nolearning")
        .setup(ETH0).check("ip -d link show flannel.1");
    ip_kind_vxlan_no_dstport_warns: ip("link add vx address 02:00:00:00:00:30 type vxlan id 5").check(SHOW);
    ip_kind_vxlan_dstport_0_quiet: ip("link add vx address 02:00:00:00:00:30 type vxlan id 5 dstport 0").check(SHOW);
    ip_kind_vxlan_replace_warns: ip("link replace vx address 02:00:00:00:00:30 type vxlan id 5").check(SHOW);
    ip_kind_vxlan_external_warns: ip("link add vx address 02:00:00:00:00:30 type vxlan external").check(SHOW);
    ip_kind_vxlan_all_options: ip("link add vx address 02:00:00:00:00:30 type vxlan id 5 remote 1.2.3.4 local 5.6.7.8 ttl 10 tos 0x10 df set dev eth0 dstport 4789 srcport 100 200 learning proxy rsc l2miss l3miss ageing 30 maxaddress 40 udpcsum udp6zerocsumtx udp6zerocsumrx remcsumtx remcsumrx gbp")
        .setup(ETH0).check(SHOW);
    ip_kind_vxlan_negatives: ip("link add vx address 02:00:00:00:00:30 type vxlan vni 5 group 239.1.1.1 dev eth0 dstport 0 nolearning noproxy norsc nol2miss nol3miss noudpcsum noudp6zerocsumtx noudp6zerocsumrx noremcsumtx noremcsumrx noexternal novnifilter")
        .setup(ETH0).check(SHOW);
    ip_kind_vxlan_ipv6: ip("link add vx address 02:00:00:00:00:30 type vxlan id 5 remote 2001:db8::1 local 2001:db8::2 dstport 1 ttl auto tos inherit df inherit flowlabel 0xfffff")
        .check(SHOW);
    ip_kind_vxlan_ttl_inherit: ip("link add vx address 02:00:00:00:00:30 type vxlan id 5 ttl inherit df unset dstport 1").check(SHOW);
    ip_kind_vxlan_group6: ip("link add vx address 02:00:00:00:00:30 type vxlan id 1 group ff05::1 dev eth0 dstport 1")
        .setup(ETH0).check(SHOW);
    ip_kind_vxlan_external_vnifilter: ip("link add vx address 02:00:00:00:00:30 type vxlan external vnifilter dstport 4789").check(SHOW);
    ip_kind_vxlan_external_learning: ip("link add vx address 02:00:00:00:00:30 type vxlan external learning dstport 1").check(SHOW);
    ip_kind_vxlan_prefixes: ip("link add vx address 02:00:00:00:00:30 type vxlan i 1 rem 1.2.3.4 dst 1 loc 5.6.7.8 t 5 l2 lea ds 5 a 7 m 8 p 9 10 pr nor nou noudp6 rs remc gb")
        .check(SHOW);
    ip_kind_vxlan_zeros: ip("link add vx address 02:00:00:00:00:30 type vxlan id 0 dstport 1 tos 0 ttl 0 maxaddress 0 ageing 0 local 0.0.0.0")
        .check(SHOW);
    ip_kind_vxlan_hex_values: ip("link add vx address 02:00:00:00:00:30 type vxlan id 0x10 dstport 1 ttl 0x10 tos 1f hop 3")
        .check(SHOW);
    ip_kind_vxlan_unlimited: ip("link add vx address 02:00:00:00:00:30 type vxlan id 1 dstport 1 maxaddress unlimited").check(SHOW);
    ip_kind_vxlan_kernel_refuses_label_v4: ip("link add vx type vxlan id 1 dstport 1 flowlabel 5").check(SHOW);
    ip_kind_vxlan_kernel_refuses_gpe: ip("link add vx type vxlan id 1 gbp gpe dstport 1").check(SHOW);
    ip_kind_vxlan_kernel_refuses_srcport: ip("link add vx type vxlan id 1 srcport 6 5 dstport 1");
    ip_kind_vxlan_gpe_port: ip("link add vx address 02:00:00:00:00:30 type vxlan external vnifilter gpe").check(SHOW);
    ip_kind_vxlan_exists: ip("link add vx type vxlan id 1 dstport 1").setup(VXLANS);
    // ------------------------------------------------------------------ vxlan: set
    ip_kind_vxlan_set_ttl: ip("link set vq type vxlan ttl 5").setup(VXLANS).check(SHOW);
    ip_kind_vxlan_set_learning: ip("link set vq type vxlan nolearning ageing 10").setup(VXLANS).check(SHOW);
    ip_kind_vxlan_set_same_id: ip("link change vq type vxlan id 5 proxy").setup(VXLANS).check(SHOW);
    ip_kind_vxlan_set_port: ip("link set vq type vxlan id 5 dstport 1").setup(VXLANS).check(SHOW);
    ip_kind_vxlan_set_not_vxlan: ip("link set eth0 type vxlan id 2").setup(ETH0);
    ip_kind_vxlan_set_external_and_id: ip("link set vq type vxlan external id 7").setup(VXLANS);
    ip_kind_vxlan_set_group_no_dev: ip("link set vq type vxlan group 239.1.1.2").setup(VXLANS);
    // ------------------------------------------------------------------ vxlan: details
    ip_kind_vxlan_details: ip("-d link show").setup(VXLANS);
    ip_kind_vxlan_details_json: ip("-d -j link show").setup(VXLANS);
    ip_kind_vxlan_details_pretty: ip("-d -j -p link show").setup(VXLANS);
    ip_kind_vxlan_details_oneline: ip("-d -o link show").setup(VXLANS);
    ip_kind_vxlan_details_addr: ip("-d addr show").setup(VXLANS);
    ip_kind_vxlan_details_addr_json: ip("-d -j addr show dev vx").setup(VXLANS);
    ip_kind_vxlan_details_resolve: ip("-d -r link show vx").setup(VXLANS);
    ip_kind_vxlan_details_lower_gone: ip("-d link show type vxlan")
        .setup(concat!("ip link add eth0 type veth peer name eth1\n", "ip link add vy address 02:00:00:00:00:0a type vxlan external dstport 0"));
    // ------------------------------------------------------------------ vxlan: complaints
    ip_kind_vxlan_help: ip("link add vx type vxlan help");
    ip_kind_vxlan_help_after_id: ip("link add vx type vxlan id 1 help");
    ip_kind_vxlan_link_help: ip("link help vxlan");
    ip_kind_vxlan_unknown: ip("link add vx type vxlan id 1 bogus");
    ip_kind_vxlan_novnifilter_prefix: ip("link add vx type vxlan id 1 nov");
    ip_kind_vxlan_missing_vni: ip("link add vx type vxlan dstport 1");
    ip_kind_vxlan_bad_id: ip("link add vx type vxlan id 16777216");
    ip_kind_vxlan_dup_id: ip("link add vx type vxlan id 1 vni 2 dstport 1");
    ip_kind_vxlan_external_and_id: ip("link add vx type vxlan id 1 dstport 1 e");
    ip_kind_vxlan_remote_multicast: ip("link add vx type vxlan id 1 remote 239.1.1.1 dstport 1");
    ip_kind_vxlan_group_unicast: ip("link add vx type vxlan id 1 group 1.2.3.4 dstport 1");
    ip_kind_vxlan_group_no_dev: ip("link add vx type vxlan id 1 group 239.1.1.1 dstport 1");
    ip_kind_vxlan_group_and_remote: ip("link add vx type vxlan id 1 remote 1.2.3.4 group foo");
    ip_kind_vxlan_family_mismatch: ip("link add vx type vxlan id 1 remote 1.2.3.4 local 2001::1 dstport 1");
    ip_kind_vxlan_bad_addr: ip("link add vx type vxlan id 1 local foo dstport 1");
    ip_kind_vxlan_any_addr: ip("link add vx type vxlan id 1 local any dstport 1");
    ip_kind_vxlan_ttl_big: ip("link add vx type vxlan id 1 ttl 256 dstport 1");
    ip_kind_vxlan_ttl_bad: ip("link add vx type vxlan id 1 ttl abc dstport 1");
    ip_kind_vxlan_ttl_dup: ip("link add vx type vxlan id 1 ttl 5 hoplimit 6");
    ip_kind_vxlan_tos_bad: ip("link add vx type vxlan id 1 tos 256 dstport 1");
    ip_kind_vxlan_df_bad: ip("link add vx type vxlan id 1 df foo dstport 1");
    ip_kind_vxlan_label_bad: ip("link add vx type vxlan id 1 flowlabel 1048576 dstport 1");
    ip_kind_vxlan_label_dup: ip("link add vx type vxlan id 1 label 1 label 2");
    ip_kind_vxlan_dev_missing: ip("link add vx type vxlan id 1 dev nope dstport 1");
    ip_kind_vxlan_dstport_bad: ip("link add vx type vxlan id 1 dstport 65536");
    ip_kind_vxlan_srcport_bad: ip("link add vx type vxlan id 1 srcport 5 dstport 1");
    ip_kind_vxlan_srcport_short: ip("link add vx type vxlan id 1 srcport 1");
    ip_kind_vxlan_ageing_bad: ip("link add vx type vxlan id 1 ageing 4294967296 dstport 1");
    ip_kind_vxlan_maxaddress_bad: ip("link add vx type vxlan id 1 maxaddress abc dstport 1");
    ip_kind_vxlan_flag_dup: ip("link add vx type vxlan learning lea");
    ip_kind_vxlan_vnifilter_needs_external: ip("link add vx type vxlan vnifilter group 239.1.1.1 id 1");
    ip_kind_vxlan_incomplete: ip("link add vx type vxlan id");
}

/// Every kind `ip link help` lists (and two it does not), without options: the reference
/// sends the kind alone and reports the kernel's answer. (The scripts start with an `ip`
/// command: the harness names the applet by a script's first word.)
const ALL_KINDS: &str = "amt bareudp bond bond_slave bridge_slave dsa dummy erspan geneve gre gretap gtp ifb ip6erspan ip6gre ip6gretap ip6tnl ipip ipoib ipvlan ipvtap macsec macvlan macvtap netdevsim nlmon rmnet sit team team_slave vcan vlan vrf vti vxcan vxlan wwan xfrm virt_wifi can hsr wireguard foo";

cases! {
    // ------------------------------------------------------------------ kinds without options
    ip_kind_all_bare: argv(["sh", "-c", &format!("ip -br link show lo >/dev/null; for k in {ALL_KINDS}; do echo \"== $k\"; ip link add x0 type $k; echo \"rc=$?\"; ip link del x0 2>/dev/null; done")])
        .check("ip -d link show");
    ip_kind_all_bare_set: argv(["sh", "-c", &format!("ip -br link show lo >/dev/null; for k in {ALL_KINDS}; do echo \"== $k\"; ip link set eth0 type $k; echo \"rc=$?\"; done")])
        .setup(ETH0);
    // the kinds without options of their own ignore the words after the kind
    ip_kind_no_options_words: argv(["sh", "-c", "ip -br link show lo >/dev/null; for k in dummy ifb nlmon vcan team team_slave netdevsim virt_wifi; do ip link add x0 type $k foo help; echo \"rc=$?\"; ip link help $k; echo \"rc=$?\"; ip link del x0 2>/dev/null; done"])
        .check("ip -d link show");
    ip_kind_ifb_words: ip("link add x0 type ifb foo bar").check("ip -d link show x0 | sed 1,2d");
    ip_kind_unknown_words: ip("link add x0 type foo bar");
    ip_kind_unknown_help: ip("link add x0 type foo help");
    ip_kind_help_unknown: ip("link help foo");
}

cases! {
    // ------------------------------------------------------------------ bond (not in this kernel)
    ip_kind_bond_all: ip("link add b0 type bond mode active-backup active_slave eth0 clear_active_slave miimon 100 updelay 200 downdelay 300 peer_notify_delay 400 use_carrier 1 arp_interval 500 arp_validate filter_backup arp_all_targets all arp_ip_target 1.2.3.4,5.6.7.8 ns_ip6_target 2001::1,2001::2 primary eth1 primary_reselect failure fail_over_mac follow xmit_hash_policy vlan+srcmac resend_igmp 3 num_grat_arp 4 all_slaves_active 1 min_links 2 lp_interval 6 packets_per_slave 7 tlb_dynamic_lb 1 lacp_rate fast lacp_active on ad_select count ad_user_port_key 8 ad_actor_sys_prio 9 ad_actor_system 02:00:00:00:00:01 arp_missed_max 5")
        .setup(ETH0);
    ip_kind_bond_help: ip("link add b0 type bond help");
    ip_kind_bond_link_help: ip("link help bond");
    ip_kind_bond_slave_link_help: ip("link help bond_slave");
    ip_kind_bond_unknown: ip("link add b0 type bond mode 1 bogus");
    ip_kind_bond_bad_mode: ip("link add b0 type bond mode 99");
    ip_kind_bond_bad_u8: ip("link add b0 type bond use_carrier 256");
    ip_kind_bond_bad_target: ip("link add b0 type bond arp_ip_target 1.2.3.4,foo");
    ip_kind_bond_bad_ns_target: ip("link add b0 type bond ns_ip6_target 1.2.3.4");
    ip_kind_bond_no_slave: ip("link add b0 type bond active_slave nope");
    ip_kind_bond_empty_targets: ip("link add b0 type bond arp_ip_target");
    ip_kind_bond_exact_words: ip("link add b0 type bond arp_m 1");
    ip_kind_bond_incomplete: ip("link add b0 type bond miimon");
    ip_kind_bond_slave_set: ip("link set eth0 type bond_slave queue_id 5 prio 3").setup(ETH0);
    ip_kind_bond_slave_bad: ip("link set eth0 type bond_slave prio 2147483648").setup(ETH0);
    ip_kind_bond_slave_unknown: ip("link set eth0 type bond_slave pri 2").setup(ETH0);
    ip_kind_bond_slave_help: ip("link set eth0 type bond_slave help").setup(ETH0);
}

cases! {
    // ------------------------------------------------------------------ vrf, ipvlan (not in this kernel)
    ip_kind_vrf_table: ip("link add v0 type vrf table 10");
    ip_kind_vrf_table_name: ip("link add v0 type vrf table main");
    ip_kind_vrf_bad_table: ip("link add v0 type vrf table foo");
    ip_kind_vrf_unknown: ip("link add v0 type vrf table 1 foo");
    ip_kind_vrf_help: ip("link add v0 type vrf help");
    ip_kind_vrf_link_help: ip("link help vrf");
    ip_kind_ipvlan_all: ip("link add i0 link eth0 type ipvlan mode l3s vepa").setup(ETH0);
    ip_kind_ipvlan_bad_mode: ip("link add i0 link eth0 type ipvlan mode l4").setup(ETH0);
    ip_kind_ipvlan_two_flags: ip("link add i0 link eth0 type ipvlan private vepa").setup(ETH0);
    ip_kind_ipvlan_help: ip("link add i0 link eth0 type ipvlan help").setup(ETH0);
    ip_kind_ipvtap_link_help: ip("link help ipvtap");
}

cases! {
    // ------------------------------------------------------------------ geneve (not in this kernel)
    ip_kind_geneve_all: ip("link add g0 type geneve id 5 remote 1.2.3.4 ttl 10 tos 0x10 df set flowlabel 5 dstport 6081 udpcsum udp6zerocsumtx udp6zerocsumrx innerprotoinherit");
    ip_kind_geneve_external: ip("link add g0 type geneve external dstport 1");
    ip_kind_geneve_no_remote: ip("link add g0 type geneve id 1");
    ip_kind_geneve_no_vni: ip("link set eth0 type geneve ttl 5").setup(ETH0);
    ip_kind_geneve_both: ip("link add g0 type geneve id 1 external");
    ip_kind_geneve_multicast: ip("link add g0 type geneve id 1 remote 239.1.1.1");
    ip_kind_geneve_dup: ip("link add g0 type geneve id 1 remote 1.2.3.4 u n e");
    ip_kind_geneve_exact: ip("link add g0 type geneve id 1 remote 1.2.3.4 in");
    ip_kind_geneve_help: ip("link add g0 type geneve help");
    ip_kind_geneve_link_help: ip("link help geneve");
}

cases! {
    // ------------------------------------------------------------------ bareudp (not in this kernel)
    ip_kind_bareudp_all: ip("link add b0 type bareudp dstport 6635 ethertype mpls_uc srcportmin 100 multiproto");
    ip_kind_bareudp_ipv4: ip("link add b0 type bareudp d 1 e IPv4 n");
    ip_kind_bareudp_no_port: ip("link add b0 type bareudp ethertype ipv4");
    ip_kind_bareudp_no_ethertype: ip("link add b0 type bareudp dstport 1");
    ip_kind_bareudp_bad_ethertype: ip("link add b0 type bareudp dstport 1 ethertype mpls");
    ip_kind_bareudp_help: ip("link add b0 type bareudp help");
    ip_kind_bareudp_link_help: ip("link help bareudp");
}

cases! {
    // ------------------------------------------------------------------ vlan QoS maps (no 802.1Q here)
    ip_kind_vlan_qos_maps: ip("link add link eth0 name v5 type vlan id 5 ingress-qos-map 1:2 3:4 egress-qos-map 5:6 reorder_hdr on").setup(ETH0);
    ip_kind_vlan_qos_bad: ip("link add link eth0 name v5 type vlan id 5 egress-qos-map 1:2x").setup(ETH0);
    ip_kind_vlan_qos_no_colon: ip("link add link eth0 name v5 type vlan id 5 ingress-qos-map 1").setup(ETH0);
    ip_kind_vlan_qos_incomplete: ip("link add link eth0 name v5 type vlan id 5 ingress-qos-map").setup(ETH0);
}

/// [`ETH0`] with `eth1` a port of the bridge `br0` (fixed address).
const PORT: &str =
    "ip link add eth0 address 02:00:00:00:00:01 type veth peer name eth1 address 02:00:00:00:00:02
ip link add br0 address 02:00:00:00:00:10 type bridge
ip link set eth1 master br0
ip link add eth2 address 02:00:00:00:00:03 type veth peer name eth3 address 02:00:00:00:00:04
ip link set eth3 master br0";

/// The port's details as the reference prints them.
const PORT_SHOW: &str = "ip -d link show eth1";

cases! {
    // ------------------------------------------------------------------ bridge_slave (live)
    ip_kind_bridge_slave_all: ip("link set eth1 type bridge_slave fdb_flush priority 5 cost 10 guard on hairpin on fastleave on root_block on learning off flood off proxy_arp on proxy_arp_wifi on mcast_router 2 mcast_fast_leave on mcast_flood off bcast_flood off mcast_to_unicast on group_fwd_mask 0x4000 neigh_suppress on vlan_tunnel on isolated on locked on backup_port eth3")
        .setup(PORT).check(PORT_SHOW);
    ip_kind_bridge_slave_prefixes: ip("link set eth1 type bridge_slave p 1 c 2 g on h on fa on r on l of fl of pro on mcast_r 1 m of b of mcast_t on gr 8 n on v on i on lo on")
        .setup(PORT).check(PORT_SHOW);
    // the kernel refuses a port state while the bridge is down
    ip_kind_bridge_slave_state: ip("link set eth1 type bridge_slave state 3").setup(PORT).check(PORT_SHOW);
    ip_kind_bridge_slave_nobackup: ip("link set eth1 type bridge_slave nobackup_port").setup(concat!("ip link add eth0 type veth peer name eth1\n", "ip link add br0 type bridge\nip link set eth1 master br0\nip link add eth2 type veth peer name eth3\nip link set eth3 master br0\nip link set eth1 type bridge_slave backup_port eth3")).check("ip -d link show eth1 | grep -o backup_port");
    ip_kind_bridge_slave_bad_onoff: ip("link set eth1 type bridge_slave guard 1").setup(PORT);
    ip_kind_bridge_slave_bad_state: ip("link set eth1 type bridge_slave state forwarding").setup(PORT);
    ip_kind_bridge_slave_bad_backup: ip("link set eth1 type bridge_slave backup_port nope").setup(PORT);
    ip_kind_bridge_slave_unknown: ip("link set eth1 type bridge_slave mab on").setup(PORT);
    ip_kind_bridge_slave_help: ip("link set eth1 type bridge_slave help").setup(PORT);
    ip_kind_bridge_slave_not_port: ip("link set eth0 type bridge_slave cost 5").setup(PORT);
    ip_kind_bridge_slave_link_help: ip("link help bridge_slave");
}

cases! {
    // ------------------------------------------------------------------ macvlan macaddr (live)
    ip_kind_macvlan_macaddr_set: ip("link add m0 link eth0 address 02:00:00:00:00:20 type macvlan mode source macaddr set 02:00:00:00:00:31 02:00:00:00:00:32 bcqueuelen 5")
        .setup(ETH0).check("ip -d link show m0");
    ip_kind_macvlan_macaddr_add: ip("link add m0 link eth0 address 02:00:00:00:00:20 type macvtap macaddr add 02:00:00:00:00:31 mode source")
        .setup(ETH0).check("ip -d link show m0");
    ip_kind_macvlan_macaddr_del: ip("link set m0 type macvlan macaddr del 02:00:00:00:00:31")
        .setup(concat!("ip link add eth0 type veth peer name eth1\n", "ip link add m0 link eth0 address 02:00:00:00:00:20 type macvlan mode source macaddr set 02:00:00:00:00:31 02:00:00:00:00:32"))
        .check("ip -d link show m0");
    ip_kind_macvlan_macaddr_flush: ip("link set m0 type macvlan macaddr flush")
        .setup(concat!("ip link add eth0 type veth peer name eth1\n", "ip link add m0 link eth0 address 02:00:00:00:00:20 type macvlan mode source macaddr set 02:00:00:00:00:31"))
        .check("ip -d link show m0");
    ip_kind_macvlan_macaddr_bad_set: ip("link add m0 link eth0 type macvlan mode source macaddr set 02:00:00:00:00:31 zz").setup(ETH0);
    ip_kind_macvlan_macaddr_bad_add: ip("link add m0 link eth0 type macvlan mode source macaddr add zz").setup(ETH0);
    ip_kind_macvlan_macaddr_bad_op: ip("link add m0 link eth0 type macvlan mode source macaddr a 02:00:00:00:00:31").setup(ETH0);
    ip_kind_macvlan_macaddr_not_source: ip("link add m0 link eth0 type macvlan mode bridge macaddr add 02:00:00:00:00:31").setup(ETH0);
}

cases! {
    // ------------------------------------------------------------------ rmnet, wwan (not in this kernel)
    ip_kind_rmnet_mux_id: ip("link add r0 link eth0 type rmnet mux_id 5").setup(ETH0);
    ip_kind_rmnet_bad: ip("link add r0 link eth0 type rmnet mux_id 65536").setup(ETH0);
    ip_kind_rmnet_help: ip("link add r0 type rmnet help");
    ip_kind_wwan_linkid: ip("link add w0 type wwan linkid 5");
    ip_kind_wwan_bad: ip("link add w0 type wwan linkid abc");
    ip_kind_wwan_unknown: ip("link add w0 type wwan foo");
}
