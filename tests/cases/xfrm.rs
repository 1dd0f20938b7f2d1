//! `ip xfrm state|policy`: list with filters, -s/-o/-4/-6, count, flush, deleteall, allocspi,
//! against iproute2 6.1. Policies are made by the reference in the setup; this kernel has no
//! ESP/AH/IPcomp, so the SAs are the larval ones `allocspi` makes (SPIs fixed by min/max).

use crate::common::{ip, XFRM_DATES};

/// Policies of every selector, template and option kind the kernel keeps.
const POLICIES: &str = "\
ip link add v0 type veth peer name v1
ip xfrm policy add src 10.1.0.0/16 dst 10.2.0.0/16 dir out priority 100 tmpl src 10.0.0.1 dst 10.0.0.2 proto esp reqid 1 mode tunnel
ip xfrm policy add src 10.2.0.0/16 dst 10.1.0.0/16 dir in mark 3 if_id 4 tmpl src 10.0.0.2 dst 10.0.0.1 proto esp reqid 2 mode tunnel level use
ip xfrm policy add dir fwd src 0.0.0.0/0 dst 0.0.0.0/0 proto tcp dport 80 action block
ip xfrm policy add dir out src 1.1.1.1 dst 2.2.2.2 proto udp sport 53 dport 1000 dev v0 flag localok icmp ptype sub priority 5 limit time-soft 10 limit time-hard 20 limit byte-soft 1000 limit packet-hard 7 limit time-use-soft 3 limit time-use-hard 4 limit byte-hard 99 limit packet-soft 5
ip xfrm policy add dir in src 2001:db8::/64 dst 2001:db8:1::/64 proto ipv6-icmp type 128 code 0 tmpl src 2001:db8::1 dst 2001:db8::2 proto ah spi 0x55 mode beet tmpl proto comp mode transport tmpl proto esp
ip xfrm policy add dir out src 3.3.3.3 dst 4.4.4.4 proto gre key 1.2.3.4 mark 0x10 mask 0xf0
ip xfrm policy add dir fwd src 5.5.5.0/24 dst 6.6.6.0/24 proto icmp type 8 code 0 priority 4294967295
ip xfrm policy add dir out src 7.7.7.7 dst 8.8.8.8 proto 47 key 77
ip xfrm policy add dir in src 9.9.9.9 proto sctp sport 1 tmpl dst 9.9.9.10 proto esp mode ro
ip xfrm policy add dir out dst 10.10.10.10 proto mobility-header type 5
ip xfrm policy add dir in proto 200 dev lo
ip xfrm policy add dir out src 3.3.3.3 dst 4.4.4.6 proto tcp sport 0 dport 0
ip xfrm policy add dir out src 3.3.3.3 dst 4.4.4.7 proto icmp code 3
ip xfrm policy add dir out src 3.3.3.3 dst 4.4.4.8 proto udp dport 7 tmpl src 1.1.1.1 dst 2.2.2.2 proto route2 mode in_trigger tmpl src 1.1.1.1 dst 2.2.2.2 proto hao mode tunnel
ip xfrm policy add dir fwd src 3.3.3.3 dst 4.4.4.9 flag 0x7
ip xfrm policy add dir fwd src 3.3.3.3 dst 4.4.4.10 flag 0xff
ip xfrm policy add dir in src ::/0 dst ::/0
ip xfrm policy add dir out src 11.0.0.1 dst 11.0.0.2 dev v1
ip link del v1
";

/// Larval SAs of each protocol and family, with mode, reqid and mark.
const STATES: &str = "\
ip xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto esp mode tunnel reqid 5 mark 7 mask 0xf seq 9 min 0x100 max 0x100 >/dev/null
ip xfrm state allocspi src 2001:db8::1 dst 2001:db8::2 proto ah min 300 max 300 >/dev/null
ip xfrm state allocspi src 10.0.0.3 dst 10.0.0.4 proto comp mode beet reqid 0xffffffff min 0x200 max 0x200 >/dev/null
ip xfrm state allocspi src 10.0.0.1 dst 10.0.0.9 proto esp mode transport mark 1 min 0xffffffff max 0xffffffff >/dev/null
";

const BOTH: &str = "\
ip xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto esp mode tunnel reqid 5 mark 7 mask 0xf seq 9 min 0x100 max 0x100 >/dev/null
ip xfrm state allocspi src 2001:db8::1 dst 2001:db8::2 proto ah min 300 max 300 >/dev/null
ip xfrm policy add src 10.1.0.0/16 dst 10.2.0.0/16 dir out priority 100 tmpl src 10.0.0.1 dst 10.0.0.2 proto esp reqid 1 mode tunnel
ip xfrm policy add dir out src 1.1.1.1 dst 2.2.2.2 ptype sub
ip xfrm policy add dir in src 2001:db8::/64 dst 2001:db8:1::/64
";

const LIST: &str = "ip xfrm state; ip xfrm policy";

cases! {
    // ------------------------------------------------------------------ objects, usage
    ip_xfrm_bare: ip("xfrm");
    ip_xfrm_help: ip("xfrm help");
    ip_xfrm_unknown_object: ip("xfrm foo");
    ip_xfrm_state_help: ip("xfrm state help");
    ip_xfrm_policy_help: ip("xfrm policy help");
    ip_xfrm_state_unknown: ip("xfrm state foo");
    ip_xfrm_policy_unknown: ip("xfrm policy foo");
    ip_xfrm_state_delete_all_unknown: ip("xfrm state delete-all");
    ip_xfrm_policy_allocspi_unknown: ip("xfrm policy allocspi");
    ip_xfrm_prefix_s: ip("xfrm s").setup(STATES);
    ip_xfrm_prefix_p: ip("xfrm p").setup(POLICIES);
    ip_xfrm_sa_word: ip("xfrm sa").setup(STATES);
    // ------------------------------------------------------------------ policy list
    ip_xfrm_policy_bare: ip("xfrm policy").setup(POLICIES);
    ip_xfrm_policy_list: ip("xfrm policy list").setup(POLICIES);
    ip_xfrm_policy_show: ip("xfrm policy show").setup(POLICIES);
    ip_xfrm_policy_lst: ip("xfrm policy lst").setup(POLICIES);
    ip_xfrm_policy_l: ip("xfrm policy l").setup(POLICIES);
    ip_xfrm_policy_stats: ip("-s xfrm policy").setup(POLICIES).norm(XFRM_DATES);
    ip_xfrm_policy_stats2: ip("-s -s xfrm policy").setup(POLICIES).norm(XFRM_DATES);
    ip_xfrm_policy_oneline: ip("-o xfrm policy").setup(POLICIES);
    ip_xfrm_policy_oneline_stats: ip("-o -s xfrm policy").setup(POLICIES).norm(XFRM_DATES);
    ip_xfrm_policy_details: ip("-d xfrm policy").setup(POLICIES);
    ip_xfrm_policy_json: ip("-j xfrm policy").setup(POLICIES);
    ip_xfrm_policy_v4: ip("-4 xfrm policy").setup(POLICIES);
    ip_xfrm_policy_v6: ip("-6 xfrm policy").setup(POLICIES);
    ip_xfrm_policy_empty: ip("xfrm policy");
    ip_xfrm_policy_list_dst: ip("xfrm policy list dst 2.2.2.2").setup(POLICIES);
    ip_xfrm_policy_list_dst_prefix: ip("xfrm policy list dst 2.2.2.0/24").setup(POLICIES);
    ip_xfrm_policy_list_src_len: ip("xfrm policy list src 10.1.0.0/16").setup(POLICIES);
    ip_xfrm_policy_list_src_host: ip("xfrm policy list src 10.1.0.0").setup(POLICIES);
    ip_xfrm_policy_list_src_wide: ip("xfrm policy list src 10.0.0.0/8").setup(POLICIES);
    ip_xfrm_policy_list_src_v6: ip("xfrm policy list src 2001:db8::/64").setup(POLICIES);
    ip_xfrm_policy_list_dir_in: ip("xfrm policy list dir in").setup(POLICIES);
    ip_xfrm_policy_list_dir_fwd: ip("xfrm policy list dir fwd").setup(POLICIES);
    ip_xfrm_policy_list_dir_twice: ip("xfrm policy list dir in dir out").setup(POLICIES);
    ip_xfrm_policy_list_index: ip("xfrm policy list index 8").setup(POLICIES);
    ip_xfrm_policy_list_index_dir: ip("xfrm policy list index 8 dir out").setup(POLICIES);
    ip_xfrm_policy_list_ptype: ip("xfrm policy list ptype sub").setup(POLICIES);
    ip_xfrm_policy_list_action: ip("xfrm policy list action block").setup(POLICIES);
    ip_xfrm_policy_list_priority: ip("xfrm policy list priority 100").setup(POLICIES);
    ip_xfrm_policy_list_flag: ip("xfrm policy list flag localok").setup(POLICIES);
    ip_xfrm_policy_list_flag_icmp: ip("xfrm policy list flag icmp").setup(POLICIES);
    ip_xfrm_policy_list_flag_num: ip("xfrm policy list flag 0x3").setup(POLICIES);
    ip_xfrm_policy_list_proto: ip("xfrm policy list proto udp").setup(POLICIES);
    ip_xfrm_policy_list_proto_tcp: ip("xfrm policy list proto tcp").setup(POLICIES);
    ip_xfrm_policy_list_sport: ip("xfrm policy list proto udp sport 53").setup(POLICIES);
    ip_xfrm_policy_list_sport_miss: ip("xfrm policy list proto udp sport 54").setup(POLICIES);
    ip_xfrm_policy_list_dev: ip("xfrm policy list dev v0").setup(POLICIES);
    ip_xfrm_policy_list_nosock: ip("xfrm policy list nosock").setup(POLICIES);
    ip_xfrm_policy_list_gre_key: ip("xfrm policy list proto gre key 77").setup(POLICIES);
    ip_xfrm_policy_list_icmp_type: ip("xfrm policy list proto icmp type 8").setup(POLICIES);
    // ------------------------------------------------------------------ policy list errors
    ip_xfrm_policy_list_src_missing: ip("xfrm policy list src");
    ip_xfrm_policy_list_src_bad: ip("xfrm policy list src foo");
    ip_xfrm_policy_list_mixed_family: ip("xfrm policy list dst 1.1.1.1 src 2001:db8::1");
    ip_xfrm_policy_list_proto_missing: ip("xfrm policy list proto");
    ip_xfrm_policy_list_proto_bad: ip("xfrm policy list proto foo");
    ip_xfrm_policy_list_proto_300: ip("xfrm policy list proto 300");
    ip_xfrm_policy_list_sport_missing: ip("xfrm policy list proto tcp sport");
    ip_xfrm_policy_list_sport_bad: ip("xfrm policy list proto tcp sport x");
    ip_xfrm_policy_list_sport_big: ip("xfrm policy list sport 70000");
    ip_xfrm_policy_list_tcp_type: ip("xfrm policy list proto tcp type 5");
    ip_xfrm_policy_list_icmp_sport: ip("xfrm policy list proto icmp sport 5");
    ip_xfrm_policy_list_tcp_key: ip("xfrm policy list proto tcp key 5");
    ip_xfrm_policy_list_gre_sport: ip("xfrm policy list proto gre sport 5");
    ip_xfrm_policy_list_type_bad: ip("xfrm policy list proto icmp type x");
    ip_xfrm_policy_list_type_big: ip("xfrm policy list type 300");
    ip_xfrm_policy_list_key_missing: ip("xfrm policy list proto gre key");
    ip_xfrm_policy_list_key_bad: ip("xfrm policy list proto gre key x");
    ip_xfrm_policy_list_key_dotted: ip("xfrm policy list key 1.2.3.4 proto gre").setup(POLICIES);
    ip_xfrm_policy_list_dev_missing: ip("xfrm policy list dev");
    ip_xfrm_policy_list_dev_bad: ip("xfrm policy list dev nosuch");
    ip_xfrm_policy_list_dir_missing: ip("xfrm policy list dir");
    ip_xfrm_policy_list_dir_bad: ip("xfrm policy list dir x");
    ip_xfrm_policy_list_index_bad: ip("xfrm policy list index x");
    ip_xfrm_policy_list_ptype_bad: ip("xfrm policy list ptype x");
    ip_xfrm_policy_list_action_bad: ip("xfrm policy list action x");
    ip_xfrm_policy_list_priority_bad: ip("xfrm policy list priority x");
    ip_xfrm_policy_list_flag_missing: ip("xfrm policy list flag");
    ip_xfrm_policy_list_flag_bad: ip("xfrm policy list flag x");
    ip_xfrm_policy_list_garbage: ip("xfrm policy list garbage");
    // ------------------------------------------------------------------ policy count/flush/deleteall
    ip_xfrm_policy_count: ip("xfrm policy count").setup(POLICIES);
    ip_xfrm_policy_count_stats: ip("-s xfrm policy count").setup(POLICIES);
    // Without policies: the kernel grows its hash table in the background, so the bucket
    // count after many inserts depends on timing.
    ip_xfrm_policy_count_stats2: ip("-s -s xfrm policy count");
    ip_xfrm_policy_count_hthresh: ip("-s -s xfrm policy count").setup("ip xfrm policy set hthresh4 24 16 hthresh6 64 32");
    ip_xfrm_policy_count_args: ip("xfrm policy count foo");
    ip_xfrm_policy_flush: ip("xfrm policy flush").setup(POLICIES).check(LIST);
    ip_xfrm_policy_flush_sub: ip("xfrm policy flush ptype sub").setup(POLICIES).check("ip xfrm policy");
    ip_xfrm_policy_flush_main: ip("xfrm policy flush ptype main").setup(POLICIES).check("ip xfrm policy");
    ip_xfrm_policy_flush_ptype_missing: ip("xfrm policy flush ptype");
    ip_xfrm_policy_flush_ptype_bad: ip("xfrm policy flush ptype x");
    ip_xfrm_policy_flush_ptype_twice: ip("xfrm policy flush ptype sub ptype main");
    ip_xfrm_policy_flush_garbage: ip("xfrm policy flush foo");
    ip_xfrm_policy_deleteall_dir: ip("xfrm policy deleteall dir in").setup(POLICIES).check("ip xfrm policy");
    ip_xfrm_policy_deleteall_src: ip("xfrm policy deleteall src 3.3.3.3").setup(POLICIES).check("ip xfrm policy");
    ip_xfrm_policy_deleteall_v6: ip("-6 xfrm policy deleteall").setup(POLICIES).check("ip xfrm policy");
    ip_xfrm_policy_deleteall_mark: ip("xfrm policy deleteall mark 3").setup(POLICIES).check("ip xfrm policy");
    // ------------------------------------------------------------------ state list
    ip_xfrm_state_bare: ip("xfrm state").setup(STATES);
    ip_xfrm_state_list: ip("xfrm state list").setup(STATES);
    ip_xfrm_state_show: ip("xfrm state show").setup(STATES);
    ip_xfrm_state_stats: ip("-s xfrm state").setup(STATES).norm(XFRM_DATES);
    ip_xfrm_state_stats2: ip("-s -s xfrm state list").setup(STATES).norm(XFRM_DATES);
    ip_xfrm_state_oneline: ip("-o xfrm state").setup(STATES);
    ip_xfrm_state_oneline_stats: ip("-o -s xfrm state").setup(STATES).norm(XFRM_DATES);
    ip_xfrm_state_details: ip("-d xfrm state").setup(STATES);
    ip_xfrm_state_v4: ip("-4 xfrm state").setup(STATES);
    ip_xfrm_state_v6: ip("-6 xfrm state").setup(STATES);
    ip_xfrm_state_empty: ip("xfrm state");
    ip_xfrm_state_list_src: ip("xfrm state list src 10.0.0.1").setup(STATES);
    ip_xfrm_state_list_src_prefix: ip("xfrm state list src 10.0.0.0/24").setup(STATES);
    ip_xfrm_state_list_dst: ip("xfrm state list dst 10.0.0.9").setup(STATES);
    ip_xfrm_state_list_v6: ip("xfrm state list src 2001:db8::1").setup(STATES);
    ip_xfrm_state_list_proto: ip("xfrm state list proto ah").setup(STATES);
    ip_xfrm_state_list_spi: ip("xfrm state list spi 0x200").setup(STATES);
    ip_xfrm_state_list_mode: ip("xfrm state list mode tunnel").setup(STATES);
    ip_xfrm_state_list_reqid: ip("xfrm state list reqid 5").setup(STATES);
    ip_xfrm_state_list_nokeys: ip("xfrm state list nokeys").setup(STATES);
    ip_xfrm_state_list_flag: ip("xfrm state list flag esn").setup(STATES);
    ip_xfrm_state_list_spi_bad: ip("xfrm state list spi x");
    ip_xfrm_state_list_proto_bad: ip("xfrm state list proto x");
    ip_xfrm_state_list_mode_bad: ip("xfrm state list mode x");
    ip_xfrm_state_list_reqid_bad: ip("xfrm state list reqid x");
    ip_xfrm_state_list_flag_bad: ip("xfrm state list flag x");
    ip_xfrm_state_list_garbage: ip("xfrm state list foo");
    ip_xfrm_state_list_mixed_family: ip("xfrm state list src 10.0.0.1 dst 2001:db8::1");
    // ------------------------------------------------------------------ state count/flush/deleteall
    ip_xfrm_state_count: ip("xfrm state count").setup(STATES);
    ip_xfrm_state_count_stats: ip("-s xfrm state count").setup(STATES);
    ip_xfrm_state_count_empty: ip("xfrm state count");
    ip_xfrm_state_flush: ip("xfrm state flush").setup(BOTH).check(LIST);
    ip_xfrm_state_flush_proto: ip("xfrm state flush proto esp").setup(STATES).check("ip xfrm state");
    ip_xfrm_state_flush_proto_bad: ip("xfrm state flush proto foo");
    ip_xfrm_state_flush_proto_missing: ip("xfrm state flush proto");
    ip_xfrm_state_flush_proto_twice: ip("xfrm state flush proto esp proto ah");
    ip_xfrm_state_flush_garbage: ip("xfrm state flush foo");
    ip_xfrm_state_deleteall: ip("xfrm state deleteall").setup(BOTH).check(LIST);
    ip_xfrm_state_deleteall_proto: ip("xfrm state deleteall proto ah").setup(STATES).check("ip xfrm state");
    ip_xfrm_state_deleteall_src: ip("xfrm state deleteall src 10.0.0.1").setup(STATES).check("ip xfrm state");
    ip_xfrm_state_deleteall_v4: ip("-4 xfrm state deleteall").setup(STATES).check("ip xfrm state");
    // ------------------------------------------------------------------ allocspi
    ip_xfrm_state_allocspi: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto esp min 0x10 max 0x10").check("ip -s xfrm state | grep -v add");
    ip_xfrm_state_allocspi_all: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah mode tunnel reqid 3 seq 4 mark 5 mask 6 min 7 max 7").check("ip -s xfrm state | grep -v add");
    ip_xfrm_state_allocspi_v6: ip("-o xfrm state allocspi src 2001:db8::1 dst 2001:db8::2 proto comp mode beet min 1000 max 1000");
    ip_xfrm_state_allocspi_taken: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto esp min 0x100 max 0x100").setup(STATES);
    ip_xfrm_state_allocspi_route2: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto route2");
    ip_xfrm_state_allocspi_no_id: ip("xfrm state allocspi");
    ip_xfrm_state_allocspi_no_proto: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2");
    ip_xfrm_state_allocspi_min_gt_max: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah min 0x10 max 0x5");
    ip_xfrm_state_allocspi_no_max: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah min 0x10");
    ip_xfrm_state_allocspi_no_min: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah max 0x10");
    ip_xfrm_state_allocspi_spi: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah spi 5");
    ip_xfrm_state_allocspi_min_bad: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah min x max 5");
    ip_xfrm_state_allocspi_mode_bad: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah mode x");
    ip_xfrm_state_allocspi_reqid_bad: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah reqid x");
    ip_xfrm_state_allocspi_seq_bad: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah seq x");
    ip_xfrm_state_allocspi_mark_bad: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah mark x");
    ip_xfrm_state_allocspi_garbage: ip("xfrm state allocspi src 10.0.0.1 dst 10.0.0.2 proto ah foo");
    // ------------------------------------------------------------------ policy get/delete
    ip_xfrm_policy_get: ip("xfrm policy get src 10.1.0.0/16 dst 10.2.0.0/16 dir out").setup(POLICIES);
    ip_xfrm_policy_get_stats: ip("-s xfrm policy get src 10.1.0.0/16 dst 10.2.0.0/16 dir out").setup(POLICIES).norm(XFRM_DATES);
    ip_xfrm_policy_get_oneline: ip("-o xfrm policy get src 10.2.0.0/16 dst 10.1.0.0/16 dir in mark 3 if_id 4").setup(POLICIES);
    ip_xfrm_policy_get_no_mark: ip("xfrm policy get src 10.2.0.0/16 dst 10.1.0.0/16 dir in").setup(POLICIES);
    ip_xfrm_policy_get_index: ip("xfrm policy get index 8 dir in mark 3 if_id 4").setup(POLICIES);
    ip_xfrm_policy_get_index_wrong_dir: ip("xfrm policy get index 8 dir out").setup(POLICIES);
    ip_xfrm_policy_get_sub: ip("xfrm policy get src 1.1.1.1 dst 2.2.2.2 proto udp sport 53 dport 1000 dev v0 dir out ptype sub").setup(POLICIES);
    ip_xfrm_policy_get_sub_missing_ptype: ip("xfrm policy get src 1.1.1.1 dst 2.2.2.2 proto udp sport 53 dport 1000 dev v0 dir out").setup(POLICIES);
    ip_xfrm_policy_get_v6: ip("xfrm policy get dir in src 2001:db8::/64 dst 2001:db8:1::/64 proto ipv6-icmp type 128 code 0").setup(POLICIES);
    ip_xfrm_policy_get_gre: ip("xfrm policy get dir out src 3.3.3.3 dst 4.4.4.4 proto gre key 1.2.3.4 mark 0x10 mask 0xf0").setup(POLICIES);
    ip_xfrm_policy_get_gre_num: ip("xfrm policy get dir out src 7.7.7.7 dst 8.8.8.8 proto gre key 77").setup(POLICIES);
    ip_xfrm_policy_get_missing: ip("xfrm policy get dir out src 1.2.3.4");
    ip_xfrm_policy_get_no_dir: ip("xfrm policy get index 5");
    ip_xfrm_policy_get_no_sel: ip("xfrm policy get dir out");
    ip_xfrm_policy_get_index_then_sel: ip("xfrm policy get dir out index 5 src 1.1.1.1");
    ip_xfrm_policy_get_sel_then_index: ip("xfrm policy get src 1.1.1.1 index 5 dir out");
    ip_xfrm_policy_get_dir_twice: ip("xfrm policy get dir out dir in src 1.1.1.1");
    ip_xfrm_policy_get_mark_bad: ip("xfrm policy get dir out mark x");
    ip_xfrm_policy_get_mask_bad: ip("xfrm policy get dir out mark 1 mask x");
    ip_xfrm_policy_get_if_id_bad: ip("xfrm policy get dir out if_id x");
    ip_xfrm_policy_get_garbage: ip("xfrm policy get dir out foo");
    ip_xfrm_policy_delete: ip("xfrm policy delete src 10.1.0.0/16 dst 10.2.0.0/16 dir out").setup(POLICIES).check("ip xfrm policy");
    ip_xfrm_policy_delete_mark: ip("xfrm policy delete src 10.2.0.0/16 dst 10.1.0.0/16 dir in mark 3 if_id 4").setup(POLICIES).check("ip xfrm policy");
    ip_xfrm_policy_delete_index: ip("xfrm policy delete index 18 dir fwd").setup(POLICIES).check("ip xfrm policy");
    ip_xfrm_policy_delete_sub: ip("xfrm policy delete dir out src 1.1.1.1 dst 2.2.2.2 proto udp sport 53 dport 1000 dev v0 ptype sub").setup(POLICIES).check("ip xfrm policy");
    ip_xfrm_policy_delete_missing: ip("xfrm policy delete dir out src 1.2.3.4");
    ip_xfrm_policy_delete_d: ip("xfrm policy d dir fwd src 5.5.5.0/24 dst 6.6.6.0/24 proto icmp type 8 code 0").setup(POLICIES).check("ip xfrm policy");
    // ------------------------------------------------------------------ state get/delete
    ip_xfrm_state_get: ip("xfrm state get src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x100 mark 7 mask 0xf").setup(STATES);
    ip_xfrm_state_get_stats: ip("-s xfrm state get src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x100 mark 7 mask 0xf").setup(STATES).norm(XFRM_DATES);
    ip_xfrm_state_get_oneline: ip("-o xfrm state get src 2001:db8::1 dst 2001:db8::2 proto ah spi 300").setup(STATES);
    ip_xfrm_state_get_no_mark: ip("xfrm state get src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x100").setup(STATES);
    ip_xfrm_state_get_comp: ip("xfrm state get src 10.0.0.3 dst 10.0.0.4 proto comp spi 0x200").setup(STATES);
    ip_xfrm_state_get_bare: ip("xfrm state get");
    ip_xfrm_state_get_no_proto: ip("xfrm state get src 10.0.0.1 dst 10.0.0.2 spi 5");
    ip_xfrm_state_get_mode: ip("xfrm state get src 10.0.0.1 dst 10.0.0.2 proto esp spi 5 mode tunnel");
    ip_xfrm_state_get_garbage: ip("xfrm state get src 10.0.0.1 dst 10.0.0.2 proto esp spi 5 foo");
    ip_xfrm_state_get_spi_bad: ip("xfrm state get src 10.0.0.1 dst 10.0.0.2 proto esp spi x");
    ip_xfrm_state_get_mark_bad: ip("xfrm state get src 10.0.0.1 dst 10.0.0.2 proto esp spi 5 mark x");
    ip_xfrm_state_get_missing: ip("xfrm state get src 10.0.0.1 dst 10.0.0.2 proto esp spi 5");
    ip_xfrm_state_delete: ip("xfrm state delete src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x100 mark 7 mask 0xf").setup(STATES).check("ip xfrm state");
    ip_xfrm_state_delete_v6: ip("xfrm state delete src 2001:db8::1 dst 2001:db8::2 proto ah spi 300").setup(STATES).check("ip xfrm state");
    ip_xfrm_state_delete_no_mark: ip("xfrm state delete src 10.0.0.1 dst 10.0.0.2 proto esp spi 0x100").setup(STATES).check("ip xfrm state");
    ip_xfrm_state_delete_route2_spi: ip("xfrm state delete src 10.0.0.1 dst 10.0.0.2 proto route2 spi 5");
    ip_xfrm_state_delete_d: ip("xfrm state d src 10.0.0.3 dst 10.0.0.4 proto comp spi 0x200").setup(STATES).check("ip xfrm state");
    // ------------------------------------------------------------------ default policies
    ip_xfrm_policy_getdefault: ip("xfrm policy getdefault");
    ip_xfrm_policy_getdefault_prefix: ip("xfrm policy getd").setup("ip xfrm policy setdefault in block out block");
    ip_xfrm_policy_getdefault_args: ip("xfrm policy getdefault foo").setup("ip xfrm policy setdefault fwd block");
    ip_xfrm_policy_setdefault: ip("xfrm policy setdefault in block out block").check("ip xfrm policy getdefault");
    ip_xfrm_policy_setdefault_back: ip("xfrm policy setdefault fwd accept in accept").setup("ip xfrm policy setdefault in block fwd block out block").check("ip xfrm policy getdefault");
    ip_xfrm_policy_setdefault_none: ip("xfrm policy setdefault").setup("ip xfrm policy setdefault out block").check("ip xfrm policy getdefault");
    ip_xfrm_policy_setdefault_incomplete: ip("xfrm policy setdefault in");
    ip_xfrm_policy_setdefault_bad_action: ip("xfrm policy setdefault in x");
    ip_xfrm_policy_setdefault_bad_action_out: ip("xfrm policy setdefault out allow");
    ip_xfrm_policy_setdefault_bad_dir: ip("xfrm policy setdefault x block");
}
