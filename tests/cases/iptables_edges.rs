//! `iptables -t nat` edge cases against iptables-nft 1.8.9: how `-L` shows inverted matches,
//! network names, long addresses; option errors of the extensions; rule numbers, counters and
//! address lists as the reference reads them; `-Z` on rules ipkit cannot read.

use crate::common::ipt;

const S: &str = "iptables -t nat -S";

/// Inverted matches of every kind, and networks with /etc/networks names.
const INVERTED: &str = "\
iptables -t nat -A PREROUTING -p icmp ! --icmp-type echo-request -j RETURN
iptables -t nat -A PREROUTING -p icmp --icmp-type echo-request -j RETURN
iptables -t nat -A PREROUTING -p icmp ! --icmp-type 3/1 -j RETURN
iptables -t nat -A PREROUTING -p icmp --icmp-type any -j RETURN
iptables -t nat -A PREROUTING -m state ! --state INVALID -j RETURN
iptables -t nat -A PREROUTING -m conntrack ! --ctstate INVALID ! --ctorigdst 1.2.3.4 -j RETURN
iptables -t nat -A PREROUTING -m mark ! --mark 5 -j RETURN
iptables -t nat -A PREROUTING -m iprange ! --src-range 1.1.1.1-1.1.1.2 ! --dst-range 2.2.2.2-2.2.2.3 -j RETURN
iptables -t nat -A PREROUTING -m addrtype ! --src-type LOCAL -j RETURN
iptables -t nat -A PREROUTING -p tcp ! --syn -j RETURN
iptables -t nat -A PREROUTING -p tcp -m multiport ! --ports 1,2 -j RETURN
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports ssh
iptables -t nat -A POSTROUTING -s 169.254.0.0/16 -d 127.0.0.1 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 127.0.0.0/8 -j MASQUERADE
iptables -t nat -A POSTROUTING ! -s 127.0.0.0/255.0.255.0 ! -d 10.0.0.0/255.255.255.254 -j MASQUERADE
iptables -t nat -A POSTROUTING -s 10.0.0.1/255.255.0.255 -j MASQUERADE";

cases! {
    ipt_edge_list_inverted: ipt("-t nat -L").setup(INVERTED);
    ipt_edge_list_inverted_numeric: ipt("-t nat -L -n").setup(INVERTED);
    ipt_edge_list_inverted_verbose: ipt("-t nat -L -v").setup(INVERTED);
    ipt_edge_dump_inverted: ipt("-t nat -S").setup(INVERTED);
    ipt_edge_list_host_network_name: ipt("-t nat -L POSTROUTING").private_etc().setup(
        "echo '10.9.8.0 netx' >>/etc/hosts\necho '10.9.8.7 a-rather-long-host-name.example.com' >>/etc/hosts\niptables -t nat -A POSTROUTING -d 10.9.8.0/23 -s 10.9.8.7 -j MASQUERADE");
    ipt_edge_hosts_repeated: ipt("-t nat -A POSTROUTING -s beta -j MASQUERADE").private_etc().setup(
        "printf '10.0.0.2 beta\\n10.0.0.3 beta\\n10.0.0.2 beta\\n' >>/etc/hosts").check(S);
    ipt_edge_rulenum_hex: ipt("-t nat -D POSTROUTING 0x1").setup("iptables -t nat -A POSTROUTING -j MASQUERADE").check(S);
    ipt_edge_counters_saturate: ipt("-t nat -A POSTROUTING -c 18446744073709551615 18446744073709551616 -j MASQUERADE").check("iptables -t nat -S -v");
    ipt_edge_replace_list: ipt("-t nat -R POSTROUTING 1 -s 3.3.3.3,4.4.4.4 -j MASQUERADE").setup("iptables -t nat -A POSTROUTING -j MASQUERADE").check(S);
    ipt_edge_tcp_flags_one_arg: ipt("-t nat -A PREROUTING -p tcp --tcp-flags SYN -j RETURN");
    ipt_edge_tcp_flags_list: ipt("-t nat -L PREROUTING").setup("iptables -t nat -A PREROUTING -p tcp --tcp-flags SYN,ACK,URG NONE -j RETURN");
    ipt_edge_multiport_two_options: ipt("-t nat -A PREROUTING -p tcp -m multiport --dports 80 --sports 90 -j RETURN");
    ipt_edge_multiport_icmp: ipt("-t nat -A PREROUTING -p icmp -m multiport --dports 80 -j RETURN");
    ipt_edge_dnat_funky_range: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:2000-1000");
    ipt_edge_dnat_garbage_base: ipt("-t nat -A PREROUTING -p tcp -j DNAT --to-destination 1.1.1.1:80/0");
    ipt_edge_redirect_service: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports ssh").check(S);
    ipt_edge_redirect_service_range: ipt("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 1-ssh");
    ipt_edge_snat_service: ipt("-t nat -A POSTROUTING -p tcp -j SNAT --to-source 1.1.1.1:ssh").check(S);
    ipt_edge_limit_too_fast: ipt("-t nat -A PREROUTING -m limit --limit 1000000/s -j RETURN");
    ipt_edge_zero_keeps_unread_rules: ipt("-t nat -Z").setup(
        "iptables -t nat -A PREROUTING -j LOG -c 5 5\niptables -t nat -A PREROUTING -j RETURN -c 5 5\nnft add rule ip nat PREROUTING counter accept comment '\"hello\"'")
        .check("nft list chain ip nat PREROUTING");

    // statistic and LOG, as kube-proxy and others use them in nat
    ipt_edge_statistic_random: ipt("-t nat -A PREROUTING -m statistic --mode random --probability 0.333 -j RETURN").check(S);
    ipt_edge_statistic_random_inverted: ipt("-t nat -A PREROUTING -m statistic --mode random ! --probability 0.25 -j RETURN").check(S);
    ipt_edge_statistic_nth: ipt("-t nat -A PREROUTING -m statistic --mode nth ! --every 3 --packet 2 -j RETURN").check(S);
    ipt_edge_statistic_no_mode: ipt("-t nat -A PREROUTING -m statistic --probability 0.5 -j RETURN");
    ipt_edge_statistic_no_packet: ipt("-t nat -A PREROUTING -m statistic --mode nth --every 3 -j RETURN");
    ipt_edge_statistic_bad: ipt("-t nat -A PREROUTING -m statistic --mode random --probability 1.5 -j RETURN");
    ipt_edge_statistic_mode_inverted: ipt("-t nat -A PREROUTING -m statistic ! --mode random --probability 0.5 -j RETURN");
    ipt_edge_log_all: ipt("-t nat -A PREROUTING -j LOG --log-level debug --log-prefix abc --log-ip-options --log-tcp-options --log-macdecode --log-uid --log-tcp-sequence").check(S);
    ipt_edge_log_bad_level: ipt("-t nat -A PREROUTING -j LOG --log-level 9");
    ipt_edge_log_err_level: ipt("-t nat -A PREROUTING -j LOG --log-level err");
    ipt_edge_log_panic_level: ipt("-t nat -L PREROUTING").setup("iptables -t nat -A PREROUTING -j LOG --log-level panic");
    ipt_edge_log_long_prefix: ipt("-t nat -A PREROUTING -j LOG --log-prefix 0123456789012345678901234567890").check(S);
    ipt_edge_list_statistic_log: ipt("-t nat -L PREROUTING").setup(STATS);
    ipt_edge_list_statistic_log_numeric: ipt("-t nat -L PREROUTING -n -v").setup(STATS);
    ipt_edge_owner_dump: ipt("-t nat -S OUTPUT").setup(OWNER);
    ipt_edge_owner_list: ipt("-t nat -L OUTPUT").setup(OWNER);
    ipt_edge_owner_list_numeric: ipt("-t nat -L OUTPUT -n").setup(OWNER);
    ipt_edge_owner_delete: ipt("-t nat -D OUTPUT -m owner ! --uid-owner 1337 -j RETURN").setup(OWNER).check(S);
    ipt_edge_owner_bad_user: ipt("-t nat -A OUTPUT -m owner --uid-owner nosuchuser -j RETURN");
    ipt_edge_owner_suppl_first: ipt("-t nat -A OUTPUT -m owner --suppl-groups -j RETURN");
    ipt_edge_owner_help: ipt("-m owner -h");
    ipt_edge_kube_like_delete: ipt("-t nat -D KUBE-SVC-X -m comment --comment \"ns/svc:http\" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-A").setup(KUBE).check(S);
}

/// statistic and LOG rules.
const STATS: &str = "\
iptables -t nat -A PREROUTING -m statistic --mode nth --every 3 --packet 1 -j RETURN
iptables -t nat -A PREROUTING -m statistic --mode random ! --probability 0.25 -j RETURN
iptables -t nat -A PREROUTING -j LOG --log-prefix \"p: \" --log-level 4 --log-tcp-sequence --log-uid
iptables -t nat -A PREROUTING -j LOG --log-level error";

/// A service chain as kube-proxy writes it.
const KUBE: &str = "\
iptables -t nat -N KUBE-SVC-X
iptables -t nat -N KUBE-SEP-A
iptables -t nat -N KUBE-SEP-B
iptables -t nat -A KUBE-SEP-A -p tcp -m comment --comment ns/svc:http -m tcp -j DNAT --to-destination 10.244.0.5:8080
iptables -t nat -A KUBE-SVC-X -m comment --comment ns/svc:http -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-A
iptables -t nat -A KUBE-SVC-X -m comment --comment ns/svc:http -j KUBE-SEP-B";

/// owner matches, as a service mesh writes them in nat OUTPUT.
const OWNER: &str = "\
iptables -t nat -A OUTPUT -m owner --uid-owner 1337 -j RETURN
iptables -t nat -A OUTPUT -m owner ! --uid-owner 1337 -j RETURN
iptables -t nat -A OUTPUT -m owner --uid-owner root -j RETURN
iptables -t nat -A OUTPUT -m owner --gid-owner 1337 -j RETURN
iptables -t nat -A OUTPUT -m owner --uid-owner 10-20 -j RETURN
iptables -t nat -A OUTPUT -m owner --socket-exists -j RETURN
iptables -t nat -A OUTPUT -m owner ! --gid-owner 5 --suppl-groups -j RETURN";
