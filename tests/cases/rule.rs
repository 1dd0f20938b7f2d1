//! `ip rule`: list with its selectors, add/delete, flush, save/restore, against iproute2 6.1.
//! Rules are made by the reference `ip` in the setup (and by ipkit in the argv).

use crate::common::{argv, ip};

/// Rules of every kind the printer knows: every selector, every action, detached devices,
/// a named table, IPv6.
const RULES: &str = "\
ip link add v0 type veth peer name v1
mkdir -p /etc/iproute2/rt_tables.d; echo '200 myT' >/etc/iproute2/rt_tables.d/t.conf
ip rule add from 10.0.0.0/8 to 192.168.0.0/16 tos 0x10 fwmark 0x5/0xff iif v0 oif v1 uidrange 100-200 ipproto tcp sport 1000-2000 dport 80 pref 100 table 200 protocol static suppress_prefixlength 0 suppress_ifgroup 5 realms 3/4
ip rule add not fwmark 51820 table 51820
ip rule add table main suppress_prefixlength 0
ip rule add fwmark 0x20000/0x20000 priority 10000 table main suppress_ifgroup 10000
ip rule add pref 5250 fwmark 0x80000/0xff0000 type unreachable
ip rule add pref 300 goto 32766
ip rule add l3mdev pref 1000
ip rule add nat 1.2.3.4 from 5.5.5.5 2>/dev/null
ip rule add blackhole from 6.6.6.6
ip rule add prohibit iif lo
ip rule add from 1.1.1.1 table 5 tun_id 7 pref 400
ip rule add from 1.1.1.2 table 5 realms 7 pref 401 proto 99
ip rule add iif nosuch table 7 pref 402
ip rule add oif gone table 7 pref 403
ip rule add table local pref 404 dport 53 sport 1
ip rule add table default pref 405 ipproto 200
ip rule add table 100000 pref 406 suppress_ifgroup 0
ip rule add pref 407 type throw
ip rule add pref 408 type 5
ip rule add pref 409 type nat
ip rule add pref 410 fwmark 0 table 5
ip rule add pref 411 fwmark 0/0 table 5
ip rule add pref 412 uidrange 0-4294967294 table 5
ip rule add pref 413 goto 414
ip rule add pref 414 nop
ip rule add pref 415 table 5 protocol kernel
ip rule add pref 416 table 5 protocol boot
ip rule add pref 417 from 1.2.3.4/24 to 5.6.7.8/16 table 1 realms 1/2
ip rule add pref 418 l3mdev uidrange 1-2 tun_id 9 realms 5
ip rule add pref 419 goto 500 realms 5
ip rule add pref 420 type nop table 5
ip -6 rule add from 2001:db8::/32 table 7
ip -6 rule add not to 2001:db8::1 iif lo table 300 pref 5 ipproto ipv6-icmp
ip -6 rule add from 2001:db8::5 to ::/0 fwmark 9 table 6 pref 6 sport 22
";

/// RULES saved by the reference in /tmp/saved (IPv6 in /tmp/saved6, a cut one in /tmp/cut),
/// then flushed.
const SAVED: &str = "ip rule save >/tmp/saved
ip -6 rule save >/tmp/saved6
head -c 30 /tmp/saved >/tmp/cut
ip rule flush; ip -6 rule flush
";

/// A sandbox with two veth pairs and a named table, no rules of its own.
const PAIR: &str = "\
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
mkdir -p /etc/iproute2/rt_tables.d; echo '200 myT' >/etc/iproute2/rt_tables.d/t.conf
";

const ALL: &str = "ip -d rule; ip -d -6 rule";

cases! {
    // ------------------------------------------------------------------ list
    rule_bare: ip("rule").setup(RULES);
    rule_prefix_ru: ip("ru").setup(RULES);
    rule_list: ip("rule list").setup(RULES);
    rule_show: ip("rule show").setup(RULES);
    rule_lst: ip("rule lst").setup(RULES);
    rule_s: ip("rule s").setup(RULES);
    rule_l: ip("rule l").setup(RULES);
    rule_v6: ip("-6 rule").setup(RULES);
    rule_details: ip("-d rule").setup(RULES);
    rule_details_v6: ip("-d -6 rule").setup(RULES);
    rule_numeric: ip("-N -d rule").setup(RULES);
    rule_json: ip("-j rule").setup(RULES);
    rule_json_details: ip("-j -d rule").setup(RULES);
    rule_json_pretty: ip("-j -p rule").setup(RULES);
    rule_json_v6: ip("-j -6 rule").setup(RULES);
    rule_json_pretty_v6: ip("-j -p -6 rule").setup(RULES);
    rule_oneline: ip("-o rule").setup(RULES);
    rule_stats: ip("-s rule").setup(RULES);
    rule_color: ip("-c rule").setup(RULES);
    rule_color_v6: ip("-c -6 rule").setup(RULES);
    rule_family_link: ip("-0 rule").setup(RULES);
    rule_in_netns: ip("-n blue rule").setup("ip netns add blue\nip -n blue rule add pref 7 fwmark 3 table 9");
    rule_list_from: ip("rule list from 10.0.0.0/8").setup(RULES);
    rule_list_from_host_vs_prefix: ip("rule list from 10.0.0.0").setup(RULES);
    rule_list_from_host: ip("rule list from 1.1.1.1").setup(RULES);
    rule_list_from_all: ip("rule list from all").setup(RULES);
    rule_list_from_zero: ip("rule list from 0/0").setup(RULES);
    rule_list_src_abbrev: ip("rule list s 10.0.0.0/8").setup(RULES);
    rule_list_f_abbrev: ip("rule list f 5.5.5.5").setup(RULES);
    rule_list_to: ip("rule list to 192.168.0.0/16").setup(RULES);
    rule_list_to_host: ip("rule list to 192.168.0.0").setup(RULES);
    rule_list_dst_abbrev: ip("rule list d 192.168.0.0/16").setup(RULES);
    rule_list_ds_is_dst: ip("rule list ds 0x10").setup(RULES);
    rule_list_bare_prefix: ip("rule list 192.168.0.0/16").setup(RULES);
    rule_list_bare_prefixes: ip("rule list 192.168.0.0/16 10.0.0.0/8").setup(RULES);
    rule_list_bare_all: ip("rule list all").setup(RULES);
    rule_list_tos: ip("rule list tos 0x10").setup(RULES);
    rule_list_tos_zero: ip("rule list tos 0").setup(RULES);
    rule_list_tos_hex: ip("rule list tos 16").setup(RULES);
    rule_list_dsfield: ip("rule list dsfield 0x10").setup(RULES);
    rule_list_fwmark: ip("rule list fwmark 0x5").setup(RULES);
    rule_list_fwmark_mask: ip("rule list fwmark 0x5/0xff").setup(RULES);
    rule_list_fwmark_other_mask: ip("rule list fwmark 0x5/0xf").setup(RULES);
    rule_list_fwmark_mask_only: ip("rule list fwmark 0/0xff0000").setup(RULES);
    rule_list_fwmark_zero: ip("rule list fwmark 0").setup(RULES);
    rule_list_iif: ip("rule list iif v0").setup(RULES);
    rule_list_dev: ip("rule list dev lo").setup(RULES);
    rule_list_iif_detached: ip("rule list iif nosuch").setup(RULES);
    rule_list_oif: ip("rule list oif v1").setup(RULES);
    rule_list_oif_detached: ip("rule list oif gone").setup(RULES);
    rule_list_l3mdev: ip("rule list l3mdev").setup(RULES);
    rule_list_l3mdev_table0: ip("rule list l3mdev table 0").setup(RULES);
    rule_list_uidrange: ip("rule list uidrange 100-200").setup(RULES);
    rule_list_uidrange_full: ip("rule list uidrange 0-4294967295").setup(RULES);
    rule_list_ipproto: ip("rule list ipproto tcp").setup(RULES);
    rule_list_ipproto_number: ip("rule list ipproto 6").setup(RULES);
    rule_list_ipproto_zero: ip("rule list ipproto 0").setup(RULES);
    rule_list_sport_range: ip("rule list sport 1000-2000").setup(RULES);
    rule_list_sport_start: ip("rule list sport 1000").setup(RULES);
    rule_list_sport_one: ip("rule list sport 1-1").setup(RULES);
    rule_list_sport_zero: ip("rule list sport 0").setup(RULES);
    rule_list_dport: ip("rule list dport 53").setup(RULES);
    rule_list_tun_id: ip("rule list tun_id 7").setup(RULES);
    rule_list_t_is_tun_id: ip("rule list t 7").setup(RULES);
    rule_list_tun_id_zero: ip("rule list tun_id 0").setup(RULES);
    rule_list_pref: ip("rule list pref 400").setup(RULES);
    rule_list_priority: ip("rule list priority 10000").setup(RULES);
    rule_list_order_abbrev: ip("rule list o 400").setup(RULES);
    rule_list_pref_zero: ip("rule list pref 0").setup(RULES);
    rule_list_pref_twice: ip("rule list pref 410 pref 411").setup(RULES);
    rule_list_table: ip("rule list table 5").setup(RULES);
    rule_list_lookup_abbrev: ip("rule list lo 5").setup(RULES);
    rule_list_table_main: ip("rule list table main").setup(RULES);
    rule_list_table_name: ip("rule list table myT").setup(RULES);
    rule_list_table_big: ip("rule list table 100000").setup(RULES);
    rule_list_table_zero: ip("rule list table 0").setup(RULES);
    rule_list_table_and_pref: ip("rule list table 5 pref 410").setup(RULES);
    rule_list_protocol_ignored: ip("rule list protocol static").setup(RULES);
    rule_list_not: ip("rule list not").setup(RULES);
    rule_list_not_fwmark: ip("rule list not fwmark 51820").setup(RULES);
    rule_list_v6_from: ip("-6 rule list from 2001:db8::/32").setup(RULES);
    rule_list_v6_to: ip("-6 rule list to 2001:db8::1").setup(RULES);
    rule_list_v6_json_sport: ip("-6 -j rule list sport 22").setup(RULES);
    rule_list_table_all: ip("rule list table all").setup(RULES);
    rule_list_table_bad: ip("rule list table x").setup(RULES);
    rule_list_pref_bad: ip("rule list pref x").setup(RULES);
    rule_list_from_bad: ip("rule list from x").setup(RULES);
    rule_list_from_incomplete: ip("rule list from").setup(RULES);
    rule_list_lookup_incomplete: ip("rule list l").setup(RULES);
    rule_list_type_refused: ip("rule list type blackhole").setup(RULES);
    rule_list_help_is_a_prefix: ip("rule list help").setup(RULES);
    rule_list_bogus_v6: ip("-6 rule list bogus").setup(RULES);
    rule_list_protocol_bad: ip("rule list protocol x").setup(RULES);
    rule_list_uidrange_bad: ip("rule list uidrange 5").setup(RULES);
    rule_list_sport_bad: ip("rule list sport x").setup(RULES);
    rule_list_tun_id_bad: ip("rule list tun_id x").setup(RULES);
    rule_list_ipproto_bad: ip("rule list ipproto x").setup(RULES);
    rule_list_fwmark_bad: ip("rule list fwmark x").setup(RULES);
    rule_list_fwmask_bad: ip("rule list fwmark 5/x").setup(RULES);
    rule_list_iif_long: ip("rule list iif 0123456789abcdef").setup(RULES);
    rule_list_oif_long: ip("rule list oif 0123456789abcdef").setup(RULES);
    rule_list_tos_bad: ip("rule list tos x").setup(RULES);
    rule_list_fw_abbrev_refused: ip("rule list fw 5").setup(RULES);
    rule_help: ip("rule help");
    rule_help_abbrev: ip("rule h");
    rule_unknown: ip("rule bogus");
    rule_showdump_unknown: ip("rule showdump");

    // ------------------------------------------------------------------ add, delete
    rule_add_wg_quick_not_fwmark: ip("-4 rule add not fwmark 51820 table 51820").setup(PAIR).check(ALL);
    rule_add_wg_quick_suppress: ip("-4 rule add table main suppress_prefixlength 0").setup(PAIR).check(ALL);
    rule_add_tailscale_ifgroup: ip("rule add fwmark 0x20000/0x20000 priority 10000 table main suppress_ifgroup 10000").setup(PAIR).check(ALL);
    rule_add_unreachable_mark: ip("-4 rule add pref 5250 fwmark 0x80000/0xff0000 type unreachable").setup(PAIR).check(ALL);
    rule_add_table_name: ip("rule add fwmark 0x1 table myT").setup(PAIR).check(ALL);
    rule_add_table_unknown_name: ip("rule add fwmark 0x1 table novpn").setup(PAIR).check(ALL);
    rule_add_everything: ip("rule add from 10.0.0.0/8 to 192.168.0.0/16 tos 0x10 fwmark 0x5/0xff iif v0 oif v1 uidrange 100-200 ipproto tcp sport 1000-2000 dport 80 pref 100 table 200 protocol static suppress_prefixlength 0 suppress_ifgroup 5 realms 3/4").setup(PAIR).check(ALL);
    rule_add_from_only_main: ip("rule add from 1.1.1.1").setup(PAIR).check(ALL);
    rule_add_not_only: ip("rule add not").setup(PAIR).check(ALL);
    rule_add_l3mdev: ip("rule add l3mdev pref 1000").setup(PAIR).check(ALL);
    rule_add_l3mdev_table: ip("rule add l3mdev table 5").setup(PAIR).check(ALL);
    rule_add_goto: ip("rule add pref 300 goto 32766").setup(PAIR).check(ALL);
    rule_add_goto_unresolved: ip("rule add pref 300 goto 500").setup(PAIR).check(ALL);
    rule_add_goto_backward: ip("rule add pref 300 goto 5").setup(PAIR).check(ALL);
    rule_add_nop: ip("rule add pref 7 nop").setup(PAIR).check(ALL);
    rule_add_type_n_is_nop: ip("rule add pref 7 type n").setup(PAIR).check(ALL);
    rule_add_nat: ip("rule add nat 1.2.3.4 from 5.5.5.5").setup(PAIR).check(ALL);
    rule_add_map_to_abbrev: ip("rule add m 1.2.3.4").setup(PAIR).check(ALL);
    rule_add_nat_bad: ip("rule add nat 1.2.3.4/24").setup(PAIR).check(ALL);
    rule_add_nat_v6: ip("-6 rule add nat 2001::1").setup(PAIR);
    rule_add_blackhole: ip("rule add blackhole from 6.6.6.6").setup(PAIR).check(ALL);
    rule_add_type_abbrev: ip("rule add bl pref 9").setup(PAIR).check(ALL);
    rule_add_prohibit_iif: ip("rule add prohibit iif lo").setup(PAIR).check(ALL);
    rule_add_throw: ip("rule add throw pref 9").setup(PAIR).check(ALL);
    rule_add_type_number: ip("rule add type 5 pref 9").setup(PAIR).check(ALL);
    rule_add_type_local_refused_by_kernel: ip("rule add type local").setup(PAIR).check(ALL);
    rule_add_type_bad: ip("rule add type bogus").setup(PAIR);
    rule_add_type_256: ip("rule add type 256").setup(PAIR);
    rule_add_garbage: ip("rule add table 5 -j").setup(PAIR);
    rule_add_tun_id: ip("rule add tun_id 5 table 5").setup(PAIR).check(ALL);
    rule_add_tun_id_big: ip("rule add tun_id 18446744073709551615 table 5").setup(PAIR).check(ALL);
    rule_add_t_is_tun_id: ip("rule add t 1.1.1.1 table 5").setup(PAIR);
    rule_add_realms_to: ip("rule add table 5 realms 4").setup(PAIR).check(ALL);
    rule_add_realms_from: ip("rule add table 5 realms 3/").setup(PAIR).check(ALL);
    rule_add_realms_raw: ip("rule add table 5 realms 65536").setup(PAIR).check(ALL);
    rule_add_realms_bad: ip("rule add table 5 realms 256/1").setup(PAIR);
    rule_add_realms_no_from: ip("rule add table 5 realms /4").setup(PAIR);
    rule_add_pref_hex: ip("rule add pref 0x10 table 5").setup(PAIR).check(ALL);
    rule_add_pref_octal: ip("rule add pref 010 table 5").setup(PAIR).check(ALL);
    rule_add_pref_bad: ip("rule add pref x table 5").setup(PAIR);
    rule_add_pref_too_big: ip("rule add pref 4294967296 table 5").setup(PAIR);
    rule_add_pref_exists: ip("rule add pref 32766 table main").setup(PAIR).check(ALL);
    rule_add_pref_abbrev: ip("rule add p 5 table 5").setup(PAIR).check(ALL);
    rule_add_order: ip("rule add order 5 table 5").setup(PAIR).check(ALL);
    rule_add_table_big: ip("rule add table 300 pref 5").setup(PAIR).check(ALL);
    rule_add_table_twice: ip("rule add pref 5 table 300 table 5").setup(PAIR).check(ALL);
    rule_add_table_zero: ip("rule add table 0").setup(PAIR).check(ALL);
    rule_add_table_bad: ip("rule add table bogus").setup(PAIR);
    rule_add_table_too_big: ip("rule add table 4294967296").setup(PAIR);
    rule_add_lookup: ip("rule add lookup 500").setup(PAIR).check(ALL);
    rule_add_look_abbrev_refused: ip("rule add look 5").setup(PAIR);
    rule_add_ta_abbrev: ip("rule add ta 5").setup(PAIR).check(ALL);
    rule_add_protocol: ip("rule add table 5 protocol static").setup(PAIR).check(ALL);
    rule_add_protocol_number: ip("rule add table 5 proto 99").setup(PAIR).check(ALL);
    rule_add_protocol_bad: ip("rule add table 5 protocol bogus").setup(PAIR);
    rule_add_protocol_256: ip("rule add table 5 protocol 256").setup(PAIR);
    rule_add_tos: ip("rule add tos 0x10 table 5").setup(PAIR).check(ALL);
    rule_add_tos_ecn_refused: ip("rule add tos 16 table 5").setup(PAIR).check(ALL);
    rule_add_tos_bad: ip("rule add tos lowdelay table 5").setup(PAIR);
    rule_add_dsfield_abbrev: ip("rule add d 0x08 table 5").setup(PAIR).check(ALL);
    rule_add_fwmark_hex_mask: ip("rule add fwmark 0xffffffff/0xffffffff table 5").setup(PAIR).check(ALL);
    rule_add_fwmark_octal: ip("rule add fwmark 010 table 5").setup(PAIR).check(ALL);
    rule_add_fwmark_bad: ip("rule add fwmark x table 5").setup(PAIR);
    rule_add_fwmask_bad: ip("rule add fwmark 5/x table 5").setup(PAIR);
    rule_add_iif_missing_device: ip("rule add iif nosuch table 5").setup(PAIR).check(ALL);
    rule_add_iif_long: ip("rule add iif 0123456789abcdef table 5").setup(PAIR);
    rule_add_oif_long: ip("rule add oif 0123456789abcdef table 5").setup(PAIR);
    rule_add_dev: ip("rule add dev v2 table 5").setup(PAIR).check(ALL);
    rule_add_uidrange: ip("rule add uidrange 1000-2000 table 5").setup(PAIR).check(ALL);
    rule_add_uidrange_one: ip("rule add uidrange 100 table 5").setup(PAIR);
    rule_add_uidrange_reversed: ip("rule add uidrange 5-3 table 5").setup(PAIR).check(ALL);
    rule_add_ipproto_name: ip("rule add ipproto udp table 5").setup(PAIR).check(ALL);
    rule_add_ipproto_alias: ip("rule add table 5 ipproto IPv6-ICMP").setup(PAIR).check(ALL);
    rule_add_ipproto_unknown_number: ip("rule add table 5 ipproto 200").setup(PAIR).check(ALL);
    rule_add_ipproto_hex_refused: ip("rule add table 5 ipproto 0x11").setup(PAIR);
    rule_add_ipproto_bad: ip("rule add ipproto bogus table 5").setup(PAIR);
    rule_add_sport: ip("rule add sport 80 table 5").setup(PAIR).check(ALL);
    rule_add_sport_open_end: ip("rule add sport 5- table 5").setup(PAIR).check(ALL);
    rule_add_sport_negative: ip("rule add sport -5 table 5").setup(PAIR).check(ALL);
    rule_add_sport_hex_reads_zero: ip("rule add sport 0x10 table 5").setup(PAIR).check(ALL);
    rule_add_dport_reversed: ip("rule add dport 90-80 table 5").setup(PAIR).check(ALL);
    rule_add_sport_bad: ip("rule add sport x table 5").setup(PAIR);
    rule_add_suppress_prefixlength_bad: ip("rule add table 5 suppress_prefixlength -1").setup(PAIR);
    rule_add_suppress_ifgroup_name: ip("rule add table 5 suppress_ifgroup default").setup(PAIR).check(ALL);
    rule_add_suppress_ifgroup_bad: ip("rule add table 5 suppress_ifgroup x").setup(PAIR);
    rule_add_sup_abbrev: ip("rule add sup 5 table 5").setup(PAIR).check(ALL);
    rule_add_from_all: ip("rule add from all table 5").setup(PAIR).check(ALL);
    rule_add_from_zero_prefix: ip("rule add from 0/0 table 5").setup(PAIR).check(ALL);
    rule_add_from_short: ip("rule add from 10/8 table 5").setup(PAIR).check(ALL);
    rule_add_from_bad: ip("rule add from x.y").setup(PAIR);
    rule_add_from_long: ip("rule add from 10.0.0.0/33 table 5").setup(PAIR);
    rule_add_from_v6_without_6: ip("rule add from 2001:db8::/32 table 5").setup(PAIR).check(ALL);
    rule_add_v6: ip("-6 rule add not from 2001:db8::1 to 2001:db8::/64 table 300 pref 77").setup(PAIR).check(ALL);
    rule_add_v6_v4_prefix: ip("-6 rule add from 10.0.0.0/8 table 5").setup(PAIR);
    rule_add_family_link: ip("-0 rule add table 5").setup(PAIR);
    rule_add_incomplete: ip("rule add from").setup(PAIR);
    rule_add_nothing: ip("rule add").setup(PAIR);
    rule_add_help: ip("rule add table 5 help").setup(PAIR);
    rule_add_abbrev_a: ip("rule a table 5").setup(PAIR).check(ALL);
    rule_add_duplicates_sent_twice: ip("rule add from 1.1.1.1 from 2.2.2.2 table 5").setup(PAIR).check(ALL);
    rule_add_fwmark_abbrev_refused: ip("rule add fw 1 table 5").setup(PAIR);
    rule_del_pref: ip("rule del pref 100").setup(RULES).check(ALL);
    rule_del_missing: ip("rule delete pref 77").setup(RULES).check(ALL);
    rule_del_table: ip("rule del table 5").setup(RULES).check(ALL);
    rule_del_from: ip("rule del from 10.0.0.0/8").setup(RULES).check(ALL);
    rule_del_abbrev_d: ip("rule d pref 300").setup(RULES).check(ALL);
    rule_del_main: ip("rule del table main").setup(RULES).check(ALL);
    rule_del_v6: ip("-6 rule del from 2001:db8::/32").setup(RULES).check(ALL);
    rule_del_nothing: ip("rule del").setup(RULES);
    rule_del_abbrev_nothing: ip("rule d").setup(RULES);

    // ------------------------------------------------------------------ flush, save, restore
    rule_flush: ip("rule flush").setup(RULES).check(ALL);
    rule_flush_v6: ip("-6 rule flush").setup(RULES).check(ALL);
    rule_flush_table: ip("rule flush table 5").setup(RULES).check(ALL);
    rule_flush_protocol: ip("rule flush protocol static").setup(RULES).check(ALL);
    rule_flush_from: ip("rule flush from 1.1.1.1").setup(RULES).check(ALL);
    rule_flush_keeps_pref_zero: ip("rule flush").setup("ip rule add pref 0 table 5\nip rule add pref 3 table 6").check(ALL);
    rule_flush_json: ip("-j rule flush").setup(RULES).check(ALL);
    rule_flush_stats: ip("-s rule flush").setup(RULES).check(ALL);
    rule_flush_bad: ip("rule flush x").setup(RULES).check(ALL);
    rule_save_args: ip("rule save table 5").setup(RULES);
    rule_save_restore_round_trip: argv(["sh", "-c", "ip rule save >/tmp/s && ip rule flush && ip rule restore </tmp/s; echo $?"]).setup(RULES).check(ALL);
    rule_save_size_v6: argv(["sh", "-c", "ip -6 rule save | wc -c"]).setup(RULES);
    rule_restore_reference_stream: argv(["sh", "-c", "ip rule restore </tmp/saved; echo $?"]).setup(&format!("{RULES}{SAVED}")).check(ALL);
    rule_restore_v6_stream: argv(["sh", "-c", "ip rule restore </tmp/saved6; echo $?"]).setup(&format!("{RULES}{SAVED}")).check(ALL);
    rule_restore_twice_duplicates: argv(["sh", "-c", "ip rule restore </tmp/saved; ip rule restore </tmp/saved; echo $?"]).setup(&format!("{RULES}{SAVED}")).check(ALL);
    rule_restore_cut: argv(["sh", "-c", "ip rule restore </tmp/cut; echo $?"]).setup(&format!("{RULES}{SAVED}")).check(ALL);
    rule_restore_cut_pipe: argv(["sh", "-c", "ip -V >/dev/null; cat /tmp/cut | ip rule restore; echo $?"]).setup(&format!("{RULES}{SAVED}")).check(ALL);
    rule_restore_empty: argv(["sh", "-c", "ip rule restore </dev/null; echo $?"]);
    rule_restore_not_a_stream: argv(["sh", "-c", "ip -V >/dev/null; echo hello | ip rule restore; echo $?"]);

    // ------------------------------------------------------------------ monitor
    rule_monitor_events: argv(["sh", "-c", "ip monitor rule >/tmp/m & sleep 0.3; ip rule add pref 5 fwmark 3 table 7; ip -6 rule add pref 6 not from 2001:db8::/32 table 8; ip rule del pref 5; sleep 0.3; kill $!; wait; cat /tmp/m"]).setup(PAIR);
    rule_monitor_details_v4_only: argv(["sh", "-c", "ip -4 -d monitor rule >/tmp/m & sleep 0.3; ip rule add pref 5 l3mdev; ip -6 rule add pref 6 table 8; ip rule flush; sleep 0.3; kill $!; wait; cat /tmp/m"]).setup(PAIR);
    rule_monitor_all_label: argv(["sh", "-c", "ip monitor label all >/tmp/m & sleep 0.3; ip rule add pref 5 uidrange 1-2 table 7 realms 3/4; sleep 0.3; kill $!; wait; grep RULE /tmp/m"]).setup(PAIR);
}
