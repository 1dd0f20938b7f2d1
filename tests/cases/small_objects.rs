//! The small objects against iproute2 6.1: addrlabel, vrf, mrule, sr, mptcp, ioam, l2tp, fou,
//! ila, macsec. State made by the reference in the setup, read back by the reference.

use crate::common::{argv, ip};

/// Labels with and without a device, beside the kernel's defaults.
const LABELS: &str = "\
ip link add v0 type veth peer name v1
ip addrlabel add prefix 2001:db8::/32 label 70
ip addrlabel add prefix 2001:db8:1::/48 dev v0 label 71
ip addrlabel add prefix 3::/64 dev lo label 0
";

/// MPTCP endpoints of every kind the printer knows.
const EPS: &str = "\
ip addr add 10.0.0.4/32 dev lo
ip mptcp endpoint add 10.0.0.4 id 9 signal backup port 99 dev lo
ip mptcp endpoint add 10.0.0.5 id 10 subflow backup fullmesh
ip mptcp endpoint add 10.0.0.6 signal
ip mptcp endpoint add 2001:db8::7 subflow dev lo
";

const EP: &str = "ip mptcp endpoint; ip -j mptcp endpoint";
const LIM: &str = "ip mptcp limits";

/// An IOAM namespace with every field and its schema (one of each: the kernel lists its
/// hash tables in a random order).
const IOAM: &str = "\
ip ioam namespace add 6 data 7 wide 8
ip ioam schema add 3 abc
ip ioam namespace set 6 schema 3
";

/// Every namespace and schema, sorted.
const IOAMS: &str = "ip ioam namespace show | sort; ip ioam schema show | sort";

const AL: &str = "ip addrlabel; ip -j addrlabel";

cases! {
    // ------------------------------------------------------------------ addrlabel
    ip_small_al_bare: ip("addrlabel").setup(LABELS);
    ip_small_al_list: ip("addrlabel list").setup(LABELS);
    ip_small_al_show: ip("addrl show").setup(LABELS);
    ip_small_al_l: ip("addrl l").setup(LABELS);
    ip_small_al_s: ip("addrl s").setup(LABELS);
    ip_small_al_json: ip("-j addrlabel").setup(LABELS);
    ip_small_al_json_pretty: ip("-j -p addrlabel ls").setup(LABELS);
    ip_small_al_oneline: ip("-o addrlabel").setup(LABELS);
    ip_small_al_color: ip("-c addrlabel").setup(LABELS);
    ip_small_al_color_json: ip("-c -j addrlabel").setup(LABELS);
    ip_small_al_details_stats: ip("-d -s addrlabel").setup(LABELS);
    ip_small_al_v6: ip("-6 addrlabel").setup(LABELS);
    ip_small_al_v4: ip("-4 addrlabel").setup(LABELS);
    ip_small_al_v4_json: ip("-j -4 addrlabel").setup(LABELS);
    ip_small_al_link_family: ip("-0 addrlabel");
    ip_small_al_list_args: ip("addrlabel list foo");
    ip_small_al_show_args: ip("addrlabel show dev lo");
    ip_small_al_help: ip("addrlabel help");
    ip_small_al_help_h: ip("addrlabel h x");
    ip_small_al_unknown: ip("addrlabel bogus");
    ip_small_al_add: ip("addrlabel add prefix 1::/64 label 3").check(AL);
    ip_small_al_add_dev: ip("addrl a prefix 1::/64 dev v1 label 4").setup(LABELS).check(AL);
    ip_small_al_add_dev_first: ip("addrl add dev v1 label 4 prefix 1::/64").setup(LABELS).check(AL);
    ip_small_al_add_host: ip("addrl add prefix 1:: label 2").check(AL);
    ip_small_al_add_hex_label: ip("addrl add prefix 1::/64 label 0x10").check(AL);
    ip_small_al_add_label0: ip("addrl add prefix 1::/64 label 0").check(AL);
    ip_small_al_add_last_wins: ip("addrl add prefix 1::/64 prefix 2::/64 label 3 label 4").check(AL);
    ip_small_al_add_garbage_skipped: ip("addrl add prefix 1::/64 foo label 3 bar help").check(AL);
    ip_small_al_add_abbrev_not_keywords: ip("addrl add pre 5::/64 lab 3 d lo").check(AL);
    ip_small_al_add_exists: ip("addrl add prefix 2001:db8::/32 label 9").setup(LABELS).check(AL);
    ip_small_al_add_v4_prefix: ip("addrl add prefix 10.0.0.0/8 label 9").check(AL);
    ip_small_al_add_v4_host: ip("addrl add prefix 10.1.2.3 label 9").check(AL);
    ip_small_al_add_v4_family: ip("-4 addrl add prefix 10.0.0.0/8 label 9").check(AL);
    ip_small_al_add_v4_family_v6_prefix: ip("-4 addrl add prefix 1::/3 label 9");
    ip_small_al_add_v6_family_v4_prefix: ip("-6 addrl add prefix 1.2.3.4 label 9");
    ip_small_al_add_link_family: ip("-0 addrl add prefix 1.2.3.4 label 9");
    ip_small_al_add_mpls_family: ip("-M addrl add prefix 1.2.3.4 label 9");
    ip_small_al_add_v6_family: ip("-6 addrl add prefix 7::/16 label 9").check(AL);
    ip_small_al_add_default: ip("addrl add prefix default label 2").check(AL);
    ip_small_al_add_any: ip("addrl add prefix any label 2").check(AL);
    ip_small_al_add_bad_prefix: ip("addrl add prefix zz label 2");
    ip_small_al_add_bad_len: ip("addrl add prefix 1::/129 label 2");
    ip_small_al_add_no_label: ip("addrl add prefix 1::/64");
    ip_small_al_add_no_prefix: ip("addrl add label 3");
    ip_small_al_add_nothing: ip("addrl add");
    ip_small_al_add_foo: ip("addrl add foo");
    ip_small_al_add_dev_missing: ip("addrl add dev nope");
    ip_small_al_add_dev_missing_late: ip("addrl add prefix 1::/64 label 3 dev nope");
    ip_small_al_add_label_neg: ip("addrl add prefix 1::/64 label -1");
    ip_small_al_add_label_max: ip("addrl add prefix 1::/64 label 4294967295");
    ip_small_al_add_label_big: ip("addrl add prefix 1::/64 label 4294967296");
    ip_small_al_add_label_text: ip("addrl add prefix 1::/64 label x");
    ip_small_al_add_prefix_incomplete: ip("addrl add prefix 1::/64 label 3 prefix");
    ip_small_al_add_label_incomplete: ip("addrl add prefix 1::/64 label");
    ip_small_al_add_dev_incomplete: ip("addrl add prefix 1::/64 label 3 dev");
    ip_small_al_del: ip("addrl del prefix 2001:db8::/32 label 70").setup(LABELS).check(AL);
    ip_small_al_del_d: ip("addrl d prefix 2001:db8:1::/48 dev v0 label 71").setup(LABELS).check(AL);
    ip_small_al_del_wrong_label: ip("addrl delete prefix 2001:db8::/32 label 7").setup(LABELS).check(AL);
    ip_small_al_del_wrong_dev: ip("addrl del prefix 2001:db8:1::/48 label 71").setup(LABELS).check(AL);
    ip_small_al_del_no_label: ip("addrl del prefix 2001:db8::/32").setup(LABELS);
    ip_small_al_del_nothing: ip("addrl del");
    ip_small_al_flush: ip("addrlabel flush").setup(LABELS).check(AL);
    ip_small_al_flush_f: ip("addrl f").setup(LABELS).check(AL);
    ip_small_al_flush_json: ip("-j addrl flush").setup(LABELS).check(AL);
    ip_small_al_flush_v6: ip("-6 addrl flush").setup(LABELS).check(AL);
    ip_small_al_flush_v4: ip("-4 addrl flush").setup(LABELS).check(AL);
    ip_small_al_flush_args: ip("addrl flush x").setup(LABELS).check(AL);

    // ------------------------------------------------------------------ vrf (no vrf devices here)
    ip_small_vrf_bare: ip("vrf").setup(LABELS);
    ip_small_vrf_show: ip("vrf show");
    ip_small_vrf_s: ip("vrf s");
    ip_small_vrf_list: ip("vrf list");
    ip_small_vrf_lst: ip("vrf lst");
    ip_small_vrf_ls: ip("vrf ls");
    ip_small_vrf_json: ip("-j vrf show");
    ip_small_vrf_json_pretty: ip("-j -p vrf");
    ip_small_vrf_show_lo: ip("vrf show lo");
    ip_small_vrf_show_veth: ip("vrf show v0").setup(LABELS);
    ip_small_vrf_show_missing: ip("-j vrf show nope");
    ip_small_vrf_show_two: ip("vrf show lo x");
    ip_small_vrf_show_three: ip("vrf show a b c");
    ip_small_vrf_help: ip("vrf help");
    ip_small_vrf_h: ip("vrf h x");
    ip_small_vrf_unknown: ip("vrf bogus");
    ip_small_vrf_identify_self: ip("vrf identify");
    ip_small_vrf_identify_i: ip("vrf i");
    ip_small_vrf_identify_1: ip("vrf identify 1");
    ip_small_vrf_identify_0: ip("vrf identify 0");
    ip_small_vrf_identify_absent: ip("vrf identify 99999");
    ip_small_vrf_identify_max: ip("vrf identify 4294967295");
    ip_small_vrf_identify_big: ip("vrf identify 4294967296");
    ip_small_vrf_identify_int_max: ip("vrf identify 2147483648");
    ip_small_vrf_identify_neg: ip("vrf identify -1");
    ip_small_vrf_identify_text: ip("vrf identify 1x");
    ip_small_vrf_identify_hex: ip("vrf identify 0x1");
    ip_small_vrf_identify_octal: ip("vrf identify 01");
    ip_small_vrf_identify_space: ip("vrf identify ' 1'");
    ip_small_vrf_identify_extra: ip("vrf identify x y");
    ip_small_vrf_pids_none: ip("vrf pids");
    ip_small_vrf_pids_p: ip("vrf p");
    ip_small_vrf_pids_missing: ip("vrf pids foo");
    ip_small_vrf_pids_lo: ip("vrf pids lo");
    ip_small_vrf_pids_extra: ip("vrf pids lo x");
    ip_small_vrf_exec_none: ip("vrf exec");
    ip_small_vrf_exec_e: ip("vrf e");
    ip_small_vrf_exec_no_cmd: ip("vrf exec foo");
    ip_small_vrf_exec_lo_no_cmd: ip("vrf exec lo");
    ip_small_vrf_exec_missing: ip("vrf exec foo true");
    ip_small_vrf_exec_lo: ip("vrf exec lo true x");
    ip_small_vrf_exec_veth: ip("vrf exec v0 true").setup(LABELS);

    // ------------------------------------------------------------------ mrule (no IPMR here)
    ip_small_mrule_bare: ip("mrule");
    ip_small_mrule_list: ip("mrule list");
    ip_small_mrule_v4: ip("-4 mrule show");
    ip_small_mrule_v6: ip("-6 mrule");
    ip_small_mrule_json: ip("-j mrule");
    ip_small_mrule_json_pretty: ip("-j -p mrule");
    ip_small_mrule_details: ip("-d mrule");
    ip_small_mrule_link: ip("-0 mrule");
    ip_small_mrule_bridge: ip("-B mrule");
    ip_small_mrule_mpls: ip("-M mrule list");
    ip_small_mrule_help: ip("mrule help");
    ip_small_mrule_unknown: ip("mrule bogus");
    ip_small_mrule_mrul: ip("mrul");
    ip_small_mrule_add: ip("mrule add iif lo table 5");
    ip_small_mrule_add_v6: ip("-6 mrule add iif lo table 5 pref 7");
    ip_small_mrule_add_from: ip("mrule add from 1.2.3.4 table 7");
    ip_small_mrule_add_from_v6: ip("-6 mrule add from 1::1 table 8");
    ip_small_mrule_add_from_any: ip("mrule add from all table 8");
    ip_small_mrule_add_empty: ip("mrule add");
    ip_small_mrule_add_bad: ip("mrule add fwmark x");
    ip_small_mrule_del: ip("mrule del pref 5");
    ip_small_mrule_flush: ip("mrule flush");
    ip_small_mrule_flush_v6: ip("-6 mrule flush");
    ip_small_mrule_save_restore_tty: ip("mrule restore");

    // ------------------------------------------------------------------ sr (SEG6; no HMAC here)
    ip_small_sr_bare: ip("sr");
    ip_small_sr_help: ip("sr help");
    ip_small_sr_h: ip("sr h s");
    ip_small_sr_unknown: ip("sr bogus");
    ip_small_sr_tunsrc_show: ip("sr tunsrc show");
    ip_small_sr_tunsrc_show_set: ip("sr tunsrc show").setup("ip sr tunsrc set 2001:db8::1");
    ip_small_sr_tunsrc_json: ip("-j sr tunsrc show").setup("ip sr tunsrc set 2001:db8::1");
    ip_small_sr_tunsrc_json_pretty: ip("-j -p sr tun sh");
    ip_small_sr_tunsrc_mapped: ip("sr t s").setup("ip sr tunsrc set ::ffff:1.2.3.4");
    ip_small_sr_tunsrc_show_extra: ip("sr tunsrc show bogus");
    ip_small_sr_tunsrc_missing: ip("sr tunsrc");
    ip_small_sr_tunsrc_bogus: ip("sr tunsrc bogus");
    ip_small_sr_tunsrc_help: ip("sr tunsrc help");
    ip_small_sr_tunsrc_set: ip("sr tunsrc set 2001:db8::5").check("ip sr tunsrc show");
    ip_small_sr_tunsrc_se: ip("sr tunsrc se 1::1 extra").check("ip sr tunsrc show");
    ip_small_sr_tunsrc_set_default: ip("sr tunsrc set default").setup("ip sr tunsrc set 1::1").check("ip sr tunsrc show");
    ip_small_sr_tunsrc_set_any: ip("sr tunsrc set any").setup("ip sr tunsrc set 1::1").check("ip sr tunsrc show");
    ip_small_sr_tunsrc_set_none: ip("sr tunsrc set");
    ip_small_sr_tunsrc_set_bad: ip("sr tunsrc set x");
    ip_small_sr_tunsrc_set_v4: ip("sr tunsrc set 1.2.3.4");
    ip_small_sr_tunsrc_set_prefix: ip("sr tunsrc set 1::1/64");
    ip_small_sr_hmac_missing: ip("sr hmac");
    ip_small_sr_hmac_show: ip("sr hmac show x");
    ip_small_sr_hmac_s: ip("sr hm s");
    ip_small_sr_hmac_json: ip("-j sr hmac show");
    ip_small_sr_hmac_bogus: ip("sr hmac bogus");
    ip_small_sr_hmac_set_none: ip("sr hmac set");
    ip_small_sr_hmac_set_no_algo: ip("sr hmac set 5");
    ip_small_sr_hmac_set_bad_id: ip("sr hmac set x sha1");
    ip_small_sr_hmac_set_zero_id: ip("sr hmac set 0 sha256");
    ip_small_sr_hmac_set_big_id: ip("sr hmac set 4294967296 sha1");
    ip_small_sr_hmac_set_md5: ip("sr hmac set 5 md5");
    ip_small_sr_hmac_set_abbrev_algo: ip("sr hmac set 5 s");
    ip_small_sr_hmac_set_upper_algo: ip("sr hmac set 5 SHA1");
    ip_small_sr_hmac_set_secret: ip("sr hmac set 5 sha256").stdin("abc\n");
    ip_small_sr_hmac_set_blank: ip("sr hmac se 7 sha1 extra").stdin("");
    ip_small_sr_hmac_set_max_id: ip("sr hmac set 4294967295 sha1").stdin("x\n");

    // ------------------------------------------------------------------ mptcp
    ip_small_mptcp_bare: ip("mptcp");
    ip_small_mptcp_help: ip("mptcp help");
    ip_small_mptcp_unknown: ip("mptcp bogus");
    ip_small_mptcp_ep_bare: ip("mptcp endpoint").setup(EPS);
    ip_small_mptcp_ep_e: ip("mptcp e").setup(EPS);
    ip_small_mptcp_ep_show: ip("mptcp endpoint show").setup(EPS);
    ip_small_mptcp_ep_sh: ip("mptcp endpoint sh").setup(EPS);
    ip_small_mptcp_ep_empty: ip("mptcp endpoint show");
    ip_small_mptcp_ep_empty_json: ip("-j mptcp endpoint show");
    ip_small_mptcp_ep_json: ip("-j mptcp endpoint show").setup(EPS);
    ip_small_mptcp_ep_json_pretty: ip("-j -p mptcp endpoint show").setup(EPS);
    ip_small_mptcp_ep_oneline: ip("-o mptcp endpoint").setup(EPS);
    ip_small_mptcp_ep_color: ip("-c mptcp endpoint").setup(EPS);
    ip_small_mptcp_ep_show_id: ip("mptcp endpoint show id 9").setup(EPS);
    ip_small_mptcp_ep_show_id_json: ip("-j mptcp endpoint show id 9").setup(EPS);
    ip_small_mptcp_ep_show_id_absent: ip("-j mptcp endpoint show id 3").setup(EPS);
    ip_small_mptcp_ep_show_id0: ip("mptcp endpoint show id 0");
    ip_small_mptcp_ep_show_addr: ip("mptcp endpoint show 10.0.0.5").setup(EPS);
    ip_small_mptcp_ep_show_addr_absent: ip("mptcp endpoint show 10.0.0.99").setup(EPS);
    ip_small_mptcp_ep_show_id_addr: ip("mptcp endpoint show id 3 10.0.0.99");
    ip_small_mptcp_ep_show_bad: ip("mptcp endpoint show x");
    ip_small_mptcp_ep_show_id_bad: ip("mptcp endpoint show id x");
    ip_small_mptcp_ep_show_id_missing: ip("mptcp endpoint show id");
    ip_small_mptcp_ep_bogus: ip("mptcp endpoint bogus");
    ip_small_mptcp_ep_list: ip("mptcp endpoint list");
    ip_small_mptcp_ep_help: ip("mptcp endpoint help");
    ip_small_mptcp_add: ip("mptcp endpoint add 10.0.0.1").check(EP);
    ip_small_mptcp_add_a: ip("mptcp endpoint a 10.0.0.7 id 4").check(EP);
    ip_small_mptcp_add_all: ip("mptcp endpoint add 10.0.0.3 id 7 dev lo subflow backup").check(EP);
    ip_small_mptcp_add_v6: ip("mptcp endpoint add 2001:db8::1 fullmesh subflow").check(EP);
    ip_small_mptcp_add_signal_port: ip("mptcp endpoint add 10.0.0.4 id 9 signal backup port 99 dev lo").setup("ip addr add 10.0.0.4/32 dev lo").check(EP);
    ip_small_mptcp_add_signal_noaddr: ip("mptcp endpoint add 10.0.0.4 id 9 signal port 99");
    ip_small_mptcp_add_port_no_signal: ip("mptcp endpoint add 10.0.0.3 port 99 subflow");
    ip_small_mptcp_add_signal_fullmesh: ip("mptcp endpoint add 10.0.0.1 signal fullmesh");
    ip_small_mptcp_add_nobackup: ip("mptcp endpoint add 10.0.0.1 backup nobackup nofullmesh").check(EP);
    ip_small_mptcp_add_two_addrs: ip("mptcp endpoint add 10.0.0.1 10.0.0.2").check(EP);
    ip_small_mptcp_add_dup: ip("mptcp endpoint add 10.0.0.5").setup(EPS);
    ip_small_mptcp_add_dup_id: ip("mptcp endpoint add 10.0.0.50 id 9").setup(EPS);
    ip_small_mptcp_add_id0: ip("mptcp endpoint add 10.0.0.1 id 0").check(EP);
    ip_small_mptcp_add_none: ip("mptcp endpoint add");
    ip_small_mptcp_add_id_only: ip("mptcp endpoint add id 3");
    ip_small_mptcp_add_bad: ip("mptcp endpoint add x");
    ip_small_mptcp_add_prefix: ip("mptcp endpoint add 10.0.0.1 1.2.3.4/24");
    ip_small_mptcp_add_abbrev_flag: ip("mptcp endpoint add 10.0.0.7 sig");
    ip_small_mptcp_add_id_missing: ip("mptcp endpoint add 10.0.0.1 id");
    ip_small_mptcp_add_id_big: ip("mptcp endpoint add 10.0.0.1 id 256");
    ip_small_mptcp_add_id_text: ip("mptcp endpoint add 10.0.0.1 id x");
    ip_small_mptcp_add_dev_missing: ip("mptcp endpoint add 10.0.0.1 dev nope");
    ip_small_mptcp_add_dev_incomplete: ip("mptcp endpoint add 10.0.0.1 dev");
    ip_small_mptcp_add_port_text: ip("mptcp endpoint add 10.0.0.1 port x signal");
    ip_small_mptcp_add_port_big: ip("mptcp endpoint add 10.0.0.1 port 70000 signal");
    ip_small_mptcp_del: ip("mptcp endpoint delete id 9").setup(EPS).check(EP);
    ip_small_mptcp_del_d: ip("mptcp endpoint d id 10").setup(EPS).check(EP);
    ip_small_mptcp_del_absent: ip("mptcp endpoint delete id 3");
    ip_small_mptcp_del_flag: ip("mptcp endpoint delete id 3 signal");
    ip_small_mptcp_del_none: ip("mptcp endpoint delete");
    ip_small_mptcp_del_addr_only: ip("mptcp endpoint delete 10.0.0.1");
    ip_small_mptcp_del_id0: ip("mptcp endpoint delete id 0");
    ip_small_mptcp_del_id0_addr: ip("mptcp endpoint delete id 0 10.0.0.5").setup(EPS).check(EP);
    ip_small_mptcp_del_id_addr: ip("mptcp endpoint delete id 8 10.0.0.9");
    ip_small_mptcp_change_none: ip("mptcp endpoint change");
    ip_small_mptcp_change_id: ip("mptcp endpoint change id 10 nofullmesh nobackup").setup(EPS).check(EP);
    ip_small_mptcp_change_c: ip("mptcp endpoint c id 11 backup").setup(EPS).check(EP);
    ip_small_mptcp_change_addr: ip("mptcp endpoint change 10.0.0.6 backup fullmesh").setup(EPS).check(EP);
    ip_small_mptcp_change_addr_port: ip("mptcp endpoint change 10.0.0.5 backup port 5").setup(EPS).check(EP);
    ip_small_mptcp_change_id_only: ip("mptcp endpoint change id 10").setup(EPS).check(EP);
    ip_small_mptcp_change_absent: ip("mptcp endpoint change id 1 backup");
    ip_small_mptcp_change_signal: ip("mptcp endpoint change id 1 signal");
    ip_small_mptcp_change_subflow: ip("mptcp endpoint change id 1 subflow");
    ip_small_mptcp_change_id_port: ip("mptcp endpoint change id 7 port 5 backup");
    ip_small_mptcp_flush: ip("mptcp endpoint flush").setup(EPS).check(EP);
    ip_small_mptcp_flush_f: ip("mptcp endpoint f x").setup(EPS).check(EP);
    ip_small_mptcp_limits: ip("mptcp limits");
    ip_small_mptcp_limits_l: ip("mptcp l");
    ip_small_mptcp_limits_show: ip("mptcp limits show").setup("ip mptcp limits set subflows 3 add_addr_accepted 4");
    ip_small_mptcp_limits_json: ip("-j mptcp limits show");
    ip_small_mptcp_limits_json_pretty: ip("-j -p mptcp limits");
    ip_small_mptcp_limits_show_extra: ip("mptcp limits show x");
    ip_small_mptcp_limits_show_value: ip("mptcp limits show subflows 3");
    ip_small_mptcp_limits_bogus: ip("mptcp limits bogus");
    ip_small_mptcp_limits_help: ip("mptcp limits help");
    ip_small_mptcp_limits_set: ip("mptcp limits set subflows 3 add_addr_accepted 4").check(LIM);
    ip_small_mptcp_limits_set_reverse: ip("mptcp limits set add_addr_accepted 2 subflows 1").check(LIM);
    ip_small_mptcp_limits_set_one: ip("mptcp l s subflows 5").check(LIM);
    ip_small_mptcp_limits_set_none: ip("mptcp limits set").check(LIM);
    ip_small_mptcp_limits_set_incomplete: ip("mptcp limits set subflows");
    ip_small_mptcp_limits_set_text: ip("mptcp limits set subflows x");
    ip_small_mptcp_limits_set_over: ip("mptcp limits set subflows 9");
    ip_small_mptcp_limits_set_big: ip("mptcp limits set add_addr_accepted 4294967296");
    ip_small_mptcp_limits_set_bogus: ip("mptcp limits set bogus 1");
    ip_small_mptcp_limits_set_extra: ip("mptcp limits set subflows 2 x");
    ip_small_mptcp_monitor_extra: ip("mptcp monitor x");

    // ------------------------------------------------------------------ ioam
    ip_small_ioam_bare: ip("ioam");
    ip_small_ioam_help: ip("ioam help");
    ip_small_ioam_unknown: ip("ioam bogus");
    ip_small_ioam_abbrev: ip("ioam n s");
    ip_small_ioam_monitor: ip("ioam monitor");
    ip_small_ioam_ns_missing: ip("ioam namespace");
    ip_small_ioam_sc_missing: ip("ioam schema");
    ip_small_ioam_ns_bogus: ip("ioam namespace bogus");
    ip_small_ioam_sc_bogus: ip("ioam schema bogus");
    ip_small_ioam_ns_show_empty: ip("ioam namespace show");
    ip_small_ioam_ns_show_empty_json: ip("-j ioam namespace show");
    ip_small_ioam_ns_show: ip("ioam namespace show x").setup(IOAM);
    ip_small_ioam_ns_json: ip("-j ioam namespace show").setup(IOAM);
    ip_small_ioam_ns_json_pretty: ip("-j -p ioam namespace show").setup(IOAM);
    ip_small_ioam_sc_show: ip("ioam schema show").setup(IOAM);
    ip_small_ioam_sc_show_unlinked: ip("ioam schema show").setup("ip ioam schema add 4 xyz");
    ip_small_ioam_ns_show_plain: ip("ioam namespace show").setup("ip ioam namespace add 7 data 0x1a2b");
    ip_small_ioam_sc_json: ip("-j ioam schema show").setup(IOAM);
    ip_small_ioam_sc_json_pretty: ip("-j -p ioam schema show").setup(IOAM);
    ip_small_ioam_ns_add: ip("ioam namespace add 5").check(IOAMS);
    ip_small_ioam_ns_add_data: ip("ioam namespace add 6 data 7 wide 8").check(IOAMS);
    ip_small_ioam_ns_add_hex: ip("ioam namespace add 0x10 data 0x1a2b wide 0x1234567890").check(IOAMS);
    ip_small_ioam_ns_add_wide_first: ip("ioam namespace add 6 wide 8 data 7").check(IOAMS);
    ip_small_ioam_ns_add_all_ones: ip("ioam namespace add 9 data 4294967295 wide -1").check(IOAMS);
    ip_small_ioam_ns_add_wide_max: ip("ioam namespace add 9 wide 18446744073709551615");
    ip_small_ioam_ns_add_wide_max1: ip("ioam namespace add 9 wide 18446744073709551614").check(IOAMS);
    ip_small_ioam_ns_add_wide_neg2: ip("ioam namespace add 9 wide -2").check(IOAMS);
    ip_small_ioam_ns_add_wide_smax: ip("ioam namespace add 9 wide 9223372036854775807").check(IOAMS);
    ip_small_ioam_ns_add_wide_smax1: ip("ioam namespace add 9 wide 9223372036854775808");
    ip_small_ioam_ns_add_wide_smin: ip("ioam namespace add 9 wide -9223372036854775808").check(IOAMS);
    ip_small_ioam_ns_add_wide_octal: ip("ioam namespace add 9 wide 010").check(IOAMS);
    ip_small_ioam_ns_add_wide_hex_letters: ip("ioam namespace add 9 wide ff").check(IOAMS);
    ip_small_ioam_ns_add_data_ten: ip("ioam namespace add 9 data 010").check(IOAMS);
    ip_small_ioam_ns_add_data_letters: ip("ioam namespace add 9 data ff");
    ip_small_ioam_ns_add_data_neg: ip("ioam namespace add 9 data -1").check(IOAMS);
    ip_small_ioam_ns_add_data_big: ip("ioam namespace add 10 data 4294967296");
    ip_small_ioam_ns_add_dup_data: ip("ioam namespace add 11 data 1 data 2");
    ip_small_ioam_ns_add_dup_wide: ip("ioam namespace add 11 wide 1 wide 2");
    ip_small_ioam_ns_add_exists: ip("ioam namespace add 6").setup(IOAM);
    ip_small_ioam_ns_add_none: ip("ioam namespace add");
    ip_small_ioam_ns_add_text: ip("ioam namespace add x");
    ip_small_ioam_ns_add_big: ip("ioam namespace add 70000");
    ip_small_ioam_ns_add_data_missing: ip("ioam namespace add 5 data");
    ip_small_ioam_ns_add_data_text: ip("ioam namespace add 5 data x");
    ip_small_ioam_ns_add_wide_text: ip("ioam namespace add 5 wide x");
    ip_small_ioam_ns_add_bogus: ip("ioam namespace add 5 bogus");
    ip_small_ioam_ns_del: ip("ioam namespace del 6").setup(IOAM).check(IOAMS);
    ip_small_ioam_ns_del_absent: ip("ioam namespace del 99");
    ip_small_ioam_ns_del_none: ip("ioam namespace del");
    ip_small_ioam_ns_set: ip("ioam namespace set 6 schema 4").setup("ip ioam namespace add 6; ip ioam schema add 4 xy").check(IOAMS);
    ip_small_ioam_ns_set_none: ip("ioam namespace set 6 schema none").setup(IOAM).check(IOAMS);
    ip_small_ioam_ns_set_absent: ip("ioam namespace set 6 schema 99").setup(IOAM);
    ip_small_ioam_ns_set_missing: ip("ioam namespace set 5");
    ip_small_ioam_ns_set_schema_missing: ip("ioam namespace set 6 schema");
    ip_small_ioam_ns_set_schema_text: ip("ioam namespace set 6 schema x");
    ip_small_ioam_ns_set_foo: ip("ioam namespace set 6 foo");
    ip_small_ioam_sc_add: ip("ioam schema add 3 abc").check(IOAMS);
    ip_small_ioam_sc_add_empty: argv(["ip", "ioam", "schema", "add", "4", ""]).check(IOAMS);
    ip_small_ioam_sc_add_none: ip("ioam schema add");
    ip_small_ioam_sc_add_no_data: ip("ioam schema add 3");
    ip_small_ioam_sc_add_text: ip("ioam schema add x y");
    ip_small_ioam_sc_del: ip("ioam schema del 3").setup(IOAM).check(IOAMS);
    ip_small_ioam_sc_del_absent: ip("ioam schema del 99");
    ip_small_ioam_sc_del_none: ip("ioam schema del");

    // ------------------------------------------------------------------ fou, l2tp, ila, macsec (no such families here)
    ip_small_fou_bare: ip("fou");
    ip_small_fou_help: ip("fou help");
    ip_small_fou_h: ip("fou h");
    ip_small_fou_help_extra: ip("fou help x");
    ip_small_fou_show: ip("fou show");
    ip_small_fou_add: ip("fou add");
    ip_small_fou_bogus: ip("fou bogus");
    ip_small_fou_dash_h: ip("fou -h");
    ip_small_l2tp_bare: ip("l2tp");
    ip_small_l2tp_help: ip("l2tp help");
    ip_small_l2tp_h: ip("l2tp h");
    ip_small_l2tp_help_extra: ip("l2tp help x");
    ip_small_l2tp_show: ip("l2tp show");
    ip_small_l2tp_add: ip("l2tp add");
    ip_small_l2tp_bogus: ip("l2tp bogus");
    ip_small_l2tp_dash_h: ip("l2tp -h");
    ip_small_ila_bare: ip("ila");
    ip_small_ila_help: ip("ila help");
    ip_small_ila_h: ip("ila h");
    ip_small_ila_help_extra: ip("ila help x");
    ip_small_ila_show: ip("ila show");
    ip_small_ila_add: ip("ila add");
    ip_small_ila_bogus: ip("ila bogus");
    ip_small_ila_dash_h: ip("ila -h");
    ip_small_macsec_bare: ip("macsec");
    ip_small_macsec_help: ip("macsec help");
    ip_small_macsec_h: ip("macsec h");
    ip_small_macsec_help_extra: ip("macsec help x");
    ip_small_macsec_show: ip("macsec show");
    ip_small_macsec_add: ip("macsec add");
    ip_small_macsec_bogus: ip("macsec bogus");
    ip_small_macsec_dash_h: ip("macsec -h");
    ip_small_fou_add_full: ip("fou add port 5555 gue local 1.2.3.4 peer 5.6.7.8 peer_port 9 dev lo");
    ip_small_fou_add_bad_port: ip("fou add port 70000 ipproto x");
    ip_small_l2tp_add_tunnel: ip("l2tp add tunnel tunnel_id 1 peer_tunnel_id 2 remote 1.2.3.4 local 5.6.7.8");
    ip_small_l2tp_show_session: ip("l2tp show session");
    ip_small_ila_list: ip("ila list");
    ip_small_macsec_add_tx: ip("macsec add lo tx sa 0 pn 1 on key 01 12345678901234567890123456789012");
    ip_small_macsec_show_json: ip("-j macsec show");
}
