//! IPv6-only extensions of group a against ip6tables-nft 1.8.9: icmp6 (and `-p icmpv6`
//! loading it), hl and HL, rt, mh. Each: the options (and `!` forms) written and read back,
//! the errors, the listings, -C/-D by spec, rules the reference (or nft) wrote read back,
//! the help, and iptables refusing them.

use crate::common::{argv, ip6t, ipt, SAVE_DATES};

const S: &str = "ip6tables -S";
const ALL: &str =
    "ip6tables -S; ip6tables -L -n -v; ip6tables-save | grep -v '^#'; nft list ruleset";

/// An ip6 filter table nft made (for rules nft writes).
const NFT: &str = "nft add table ip6 filter
nft add chain ip6 filter INPUT '{ type filter hook input priority 0; }'";

/// icmp6 rules of every form, as ufw and others write them.
const ICMP6: &str = "\
ip6tables -A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 1 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type time-exceeded -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type parameter-problem -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmpv6 ! --icmpv6-type echo-reply -j DROP
ip6tables -A INPUT -p icmpv6 --icmpv6-type router-solicitation -m hl --hl-eq 255 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type router-advertisement -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbor-solicitation -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbour-advertisement -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type redirect
ip6tables -A INPUT -p 58 --icmpv6-type no-route
ip6tables -A INPUT -p 58 --icmpv6-type communication-prohibited
ip6tables -A INPUT -p 58 --icmpv6-type beyond-scope
ip6tables -A INPUT -p 58 ! --icmpv6-type address-unreachable
ip6tables -A INPUT -p 58 --icmpv6-type port-unreachable
ip6tables -A INPUT -p 58 --icmpv6-type failed-policy
ip6tables -A INPUT -p 58 --icmpv6-type reject-route
ip6tables -A INPUT -p 58 --icmpv6-type ttl-zero-during-transit
ip6tables -A INPUT -p 58 --icmpv6-type ttl-zero-during-reassembly
ip6tables -A INPUT -p 58 --icmpv6-type bad-header
ip6tables -A INPUT -p 58 --icmpv6-type unknown-header-type
ip6tables -A INPUT -p 58 --icmpv6-type unknown-option
ip6tables -A INPUT -p 58 --icmpv6-type 1/7
ip6tables -A INPUT -p 58 ! --icmpv6-type 255/255
ip6tables -A INPUT -p 58 --icmpv6-type 0
ip6tables -A INPUT -p 58 ! --icmpv6-type 200";

cases! {
    ip6t_a_icmp6_dump: ip6t("-S").setup(ICMP6);
    ip6t_a_icmp6_list: ip6t("-L").setup(ICMP6);
    ip6t_a_icmp6_list_numeric: ip6t("-L -n -v").setup(ICMP6);
    ip6t_a_icmp6_list_verbose_names: ip6t("-L -v -x --line-numbers").setup(ICMP6);
    ip6t_a_icmp6_save: argv(["ip6tables-save"]).norm(SAVE_DATES).setup(ICMP6);
    ip6t_a_icmp6_echo: ip6t("-A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT").check(ALL);
    ip6t_a_icmp6_name_proto: ip6t("-A INPUT -p ipv6-icmp --icmpv6-type ping").check(ALL);
    ip6t_a_icmp6_number_proto: ip6t("-A INPUT -p 58 ! --icmpv6-type 1/3 -j DROP").check(ALL);
    ip6t_a_icmp6_hex_proto: ip6t("-A INPUT -p 0x3a --icmpv6-type 0x80").check(S);
    ip6t_a_icmp6_upper_proto: ip6t("-A INPUT -p IPv6-ICMP --icmpv6-type PONG").check(S);
    ip6t_a_icmp6_explicit: ip6t("-A INPUT -p icmpv6 -m icmp6 --icmpv6-type 135/0").check(ALL);
    ip6t_a_icmp6_alias_icmpv6: ip6t("-A INPUT -p icmpv6 -m icmpv6 --icmpv6-type 2").check(S);
    ip6t_a_icmp6_alias_ipv6_icmp: ip6t("-A INPUT -p icmpv6 -m ipv6-icmp ! --icmpv6-type 4/2").check(S);
    ip6t_a_icmp6_alias_upper: ip6t("-A INPUT -p icmpv6 -m ICMPV6 --icmpv6-type 2");
    ip6t_a_icmp6_two_matches: ip6t("-A INPUT -p icmpv6 -m icmp6 --icmpv6-type 1 -m icmpv6 --icmpv6-type 3").check(S);
    ip6t_a_icmp6_second_unset: ip6t("-A INPUT -p icmpv6 -m icmp6 -m icmpv6 --icmpv6-type 1");
    ip6t_a_icmp6_prefix: ip6t("-A INPUT -p icmpv6 --icmpv6-type ECHO-REQ").check(S);
    ip6t_a_icmp6_prefix_alias: ip6t("-A INPUT -p icmpv6 --icmpv6-type neighbor-a").check(S);
    ip6t_a_icmp6_ambiguous: ip6t("-A INPUT -p icmpv6 --icmpv6-type echo");
    ip6t_a_icmp6_ambiguous_alias: ip6t("-A INPUT -p icmpv6 --icmpv6-type neigh");
    ip6t_a_icmp6_ambiguous_t: ip6t("-A INPUT -p icmpv6 --icmpv6-type t");
    ip6t_a_icmp6_ambiguous_p: ip6t("-A INPUT -p icmpv6 --icmpv6-type p");
    ip6t_a_icmp6_ambiguous_empty: argv(["ip6tables", "-A", "INPUT", "-p", "icmpv6", "--icmpv6-type", ""]);
    ip6t_a_icmp6_unknown_name: ip6t("-A INPUT -p icmpv6 --icmpv6-type foo");
    ip6t_a_icmp6_type_too_big: ip6t("-A INPUT -p icmpv6 --icmpv6-type 256");
    ip6t_a_icmp6_type_negative: ip6t("-A INPUT -p icmpv6 --icmpv6-type -1");
    ip6t_a_icmp6_type_too_big_code: ip6t("-A INPUT -p icmpv6 --icmpv6-type 300/1");
    ip6t_a_icmp6_code_too_big: ip6t("-A INPUT -p icmpv6 --icmpv6-type 1/256");
    ip6t_a_icmp6_code_bad: ip6t("-A INPUT -p icmpv6 --icmpv6-type 1/x");
    ip6t_a_icmp6_code_empty: ip6t("-A INPUT -p icmpv6 --icmpv6-type 128/");
    ip6t_a_icmp6_code_negative: ip6t("-A INPUT -p icmpv6 --icmpv6-type 1/-1");
    ip6t_a_icmp6_name_code: ip6t("-A INPUT -p icmpv6 --icmpv6-type echo-request/1");
    ip6t_a_icmp6_trailing: ip6t("-A INPUT -p icmpv6 --icmpv6-type 128x");
    ip6t_a_icmp6_trailing_code: ip6t("-A INPUT -p icmpv6 --icmpv6-type 1/3/4");
    ip6t_a_icmp6_c_numbers: argv(["ip6tables", "-A", "INPUT", "-p", "icmpv6", "--icmpv6-type", " +010/0x1"]).check(S);
    ip6t_a_icmp6_twice: ip6t("-A INPUT -p icmpv6 --icmpv6-type 1 --icmpv6-type 2");
    ip6t_a_icmp6_missing: ip6t("-A INPUT -p icmpv6 -m icmp6");
    ip6t_a_icmp6_no_value: ip6t("-A INPUT -p icmpv6 --icmpv6-type");
    ip6t_a_icmp6_double_inverted: ip6t("-A INPUT -p icmpv6 ! ! --icmpv6-type 1");
    ip6t_a_icmp6_without_proto: ip6t("-A INPUT -m icmp6 --icmpv6-type 128");
    ip6t_a_icmp6_other_proto: ip6t("-A INPUT -p tcp -m icmp6 --icmpv6-type 128");
    ip6t_a_icmp6_no_proto_option: ip6t("-A INPUT --icmpv6-type 128");
    ip6t_a_icmp6_proto_after: ip6t("-A INPUT --icmpv6-type 128 -p icmpv6");
    ip6t_a_icmp6_mh_proto_option: ip6t("-A INPUT -p mh --icmpv6-type 128");
    ip6t_a_icmp6_v4_icmp_option: ip6t("-A INPUT -p icmpv6 --icmp-type 8");
    ip6t_a_icmp6_check: ip6t("-C INPUT -p icmpv6 --icmpv6-type ping -j ACCEPT").setup(ICMP6);
    ip6t_a_icmp6_check_code: ip6t("-C INPUT -p icmpv6 --icmpv6-type 1/4").setup(ICMP6);
    ip6t_a_icmp6_check_inverted: ip6t("-C INPUT -p icmpv6 --icmpv6-type echo-reply -j DROP").setup(ICMP6);
    ip6t_a_icmp6_check_missing: ip6t("-C INPUT -p icmpv6 --icmpv6-type 1/8").setup(ICMP6);
    ip6t_a_icmp6_delete: ip6t("-D INPUT -p 58 ! --icmpv6-type address-unreachable").setup(ICMP6).check(S);
    ip6t_a_icmp6_delete_alias: ip6t("-D INPUT -p icmpv6 -m ipv6-icmp --icmpv6-type 2 -j ACCEPT").setup(ICMP6).check(S);
    ip6t_a_icmp6_help: ip6t("-m icmp6 -h");
    ip6t_a_icmp6_help_alias: ip6t("-m ipv6-icmp -h");
    ip6t_a_icmp6_help_proto: ip6t("-p icmpv6 -h");
    ip6t_a_icmp6_help_proto_number: ip6t("-p 58 -h");
    ip6t_a_icmp6_restore: argv(["ip6tables-restore"]).stdin("*filter\n-A INPUT -p icmpv6 --icmpv6-type echo-request -j ACCEPT\n-A INPUT -p ipv6-icmp -m icmpv6 ! --icmpv6-type 1/3\nCOMMIT\n").check(S);
    ip6t_a_icmp6_v4_alias: ipt("-A INPUT -m icmpv6");
    ip6t_a_icmp6_v4_alias_other: ipt("-A INPUT -m ipv6-icmp");
    ip6t_a_icmp6_v4_match: ipt("-A INPUT -m icmp6 --icmpv6-type 1");
    ip6t_a_icmp6_v4_proto: ipt("-A INPUT -p icmpv6 --icmpv6-type 128");
    ip6t_a_icmp6_v4_help: ipt("-p icmpv6 -h");
    ip6t_a_icmp6_v6_icmp: ip6t("-A INPUT -m icmp --icmp-type 8");
    ip6t_a_icmp6_nft_type: ip6t("-S").setup(&format!("{NFT}
nft add rule ip6 filter INPUT icmpv6 type echo-request accept
nft add rule ip6 filter INPUT icmpv6 type destination-unreachable icmpv6 code addr-unreachable
nft add rule ip6 filter INPUT icmpv6 type != 1
nft add rule ip6 filter INPUT icmpv6 type 1-3"));
    ip6t_a_icmp6_nft_list: ip6t("-L -n").setup(&format!("{NFT}
nft add rule ip6 filter INPUT icmpv6 type nd-neighbor-solicit accept
nft add rule ip6 filter INPUT icmpv6 type 1 icmpv6 code 4"));
    ip6t_a_icmp6_nft_code_only: ip6t("-S").setup(&format!("{NFT}
nft add rule ip6 filter INPUT icmpv6 type 2
nft add rule ip6 filter INPUT icmpv6 code 3"));
    ip6t_a_icmp6_nft_code_range: ip6t("-S").setup(&format!("{NFT}
nft add rule ip6 filter INPUT icmpv6 type 1 icmpv6 code 1-3"));
    ip6t_a_icmp6_nft_other_field: ip6t("-S").setup(&format!("{NFT}
nft add rule ip6 filter INPUT icmpv6 id 5"));
}

/// hl and HL rules of every form.
const HL: &str = "\
ip6tables -A INPUT -m hl --hl-eq 5 -j ACCEPT
ip6tables -A INPUT -m hl ! --hl-eq 5
ip6tables -A INPUT -m hl --hl-lt 64 -j DROP
ip6tables -A INPUT -m hl --hl-gt 0
ip6tables -A INPUT -m hl --hl 255
ip6tables -A INPUT -m hl --hl-lt 10 -m hl --hl-gt 2 -m hl ! --hl 7
ip6tables -t mangle -A PREROUTING -j HL --hl-set 64
ip6tables -t mangle -A PREROUTING -j HL --hl-dec 1
ip6tables -t mangle -A POSTROUTING -p tcp -j HL --hl-inc 255
ip6tables -t mangle -A OUTPUT -j HL --hl-set 0";

const MANGLE: &str = "ip6tables -t mangle -S; ip6tables -t mangle -L -n -v; ip6tables-save -t mangle | grep -v '^#'; nft list ruleset";

cases! {
    ip6t_a_hl_dump: ip6t("-S").setup(HL);
    ip6t_a_hl_list: ip6t("-L").setup(HL);
    ip6t_a_hl_list_numeric: ip6t("-L -n -v").setup(HL);
    ip6t_a_hl_save: argv(["ip6tables-save"]).norm(SAVE_DATES).setup(HL);
    ip6t_a_hl_eq: ip6t("-A INPUT -m hl --hl-eq 5 -j ACCEPT").check(ALL);
    ip6t_a_hl_ne: ip6t("-A INPUT -m hl ! --hl-eq 0x10").check(ALL);
    ip6t_a_hl_lt: ip6t("-A INPUT -m hl --hl-lt 0").check(ALL);
    ip6t_a_hl_gt: ip6t("-A INPUT -m hl --hl-gt 255").check(ALL);
    ip6t_a_hl_old_name: ip6t("-A INPUT -m hl ! --hl 7").check(S);
    ip6t_a_hl_nothing: ip6t("-A INPUT -m hl");
    ip6t_a_hl_bad: ip6t("-A INPUT -m hl --hl-eq x");
    ip6t_a_hl_too_big: ip6t("-A INPUT -m hl --hl-eq 256");
    ip6t_a_hl_negative: ip6t("-A INPUT -m hl --hl-lt -1");
    ip6t_a_hl_no_value: ip6t("-A INPUT -m hl --hl-gt");
    ip6t_a_hl_twice: ip6t("-A INPUT -m hl --hl-eq 5 --hl-eq 6");
    ip6t_a_hl_twice_old_name: ip6t("-A INPUT -m hl --hl-eq 5 --hl 6");
    ip6t_a_hl_lt_gt: ip6t("-A INPUT -m hl --hl-lt 5 --hl-gt 3");
    ip6t_a_hl_gt_lt: ip6t("-A INPUT -m hl --hl-gt 3 --hl-lt 5");
    ip6t_a_hl_eq_gt: ip6t("-A INPUT -m hl --hl-eq 5 --hl-gt 3");
    ip6t_a_hl_gt_eq: ip6t("-A INPUT -m hl --hl-gt 3 --hl-eq 5");
    ip6t_a_hl_lt_eq: ip6t("-A INPUT -m hl --hl-lt 5 --hl-eq 5");
    ip6t_a_hl_conflict_late: ip6t("-A INPUT -m hl --hl-lt 3 --hl-gt 5 -j HL --hl-set x");
    ip6t_a_hl_conflict_then_empty: ip6t("-A INPUT -m hl --hl-lt 3 --hl-gt 5 -m hl");
    ip6t_a_hl_lt_inverted: ip6t("-A INPUT -m hl ! --hl-lt 5");
    ip6t_a_hl_gt_inverted: ip6t("-A INPUT -m hl ! --hl-gt 5");
    ip6t_a_hl_check: ip6t("-C INPUT -m hl --hl-lt 64 -j DROP").setup(HL);
    ip6t_a_hl_check_inverted: ip6t("-C INPUT -m hl ! --hl-eq 5").setup(HL);
    ip6t_a_hl_check_missing: ip6t("-C INPUT -m hl --hl-eq 5").setup(HL);
    ip6t_a_hl_delete: ip6t("-D INPUT -m hl --hl-lt 10 -m hl --hl-gt 2 -m hl ! --hl-eq 7").setup(HL).check(S);
    ip6t_a_hl_help: ip6t("-m hl -h");
    ip6t_a_hl_v4: ipt("-A INPUT -m hl --hl-eq 5");
    ip6t_a_hl_v4_help: ipt("-m hl -h");
    ip6t_a_hl_v6_ttl: ip6t("-A INPUT -m ttl --ttl-eq 5");
    ip6t_a_hl_nft: ip6t("-S").setup(&format!("{NFT}
nft add rule ip6 filter INPUT ip6 hoplimit 5 accept
nft add rule ip6 filter INPUT ip6 hoplimit != 5 accept
nft add rule ip6 filter INPUT ip6 hoplimit 5-10 accept
nft add rule ip6 filter INPUT ip6 hoplimit lt 5
nft add rule ip6 filter INPUT ip6 hoplimit le 5
nft add rule ip6 filter INPUT ip6 hoplimit gt 5
nft add rule ip6 filter INPUT ip6 hoplimit ge 5
nft add rule ip6 filter INPUT ip6 hoplimit 5 ip6 hoplimit 6 tcp dport 22"));
    ip6t_a_hl_nft_list: ip6t("-L -n -v").setup(&format!("{NFT}
nft add rule ip6 filter INPUT ip6 hoplimit 5 accept
nft add rule ip6 filter INPUT ip6 hoplimit 5-10 accept"));
    ip6t_a_hl_nft_nexthdr: ip6t("-S").setup(&format!("{NFT}
nft add rule ip6 filter INPUT ip6 nexthdr tcp accept
nft add rule ip6 filter INPUT ip6 nexthdr != 6
nft add rule ip6 filter INPUT ip6 nexthdr 6-17
nft add rule ip6 filter INPUT ip6 nexthdr 6 tcp dport 22 accept"));
    ip6t_a_hl_nft_nexthdr_list: ip6t("-L -n").setup(&format!("{NFT}
nft add rule ip6 filter INPUT ip6 nexthdr tcp accept
nft add rule ip6 filter INPUT ip6 nexthdr != 6"));
    ip6t_a_hl_nft_nexthdr_hoplimit: ip6t("-S").setup(&format!("{NFT}
nft add rule ip6 filter INPUT ip6 nexthdr 17 ip6 hoplimit 200
nft add rule ip6 filter INPUT ip6 hoplimit 7 ip6 nexthdr 17 accept
nft add rule ip6 filter INPUT ip6 nexthdr != 17 ip6 hoplimit != 200"));
    ip6t_a_hl_nft_ge_zero: ip6t("-S").setup(&format!("{NFT}
nft add rule ip6 filter INPUT ip6 hoplimit 1
nft add rule ip6 filter INPUT ip6 hoplimit ge 0"));
    ip6t_a_hl_nft_le_max: ip6t("-S").setup(&format!("{NFT}
nft add rule ip6 filter INPUT ip6 hoplimit le 255"));
    ip6t_a_hl_nft_range_inverted: ip6t("-S").setup(&format!("{NFT}
nft add rule ip6 filter INPUT ip6 hoplimit != 5-10"));
    ip6t_a_hl_nft_check: ip6t("-C INPUT -m hl --hl-eq 5 -j ACCEPT").setup(&format!("{NFT}
nft add rule ip6 filter INPUT ip6 hoplimit 5 accept"));
    ip6t_a_hl_target_set: ip6t("-t mangle -A PREROUTING -j HL --hl-set 64").check(MANGLE);
    ip6t_a_hl_target_dec: ip6t("-t mangle -A FORWARD -j HL --hl-dec 1").check(MANGLE);
    ip6t_a_hl_target_inc: ip6t("-t mangle -A POSTROUTING -p udp -j HL --hl-inc 0xff").check(MANGLE);
    ip6t_a_hl_target_set_zero: ip6t("-t mangle -A OUTPUT -j HL --hl-set 0").check(MANGLE);
    ip6t_a_hl_target_dump: ip6t("-t mangle -S").setup(HL);
    ip6t_a_hl_target_list: ip6t("-t mangle -L").setup(HL);
    ip6t_a_hl_target_list_numeric: ip6t("-t mangle -L -n -v").setup(HL);
    ip6t_a_hl_target_nothing: ip6t("-t mangle -A PREROUTING -j HL");
    ip6t_a_hl_target_inverted: ip6t("-t mangle -A PREROUTING -j HL ! --hl-set 5");
    ip6t_a_hl_target_dec_zero: ip6t("-t mangle -A PREROUTING -j HL --hl-dec 0");
    ip6t_a_hl_target_inc_zero: ip6t("-t mangle -A PREROUTING -j HL --hl-inc 0");
    ip6t_a_hl_target_set_too_big: ip6t("-t mangle -A PREROUTING -j HL --hl-set 256");
    ip6t_a_hl_target_inc_too_big: ip6t("-t mangle -A PREROUTING -j HL --hl-inc 256");
    ip6t_a_hl_target_bad: ip6t("-t mangle -A PREROUTING -j HL --hl-set x");
    ip6t_a_hl_target_set_dec: ip6t("-t mangle -A PREROUTING -j HL --hl-set 1 --hl-dec 1");
    ip6t_a_hl_target_inc_set: ip6t("-t mangle -A PREROUTING -j HL --hl-inc 1 --hl-set 3");
    ip6t_a_hl_target_dec_inc: ip6t("-t mangle -A PREROUTING -j HL --hl-dec 1 --hl-inc 3");
    ip6t_a_hl_target_conflict_late: ip6t("-t mangle -A PREROUTING -j HL --hl-set 1 --hl-dec 1 --bogus");
    ip6t_a_hl_target_twice: ip6t("-t mangle -A PREROUTING -j HL --hl-set 1 --hl-set 2");
    ip6t_a_hl_target_ttl_option: ip6t("-t mangle -A PREROUTING -j HL --ttl-set 5");
    ip6t_a_hl_target_filter: ip6t("-A INPUT -j HL --hl-set 5").check(S);
    ip6t_a_hl_target_check: ip6t("-t mangle -C PREROUTING -j HL --hl-dec 1").setup(HL);
    ip6t_a_hl_target_check_missing: ip6t("-t mangle -C PREROUTING -j HL --hl-inc 1").setup(HL);
    ip6t_a_hl_target_delete: ip6t("-t mangle -D POSTROUTING -p tcp -j HL --hl-inc 255").setup(HL).check(MANGLE);
    ip6t_a_hl_target_help: ip6t("-j HL -h");
    ip6t_a_hl_target_v4: ipt("-t mangle -A PREROUTING -j HL --hl-set 5");
    ip6t_a_hl_target_v4_plain: ipt("-t mangle -A PREROUTING -j HL");
    ip6t_a_hl_target_v4_help: ipt("-j HL -h");
    ip6t_a_hl_restore: argv(["ip6tables-restore"]).stdin("*mangle\n-A PREROUTING -m hl --hl-gt 3 -j HL --hl-set 64\nCOMMIT\n").check(MANGLE);
}

/// rt rules of every form.
const RT: &str = "\
ip6tables -A INPUT -m rt --rt-type 0 -j DROP
ip6tables -A INPUT -m rt ! --rt-type 2 ! --rt-segsleft 1:5 --rt-len 8
ip6tables -A INPUT -m rt --rt-type 0 --rt-0-res --rt-0-addrs 2001:db8::1,2001:db8::2 --rt-0-not-strict
ip6tables -A INPUT -m rt --rt-segsleft 5 ! --rt-len 0
ip6tables -A INPUT -m rt ! --rt-segsleft 5
ip6tables -A INPUT -m rt --rt-segsleft 5:1
ip6tables -A INPUT -m rt --rt-segsleft :5
ip6tables -A INPUT -m rt
ip6tables -A INPUT -m rt ! --rt-segsleft 0:4294967295
ip6tables -A INPUT -m rt --rt-type 4294967295 --rt-segsleft 7: --rt-len 4294967295
ip6tables -A INPUT -m rt --rt-type 0x10
ip6tables -A INPUT -m rt --rt-type 0 --rt-len 4 --rt-segsleft 3 --rt-0-res --rt-0-addrs fe80::1,::,::ffff:1.2.3.4,::1.2.3.4";

/// Sixteen addresses (the most a rule holds).
const ADDRS16: &str = "::1,::2,::3,::4,::5,::6,::7,::8,::9,::a,::b,::c,::d,::e,::f,::10";

cases! {
    ip6t_a_rt_dump: ip6t("-S").setup(RT);
    ip6t_a_rt_list: ip6t("-L").setup(RT);
    ip6t_a_rt_list_numeric: ip6t("-L -n -v").setup(RT);
    ip6t_a_rt_save: argv(["ip6tables-save"]).norm(SAVE_DATES).setup(RT);
    ip6t_a_rt_type: ip6t("-A INPUT -m rt --rt-type 0 -j DROP").check(ALL);
    ip6t_a_rt_inverted: ip6t("-A INPUT -m rt ! --rt-type 2 ! --rt-segsleft 1:5 ! --rt-len 8").check(ALL);
    ip6t_a_rt_type0_all: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-res --rt-0-addrs 2001:db8::1,2001:db8::2 --rt-0-not-strict").check(ALL);
    ip6t_a_rt_plain: ip6t("-A INPUT -m rt").check(ALL);
    ip6t_a_rt_segsleft_open: ip6t("-A INPUT -m rt --rt-segsleft 5:").check(S);
    ip6t_a_rt_segsleft_full: ip6t("-A INPUT -m rt --rt-segsleft 0:4294967295").check(ALL);
    ip6t_a_rt_addrs_16: ip6t(&format!("-A INPUT -m rt --rt-type 0 --rt-0-addrs {ADDRS16}")).check(ALL);
    ip6t_a_rt_addrs_17: ip6t(&format!("-A INPUT -m rt --rt-type 0 --rt-0-addrs {ADDRS16},::11"));
    ip6t_a_rt_addrs_17_bad: ip6t(&format!("-A INPUT -m rt --rt-type 0 --rt-0-addrs {ADDRS16},bad"));
    ip6t_a_rt_addrs_bad_first: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17");
    ip6t_a_rt_addrs_bad: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs 2001:db8::zz");
    ip6t_a_rt_addrs_mask: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs 2001:db8::1/64");
    ip6t_a_rt_addrs_name: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs localhost");
    ip6t_a_rt_addrs_v4: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs 1.2.3.4");
    ip6t_a_rt_addrs_brackets: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs [::1]");
    ip6t_a_rt_addrs_scope: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs fe80::1%lo");
    ip6t_a_rt_addrs_blank: argv(["ip6tables", "-A", "INPUT", "-m", "rt", "--rt-type", "0", "--rt-0-addrs", " ::1"]);
    ip6t_a_rt_addrs_empty: argv(["ip6tables", "-A", "INPUT", "-m", "rt", "--rt-type", "0", "--rt-0-addrs", ""]);
    ip6t_a_rt_addrs_trailing_comma: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs ::1,");
    ip6t_a_rt_addrs_double_comma: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs ::1,,::2");
    ip6t_a_rt_addrs_twice: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs ::1 --rt-0-addrs ::2");
    ip6t_a_rt_addrs_inverted: ip6t("-A INPUT -m rt --rt-type 0 ! --rt-0-addrs ::1");
    ip6t_a_rt_addrs_no_type: ip6t("-A INPUT -m rt --rt-0-addrs 2001:db8::1");
    ip6t_a_rt_addrs_type1: ip6t("-A INPUT -m rt --rt-type 1 --rt-0-addrs 2001:db8::1");
    ip6t_a_rt_addrs_type_inverted: ip6t("-A INPUT -m rt ! --rt-type 0 --rt-0-addrs 2001:db8::1");
    ip6t_a_rt_res_no_type: ip6t("-A INPUT -m rt --rt-0-res");
    ip6t_a_rt_res_inverted: ip6t("-A INPUT -m rt ! --rt-0-res");
    ip6t_a_rt_res_twice: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-res --rt-0-res");
    ip6t_a_rt_not_strict_alone: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-not-strict");
    ip6t_a_rt_not_strict_before: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-not-strict --rt-0-addrs ::1");
    ip6t_a_rt_not_strict_inverted: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs ::1 ! --rt-0-not-strict");
    ip6t_a_rt_not_strict_twice: ip6t("-A INPUT -m rt --rt-type 0 --rt-0-addrs ::1 --rt-0-not-strict --rt-0-not-strict");
    ip6t_a_rt_type_too_big: ip6t("-A INPUT -m rt --rt-type 4294967296");
    ip6t_a_rt_type_bad: ip6t("-A INPUT -m rt --rt-type x");
    ip6t_a_rt_type_negative: ip6t("-A INPUT -m rt --rt-type -1");
    ip6t_a_rt_type_twice: ip6t("-A INPUT -m rt --rt-type 5 --rt-type 6");
    ip6t_a_rt_type_missing_value: ip6t("-A INPUT -m rt --rt-type");
    ip6t_a_rt_segsleft_bad: ip6t("-A INPUT -m rt --rt-segsleft x");
    ip6t_a_rt_segsleft_bad_second: ip6t("-A INPUT -m rt --rt-segsleft 1:x");
    ip6t_a_rt_segsleft_three: ip6t("-A INPUT -m rt --rt-segsleft 1:2:3");
    ip6t_a_rt_segsleft_too_big: ip6t("-A INPUT -m rt --rt-segsleft 4294967296");
    ip6t_a_rt_segsleft_garbage: ip6t("-A INPUT -m rt --rt-segsleft 5x");
    ip6t_a_rt_segsleft_twice: ip6t("-A INPUT -m rt --rt-segsleft 1 --rt-segsleft 2");
    ip6t_a_rt_len_bad: ip6t("-A INPUT -m rt --rt-len x");
    ip6t_a_rt_len_twice: ip6t("-A INPUT -m rt --rt-len 1 --rt-len 2");
    ip6t_a_rt_check: ip6t("-C INPUT -m rt ! --rt-type 2 ! --rt-segsleft 1:5 --rt-len 8").setup(RT);
    ip6t_a_rt_check_addrs: ip6t("-C INPUT -m rt --rt-type 0 --rt-0-res --rt-0-addrs 2001:db8::1,2001:db8::2 --rt-0-not-strict").setup(RT);
    ip6t_a_rt_check_addrs_order: ip6t("-C INPUT -m rt --rt-type 0 --rt-0-res --rt-0-addrs 2001:db8::2,2001:db8::1 --rt-0-not-strict").setup(RT);
    ip6t_a_rt_check_segs_full: ip6t("-C INPUT -m rt").setup(RT);
    ip6t_a_rt_check_missing: ip6t("-C INPUT -m rt --rt-type 1").setup(RT);
    ip6t_a_rt_delete: ip6t("-D INPUT -m rt --rt-type 0 -j DROP").setup(RT).check(S);
    ip6t_a_rt_delete_inverted_full: ip6t("-D INPUT -m rt ! --rt-segsleft 0:4294967295").setup(RT).check(S);
    ip6t_a_rt_help: ip6t("-m rt -h");
    ip6t_a_rt_v4: ipt("-A INPUT -m rt --rt-type 0");
    ip6t_a_rt_v4_help: ipt("-m rt -h");
    ip6t_a_rt_restore: argv(["ip6tables-restore"]).stdin("*filter\n-A INPUT -m rt --rt-type 0 --rt-0-addrs ::1,::2 -j DROP\nCOMMIT\n").check(ALL);
}

/// mh rules of every form.
const MH: &str = "\
ip6tables -A INPUT -p mh -m mh --mh-type 5 -j ACCEPT
ip6tables -A INPUT -p mh -m mh ! --mh-type binding-update:binding-error -j DROP
ip6tables -A INPUT -p mh --mh-type brr
ip6tables -A INPUT -p 135 -m mh
ip6tables -A INPUT -p ipv6-mh -m mh --mh-type 5:
ip6tables -A INPUT -p mh -m mh ! --mh-type 0:255
ip6tables -A INPUT -p mh -m mh --mh-type :hot
ip6tables -A INPUT -p mh -m mh --mh-type 200
ip6tables -A INPUT -p mh -m mh --mh-type hoti:coti
ip6tables -A INPUT -p mh -m mh --mh-type cot
ip6tables -A INPUT -p mh -m mh --mh-type ba
ip6tables -A INPUT -p mh -m mh --mh-type 8:9";

cases! {
    ip6t_a_mh_dump: ip6t("-S").setup(MH);
    ip6t_a_mh_list: ip6t("-L").setup(MH);
    ip6t_a_mh_list_numeric: ip6t("-L -n -v").setup(MH);
    ip6t_a_mh_save: argv(["ip6tables-save"]).norm(SAVE_DATES).setup(MH);
    ip6t_a_mh_type: ip6t("-A INPUT -p mh -m mh --mh-type 5 -j ACCEPT").check(ALL);
    ip6t_a_mh_range_names: ip6t("-A INPUT -p mh -m mh ! --mh-type binding-update:binding-error").check(ALL);
    ip6t_a_mh_implicit: ip6t("-A INPUT -p mh --mh-type bu").check(ALL);
    ip6t_a_mh_implicit_upper: ip6t("-A INPUT -p MH --mh-type BE").check(S);
    ip6t_a_mh_implicit_number: ip6t("-A INPUT -p 135 --mh-type 5");
    ip6t_a_mh_implicit_long_name: ip6t("-A INPUT -p mobility-header --mh-type 5");
    ip6t_a_mh_implicit_ipv6_mh: ip6t("-A INPUT -p ipv6-mh --mh-type 5");
    ip6t_a_mh_plain: ip6t("-A INPUT -p 135 -m mh").check(ALL);
    ip6t_a_mh_full_inverted: ip6t("-A INPUT -p mh -m mh ! --mh-type 0:255").check(ALL);
    ip6t_a_mh_exact_first: ip6t("-A INPUT -p mh -m mh --mh-type HOT").check(S);
    ip6t_a_mh_exact_long: ip6t("-A INPUT -p mh -m mh --mh-type careof-test").check(S);
    ip6t_a_mh_prefix: ip6t("-A INPUT -p mh -m mh --mh-type home-test-").check(S);
    ip6t_a_mh_prefix_short: ip6t("-A INPUT -p mh -m mh --mh-type b").check(S);
    ip6t_a_mh_open_ends: ip6t("-A INPUT -p mh -m mh --mh-type :").check(S);
    ip6t_a_mh_empty: argv(["ip6tables", "-A", "INPUT", "-p", "mh", "-m", "mh", "--mh-type", ""]).check(S);
    ip6t_a_mh_c_numbers: argv(["ip6tables", "-A", "INPUT", "-p", "mh", "-m", "mh", "--mh-type", " 0x5:010"]).check(S);
    ip6t_a_mh_reversed: ip6t("-A INPUT -p mh -m mh --mh-type 5:1");
    ip6t_a_mh_reversed_names: ip6t("-A INPUT -p mh -m mh --mh-type be:ba");
    ip6t_a_mh_too_big: ip6t("-A INPUT -p mh -m mh --mh-type 256");
    ip6t_a_mh_too_big_first: ip6t("-A INPUT -p mh -m mh --mh-type 300:1");
    ip6t_a_mh_too_big_second: ip6t("-A INPUT -p mh -m mh --mh-type 1:300");
    ip6t_a_mh_unknown: ip6t("-A INPUT -p ipv6-mh -m mh --mh-type foo");
    ip6t_a_mh_unknown_second: ip6t("-A INPUT -p mh -m mh --mh-type 1:x");
    ip6t_a_mh_three: ip6t("-A INPUT -p mh -m mh --mh-type 1:2:3");
    ip6t_a_mh_negative: ip6t("-A INPUT -p mh -m mh --mh-type -1");
    ip6t_a_mh_garbage: ip6t("-A INPUT -p mh -m mh --mh-type 5x");
    ip6t_a_mh_twice: ip6t("-A INPUT -p mh -m mh --mh-type 5 --mh-type 6");
    ip6t_a_mh_no_value: ip6t("-A INPUT -p mh -m mh --mh-type");
    ip6t_a_mh_without_proto: ip6t("-A INPUT -m mh --mh-type 5");
    ip6t_a_mh_other_proto: ip6t("-A INPUT -p tcp -m mh");
    ip6t_a_mh_check: ip6t("-C INPUT -p mh -m mh ! --mh-type 5:7 -j DROP").setup(MH);
    ip6t_a_mh_check_plain: ip6t("-C INPUT -p mh -m mh --mh-type 0:255").setup(MH);
    ip6t_a_mh_check_missing: ip6t("-C INPUT -p mh -m mh --mh-type 6").setup(MH);
    ip6t_a_mh_delete: ip6t("-D INPUT -p mh -m mh --mh-type binding-refresh-request").setup(MH).check(S);
    ip6t_a_mh_help: ip6t("-m mh -h");
    ip6t_a_mh_help_proto: ip6t("-p mh -h");
    ip6t_a_mh_help_proto_number: ip6t("-p 135 -h");
    ip6t_a_mh_help_proto_ipv6_mh: ip6t("-p ipv6-mh -h");
    ip6t_a_mh_v4: ipt("-A INPUT -m mh --mh-type 5");
    ip6t_a_mh_v4_proto: ipt("-A INPUT -p mh --mh-type 5");
    ip6t_a_mh_v4_ipv6_mh: ipt("-A INPUT -p ipv6-mh").check("iptables -S");
    ip6t_a_mh_v4_help: ipt("-p mh -h");
    ip6t_a_mh_restore: argv(["ip6tables-restore"]).stdin("*filter\n-A INPUT -p mh --mh-type bu:ba -j DROP\n-A INPUT -p mobility-header -m mh\nCOMMIT\n").check(ALL);
}

/// The IPv6 rules ufw writes (its before6.rules, as ip6tables-restore reads them).
const UFW6: &str = "\
*filter
:ufw6-before-input - [0:0]
:ufw6-before-output - [0:0]
:ufw6-before-forward - [0:0]
-A INPUT -j ufw6-before-input
-A ufw6-before-input -m rt --rt-type 0 -j DROP
-A ufw6-before-forward -m rt --rt-type 0 -j DROP
-A ufw6-before-output -m rt --rt-type 0 -j DROP
-A ufw6-before-input -i lo -j ACCEPT
-A ufw6-before-input -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A ufw6-before-input -m conntrack --ctstate INVALID -j DROP
-A ufw6-before-input -p icmpv6 --icmpv6-type destination-unreachable -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type time-exceeded -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type parameter-problem -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type echo-request -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type router-solicitation -m hl --hl-eq 255 -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type neighbor-solicitation -m hl --hl-eq 255 -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type neighbor-advertisement -m hl --hl-eq 255 -j ACCEPT
-A ufw6-before-input -p icmpv6 --icmpv6-type router-advertisement -m hl --hl-eq 255 -j ACCEPT
-A ufw6-before-input -p icmpv6 -s fe80::/10 --icmpv6-type 130 -j ACCEPT
-A ufw6-before-input -p icmpv6 -s fe80::/10 --icmpv6-type 131 -j ACCEPT
-A ufw6-before-input -p icmpv6 -s fe80::/10 --icmpv6-type 132 -j ACCEPT
-A ufw6-before-input -p icmpv6 -s fe80::/10 --icmpv6-type 143 -j ACCEPT
-A ufw6-before-input -p icmpv6 -s fe80::/10 --icmpv6-type 151 -m hl --hl-eq 1 -j ACCEPT
-A ufw6-before-input -p udp -s fe80::/10 --sport 547 -d fe80::/10 --dport 546 -j ACCEPT
-A ufw6-before-input -p udp -d ff02::fb --dport 5353 -j ACCEPT
-A ufw6-before-output -p icmpv6 --icmpv6-type echo-reply -j ACCEPT
COMMIT
";

cases! {
    ip6t_a_ufw_restore: argv(["ip6tables-restore"]).stdin(UFW6).check(ALL);
    ip6t_a_ufw_list: ip6t("-L").setup(&format!("ip6tables-restore <<'EOF'\n{UFW6}EOF"));
    ip6t_a_ufw_list_verbose: ip6t("-L -v -n --line-numbers").setup(&format!("ip6tables-restore <<'EOF'\n{UFW6}EOF"));
    ip6t_a_ufw_check: ip6t("-C ufw6-before-input -p icmpv6 --icmpv6-type neighbor-advertisement -m hl --hl-eq 255 -j ACCEPT").setup(&format!("ip6tables-restore <<'EOF'\n{UFW6}EOF"));
    ip6t_a_ufw_delete: ip6t("-D ufw6-before-input -m rt --rt-type 0 -j DROP").setup(&format!("ip6tables-restore <<'EOF'\n{UFW6}EOF")).check(S);
    ip6t_a_ufw_save_restore: argv(["sh", "-c", "ip6tables-save | ip6tables-restore && ip6tables-save | grep -v '^#'"]).setup(&format!("ip6tables-restore <<'EOF'\n{UFW6}EOF"));
}

cases! {
    ip6t_a_restore_v4_hl: argv(["iptables-restore"]).stdin("*filter\n-A INPUT -m hl --hl-eq 5\nCOMMIT\n").check("iptables -S");
    ip6t_a_restore_bad_rt_addr: argv(["ip6tables-restore"]).stdin("*mangle\n-A INPUT -m rt --rt-type 0 --rt-0-addrs bad\nCOMMIT\n").check(MANGLE);
    ip6t_a_restore_test_ufw: argv(["ip6tables-restore", "--test"]).stdin(UFW6).check(S);
    ip6t_a_restore_bad_icmp6: argv(["ip6tables-restore"]).stdin("*filter\n-A INPUT -p icmpv6 --icmpv6-type 1\n-A INPUT -p icmpv6 --icmpv6-type echo\nCOMMIT\n").check(S);
}
