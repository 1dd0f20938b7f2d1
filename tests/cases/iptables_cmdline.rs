//! iptables command lines against iptables-nft 1.8.9 (research: /work/research/cmdline.md):
//! when extension options are checked (at the option, or after the whole line), attached and
//! `=` forms and abbreviations of the options, how comments are quoted, `+` interfaces, and
//! what `iptables-restore --test` reports.

use crate::common::{argv, ipt};

const S: &str = "iptables-nft -S";
const SN: &str = "iptables-nft -t nat -S";
const SM: &str = "iptables-nft -t mangle -S";
/// The state after a restore, as the reference saves it (without the dated lines).
const STATE: &str = "iptables-nft-save | grep -v '^#'";

const BEFORE: &str = "iptables-nft -N OLD\niptables-nft -A OLD -j ACCEPT\niptables-nft -A INPUT -j OLD\niptables-nft -A INPUT -s 1.1.1.1 -j ACCEPT\niptables-nft -t nat -A POSTROUTING -j MASQUERADE";
const PLAIN: &str = r#"for c in aab a1b ABC 123 a_b a-b Zz_9- -x --x - _; do iptables-nft -A INPUT -m comment --comment "$c" -j ACCEPT; done"#;
const PUNCT: &str = r#"for c in / : . , = + @ % '!' '#' '*' '?' '(' ')' '[' ']' '{' '}' '<' '>' '|' '&' ';' '$' '`' '~' '^'; do iptables-nft -A INPUT -m comment --comment "a${c}b" -j ACCEPT; done"#;
const ESCAPES: &str = r#"iptables-nft -A INPUT -m comment --comment 'a"b' -j ACCEPT
iptables-nft -A INPUT -m comment --comment "a'b" -j ACCEPT
iptables-nft -A INPUT -m comment --comment 'a\b' -j ACCEPT
iptables-nft -A INPUT -m comment --comment 'a\"b' -j ACCEPT
iptables-nft -A INPUT -m comment --comment 'a\\b' -j ACCEPT
iptables-nft -A INPUT -m comment --comment '"' -j ACCEPT
iptables-nft -A INPUT -m comment --comment '\' -j ACCEPT
iptables-nft -A INPUT -m comment --comment '' -j ACCEPT
iptables-nft -A INPUT -m comment --comment ' ' -j ACCEPT
iptables-nft -A INPUT -m comment --comment '*/' -j ACCEPT"#;
const CONTROL: &str = r#"iptables-nft -A INPUT -m comment --comment "a$(printf '\t')b" -j ACCEPT
iptables-nft -A INPUT -m comment --comment "a$(printf '\001')b" -j ACCEPT
iptables-nft -A INPUT -m comment --comment "a$(printf '\177')b" -j ACCEPT
iptables-nft -A INPUT -m comment --comment "$(printf 'a\303\251b')" -j ACCEPT
iptables-nft -A INPUT -m comment --comment "$(printf 'caf\303\251')" -j ACCEPT"#;
const KUBE: &str = r#"iptables-nft -t nat -N KUBE-SERVICES
iptables-nft -t nat -A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j RETURN
iptables-nft -t nat -A KUBE-SERVICES -m comment --comment ns1/svc1:p80 -j RETURN
iptables-nft -t nat -A KUBE-SERVICES -m comment --comment '"default/kubernetes:https cluster IP"' -j RETURN
iptables-nft -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL -j RETURN"#;
const LOGP: &str = r#"iptables-nft -A INPUT -j LOG --log-prefix a/b
iptables-nft -A INPUT -j LOG --log-prefix 'a b'
iptables-nft -A INPUT -j LOG --log-prefix ab
iptables-nft -A INPUT -j LOG --log-prefix 'a"b'
iptables-nft -A INPUT -j LOG --log-prefix 'drop: '"#;
const IFACES: &str = "iptables-nft -A FORWARD ! -i + -j ACCEPT\niptables-nft -A FORWARD ! -o + -j DROP\niptables-nft -A FORWARD -i + -j ACCEPT\niptables-nft -A FORWARD -o + -j ACCEPT\niptables-nft -A FORWARD ! -i eth+ -j ACCEPT\niptables-nft -A FORWARD -i eth+ -j ACCEPT\niptables-nft -A FORWARD ! -i ++ -j ACCEPT\niptables-nft -A FORWARD -i +a -j ACCEPT";
const E_JUMP_MISSING_CHAIN: &str =
    "*nat\n:POSTROUTING ACCEPT [0:0]\n-A POSTROUTING -s 10.2.0.0/16 -j NOSUCHTARGET\nCOMMIT\n";
const E_DELETE_MISSING_RULE: &str = "*filter\n-D INPUT -s 9.9.9.9 -j ACCEPT\nCOMMIT\n";
const E_DELETE_NUM_BEYOND: &str = "*filter\n-D INPUT 5\nCOMMIT\n";
const E_INSERT_BEYOND: &str = "*filter\n-I INPUT 9 -j ACCEPT\nCOMMIT\n";
const E_DELETE_CHAIN_IN_USE: &str = "*filter\n:X - [0:0]\n-A INPUT -j X\n-X X\nCOMMIT\n";
const E_POLICY_USER_CHAIN: &str = "*filter\n:X - [0:0]\n-P X DROP\nCOMMIT\n";
const E_POLICY_BAD: &str = "*filter\n-P INPUT BOGUS\nCOMMIT\n";
const E_BAD_OPTION: &str = "*filter\n-A INPUT --bogus -j ACCEPT\nCOMMIT\n";
const E_UNKNOWN_MATCH: &str = "*filter\n-A INPUT -m bogus -j ACCEPT\nCOMMIT\n";
const E_DNAT_IN_FILTER: &str = "*filter\n-A INPUT -j DNAT --to-destination 1.1.1.1\nCOMMIT\n";
const E_DROP_IN_NAT: &str = "*nat\n-A POSTROUTING -j DROP\nCOMMIT\n";
const E_NEW_CHAIN_EXISTS: &str = "*filter\n-N OLD\nCOMMIT\n";
const E_CHAIN_LINE_EXISTS: &str = "*filter\n:OLD - [0:0]\n-A OLD -j RETURN\nCOMMIT\n";
const E_DELETE_CHAIN_REFERENCED: &str = "*filter\n-X OLD\nCOMMIT\n";
const E_MISSING_MANDATORY: &str = "*filter\n-A INPUT -m mark\nCOMMIT\n";
const E_EXCLUSIVE_OPTIONS: &str =
    "*filter\n-A INPUT -p tcp -m multiport --sports 1 --dports 2\nCOMMIT\n";
const E_APPEND_MISSING_CHAIN: &str = "*filter\n-A NOSUCH -j ACCEPT\nCOMMIT\n";
const E_RENAME_ONTO_BUILTIN: &str = "*filter\n-E OLD INPUT\nCOMMIT\n";
const E_TCP_RESET_NO_PROTO: &str = "*filter\n-A INPUT -p tcp -j REJECT --reject-with tcp-reset\n-A INPUT -j REJECT --reject-with tcp-reset\nCOMMIT\n";

cases! {
    // ---- A. when extension options are checked: at the option (multiport, NAT ports), or after the line (tcp/udp's -p, mandatory options, exclusions)
    ipt_cli_multiport_before_proto: ipt("-A INPUT -m multiport --dports 80 -p tcp").check(S);
    ipt_cli_multiport_cni_portmap: ipt("-A INPUT -m comment --comment x -m multiport -p tcp --destination-ports 8080 -j ACCEPT").check(S);
    ipt_cli_multiport_proto_between: ipt("-A INPUT -m multiport -p tcp --dports 80 -j ACCEPT").check(S);
    ipt_cli_multiport_no_proto: ipt("-A INPUT -m multiport --dports 80").check(S);
    ipt_cli_multiport_proto_inverted: ipt("-A INPUT ! -p tcp -m multiport --dports 80").check(S);
    ipt_cli_multiport_udplite: ipt("-A INPUT -m multiport -p udplite --dports 80").check(S);
    ipt_cli_multiport_twice: ipt("-A INPUT -p tcp -m multiport --dports 1 --dports 2").check(S);
    ipt_cli_multiport_sports_dports: ipt("-A INPUT -p tcp -m multiport --sports 1 --dports 2").check(S);
    ipt_cli_multiport_dports_ports: ipt("-A INPUT -p tcp -m multiport --dports 1 --ports 2").check(S);
    ipt_cli_multiport_exclusion_after_line: ipt("-A INPUT -p tcp -m multiport --sports 1 --dports 2 --bogus").check(S);
    ipt_cli_multiport_option_after_comment: ipt("-A INPUT -p tcp -m multiport --dports 1 -m comment --comment x --sports 2").check(S);
    ipt_cli_redirect_ports_before_proto: ipt("-t nat -A PREROUTING -j REDIRECT --to-ports 80 -p tcp").check(SN);
    ipt_cli_redirect_sshuttle: ipt("-t nat -A OUTPUT -j REDIRECT --dest 10.0.0.0/8 -p tcp --to-ports 12300").check(SN);
    ipt_cli_redirect_proto_after_jump: ipt("-t nat -A OUTPUT -j REDIRECT -p tcp --to-ports 80").check(SN);
    ipt_cli_redirect_proto_icmp: ipt("-t nat -A OUTPUT -p icmp -j REDIRECT --to-ports 80").check(SN);
    ipt_cli_redirect_proto_udplite: ipt("-t nat -A OUTPUT -p udplite -j REDIRECT --to-ports 80").check(SN);
    ipt_cli_redirect_ports_twice: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 1 --to-ports 2").check(SN);
    ipt_cli_dnat_port_before_proto: ipt("-t nat -A PREROUTING -j DNAT --to-destination 1.2.3.4:80 -p tcp").check(SN);
    ipt_cli_dnat_proto_after_jump: ipt("-t nat -A PREROUTING -j DNAT -p tcp --to-destination 1.2.3.4:80").check(SN);
    ipt_cli_masquerade_ports_before_proto: ipt("-t nat -A POSTROUTING -j MASQUERADE --to-ports 1000 -p udp").check(SN);
    ipt_cli_masquerade_proto_after_jump: ipt("-t nat -A POSTROUTING -j MASQUERADE -p udp --to-ports 1000").check(SN);
    ipt_cli_masquerade_ports_twice: ipt("-t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1000 --to-ports 2000").check(SN);
    ipt_cli_snat_ports_before_proto: ipt("-t nat -A POSTROUTING -j SNAT --to-source 1.1.1.1:1000-2000 -p tcp").check(SN);
    ipt_cli_snat_proto_after_jump: ipt("-t nat -A POSTROUTING -j SNAT -p tcp --to-source 1.1.1.1:1000-2000").check(SN);
    ipt_cli_reject_tcp_reset_before_proto: ipt("-A INPUT -j REJECT --reject-with tcp-reset -p tcp").check(S);
    ipt_cli_reject_tcp_reset_no_proto: ipt("-A INPUT -j REJECT --reject-with tcp-reset").check(S);
    ipt_cli_tcp_option_without_match: ipt("-A INPUT --dport 80 -p tcp").check(S);
    ipt_cli_tcp_proto_twice: ipt("-A INPUT -p tcp --dport 80 -p udp").check(S);
    ipt_cli_tcp_match_before_proto: ipt("-A INPUT -m tcp -p tcp --dport 1").check(S);
    ipt_cli_tcp_option_before_proto: ipt("-A INPUT -m tcp --dport 1 -p tcp").check(S);
    ipt_cli_tcp_match_no_proto: ipt("-A INPUT -m tcp --dport 1").check(S);
    ipt_cli_tcp_match_proto_udp: ipt("-A INPUT -p udp -m tcp --dport 1").check(S);
    ipt_cli_tcp_match_proto_inverted: ipt("-A INPUT ! -p tcp -m tcp --dport 1").check(S);
    ipt_cli_tcp_match_empty: ipt("-A INPUT -p tcp -m tcp").check(S);
    ipt_cli_tcp_match_empty_udp: ipt("-A INPUT -p udp -m tcp").check(S);
    ipt_cli_tcp_match_twice_empty_first: ipt("-A INPUT -p tcp -m tcp -m tcp --dport 1").check(S);
    ipt_cli_tcp_match_twice_merged: ipt("-A INPUT -p tcp -m tcp --dport 1 -m tcp --sport 2").check(S);
    ipt_cli_tcp_match_empty_then_comment: ipt("-A INPUT -p tcp -m tcp -m comment --comment x").check(S);
    ipt_cli_tcp_option_after_comment: ipt("-A INPUT -p tcp -m tcp --dport 1 -m comment --comment x --sport 2").check(S);
    ipt_cli_tcp_dport_twice: ipt("-A INPUT -p tcp --dport 1 --destination-port 2").check(S);
    ipt_cli_udp_sport_twice: ipt("-A INPUT -p udp --sport 1 --sport 2").check(S);
    ipt_cli_icmp_type_after_proto: ipt("-A INPUT -p icmp --icmp-type 8").check(S);
    ipt_cli_icmp_type_before_proto: ipt("-A INPUT --icmp-type 8 -p icmp").check(S);
    ipt_cli_icmp_match_no_proto: ipt("-A INPUT -m icmp --icmp-type 8").check(S);
    ipt_cli_icmp_match_no_type: ipt("-A INPUT -m icmp -p icmp").check(S);
    ipt_cli_icmp_type_twice: ipt("-A INPUT -p icmp --icmp-type 8 --icmp-type 0").check(S);
    ipt_cli_comment_loaded_twice: ipt("-A INPUT -m comment --comment a -m comment --comment b").check(S);
    ipt_cli_comment_twice: ipt("-A INPUT -m comment --comment a --comment b").check(S);
    ipt_cli_addrtype_src_twice: ipt("-A INPUT -m addrtype --src-type LOCAL --src-type UNICAST").check(S);
    ipt_cli_addrtype_iface_both: ipt("-A INPUT -m addrtype --src-type LOCAL --limit-iface-in --limit-iface-out").check(S);
    ipt_cli_addrtype_iface_both_no_type: ipt("-A INPUT -m addrtype --limit-iface-in --limit-iface-out").check(S);
    ipt_cli_conntrack_ctstate_twice: ipt("-A INPUT -m conntrack --ctstate NEW --ctstate ESTABLISHED").check(S);
    ipt_cli_state_twice: ipt("-A INPUT -m state --state NEW --state ESTABLISHED").check(S);
    ipt_cli_limit_twice: ipt("-A INPUT -m limit --limit 1/s --limit 2/s").check(S);
    ipt_cli_statistic_every_probability: ipt("-A INPUT -m statistic --mode nth --every 2 --probability 0.5").check(S);
    ipt_cli_statistic_every_packet_probability: ipt("-A INPUT -m statistic --mode nth --every 2 --packet 5 --probability 0.5").check(S);
    ipt_cli_statistic_nth_no_every: ipt("-A INPUT -m statistic --probability 0.5 --mode nth").check(S);
    ipt_cli_statistic_packet_range: ipt("-A INPUT -m statistic --mode nth --every 2 --packet 2").check(S);
    ipt_cli_owner_uid_twice: ipt("-A OUTPUT -m owner --uid-owner 1 --uid-owner 2").check(S);
    ipt_cli_owner_nothing: ipt("-A OUTPUT -m owner").check(S);
    ipt_cli_log_prefix_twice: ipt("-A INPUT -j LOG --log-prefix a --log-prefix b").check(S);
    ipt_cli_log_prefix_empty: argv(["iptables", "-A", "INPUT", "-j", "LOG", "--log-prefix", ""]).check(S);
    ipt_cli_mark_target_xor_xmark: ipt("-t mangle -A INPUT -j MARK --xor-mark 1 --set-xmark 2").check(SM);
    ipt_cli_mark_target_missing: ipt("-t mangle -A INPUT -j MARK").check(SM);
    ipt_cli_fcheck_order_matches: ipt("-A INPUT -m comment -m mark").check(S);
    ipt_cli_fcheck_before_tcp_proto: ipt("-A INPUT -m tcp --dport 1 -m mark").check(S);
    ipt_cli_fcheck_statistic_then_mark: ipt("-A INPUT -m statistic --every 2 -m mark").check(S);
    ipt_cli_fcheck_match_before_target: ipt("-t mangle -A INPUT -j MARK -m mark").check(SM);
    ipt_cli_fcheck_before_address: ipt("-A INPUT -m mark -s 1.2.3.4/99").check(S);
    ipt_cli_tcp_proto_before_jump_check: ipt("-A INPUT -m tcp --dport 1 -j NOSUCHCHAIN").check(S);
    ipt_cli_delete_fcheck: ipt("-D INPUT -m mark").check(S);

    // ---- abbreviations: getopt_long over the base options plus every loaded extension's
    ipt_cli_abbrev_dest_after_comment: ipt("-A INPUT -m comment --comment x --dest 1.1.1.1").check(S);
    ipt_cli_abbrev_dest_after_jump: ipt("-A INPUT -j ACCEPT --dest 1.1.1.1").check(S);
    ipt_cli_abbrev_dest_with_tcp: ipt("-A INPUT -p tcp --dport 80 --dest 1.1.1.1").check(S);
    ipt_cli_abbrev_redirect_to: ipt("-t nat -A OUTPUT -p tcp -j REDIRECT --to 12300 --ran").check(SN);
    ipt_cli_abbrev_masquerade_rand: ipt("-t nat -A POSTROUTING -p tcp -j MASQUERADE --rand").check(SN);
    ipt_cli_abbrev_tcp_dp: ipt("-A INPUT -p tcp --dp 80 --sp 81").check(S);
    ipt_cli_abbrev_comment_c: ipt("-A INPUT -m comment --c x").check(S);
    ipt_cli_abbrev_mark_ma: ipt("-A INPUT -m mark --ma 1").check(S);
    ipt_cli_abbrev_conntrack_ctst: ipt("-A INPUT -m conntrack --ctst NEW").check(S);

    // ---- B. attached and `=` forms: -p -s -d -i -o -j read argv[optind-1] (the whole word); -A.. -t -m -g -w read the value
    ipt_cli_attached_all: ipt("-A INPUT -ptcp -s1.2.3.4 -d5.6.7.8/32 -ieth0 -oeth1 -jACCEPT").check(S);
    ipt_cli_attached_proto: ipt("-A INPUT -ptcp").check(S);
    ipt_cli_attached_source: ipt("-A INPUT -s1.2.3.4").check(S);
    ipt_cli_attached_dest: ipt("-A INPUT -d5.6.7.8/32").check(S);
    ipt_cli_attached_in: ipt("-A INPUT -ieth0").check(S);
    ipt_cli_attached_out: ipt("-A OUTPUT -oeth1").check(S);
    ipt_cli_attached_jump: ipt("-A INPUT -jACCEPT").check(S);
    ipt_cli_attached_chain: ipt("-AINPUT -j ACCEPT").check(S);
    ipt_cli_attached_match: ipt("-A INPUT -mmark --mark=1").check(S);
    ipt_cli_attached_counters: ipt("-A INPUT -c1 2 -j ACCEPT").check("iptables-nft -S -v");
    ipt_cli_cluster_vj: ipt("-A INPUT -vj ACCEPT").check(S);
    ipt_cli_equals_protocol: ipt("-A INPUT --protocol=tcp").check(S);
    ipt_cli_equals_source: ipt("-A INPUT --source=1.2.3.4").check(S);
    ipt_cli_equals_jump: ipt("-A INPUT --jump=ACCEPT").check(S);
    ipt_cli_equals_in_interface: ipt("-A INPUT --in-interface=eth0").check(S);
    ipt_cli_equals_short_in: ipt("-A INPUT -i=eth0").check(S);
    ipt_cli_equals_dport: ipt("-A INPUT -p tcp --dport=80").check(S);
    ipt_cli_equals_comment_empty: ipt("-A INPUT -m comment --comment= -j ACCEPT").check(S);
    ipt_cli_equals_append: ipt("--append=INPUT -j ACCEPT").check(S);
    ipt_cli_equals_short_append: ipt("-A=INPUT -j ACCEPT").check(S);
    ipt_cli_equals_to_source_attached_jump: ipt("-t nat -A POSTROUTING -p tcp -jSNAT --to-source=1.1.1.1:5").check(SN);
    ipt_cli_abbrev_base_forms: ipt("-A INPUT --dst 1.1.1.1 --src 2.2.2.2 --prot udp --jum ACCEPT").check(S);
    ipt_cli_abbrev_in_ambiguous: ipt("-A INPUT --in eth0").check(S);
    ipt_cli_abbrev_p_ambiguous: ipt("-A INPUT --p tcp").check(S);
    ipt_cli_value_is_option: ipt("-A INPUT -i -i").check(S);
    ipt_cli_proto_bang_value: ipt("-A INPUT -p ! tcp").check(S);

    // ---- C. comments: quoted unless every byte is [A-Za-z0-9_-] (empty: ""); inside quotes \ " ' are escaped with a backslash; -L prints the raw text
    ipt_cli_comment_plain_dump: ipt("-S INPUT").setup(PLAIN);
    ipt_cli_comment_punct_dump: ipt("-S INPUT").setup(PUNCT);
    ipt_cli_comment_punct_list: ipt("-L INPUT -n").setup(PUNCT);
    ipt_cli_comment_escapes_dump: ipt("-S INPUT").setup(ESCAPES);
    ipt_cli_comment_control_dump: ipt("-S INPUT").setup(CONTROL);
    ipt_cli_comment_kube_dump: ipt("-t nat -S KUBE-SERVICES").setup(KUBE);
    ipt_cli_comment_escapes_save: argv(["iptables-save"]).setup(ESCAPES).norm(crate::common::SAVE_DATES);
    ipt_cli_comment_kube_save: argv(["iptables-save", "-t", "nat"]).setup(KUBE).norm(crate::common::SAVE_DATES);
    ipt_cli_comment_write_space: argv(["iptables", "-A", "INPUT", "-m", "comment", "--comment", "default/kubernetes:https cluster IP", "-j", "ACCEPT"]).check(S);
    ipt_cli_comment_write_quote: argv(["iptables", "-A", "INPUT", "-m", "comment", "--comment", "a\"b'c\\d", "-j", "ACCEPT"]).check(S);
    ipt_cli_comment_write_empty: argv(["iptables", "-A", "INPUT", "-m", "comment", "--comment", "", "-j", "ACCEPT"]).check(S);
    ipt_cli_comment_write_utf8: argv(["iptables", "-A", "INPUT", "-m", "comment", "--comment", "café", "-j", "ACCEPT"]).check(S);
    ipt_cli_comment_write_tab_newline: argv(["iptables", "-A", "INPUT", "-m", "comment", "--comment", "a\tb\nc", "-j", "ACCEPT"]).check(S);
    ipt_cli_comment_256_truncated: argv(["iptables", "-A", "INPUT", "-m", "comment", "--comment", "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"]).check(S);
    ipt_cli_comment_delete_quoted: argv(["iptables", "-D", "INPUT", "-m", "comment", "--comment", "a\"b", "-j", "ACCEPT"]).setup(ESCAPES).check(S);
    ipt_cli_log_prefix_dump: ipt("-S INPUT").setup(LOGP);
    ipt_cli_log_prefix_list: ipt("-L INPUT -n").setup(LOGP);

    // ---- D. `+` interfaces: `-i +` matches any (a bare iifname load), `! -i +` a cmp against "INVAL/D"
    ipt_cli_iface_plus_dump: ipt("-S FORWARD").setup(IFACES);
    ipt_cli_iface_plus_list_verbose: ipt("-L FORWARD -v").setup(IFACES);
    ipt_cli_iface_plus_save: argv(["iptables-save", "-t", "filter"]).setup(IFACES).norm(crate::common::SAVE_DATES);
    ipt_cli_iface_plus_write: ipt("-A FORWARD ! -i + -j ACCEPT").check("iptables-nft -S FORWARD; nft --debug=netlink list chain ip filter FORWARD");
    ipt_cli_iface_plus_write_any: ipt("-A FORWARD -i + -o + -j ACCEPT").check("iptables-nft -S FORWARD; nft --debug=netlink list chain ip filter FORWARD");
    ipt_cli_iface_plus_delete_inverted: ipt("-D FORWARD ! -i + -j ACCEPT").setup(IFACES).check("iptables-nft -S FORWARD");
    ipt_cli_iface_plus_delete_inverted_out: ipt("-D FORWARD ! -o + -j DROP").setup(IFACES).check("iptables-nft -S FORWARD");
    ipt_cli_iface_plus_delete_any: ipt("-D FORWARD -i + -j ACCEPT").setup(IFACES).check("iptables-nft -S FORWARD");

    // ---- E. iptables-restore --test: only what the line parser finds (options, extensions, DROP in nat, table names, COMMIT); nothing that needs the kernel's ruleset
    ipt_cli_restore_test_jump_missing_chain: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_JUMP_MISSING_CHAIN).check(STATE);
    ipt_cli_restore_test_delete_missing_rule: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_DELETE_MISSING_RULE).check(STATE);
    ipt_cli_restore_test_delete_num_beyond: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_DELETE_NUM_BEYOND).check(STATE);
    ipt_cli_restore_test_insert_beyond: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_INSERT_BEYOND).check(STATE);
    ipt_cli_restore_test_delete_chain_in_use: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_DELETE_CHAIN_IN_USE).check(STATE);
    ipt_cli_restore_test_policy_user_chain: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_POLICY_USER_CHAIN).check(STATE);
    ipt_cli_restore_test_policy_bad: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_POLICY_BAD).check(STATE);
    ipt_cli_restore_test_bad_option: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_BAD_OPTION).check(STATE);
    ipt_cli_restore_test_unknown_match: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_UNKNOWN_MATCH).check(STATE);
    ipt_cli_restore_test_dnat_in_filter: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_DNAT_IN_FILTER).check(STATE);
    ipt_cli_restore_test_drop_in_nat: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_DROP_IN_NAT).check(STATE);
    ipt_cli_restore_test_new_chain_exists: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_NEW_CHAIN_EXISTS).check(STATE);
    ipt_cli_restore_test_chain_line_exists: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_CHAIN_LINE_EXISTS).check(STATE);
    ipt_cli_restore_test_delete_chain_referenced: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_DELETE_CHAIN_REFERENCED).check(STATE);
    ipt_cli_restore_test_missing_mandatory: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_MISSING_MANDATORY).check(STATE);
    ipt_cli_restore_test_exclusive_options: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_EXCLUSIVE_OPTIONS).check(STATE);
    ipt_cli_restore_test_append_missing_chain: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_APPEND_MISSING_CHAIN).check(STATE);
    ipt_cli_restore_test_rename_onto_builtin: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_RENAME_ONTO_BUILTIN).check(STATE);
    ipt_cli_restore_test_tcp_reset_no_proto: argv(["iptables-restore", "--test"]).setup(BEFORE).stdin(E_TCP_RESET_NO_PROTO).check(STATE);
    ipt_cli_restore_test_noflush_jump_missing_chain: argv(["iptables-restore", "--test", "--noflush"]).setup(BEFORE).stdin(E_JUMP_MISSING_CHAIN).check(STATE);
    ipt_cli_restore_test_noflush_delete_missing_rule: argv(["iptables-restore", "--test", "--noflush"]).setup(BEFORE).stdin(E_DELETE_MISSING_RULE).check(STATE);
    ipt_cli_restore_test_noflush_new_chain_exists: argv(["iptables-restore", "--test", "--noflush"]).setup(BEFORE).stdin(E_NEW_CHAIN_EXISTS).check(STATE);
    ipt_cli_restore_short_t_jump_missing_chain: argv(["iptables-restore", "-t"]).setup(BEFORE).stdin(E_JUMP_MISSING_CHAIN).check(STATE);
    ipt_cli_restore_real_jump_missing_chain: argv(["iptables-restore"]).setup(BEFORE).stdin(E_JUMP_MISSING_CHAIN).check(STATE);
    ipt_cli_restore_real_delete_num_beyond: argv(["iptables-restore"]).setup(BEFORE).stdin(E_DELETE_NUM_BEYOND).check(STATE);
    ipt_cli_restore_real_insert_beyond: argv(["iptables-restore"]).setup(BEFORE).stdin(E_INSERT_BEYOND).check(STATE);
    ipt_cli_restore_real_policy_bad: argv(["iptables-restore"]).setup(BEFORE).stdin(E_POLICY_BAD).check(STATE);
    ipt_cli_restore_real_rename_onto_builtin: argv(["iptables-restore"]).setup(BEFORE).stdin(E_RENAME_ONTO_BUILTIN).check(STATE);
    ipt_cli_restore_real_noflush_new_chain_exists: argv(["iptables-restore", "--noflush"]).setup(BEFORE).stdin(E_NEW_CHAIN_EXISTS).check(STATE);
    ipt_cli_restore_real_noflush_policy_bad: argv(["iptables-restore", "--noflush"]).setup(BEFORE).stdin(E_POLICY_BAD).check(STATE);

    // getopt's `--`, repeated flags, -N's name read at once, -P's order, numbers read as sscanf reads them
    ipt_cli_double_dash_ends: ipt("-t nat -L -n -v --");
    ipt_cli_double_dash_then_word: ipt("-L -- INPUT");
    ipt_cli_double_dash_first: ipt("-- -L INPUT");
    ipt_cli_double_dash_append: ipt("-A INPUT -j ACCEPT --").check(S);
    ipt_cli_double_dash_append_word: ipt("-A INPUT -- x").check(S);
    ipt_cli_repeat_n: ipt("-L -n -n");
    ipt_cli_repeat_n_attached: ipt("-L -nn");
    ipt_cli_repeat_x: ipt("-L -x -x");
    ipt_cli_repeat_line_numbers: ipt("-L --line-numbers --line-numbers");
    ipt_cli_repeat_v_allowed: ipt("-L INPUT -v -v");
    ipt_cli_repeat_goto_after_jump: ipt("-A INPUT -j ACCEPT -g X");
    ipt_cli_new_chain_dash_first: ipt("-N -N DOCKER").check(S);
    ipt_cli_new_chain_bang_first: ipt("-N !x DOCKER").check(S);
    ipt_cli_new_chain_clash_first: ipt("-N ACCEPT DOCKER").check(S);
    ipt_cli_new_chain_long_first: ipt("-N aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa DOCKER").check(S);
    ipt_cli_new_chain_then_word: ipt("-N x DOCKER").check(S);
    ipt_cli_new_chain_then_n: ipt("-N x -n").check(S);
    ipt_cli_append_dash_chain: ipt("-A -foo DOCKER").check(S);
    ipt_cli_policy_swapped: ipt("-P DROP FORWARD").check(S);
    ipt_cli_policy_bad_chain: ipt("-P BOGUS DROP").check(S);
    ipt_cli_policy_both_bad: ipt("-P BOGUS BOGUS").check(S);
    ipt_cli_wait_fraction: ipt("-w 1.5 -L INPUT");
    ipt_cli_wait_hex: ipt("-w 0x3 -L INPUT");
    ipt_cli_wait_garbage: ipt("-w x -L INPUT");
    ipt_cli_wait_interval_alone: ipt("-W 1.5 -L INPUT");
    ipt_cli_wait_interval_with_wait: ipt("-w 1 -W 5 -L INPUT");
    ipt_cli_wait_interval_garbage: ipt("-w 1 -W x -L INPUT");
    ipt_cli_counters_hex_octal: ipt("-c 0x10 010 -A INPUT").check("iptables-nft-save -c | grep -- -A");
    ipt_cli_counters_signs: argv(["iptables", "-c", " -5", "+7", "-A", "INPUT"]).check("iptables-nft-save -c | grep -- -A");
    ipt_cli_counters_trailing: ipt("-c 5x 7y -A INPUT").check("iptables-nft-save -c | grep -- -A");
    ipt_cli_counters_saturate: ipt("-c 99999999999999999999999 7 -A INPUT").check("iptables-nft-save -c | grep -- -A");
    ipt_cli_counters_bad_bytes: ipt("-c 1 x -A INPUT").check(S);

    // rule numbers are C ints; `! -p 0`; port specs of the NAT targets as iptables reads them
    ipt_cli_rulenum_insert_int_max: ipt("-I INPUT 2147483647 -j ACCEPT").setup("iptables-nft -A INPUT").check(S);
    ipt_cli_rulenum_insert_above_int: ipt("-I INPUT 2147483648 -j ACCEPT").setup("iptables-nft -A INPUT").check(S);
    ipt_cli_rulenum_delete_above_int: ipt("-D INPUT 2147483649").setup("iptables-nft -A INPUT").check(S);
    ipt_cli_rulenum_delete_hex_above_int: ipt("-D INPUT 0x80000000").setup("iptables-nft -A INPUT").check(S);
    ipt_cli_rulenum_list_above_uint: ipt("-L INPUT 4294967296").setup("iptables-nft -A INPUT");
    ipt_cli_rulenum_replace_above_int: ipt("-R INPUT 2147483648 -j DROP").setup("iptables-nft -A INPUT").check(S);
    ipt_cli_not_proto_zero: ipt("-A INPUT ! -p 0").check(S);
    ipt_cli_not_proto_all: ipt("-A INPUT ! -p ALL").check(S);
    ipt_cli_port_service_dash_redirect: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports ftp-data").check(SN);
    ipt_cli_port_service_dash_dnat: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:ftp-data").check(SN);
    ipt_cli_port_service_dash_range: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:ssh-ftp-data").check(SN);
    ipt_cli_port_number_then_service: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 22-ftp-data").check(SN);
    ipt_cli_port_name_then_number: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports bogus-22").check(SN);
    ipt_cli_port_hex_range: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:0x50-0x60").check(SN);
    ipt_cli_port_garbage_value: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80x").check(SN);
    ipt_cli_port_garbage_range: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80-90x").check(SN);
    ipt_cli_port_empty_second: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80-").check(SN);
    ipt_cli_port_too_big: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:99999-5").check(SN);
    ipt_cli_port_funky_with_base: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:90-80/5").check(SN);
    ipt_cli_port_funky_garbage: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:90-80x").check(SN);
    ipt_cli_port_base_zero: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80-90/0").check(SN);
    ipt_cli_port_base_hex_trailing: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80-90/0x10x").check(SN);
    ipt_cli_port_base_negative: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80-90/-1").check(SN);
    ipt_cli_port_base_single: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80/5").check(SN);
    ipt_cli_port_base_redirect: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80-90/5").check(SN);
    ipt_cli_port_base_redirect_zero: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80-90/0").check(SN);
    ipt_cli_port_base_snat: ipt("-t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1:80-90/5").check("iptables-nft -t nat -S; iptables-nft -t nat -L POSTROUTING -n");
    ipt_cli_port_base_masquerade: ipt("-t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 80-90/5").check("iptables-nft -t nat -S; iptables-nft -t nat -L POSTROUTING -n");
    ipt_cli_port_base_bad_masquerade: ipt("-t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 80-90/x").check(SN);

    // found by the fuzz (tests/cases/iptables_fuzz.rs): the order of iptables' checks and values as it reads them
    ipt_cli_fuzz_ext_check_before_no_command: ipt("-t nat -p tcp --dport 8080 -j DNAT");
    ipt_cli_fuzz_ext_check_before_bang: ipt("-m comment !");
    ipt_cli_fuzz_ext_check_before_illegal: ipt("-L -n -m comment");
    ipt_cli_fuzz_no_command_before_bang: ipt("-m comment --comment x !");
    ipt_cli_fuzz_wait_interval_before_ext: ipt("-W 5 -m comment");
    ipt_cli_fuzz_ext_check_before_extra_words: ipt("--match comment -- 1 --protocol udp -I --comment dns");
    ipt_cli_fuzz_multiple_before_bang: ipt("-A INPUT -j ACCEPT ! -jACCEPT");
    ipt_cli_fuzz_multiple_n_before_bang: ipt("-L -n ! -n");
    ipt_cli_fuzz_new_chain_name_before_bang: ipt("! -N -N").check(S);
    ipt_cli_fuzz_new_chain_name_before_repeat: ipt("-N Y -N !Y").check(S);
    ipt_cli_fuzz_counters_need_two_words: ipt("-A INPUT -c 10 -j ACCEPT").check(S);
    ipt_cli_fuzz_counters_option_second: ipt("-A INPUT -c 10 -1 -j ACCEPT").check(S);
    ipt_cli_fuzz_rename_onto_existing_first: ipt("-E nosuch X").setup("iptables-nft -N X").check(S);
    ipt_cli_fuzz_missing_arg_loads_proto_match: ipt("-t nat -A OUTPUT -p tcp --t").check(SN);
    ipt_cli_fuzz_missing_arg_without_proto: ipt("-A INPUT --t").check(S);
    ipt_cli_fuzz_missing_arg_udp: ipt("-A INPUT -p udp --t").check(S);
    ipt_cli_fuzz_jump_empty: argv(["iptables", "-A", "INPUT", "-j", ""]).check(S);
    ipt_cli_fuzz_goto_blank: argv(["iptables", "-A", "INPUT", "-g", "a b"]).check(S);
    ipt_cli_fuzz_jump_too_long: ipt("-A INPUT -j aaaaaaaaaaaaaaaaaaaaaaaaaaaaa").check(S);
    ipt_cli_fuzz_jump_missing_chain_first: ipt("-A NOSUCH -j NOSUCH2").check(S);
    ipt_cli_fuzz_delete_missing_chain_by_spec: ipt("-D nosuch -j ACCEPT").check(S);
    ipt_cli_fuzz_check_missing_chain_and_target: ipt("-C nosuch -j NOSUCH2").check(S);
    ipt_cli_fuzz_commands_zero_list_list: ipt("-Z -L INPUT -n -L INPUT");
    ipt_cli_fuzz_commands_zero_rules_list: ipt("-Z -S -L");
    ipt_cli_fuzz_commands_rules_zero_zero: ipt("-S -Z -Z");
    ipt_cli_fuzz_proto_name_lowercase: ipt("-A INPUT -p TCPX").check(S);
    ipt_cli_fuzz_iface_weird_warning: ipt("-A INPUT ! -i 1.2.3.4/33 -j DROP").check(S);
    ipt_cli_fuzz_iface_weird_warning_then_error: ipt("-A INPUT -i a/b -x").check(S);
    ipt_cli_fuzz_udp_port_hex: ipt("-A INPUT -p udp --dport 0x10").check(S);
    ipt_cli_fuzz_udp_port_wraps: ipt("-A INPUT -p udp --dport 65536").check(S);
    ipt_cli_fuzz_udp_port_int_negative: ipt("-A INPUT -p udp --dport 4294967295").check(S);
    ipt_cli_fuzz_udp_port_reversed: ipt("-A INPUT -p udp --sport 2:1").check(S);
    ipt_cli_fuzz_udp_port_colon_only: ipt("-A INPUT -p udp --sport :").check(S);
    ipt_cli_fuzz_udp_port_bang: ipt("-A INPUT -p udp --sport !").check(S);
    ipt_cli_fuzz_tcp_port_bang: ipt("-A INPUT -p tcp --sport !").check(S);
    ipt_cli_fuzz_limit_bad_rate: ipt("-A INPUT -m limit --limit abc").check(S);
    ipt_cli_fuzz_limit_rate_atoi: ipt("-A INPUT -m limit --limit 1e3").check(S);
    ipt_cli_fuzz_limit_rate_negative: ipt("-A INPUT -m limit --limit -1").check(S);
    ipt_cli_fuzz_limit_burst_range: ipt("-A INPUT -m limit --limit-burst 10001").check(S);
    ipt_cli_fuzz_limit_not_invertible: ipt("-A INPUT -m limit ! --limit 1/s").check(S);
    ipt_cli_fuzz_comment_not_invertible: ipt("-A INPUT -m comment ! --comment x").check(S);
    ipt_cli_fuzz_log_not_invertible: ipt("-A INPUT -j LOG ! --log-prefix x").check(S);
    ipt_cli_fuzz_masquerade_not_invertible: ipt("-t nat -A POSTROUTING -p tcp -j MASQUERADE ! --random").check(SN);
    ipt_cli_fuzz_addrtype_limit_not_invertible: ipt("-A INPUT -m addrtype --src-type LOCAL ! --limit-iface-in").check(S);
    ipt_cli_fuzz_owner_suppl_not_invertible: ipt("-A OUTPUT -m owner --gid-owner 0 ! --suppl-groups").check(S);
    ipt_cli_fuzz_iprange_empty: argv(["iptables", "-A", "INPUT", "-m", "iprange", "--src-range", ""]).check(S);
    ipt_cli_fuzz_iprange_second_bad: ipt("-A INPUT -m iprange --dst-range 1.1.1.1-1.1.1.2-1.1.1.3").check(S);
    ipt_cli_fuzz_iprange_c_numbers: ipt("-A INPUT -m iprange --src-range 010.1.1.1-0x10.1.1.1").check(S);
    ipt_cli_fuzz_source_c_numbers: ipt("-A INPUT -s 0x1.1.1.1,010.2.2.2").check(S);
    ipt_cli_fuzz_statistic_bad_mode: ipt("-A INPUT -m statistic --mode x").check(S);
    ipt_cli_fuzz_mark_trailing_garbage: ipt("-t mangle -A INPUT -j MARK --set-xmark 1/2/3").check(SM);
    ipt_cli_fuzz_mark_bad_integer: ipt("-t mangle -A INPUT -j MARK --set-mark 0x100000000").check(SM);
    ipt_cli_fuzz_mark_and_bad: ipt("-t mangle -A INPUT -j MARK --and-mark x").check(SM);
    ipt_cli_fuzz_mark_match_garbage: ipt("-A INPUT -m mark --mark 1x").check(S);
    ipt_cli_fuzz_mark_spaces: argv(["iptables", "-A", "INPUT", "-m", "mark", "--mark", "1/ 2"]).check(S);
    ipt_cli_fuzz_ttl_old_name: ipt("-A INPUT -m ttl ! --ttl 5").check(S);
    ipt_cli_fuzz_ttl_value_before_exclusion: ipt("-A INPUT -m ttl --ttl-eq 5 --ttl-gt 999").check(S);
    ipt_cli_fuzz_owner_hex_range: ipt("-A OUTPUT -m owner --gid-owner 0x10-0x20").check(S);
    ipt_cli_fuzz_owner_colon_range: ipt("-A OUTPUT -m owner --uid-owner 1:2").check(S);
    ipt_cli_fuzz_owner_reversed_range: ipt("-A OUTPUT -m owner --uid-owner 2-1").check(S);
    ipt_cli_fuzz_addrtype_prefixes: ipt("-A INPUT -m addrtype --dst-type L --src-type b,u,m").check(S);
    ipt_cli_fuzz_addrtype_empty: ipt("-A INPUT -m addrtype --dst-type LOCAL,").check(S);

    // -v shows the rule only once it went into the batch
    ipt_cli_verbose_check_missing_rule: ipt("-v -C INPUT -p udp -j ACCEPT").setup("iptables-nft -A INPUT -p tcp -j ACCEPT");
    ipt_cli_verbose_check_found: ipt("-v -C INPUT -p tcp -j ACCEPT").setup("iptables-nft -A INPUT -p tcp -j ACCEPT");
    ipt_cli_verbose_delete_missing_rule: ipt("-v -D INPUT -p udp -j ACCEPT").setup("iptables-nft -A INPUT -p tcp -j ACCEPT").check(S);
    ipt_cli_verbose_delete_missing_chain: ipt("-v -D NOSUCH -j ACCEPT").check(S);
    ipt_cli_verbose_replace_beyond: ipt("-v -R INPUT 5 -p udp -j ACCEPT").setup("iptables-nft -A INPUT -p tcp -j ACCEPT").check(S);
    ipt_cli_verbose_insert_beyond: ipt("-v -I INPUT 5 -p udp -j ACCEPT").setup("iptables-nft -A INPUT -p tcp -j ACCEPT").check(S);
    ipt_cli_verbose_insert_missing_chain: ipt("-v -I NOSUCH 1 -j ACCEPT").check(S);
    ipt_cli_verbose_append_missing_chain: ipt("-v -A NOSUCH -p udp -j ACCEPT").check(S);
    ipt_cli_verbose_append_missing_target: ipt("-v -A INPUT -j NOSUCH").check(S);
    ipt_cli_verbose_append_refused: ipt("-v -t nat -A INPUT -p tcp -j REJECT --reject-with tcp-reset").check(SN);
    ipt_cli_verbose_delete_two_addresses_one_missing: ipt("-v -D INPUT -s 1.1.1.1,2.2.2.2 -j ACCEPT").setup("iptables-nft -A INPUT -s 1.1.1.1 -j ACCEPT").check(S);
}
