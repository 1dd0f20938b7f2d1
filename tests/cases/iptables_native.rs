//! Rules written with `nft` straight into the tables iptables-nft 1.8.9 uses, as the reference
//! shows them: what each native statement decodes to (`-S`, `-L`, `-L -n -v`, save), which ones
//! make a chain (and so the table) incompatible, which ones stop a listing with "Parsing
//! nftables rule failed", and what `-C`, `-D`, `-Z`, `-F`, `-A` do next to them.
//! The measurements behind these cases are written up in /work/research/native.md.

use crate::common::{self, argv, ipt, Case};

fn save(args: &str) -> Case {
    let mut words = vec!["iptables-save"];
    words.extend(args.split_whitespace());
    argv(words.as_slice()).norm(common::SAVE_DATES)
}

/// filter INPUT: an iptables rule, then `pre` (sets, chains), the native rule, another iptables
/// rule. `rule` must not contain a single quote.
fn native_after(pre: &str, rule: &str) -> String {
    format!(
        "iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT\n{pre}\nnft add rule ip filter INPUT '{rule}'\niptables-nft -A INPUT -d 8.8.8.8 -j DROP"
    )
}

fn native(rule: &str) -> String {
    native_after(":", rule)
}

/// The same in another table and chain (both iptables rules RETURN, as nat refuses DROP).
fn native_in(table: &str, chain: &str, rule: &str) -> String {
    format!(
        "iptables-nft -t {table} -A {chain} -s 9.9.9.9 -j RETURN\nnft add rule ip {table} {chain} '{rule}'\niptables-nft -t {table} -A {chain} -d 8.8.8.8 -j RETURN"
    )
}

const MYSET: &str = "nft add set ip filter myset '{ type ipv4_addr; elements = { 1.2.3.4 } }'";

/// After a write: what iptables shows (with counters) and what the kernel holds.
const CHECK: &str = "iptables-nft -S -v; nft list ruleset";

/// A host firewall mixing iptables rules and compatible native rules in several chains.
const MIXED: &str = r#"iptables-nft -A INPUT -i lo -j ACCEPT
iptables-nft -N SSH
nft add rule ip filter INPUT 'tcp dport 22 counter packets 2 bytes 120 jump SSH'
nft add rule ip filter SSH 'ip saddr 10.0.0.0/8 counter accept comment "lan"'
iptables-nft -A SSH -j DROP
iptables-nft -A OUTPUT -o lo -j ACCEPT
nft add rule ip filter OUTPUT 'oifname "eth*" meta mark & 0xff == 0x5 counter accept'
iptables-nft -t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE"#;

/// The first rule of the table cannot be decoded (ip dscp); OUTPUT and nat are fine.
const UNDECODABLE: &str = r#"nft add table ip filter
nft add chain ip filter INPUT '{ type filter hook input priority 0; }'
nft add chain ip filter OUTPUT '{ type filter hook output priority 0; }'
nft add rule ip filter INPUT 'ip dscp 10 counter accept'
nft add rule ip filter INPUT 'ip saddr 1.2.3.4 counter accept'
nft add rule ip filter OUTPUT 'tcp dport 22 counter accept'
iptables-nft -t nat -A POSTROUTING -j MASQUERADE"#;

/// An undecodable rule in the middle of FORWARD, after INPUT and USER.
const UNDECODABLE_MID: &str = r#"iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT
iptables-nft -N USER
iptables-nft -A USER -j ACCEPT
iptables-nft -A OUTPUT -j ACCEPT
iptables-nft -A FORWARD -j ACCEPT
nft insert rule ip filter FORWARD 'ip length 5 counter'
iptables-nft -t nat -A POSTROUTING -j MASQUERADE"#;

/// An incompatible rule (ct) first in FORWARD; INPUT, USER and nat are fine.
const INCOMPAT: &str = r#"iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT
iptables-nft -N USER
iptables-nft -A USER -j ACCEPT
iptables-nft -A OUTPUT -j ACCEPT
iptables-nft -A FORWARD -j ACCEPT
nft insert rule ip filter FORWARD 'ct state new counter accept'
iptables-nft -t nat -A POSTROUTING -j MASQUERADE"#;

/// An incompatible rule in a user chain, between two iptables rules.
const INCOMPAT_USER: &str = r#"iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT
iptables-nft -N USER
iptables-nft -A INPUT -j USER
iptables-nft -A USER -j DROP
nft add rule ip filter USER 'ct state new counter accept'
iptables-nft -A USER -j RETURN
iptables-nft -N OTHER
iptables-nft -A OTHER -j DROP"#;

/// An incompatible statement without a register (reject) in INPUT.
const INCOMPAT_REJECT: &str = r#"iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT
nft add rule ip filter INPUT 'ip saddr 1.2.3.4 reject'
iptables-nft -A INPUT -j ACCEPT"#;

/// A base chain that is not iptables' own (priority 10) and a normal FORWARD.
const ODD_BASE: &str = r#"nft add table ip filter
nft add chain ip filter INPUT '{ type filter hook input priority 10; }'
nft add rule ip filter INPUT accept
nft add chain ip filter FORWARD '{ type filter hook forward priority 0; }'
nft add rule ip filter FORWARD 'tcp dport 22 accept'"#;

/// Native rules with counters set: two counters, none, a named set.
const COUNTERS: &str = r#"iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT -c 7 700
nft add set ip filter myset '{ type ipv4_addr; }'
nft add rule ip filter INPUT 'tcp dport 22 counter packets 5 bytes 1000 accept'
nft add rule ip filter INPUT 'ip saddr 1.2.3.4-1.2.3.9 counter packets 1 bytes 2 counter packets 3 bytes 4 accept'
nft add rule ip filter INPUT 'ip saddr 1.2.3.5 accept'
nft add rule ip filter INPUT 'ip saddr @myset counter packets 123456789 bytes 98765432100 drop'"#;

/// A rule with an anonymous set and counters: -Z cannot re-send it.
const ANON_SET_COUNTED: &str = r#"iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT -c 7 700
nft add rule ip filter INPUT 'ip saddr { 1.2.3.4, 5.6.7.8 } counter packets 12 bytes 98 drop'"#;

/// Counted native rules that -Z resets in place: undecodable, incompatible, decodable.
const ZERO_ODD: &str = r#"iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT -c 7 700
nft add rule ip filter INPUT 'tcp dport 22 counter packets 5 bytes 1000 accept'
nft add chain ip filter X
nft add rule ip filter X 'ip dscp 10 counter packets 9 bytes 9'
nft add chain ip filter Y
nft add rule ip filter Y 'log counter packets 3 bytes 3'"#;

/// Every verdict, natively.
const VERDICTS: &str = r#"iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT
nft add chain ip filter X
nft add rule ip filter INPUT drop
nft add rule ip filter INPUT accept
nft add rule ip filter INPUT return
nft add rule ip filter INPUT jump X
nft add rule ip filter INPUT goto X
nft add rule ip filter INPUT continue
nft add rule ip filter INPUT counter
nft add rule ip filter INPUT 'counter counter accept'"#;

/// Comments natively: spaces, an apostrophe, empty, 128 characters, with a match, on a jump.
const COMMENTS: &str = r#"iptables-nft -A INPUT -s 9.9.9.9 -j ACCEPT
nft add chain ip filter X
nft add rule ip filter INPUT 'accept comment "x"'
nft add rule ip filter INPUT 'counter accept comment "a b"'
nft add rule ip filter INPUT "accept comment \"it's\""
nft add rule ip filter INPUT 'accept comment ""'
nft add rule ip filter INPUT 'ip saddr 1.2.3.4 comment "c1"'
nft add rule ip filter INPUT 'jump X comment "to x"'
nft add rule ip filter INPUT 'accept comment "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"'"#;

cases! {
    // ---- network header: addresses
    ipt_native_saddr_host: ipt("-S INPUT").setup(&native("ip saddr 1.2.3.4 counter accept"));
    ipt_native_saddr_prefix_inverted_list: ipt("-L INPUT").setup(&native("ip saddr != 10.0.0.0/8 counter accept"));
    ipt_native_daddr_prefix25: ipt("-S INPUT").setup(&native("ip daddr 1.2.3.0/25 counter accept"));
    ipt_native_saddr_odd_mask: ipt("-S INPUT").setup(&native("ip saddr & 255.0.255.0 == 10.0.1.0 counter accept"));
    ipt_native_saddr_host_bits: ipt("-S INPUT").setup(&native("ip saddr & 255.255.255.0 == 1.2.3.4 counter accept"));
    ipt_native_saddr_host_bits_check: ipt("-C INPUT -s 1.2.3.4/24 -j ACCEPT").setup(&native("ip saddr & 255.255.255.0 == 1.2.3.4 counter accept"));
    ipt_native_saddr_zero_prefix: ipt("-S INPUT").setup(&native("ip saddr 0.0.0.0/0 counter accept"));
    ipt_native_saddr_gt: ipt("-S INPUT").setup(&native("ip saddr > 1.2.3.4 counter accept"));
    ipt_native_saddr_range: ipt("-S INPUT").setup(&native("ip saddr 1.2.3.4-1.2.3.9 counter accept"));
    ipt_native_saddr_range_delete: ipt("-D INPUT -s 1.2.3.9/32 -j ACCEPT").setup(&native("ip saddr 1.2.3.4-1.2.3.9 counter accept")).check(CHECK);
    ipt_native_saddr_range_inverted: ipt("-S INPUT").setup(&native("ip saddr != 1.2.3.4-1.2.3.9 counter accept"));
    ipt_native_saddr_then_prefix: ipt("-L INPUT -n").setup(&native("ip saddr 1.2.3.4 ip saddr 5.6.7.0/24 counter accept"));
    ipt_native_saddr_anon_set: ipt("-S INPUT").setup(&native("ip saddr { 1.2.3.4, 5.6.7.8 } counter accept"));
    ipt_native_saddr_named_set_list: ipt("-L INPUT -n -v").setup(&native_after(MYSET, "ip saddr @myset counter accept"));
    ipt_native_saddr_named_set_delete: ipt("-D INPUT -j ACCEPT").setup(&native_after(MYSET, "ip saddr @myset counter accept")).check(CHECK);
    ipt_native_vmap: ipt("-S INPUT").setup(&native("ip saddr vmap { 1.2.3.4 : accept }"));

    // ---- network header: protocol, ttl, fragments, unknown fields
    ipt_native_protocol_tcp_list: ipt("-L INPUT").setup(&native("ip protocol tcp counter accept"));
    ipt_native_protocol_not_udp_list: ipt("-L INPUT -n -v").setup(&native("ip protocol != udp counter accept"));
    ipt_native_protocol_set: ipt("-S INPUT").setup(&native("ip protocol { tcp, udp } counter accept"));
    ipt_native_ttl: ipt("-S INPUT").setup(&native("ip ttl 5 counter accept"));
    ipt_native_ttl_inverted_list: ipt("-L INPUT -n").setup(&native("ip ttl != 5 counter accept"));
    ipt_native_ttl_range: ipt("-S INPUT").setup(&native("ip ttl 5-10 counter accept"));
    ipt_native_ttl_range_delete: argv(["iptables", "-D", "INPUT", "-m", "ttl", "--ttl-gt", "4", "-m", "ttl", "--ttl-lt", "11", "-j", "ACCEPT"]).setup(&native("ip ttl 5-10 counter accept")).check(CHECK);
    ipt_native_frag: ipt("-S INPUT").setup(&native("ip frag-off & 0x1fff != 0 counter accept"));
    ipt_native_dscp: ipt("-S INPUT").setup(&native("ip dscp 10 counter accept"));
    ipt_native_length_list: ipt("-L INPUT -n -v").setup(&native("ip length > 100 counter accept"));
    ipt_native_id_rulenum: ipt("-S INPUT 2").setup(&native("ip id 5 counter accept"));
    ipt_native_ttl_set: ipt("-S INPUT").setup(&native("ip ttl set 5"));

    // ---- transport header
    ipt_native_tcp_dport: ipt("-S INPUT").setup(&native("tcp dport 22 counter accept"));
    ipt_native_tcp_dport_ip_protocol: ipt("-S INPUT").setup(&native("ip protocol tcp tcp dport 22 counter accept"));
    ipt_native_tcp_dport_inverted_list: ipt("-L INPUT").setup(&native("tcp dport != 22 counter accept"));
    ipt_native_tcp_dport_range: ipt("-S INPUT").setup(&native("tcp dport 22-25 counter accept"));
    ipt_native_tcp_dport_range_inverted: ipt("-L INPUT -n").setup(&native("tcp dport != 22-25 counter accept"));
    ipt_native_tcp_dport_lt: ipt("-S INPUT").setup(&native("tcp dport < 1024 counter accept"));
    ipt_native_tcp_dport_lt_delete: ipt("-D INPUT -p tcp -m tcp --dport 0:1023 -j ACCEPT").setup(&native("tcp dport < 1024 counter accept")).check(CHECK);
    ipt_native_tcp_dport_full_range: ipt("-L INPUT -n").setup(&native("tcp dport 0-65535 counter accept"));
    ipt_native_tcp_sport_dport: ipt("-S INPUT").setup(&native("tcp sport 1 tcp dport 2 counter accept"));
    ipt_native_tcp_dport_twice: ipt("-S INPUT").setup(&native("tcp dport 22 tcp dport 23 counter accept"));
    ipt_native_tcp_dport_set: ipt("-S INPUT").setup(&native("tcp dport { 22, 80 } counter accept"));
    ipt_native_tcp_sequence: ipt("-L INPUT -n -v").setup(&native("tcp sequence 5 counter accept"));
    ipt_native_udp_dport_list: ipt("-L INPUT").setup(&native("udp dport 53 counter accept"));
    ipt_native_th_dport: ipt("-S INPUT").setup(&native("th dport 53 counter accept"));
    ipt_native_th_dport_l4proto: ipt("-S INPUT").setup(&native("meta l4proto udp th dport 53 counter accept"));
    ipt_native_th_dport_l4proto_set: ipt("-L INPUT").setup(&native("meta l4proto { tcp, udp } th dport 53 counter accept"));
    ipt_native_sctp_dport: ipt("-L INPUT -n").setup(&native("sctp dport 5 counter accept"));
    ipt_native_tcp_flags_syn: ipt("-S INPUT").setup(&native("tcp flags syn counter accept"));
    ipt_native_tcp_flags_syn_check: argv(["iptables", "-C", "INPUT", "-p", "tcp", "-m", "tcp", "!", "--tcp-flags", "SYN", "NONE", "-j", "ACCEPT"]).setup(&native("tcp flags syn counter accept"));
    ipt_native_tcp_flags_mask: ipt("-S INPUT").setup(&native("tcp flags & (syn|ack) == syn counter accept"));
    ipt_native_tcp_flags_inverted_list: ipt("-L INPUT").setup(&native("tcp flags & (fin|syn|rst|ack) != syn counter accept"));
    // without a mask the reference crashes in -S and -L with names; -L -n works
    ipt_native_tcp_flags_unmasked_numeric: ipt("-L INPUT -n").setup(&native("tcp flags == syn counter accept"));
    ipt_native_icmp_type_list: ipt("-L INPUT").setup(&native("icmp type echo-request counter accept"));
    ipt_native_icmp_type_code_list: ipt("-L INPUT").setup(&native("icmp type 8 icmp code 0 counter accept"));
    ipt_native_icmp_code_only: ipt("-S INPUT").setup(&native("icmp code 1 counter accept"));
    ipt_native_icmp_code_only_delete: ipt("-D INPUT -p icmp -m icmp --icmp-type any -j ACCEPT").setup(&native("icmp code 1 counter accept")).check(CHECK);
    ipt_native_icmp_type_inverted: ipt("-S INPUT").setup(&native("icmp type != echo-request counter accept"));
    ipt_native_icmp_id: ipt("-S INPUT").setup(&native("icmp type echo-request icmp id 5 counter accept"));

    // ---- meta
    ipt_native_iifname_list: ipt("-L INPUT -n -v").setup(&native(r#"iifname "eth0" counter accept"#));
    ipt_native_iifname_wildcard: ipt("-S INPUT").setup(&native(r#"iifname "eth*" counter accept"#));
    ipt_native_iifname_long_list: ipt("-L INPUT -n -v").setup(&native(r#"iifname "abcdefghijklmno" counter accept"#));
    ipt_native_oifname_in_input: ipt("-S INPUT").setup(&native(r#"oifname "veth*" counter accept"#));
    ipt_native_oifname_in_input_check: ipt("-C INPUT -o veth+ -j ACCEPT").setup(&native(r#"oifname "veth*" counter accept"#));
    ipt_native_iif_lo_delete: ipt("-D INPUT -i lo -j ACCEPT").setup(&native("iif lo counter accept")).check(CHECK);
    ipt_native_iif_missing_index: ipt("-S INPUT").setup(&native("meta iif 99 counter accept"));
    ipt_native_mark_mask_list: ipt("-L INPUT").setup(&native("meta mark & 0xff == 0x5 counter accept"));
    ipt_native_mark_inverted_list: ipt("-L INPUT -n").setup(&native("meta mark != 5 counter accept"));
    ipt_native_skuid: ipt("-S INPUT").setup(&native("meta skuid 0 counter accept"));
    ipt_native_skuid_set_lookup: ipt("-S INPUT").setup(&native("meta skuid { 0, 1 } counter accept"));
    ipt_native_pkttype_host_list: ipt("-L INPUT").setup(&native("meta pkttype host counter accept"));
    ipt_native_l4proto_not_tcp_list: ipt("-L INPUT").setup(&native("meta l4proto != tcp counter accept"));
    ipt_native_l4proto_zero: ipt("-S INPUT").setup(&native("meta l4proto 0 counter accept"));
    ipt_native_meta_protocol: ipt("-S INPUT").setup(&native("meta protocol ip counter accept"));
    ipt_native_ether_saddr: ipt("-S INPUT").setup(&native("ether saddr 00:11:22:33:44:55 counter accept"));
    ipt_native_mark_set: ipt("-S INPUT").setup(&native("meta mark set 5"));
    ipt_native_mark_set_save: save("-c").setup(&native("meta mark set 5"));
    ipt_native_nftrace_then_accept: ipt("-S INPUT").setup(&native("ip saddr 1.2.3.4 meta nftrace set 1 accept"));

    // ---- limit, log, counters, verdicts, comments
    ipt_native_limit: ipt("-S INPUT").setup(&native("limit rate 10/second counter accept"));
    ipt_native_limit_burst: ipt("-S INPUT").setup(&native("limit rate 10/second burst 3 packets counter accept"));
    ipt_native_limit_week: ipt("-S INPUT").setup(&native("limit rate 10/week counter accept"));
    ipt_native_limit_week_check: ipt("-C INPUT -m limit --limit 1/day -j ACCEPT").setup(&native("limit rate 10/week counter accept"));
    ipt_native_limit_over: ipt("-S INPUT").setup(&native("limit rate over 10/second counter accept"));
    ipt_native_log_plain: ipt("-S INPUT").setup(&native("log"));
    ipt_native_log_prefix_save: save("").setup(&native(r#"log prefix "x: " accept"#));
    ipt_native_log_level_rulenum: ipt("-S INPUT 2").setup(&native("log level debug"));
    ipt_native_log_group_prefix: ipt("-L INPUT -n -v").setup(&native(r#"log group 2 prefix "pfx""#));
    ipt_native_log_group_accept: ipt("-S INPUT").setup(&native(r#"log group 2 prefix "pfx" accept"#));
    ipt_native_verdicts: ipt("-S INPUT").setup(VERDICTS);
    ipt_native_verdicts_save: save("-c").setup(VERDICTS);
    ipt_native_goto_delete: ipt("-D INPUT -g X").setup(VERDICTS).check(CHECK);
    ipt_native_continue_delete: ipt("-D INPUT").setup(VERDICTS).check(CHECK);
    ipt_native_counters_save: save("-c").setup(COUNTERS);
    ipt_native_counters_list_exact: ipt("-L INPUT -v -n -x --line-numbers").setup(COUNTERS);
    ipt_native_counters_dump: ipt("-S INPUT -v").setup(COUNTERS);
    ipt_native_comments: ipt("-S INPUT").setup(COMMENTS);
    ipt_native_comment_delete: argv(["iptables", "-D", "INPUT", "-m", "comment", "--comment", "a b", "-j", "ACCEPT"]).setup(COMMENTS).check(CHECK);
    ipt_native_comment_apostrophe_check: argv(["iptables", "-C", "INPUT", "-m", "comment", "--comment", "it\\'s", "-j", "ACCEPT"]).setup(COMMENTS);

    // ---- incompatible statements (each makes INPUT, and so the table, incompatible)
    ipt_native_ct_state: ipt("-S INPUT").setup(&native("ct state established,related counter accept"));
    ipt_native_ct_state_table: ipt("-S").setup(&native("ct state new counter accept"));
    ipt_native_ct_status: ipt("-L INPUT -n --line-numbers").setup(&native("ct status dnat counter accept"));
    ipt_native_ct_mark_set: ipt("-S INPUT").setup(&native("ct mark set 5"));
    ipt_native_reject: ipt("-S INPUT").setup(&native("reject"));
    ipt_native_numgen_check: ipt("-C INPUT -s 7.7.7.7 -j ACCEPT").setup(&native("numgen random mod 2 == 0"));
    ipt_native_dynset: ipt("-S INPUT").setup(&native_after(MYSET, "set add ip saddr @myset"));
    ipt_native_notrack_raw: ipt("-t raw -S PREROUTING").setup(&native_in("raw", "PREROUTING", "udp dport 53 counter notrack"));
    ipt_native_masquerade: ipt("-t nat -S").setup(&native_in("nat", "POSTROUTING", "counter masquerade"));
    ipt_native_snat_other_chain: ipt("-t nat -S PREROUTING").setup(&format!("{}\niptables-nft -t nat -A PREROUTING -j RETURN", native_in("nat", "POSTROUTING", "meta l4proto tcp snat to 1.2.3.4:80-90")));
    ipt_native_dnat_list: ipt("-t nat -L PREROUTING").setup(&native_in("nat", "PREROUTING", "tcp dport 80 dnat to 1.2.3.4:8080"));
    ipt_native_redirect_save: save("-t nat").setup(&native_in("nat", "PREROUTING", "meta l4proto tcp redirect to :8080"));
    ipt_native_mangle_dscp_set: ipt("-t mangle -S PREROUTING").setup(&native_in("mangle", "PREROUTING", "ip dscp set 10"));
    ipt_native_mangle_mark_set: ipt("-t mangle -L PREROUTING").setup(&native_in("mangle", "PREROUTING", "meta mark set 0x10"));

    // ---- combinations: a mixed table
    ipt_native_mixed_save: save("-c").setup(MIXED);
    ipt_native_mixed_dump: ipt("-S").setup(MIXED);
    ipt_native_match_order: ipt("-S INPUT").setup(&native(r#"meta mark 5 tcp dport 22 limit rate 1/second accept comment "cc""#));
    ipt_native_mixed_delete_comment: argv(["iptables", "-D", "SSH", "-s", "10.0.0.0/8", "-m", "comment", "--comment", "lan", "-j", "ACCEPT"]).setup(MIXED).check(CHECK);

    // ---- combinations: undecodable rules
    ipt_native_undecodable_first_list: ipt("-L").setup(UNDECODABLE);
    ipt_native_undecodable_first_dump: ipt("-S").setup(UNDECODABLE);
    ipt_native_undecodable_other_chain: ipt("-L OUTPUT").setup(UNDECODABLE);
    ipt_native_undecodable_rulenum_bad: ipt("-S INPUT 1").setup(UNDECODABLE);
    ipt_native_undecodable_save_all: save("").setup(UNDECODABLE);
    ipt_native_undecodable_save_nat: save("-t nat").setup(UNDECODABLE);
    ipt_native_undecodable_check_other: ipt("-C OUTPUT -p tcp --dport 22 -j ACCEPT").setup(UNDECODABLE);
    ipt_native_undecodable_check_same: ipt("-C INPUT -s 1.2.3.4 -j ACCEPT").setup(UNDECODABLE);
    ipt_native_undecodable_delete_num: ipt("-D INPUT 1").setup(UNDECODABLE).check(CHECK);
    ipt_native_undecodable_mid_dump: ipt("-S").setup(UNDECODABLE_MID);
    ipt_native_undecodable_mid_flush: ipt("-F FORWARD").setup(UNDECODABLE_MID).check(CHECK);
    ipt_native_undecodable_mid_replace: ipt("-R FORWARD 1 -j DROP").setup(UNDECODABLE_MID).check(CHECK);

    // ---- combinations: incompatible chains
    ipt_native_incompat_save: save("").setup(INCOMPAT);
    ipt_native_incompat_dump: ipt("-S").setup(INCOMPAT);
    ipt_native_incompat_dump_chain: ipt("-S FORWARD").setup(INCOMPAT);
    ipt_native_incompat_dump_other: ipt("-S INPUT").setup(INCOMPAT);
    ipt_native_incompat_check: ipt("-C FORWARD -j ACCEPT").setup(INCOMPAT);
    ipt_native_incompat_delete_spec: ipt("-D FORWARD -j ACCEPT").setup(INCOMPAT).check(CHECK);
    ipt_native_incompat_delete_num: ipt("-D FORWARD 1").setup(INCOMPAT).check(CHECK);
    ipt_native_incompat_replace: ipt("-R FORWARD 1 -j DROP").setup(INCOMPAT).check(CHECK);
    ipt_native_incompat_append: ipt("-A FORWARD -s 7.7.7.7 -j ACCEPT").setup(INCOMPAT).check("nft list ruleset");
    ipt_native_incompat_flush: ipt("-F").setup(INCOMPAT).check(CHECK);
    ipt_native_incompat_zero: ipt("-Z").setup(INCOMPAT).check("nft list ruleset");
    ipt_native_incompat_policy: ipt("-P FORWARD DROP").setup(INCOMPAT).check("nft list ruleset");
    ipt_native_incompat_user_dump_chain: ipt("-S USER").setup(INCOMPAT_USER);
    ipt_native_incompat_user_delete_first: ipt("-D USER -j DROP").setup(INCOMPAT_USER).check("nft list chain ip filter USER");
    ipt_native_incompat_user_check_after: ipt("-C USER -j RETURN").setup(INCOMPAT_USER);
    ipt_native_incompat_user_rename: ipt("-E USER USER2").setup(INCOMPAT_USER).check("nft list ruleset");
    ipt_native_incompat_reject_check: ipt("-C INPUT -s 7.7.7.7 -j ACCEPT").setup(INCOMPAT_REJECT);
    ipt_native_incompat_reject_delete: ipt("-D INPUT -j ACCEPT").setup(INCOMPAT_REJECT).check("nft list ruleset");

    // ---- combinations: base chains that are not iptables' own
    ipt_native_odd_base_dump: ipt("-S").setup(ODD_BASE);
    ipt_native_odd_base_save: save("").setup(ODD_BASE);
    ipt_native_odd_base_append: ipt("-A INPUT -j DROP").setup(ODD_BASE).check("nft list ruleset");
    ipt_native_odd_base_flush: ipt("-F").setup(ODD_BASE).check("nft list ruleset");
    ipt_native_foreign_base_name: ipt("-L -n").setup("nft add table ip filter\nnft add chain ip filter foo '{ type filter hook input priority 0; }'");

    // ---- -Z on native rules
    ipt_native_zero_chain: ipt("-Z INPUT").setup(COUNTERS).check("nft list ruleset");
    ipt_native_zero_odd: ipt("-Z").setup(ZERO_ODD).check("nft list ruleset");
    ipt_native_zero_anon_set: ipt("-Z").setup(ANON_SET_COUNTED).check("nft list ruleset");
}
