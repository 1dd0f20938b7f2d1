//! Link kinds iproute2 6.1 knows that this kernel lacks (gtp, ipoib, dsa, batadv, hsr, amt,
//! macsec, can) against the reference: their usage screens, their complaints and exit codes, the
//! kernel's refusal of a well-formed request. The request bytes and the details are checked
//! offline (src/ip/kinds/testdata/requests.tsv and details.tsv, made as testdata/craft/README
//! says). Also: the address selectors `ip link show` reads and ignores, and `ip link set DEV
//! type KIND …` on the kinds this kernel has, read back by the reference.

use crate::common::ip;

/// A veth pair (`v0`, `v1`) for the kinds that name devices.
const PAIR: &str = "ip link add v0 type veth peer name v1";

cases! {
    // ------------------------------------------------------------------ gtp
    kinds2_gtp_help: ip("link add t0 type gtp help");
    kinds2_gtp_link_help: ip("link help gtp");
    kinds2_gtp_kernel: ip("link add t0 type gtp role sgsn hsize 10 restart_count 3");
    kinds2_gtp_no_role: ip("link add t0 type gtp hsize 5");
    kinds2_gtp_bad_role: ip("link add t0 type gtp role s");
    kinds2_gtp_big_hsize: ip("link add t0 type gtp role ggsn hsize 131072");
    kinds2_gtp_bad_restart: ip("link add t0 type gtp role ggsn restart_count 0x10");
    kinds2_gtp_dup_role: ip("link add t0 type gtp role sgsn role ggsn");
    kinds2_gtp_missing_value: ip("link add t0 type gtp role");
    // ------------------------------------------------------------------ ipoib
    kinds2_ipoib_help: ip("link add t0 type ipoib help");
    kinds2_ipoib_link_help: ip("link help ipoib");
    kinds2_ipoib_kernel: ip("link add t0 type ipoib pkey 0x8001 mode connected umcast 1");
    kinds2_ipoib_bad_pkey: ip("link add t0 type ipoib pkey 0x10000");
    kinds2_ipoib_bad_mode: ip("link add t0 type ipoib mode d");
    kinds2_ipoib_bad_umcast: ip("link add t0 type ipoib umcast x");
    kinds2_ipoib_unknown: ip("link add t0 type ipoib foo");
    // ------------------------------------------------------------------ dsa
    kinds2_dsa_help: ip("link add t0 type dsa help");
    kinds2_dsa_link_help: ip("link help dsa");
    kinds2_dsa_kernel: ip("link add t0 type dsa conduit v0").setup(PAIR);
    kinds2_dsa_no_device: ip("link add t0 type dsa master nosuch");
    kinds2_dsa_unknown: ip("link add t0 type dsa c lo");
    // ------------------------------------------------------------------ batadv
    kinds2_batadv_help: ip("link add t0 type batadv help");
    kinds2_batadv_link_help: ip("link help batadv");
    kinds2_batadv_kernel: ip("link add t0 type batadv ra BATMAN_V");
    kinds2_batadv_unknown: ip("link add t0 type batadv foo");
    // ------------------------------------------------------------------ hsr
    kinds2_hsr_help: ip("link add t0 type hsr help");
    kinds2_hsr_link_help: ip("link help hsr");
    kinds2_hsr_kernel: ip("link add t0 type hsr slave1 v0 slave2 v1 supervision 5 version 1 proto 1").setup(PAIR);
    kinds2_hsr_no_slave: ip("link add t0 type hsr slave1 nosuch");
    kinds2_hsr_bad_byte: ip("link add t0 type hsr supervision 256");
    kinds2_hsr_bad_version: ip("link add t0 type hsr version x");
    kinds2_hsr_bad_proto: ip("link add t0 type hsr proto -1");
    kinds2_hsr_unknown: ip("link add t0 type hsr foo");
    // ------------------------------------------------------------------ amt
    kinds2_amt_help: ip("link add t0 type amt help");
    kinds2_amt_link_help: ip("link help amt");
    kinds2_amt_kernel: ip("link add t0 type amt mode gateway discovery 1.2.3.4 local 5.6.7.8 dev v0 relay_port 1 gateway_port 2 max_tunnels 3").setup(PAIR);
    kinds2_amt_bad_mode: ip("link add t0 type amt mode r");
    kinds2_amt_family: ip("link add t0 type amt discovery 1.2.3.4 local ::1");
    kinds2_amt_bad_addr: ip("link add t0 type amt local 1.2.3.4/8");
    kinds2_amt_dup_local: ip("link add t0 type amt local 1.2.3.4 local 2.2.2.2");
    kinds2_amt_no_dev: ip("link add t0 type amt dev nosuch");
    kinds2_amt_bad_port: ip("link add t0 type amt relay_port 65536");
    kinds2_amt_bad_tunnels: ip("link add t0 type amt max_tunnels -1");
    kinds2_amt_unknown: ip("link add t0 type amt d 1.2.3.4");
}

cases! {
    // ------------------------------------------------------------------ macsec
    kinds2_macsec_help: ip("link add link v0 t0 type macsec help").setup(PAIR);
    kinds2_macsec_link_help: ip("link help macsec");
    kinds2_macsec_kernel: ip("link add link v0 t0 type macsec port 5 cipher gcm-aes-256 icvlen 12 encrypt on send_sci on end_station off scb off protect on replay on window 100 validate check encodingsa 2 offload off").setup(PAIR);
    kinds2_macsec_kernel_sci: ip("link add link v0 t0 type macsec address 02:00:00:00:00:01 port 5").setup(PAIR);
    kinds2_macsec_set: ip("link set v0 type macsec encrypt on").setup(PAIR);
    kinds2_macsec_port_0: ip("link add t0 type macsec port 0");
    kinds2_macsec_bad_lladdr: ip("link add t0 type macsec address xx port 5");
    kinds2_macsec_address_sci: ip("link add t0 type macsec address 02:00:00:00:00:01 sci 5");
    kinds2_macsec_late_port: ip("link add t0 type macsec encrypt on port 5");
    kinds2_macsec_bad_sci: ip("link add t0 type macsec sci 0x112233445566778899");
    kinds2_macsec_bad_cipher: ip("link add t0 type macsec cipher def");
    kinds2_macsec_dup_cipher: ip("link add t0 type macsec cipher default cipher default");
    kinds2_macsec_icvlen_range: ip("link add t0 type macsec icvlen 17");
    kinds2_macsec_icvlen_hex: ip("link add t0 type macsec icvlen 0x10");
    kinds2_macsec_dup_icvlen: ip("link add t0 type macsec icvlen 8 icvlen 9");
    kinds2_macsec_bad_switch: ip("link add t0 type macsec encrypt x");
    kinds2_macsec_replay_no_window: ip("link add t0 type macsec replay on");
    kinds2_macsec_window_no_replay: ip("link add t0 type macsec window 10");
    kinds2_macsec_bad_window: ip("link add t0 type macsec window -1");
    kinds2_macsec_bad_validate: ip("link add t0 type macsec validate x");
    kinds2_macsec_bad_offload: ip("link add t0 type macsec offload x");
    kinds2_macsec_bad_sa: ip("link add t0 type macsec encodingsa 4");
    kinds2_macsec_dup_sa: ip("link add t0 type macsec encodingsa 1 encodingsa 2");
    kinds2_macsec_missing: ip("link add t0 type macsec window");
}

cases! {
    // ------------------------------------------------------------------ can
    kinds2_can_help: ip("link add t0 type can help");
    kinds2_can_link_help: ip("link help can");
    kinds2_can_kernel: ip("link add t0 type can restart-ms 5 bitrate 500000 sample-point 0.875 termination 1 restart dbitrate 7 loopback on tdcv 5 tdc-mode auto");
    kinds2_can_set: ip("link set v0 type can bitrate 125000 fd on").setup(PAIR);
    kinds2_can_bad_number: ip("link add t0 type can pr on");
    kinds2_can_bad_sample: ip("link add t0 type can sample-point 0.5x");
    kinds2_can_bad_switch: ip("link add t0 type can loopback o");
    kinds2_can_bad_tdc_mode: ip("link add t0 type can tdc-mode a");
    kinds2_can_bad_termination: ip("link add t0 type can termination 65536");
    kinds2_can_unknown: ip("link add t0 type can foo");
    kinds2_can_missing: ip("link add t0 type can bitrate");
}

/// A veth pair with fixed addresses and an address on `v0`, for the `link show` selectors.
const PAIR_ADDR: &str =
    "ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev v0
ip link set lo down";

cases! {
    // ------------------------------------------------------------------ link show: address selectors
    kinds2_show_scope_host: ip("link show scope host").setup(PAIR_ADDR);
    kinds2_show_scope_all_json: ip("-j link show scope all").setup(PAIR_ADDR);
    kinds2_show_scope_number: ip("link list scope 0x10").setup(PAIR_ADDR);
    kinds2_show_scope_bad: ip("link show scope x").setup(PAIR_ADDR);
    kinds2_show_scope_too_big: ip("link show scope 300").setup(PAIR_ADDR);
    kinds2_show_scope_missing: ip("link show scope").setup(PAIR_ADDR);
    kinds2_show_to: ip("link show to 10.0.0.0/24").setup(PAIR_ADDR);
    kinds2_show_to_v4: ip("-4 link show to 10.0.0.1").setup(PAIR_ADDR);
    kinds2_show_to_missing: ip("link show to").setup(PAIR_ADDR);
    kinds2_show_permanent: ip("link show permanent").setup(PAIR_ADDR);
    kinds2_show_dynamic: ip("-o link show dynamic").setup(PAIR_ADDR);
    kinds2_show_primary: ip("-br link ls primary").setup(PAIR_ADDR);
    kinds2_show_not_primary: ip("link show -primary").setup(PAIR_ADDR);
    kinds2_show_secondary_dev: ip("link show v0 secondary").setup(PAIR_ADDR);
    kinds2_show_tentative: ip("-j link show dev v1 tentative -deprecated").setup(PAIR_ADDR);
    kinds2_show_flags: ip("link show nodad home mngtmpaddr noprefixroute autojoin stable-privacy optimistic dadfailed temporary -permanent").setup(PAIR_ADDR);
    kinds2_show_up_scope: ip("-j link show up scope global").setup(PAIR_ADDR);
    kinds2_show_label_flags: ip("-j link show label v0 permanent").setup(PAIR_ADDR);
    kinds2_show_unknown_flag: ip("link show -foo").setup(PAIR_ADDR);
    kinds2_show_flag_then_dev: ip("link show permanent v1 scope host").setup(PAIR_ADDR);
}

/// Links of the kinds this kernel has, with fixed addresses: a veth pair `v0`/`v1`, a bridge
/// `br0` with `v1` as its port, a macvlan `m0` and a vxlan `vx` on `v0`.
const LIVE: &str =
    "ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link add br0 address 02:00:00:00:00:10 type bridge
ip link set v1 master br0
ip link add m0 link v0 address 02:00:00:00:00:20 type macvlan mode bridge
ip link add vx address 02:00:00:00:00:30 type vxlan id 7 dstport 4789 dev v0 local 10.0.0.5";

/// The bridge's details without its running timers.
const BR0: &str = "ip -d link show br0 | sed -E 's/_timer +[0-9.]+//g'";

cases! {
    // ------------------------------------------------------------------ set DEV type KIND (changelink)
    kinds2_set_bridge_timers: ip("link set br0 type bridge forward_delay 500 hello_time 300 max_age 1000 ageing_time 5000")
        .setup(LIVE).check(BR0);
    kinds2_set_bridge_misc: ip("link set br0 type bridge priority 100 group_fwd_mask 0x8 mcast_snooping 0 mcast_hash_max 1024 nf_call_iptables 1 vlan_default_pvid 5")
        .setup(LIVE).check(BR0);
    kinds2_set_bridge_mcast: ip("link set dev br0 type bridge mcast_querier 1 mcast_router 2 mcast_last_member_count 3 mcast_startup_query_count 4 mcast_query_interval 2000 mcast_igmp_version 3 mcast_mld_version 2")
        .setup(LIVE).check(BR0);
    kinds2_set_bridge_bad: ip("link set br0 type bridge priority x").setup(LIVE);
    kinds2_set_bridge_port: ip("link set v1 type bridge_slave cost 50 priority 7 guard on learning off")
        .setup(LIVE).check("ip -d link show v1");
    kinds2_set_macvlan_mode: ip("link set m0 type macvlan mode private").setup(LIVE).check("ip -d link show m0");
    kinds2_set_macvlan_vepa: ip("link change m0 type macvlan mode vepa bcqueuelen 100").setup(LIVE).check("ip -d link show m0");
    kinds2_set_macvlan_nopromisc: ip("link set m0 type macvlan nopromisc").setup(LIVE).check("ip -d link show m0");
    kinds2_set_macvlan_bad: ip("link set m0 type macvlan mode x").setup(LIVE);
    kinds2_set_vxlan_ageing: ip("link set vx type vxlan ageing 100 nolearning").setup(LIVE).check("ip -d link show vx");
    kinds2_set_vxlan_ttl_tos: ip("link set vx type vxlan ttl 10 tos 0x20 df set").setup(LIVE).check("ip -d link show vx");
    kinds2_set_vxlan_refused: ip("link set vx type vxlan id 8").setup(LIVE).check("ip -d link show vx");
    kinds2_set_veth_peer: ip("link set v0 type veth peer name v9").setup(LIVE).check("ip -br link show");
    kinds2_set_veth_plain: ip("link set v0 type veth").setup(LIVE).check("ip -d link show v0");
    kinds2_set_wrong_kind: ip("link set m0 type bridge priority 5").setup(LIVE).check("ip -d link show m0");
    kinds2_set_kind_with_options: ip("link set br0 mtu 1400 type bridge stp_state 0 priority 9").setup(LIVE).check(BR0);
}
