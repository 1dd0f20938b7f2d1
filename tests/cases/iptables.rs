//! `iptables -t nat` (iptables 1.8.9, nf_tables backend, as `iptables-nft`): every command,
//! the matches and targets NAT rules use, listings, errors and option spellings. Each sandbox
//! has its own network namespace, so the nf_tables ruleset starts empty; rules are made by the
//! reference `iptables` (or `nft`) in the setup, and the state after a change is checked with the
//! reference `iptables -t nat -S` (or `nft list ruleset`).
//!
//! Counters are set with `-c PKTS BYTES` in the setups, so `-v` listings are deterministic and
//! need no normaliser. (The filter table's cases come with the filter table.)

use crate::common::{argv, ipt};

/// The nat table's rules after a change.
const S: &str = "iptables -t nat -S";
/// The rules as iptables shows them and as nft stores them.
const S_NFT: &str = "iptables-nft -t nat -S; nft list ruleset";
/// The listing with counters.
const LV: &str = "iptables -t nat -L -n -v -x";

/// A few NAT rules in three chains, with counters set.
const BASE: &str = "\
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -o eth0 -c 10 1000 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 192.168.0.0/16 -c 1234567 9876543210 -j SNAT --to-source 1.2.3.4
iptables -t nat -A PREROUTING -i eth0 -p tcp --dport 80 -c 3 180 -j DNAT --to-destination 10.0.0.2:8080
iptables -t nat -A OUTPUT -d 127.0.0.1 -p udp --sport 53 -j RETURN";

/// Two rules in POSTROUTING.
const TWO: &str = "\
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 172.16.0.0/12 -j MASQUERADE";

/// Three rules in POSTROUTING, numbered by their source.
const THREE: &str = "\
iptables -t nat -A POSTROUTING -s 10.0.0.1 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 10.0.0.2 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 10.0.0.3 -j MASQUERADE";

/// User chains: FOO referenced from PREROUTING, BAR with a rule, EMPTY unreferenced and empty.
const CHAINS: &str = "\
iptables -t nat -N FOO
iptables -t nat -N BAR
iptables -t nat -N EMPTY
iptables -t nat -A PREROUTING -p tcp -j FOO
iptables -t nat -A BAR -d 10.9.9.9 -j RETURN
iptables -t nat -A FOO -p tcp --dport 22 -j DNAT --to-destination 10.0.0.22";

/// What container engines set up: a DOCKER chain reached for local destinations.
const DOCKER: &str = "\
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A DOCKER -i docker0 -j RETURN
iptables -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80";

/// A nat table written by `nft` itself, in the iptables names. Its native `masquerade` is not an
/// xt target, so iptables calls the whole table incompatible for -S/-L/-C, while -A, -D N and -F
/// still work on it.
const NFT: &str = "\
nft add table ip nat
nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority 100; }'
nft add rule ip nat POSTROUTING ip saddr 10.0.0.0/8 masquerade";

/// The nft table with more rules iptables has no syntax for (an anonymous set, native dnat).
const NFT_NATIVE: &str = "\
nft add table ip nat
nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority 100; }'
nft add chain ip nat PREROUTING '{ type nat hook prerouting priority -100; }'
nft add rule ip nat POSTROUTING ip saddr 10.0.0.0/8 masquerade
nft add rule ip nat POSTROUTING ip saddr '{ 10.1.0.0/16, 10.2.0.0/16 }' counter masquerade
nft add rule ip nat PREROUTING tcp dport 80 dnat to 10.0.0.2:8080";

/// A nat table written by `nft` with rules iptables can show (no native nat expressions).
const NFT_COMPATIBLE: &str = "\
nft add table ip nat
nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority 100; }'
nft add rule ip nat POSTROUTING ip saddr 10.0.0.0/8 counter accept
nft add rule ip nat POSTROUTING oifname eth0 tcp dport 80 counter return
nft add rule ip nat POSTROUTING ip daddr 1.2.3.4 return";

/// A name for an address, in the sandbox's private /etc/hosts.
const HOSTS: &str = "echo '10.1.2.3 myhost' >>/etc/hosts
echo '10.1.2.4 twohost' >>/etc/hosts
echo '10.1.2.5 twohost' >>/etc/hosts";

cases! {
    // ------------------------------------------------------------------ empty table
    ipt_empty_dump: ipt("-t nat -S");
    ipt_empty_list: ipt("-t nat -L");
    ipt_empty_list_n: ipt("-t nat -L -n");
    ipt_empty_list_n_v: ipt("-t nat -L -n -v");
    ipt_empty_list_n_v_x: ipt("-t nat -L -n -v -x");
    ipt_empty_dump_chain: ipt("-t nat -S POSTROUTING");
    ipt_empty_list_chain: ipt("-t nat -L PREROUTING");
    ipt_empty_dump_nosuch: ipt("-t nat -S NOSUCH");
    ipt_empty_list_nosuch: ipt("-t nat -L NOSUCH");
    ipt_empty_dump_leaves_no_table: ipt("-t nat -S").check("nft list ruleset");
    ipt_empty_list_leaves_no_table: ipt("-t nat -L").check("nft list ruleset");
    ipt_empty_flush: ipt("-t nat -F").check(S_NFT);
    ipt_empty_zero: ipt("-t nat -Z").check(S_NFT);
    ipt_empty_delchain: ipt("-t nat -X").check(S_NFT);

    // ------------------------------------------------------------------ append
    ipt_append: ipt("-t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE").check(S);
    ipt_append_nft: ipt("-t nat -A POSTROUTING -s 10.0.0.0/8 -o eth0 -j MASQUERADE").check(S_NFT);
    ipt_append_long: ipt("-t nat --append POSTROUTING -o eth0 -j MASQUERADE").check(S);
    ipt_append_abbrev: ipt("-t nat --app POSTROUTING -o eth0 -j MASQUERADE").check(S);
    ipt_append_to_base: ipt("-t nat -A POSTROUTING -d 8.8.8.8 -j RETURN").setup(BASE).check(S);
    ipt_append_duplicate: ipt("-t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE").setup(TWO).check(S);
    ipt_append_no_target: ipt("-t nat -A POSTROUTING -s 10.0.0.0/8").check(S);
    ipt_append_no_target_list: ipt("-t nat -L POSTROUTING -n -v").setup("iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -p tcp");
    ipt_append_no_chain: ipt("-t nat -A");
    ipt_append_nosuch_chain: ipt("-t nat -A NOSUCH -j MASQUERADE").check(S);
    ipt_append_nosuch_chain_existing_table: ipt("-t nat -A NOSUCH -j MASQUERADE").setup(TWO);
    ipt_append_lowercase_chain: ipt("-t nat -A postrouting -j MASQUERADE");
    ipt_append_input: ipt("-t nat -A INPUT -s 10.0.0.0/8 -j SNAT --to-source 10.0.0.1").check(S);
    ipt_append_output_dnat: ipt("-t nat -A OUTPUT -d 1.1.1.1 -p tcp --dport 53 -j DNAT --to-destination 127.0.0.1:5353").check(S);
    ipt_append_counters: ipt("-t nat -A POSTROUTING -c 5 300 -j MASQUERADE").check(LV);
    ipt_append_counters_long: ipt("-t nat -A POSTROUTING --set-counters 5 300 -j MASQUERADE").check("iptables -t nat -S -v");
    ipt_append_counters_bad: ipt("-t nat -A POSTROUTING -c x 300 -j MASQUERADE");

    // ------------------------------------------------------------------ insert
    ipt_insert_head: ipt("-t nat -I POSTROUTING -d 1.1.1.1 -j RETURN").setup(TWO).check(S);
    ipt_insert_long: ipt("-t nat --insert POSTROUTING -d 1.1.1.1 -j RETURN").setup(TWO).check(S);
    ipt_insert_2: ipt("-t nat -I POSTROUTING 2 -d 1.1.1.1 -j RETURN").setup(TWO).check(S);
    ipt_insert_1: ipt("-t nat -I POSTROUTING 1 -d 1.1.1.1 -j RETURN").setup(TWO).check(S);
    ipt_insert_end_plus_one: ipt("-t nat -I POSTROUTING 3 -d 1.1.1.1 -j RETURN").setup(TWO).check(S);
    ipt_insert_too_big: ipt("-t nat -I POSTROUTING 4 -d 1.1.1.1 -j RETURN").setup(TWO).check(S);
    ipt_insert_too_big_empty: ipt("-t nat -I POSTROUTING 2 -j MASQUERADE").check(S);
    ipt_insert_1_empty: ipt("-t nat -I POSTROUTING 1 -j MASQUERADE").check(S);
    ipt_insert_0: ipt("-t nat -I POSTROUTING 0 -j MASQUERADE");
    ipt_insert_negative: ipt("-t nat -I POSTROUTING -1 -j MASQUERADE");
    ipt_insert_user_chain: ipt("-t nat -I BAR 1 -d 10.8.8.8 -j RETURN").setup(CHAINS).check(S);

    // ------------------------------------------------------------------ delete
    ipt_delete_spec: ipt("-t nat -D POSTROUTING -s 10.0.0.0/8 -o eth0 -j MASQUERADE").setup(BASE).check(S);
    ipt_delete_spec_long: ipt("-t nat --delete POSTROUTING -s 172.16.0.0/12 -j MASQUERADE").setup(TWO).check(S);
    ipt_delete_spec_abbrev: ipt("-t nat --del POSTROUTING -s 172.16.0.0/12 -j MASQUERADE").setup(TWO).check(S);
    ipt_delete_spec_dnat: ipt("-t nat -D PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080").setup(BASE).check(S);
    ipt_delete_spec_other_order: ipt("-t nat -D POSTROUTING -o eth0 -s 10.0.0.0/8 -j MASQUERADE").setup(BASE).check(S);
    ipt_delete_spec_missing: ipt("-t nat -D POSTROUTING -s 9.9.9.9 -j MASQUERADE").setup(TWO).check(S);
    ipt_delete_spec_missing_empty: ipt("-t nat -D POSTROUTING -j MASQUERADE");
    ipt_delete_spec_first_of_duplicates: ipt("-t nat -D POSTROUTING -s 10.0.0.0/8 -j MASQUERADE")
        .setup("iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE -c 1 1\niptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE -c 2 2")
        .check("iptables -t nat -S -v");
    ipt_delete_num: ipt("-t nat -D POSTROUTING 2").setup(THREE).check(S);
    ipt_delete_num_last: ipt("-t nat -D POSTROUTING 3").setup(THREE).check(S);
    ipt_delete_num_too_big: ipt("-t nat -D POSTROUTING 4").setup(THREE).check(S);
    ipt_delete_num_zero: ipt("-t nat -D POSTROUTING 0").setup(THREE);
    ipt_delete_num_empty: ipt("-t nat -D POSTROUTING 1");
    ipt_delete_num_and_spec: ipt("-t nat -D POSTROUTING 1 -j MASQUERADE").setup(THREE);
    ipt_delete_nosuch_chain: ipt("-t nat -D NOSUCH 1").setup(THREE);
    ipt_delete_no_chain: ipt("-t nat -D");
    ipt_delete_nft_rule: ipt("-t nat -D POSTROUTING -s 10.0.0.0/8 -j MASQUERADE").setup(NFT).check(S_NFT);
    ipt_delete_nft_rule_num: ipt("-t nat -D POSTROUTING 1").setup(NFT).check(S_NFT);

    // ------------------------------------------------------------------ replace
    ipt_replace: ipt("-t nat -R POSTROUTING 2 -s 192.168.1.0/24 -j SNAT --to-source 5.6.7.8").setup(THREE).check(S);
    ipt_replace_long: ipt("-t nat --replace POSTROUTING 1 -j RETURN").setup(THREE).check(S);
    ipt_replace_too_big: ipt("-t nat -R POSTROUTING 4 -j RETURN").setup(THREE).check(S);
    ipt_replace_empty: ipt("-t nat -R POSTROUTING 1 -j RETURN");
    ipt_replace_no_number: ipt("-t nat -R POSTROUTING -j RETURN").setup(THREE);
    ipt_replace_zero: ipt("-t nat -R POSTROUTING 0 -j RETURN").setup(THREE);
    ipt_replace_counters_kept: ipt("-t nat -R POSTROUTING 1 -s 10.0.0.0/8 -j MASQUERADE").setup(BASE).check(LV);

    // ------------------------------------------------------------------ check
    ipt_check_exists: ipt("-t nat -C POSTROUTING -s 10.0.0.0/8 -o eth0 -j MASQUERADE").setup(BASE);
    ipt_check_exists_other_order: ipt("-t nat -C POSTROUTING -o eth0 -s 10.0.0.0/8 -j MASQUERADE").setup(BASE);
    ipt_check_exists_long: ipt("-t nat --check PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080").setup(BASE);
    ipt_check_missing: ipt("-t nat -C POSTROUTING -s 10.0.0.0/8 -j MASQUERADE").setup(BASE);
    ipt_check_missing_port: ipt("-t nat -C PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8081").setup(BASE);
    ipt_check_missing_empty: ipt("-t nat -C POSTROUTING -j MASQUERADE");
    ipt_check_host_mask: ipt("-t nat -C POSTROUTING -s 10.1.2.3/8 -o eth0 -j MASQUERADE").setup(BASE);
    ipt_check_nosuch_chain: ipt("-t nat -C NOSUCH -j MASQUERADE").setup(BASE);
    ipt_check_number: ipt("-t nat -C POSTROUTING 1").setup(BASE);
    ipt_check_nft_rule: ipt("-t nat -C POSTROUTING -s 10.0.0.0/8 -j MASQUERADE").setup(NFT);

    // ------------------------------------------------------------------ -S
    ipt_dump: ipt("-t nat -S").setup(BASE);
    ipt_dump_long: ipt("-t nat --list-rules").setup(BASE);
    ipt_dump_abbrev: ipt("-t nat --list-r").setup(BASE);
    ipt_dump_chain: ipt("-t nat -S POSTROUTING").setup(BASE);
    ipt_dump_chain_n: ipt("-t nat -S POSTROUTING 2").setup(BASE);
    ipt_dump_chain_n_too_big: ipt("-t nat -S POSTROUTING 3").setup(BASE);
    ipt_dump_chain_n_zero: ipt("-t nat -S POSTROUTING 0").setup(BASE);
    ipt_dump_chain_n_bad: ipt("-t nat -S POSTROUTING x").setup(BASE);
    ipt_dump_v: ipt("-t nat -S -v").setup(BASE);
    ipt_dump_chain_v: ipt("-t nat -S POSTROUTING -v").setup(BASE);
    ipt_dump_user_chains: ipt("-t nat -S").setup(CHAINS);
    ipt_dump_user_chain: ipt("-t nat -S FOO").setup(CHAINS);
    ipt_dump_empty_user_chain: ipt("-t nat -S EMPTY").setup(CHAINS);
    ipt_dump_nosuch_existing_table: ipt("-t nat -S NOSUCH").setup(BASE);
    ipt_dump_n: ipt("-t nat -S -n").setup(BASE);
    ipt_dump_x: ipt("-t nat -S -x").setup(BASE);

    // ------------------------------------------------------------------ -L
    ipt_list: ipt("-t nat -L").setup(BASE);
    ipt_list_long: ipt("-t nat --list").setup(BASE);
    ipt_list_chain: ipt("-t nat -L POSTROUTING").setup(BASE);
    ipt_list_chain_n: ipt("-t nat -L POSTROUTING 2").setup(BASE);
    ipt_list_chain_n_numeric: ipt("-t nat -L POSTROUTING 1 -n").setup(BASE);
    ipt_list_chain_n_too_big: ipt("-t nat -L POSTROUTING 5").setup(BASE);
    ipt_list_n: ipt("-t nat -L -n").setup(BASE);
    ipt_list_numeric_long: ipt("-t nat -L --numeric").setup(BASE);
    ipt_list_n_v: ipt("-t nat -L -n -v").setup(BASE);
    ipt_list_n_v_x: ipt("-t nat -L -n -v -x").setup(BASE);
    ipt_list_verbose_exact_long: ipt("-t nat --list --numeric --verbose --exact").setup(BASE);
    ipt_list_v_names: ipt("-t nat -L -v").setup(BASE);
    ipt_list_line_numbers: ipt("-t nat -L -n --line-numbers").setup(BASE);
    ipt_list_line_abbrev: ipt("-t nat -L -n --line").setup(BASE);
    ipt_list_line_v: ipt("-t nat -L -n -v --line-numbers").setup(BASE);
    ipt_list_nvl: ipt("-t nat -nvL").setup(BASE);
    ipt_list_vnl_chain: ipt("-t nat -vnL POSTROUTING").setup(BASE);
    ipt_list_nl_chain_line: ipt("-t nat -nL PREROUTING --line-numbers").setup(BASE);
    ipt_list_ln_attached: ipt("-t nat -Ln").setup(BASE);
    ipt_list_user_chains: ipt("-t nat -L -n").setup(CHAINS);
    ipt_list_user_chains_v: ipt("-t nat -L -n -v").setup(CHAINS);
    ipt_list_user_chain: ipt("-t nat -L FOO -n").setup(CHAINS);
    ipt_list_nosuch_existing_table: ipt("-t nat -L NOSUCH").setup(BASE);
    ipt_list_many_matches: ipt("-t nat -L -n").setup(
        "iptables -t nat -A PREROUTING -p tcp -m multiport --dports 80,443 -m comment --comment web -j DNAT --to-destination 10.0.0.5
iptables -t nat -A PREROUTING -p udp -m udp --sport 1000:2000 -m conntrack --ctstate NEW -j REDIRECT --to-ports 5000-5100
iptables -t nat -A POSTROUTING -p tcp -m mark --mark 0x10/0xff -j MASQUERADE --to-ports 1024-65535 --random
iptables -t nat -A POSTROUTING ! -s 10.0.0.0/8 ! -o eth+ -j SNAT --to-source 1.2.3.4-1.2.3.8 --persistent
iptables -t nat -A POSTROUTING -f -j RETURN
iptables -t nat -A POSTROUTING -p icmp --icmp-type echo-request -j RETURN
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL --limit-iface-in -j RETURN",
    );
    ipt_list_many_matches_v: ipt("-t nat -L -v").setup(
        "iptables -t nat -A PREROUTING -p tcp -m multiport --dports 80,443 -m comment --comment web -j DNAT --to-destination 10.0.0.5
iptables -t nat -A POSTROUTING ! -s 10.0.0.0/8 ! -o eth+ -j SNAT --to-source 1.2.3.4-1.2.3.8 --persistent
iptables -t nat -A POSTROUTING -p icmp --icmp-type echo-request -j RETURN",
    );
    ipt_list_names: ipt("-t nat -L POSTROUTING").private_etc().setup("echo '10.1.2.3 myhost' >>/etc/hosts\niptables -t nat -A POSTROUTING -s 10.1.2.3 -d 127.0.0.1 -j MASQUERADE\niptables -t nat -A POSTROUTING -s 0.0.0.0/0 -d 10.0.0.0/8 -j MASQUERADE");
    ipt_list_ports_named: ipt("-t nat -L PREROUTING").setup("iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080\niptables -t nat -A PREROUTING -p udp --sport 53 -j RETURN");

    // ------------------------------------------------------------------ -F -Z
    ipt_flush: ipt("-t nat -F").setup(BASE).check(S);
    ipt_flush_long: ipt("-t nat --flush").setup(BASE).check(S);
    ipt_flush_chain: ipt("-t nat -F POSTROUTING").setup(BASE).check(S);
    ipt_flush_user_chains: ipt("-t nat -F").setup(CHAINS).check(S);
    ipt_flush_user_chain: ipt("-t nat -F FOO").setup(CHAINS).check(S);
    ipt_flush_nosuch: ipt("-t nat -F NOSUCH").setup(BASE);
    ipt_flush_keeps_policy_counters: ipt("-t nat -F").setup(BASE).check(LV);
    ipt_zero: ipt("-t nat -Z").setup(BASE).check(LV);
    ipt_zero_long: ipt("-t nat --zero").setup(BASE).check(LV);
    ipt_zero_chain: ipt("-t nat -Z POSTROUTING").setup(BASE).check(LV);
    ipt_zero_chain_n: ipt("-t nat -Z POSTROUTING 2").setup(BASE).check(LV);
    ipt_zero_nosuch: ipt("-t nat -Z NOSUCH").setup(BASE);
    ipt_list_zero: ipt("-t nat -L -Z -n -v").setup(BASE).check(LV);
    ipt_list_zero_chain: ipt("-t nat -L POSTROUTING -Z -n -v -x").setup(BASE).check(LV);
    ipt_zero_then_list: ipt("-t nat -Z -L -n -v").setup(BASE).check(LV);
    ipt_zero_list_attached_vzl: ipt("-t nat -vZL").setup(BASE).check(LV);
    ipt_list_zero_not_verbose: ipt("-t nat -L -Z").setup(BASE).check(LV);
    ipt_list_zero_user_chains: ipt("-t nat -L -Z -n").setup(CHAINS);
    ipt_dump_zero: ipt("-t nat -S -Z").setup(BASE).check(LV);
    ipt_zero_list_combined: ipt("-t nat -vnxZL").setup(BASE).check(LV);

    // ------------------------------------------------------------------ chains
    ipt_new: ipt("-t nat -N FOO").check(S_NFT);
    ipt_new_long: ipt("-t nat --new-chain FOO").check(S);
    ipt_new_exists: ipt("-t nat -N FOO").setup(CHAINS).check(S);
    ipt_new_builtin: ipt("-t nat -N POSTROUTING");
    ipt_new_target_name: ipt("-t nat -N DNAT");
    ipt_new_target_name_accept: ipt("-t nat -N ACCEPT");
    ipt_new_name_28: ipt("-t nat -N ABCDEFGHIJKLMNOPQRSTUVWXYZ01").check(S);
    ipt_new_name_29: ipt("-t nat -N ABCDEFGHIJKLMNOPQRSTUVWXYZ012").check(S);
    ipt_new_name_dash: ipt("-t nat -N -foo");
    ipt_new_name_bang: ipt("-t nat -N !foo").check(S);
    ipt_new_name_space: argv(["iptables", "-t", "nat", "-N", "a b"]).check(S);
    ipt_new_no_name: ipt("-t nat -N");
    ipt_new_lowercase: ipt("-t nat -N docker").check(S);
    ipt_delchain_all: ipt("-t nat -X").setup("iptables -t nat -N FOO\niptables -t nat -N BAR").check(S);
    ipt_delchain_all_long: ipt("-t nat --delete-chain").setup("iptables -t nat -N FOO\niptables -t nat -N BAR").check(S);
    ipt_delchain_chain: ipt("-t nat -X EMPTY").setup(CHAINS).check(S);
    ipt_delchain_referenced: ipt("-t nat -X FOO").setup(CHAINS).check(S);
    ipt_delchain_not_empty: ipt("-t nat -X BAR").setup(CHAINS).check(S);
    ipt_delchain_all_busy: ipt("-t nat -X").setup(CHAINS).check(S);
    ipt_delchain_builtin: ipt("-t nat -X POSTROUTING").setup(CHAINS);
    ipt_delchain_missing: ipt("-t nat -X NOSUCH").setup(CHAINS);
    ipt_delchain_after_flush: ipt("-t nat -X BAR").setup(concat!("iptables -t nat -N BAR\n", "iptables -t nat -A BAR -j RETURN\n", "iptables -t nat -F BAR")).check(S);
    ipt_rename_rename: ipt("-t nat -E EMPTY NEWNAME").setup(CHAINS).check(S);
    ipt_rename_rename_long: ipt("-t nat --rename-chain BAR NEWNAME").setup(CHAINS).check(S);
    ipt_rename_referenced: ipt("-t nat -E FOO NEWNAME").setup(CHAINS).check(S);
    ipt_rename_exists: ipt("-t nat -E FOO BAR").setup(CHAINS).check(S);
    ipt_rename_builtin: ipt("-t nat -E POSTROUTING NEWNAME").setup(CHAINS);
    ipt_rename_to_builtin: ipt("-t nat -E FOO OUTPUT").setup(CHAINS);
    ipt_rename_missing: ipt("-t nat -E NOSUCH NEWNAME").setup(CHAINS);
    ipt_rename_no_new_name: ipt("-t nat -E FOO").setup(CHAINS);
    ipt_policy_accept: ipt("-t nat -P POSTROUTING ACCEPT").setup(BASE).check(S);
    ipt_policy_long: ipt("-t nat --policy PREROUTING ACCEPT").check(S_NFT);
    ipt_policy_drop: ipt("-t nat -P POSTROUTING DROP").check(S);
    ipt_policy_user_chain: ipt("-t nat -P FOO ACCEPT").setup(CHAINS);
    ipt_policy_bad_target: ipt("-t nat -P POSTROUTING FOO").setup(CHAINS);
    ipt_policy_return: ipt("-t nat -P POSTROUTING RETURN");
    ipt_policy_lowercase: ipt("-t nat -P POSTROUTING accept");
    ipt_policy_no_target: ipt("-t nat -P POSTROUTING");
    ipt_policy_nosuch: ipt("-t nat -P NOSUCH ACCEPT");
    ipt_policy_with_rule_spec: ipt("-t nat -P POSTROUTING ACCEPT -s 1.2.3.4");

    // ------------------------------------------------------------------ -v with changing commands
    ipt_verbose_append: ipt("-v -t nat -A POSTROUTING -s 10.0.0.0/8 -o eth0 -j MASQUERADE").check(S);
    ipt_verbose_append_dnat: ipt("-t nat -v -A PREROUTING -i eth0 -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080");
    ipt_verbose_append_list: ipt("-v -t nat -A POSTROUTING -s 10.0.0.1,10.0.0.2 -d 1.1.1.1 -j MASQUERADE");
    ipt_verbose_insert: ipt("-v -t nat -I POSTROUTING 2 ! -s 10.0.0.0/8 -j RETURN").setup(TWO);
    ipt_verbose_delete_spec: ipt("-v -t nat -D POSTROUTING -s 172.16.0.0/12 -j MASQUERADE").setup(TWO).check(S);
    ipt_verbose_delete_num: ipt("-v -t nat -D POSTROUTING 1").setup(TWO);
    ipt_verbose_check: ipt("-v -t nat -C POSTROUTING -s 10.0.0.0/8 -j MASQUERADE").setup(TWO);
    ipt_verbose_replace: ipt("-v -t nat -R POSTROUTING 1 -j RETURN").setup(TWO);
    ipt_verbose_flush: ipt("-v -t nat -F").setup(CHAINS);
    ipt_verbose_flush_chain: ipt("-v -t nat -F POSTROUTING").setup(TWO);
    ipt_verbose_zero: ipt("-v -t nat -Z").setup(CHAINS);
    ipt_verbose_new: ipt("-v -t nat -N NEW").check(S);
    ipt_verbose_delchain: ipt("-v -t nat -X").setup("iptables -t nat -N FOO\niptables -t nat -N BAR");
    ipt_verbose_delchain_one: ipt("-v -t nat -X EMPTY").setup(CHAINS);
    ipt_verbose_rename: ipt("-v -t nat -E EMPTY NEW").setup(CHAINS);
    ipt_verbose_policy: ipt("-v -t nat -P OUTPUT ACCEPT");

    // ------------------------------------------------------------------ option spellings
    ipt_table_long: ipt("--table nat -S").setup(BASE);
    ipt_table_eq: ipt("--table=nat -S").setup(BASE);
    ipt_table_attached: ipt("-tnat -S").setup(BASE);
    ipt_table_after_command: ipt("-S -t nat").setup(BASE);
    ipt_table_abbrev: ipt("--tab nat -S").setup(BASE);
    ipt_table_twice: ipt("-t nat -t nat -S");
    ipt_table_nosuch: ipt("-t nosuch -S");
    ipt_table_uppercase: ipt("-t NAT -S");
    ipt_table_missing_arg: ipt("-t");
    ipt_w: ipt("-w -t nat -A POSTROUTING -j MASQUERADE").check(S);
    ipt_w_5: ipt("-t nat -w 5 -S").setup(BASE);
    ipt_w_attached: ipt("-t nat -w5 -S").setup(BASE);
    ipt_wait_long: ipt("-t nat --wait -S").setup(BASE);
    ipt_wait_long_arg: ipt("-t nat --wait 3 -S").setup(BASE);
    ipt_w_bad: ipt("-t nat -w x -S");
    ipt_wait_interval: ipt("-t nat -W 100000 -S").setup(BASE);
    ipt_wait_interval_long: ipt("-t nat --wait-interval 100000 -S").setup(BASE);
    ipt_wait_interval_with_w: ipt("-t nat -w -W 100000 -S").setup(BASE);
    ipt_wait_interval_with_w_append: ipt("-t nat -w 5 -W 100000 -A POSTROUTING -j MASQUERADE").check(S);
    ipt_wait_interval_alone: ipt("-t nat -W -S");
    ipt_help_h: ipt("-h");
    ipt_help_long: ipt("--help");
    ipt_help_with_table: ipt("-t nat -h");
    ipt_help_match: ipt("-p tcp -h");
    ipt_log: ipt("-t nat -A PREROUTING -j LOG --log-prefix nat:").check(S);
    ipt_help_target: ipt("-j DNAT -h");
    ipt_help_target_and_matches: ipt("-p tcp -j DNAT -m comment -m state -h");
    ipt_help_state_udp: ipt("-p udp -m multiport -m conntrack -j MASQUERADE -h");
    ipt_version_short: ipt("-V");
    ipt_version_long: ipt("--version");
    ipt_version_with_table: ipt("-t nat -V");
    ipt_ipv4: ipt("-4 -t nat -S").setup(BASE);
    ipt_ipv4_long: ipt("--ipv4 -t nat -A POSTROUTING -j MASQUERADE").check(S);
    ipt_ipv6: ipt("-6 -t nat -S");
    ipt_ipv6_long: ipt("--ipv6 -t nat -A POSTROUTING -j MASQUERADE");
    ipt_no_args: ipt("");
    ipt_no_command: ipt("-t nat");
    ipt_no_command_rule: ipt("-t nat -s 1.2.3.4 -j MASQUERADE");
    ipt_two_commands: ipt("-t nat -A POSTROUTING -D POSTROUTING -j MASQUERADE");
    ipt_two_commands_list_dump: ipt("-t nat -L -S");
    ipt_two_commands_flush_delchain: ipt("-t nat -F -X");
    ipt_unknown_option: ipt("-t nat --nosuch -S");
    ipt_unknown_short: ipt("-t nat -y -S");
    ipt_ambiguous_abbrev: ipt("-t nat --li");
    ipt_extra_argument: ipt("-t nat -A POSTROUTING extra -j MASQUERADE");
    ipt_modprobe: ipt("-t nat --modprobe=/bin/true -S").setup(BASE);
    ipt_bang_before: ipt("-t nat -A POSTROUTING ! -s 1.2.3.4 -j MASQUERADE").check(S);
    ipt_bang_after: ipt("-t nat -A POSTROUTING -s ! 1.2.3.4 -j MASQUERADE").check(S);
    ipt_bang_twice: ipt("-t nat -A POSTROUTING ! ! -s 1.2.3.4 -j MASQUERADE").check(S);
    ipt_bang_alone: ipt("-t nat -A POSTROUTING -j MASQUERADE !").check(S);
    ipt_bang_before_command: ipt("-t nat ! -A POSTROUTING -j MASQUERADE");
    ipt_dashdash_long_args: ipt("-t nat -A POSTROUTING --source 1.2.3.4 --destination 5.6.7.8 --out-interface eth0 --protocol tcp --jump MASQUERADE").check(S);
    ipt_option_eq: ipt("-t nat -A POSTROUTING --source=1.2.3.4 --jump=MASQUERADE").check(S);
    ipt_option_eq_jump: ipt("-t nat -A POSTROUTING --jump=MASQUERADE").check(S);
    ipt_option_eq_dport: ipt("-t nat -A PREROUTING -p tcp --dport=80 -j RETURN").check(S);
    ipt_src_dst_aliases: ipt("-t nat -A POSTROUTING --src 1.2.3.4 --dst 5.6.7.8 -j MASQUERADE").check(S);

    // ------------------------------------------------------------------ addresses
    ipt_s_mask_8: ipt("-t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE").check(S);
    ipt_s_mask_12: ipt("-t nat -A POSTROUTING -s 172.16.0.0/12 -j MASQUERADE").check(S_NFT);
    ipt_s_mask_24: ipt("-t nat -A POSTROUTING -s 192.168.1.0/24 -j MASQUERADE").check(S_NFT);
    ipt_s_mask_32: ipt("-t nat -A POSTROUTING -s 192.168.1.1/32 -j MASQUERADE").check(S_NFT);
    ipt_s_mask_0: ipt("-t nat -A POSTROUTING -s 0.0.0.0/0 -j MASQUERADE").check(S_NFT);
    ipt_s_mask_0_host: ipt("-t nat -A POSTROUTING -s 1.2.3.4/0 -j MASQUERADE").check(S);
    ipt_s_host_bits: ipt("-t nat -A POSTROUTING -s 10.1.2.3/8 -j MASQUERADE").check(S);
    ipt_s_dotted_mask: ipt("-t nat -A POSTROUTING -s 10.1.0.0/255.255.0.0 -j MASQUERADE").check(S);
    ipt_s_noncontiguous_mask: ipt("-t nat -A POSTROUTING -s 10.0.0.1/255.0.255.0 -j MASQUERADE").check(S_NFT);
    ipt_s_mask_33: ipt("-t nat -A POSTROUTING -s 10.0.0.0/33 -j MASQUERADE");
    ipt_s_mask_bad: ipt("-t nat -A POSTROUTING -s 10.0.0.0/x -j MASQUERADE");
    ipt_s_bad_octet: ipt("-t nat -A POSTROUTING -s 256.1.1.1 -j MASQUERADE");
    ipt_s_short_form: ipt("-t nat -A POSTROUTING -s 10.1 -j MASQUERADE").check(S);
    ipt_s_list: ipt("-t nat -A POSTROUTING -s 10.0.0.1,10.0.0.2,10.0.0.0/24 -j MASQUERADE").check(S);
    ipt_s_d_lists: ipt("-t nat -A POSTROUTING -s 10.0.0.1,10.0.0.2 -d 1.1.1.1,2.2.2.2 -j MASQUERADE").check(S);
    ipt_s_list_delete: ipt("-t nat -D POSTROUTING -s 10.0.0.1,10.0.0.2 -j MASQUERADE").setup("iptables -t nat -A POSTROUTING -s 10.0.0.1,10.0.0.2,10.0.0.3 -j MASQUERADE").check(S);
    ipt_s_list_check: ipt("-t nat -C POSTROUTING -s 10.0.0.1,10.0.0.3 -j MASQUERADE").setup("iptables -t nat -A POSTROUTING -s 10.0.0.1,10.0.0.2 -j MASQUERADE");
    ipt_s_list_insert: ipt("-t nat -I POSTROUTING 2 -s 10.0.0.7,10.0.0.8 -j MASQUERADE").setup(THREE).check(S);
    ipt_s_list_negated: ipt("-t nat -A POSTROUTING ! -s 10.0.0.1,10.0.0.2 -j MASQUERADE").check(S);
    ipt_s_hostname: ipt("-t nat -A POSTROUTING -s myhost -j MASQUERADE").setup(HOSTS).private_etc().check(S);
    ipt_s_hostname_two_addresses: ipt("-t nat -A POSTROUTING -s twohost -j MASQUERADE").setup(HOSTS).private_etc().check(S);
    ipt_s_hostname_mask: ipt("-t nat -A POSTROUTING -d myhost/24 -j MASQUERADE").setup(HOSTS).private_etc().check(S);
    ipt_s_negated: ipt("-t nat -A POSTROUTING ! -s 10.0.0.0/8 -j MASQUERADE").check(S_NFT);
    ipt_d_negated: ipt("-t nat -A PREROUTING ! -d 10.0.0.1 -j RETURN").check(S);
    ipt_s_missing_arg: ipt("-t nat -A POSTROUTING -s");
    ipt_s_twice: ipt("-t nat -A POSTROUTING -s 1.1.1.1 -s 2.2.2.2 -j MASQUERADE");
    ipt_s_ipv6: ipt("-t nat -A POSTROUTING -s 2001:db8::1 -j MASQUERADE");
    ipt_s_empty: argv(["iptables", "-t", "nat", "-A", "POSTROUTING", "-s", "", "-j", "MASQUERADE"]);

    // ------------------------------------------------------------------ interfaces
    ipt_o_iface: ipt("-t nat -A POSTROUTING -o eth0 -j MASQUERADE").check(S_NFT);
    ipt_o_wildcard: ipt("-t nat -A POSTROUTING -o eth+ -j MASQUERADE").check(S_NFT);
    ipt_o_negated: ipt("-t nat -A POSTROUTING ! -o docker0 -j MASQUERADE").check(S);
    ipt_o_negated_wildcard: ipt("-t nat -A POSTROUTING ! -o veth+ -j MASQUERADE").check(S);
    ipt_o_plus_only: ipt("-t nat -A POSTROUTING -o + -j MASQUERADE").check(S);
    ipt_i_iface: ipt("-t nat -A PREROUTING -i eth0 -j RETURN").check(S_NFT);
    ipt_i_wildcard: ipt("-t nat -A PREROUTING -i br-+ -j RETURN").check(S);
    ipt_i_15_chars: ipt("-t nat -A PREROUTING -i abcdefghijklmno -j RETURN").check(S);
    ipt_i_16_chars: ipt("-t nat -A PREROUTING -i abcdefghijklmnop -j RETURN");
    ipt_i_in_postrouting: ipt("-t nat -A POSTROUTING -i eth0 -j MASQUERADE");
    ipt_o_in_prerouting: ipt("-t nat -A PREROUTING -o eth0 -j RETURN");
    ipt_i_in_output: ipt("-t nat -A OUTPUT -i eth0 -j RETURN");
    ipt_io_user_chain: ipt("-t nat -A EMPTY -i eth0 -o eth1 -j RETURN").setup(CHAINS).check(S);
    ipt_i_long: ipt("-t nat -A PREROUTING --in-interface eth0 -j RETURN").check(S);
    ipt_i_list_v: ipt("-t nat -L -v -n").setup("iptables -t nat -A PREROUTING -i eth0 -j RETURN\niptables -t nat -A POSTROUTING ! -o eth+ -j MASQUERADE");

    // ------------------------------------------------------------------ protocols and ports
    ipt_p_tcp: ipt("-t nat -A PREROUTING -p tcp -j RETURN").check(S_NFT);
    ipt_p_udp: ipt("-t nat -A PREROUTING -p udp -j RETURN").check(S);
    ipt_p_icmp: ipt("-t nat -A PREROUTING -p icmp -j RETURN").check(S);
    ipt_p_all: ipt("-t nat -A PREROUTING -p all -j RETURN").check(S);
    ipt_p_0: ipt("-t nat -A PREROUTING -p 0 -j RETURN").check(S);
    ipt_p_17: ipt("-t nat -A PREROUTING -p 17 -j RETURN").check(S);
    ipt_p_47: ipt("-t nat -A PREROUTING -p 47 -j RETURN").check(S);
    ipt_p_gre: ipt("-t nat -A PREROUTING -p gre -j RETURN").check(S);
    ipt_p_upper: ipt("-t nat -A PREROUTING -p TCP -j RETURN").check(S);
    ipt_p_255: ipt("-t nat -A PREROUTING -p 255 -j RETURN").check(S);
    ipt_p_256: ipt("-t nat -A PREROUTING -p 256 -j RETURN");
    ipt_p_nosuch: ipt("-t nat -A PREROUTING -p nosuch -j RETURN");
    ipt_p_negated: ipt("-t nat -A PREROUTING ! -p tcp -j RETURN").check(S_NFT);
    ipt_p_list: ipt("-t nat -L -n").setup("iptables -t nat -A PREROUTING -p 47 -j RETURN\niptables -t nat -A PREROUTING ! -p udp -j RETURN\niptables -t nat -A PREROUTING -p 200 -j RETURN");
    ipt_dport: ipt("-t nat -A PREROUTING -p tcp --dport 80 -j RETURN").check(S_NFT);
    ipt_sport: ipt("-t nat -A PREROUTING -p udp --sport 53 -j RETURN").check(S);
    ipt_dport_range: ipt("-t nat -A PREROUTING -p tcp --dport 1000:2000 -j RETURN").check(S_NFT);
    ipt_dport_open_low: ipt("-t nat -A PREROUTING -p tcp --dport :1024 -j RETURN").check(S);
    ipt_dport_open_high: ipt("-t nat -A PREROUTING -p tcp --dport 1024: -j RETURN").check(S);
    ipt_dport_reversed: ipt("-t nat -A PREROUTING -p tcp --dport 2000:1000 -j RETURN").check(S);
    ipt_dport_same: ipt("-t nat -A PREROUTING -p tcp --dport 80:80 -j RETURN").check(S);
    ipt_dport_name: ipt("-t nat -A PREROUTING -p tcp --dport http -j RETURN").check(S);
    ipt_dport_bad_name: ipt("-t nat -A PREROUTING -p tcp --dport nosuchservice -j RETURN");
    ipt_dport_65536: ipt("-t nat -A PREROUTING -p tcp --dport 65536 -j RETURN");
    ipt_dport_0: ipt("-t nat -A PREROUTING -p tcp --dport 0 -j RETURN").check(S);
    ipt_dport_negated: ipt("-t nat -A PREROUTING -p tcp ! --dport 22 -j RETURN").check(S_NFT);
    ipt_dport_long: ipt("-t nat -A PREROUTING -p tcp --destination-port 443 --source-port 1024:65535 -j RETURN").check(S);
    ipt_dport_without_p: ipt("-t nat -A PREROUTING --dport 80 -j RETURN");
    ipt_dport_p_all: ipt("-t nat -A PREROUTING -p all --dport 80 -j RETURN");
    ipt_dport_p_icmp: ipt("-t nat -A PREROUTING -p icmp --dport 80 -j RETURN");
    ipt_dport_m_tcp: ipt("-t nat -A PREROUTING -p tcp -m tcp --dport 80 -j RETURN").check(S);
    ipt_dport_m_tcp_without_p: ipt("-t nat -A PREROUTING -m tcp --dport 80 -j RETURN");
    ipt_sport_m_udp: ipt("-t nat -A PREROUTING -p udp -m udp --sport 53 -j RETURN").check(S);
    ipt_dport_twice: ipt("-t nat -A PREROUTING -p tcp --dport 80 --dport 81 -j RETURN");
    ipt_tcp_flags: ipt("-t nat -A PREROUTING -p tcp --tcp-flags SYN,ACK SYN -j RETURN").check(S);
    ipt_tcp_syn: ipt("-t nat -A PREROUTING -p tcp --syn -j RETURN").check(S);
    ipt_tcp_syn_negated: ipt("-t nat -A PREROUTING -p tcp ! --syn -j RETURN").check(S);
    ipt_icmp_type: ipt("-t nat -A PREROUTING -p icmp --icmp-type echo-request -j RETURN").check(S);
    ipt_icmp_type_number: ipt("-t nat -A PREROUTING -p icmp --icmp-type 8/0 -j RETURN").check(S);
    ipt_icmp_type_any: ipt("-t nat -A PREROUTING -p icmp --icmp-type any -j RETURN").check(S);
    ipt_icmp_type_bad: ipt("-t nat -A PREROUTING -p icmp --icmp-type nosuch -j RETURN");

    // ------------------------------------------------------------------ match modules
    ipt_multiport_dports: ipt("-t nat -A PREROUTING -p tcp -m multiport --dports 80,443 -j RETURN").check(S_NFT);
    ipt_multiport_sports: ipt("-t nat -A PREROUTING -p udp -m multiport --sports 53,123 -j RETURN").check(S);
    ipt_multiport_ports: ipt("-t nat -A PREROUTING -p tcp -m multiport --ports 22,80 -j RETURN").check(S);
    ipt_multiport_ranges: ipt("-t nat -A PREROUTING -p tcp -m multiport --dports 80,1000:2000,443 -j RETURN").check(S);
    ipt_multiport_names: ipt("-t nat -A PREROUTING -p tcp -m multiport --dports http,https -j RETURN").check(S);
    ipt_multiport_negated: ipt("-t nat -A PREROUTING -p tcp -m multiport ! --dports 80,443 -j RETURN").check(S);
    ipt_multiport_15: ipt("-t nat -A PREROUTING -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15 -j RETURN").check(S);
    ipt_multiport_16: ipt("-t nat -A PREROUTING -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j RETURN");
    ipt_multiport_without_p: ipt("-t nat -A PREROUTING -m multiport --dports 80,443 -j RETURN");
    ipt_multiport_no_ports: ipt("-t nat -A PREROUTING -p tcp -m multiport -j RETURN");
    ipt_multiport_list: ipt("-t nat -L -n").setup("iptables -t nat -A PREROUTING -p tcp -m multiport --dports 80,1000:2000 -j RETURN\niptables -t nat -A PREROUTING -p udp -m multiport ! --sports 53 -j RETURN\niptables -t nat -A PREROUTING -p tcp -m multiport --ports 22 -j RETURN");
    ipt_comment: ipt("-t nat -A POSTROUTING -m comment --comment hello -j MASQUERADE").check(S_NFT);
    ipt_comment_spaces: argv(["iptables", "-t", "nat", "-A", "POSTROUTING", "-m", "comment", "--comment", "masquerade the lan", "-j", "MASQUERADE"]).check(S_NFT);
    ipt_comment_quotes: argv(["iptables", "-t", "nat", "-A", "POSTROUTING", "-m", "comment", "--comment", "say \"hi\" now", "-j", "MASQUERADE"]).check(S_NFT);
    ipt_comment_backslash: argv(["iptables", "-t", "nat", "-A", "POSTROUTING", "-m", "comment", "--comment", "a\\b \\\"c", "-j", "MASQUERADE"]).check(S_NFT);
    ipt_comment_single_quote: argv(["iptables", "-t", "nat", "-A", "POSTROUTING", "-m", "comment", "--comment", "it's", "-j", "MASQUERADE"]).check(S);
    ipt_comment_list: ipt("-t nat -L -n -v").setup("iptables -t nat -A POSTROUTING -m comment --comment 'masquerade the lan' -j MASQUERADE\niptables -t nat -A POSTROUTING -m comment --comment 'say \"hi\"' -j RETURN");
    ipt_comment_255: ipt(&format!("-t nat -A POSTROUTING -m comment --comment {} -j MASQUERADE", "c".repeat(255))).check(S);
    ipt_comment_256: ipt(&format!("-t nat -A POSTROUTING -m comment --comment {} -j MASQUERADE", "c".repeat(256))).check(S);
    ipt_comment_empty: argv(["iptables", "-t", "nat", "-A", "POSTROUTING", "-m", "comment", "--comment", "", "-j", "MASQUERADE"]).check(S);
    ipt_comment_without_m: ipt("-t nat -A POSTROUTING --comment hello -j MASQUERADE");
    ipt_comment_check: argv(["iptables", "-t", "nat", "-C", "POSTROUTING", "-m", "comment", "--comment", "masquerade the lan", "-j", "MASQUERADE"])
        .setup("iptables -t nat -A POSTROUTING -m comment --comment 'masquerade the lan' -j MASQUERADE");
    ipt_comment_check_other: ipt("-t nat -C POSTROUTING -m comment --comment other -j MASQUERADE")
        .setup("iptables -t nat -A POSTROUTING -m comment --comment 'masquerade the lan' -j MASQUERADE");
    ipt_addrtype_dst_local: ipt("-t nat -A PREROUTING -m addrtype --dst-type LOCAL -j RETURN").check(S_NFT);
    ipt_addrtype_src_local: ipt("-t nat -A POSTROUTING -m addrtype --src-type LOCAL -j MASQUERADE").check(S);
    ipt_addrtype_negated: ipt("-t nat -A PREROUTING -m addrtype ! --dst-type LOCAL -j RETURN").check(S);
    ipt_addrtype_list: ipt("-t nat -A PREROUTING -m addrtype --dst-type UNICAST,LOCAL -j RETURN").check(S);
    ipt_addrtype_limit_in: ipt("-t nat -A PREROUTING -m addrtype --dst-type LOCAL --limit-iface-in -j RETURN").check(S);
    ipt_addrtype_limit_out: ipt("-t nat -A OUTPUT -m addrtype --src-type LOCAL --limit-iface-out -j RETURN").check(S);
    ipt_addrtype_limit_out_prerouting: ipt("-t nat -A PREROUTING -m addrtype --dst-type LOCAL --limit-iface-out -j RETURN");
    ipt_addrtype_limit_both: ipt("-t nat -A PREROUTING -m addrtype --dst-type LOCAL --limit-iface-in --limit-iface-out -j RETURN");
    ipt_addrtype_lowercase: ipt("-t nat -A PREROUTING -m addrtype --dst-type local -j RETURN").check(S);
    ipt_addrtype_bad: ipt("-t nat -A PREROUTING -m addrtype --dst-type NOSUCH -j RETURN");
    ipt_addrtype_none: ipt("-t nat -A PREROUTING -m addrtype -j RETURN").check(S);
    ipt_conntrack_state: ipt("-t nat -A PREROUTING -m conntrack --ctstate NEW,ESTABLISHED -j RETURN").check(S_NFT);
    ipt_conntrack_negated: ipt("-t nat -A PREROUTING -m conntrack ! --ctstate INVALID -j RETURN").check(S);
    ipt_conntrack_all_states: ipt("-t nat -A PREROUTING -m conntrack --ctstate INVALID,NEW,ESTABLISHED,RELATED,UNTRACKED,SNAT,DNAT -j RETURN").check(S);
    ipt_conntrack_bad_state: ipt("-t nat -A PREROUTING -m conntrack --ctstate BOGUS -j RETURN");
    ipt_conntrack_origdst: ipt("-t nat -A PREROUTING -m conntrack --ctorigdst 10.0.0.0/8 -j RETURN").check(S);
    ipt_state: ipt("-t nat -A PREROUTING -m state --state NEW -j RETURN").check(S_NFT);
    ipt_state_negated: ipt("-t nat -A PREROUTING -m state ! --state NEW,RELATED -j RETURN").check(S);
    ipt_mark: ipt("-t nat -A POSTROUTING -m mark --mark 0x1 -j MASQUERADE").check(S_NFT);
    ipt_mark_decimal: ipt("-t nat -A POSTROUTING -m mark --mark 16 -j MASQUERADE").check(S);
    ipt_mark_mask: ipt("-t nat -A POSTROUTING -m mark --mark 0x100/0xff00 -j MASQUERADE").check(S_NFT);
    ipt_mark_negated: ipt("-t nat -A POSTROUTING -m mark ! --mark 0x1 -j MASQUERADE").check(S);
    ipt_mark_bad: ipt("-t nat -A POSTROUTING -m mark --mark x -j MASQUERADE");
    ipt_fragment: ipt("-t nat -A PREROUTING -f -j RETURN").check(S_NFT);
    ipt_fragment_negated: ipt("-t nat -A PREROUTING ! -f -j RETURN").check(S);
    ipt_iprange: ipt("-t nat -A POSTROUTING -m iprange --src-range 10.0.0.1-10.0.0.9 -j MASQUERADE").check(S);
    ipt_limit: ipt("-t nat -A PREROUTING -m limit --limit 5/min -j RETURN").check(S);
    ipt_m_nosuch: ipt("-t nat -A PREROUTING -m nosuchmatch -j RETURN");
    ipt_m_missing_arg: ipt("-t nat -A PREROUTING -m");
    ipt_match_option_without_m: ipt("-t nat -A PREROUTING --ctstate NEW -j RETURN");

    // ------------------------------------------------------------------ targets
    ipt_masquerade: ipt("-t nat -A POSTROUTING -j MASQUERADE").check(S_NFT);
    ipt_masquerade_to_ports: ipt("-t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024").check(S_NFT);
    ipt_masquerade_to_ports_range: ipt("-t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 1024-2048").check(S);
    ipt_masquerade_p_after_to_ports: ipt("-t nat -A POSTROUTING -j MASQUERADE --to-ports 1024 -p tcp");
    ipt_masquerade_to_ports_without_p: ipt("-t nat -A POSTROUTING -j MASQUERADE --to-ports 1024");
    ipt_masquerade_random: ipt("-t nat -A POSTROUTING -j MASQUERADE --random").check(S_NFT);
    ipt_masquerade_random_fully: ipt("-t nat -A POSTROUTING -j MASQUERADE --random-fully").check(S_NFT);
    ipt_masquerade_in_prerouting: ipt("-t nat -A PREROUTING -j MASQUERADE");
    ipt_masquerade_in_user_chain: ipt("-t nat -A EMPTY -j MASQUERADE").setup(CHAINS).check(S);
    ipt_masquerade_list: ipt("-t nat -L -n").setup("iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1024-2048 --random\niptables -t nat -A POSTROUTING -j MASQUERADE --random-fully");
    ipt_snat: ipt("-t nat -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4").check(S_NFT);
    ipt_snat_range: ipt("-t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4-1.2.3.10").check(S_NFT);
    ipt_snat_ports: ipt("-t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:1000-2000").check(S_NFT);
    ipt_snat_port: ipt("-t nat -A POSTROUTING -p udp -j SNAT --to-source 1.2.3.4:5000").check(S);
    ipt_snat_range_ports: ipt("-t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4-1.2.3.10:1000-2000").check(S);
    ipt_snat_ports_without_p: ipt("-t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4:1000");
    ipt_snat_random: ipt("-t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --random").check(S);
    ipt_snat_persistent: ipt("-t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --persistent").check(S);
    ipt_snat_random_fully: ipt("-t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --random-fully").check(S);
    ipt_snat_to_abbrev: ipt("-t nat -A POSTROUTING -j SNAT --to 1.2.3.4").check(S);
    ipt_snat_missing_to: ipt("-t nat -A POSTROUTING -j SNAT");
    ipt_snat_bad_address: ipt("-t nat -A POSTROUTING -j SNAT --to-source 1.2.3.400");
    ipt_snat_bad_port: ipt("-t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:70000");
    ipt_snat_two_to: ipt("-t nat -A POSTROUTING -j SNAT --to-source 1.2.3.4 --to-source 5.6.7.8");
    ipt_snat_in_prerouting: ipt("-t nat -A PREROUTING -j SNAT --to-source 1.2.3.4");
    ipt_snat_in_output: ipt("-t nat -A OUTPUT -j SNAT --to-source 1.2.3.4");
    ipt_dnat: ipt("-t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080").check(S_NFT);
    ipt_dnat_address: ipt("-t nat -A PREROUTING -d 1.2.3.4 -j DNAT --to-destination 10.0.0.2").check(S_NFT);
    ipt_dnat_range_ports: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.2-10.0.0.5:8000-8010").check(S_NFT);
    ipt_dnat_to_abbrev: ipt("-t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to 10.0.0.2:8080").check(S);
    ipt_dnat_port_only: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination :8080").check(S);
    ipt_dnat_random: ipt("-t nat -A PREROUTING -j DNAT --to-destination 10.0.0.2 --random").check(S);
    ipt_dnat_persistent: ipt("-t nat -A PREROUTING -j DNAT --to-destination 10.0.0.2 --persistent").check(S);
    ipt_dnat_missing_to: ipt("-t nat -A PREROUTING -j DNAT");
    ipt_dnat_missing_arg: ipt("-t nat -A PREROUTING -j DNAT --to-destination");
    ipt_dnat_port_without_p: ipt("-t nat -A PREROUTING -j DNAT --to-destination 10.0.0.2:80");
    ipt_dnat_bad_address: ipt("-t nat -A PREROUTING -j DNAT --to-destination 10.0.0");
    ipt_dnat_in_postrouting: ipt("-t nat -A POSTROUTING -j DNAT --to-destination 10.0.0.2");
    ipt_dnat_in_output: ipt("-t nat -A OUTPUT -j DNAT --to-destination 10.0.0.2").check(S);
    ipt_dnat_wrong_order: ipt("-t nat -A PREROUTING --dport 80 --to-destination 192.168.15.2:80 -j DNAT").check(S);
    ipt_dnat_to_before_j: ipt("-t nat -A PREROUTING -p tcp --dport 80 --to-destination 192.168.15.2:80 -j DNAT").check(S);
    ipt_dnat_tutorial: ipt("-t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 192.168.15.2:80").check(S);
    ipt_dnat_list: ipt("-t nat -L -n").setup("iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.2-10.0.0.5:8000-8010\niptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.2 --persistent\niptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.2.3.4:1000 --random");
    ipt_redirect: ipt("-t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080").check(S_NFT);
    ipt_redirect_range: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080-8090").check(S);
    ipt_redirect_bare: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT").check(S_NFT);
    ipt_redirect_without_p: ipt("-t nat -A PREROUTING -j REDIRECT --to-ports 8080");
    ipt_redirect_random: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080 --random").check(S);
    ipt_redirect_in_postrouting: ipt("-t nat -A POSTROUTING -p tcp -j REDIRECT --to-ports 8080");
    ipt_redirect_bad_port: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports x");
    ipt_target_mark_set: ipt("-t nat -A PREROUTING -j MARK --set-mark 1").check(S);
    ipt_target_mark_set_xmark: ipt("-t nat -A PREROUTING -j MARK --set-xmark 0x1/0xff").check(S);
    ipt_target_mark_and: ipt("-t nat -A PREROUTING -j MARK --and-mark 0xff").check(S);
    ipt_target_mark_or: ipt("-t nat -A PREROUTING -j MARK --or-mark 0x4").check(S);
    ipt_target_mark_xor: ipt("-t nat -A PREROUTING -j MARK --xor-mark 0x4").check(S);
    ipt_target_mark_set_nft: ipt("-t nat -A PREROUTING -j MARK --set-mark 0x10/0xff").check(S_NFT);
    ipt_return: ipt("-t nat -A PREROUTING -j RETURN").check(S_NFT);
    ipt_accept: ipt("-t nat -A PREROUTING -j ACCEPT").check(S_NFT);
    ipt_drop: ipt("-t nat -A PREROUTING -j DROP").check(S);
    ipt_jump_user: ipt("-t nat -A PREROUTING -j EMPTY").setup(CHAINS).check(S_NFT);
    ipt_goto_user: ipt("-t nat -A PREROUTING -g EMPTY").setup(CHAINS).check(S_NFT);
    ipt_goto_long: ipt("-t nat -A PREROUTING --goto EMPTY").setup(CHAINS).check(S);
    ipt_jump_nosuch: ipt("-t nat -A PREROUTING -j NOSUCH");
    ipt_goto_nosuch: ipt("-t nat -A PREROUTING -g NOSUCH");
    ipt_goto_builtin_target: ipt("-t nat -A PREROUTING -g RETURN");
    ipt_jump_builtin_chain: ipt("-t nat -A PREROUTING -j POSTROUTING");
    ipt_jump_self: ipt("-t nat -A EMPTY -j EMPTY").setup(CHAINS).check(S);
    ipt_jump_self_reachable: ipt("-t nat -A FOO -j FOO").setup(CHAINS).check(S);
    ipt_jump_loop: ipt("-t nat -A FOO -j BAR").setup("iptables -t nat -N FOO\niptables -t nat -N BAR\niptables -t nat -A BAR -j FOO").check(S);
    ipt_jump_loop_reachable: ipt("-t nat -A FOO -j BAR").setup("iptables -t nat -N FOO\niptables -t nat -N BAR\niptables -t nat -A PREROUTING -j BAR\niptables -t nat -A BAR -j FOO").check(S);
    ipt_jump_twice: ipt("-t nat -A PREROUTING -j RETURN -j ACCEPT");
    ipt_jump_missing_arg: ipt("-t nat -A PREROUTING -j");
    ipt_target_lowercase: ipt("-t nat -A POSTROUTING -j masquerade");
    ipt_target_option_without_j: ipt("-t nat -A POSTROUTING --to-source 1.2.3.4");
    ipt_user_chains_list: ipt("-t nat -L -n -v").setup("iptables -t nat -N FOO\niptables -t nat -A PREROUTING -j FOO\niptables -t nat -A OUTPUT -g FOO\niptables -t nat -A FOO -j RETURN");

    // ------------------------------------------------------------------ rules written by nft
    ipt_nft_dump: ipt("-t nat -S").setup(NFT);
    ipt_nft_list: ipt("-t nat -L").setup(NFT);
    ipt_nft_list_n_v: ipt("-t nat -L -n -v").setup(NFT);
    ipt_nft_append: ipt("-t nat -A POSTROUTING -s 172.16.0.0/12 -j MASQUERADE").setup(NFT).check(S_NFT);
    ipt_nft_native_dump: ipt("-t nat -S").setup(NFT_NATIVE);
    ipt_nft_native_list: ipt("-t nat -L -n -v").setup(NFT_NATIVE);
    ipt_nft_native_delete: ipt("-t nat -D POSTROUTING 2").setup(NFT_NATIVE).check(S_NFT);
    ipt_nft_native_delete_spec: ipt("-t nat -D PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080").setup(NFT_NATIVE).check(S_NFT);
    ipt_nft_native_flush: ipt("-t nat -F").setup(NFT_NATIVE).check(S_NFT);
    ipt_nft_other_chain: ipt("-t nat -S").setup("nft add table ip nat\nnft add chain ip nat mychain '{ type nat hook postrouting priority 50; }'\nnft add rule ip nat mychain masquerade");
    ipt_nft_other_chain_list: ipt("-t nat -L mychain").setup("nft add table ip nat\nnft add chain ip nat mychain '{ type nat hook postrouting priority 50; }'\nnft add rule ip nat mychain masquerade");
    ipt_nft_regular_chain: ipt("-t nat -S").setup("nft add table ip nat\nnft add chain ip nat mychain\nnft add rule ip nat mychain ip daddr 10.0.0.1 return");

    ipt_nft_compatible_dump: ipt("-t nat -S").setup(NFT_COMPATIBLE);
    ipt_nft_compatible_list: ipt("-t nat -L -n -v").setup(NFT_COMPATIBLE);
    ipt_nft_compatible_delete: ipt("-t nat -D POSTROUTING -s 10.0.0.0/8 -j ACCEPT").setup(NFT_COMPATIBLE).check(S_NFT);
    ipt_nft_compatible_check: ipt("-t nat -C POSTROUTING -o eth0 -p tcp --dport 80 -j RETURN").setup(NFT_COMPATIBLE);
    ipt_nft_compatible_insert: ipt("-t nat -I POSTROUTING 2 -j MASQUERADE").setup(NFT_COMPATIBLE).check(S_NFT);

    // ------------------------------------------------------------------ container engines
    ipt_docker_setup: ipt("-t nat -S").setup(DOCKER);
    ipt_docker_dump_chain: ipt("-t nat -S DOCKER").setup(DOCKER);
    ipt_docker_list: ipt("-t nat -L -n").setup(DOCKER);
    ipt_docker_list_v: ipt("-t nat -L -n -v").setup(DOCKER);
    ipt_docker_list_chain: ipt("-t nat -L DOCKER -n --line-numbers").setup(DOCKER);
    ipt_docker_nft: ipt("-t nat -S").setup(DOCKER).check("nft list ruleset");
    ipt_docker_new: ipt("-t nat -N DOCKER").setup(DOCKER);
    ipt_docker_check_exists: ipt("-t nat -C DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80").setup(DOCKER);
    ipt_docker_check_without_m_tcp: ipt("-t nat -C DOCKER ! -i docker0 -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80").setup(DOCKER);
    ipt_docker_check_missing: ipt("-t nat -C DOCKER ! -i docker0 -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.17.0.2:80").setup(DOCKER);
    ipt_docker_check_jump: ipt("-t nat -C PREROUTING -m addrtype --dst-type LOCAL -j DOCKER").setup(DOCKER);
    ipt_docker_add_port: ipt("-t nat -A DOCKER ! -i docker0 -p tcp --dport 8443 -j DNAT --to-destination 172.17.0.3:443").setup(DOCKER).check(S);
    ipt_docker_masquerade_self: ipt("-t nat -A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE").setup(DOCKER).check(S);
    ipt_docker_delete_port: ipt("-t nat -D DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80").setup(DOCKER).check(S);
    ipt_docker_delchain_busy: ipt("-t nat -X DOCKER").setup(DOCKER).check(S);
    ipt_docker_teardown: ipt("-t nat -X DOCKER").setup(concat!(
        "iptables -t nat -N DOCKER\n",
        "iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER\n",
        "iptables -t nat -A DOCKER -i docker0 -j RETURN\n",
        "iptables -t nat -D PREROUTING -m addrtype --dst-type LOCAL -j DOCKER\n",
        "iptables -t nat -F DOCKER"
    )).check(S_NFT);
}
