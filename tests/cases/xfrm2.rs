//! `ip xfrm policy add|update`, `ip xfrm state add|update` and `ip xfrm monitor` against
//! iproute2 6.1: policies are made live and read back with the reference; this kernel has no
//! ESP/AH/IPcomp, so `state add` is compared on the kernel's refusal (its request bytes are
//! checked by src/ip/xfrm/tests.rs).

use crate::common::{argv, ip, XFRM_DATES};

const SHOW: &str = "ip -s -d xfrm policy";

cases! {
    // ------------------------------------------------------------------ policy add
    xfrm2_padd_min: ip("xfrm policy add dir in").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_sel: ip("xfrm policy add src 10.1.0.0/16 dst 10.2.0.0/16 dir out").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_all: argv(["ip", "xfrm", "policy", "add", "dir", "fwd", "src", "1.1.1.1", "dst", "2.2.2.2", "proto", "tcp", "sport", "1", "dport", "2", "dev", "lo", "mark", "3", "mask", "4", "if_id", "5", "index", "10", "ptype", "sub", "action", "block", "priority", "9", "flag", "localok", "icmp", "limit", "time-soft", "100", "limit", "time-hard", "200", "limit", "time-use-soft", "30", "limit", "time-use-hard", "40", "limit", "byte-soft", "5", "limit", "byte-hard", "6", "limit", "packet-soft", "7", "limit", "packet-hard", "8", "tmpl", "src", "3.3.3.3", "dst", "4.4.4.4", "proto", "esp", "spi", "0x10", "mode", "tunnel", "reqid", "7", "level", "use", "tmpl", "proto", "ah", "level", "required"]).check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_v6: ip("xfrm policy add dir in src 2001:db8::/64 dst 2001:db8:1::/64 proto ipv6-icmp type 128 code 0 tmpl src 2001:db8::1 dst 2001:db8::2 proto ah spi 0x55 mode beet tmpl proto comp mode transport").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_v6_opt: ip("-6 xfrm policy add dir out tmpl proto esp").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_gre: ip("xfrm policy add dir out src 3.3.3.3 dst 4.4.4.4 proto gre key 1.2.3.4 mark 0x10 mask 0xf0").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_gre_num: ip("xfrm policy add dir out src 7.7.7.7 dst 8.8.8.8 proto 47 key 77").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_icmp: ip("xfrm policy add dir fwd src 5.5.5.0/24 dst 6.6.6.0/24 proto icmp type 8 code 0 priority 4294967295").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_modes: ip("xfrm policy add dir out src 3.3.3.3 dst 4.4.4.8 proto udp dport 7 tmpl src 1.1.1.1 dst 2.2.2.2 proto route2 mode in_trigger tmpl src 1.1.1.1 dst 2.2.2.2 proto hao mode tunnel tmpl dst 9.9.9.10 proto esp mode ro").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_flag_hex: ip("xfrm policy add dir fwd src 3.3.3.3 dst 4.4.4.9 flag 0xff").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_ctx: ip("xfrm policy add dir in src 1.1.1.1 ctx foo").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_mark0: ip("xfrm policy add dir in src 1.1.1.1 mark 1 mask 0 if_id 0").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_tmpl_after: ip("xfrm policy add dir in tmpl proto esp mode tunnel src 1.1.1.1 dst 2.2.2.2").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_index_dir: ip("xfrm policy add dir fwd index 8");
    xfrm2_padd_exists: ip("xfrm policy add dir in src 1.1.1.1").setup("ip xfrm policy add dir in src 1.1.1.1");
    xfrm2_padd_family_change: ip("xfrm policy add dir out tmpl proto esp src 2001:db8::7");
    xfrm2_padd_tmpl_noproto: ip("xfrm policy add dir in tmpl mode tunnel");
    xfrm2_pupdate: ip("xfrm policy update dir in src 1.1.1.1 priority 7 action block").setup("ip xfrm policy add dir in src 1.1.1.1").check(SHOW).norm(XFRM_DATES);
    xfrm2_pupdate_new: ip("xfrm policy update dir out src 1.1.1.1 tmpl proto esp").check(SHOW).norm(XFRM_DATES);
    xfrm2_padd_prefix: ip("xfrm policy a dir in src 1.1.1.1").check(SHOW).norm(XFRM_DATES);
    xfrm2_pupdate_prefix: ip("xfrm policy u dir in src 1.1.1.1").check(SHOW).norm(XFRM_DATES);
    // ------------------------------------------------------------------ policy add errors
    xfrm2_padd_nodir: ip("xfrm policy add src 1.1.1.1");
    xfrm2_padd_bare: ip("xfrm policy add");
    xfrm2_padd_dir_incomplete: ip("xfrm policy add dir");
    xfrm2_padd_dir_bad: ip("xfrm policy add dir foo");
    xfrm2_padd_dir_dup: ip("xfrm policy add dir in dir out");
    xfrm2_padd_index_bad: ip("xfrm policy add dir in index x");
    xfrm2_padd_ptype_bad: ip("xfrm policy add dir in ptype 1");
    xfrm2_padd_ptype_dup: ip("xfrm policy add dir in ptype main ptype sub");
    xfrm2_padd_action_bad: ip("xfrm policy add dir in action foo");
    xfrm2_padd_priority_bad: ip("xfrm policy add dir in priority 4294967296");
    xfrm2_padd_flag_incomplete: ip("xfrm policy add dir in flag");
    xfrm2_padd_flag_name: ip("xfrm policy add dir in flag foo");
    xfrm2_padd_flag_dec: ip("xfrm policy add dir in flag localok 4");
    xfrm2_padd_flag_big: ip("xfrm policy add dir in flag 0x300");
    xfrm2_padd_limit_incomplete: ip("xfrm policy add dir in limit");
    xfrm2_padd_limit_bad: ip("xfrm policy add dir in limit foo 1");
    xfrm2_padd_limit_value: ip("xfrm policy add dir in limit byte-soft 1k");
    xfrm2_padd_limit_novalue: ip("xfrm policy add dir in limit time-soft");
    xfrm2_padd_tmpl_incomplete: ip("xfrm policy add dir in tmpl");
    xfrm2_padd_tmpl_unknown: ip("xfrm policy add dir in tmpl foo");
    xfrm2_padd_tmpl_proto_bad: ip("xfrm policy add dir in tmpl proto 50");
    xfrm2_padd_tmpl_mode_bad: ip("xfrm policy add dir in tmpl proto esp mode 1");
    xfrm2_padd_tmpl_level_bad: ip("xfrm policy add dir in tmpl proto esp level 1");
    xfrm2_padd_tmpl_reqid_bad: ip("xfrm policy add dir in tmpl proto esp reqid -1");
    xfrm2_padd_tmpl_spi_bad: ip("xfrm policy add dir in tmpl proto esp spi 0x100000000");
    xfrm2_padd_tmpl_src_bad: ip("xfrm policy add dir in tmpl src x");
    xfrm2_padd_tmpl_family: ip("xfrm policy add dir in tmpl dst ::1 src 1.1.1.1");
    xfrm2_padd_tmpl_spi_route2: ip("xfrm policy add dir in tmpl proto route2 spi 5");
    xfrm2_padd_tmpl_id_twice: ip("xfrm policy add dir in src 4.4.4.4 tmpl proto ah level use proto esp");
    xfrm2_padd_ctx_dup: ip("xfrm policy add dir in ctx a ctx b");
    xfrm2_padd_mark_bad: ip("xfrm policy add dir in mark x");
    xfrm2_padd_mask_bad: ip("xfrm policy add dir in mark 1 mask x");
    xfrm2_padd_mask_incomplete: ip("xfrm policy add dir in mark 1 mask");
    xfrm2_padd_if_id_bad: ip("xfrm policy add dir in if_id x");
    xfrm2_padd_unknown: ip("xfrm policy add dir in foo");
    xfrm2_padd_help: ip("xfrm policy add help");
    xfrm2_padd_sel_split: ip("xfrm policy add src 1.1.1.1 dir in dst 2.2.2.2");
    xfrm2_padd_sel_family: ip("xfrm policy add dir in src 1.1.1.1 dst ::1");
    xfrm2_padd_sel_type: ip("xfrm policy add dir in proto tcp type 1");
    xfrm2_padd_sel_key: ip("xfrm policy add dir in proto udp key 1");
    xfrm2_padd_sel_dev: ip("xfrm policy add dir in dev nosuch");
    xfrm2_padd_sel_prefix: ip("xfrm policy add dir in src 1.1.1.1/33");
}
