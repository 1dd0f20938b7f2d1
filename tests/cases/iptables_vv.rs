//! `iptables -vv` and `-vvv` against iptables-nft 1.8.9: libnftnl's debug form of the rules a
//! command reads (the builtins' and the named or jumped-to chain's, or every chain's) and of
//! the objects its batch holds (tables, chains, rules, flushes), every expression kind
//! iptables-nft writes and some nft writes, and (`-vvv`) libmnl's dump of each batch message.

use crate::common::{argv, ip6t, ipt, Case};

/// `TOOL ARGS` reading INPUT (`\n` for newlines) from a here-document.
fn restore(tool: &str, input: &str, args: &str) -> Case {
    let input = input.replace("\\n", "\n");
    argv([
        "sh",
        "-c",
        &format!("{tool} {args} <<'EOF_RULES'\n{input}EOF_RULES"),
    ])
}

/// The state a restore left.
const STATE: &str = "iptables-nft-save -c | grep -v '^#'; nft list ruleset";
/// The state as iptables-nft-save prints it (-v keeps a table where it was: nft lists it in its place).
const SAVE: &str = "iptables-nft-save -c | grep -v '^#'";
/// Every command a restore line can give with -v.
const VERBOSE: &str = "*filter\\n-N X\\n-A INPUT -s 1.1.1.1,2.2.2.2 -j X\\n-I OUTPUT -j ACCEPT\\n-F X\\n-F\\n-P INPUT DROP\\nCOMMIT\\n*nat\\n-A OUTPUT -j ACCEPT\\nCOMMIT\\n";

const S: &str = "iptables -S -v";
/// Rules of every kind in INPUT and a user chain Y jumped to.
const RULES: &str = "\
iptables -A INPUT -p tcp --dport 22 -s 1.2.3.0/24 -j ACCEPT
iptables -A INPUT -m conntrack --ctstate NEW -j LOG --log-prefix ab -c 3 4
iptables -N Y
iptables -A Y -j RETURN -c 5 6
iptables -A INPUT -j Y
iptables -A FORWARD -g Y";
/// Rules nft wrote, with expressions iptables does not write.
const FOREIGN: &str = "\
nft add table ip filter
nft add chain ip filter INPUT '{ type filter hook input priority 0; }'
nft add set ip filter s '{ type ipv4_addr; }'
nft add chain ip filter foo
nft add rule ip filter foo ct state established,related accept
nft add rule ip filter foo ip saddr @s drop
nft add rule ip filter foo ip saddr != @s drop
nft add rule ip filter foo ct mark set 5
nft add rule ip filter foo tcp dport '{ 22, 80 }' accept
nft add rule ip filter foo meta mark set 3 counter
nft add rule ip filter foo quota 100 bytes drop
nft add rule ip filter foo reject with tcp reset
nft add rule ip filter foo reject
nft add rule ip filter foo ip daddr 1.2.3.4 comment '\"hi\"'
nft add rule ip filter foo ip saddr 1.2.3.4 log level warn flags all
nft add rule ip filter foo ip ttl set 3
nft add rule ip filter foo ct original ip saddr 1.2.3.4
nft add rule ip filter foo meta iifname eth0 meta oif lo
nft add rule ip filter foo tcp flags syn / syn,ack drop
nft add chain ip filter bar '{ type filter hook input priority 3; }'
nft add rule ip filter bar counter";

cases! {
    // the batch's objects: a table and a builtin made, the rule
    ipt_vv_append_fresh: ipt("-vv -A INPUT -p tcp --dport 22 -s 1.2.3.0/24 -j ACCEPT").check(S);
    ipt_vv_append_existing: ipt("-vv -A INPUT -p udp ! --sport 5:7 -j DROP").setup(RULES).check(S);
    ipt_vv_append_xt: ipt("-vv -A INPUT -m conntrack --ctstate NEW -j LOG --log-prefix ab");
    ipt_vv_append_native: ipt("-vv -A INPUT -p tcp --dport 3:4 -m limit --limit 5/hour --limit-burst 2 ! -i eth+ -m mark ! --mark 3/0xff -m pkttype ! --pkt-type host -o lo");
    ipt_vv_append_fragment: ipt("-vv -A INPUT -m pkttype --pkt-type broadcast -f -j REJECT");
    ipt_vv_append_trace: ipt("-vv -t raw -A PREROUTING -j TRACE");
    ipt_vv_append_mark: ipt("-vv -A INPUT -j MARK --set-mark 1");
    ipt_vv_append_nflog: ipt("-vv -A INPUT -j NFLOG");
    ipt_vv_append_nflog_all: ipt("-vv -A INPUT -j NFLOG --nflog-size 5 --nflog-threshold 3 --nflog-group 2 --nflog-prefix ab");
    ipt_vv_append_goto: ipt("-vv -A INPUT -g Y").setup("iptables -N Y");
    ipt_vv_append_jump_missing: ipt("-vv -A INPUT -j Q");
    ipt_vv_append_no_chain: ipt("-vv -A Q -j ACCEPT");
    ipt_vv_append_addresses: ipt("-vv -A INPUT -s 1.1.1.1,2.2.2.0/24 -d 3.3.3.3 -j ACCEPT");
    ipt_vv_nat_masquerade: ipt("-vv -t nat -A POSTROUTING -j MASQUERADE");
    ipt_vv_insert_head: ipt("-vv -I INPUT -j DROP").setup(RULES).check(S);
    ipt_vv_insert_at: ipt("-vv -I INPUT 2 -j DROP").setup(RULES).check(S);
    ipt_vv_insert_addresses: ipt("-vv -I INPUT 2 -s 7.7.7.7,8.8.8.8,9.9.9.9 -j DROP").setup(RULES).check("nft -a list chain ip filter INPUT");
    ipt_vv_insert_head_addresses: ipt("-vv -I INPUT -s 7.7.7.7,8.8.8.8 -j DROP").setup(RULES).check("nft -a list chain ip filter INPUT");
    ipt_vv_insert_too_far: ipt("-vv -I INPUT 9 -j DROP").setup(RULES);
    ipt_vv_replace: ipt("-vv -R INPUT 1 -j RETURN").setup(RULES).check(S);
    ipt_vv_delete_num: ipt("-vv -D INPUT 2").setup(RULES).check(S);
    ipt_vv_delete_spec: ipt("-vv -D INPUT -j Y").setup(RULES).check(S);
    ipt_vv_delete_missing: ipt("-vv -D INPUT -j DROP").setup(RULES);
    ipt_vv_delete_user_chain: ipt("-vv -D Y 1").setup(RULES).check(S);
    ipt_vv_check_found: ipt("-vv -C INPUT -j Y").setup(RULES);
    ipt_vv_check_missing: ipt("-vv -C FORWARD -j ACCEPT").setup(RULES);
    // the listings: every rule read first
    ipt_vv_list_rules: ipt("-vv -S").setup(RULES);
    ipt_vv_list_rules_chain: ipt("-vv -S Y 1").setup(RULES);
    ipt_vv_list: ipt("-vv -L -n").setup(RULES);
    ipt_vv_list_names: ipt("-vv -L INPUT").setup(RULES);
    ipt_vv_list_empty_table: ipt("-vv -t mangle -S");
    ipt_vv_list_foreign: ipt("-vv -S").setup(FOREIGN);
    ipt_vv_list_foreign_chain: ipt("-vv -L foo -n").setup(FOREIGN);
    // the chain commands
    ipt_vv_zero: ipt("-vv -Z").setup(RULES).check(S);
    ipt_vv_zero_chain: ipt("-vv -Z INPUT").setup(RULES).check(S);
    ipt_vv_zero_rule: ipt("-vv -Z INPUT 1").setup(RULES).check(S);
    ipt_vv_zero_user_rule: ipt("-vv -Z Y 1").setup(RULES).check(S);
    ipt_vv_list_zero: ipt("-vv -L -n -Z").setup(RULES).check(S);
    ipt_vv_flush: ipt("-vv -F").setup(RULES).check(S);
    ipt_vv_flush_chain: ipt("-vv -F Y").setup(RULES).check(S);
    ipt_vv_flush_fresh: ipt("-vv -F").check("nft list ruleset");
    ipt_vv_flush_nat_fresh: ipt("-vv -t nat -F").check("nft list ruleset");
    ipt_vv_flush_missing: ipt("-vv -F NOPE");
    ipt_vv_flush_foreign: ipt("-vv -F").setup(FOREIGN).check("nft list ruleset");
    ipt_vv_new_chain_fresh: ipt("-vv -N Y").check(S);
    ipt_vv_new_chain: ipt("-vv -N Z").setup(RULES).check(S);
    ipt_vv_delete_chain: ipt("-vv -X Z").setup("iptables -N Z").check(S);
    ipt_vv_delete_chain_busy: ipt("-vv -X Y").setup(RULES).check(S);
    ipt_vv_delete_chains: ipt("-vv -X").setup("iptables -N Z\niptables -P INPUT DROP\niptables -F -v\niptables -N A").check(S);
    ipt_vv_delete_chains_busy: ipt("-vv -X").setup(RULES).check(S);
    ipt_vv_rename: ipt("-vv -E Y W").setup(RULES).check(S);
    ipt_vv_policy_fresh: ipt("-vv -P INPUT DROP").check(S);
    ipt_vv_policy: ipt("-vv -P INPUT DROP").setup(RULES).check(S);
    ipt_vv_policy_counters: ipt("-P INPUT DROP").setup("printf '*filter\\n:INPUT ACCEPT [5:6]\\nCOMMIT\\n' | iptables-restore -c").check(S);
    // -v alone: the missing builtins made, each chain flushed on its own
    ipt_vv_verbose_flush_fresh: ipt("-v -F").check("nft list ruleset");
    ipt_vv_verbose_flush_foreign: ipt("-v -F").setup(FOREIGN).check("nft list ruleset");
    ipt_vv_verbose_zero_rule: ipt("-v -Z INPUT 1").setup(RULES).check(S);
    // -vvv: every batch message dumped
    ipt_vv_dump_append: ipt("-vvv -A INPUT -p tcp --dport 22 -j ACCEPT").check(S);
    ipt_vv_dump_append_existing: ipt("-vvv -A Y -m comment --comment hi -j ACCEPT").setup(RULES);
    ipt_vv_dump_insert: ipt("-vvv -I INPUT 2 -j DROP").setup(RULES);
    ipt_vv_dump_insert_addresses: ipt("-vvv -I INPUT 2 -s 7.7.7.7,8.8.8.8,9.9.9.9 -j DROP").setup(RULES);
    ipt_vv_dump_append_addresses: ipt("-vvv -A INPUT -s 7.7.7.7,8.8.8.8 -j DROP");
    ipt_vv_dump_delete: ipt("-vvv -D INPUT 1").setup(RULES);
    ipt_vv_dump_new_chain: ipt("-vvv -N Z").setup(RULES);
    ipt_vv_dump_rename: ipt("-vvv -E Y Z").setup(RULES);
    ipt_vv_dump_policy: ipt("-vvv -P INPUT DROP").setup(RULES);
    ipt_vv_dump_zero: ipt("-vvv -Z").setup(RULES);
    ipt_vv_dump_zero_rule: ipt("-vvv -Z INPUT 3").setup(RULES);
    ipt_vv_dump_flush: ipt("-vvv -F").setup(RULES);
    ipt_vv_dump_delete_chain_busy: ipt("-vvv -X Y").setup(RULES);
    ipt_vv_dump_list: ipt("-vvv -S").setup(RULES);
    // ip6tables: the ip6 family
    ipt_vv_ip6_append: ip6t("-vv -A INPUT -s ::1 -p udp --sport 5 -j DROP").check("ip6tables -S");
    ipt_vv_ip6_list: ip6t("-vv -S").setup("ip6tables -A INPUT -d 2001:db8::/64 -j ACCEPT\nip6tables -N Y\nip6tables -A Y -j RETURN");
    ipt_vv_ip6_delete: ip6t("-vv -D INPUT 1").setup("ip6tables -A INPUT -d 2001:db8::/64 -j ACCEPT");
    ipt_vv_ip6_dump: ip6t("-vvv -A INPUT -p tcp --dport 80 -j ACCEPT");
    ipt_vv_restore_chain_lines: restore("iptables-restore", "*filter\\n:INPUT DROP [0:0]\\n:FORWARD ACCEPT [0:0]\\n:OUTPUT ACCEPT [0:0]\\n-A INPUT -j ACCEPT\\n-A OUTPUT -s 1.2.3.4\\nCOMMIT\\n", "-vv").check(STATE);
    ipt_vv_restore_user_chains: restore("iptables-restore", "*filter\\n:foo - [0:0]\\n-A foo -j ACCEPT\\n-A INPUT -j foo\\n-N bar\\n-I INPUT -j bar\\n-P FORWARD DROP\\n-A bar -s 1.1.1.1,2.2.2.2 -p tcp --dport 22 -j DROP\\nCOMMIT\\n", "-v -v").check(STATE);
    ipt_vv_restore_tables: restore("iptables-restore", "*nat\\n-A POSTROUTING -j MASQUERADE\\nCOMMIT\\n*filter\\n-A FORWARD -j ACCEPT\\nCOMMIT\\n*security\\n-A INPUT -j ACCEPT\\nCOMMIT\\n*mangle\\n-A POSTROUTING -j ACCEPT\\nCOMMIT\\n*raw\\n-A OUTPUT -j ACCEPT\\nCOMMIT\\n", "-vv").check(STATE);
    ipt_vv_restore_only_chain_lines: restore("iptables-restore", "*filter\\n:INPUT DROP [0:0]\\n:foo - [0:0]\\nCOMMIT\\n", "-vv").check(STATE);
    ipt_vv_restore_counters: restore("iptables-restore", "*filter\\n:INPUT DROP [7:8]\\n[1:2] -A INPUT -j ACCEPT\\n-A OUTPUT -j ACCEPT -c 5 6\\nCOMMIT\\n", "-vv -c").check(STATE);
    // (the state after -F differs: iptables-nft-restore keeps the rules jumping to X)
    ipt_vv_restore_verbose: restore("iptables-restore", VERBOSE, "-v");
    ipt_vv_restore_verbose_one_table: restore("iptables-restore", VERBOSE, "-v -T nat").check(STATE);
    ipt_vv_restore_verbose_noflush: restore("iptables-restore", VERBOSE, "-vv --noflush");
    ipt_vv_restore_verbose_test: restore("iptables-restore", VERBOSE, "-vv --test").check(STATE);
    ipt_vv_restore_verbose_positional: restore("iptables-restore", "*filter\\n-A INPUT -j ACCEPT\\n-D INPUT -j ACCEPT\\n-A INPUT -j DROP\\n-I INPUT 2 -s 1.1.1.1\\n-C INPUT -j DROP\\n-D INPUT -j REJECT\\n-D INPUT 1\\nCOMMIT\\n", "-v").check(STATE);
    ipt_vv_restore_missing_chain: restore("iptables-restore", "*filter\\n-A INPUT -j ACCEPT\\n-A FOO -j ACCEPT\\nCOMMIT\\n", "-vv").check(STATE);
    ipt_vv_restore_missing_target: restore("iptables-restore", "*filter\\n-A INPUT -j ACCEPT\\n-A INPUT -j NOPE\\nCOMMIT\\n", "-vv").check(STATE);
    ipt_vv_restore_insert_missing_chain: restore("iptables-restore", "*filter\\n-I FOO -j ACCEPT\\nCOMMIT\\n*filter\\n-I BAR 2 -j ACCEPT\\nCOMMIT\\n", "-vv").check(STATE);
    ipt_vv_restore_ip6: restore("ip6tables-restore", "*filter\\n-A INPUT -s ::1\\n-N X\\n-A X -j DROP\\nCOMMIT\\n*nat\\n-A INPUT -s ::1\\nCOMMIT\\n", "-vv").check("ip6tables-nft-save | grep -v '^#'; nft list ruleset");
    ipt_vv_restore_flush: restore("iptables-restore", "*filter\\n-A INPUT -s 10.0.0.1\\n-F\\nCOMMIT\\n", "-v -v").check(STATE);
    ipt_vv_restore_flush_then_rules: restore("iptables-restore", "*filter\\n-A INPUT -j ACCEPT\\n-N X\\n-A X -j DROP\\n-F\\n-A OUTPUT -j ACCEPT\\nCOMMIT\\n*nat\\n-A OUTPUT -j ACCEPT\\n-F\\n-A INPUT -j ACCEPT\\n-P INPUT ACCEPT\\nCOMMIT\\n", "-vv").check(STATE);
    ipt_vv_restore_flush_chains: restore("iptables-restore", "*filter\\n:INPUT DROP [0:0]\\n-A INPUT -j ACCEPT\\n-N X\\n-A X -j ACCEPT\\n-A OUTPUT -j DROP\\n-F INPUT\\n-F X\\n:FORWARD ACCEPT [0:0]\\n-F\\n:OUTPUT DROP [0:0]\\n-A OUTPUT -s 1.2.3.4\\nCOMMIT\\n", "-vv").check(STATE);
    ipt_vv_restore_verbose_kernel_chains: restore("iptables-restore", "*filter\\n-A OUTPUT -j ACCEPT\\nCOMMIT\\n*nat\\nCOMMIT\\n*mangle\\nCOMMIT\\n", "-v").setup("iptables -N B\niptables -N A\niptables -A A -j DROP\niptables -A INPUT -j B\niptables -N C\niptables -t nat -N N1\nnft add chain ip filter foo").check(STATE);
    ipt_vv_restore_kernel_table: restore("iptables-restore", "*filter\\n-A OUTPUT -j ACCEPT\\n-N X\\n-F\\n-A X -j DROP\\nCOMMIT\\n", "-vv").setup("iptables -N B\niptables -N A\niptables -A A -j DROP\niptables -A B -j DROP\niptables -A FORWARD -j B -c 5 6\niptables -A INPUT -j ACCEPT").check(STATE);
    ipt_vv_restore_kernel_tables_policies: restore("iptables-restore", "*nat\\n:PREROUTING ACCEPT [0:0]\\n-A OUTPUT -j ACCEPT\\nCOMMIT\\n*filter\\n:INPUT ACCEPT [0:0]\\n-A INPUT -j ACCEPT\\nCOMMIT\\n", "-vv").setup("iptables -P INPUT DROP\niptables -t nat -A POSTROUTING -j MASQUERADE\niptables -N Z").check(SAVE);
    ipt_vv_restore_kernel_bad_line: restore("iptables-restore", "*filter\\n:INPUT DROP [0:0]\\n-A INPUT -s 1.1.1.1\\n-A INPUT -s 1.1.1.1 --bogus\\nCOMMIT\\n", "-vv").setup("iptables -A INPUT -j ACCEPT").check(STATE);
    ipt_vv_restore_kernel_ip6: restore("ip6tables-restore", "*filter\\n-A OUTPUT -j ACCEPT\\nCOMMIT\\n", "-vv").setup("ip6tables -A INPUT -s ::1 -j ACCEPT\nip6tables -N Y").check("ip6tables-nft-save | grep -v '^#'; nft list ruleset");
    ipt_vv_restore_bad_line_second_table: restore("iptables-restore", "*filter\\n-A INPUT -j ACCEPT\\nCOMMIT\\n*nat\\n-A INPUT -j ACCEPT\\n-A INPUT --bogus\\nCOMMIT\\n", "-vv").check(STATE);
    ipt_vv_restore_bad_line_fresh: restore("iptables-restore", "*filter\\n-A INPUT -j ACCEPT\\n-A INPUT --bogus\\nCOMMIT\\n", "-v").check(STATE);
}
