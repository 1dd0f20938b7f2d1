//! `ip6tables`, `ip6tables-save`, `ip6tables-restore` against ip6tables-nft 1.8.9: the same
//! commands as iptables in the `ip6` family: IPv6 addresses and masks as read and printed,
//! the protocol names, `-f` refused, the applet's name in every message, REJECT's IPv6 types,
//! the extensions only iptables loads, save and restore.

use crate::common::{argv, ip6t, ipt, SAVE_DATES};

const S: &str = "ip6tables -S";
const SAVE: &str = "ip6tables-save";

/// Rules of every address form, written by the reference.
const RULES: &str = "\
ip6tables -A INPUT -s 2001:db8::1 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::/64 -d 2001:db8:ffff:ffff:ffff:ffff:ffff:fffe/128 -j DROP
ip6tables -A INPUT -s 2001:db8::/65
ip6tables -A INPUT ! -s 2001:db8::/32 ! -d ::1
ip6tables -A INPUT -s ::/0 -d ::/0
ip6tables -A INPUT -p ipv6-icmp
ip6tables -A INPUT -p tcp --dport 22 -i eth0
ip6tables -A INPUT -p udp ! -i eth+
ip6tables -A INPUT ! -p tcp
ip6tables -A INPUT -p 99
ip6tables -A INPUT -s ::ffff:1.2.3.4 -d ::1.2.3.4
ip6tables -A INPUT -s ::/127 -d ::/ffff::ffff
ip6tables -A INPUT -s 1234:5678:9abc:def0:1234:5678:9abc:def0 -d 1234:5678:9abc:def0:1234:5678:9abc:def0 -j LOG
ip6tables -A INPUT -s 2001:db8::/ffff:0:ffff::
ip6tables -N X
ip6tables -A X -j RETURN
ip6tables -A FORWARD -o lo -j X
ip6tables -A OUTPUT -p 135 -j REJECT
ip6tables -A OUTPUT -j REJECT --reject-with icmp6-adm-prohibited";

cases! {
    ip6t_append_host: ip6t("-A INPUT -s 2001:db8::1 -j ACCEPT").check(S);
    ip6t_append_prefixes: ip6t("-A INPUT -s 2001:db8::/65 -d ::1/64 -p tcp --dport 22").check(S);
    ip6t_append_mask_address: ip6t("-A INPUT -s 2001:db8::/ffff:0:ffff:: -j DROP").check(S);
    ip6t_append_list: ip6t("-A INPUT -s 2001:db8::1,2001:db8::2 -d 2001:db8::3,2001:db8::4").check(S);
    ip6t_append_compat_addr: ip6t("-A INPUT ! -s ::2:1.2.3.4 -d ::1.2.3.4 -i eth+ -j DROP").check(S);
    ip6t_append_scope: ip6t("-A INPUT -s fe80::1%lo -j ACCEPT").check(S);
    ip6t_append_scope_missing: ip6t("-A INPUT -s fe80::1%nosuchlink0 -j ACCEPT");
    ip6t_append_v4_address: ip6t("-A INPUT -s 1.2.3.4");
    ip6t_append_bracket: ip6t("-A INPUT -s [2001:db8::1]");
    ip6t_append_bad_addr: ip6t("-A INPUT -s 2001:db8::zz");
    ip6t_mask_too_long: ip6t("-A INPUT -s 2001:db8::/129");
    ip6t_mask_negative: ip6t("-A INPUT -s ::/-1");
    ip6t_mask_octal_bad: ip6t("-A INPUT -s ::/08");
    ip6t_mask_octal: ip6t("-A INPUT -s 2001:db8::/010").check(S);
    ip6t_mask_hex: ip6t("-A INPUT -s 2001:db8::/0x20").check(S);
    ip6t_mask_empty: ip6t("-A INPUT -s 2001:db8::/");
    ip6t_mask_last_slash: ip6t("-A INPUT -s 2001:db8::1/128/1");
    ip6t_hosts_names: ip6t("-A INPUT -s multi -d h6/64").private_etc().setup(
        "printf '2001:db8::7 h6\\n2001:db8::8 multi\\n2001:db8::9 multi\\n10.9.9.9 multi v4only\\n' >>/etc/hosts").check(S);
    ip6t_hosts_v4_only: ip6t("-A INPUT -s v4only").private_etc().setup("echo '10.9.9.9 v4only' >>/etc/hosts");
    ip6t_list_names: ip6t("-L INPUT").private_etc().setup(
        "printf '2001:db8::7 h6\\n' >>/etc/hosts\nip6tables -A INPUT -s 2001:db8::7 -d 2001:db8::/64");
    ip6t_frag: ip6t("-A INPUT -f");
    ip6t_frag_inverted: ip6t("-A INPUT ! -f -j ACCEPT");
    ip6t_frag_long: ip6t("-A INPUT --fragment");
    ip6t_flag_4: ip6t("-4 -A INPUT");
    ip6t_flag_6: ip6t("-6 -A INPUT").check(S);
    ip6t_help: ip6t("-h");
    ip6t_version: ip6t("-V");
    ip6t_no_table: ip6t("-t bogus -L");
    ip6t_no_chain: ip6t("-X FOO");
    ip6t_unknown_option: ip6t("-A INPUT --bogus");
    ip6t_jump_missing: ip6t("-A INPUT -j FOO");
    ip6t_o_in_input: ip6t("-A INPUT -o eth0");
    ip6t_list: ip6t("-L").setup(RULES);
    ip6t_list_numeric: ip6t("-L -n").setup(RULES);
    ip6t_list_verbose: ip6t("-L -n -v").setup(RULES);
    ip6t_list_exact_lines: ip6t("-L -v -x --line-numbers").setup(RULES);
    ip6t_dump: ip6t("-S").setup(RULES);
    ip6t_dump_counters: ip6t("-S -v").setup(RULES);
    ip6t_save: argv(["ip6tables-save"]).setup(RULES).norm(SAVE_DATES);
    ip6t_save_counters: argv(["ip6tables-save", "-c"]).setup(RULES).norm(SAVE_DATES);
    ip6t_save_version: argv(["ip6tables-save", "-V"]);
    ip6t_save_bad_option: argv(["ip6tables-save", "-h"]);
    ip6t_check_found: ip6t("-C INPUT -s 2001:db8::/65").setup(RULES);
    ip6t_check_missing: ip6t("-C INPUT -s 2001:db8::/66").setup(RULES);
    ip6t_delete_spec: ip6t("-D INPUT ! -s 2001:db8::/32 ! -d ::1").setup(RULES).check(S);
    ip6t_delete_num: ip6t("-D INPUT 2").setup(RULES).check(S);
    ip6t_replace: ip6t("-R INPUT 1 -s 2001:db8::5 -j DROP").setup(RULES).check(S);
    ip6t_insert_verbose: ip6t("-v -I INPUT 2 ! -s 2001:db8::/65 ! -d ::1 -p 58 -j ACCEPT").setup(RULES).check(S);
    ip6t_append_verbose: ip6t("-v -A INPUT -s 2001:db8::5 -d 2001:db8::/32").check(S);
    ip6t_flush: ip6t("-F").setup(RULES).check(SAVE).norm(SAVE_DATES);
    ip6t_zero: ip6t("-Z").setup(RULES).check("ip6tables -S -v");
    ip6t_delete_chains: ip6t("-X").setup("ip6tables -N A\nip6tables -N B").check(S);
    ip6t_rename: ip6t("-E X Y").setup(RULES).check(S);
    ip6t_policy: ip6t("-P FORWARD DROP").check(SAVE).norm(SAVE_DATES);
    ip6t_new_chain_v4_target_name: ip6t("-N TTL").check(S);
    ip6t_proto_names: ip6t("-S").setup("ip6tables -A INPUT -p 58\nip6tables -A INPUT -p 135\nip6tables -A INPUT -p 136\nip6tables -A INPUT -p icmp\nip6tables -A INPUT -p mh");
    ip6t_reject_default: ip6t("-A INPUT -j REJECT").check(S);
    ip6t_reject_types: argv(["sh", "-c", "ip6tables -A INPUT -j REJECT --reject-with port; ip6tables -A INPUT -j REJECT --reject-with ICMP6-ADM; ip6tables -A INPUT -j REJECT --reject-with no-route; ip6tables -A INPUT -j REJECT --reject-with addr-unreach; ip6tables -A INPUT -j REJECT --reject-with policy-fail; ip6tables -A INPUT -j REJECT --reject-with reject-route; ip6tables -A INPUT -p tcp -j REJECT --reject-with tcp-reset; ip6tables -L -n; ip6tables -L; ip6tables -S"]);
    ip6t_reject_tcp_reset_no_proto: ip6t("-A INPUT -j REJECT --reject-with tcp-reset");
    ip6t_reject_echo_reply: ip6t("-A INPUT -j REJECT --reject-with echo-reply");
    ip6t_reject_tcp_rst: ip6t("-A INPUT -j REJECT --reject-with tcp-rst");
    ip6t_reject_v4_type: ip6t("-A INPUT -j REJECT --reject-with icmp-port-unreachable");
    ip6t_reject_help: ip6t("-j REJECT -h");
    ip6t_reject_v6_type_in_v4: argv(["iptables", "-A", "INPUT", "-j", "REJECT", "--reject-with", "icmp6-adm-prohibited"]);
    ip6t_fail2ban_ban: ip6t("-I f2b-sshd 1 -s 2001:db8::5 -j REJECT --reject-with icmp6-port-unreachable").setup("ip6tables -N f2b-sshd\nip6tables -A f2b-sshd -j RETURN\nip6tables -I INPUT -p tcp -m multiport --dports 22 -j f2b-sshd").check(S);
    ip6t_v4_match_icmp: ip6t("-A INPUT -m icmp --icmp-type 8");
    ip6t_v4_match_ttl: ip6t("-A INPUT -m ttl --ttl-eq 5");
    ip6t_v4_icmp_type_option: ip6t("-A INPUT -p icmp --icmp-type 8");
    ip6t_v4_target_ttl: ip6t("-A INPUT -j TTL");
    ip6t_v4_target_ttl_option: ip6t("-A INPUT -j TTL --ttl-set 5");
    ip6t_v4_target_clusterip: ip6t("-A INPUT -j CLUSTERIP --new");
    ip6t_v6_icmp_in_v4: argv(["iptables", "-A", "INPUT", "-p", "ipv6-icmp"]).check("iptables -S");
    ip6t_v4_rules_apart: ip6t("-S").setup("iptables -A INPUT -s 1.2.3.4 -j DROP\nip6tables -A INPUT -s ::1 -j ACCEPT");
    ip6t_v4_listing_apart: argv(["iptables", "-S"]).setup("iptables -A INPUT -s 1.2.3.4 -j DROP\nip6tables -A INPUT -s ::1 -j ACCEPT");
    ip6t_nft_ruleset: ip6t("-A OUTPUT -d 2001:db8::/48 -p udp --dport 53 -j ACCEPT").check("nft list ruleset");
}

cases! {
    // ip6tables compares the masked addresses of two rules, not their masks
    ip6t_check_mask_ignored: ip6t("-C INPUT -s 2001:db8::/100").setup("ip6tables -A INPUT -s 2001:db8::/65");
    ip6t_check_mask_wider: ip6t("-C INPUT -s 2001:db8::/56").setup("ip6tables -A INPUT -s 2001:db8::/64");
    ip6t_check_host_bits: ip6t("-C INPUT -s 2001:db8::1/64").setup("ip6tables -A INPUT -s 2001:db8::1");
    ip6t_check_inverted: ip6t("-C INPUT -s 2001:db8::/65").setup("ip6tables -A INPUT ! -s 2001:db8::/65");
    ip6t_check_zero_net: ip6t("-C INPUT -s ::/64").setup("ip6tables -A INPUT");
    ip6t_delete_mask_ignored: ip6t("-D INPUT -s ::/64").setup("ip6tables -A INPUT -j DROP\nip6tables -A INPUT").check(S);
    ip6t_check_mask_v4: ipt("-C INPUT -s 10.0.0.0/26").setup("iptables -A INPUT -s 10.0.0.0/25");
}

/// `APPLET ARGS` reading `input` from a here-document.
fn restore(applet: &str, input: &str, args: &str) -> crate::common::Case {
    argv([
        "sh",
        "-c",
        &format!("{applet} {args} <<'EOF_RULES'\n{input}EOF_RULES"),
    ])
}

const FAMILIES: &str = "*filter
-4 -A INPUT -s 10.0.0.1 -j ACCEPT
-6 -A INPUT -s 2001:db8::1 -j ACCEPT
-A INPUT -m comment --comment -6 -j DROP
-A INPUT -m comment --comment -4 -j DROP
-A INPUT -j DROP --ipv6
-A INPUT -j DROP --ipv4
-A INPUT -s 10.0.0.9 -6 -f
-A INPUT -s 2001:db8::9 -4 -f
[3:4] -A INPUT -j RETURN
:FORWARD DROP [7:8]
-A FORWARD -c 5 6 -j ACCEPT
COMMIT
";

const SAVE_C6: &str = "ip6tables-save -c | grep -v '^#'";
const SAVE_C4: &str = "iptables-save -c | grep -v '^#'";

cases! {
    // each restore passes over the lines with the other family's flag
    ip6t_restore_families: restore("ip6tables-restore", FAMILIES, "").check(SAVE_C6);
    ip6t_restore_families_counted: restore("ip6tables-restore", FAMILIES, "-c").check(SAVE_C6);
    ip6t_restore_families_v4: restore("iptables-restore", FAMILIES, "").check(SAVE_C4);
    ip6t_restore_families_v4_counted: restore("iptables-restore", FAMILIES, "-c").check(SAVE_C4);
    ip6t_restore_flag_6: restore("ip6tables-restore", "*filter\nCOMMIT\n", "-6");
    ip6t_restore_flag_4: restore("ip6tables-restore", "*filter\nCOMMIT\n", "-4");
    ip6t_restore_long_ipv6: restore("ip6tables-restore", "*filter\nCOMMIT\n", "--ipv6");
    ip6t_restore_long_ipv4_v4: restore("iptables-restore", "*filter\nCOMMIT\n", "--ipv4");
    ip6t_restore_ambiguous: restore("iptables-restore", "*filter\nCOMMIT\n", "--ip");
    ip6t_restore_version: restore("ip6tables-restore", "", "-V");
    ip6t_restore_line_version: restore("ip6tables-restore", "*filter\n-V\nCOMMIT\n", "");
    ip6t_restore_line_help: restore("ip6tables-restore", "*filter\n-h\nCOMMIT\n", "");
    ip6t_restore_bad_host: restore("ip6tables-restore", "*filter\n-A INPUT -s 1.2.3.4\nCOMMIT\n", "").check(SAVE_C6);
    ip6t_restore_frag: restore("ip6tables-restore", "*filter\n-A INPUT -s ::1\n-A INPUT -f\nCOMMIT\n", "").check(SAVE_C6);
    ip6t_restore_bad_table: restore("ip6tables-restore", "*bogus\nCOMMIT\n", "");
    ip6t_restore_noflush: restore("ip6tables-restore", "*filter\n-A INPUT -s 2001:db8::2 -j ACCEPT\nCOMMIT\n", "--noflush").setup("ip6tables -A INPUT -s 2001:db8::1").check(SAVE_C6);
    ip6t_restore_round_trip: argv(["sh", "-c", "ip6tables-save | ip6tables-restore && ip6tables-save -c | grep -v '^#'"]).setup(RULES);
    ip6t_append_counters: ip6t("-A INPUT -c 5 6 -s ::1").check(SAVE_C6);
    ip6t_insert_counters: ip6t("-I INPUT -c 5 6 -s ::1").check(SAVE_C6);
    // a restore line's [p:b] under --counters counts as a -c before the words
    ipt_restore_counted_new_chain: restore("iptables-restore", "*filter\n[1:2] -N X\nCOMMIT\n", "-c").check(SAVE_C4);
    ipt_restore_counted_delete: restore("iptables-restore", "*filter\n-A INPUT\n[1:2] -D INPUT 1\nCOMMIT\n", "-c").check(SAVE_C4);
    ipt_restore_counted_twice: restore("iptables-restore", "*filter\n[1:2] -A INPUT -c 5 6\nCOMMIT\n", "-c").check(SAVE_C4);
    ipt_restore_uncounted_twice: restore("iptables-restore", "*filter\n[1:2] -A INPUT -c 5 6\nCOMMIT\n", "").check(SAVE_C4);
}

cases! {
    // extension headers as a protocol: a warning, the rule still added
    ip6t_proto_ext_header_warning: argv(["sh", "-c", "ip6tables -p IPV6-Route -A INPUT; ip6tables -A INPUT -p 44 -p 43; ip6tables -A INPUT -p 51 -j NOSUCH; ip6tables -S INPUT -p 60; ip6tables -A INPUT -p 0x2b; ip6tables -A INPUT ! -p 44; iptables -A INPUT -p 43; ip6tables -S; iptables -S"]);
}

/// Rules nft wrote into the ip6 tables, beside ip6tables-nft's.
const NFT_WRITTEN: &str = "ip6tables-nft -A INPUT -s 2001:db8::1 -j ACCEPT
ip6tables-nft -N foo
nft add rule ip6 filter INPUT ip6 saddr 2001:db8::/64 tcp dport 22 accept
nft add rule ip6 filter INPUT meta l4proto udp udp dport { 53, 54 } accept
nft add rule ip6 filter INPUT ip6 saddr { 2001:db8::1, 2001:db8::2 } accept
nft add rule ip6 filter INPUT ip6 saddr 2001:db8::1-2001:db8::5 accept
nft add rule ip6 filter INPUT ip6 saddr 2001:db8::1 ip6 saddr 2001:db8::2
nft add rule ip6 filter INPUT ip6 saddr 2001:db8::/64 ip6 daddr != 2001:db8::/65 accept
nft add rule ip6 filter INPUT ip6 saddr ::ffff:0:0/96 drop
nft add rule ip6 filter INPUT ip6 daddr fe80::/10
nft add rule ip6 filter INPUT ip6 saddr 2001:db8::1 counter accept comment \\\"hello\\\"
nft add rule ip6 filter INPUT tcp flags syn accept
nft add rule ip6 filter INPUT meta l4proto ipv6-icmp accept
nft add rule ip6 filter INPUT iifname eth0 oifname \"eth*\" accept
nft add rule ip6 filter INPUT meta mark 5 accept
nft add rule ip6 filter INPUT log group 1
ip6tables-nft -A INPUT -d ::1 -j DROP
";
/// One rule ip6tables cannot put into words, a chain it cannot read at all.
const NFT_UNREADABLE: &str = "ip6tables-nft -A INPUT -s 2001:db8::1 -j ACCEPT
nft add rule ip6 filter INPUT ip6 flowlabel 5
ip6tables-nft -A INPUT -d ::1 -j DROP
nft add chain ip6 filter X
nft add rule ip6 filter X ct state established accept
ip6tables-nft -t nat -A POSTROUTING -j ACCEPT
";
const NFT_META: &str = "nft add table ip6 filter
nft add chain ip6 filter INPUT '{ type filter hook input priority 0; }'
nft add rule ip6 filter INPUT meta iiftype ether ether saddr 00:11:22:33:44:55
";

cases! {
    ip6t_nft_rules_dump: ip6t("-S").setup(NFT_WRITTEN);
    ip6t_nft_rules_list: ip6t("-L -n -v").setup(NFT_WRITTEN);
    ip6t_nft_rules_names: ip6t("-L").setup(NFT_WRITTEN);
    ip6t_nft_rules_save: argv(["ip6tables-save"]).setup(NFT_WRITTEN).norm(SAVE_DATES);
    ip6t_nft_unreadable_dump: ip6t("-S").setup(NFT_UNREADABLE);
    ip6t_nft_unreadable_list: ip6t("-L -n -v").setup(NFT_UNREADABLE);
    ip6t_nft_unreadable_rule: ip6t("-S INPUT 2").setup(NFT_UNREADABLE);
    ip6t_nft_incompatible_chain: ip6t("-S X").setup(NFT_UNREADABLE);
    ip6t_nft_incompatible_list: ip6t("-L X").setup(NFT_UNREADABLE);
    ip6t_nft_unreadable_save: argv(["ip6tables-save"]).setup(NFT_UNREADABLE).norm(SAVE_DATES);
    ip6t_nft_append_beside: ip6t("-A X -j DROP").setup(NFT_UNREADABLE).check("nft list ruleset");
    ip6t_nft_meta_key: ip6t("-S").setup(NFT_META);
    ip6t_nft_meta_key_save: argv(["ip6tables-save"]).setup(NFT_META).norm(SAVE_DATES);
}

cases! {
    // TCPMSS: IPv6's 40-byte header in its range and help
    ip6t_tcpmss_range: argv(["sh", "-c", "ip6tables -A OUTPUT -p tcp -j TCPMSS --set-mss 65496; ip6tables -A OUTPUT -p tcp -j TCPMSS --set-mss 65495; ip6tables -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu; ip6tables -S; ip6tables -L -n"]);
    ip6t_tcpmss_help: ip6t("-j TCPMSS -h");
    ip6t_tcpmss_range_v4: argv(["sh", "-c", "iptables -A OUTPUT -p tcp -j TCPMSS --set-mss 65516; iptables -A OUTPUT -p tcp -j TCPMSS --set-mss 65515; iptables -S"]);
}

cases! {
    // a restore's table goes in whole or not at all: a bad line, or a rule the kernel
    // refuses at the COMMIT, leaves the rules as they were
    ip6t_restore_atomic_bad_line: restore("ip6tables-restore", "*filter\n-A INPUT -s 2001:db8::1 -j ACCEPT\n-N NEW\n-A INPUT -s 2001:db8::zz -j DROP\nCOMMIT\n", "")
        .setup("ip6tables -A INPUT -s 2001:db8::9 -j DROP").check(SAVE_C6);
    ip6t_restore_atomic_kernel_refusal: restore("ip6tables-restore", "*filter\n-A INPUT -s 2001:db8::1 -j ACCEPT\n-A INPUT -j REJECT --reject-with tcp-reset\nCOMMIT\n", "")
        .setup("ip6tables -A INPUT -s 2001:db8::9 -j DROP").check(SAVE_C6);
    ip6t_restore_atomic_second_table: restore("ip6tables-restore", "*filter\n-A INPUT -s 2001:db8::1 -j ACCEPT\nCOMMIT\n*mangle\n-A PREROUTING -j REJECT --reject-with tcp-reset\nCOMMIT\n", "")
        .setup("ip6tables -A INPUT -s 2001:db8::9 -j DROP").check(SAVE_C6);
}

/// The sandbox DNS server (AAAA and ip6.arpa PTR records; see common::dns_server!).
const DNS: &str = crate::dns_server!("answer");

cases! {
    // names resolved through DNS: AAAA records only, and back through ip6.arpa for -L
    ip6t_dns_append: ip6t("-A INPUT -s gw6.example.org -d far.example.org/64 -j ACCEPT").setup(DNS).private_etc().check(S);
    ip6t_dns_v4_only_name: ip6t("-A INPUT -s gw.example.org").setup(DNS).private_etc();
    ip6t_dns_unknown: ip6t("-A INPUT -s nosuch.example.org").setup(DNS).private_etc();
    ip6t_dns_list: ip6t("-L INPUT").setup(concat!(crate::dns_server!("answer"), "\nip6tables -A INPUT -s 2001:db8::2 -d 2001:db8::3 -j ACCEPT\nip6tables -A INPUT -s 2001:db8::2/64")).private_etc();
}

cases! {
    // a scope is a number, or a link's name only on a link-local address
    ip6t_scopes: argv(["sh", "-c", "ip6tables -A INPUT -s 2001:db8::1%lo; ip6tables -A INPUT -s 2001:db8::1%1; ip6tables -A INPUT -s fe80::1%1; ip6tables -A INPUT -s 'fe80::1%'; ip6tables -A INPUT -s fe80::1%lo; ip6tables -A INPUT -s fe80::1%99999999999; ip6tables -A INPUT -s ff02::1%lo; ip6tables -A INPUT -s ff05::1%lo; ip6tables -S INPUT"]);
}

cases! {
    // a mask of nothing: the host is not read (Docker writes `-d 0/0`)
    ip6t_mask_zero_any_host: argv(["sh", "-c", "ip6tables -V >/dev/null; for a in 0/0 1.2.3.4/0 nosuchhost/0 0 0/64 zz/0 /0 foo/:: foo/0x0; do ip6tables -A INPUT -d \"$a\"; done; ip6tables -S INPUT"]);
    ip6t_mask_zero_any_host_v4: argv(["sh", "-c", "iptables -V >/dev/null; for a in nosuchhost/0 zz/0 /0 foo/0.0.0.0 0/0 a,b/0; do iptables -A INPUT -d \"$a\"; done; iptables -S INPUT"]);
    ip6t_docker_publish: ip6t("-t nat -A DOCKER -p udp -d 0/0 --dport 9090 -j DNAT --to-destination [fd00:30::2]:90 ! -i br-x").setup("ip6tables -t nat -N DOCKER").check("ip6tables -t nat -S");
}

/// Every iptables fixture of src/iptables/testdata/rules.tsv that names no IPv4 address, as an
/// ip6tables command (appended, listed every way, flushed): the extensions both families load
/// behave under ip6tables as under ip6tables-nft.
fn fixtures_as_ip6tables() -> String {
    let tsv = std::fs::read_to_string(
        crate::common::manifest_dir().join("src/iptables/testdata/rules.tsv"),
    )
    .unwrap_or_default();
    let mut script = String::from("ip6tables -V >/dev/null\n");
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let spec = line.split('\t').next().unwrap_or("");
        let v4 = spec
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .any(|w| w.matches('.').count() == 3);
        // captured from ip6tables-nft (family byte 0a): IPv6 already
        let v6 = line.split('\t').nth(1).is_some_and(|h| h.starts_with("0a"));
        if spec.is_empty() || v4 || v6 {
            continue;
        }
        // `-t TABLE CHAIN …`, else the nat table
        let (table, rule) = match spec.strip_prefix("-t ") {
            Some(rest) => rest.split_once(' ').unwrap_or((rest, "")),
            None => ("nat", spec),
        };
        let chain = rule.split_whitespace().next().unwrap_or("");
        script.push_str(&format!(
            "echo '### {table} {q}'\nip6tables -t {table} -A {rule}; echo rc=$?\nip6tables -t {table} -S {chain}; ip6tables -t {table} -L {chain} -n -v; ip6tables -t {table} -L {chain}; ip6tables -t {table} -F {chain}\n",
            q = rule.replace('\'', "'\\''")
        ));
    }
    script
}

cases! {
    ip6t_ipv4_fixtures_under_ip6tables: argv(["sh", "-c", &fixtures_as_ip6tables()]);
}

cases! {
    // HMARK's prefixes: up to 128, a whole one listed as nothing
    ip6t_hmark_prefixes: argv(["sh", "-c", "ip6tables -t mangle -A PREROUTING -j HMARK --hmark-tuple src --hmark-mod 10 --hmark-rnd 1; ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix ffff:0:ffff:: --hmark-mod 10 --hmark-rnd 1; ip6tables -t mangle -A PREROUTING -j HMARK --hmark-src-prefix ffff:: --hmark-mod 10 --hmark-rnd 1; ip6tables -t mangle -A PREROUTING -j HMARK --hmark-dst-prefix 0 --hmark-mod 10 --hmark-rnd 1; ip6tables -t mangle -A PREROUTING -j HMARK --hmark-dst-prefix 129 --hmark-mod 10 --hmark-rnd 1; ip6tables -t mangle -S; ip6tables -t mangle -L -n; ip6tables -t mangle -L"]);
}

cases! {
    // ttl (as hl): which options go together is found once the line is read
    ipt_ttl_conflicts_after_line: argv(["sh", "-c", "iptables -A INPUT -m ttl --ttl-lt 3 --ttl-eq 5; iptables -A INPUT -m ttl --ttl-lt 5 --ttl-gt 3; iptables -A INPUT -m ttl --ttl-eq 5 --ttl-gt 3; iptables -A INPUT -m ttl --ttl-gt 3 --ttl-lt 5; iptables -A INPUT -m ttl ! --ttl-eq 3; iptables -S"]);
}

/// The IPv6 nat table kube-proxy (iptables mode, dual stack) writes with ip6tables-restore.
const KUBE6: &str = "*nat
:KUBE-SERVICES - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-NODEPORTS - [0:0]
:KUBE-SVC-AAAAAAAAAAAAAAAA - [0:0]
:KUBE-SEP-BBBBBBBBBBBBBBBB - [0:0]
:KUBE-SEP-CCCCCCCCCCCCCCCC - [0:0]
-A PREROUTING -m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES
-A OUTPUT -m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment \"kubernetes postrouting rules\" -j KUBE-POSTROUTING
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment \"kubernetes service traffic requiring SNAT\" -j MASQUERADE --random-fully
-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
-A KUBE-SERVICES -d fd00:10:96::1/128 -p tcp -m comment --comment \"default/kubernetes:https cluster IP\" -m tcp --dport 443 -j KUBE-SVC-AAAAAAAAAAAAAAAA
-A KUBE-SERVICES -m comment --comment \"kubernetes service nodeports; NOTE: this must be the last rule in this chain\" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-A KUBE-SVC-AAAAAAAAAAAAAAAA ! -s fd00:10:244::/56 -d fd00:10:96::1/128 -p tcp -m comment --comment \"default/kubernetes:https cluster IP\" -m tcp --dport 443 -j KUBE-MARK-MASQ
-A KUBE-SVC-AAAAAAAAAAAAAAAA -m comment --comment \"default/kubernetes:https -> [fd00::2]:6443\" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-BBBBBBBBBBBBBBBB
-A KUBE-SVC-AAAAAAAAAAAAAAAA -m comment --comment \"default/kubernetes:https -> [fd00::3]:6443\" -j KUBE-SEP-CCCCCCCCCCCCCCCC
-A KUBE-SEP-BBBBBBBBBBBBBBBB -s fd00::2/128 -m comment --comment \"default/kubernetes:https\" -j KUBE-MARK-MASQ
-A KUBE-SEP-BBBBBBBBBBBBBBBB -p tcp -m comment --comment \"default/kubernetes:https\" -m tcp -j DNAT --to-destination [fd00::2]:6443
-A KUBE-SEP-CCCCCCCCCCCCCCCC -s fd00::3/128 -m comment --comment \"default/kubernetes:https\" -j KUBE-MARK-MASQ
-A KUBE-SEP-CCCCCCCCCCCCCCCC -p tcp -m comment --comment \"default/kubernetes:https\" -m tcp -j DNAT --to-destination [fd00::3]:6443
COMMIT
";

cases! {
    // kube-proxy in a dual-stack cluster: its IPv6 nat table restored, then read back
    ip6t_kube_restore: restore("ip6tables-restore", KUBE6, "-w 5 --noflush").check("ip6tables-save -t nat | grep -v '^#'; nft list table ip6 nat");
    ip6t_kube_save: argv(["ip6tables-save", "-t", "nat"]).setup(&format!("ip6tables-restore <<'EOF_RULES'\n{KUBE6}EOF_RULES")).norm(SAVE_DATES);
    ip6t_kube_list: ip6t("-t nat -L -n -v").setup(&format!("ip6tables-restore <<'EOF_RULES'\n{KUBE6}EOF_RULES"));
}
