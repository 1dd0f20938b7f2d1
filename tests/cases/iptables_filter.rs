//! The `filter` table (the default without `-t`) against iptables-nft 1.8.9: its base chains
//! as iptables-nft makes them (INPUT, FORWARD, OUTPUT, priority 0, created lazily), policies,
//! DROP and REJECT, the matches a host firewall uses (mac, physdev, conntrack, limit with LOG),
//! the nat targets refused by the kernel here, and `-X` on base chains.

use crate::common::{self, argv, ipt};

/// The filter table after a change, as iptables shows it and as nft stores it.
const S_NFT: &str = "iptables-nft -S; nft list ruleset";
const S: &str = "iptables -S";

/// A host firewall: policies, conntrack, a port, REJECT, LOG with limit, counters set.
const HOST: &str = "\
iptables -P INPUT DROP
iptables -P FORWARD DROP
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -c 10 1000 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -c 2 120 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -m limit --limit 3/min --limit-burst 10 -j LOG --log-prefix \"in: \" --log-level 6
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
iptables -A FORWARD -i v-net-0 -o eth0 -j ACCEPT
iptables -A FORWARD -m physdev --physdev-is-bridged -j ACCEPT
iptables -A OUTPUT -d 10.0.0.1 -j REJECT";

/// A user chain reached from INPUT, and one that is empty and unreferenced.
const CHAINS: &str = "\
iptables -N SSH
iptables -N EMPTY
iptables -A INPUT -p tcp --dport 22 -j SSH
iptables -A SSH -s 10.0.0.0/8 -j ACCEPT
iptables -A SSH -j DROP";

/// Chains of the same names in several tables, a user chain X in two of them.
const MIXED: &str = "\
iptables -t nat -N X
iptables -t nat -A INPUT -j X
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j MASQUERADE
iptables -N X
iptables -A INPUT -j X
iptables -A X -j ACCEPT
iptables -P INPUT DROP
iptables -t mangle -N X
iptables -t mangle -A PREROUTING -j ACCEPT
iptables -t raw -A PREROUTING -j ACCEPT
iptables -t security -A INPUT -j ACCEPT";

cases! {
    // ------------------------------------------------------------------ listings
    ipt_filter_dump: ipt("-S");
    ipt_filter_list: ipt("-L -n");
    ipt_filter_list_v: ipt("-L -n -v");
    ipt_filter_explicit_list: ipt("-t filter -L");
    ipt_filter_host_dump: ipt("-S").setup(HOST);
    ipt_filter_host_list: ipt("-L").setup(HOST);
    ipt_filter_host_list_numeric: ipt("-L -n -v -x --line-numbers").setup(HOST);
    ipt_filter_host_list_chain: ipt("-L INPUT 2 -n").setup(HOST);
    ipt_filter_host_dump_rule: ipt("-S INPUT 6").setup(HOST);
    ipt_filter_chains_list: ipt("-L -n").setup(CHAINS);

    // ------------------------------------------------------------------ changes
    ipt_filter_append_drop: ipt("-A INPUT -p tcp --dport 22 -j DROP").check(S_NFT);
    ipt_filter_policy_drop: ipt("-P FORWARD DROP").check(S_NFT);
    ipt_filter_policy_accept: ipt("-P INPUT ACCEPT").setup(HOST).check(S);
    ipt_filter_policy_user_chain: ipt("-P SSH DROP").setup(CHAINS);
    ipt_filter_policy_nat_chain: ipt("-P POSTROUTING DROP");
    ipt_filter_explicit: ipt("-t filter -A OUTPUT -d 10.0.0.1 -j REJECT").check("iptables -t filter -S");
    ipt_filter_forward_accept: ipt("-A FORWARD -i v-net-0 -j ACCEPT").setup("iptables -P FORWARD DROP").check(S_NFT);
    ipt_filter_insert: ipt("-I INPUT 3 -s 10.9.9.9 -j DROP").setup(HOST).check(S);
    ipt_filter_replace: ipt("-R INPUT 1 -i lo -j DROP").setup(HOST).check(S);
    ipt_filter_delete_spec: ipt("-D INPUT -p tcp -j REJECT --reject-with tcp-reset").setup(HOST).check(S);
    ipt_filter_delete_default_reject: ipt("-D OUTPUT -d 10.0.0.1 -j REJECT --reject-with icmp-port-unreachable").setup(HOST).check(S);
    ipt_filter_delete_num: ipt("-D INPUT 2").setup(HOST).check(S);
    ipt_filter_check: ipt("-C INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT").setup(HOST);
    ipt_filter_check_missing: ipt("-C INPUT -m conntrack --ctstate NEW -j ACCEPT").setup(HOST);
    ipt_filter_flush: ipt("-F").setup(HOST).check(S_NFT);
    ipt_filter_zero: ipt("-Z INPUT").setup(HOST).check("iptables -L INPUT -n -v -x");
    ipt_filter_wrong_iface_in: ipt("-A INPUT -o eth0 -j DROP");
    ipt_filter_wrong_iface_out: ipt("-A OUTPUT -i eth0 -j DROP");
    ipt_filter_masquerade: ipt("-A OUTPUT -j MASQUERADE");
    ipt_filter_dnat: ipt("-A INPUT -j DNAT --to-destination 10.0.0.1");
    ipt_filter_nat_reject: ipt("-t nat -A INPUT -j REJECT");

    // ------------------------------------------------------------------ REJECT
    ipt_reject_default: ipt("-A INPUT -j REJECT").check(S_NFT);
    ipt_reject_tcp_reset: ipt("-A INPUT -p tcp -j REJECT --reject-with tcp-reset").check(S_NFT);
    ipt_reject_alias: ipt("-A INPUT -j REJECT --reject-with host-prohib").check(S);
    ipt_reject_prefix: ipt("-A INPUT -j REJECT --reject-with icmp-h").check(S);
    ipt_reject_upper: ipt("-A INPUT -j REJECT --reject-with ICMP-NET-PROHIBITED").check(S);
    ipt_reject_every_type: ipt("-L -n").setup("\
iptables -A INPUT -j REJECT --reject-with net-unreach
iptables -A INPUT -j REJECT --reject-with host-unreach
iptables -A INPUT -j REJECT --reject-with proto-unreach
iptables -A INPUT -j REJECT --reject-with port-unreach
iptables -A INPUT -j REJECT --reject-with net-prohib
iptables -A INPUT -j REJECT --reject-with admin-prohib
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-rst");
    ipt_reject_empty_type: argv(["iptables", "-A", "INPUT", "-j", "REJECT", "--reject-with", ""]).check(S);
    ipt_reject_unknown: ipt("-A INPUT -j REJECT --reject-with bogus").check(S);
    ipt_reject_echo_reply: ipt("-A INPUT -j REJECT --reject-with echo-reply").check(S);
    ipt_reject_tcp_reset_without_tcp: ipt("-A INPUT -j REJECT --reject-with tcp-reset").check(S);
    ipt_reject_twice: ipt("-A INPUT -j REJECT --reject-with tcp-reset --reject-with tcp-reset");
    ipt_reject_inverted: ipt("-A INPUT -p tcp -j REJECT ! --reject-with tcp-reset");
    ipt_reject_help: ipt("-j REJECT -h");

    // ------------------------------------------------------------------ mac, physdev
    ipt_mac_source: ipt("-A INPUT -m mac --mac-source 02:00:00:0A:bc:01 -j DROP").check(S_NFT);
    ipt_mac_inverted: ipt("-A INPUT -m mac ! --mac-source 2:0:0:0:0:1 -j DROP").check("iptables -L -n");
    ipt_mac_empty_fields: ipt("-A INPUT -m mac --mac-source :00:00:00:00: -j DROP").check(S);
    ipt_mac_short: ipt("-A INPUT -m mac --mac-source 02:00:00:00:00 -j DROP");
    ipt_mac_long_field: ipt("-A INPUT -m mac --mac-source 002:00:00:00:00:01 -j DROP");
    ipt_mac_missing: ipt("-A INPUT -m mac -j DROP");
    ipt_mac_twice: ipt("-A INPUT -m mac --mac-source 02:00:00:00:00:01 --mac-source 02:00:00:00:00:01 -j DROP");
    ipt_mac_in_output: ipt("-A OUTPUT -m mac --mac-source 02:00:00:00:00:01 -j DROP").check(S);
    ipt_mac_help: ipt("-m mac -h");
    ipt_physdev_in: ipt("-A FORWARD -m physdev --physdev-in veth0 -j ACCEPT").check(S_NFT);
    ipt_physdev_inverted: ipt("-A FORWARD -m physdev ! --physdev-in veth+ ! --physdev-out eth1 -j ACCEPT").check(S_NFT);
    ipt_physdev_flags: ipt("-A FORWARD -m physdev ! --physdev-is-in --physdev-is-out ! --physdev-is-bridged -j ACCEPT").check("iptables -L -n -v");
    ipt_physdev_order: ipt("-A FORWARD -m physdev --physdev-out eth1 --physdev-is-bridged --physdev-in a -j ACCEPT").check(S);
    ipt_physdev_none: ipt("-A FORWARD -m physdev -j ACCEPT");
    ipt_physdev_long_name: ipt("-A FORWARD -m physdev --physdev-in abcdefghijklmnopq -j ACCEPT");
    ipt_physdev_twice: ipt("-A FORWARD -m physdev --physdev-in a --physdev-in b -j ACCEPT");
    ipt_physdev_flag_twice: ipt("-A FORWARD -m physdev --physdev-is-in --physdev-is-in -j ACCEPT");
    ipt_physdev_out_in_output: ipt("-A OUTPUT -m physdev --physdev-out a -j ACCEPT");
    ipt_physdev_check: ipt("-C FORWARD -m physdev --physdev-in veth0 -j ACCEPT").setup("iptables -A FORWARD -m physdev --physdev-in veth0 -j ACCEPT");
    ipt_physdev_help: ipt("-m physdev -h");

    // ------------------------------------------------------------------ -X and base chains
    ipt_filter_delete_all_chains: ipt("-X").setup(CHAINS).check(S_NFT);
    ipt_filter_delete_all_idle_base: ipt("-X").setup("iptables -A INPUT -j ACCEPT\niptables -P FORWARD DROP\niptables -P OUTPUT ACCEPT\niptables -N A\niptables -F").check(S_NFT);
    ipt_filter_delete_all_verbose: ipt("-v -X").setup("iptables -N B\niptables -P OUTPUT ACCEPT").check(S_NFT);
    ipt_filter_delete_base_chain: ipt("-X INPUT").setup("iptables -A INPUT -j ACCEPT\niptables -F INPUT").check(S_NFT);
    ipt_filter_delete_base_chain_with_rules: ipt("-X INPUT").setup("iptables -A INPUT -j ACCEPT").check(S_NFT);
    ipt_filter_delete_base_chain_policy: ipt("-X INPUT").setup("iptables -P INPUT DROP").check(S_NFT);
    ipt_filter_delete_base_chain_lazy: ipt("-X OUTPUT");
    ipt_filter_delete_referenced: ipt("-X").setup("iptables -N A\niptables -A INPUT -j A").check(S_NFT);
    ipt_nat_delete_all_idle_base: ipt("-t nat -X").setup("iptables -t nat -A INPUT -j ACCEPT\niptables -t nat -A OUTPUT -j ACCEPT\niptables -t nat -F INPUT").check(S_NFT);
    ipt_nat_delete_base_chain_with_rules: ipt("-t nat -X INPUT").setup("iptables -t nat -A INPUT -j ACCEPT").check(S_NFT);

    // ------------------------------------------------------------------ tables side by side
    ipt_tables_mixed_filter: ipt("-S").setup(MIXED);
    ipt_tables_mixed_nat: ipt("-t nat -L -n -v").setup(MIXED);
    ipt_tables_mixed_mangle: ipt("-t mangle -S").setup(MIXED);
    ipt_tables_mixed_security: ipt("-t security -S").setup(MIXED);
    ipt_tables_mixed_delete_chains: ipt("-t mangle -X").setup(MIXED).check("iptables-nft-save | grep -v '^#'");
    ipt_tables_mixed_flush_filter: ipt("-F").setup(MIXED).check("iptables-nft-save | grep -v '^#'");
    ipt_tables_mixed_rename: ipt("-E X Y").setup(MIXED).check("iptables-nft-save | grep -v '^#'");

    // ------------------------------------------------------------------ mangle, raw, security
    ipt_table_mangle: ipt("-t mangle -S");
    ipt_table_mangle_list: ipt("-t mangle -L -n -v");
    ipt_table_mangle_mark: ipt("-t mangle -A OUTPUT -j MARK --set-mark 1").check("nft list ruleset");
    ipt_table_mangle_wrong_iface: ipt("-t mangle -A PREROUTING -o eth0 -j ACCEPT");
    ipt_table_mangle_drop: ipt("-t mangle -A POSTROUTING -o eth0 -j DROP").check("iptables -t mangle -S");
    ipt_table_raw: ipt("-t raw -A PREROUTING -p udp --dport 53 -j ACCEPT").check("nft list ruleset");
    ipt_table_raw_no_input: ipt("-t raw -A INPUT -j ACCEPT");
    ipt_table_raw_list: ipt("-t raw -L");
    ipt_table_security_policy: ipt("-t security -P INPUT DROP").check("iptables -t security -S; nft list ruleset");
    ipt_table_unknown: ipt("-t bogus -S");
}

/// Real traffic: the tutorial's NAT works, a FORWARD policy of DROP (as on every host that
/// runs Docker) blocks it, and FORWARD ACCEPT rules made with ipkit let it through again;
/// their counters count the packets.
#[test]
fn ipt_filter_forward_drop_blocks_and_accept_restores() {
    let script = r#"
set -e
ip netns add blue; ip netns add lan
ip link add veth-blue type veth peer name veth-blue-br; ip link set veth-blue netns blue
ip addr add 192.168.15.5/24 dev veth-blue-br; ip link set veth-blue-br up
ip -n blue addr add 192.168.15.2/24 dev veth-blue; ip -n blue link set veth-blue up; ip -n blue link set lo up
ip netns exec blue ip route add default via 192.168.15.5
ip link add eth0 type veth peer name lan0; ip link set lan0 netns lan
ip addr add 192.168.1.2/24 dev eth0; ip link set eth0 up
ip -n lan addr add 192.168.1.3/24 dev lan0; ip -n lan link set lan0 up
echo 1 >/proc/sys/net/ipv4/ip_forward
iptables -t nat -A POSTROUTING -s 192.168.15.0/24 -j MASQUERADE
set +e
ip netns exec blue ping -c1 -W3 192.168.1.3 >/dev/null && echo "nat: through"
iptables -P FORWARD DROP
ip netns exec blue ping -c1 -W1 192.168.1.3 >/dev/null || echo "drop: blocked"
iptables -A FORWARD -i veth-blue-br -j ACCEPT
iptables -A FORWARD -o veth-blue-br -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec blue ping -c1 -W3 192.168.1.3 >/dev/null && echo "accept: through"
iptables-nft -L FORWARD -n -v -x | awk 'NR > 2 { print $1, $3 }'
"#;
    let Some(r) =
        common::sandbox_script("ipt_filter_forward_drop_blocks_and_accept_restores", script)
    else {
        return;
    };
    assert_eq!(
        r.stdout_text(),
        "nat: through\ndrop: blocked\naccept: through\n1 ACCEPT\n1 ACCEPT\n",
        "stderr:\n{}",
        r.stderr_text()
    );
}
