//! ip6tables' NAT targets against ip6tables-nft 1.8.9: MASQUERADE, REDIRECT and NETMAP
//! (`nf_nat_range`, revision 0), SNAT (revision 1) and DNAT (`nf_nat_range2`, revision 2)
//! with IPv6 addresses: `[ADDR[-ADDR]]:PORT[-PORT[/BASE]]`, `:PORT`, bare addresses (no
//! port), every option and refusal, the listings, -C/-D by spec, rules the reference wrote
//! read back, the help texts, and the shapes Docker (`--ipv6 --ip6tables`) writes.

use crate::common::{argv, ip6t, ipt, SAVE_DATES};

const S: &str = "ip6tables -t nat -S";
const SAVE: &str = "ip6tables-save -t nat";
const S6: &str = "ip6tables -S";

/// NAT rules of every form, written by the reference.
const RULES: &str = "\
ip6tables -t nat -A POSTROUTING -j MASQUERADE
ip6tables -t nat -A POSTROUTING -s fd00::/64 ! -o docker0 -j MASQUERADE
ip6tables -t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1000-2000 --random
ip6tables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 53 --random-fully
ip6tables -t nat -A POSTROUTING -j SNAT --to-source 2001:db8::1-2001:db8::5 --persistent
ip6tables -t nat -A POSTROUTING -p udp -j SNAT --to-source [2001:db8::1]:1000 --random --random-fully
ip6tables -t nat -A POSTROUTING -p tcp -j SNAT --to-source [2001:db8::1]:1000-2000/1500
ip6tables -t nat -A POSTROUTING -p sctp -j SNAT --to-source :2000
ip6tables -t nat -A POSTROUTING -j NETMAP --to 2001:db8:1::/64
ip6tables -t nat -N DOCKER
ip6tables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
ip6tables -t nat -A DOCKER ! -i docker0 -p tcp --dport 8080 -j DNAT --to-destination [fd00::2]:80
ip6tables -t nat -A DOCKER -p tcp -j DNAT --to-destination [2001:db8::2-2001:db8::3]:80-90 --random --persistent
ip6tables -t nat -A DOCKER -p tcp -j DNAT --to-destination [2001:db8::2]:80-90/85
ip6tables -t nat -A DOCKER -p dccp -j DNAT --to-destination :80
ip6tables -t nat -A DOCKER -j DNAT --to-destination 2001:db8::1:80
ip6tables -t nat -A DOCKER -j DNAT --to-destination ::ffff:10.0.0.1
ip6tables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080
ip6tables -t nat -A PREROUTING -p udp -j REDIRECT --to-ports 53-54 --random
ip6tables -t nat -A PREROUTING -j REDIRECT
ip6tables -t nat -A PREROUTING -j NETMAP --to 2001:db8::1";

/// A DNAT with `--to-destination ARG` after `-p tcp` (the addresses and ports as read).
fn dnat(arg: &str) -> crate::common::Case {
    argv([
        "ip6tables",
        "-t",
        "nat",
        "-A",
        "PREROUTING",
        "-p",
        "tcp",
        "-j",
        "DNAT",
        "--to-destination",
        arg,
    ])
    .check(S)
}

fn netmap(arg: &str) -> crate::common::Case {
    argv([
        "ip6tables",
        "-t",
        "nat",
        "-A",
        "PREROUTING",
        "-j",
        "NETMAP",
        "--to",
        arg,
    ])
    .check(S)
}

cases! {
    // MASQUERADE
    ip6t_nat_masq: ip6t("-t nat -A POSTROUTING -j MASQUERADE").check(S);
    ip6t_nat_masq_docker: ip6t("-t nat -A POSTROUTING -s fd00::/64 ! -o docker0 -j MASQUERADE").check(S);
    ip6t_nat_masq_ports: ip6t("-t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1000-2000").check(S);
    ip6t_nat_masq_port: ip6t("-t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 53").check(S);
    ip6t_nat_masq_port_name: ip6t("-t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports http").check(S);
    ip6t_nat_masq_shifted: ip6t("-t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 80-90/85").check(S);
    ip6t_nat_masq_port_zero: ip6t("-t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 0").check(S);
    ip6t_nat_masq_random: ip6t("-t nat -A POSTROUTING -j MASQUERADE --random").check(S);
    ip6t_nat_masq_random_fully: ip6t("-t nat -A POSTROUTING -j MASQUERADE --random-fully --random").check(S);
    ip6t_nat_masq_ports_no_proto: ip6t("-t nat -A POSTROUTING -j MASQUERADE --to-ports 1000");
    ip6t_nat_masq_ports_icmp: ip6t("-t nat -A POSTROUTING -p ipv6-icmp -j MASQUERADE --to-ports 1000");
    ip6t_nat_masq_ports_bad: ip6t("-t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports foo");
    ip6t_nat_masq_ports_funky: ip6t("-t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 2000-1000");
    ip6t_nat_masq_ports_twice: ip6t("-t nat -A POSTROUTING -p tcp -j MASQUERADE --to-ports 1 --to-ports 2");
    ip6t_nat_masq_inverted: ip6t("-t nat -A POSTROUTING -j MASQUERADE ! --random");
    ip6t_nat_masq_persistent: ip6t("-t nat -A POSTROUTING -j MASQUERADE --persistent");
    ip6t_nat_masq_filter_table: ip6t("-A OUTPUT -j MASQUERADE");
    ip6t_nat_masq_help: ip6t("-j MASQUERADE -h");
    // REDIRECT
    ip6t_nat_redirect: ip6t("-t nat -A PREROUTING -j REDIRECT").check(S);
    ip6t_nat_redirect_port: ip6t("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 8080").check(S);
    ip6t_nat_redirect_random: ip6t("-t nat -A OUTPUT -p udp -j REDIRECT --to-ports 53-54 --random").check(S);
    ip6t_nat_redirect_shifted: ip6t("-t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 80-90/85");
    ip6t_nat_redirect_no_proto: ip6t("-t nat -A PREROUTING -j REDIRECT --to-ports 8080");
    ip6t_nat_redirect_random_fully: ip6t("-t nat -A PREROUTING -j REDIRECT --random-fully");
    ip6t_nat_redirect_help: ip6t("-j REDIRECT -h");
    // SNAT
    ip6t_nat_snat: ip6t("-t nat -A POSTROUTING -j SNAT --to-source 2001:db8::1").check(S);
    ip6t_nat_snat_range: ip6t("-t nat -A POSTROUTING -j SNAT --to-source 2001:db8::1-2001:db8::5").check(S);
    ip6t_nat_snat_range_reversed: ip6t("-t nat -A POSTROUTING -j SNAT --to-source 2001:db8::5-2001:db8::1").check(S);
    ip6t_nat_snat_port: ip6t("-t nat -A POSTROUTING -p udp -j SNAT --to-source [2001:db8::1]:1000").check(S);
    ip6t_nat_snat_ports: ip6t("-t nat -A POSTROUTING -p tcp -j SNAT --to-source [2001:db8::1]:1000-2000").check(S);
    ip6t_nat_snat_shifted: ip6t("-t nat -A POSTROUTING -p tcp -j SNAT --to-source [2001:db8::1]:1000-2000/1500").check(S);
    ip6t_nat_snat_flags: ip6t("-t nat -A POSTROUTING -j SNAT --to-source 2001:db8::1 --random --persistent").check(S);
    ip6t_nat_snat_random_fully: ip6t("-t nat -A POSTROUTING -j SNAT --to-source 2001:db8::1 --random-fully").check(S);
    ip6t_nat_snat_port_zero: ip6t("-t nat -A POSTROUTING -p tcp -j SNAT --to-source [2001:db8::1]:0").check(S);
    ip6t_nat_snat_ports_funky: ip6t("-t nat -A POSTROUTING -p tcp -j SNAT --to-source [2001:db8::1]:2000-1000");
    ip6t_nat_snat_twice: ip6t("-t nat -A POSTROUTING -j SNAT --to-source 2001:db8::1 --to-source 2001:db8::2");
    ip6t_nat_snat_missing: ip6t("-t nat -A POSTROUTING -j SNAT");
    ip6t_nat_snat_v4: ip6t("-t nat -A POSTROUTING -j SNAT --to-source 10.0.0.1");
    ip6t_nat_snat_inverted: ip6t("-t nat -A POSTROUTING -j SNAT ! --to-source 2001:db8::1");
    ip6t_nat_snat_filter_table: ip6t("-t filter -A INPUT -j SNAT --to-source 2001:db8::1");
    ip6t_nat_snat_help: ip6t("-j SNAT -h");
    // DNAT: every address and port form
    ip6t_nat_dnat: ip6t("-t nat -A PREROUTING -j DNAT --to-destination 2001:db8::2").check(S);
    ip6t_nat_dnat_docker: ip6t("-t nat -A DOCKER ! -i docker0 -p tcp --dport 8080 -j DNAT --to-destination [fd00::2]:80")
        .setup("ip6tables -t nat -N DOCKER").check(S);
    ip6t_nat_dnat_range_ports: ip6t("-t nat -A PREROUTING -p tcp -j DNAT --to-destination [2001:db8::2-2001:db8::3]:80-90").check(S);
    ip6t_nat_dnat_shifted: ip6t("-t nat -A PREROUTING -p tcp -j DNAT --to-destination [2001:db8::2]:80-90/85").check(S);
    ip6t_nat_dnat_flags: ip6t("-t nat -A PREROUTING -p tcp -j DNAT --to-destination [2001:db8::1]:80 --random --persistent").check(S);
    ip6t_nat_dnat_random_fully: ip6t("-t nat -A PREROUTING -j DNAT --to-destination 2001:db8::1 --random-fully");
    ip6t_nat_dnat_missing: ip6t("-t nat -A PREROUTING -j DNAT");
    ip6t_nat_dnat_port_no_proto: ip6t("-t nat -A PREROUTING -j DNAT --to-destination [2001:db8::1]:80");
    ip6t_nat_dnat_port_only_no_proto: ip6t("-t nat -A PREROUTING -j DNAT --to-destination :foo");
    ip6t_nat_dnat_bracket: dnat("[2001:db8::1]");
    ip6t_nat_dnat_bracket_open: dnat("[2001:db8::1");
    ip6t_nat_dnat_bracket_trailing: dnat("[2001:db8::1]x");
    ip6t_nat_dnat_bracket_garbage_port: dnat("[::1]xx:80-90");
    ip6t_nat_dnat_bracket_empty: dnat("[]");
    ip6t_nat_dnat_bracket_empty_port: dnat("[]:80");
    ip6t_nat_dnat_bracket_nested: dnat("[[::1]]:80");
    ip6t_nat_dnat_port_empty: dnat("[2001:db8::1]:");
    ip6t_nat_dnat_port_colon: dnat("[2001:db8::1]:80:90");
    ip6t_nat_dnat_port_garbage: dnat("[zz]:80x");
    ip6t_nat_dnat_port_name: dnat("[2001:db8::1]:http");
    ip6t_nat_dnat_port_bad: dnat("[2001:db8::1]:foo");
    ip6t_nat_dnat_port_big: dnat("[::1]:65536");
    ip6t_nat_dnat_port_hex: dnat("[::1]:0x50");
    ip6t_nat_dnat_port_blank: dnat("[::1]: 80");
    ip6t_nat_dnat_port_dash: dnat("[::1]:80-");
    ip6t_nat_dnat_port_negative: dnat("[::1]:-80");
    ip6t_nat_dnat_base_zero: dnat("[::1]:80-90/0");
    ip6t_nat_dnat_base_garbage: dnat("[::1]:80-90/85x");
    ip6t_nat_dnat_port_only: dnat(":80");
    ip6t_nat_dnat_port_only_garbage: dnat(":1.2.3.4");
    ip6t_nat_dnat_colon: dnat(":");
    ip6t_nat_dnat_no_brackets: dnat("2001:db8::1:80");
    ip6t_nat_dnat_any: dnat("::");
    ip6t_nat_dnat_two_colons: dnat("::80");
    ip6t_nat_dnat_three_colons: dnat(":::80");
    ip6t_nat_dnat_one_colon: dnat("1.2.3.4:80");
    ip6t_nat_dnat_name_port: dnat("a:80");
    ip6t_nat_dnat_v4: dnat("10.0.0.1");
    ip6t_nat_dnat_v4_bracket: dnat("[1.2.3.4]:80");
    ip6t_nat_dnat_v4_mapped: dnat("::ffff:1.2.3.4");
    ip6t_nat_dnat_name: dnat("localhost");
    ip6t_nat_dnat_scope: dnat("fe80::1%lo");
    ip6t_nat_dnat_blank: dnat(" ::1");
    ip6t_nat_dnat_empty: dnat("");
    ip6t_nat_dnat_range_open_end: dnat("2001:db8::1-");
    ip6t_nat_dnat_range_open_start: dnat("-2001:db8::1");
    ip6t_nat_dnat_range_three: dnat("[::1-::2-::3]");
    ip6t_nat_dnat_range_double_dash: dnat("::1--::2");
    ip6t_nat_dnat_range_bracket: dnat("[2001:db8::1-2001:db8::2]");
    ip6t_nat_dnat_help: ip6t("-j DNAT -h");
    // NETMAP
    ip6t_nat_netmap: netmap("2001:db8:1::/64");
    ip6t_nat_netmap_host: netmap("2001:db8::1");
    ip6t_nat_netmap_host_bits: netmap("2001:db8::1/64");
    ip6t_nat_netmap_mask: netmap("2001:db8::/ffff:ffff::");
    ip6t_nat_netmap_mask_holes: netmap("2001:db8::/ffff::ffff");
    ip6t_nat_netmap_zero: netmap("2001:db8::/0");
    ip6t_nat_netmap_octal: netmap("::/010");
    ip6t_nat_netmap_octal_bad: netmap("::/08");
    ip6t_nat_netmap_hex: netmap("::1/0x40");
    ip6t_nat_netmap_blank: netmap("::1/ 64");
    ip6t_nat_netmap_too_long: netmap("2001:db8::/129");
    ip6t_nat_netmap_two_masks: netmap("2001:db8::1/64/2");
    ip6t_nat_netmap_empty_mask: netmap("::1/");
    ip6t_nat_netmap_v4: netmap("1.2.3.4");
    ip6t_nat_netmap_v4_short: netmap("10.1");
    ip6t_nat_netmap_bracket: netmap("[::1]");
    ip6t_nat_netmap_scope: netmap("2001:db8::1%lo");
    ip6t_nat_netmap_trailing_blank: netmap("2001:db8::1 ");
    ip6t_nat_netmap_name: netmap("h6").private_etc().setup("echo '2001:db8::7 h6' >>/etc/hosts");
    ip6t_nat_netmap_name_v4: netmap("v4only").private_etc().setup("echo '10.9.9.9 v4only' >>/etc/hosts");
    ip6t_nat_netmap_missing: ip6t("-t nat -A PREROUTING -j NETMAP");
    ip6t_nat_netmap_inverted: ip6t("-t nat -A PREROUTING -j NETMAP ! --to ::/0");
    ip6t_nat_netmap_help: ip6t("-j NETMAP -h");
    // listings of rules the reference wrote; -C/-D by spec
    ip6t_nat_dump: ip6t("-t nat -S").setup(RULES);
    ip6t_nat_list_numeric: ip6t("-t nat -L -n").setup(RULES);
    ip6t_nat_list_verbose: ip6t("-t nat -L -n -v -x --line-numbers").setup(RULES);
    ip6t_nat_list_names: ip6t("-t nat -L").setup(RULES);
    ip6t_nat_save: argv(["ip6tables-save", "-t", "nat"]).setup(RULES).norm(SAVE_DATES);
    ip6t_nat_nft: argv(["sh", "-c", "ip6tables -t nat -N X && nft list table ip6 nat"]).setup(RULES);
    ip6t_nat_written_nft: argv(["sh", "-c", RULES]).check("nft list table ip6 nat");
    ip6t_nat_restore: argv(["sh", "-c", "ip6tables-save -t nat | sed -e '/^#/d' > /tmp/nat.rules; ip6tables -t nat -F; ip6tables-restore < /tmp/nat.rules"]).setup(RULES).check(SAVE).norm(SAVE_DATES);
    ip6t_nat_check_dnat: ip6t("-t nat -C DOCKER ! -i docker0 -p tcp --dport 8080 -j DNAT --to-destination [fd00::2]:80").setup(RULES);
    ip6t_nat_check_dnat_other_port: ip6t("-t nat -C DOCKER ! -i docker0 -p tcp --dport 8080 -j DNAT --to-destination [fd00::2]:81").setup(RULES);
    ip6t_nat_check_masq: ip6t("-t nat -C POSTROUTING -s fd00::/64 ! -o docker0 -j MASQUERADE").setup(RULES);
    ip6t_nat_check_snat_flags: ip6t("-t nat -C POSTROUTING -p udp -j SNAT --to-source [2001:db8::1]:1000 --random-fully --random").setup(RULES);
    ip6t_nat_check_snat_missing: ip6t("-t nat -C POSTROUTING -p udp -j SNAT --to-source [2001:db8::1]:1000 --random").setup(RULES);
    ip6t_nat_check_netmap: ip6t("-t nat -C POSTROUTING -j NETMAP --to 2001:db8:1::5/64").setup(RULES);
    ip6t_nat_check_redirect: ip6t("-t nat -C PREROUTING -p udp -j REDIRECT --to-ports 53-54 --random").setup(RULES);
    ip6t_nat_delete_dnat: ip6t("-t nat -D DOCKER -p tcp -j DNAT --to-destination [2001:db8::2]:80-90/85").setup(RULES).check(S);
    ip6t_nat_delete_masq: ip6t("-t nat -D POSTROUTING -p tcp -j MASQUERADE --to-ports 1000-2000 --random").setup(RULES).check(S);
    ip6t_nat_delete_snat_missing: ip6t("-t nat -D POSTROUTING -j SNAT --to-source 2001:db8::1-2001:db8::6 --persistent").setup(RULES).check(S);
    ip6t_nat_v4_apart: argv(["sh", "-c", "iptables -t nat -A POSTROUTING -j SNAT --to-source 10.0.0.1:1000-2000 -p tcp; ip6tables -t nat -A POSTROUTING -j SNAT --to-source [2001:db8::1]:1000-2000 -p tcp; iptables -t nat -S; ip6tables -t nat -S; iptables -t nat -A PREROUTING -j NETMAP --to 10.0.0.0/8; ip6tables -t nat -A PREROUTING -j NETMAP --to 10.0.0.0/8; iptables -t nat -L -n"]);
    ip6t_nat_v4_colons: argv(["sh", "-c", "iptables -t nat -N X; for a in 1.2.3.4:80:90 :80:90 1.2.3.4::80 :: 1.2.3.4:80x; do iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination $a; done; iptables -t nat -S"]);
}

/// Real IPv6 traffic through NAT66 written by the tool under test: a client namespace
/// (fd00:1::2) routes through this one to a server namespace (fd00:2::2) that has no route
/// back, so only MASQUERADE lets its `ping -6` through; a DNAT port forward of
/// [fd00:1::1]:8080 to [fd00:2::2]:80 reaches an HTTP server that sees the masqueraded
/// router address; the rules' counters count the connections.
const TRAFFIC: &str = r#"ip netns add c
ip netns add s
ip link add veth-c type veth peer name c0
ip link set c0 netns c
ip link add eth0 type veth peer name s0
ip link set s0 netns s
ip -6 addr add fd00:1::1/64 dev veth-c nodad
ip -6 addr add fd00:2::1/64 dev eth0 nodad
ip link set veth-c up
ip link set eth0 up
ip -n c -6 addr add fd00:1::2/64 dev c0 nodad
ip -n c link set c0 up
ip -n c link set lo up
ip -n c -6 route add default via fd00:1::1
ip -n s -6 addr add fd00:2::2/64 dev s0 nodad
ip -n s link set s0 up
ip -n s link set lo up
echo 1 >/proc/sys/net/ipv6/conf/all/forwarding
ip6tables -t nat -A POSTROUTING -s fd00:1::/64 -o eth0 -j MASQUERADE
ip6tables -t nat -A PREROUTING -d fd00:1::1 -p tcp --dport 8080 -j DNAT --to-destination [fd00:2::2]:80
ip6tables -t nat -S
ip netns exec s ping -6 -c1 -W1 fd00:1::2 >/dev/null 2>&1 || echo "no route back: server cannot reach the client"
ip netns exec c ping -6 -c1 -W3 fd00:2::2 >/dev/null && echo "ping: through"
W=$(mktemp -d)
echo "hello through NAT66" >"$W/hello.txt"
ip netns exec s sh -c "cd $W && exec python3 -m http.server --bind :: 80" >/dev/null 2>"$W/log" &
P=$!
ip netns exec s python3 -c 'import socket, time
for _ in range(100):
    try:
        socket.create_connection(("::1", 80)).close(); break
    except OSError:
        time.sleep(0.05)'
ip netns exec c python3 -c 'import urllib.request
print(urllib.request.urlopen("http://[fd00:1::1]:8080/hello.txt", timeout=5).read().decode(), end="")'
{ kill $P; wait $P; } 2>/dev/null
awk '$1 != "::1" { print "server saw", $1, $6, $7, $9 }' "$W/log"
rm -rf "$W"
ip6tables -t nat -L -n -v -x | awk '/MASQUERADE|DNAT/ { print $1, $3 }'
"#;

cases! {
    ip6t_nat_traffic: argv(["sh", "-c", TRAFFIC]).timeout(60);
}

// ------------------------------------------------------------------ libxt extensions with
// addresses or masks, under ip6tables (IPv6 addresses, 128-bit masks, IPv4 refused)

/// Rules of those extensions, written by the reference.
const EXT_RULES: &str = "\
ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::1
ip6tables -A INPUT -m conntrack --ctorigdst 2001:db8::/64 ! --ctreplsrc 2001:db8::2 --ctrepldst ::/0
ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::1/ffff:: --ctrepldst 2001:db8::1/ffff::ffff
ip6tables -A INPUT -m iprange --src-range 2001:db8::1-2001:db8::9
ip6tables -A INPUT -m iprange ! --dst-range 2001:db8::1-2001:db8::9 --src-range ::1
ip6tables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 2001:db8::1 --tunnel-dst 2001:db8::/64 --proto esp --spi 5
ip6tables -A OUTPUT -m policy --dir out --pol ipsec --strict --mode tunnel ! --tunnel-src 2001:db8::/ffff:ffff:ffff:: --next --reqid 3
ip6tables -A INPUT -m recent --set
ip6tables -A INPUT -m recent --rcheck --seconds 60 --mask ffff:ffff:ffff:ffff:: --name x --rdest
ip6tables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x --hashlimit-mode srcip --hashlimit-srcmask 64
ip6tables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name y --hashlimit-dstmask ffff:ffff::
ip6tables -A INPUT -m hashlimit --hashlimit-above 5/sec --hashlimit-name z
ip6tables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask 64
ip6tables -A INPUT -p tcp -m connlimit --connlimit-above 2
ip6tables -A INPUT -p tcp -m connlimit --connlimit-upto 2 --connlimit-mask ffff:ffff:: --connlimit-daddr
ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip 2001:db8::1
ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip 2001:db8::1 --tproxy-mark 1/1
ip6tables -t mangle -A PREROUTING -p udp -j TPROXY --on-port 53
ip6tables -t mangle -A PREROUTING -j TEE --gateway 2001:db8::1
ip6tables -t mangle -A PREROUTING -j TEE --gateway 2001:db8::1 --oif eth0";

const SETS: &str =
    "ipset create s6 hash:ip family inet6\nipset create s4 hash:ip\nipset create sl list:set";
const BOTH: &str = "ip6tables -S; ip6tables -t mangle -S";

cases! {
    // conntrack
    ip6t_nat_ext_conntrack_host: ip6t("-A INPUT -m conntrack --ctorigsrc 2001:db8::1").check(S6);
    ip6t_nat_ext_conntrack_nets: ip6t("-A INPUT -m conntrack --ctorigdst 2001:db8::/64 ! --ctreplsrc 2001:db8::2 --ctrepldst ::/0").check(S6);
    ip6t_nat_ext_conntrack_mask: ip6t("-A INPUT -m conntrack --ctorigsrc 2001:db8::1/ffff::").check(S6);
    ip6t_nat_ext_conntrack_mask_holes: ip6t("-A INPUT -m conntrack --ctrepldst 2001:db8::1/ffff::ffff").check(S6);
    ip6t_nat_ext_conntrack_mask_hex: ip6t("-A INPUT -m conntrack --ctreplsrc 2001:db8::1/0x30").check(S6);
    ip6t_nat_ext_conntrack_mask_long: ip6t("-A INPUT -m conntrack --ctorigsrc 2001:db8::/129");
    ip6t_nat_ext_conntrack_v4: ip6t("-A INPUT -m conntrack --ctorigsrc 10.0.0.1");
    ip6t_nat_ext_conntrack_list: ip6t("-A INPUT -m conntrack --ctorigsrc 2001:db8::1,2001:db8::2");
    ip6t_nat_ext_conntrack_scope: ip6t("-A INPUT -m conntrack --ctorigsrc fe80::1%lo");
    // a link names only a link-local address's scope (unicast, or link-local multicast)
    ip6t_nat_ext_scopes: argv(["sh", "-c", "ip6tables -N X; for a in 2001:db8::1%lo fe80::1%lo fe80::1%nosuch fe80::1%5 ff02::1%lo ff05::1%lo fe80::1% fe80::1%1x; do ip6tables -A X -m conntrack --ctorigsrc $a; done; ip6tables -t nat -A PREROUTING -j NETMAP --to fe80::1%lo/64; ip6tables -t mangle -A PREROUTING -j TEE --gateway fe80::1%1; ip6tables -S X; ip6tables -t nat -S PREROUTING; ip6tables -t mangle -S PREROUTING"]);
    ip6t_nat_ext_conntrack_name: ip6t("-A INPUT -m conntrack --ctorigsrc h6 --ctorigdst h6/64").private_etc()
        .setup("echo '2001:db8::7 h6' >>/etc/hosts").check("ip6tables -S INPUT; ip6tables -L INPUT");
    ip6t_nat_ext_conntrack_name_v4: ip6t("-A INPUT -m conntrack --ctorigsrc v4only").private_etc()
        .setup("echo '10.9.9.9 v4only' >>/etc/hosts");
    ip6t_nat_ext_conntrack_check: ip6t("-C INPUT -m conntrack --ctorigdst 2001:db8::/64 ! --ctreplsrc 2001:db8::2 --ctrepldst ::/0").setup(EXT_RULES);
    ip6t_nat_ext_conntrack_delete: ip6t("-D INPUT -m conntrack --ctorigsrc 2001:db8::1/16 --ctrepldst 2001:db8::1").setup(EXT_RULES).check(S6);
    ip6t_nat_ext_conntrack_v4_unchanged: ipt("-A INPUT -m conntrack --ctorigsrc 10.0.0.1/8 --ctrepldst 10.0.0.1/255.0.255.0").check("iptables -S; iptables -L -n");
    // iprange
    ip6t_nat_ext_iprange: ip6t("-A INPUT -m iprange --src-range 2001:db8::1-2001:db8::9").check(S6);
    ip6t_nat_ext_iprange_inverted: ip6t("-A INPUT -m iprange ! --dst-range 2001:db8::1-2001:db8::9").check(S6);
    ip6t_nat_ext_iprange_single: ip6t("-A INPUT -m iprange --src-range 2001:db8::1").check(S6);
    ip6t_nat_ext_iprange_v4: ip6t("-A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9");
    ip6t_nat_ext_iprange_bad_end: ip6t("-A INPUT -m iprange --src-range 2001:db8::1-foo");
    ip6t_nat_ext_iprange_three: ip6t("-A INPUT -m iprange --src-range ::1-::2-::3");
    ip6t_nat_ext_iprange_blank: ip6t("-A INPUT -m iprange --dst-range ::1-\\ ::2");
    ip6t_nat_ext_iprange_reversed: ip6t("-A INPUT -m iprange --dst-range 2001:db8::9-2001:db8::1").check(S6);
    ip6t_nat_ext_iprange_reversed_v4: ipt("-A INPUT -m iprange --src-range 10.0.0.9-10.0.0.1 --dst-range 10.1-10.0.0.1").check("iptables -S");
    ip6t_nat_ext_iprange_reversed_refused: ip6t("-A INPUT -m iprange --src-range ::9-::1 --bogus");
    ip6t_nat_ext_iprange_check: ip6t("-C INPUT -m iprange ! --dst-range 2001:db8::1-2001:db8::9 --src-range ::1-::1").setup(EXT_RULES);
    // policy
    ip6t_nat_ext_policy_tunnel: ip6t("-A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 2001:db8::1 --tunnel-dst 2001:db8::/64 --proto esp --spi 5").check(S6);
    ip6t_nat_ext_policy_not_tunnel: ip6t("-A INPUT -m policy --dir in --pol ipsec --tunnel-src 2001:db8::1 --tunnel-dst 2001:db8::/64");
    ip6t_nat_ext_policy_v4: ip6t("-A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.0.0.1");
    ip6t_nat_ext_policy_mask_long: ip6t("-A INPUT -m policy --dir out --pol ipsec --mode tunnel --tunnel-src 2001:db8::/129");
    ip6t_nat_ext_policy_mask: ip6t("-A OUTPUT -m policy --dir out --pol ipsec --mode tunnel --tunnel-dst 2001:db8::1/ffff:ffff:ffff::").check(S6);
    ip6t_nat_ext_policy_check: ip6t("-C OUTPUT -m policy --dir out --pol ipsec --strict --mode tunnel ! --tunnel-src 2001:db8::/48 --next --reqid 3").setup(EXT_RULES);
    // recent
    ip6t_nat_ext_recent_set: ip6t("-A INPUT -m recent --set").check(S6);
    ip6t_nat_ext_recent_mask: ip6t("-A INPUT -m recent --rcheck --seconds 60 --mask ffff:ffff:ffff:ffff::").check(S6);
    ip6t_nat_ext_recent_mask_v4: ip6t("-A INPUT -m recent --rcheck --mask 255.255.255.0");
    ip6t_nat_ext_recent_mask_name: ip6t("-A INPUT -m recent --rcheck --mask h6").private_etc()
        .setup("echo 'ffff:ffff:: h6' >>/etc/hosts").check(S6);
    ip6t_nat_ext_recent_mask_bad: ip6t("-A INPUT -m recent --rcheck --mask ffff::zz");
    ip6t_nat_ext_recent_check: ip6t("-C INPUT -m recent --rcheck --seconds 60 --mask ffff:ffff:ffff:ffff:: --name x --rdest").setup(EXT_RULES);
    // hashlimit
    ip6t_nat_ext_hashlimit_srcmask: ip6t("-A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x --hashlimit-mode srcip --hashlimit-srcmask 64").check(S6);
    ip6t_nat_ext_hashlimit_default: ip6t("-A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x").check("ip6tables -S; nft list ruleset");
    ip6t_nat_ext_hashlimit_mask_long: ip6t("-A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x --hashlimit-srcmask 129");
    ip6t_nat_ext_hashlimit_mask_address: ip6t("-A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x --hashlimit-dstmask ffff:ffff::").check(S6);
    ip6t_nat_ext_hashlimit_mask_holes: ip6t("-A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x --hashlimit-dstmask ffff::ffff");
    ip6t_nat_ext_hashlimit_mask_128: ip6t("-A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x --hashlimit-srcmask 128 --hashlimit-dstmask 0").check(S6);
    ip6t_nat_ext_hashlimit_check: ip6t("-C INPUT -m hashlimit --hashlimit-above 5/sec --hashlimit-name z").setup(EXT_RULES);
    ip6t_nat_ext_hashlimit_v4_unchanged: ipt("-A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x --hashlimit-srcmask 24").check("iptables -S");
    // connlimit
    ip6t_nat_ext_connlimit_mask: ip6t("-A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask 64").check(S6);
    ip6t_nat_ext_connlimit_default: ip6t("-A INPUT -p tcp -m connlimit --connlimit-above 2").check(S6);
    ip6t_nat_ext_connlimit_mask_long: ip6t("-A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask 129");
    ip6t_nat_ext_connlimit_mask_address: ip6t("-A INPUT -p tcp -m connlimit --connlimit-upto 2 --connlimit-mask ffff:ffff:: --connlimit-daddr").check(S6);
    ip6t_nat_ext_connlimit_mask_holes: ip6t("-A INPUT -p tcp -m connlimit --connlimit-upto 2 --connlimit-mask ffff::ffff").check(S6);
    ip6t_nat_ext_connlimit_mask_v4: ip6t("-A INPUT -p tcp -m connlimit --connlimit-upto 2 --connlimit-mask 255.255.0.0");
    ip6t_nat_ext_connlimit_check: ip6t("-C INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask 128").setup(EXT_RULES);
    // TPROXY
    ip6t_nat_ext_tproxy: ip6t("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip 2001:db8::1").check(BOTH);
    ip6t_nat_ext_tproxy_mark: ip6t("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip 2001:db8::1 --tproxy-mark 1/1").check(BOTH);
    ip6t_nat_ext_tproxy_no_ip: ip6t("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1").check(BOTH);
    ip6t_nat_ext_tproxy_v4: ip6t("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip 10.0.0.1");
    ip6t_nat_ext_tproxy_bad: ip6t("-t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip 2001:db8::zz");
    ip6t_nat_ext_tproxy_check: ip6t("-t mangle -C PREROUTING -p udp -j TPROXY --on-port 53 --on-ip ::").setup(EXT_RULES);
    // TEE
    ip6t_nat_ext_tee: ip6t("-t mangle -A PREROUTING -j TEE --gateway 2001:db8::1").check(BOTH);
    ip6t_nat_ext_tee_oif: ip6t("-t mangle -A PREROUTING -j TEE --gateway 2001:db8::1 --oif eth0").check(BOTH);
    ip6t_nat_ext_tee_v4: ip6t("-t mangle -A PREROUTING -j TEE --gateway 10.0.0.1");
    ip6t_nat_ext_tee_name: ip6t("-t mangle -A PREROUTING -j TEE --gateway h6").private_etc()
        .setup("echo '2001:db8::7 h6' >>/etc/hosts").check(BOTH);
    ip6t_nat_ext_tee_delete: ip6t("-t mangle -D PREROUTING -j TEE --gateway 2001:db8::1 --oif eth0").setup(EXT_RULES).check(BOTH);
    // set / SET: a set of the other family refused
    ip6t_nat_ext_set: ip6t("-A INPUT -m set ! --match-set s6 src,dst --return-nomatch").setup(SETS).check("ip6tables -S; ip6tables -L -n");
    ip6t_nat_ext_set_v4_set: ip6t("-A INPUT -m set --match-set s4 src").setup(SETS);
    ip6t_nat_ext_set_v4_set_bad_flags: ip6t("-A INPUT -m set --match-set s4 foo").setup(SETS);
    ip6t_nat_ext_set_any_family: ip6t("-A INPUT -m set --match-set sl src").setup(SETS).check(S6);
    ip6t_nat_ext_set_target_v4_set: ip6t("-A INPUT -j SET --add-set s6 src --del-set s4 dst").setup(SETS);
    ip6t_nat_ext_set_target: ip6t("-A INPUT -j SET --add-set s6 src --exist --timeout 5").setup(SETS).check("ip6tables -S; ip6tables -L -n");
    ip6t_nat_ext_set_v6_set_in_v4: ipt("-A INPUT -m set --match-set s6 src").setup(SETS);
    ip6t_nat_ext_set_target_v6_set_in_v4: ipt("-A INPUT -j SET --map-set s6 src").setup(SETS);
    // all of them written by the reference, read back
    ip6t_nat_ext_dump: ip6t("-S").setup(EXT_RULES);
    ip6t_nat_ext_dump_mangle: ip6t("-t mangle -S").setup(EXT_RULES);
    ip6t_nat_ext_list_numeric: ip6t("-L -n -v").setup(EXT_RULES);
    ip6t_nat_ext_list_names: ip6t("-L").setup(EXT_RULES);
    ip6t_nat_ext_list_mangle: ip6t("-t mangle -L").setup(EXT_RULES);
    ip6t_nat_ext_list_mangle_numeric: ip6t("-t mangle -L -n").setup(EXT_RULES);
    ip6t_nat_ext_save: argv(["ip6tables-save"]).setup(EXT_RULES).norm(SAVE_DATES);
    ip6t_nat_ext_restore: argv(["sh", "-c", "ip6tables-save | sed -e '/^#/d' > /tmp/ext.rules; ip6tables -F; ip6tables -t mangle -F; ip6tables-restore < /tmp/ext.rules"]).setup(EXT_RULES).check("ip6tables-save | sed -e '/^#/d'");
    ip6t_nat_ext_written_nft: argv(["sh", "-c", EXT_RULES]).check("nft list ruleset");
}

/// What dockerd `--ipv6 --ip6tables` runs for a network fd00::/64 on docker0 and a container
/// fd00::2 publishing port 80 as 8080 (checking each rule with -C before adding it, `--wait`
/// given), then what it runs when the container stops.
const DOCKER_UP: &str = r#"ip6tables --wait -t nat -N DOCKER
ip6tables --wait -t filter -N DOCKER
ip6tables --wait -t nat -C PREROUTING -m addrtype --dst-type LOCAL -j DOCKER || ip6tables --wait -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
ip6tables --wait -t nat -C OUTPUT ! -d ::1/128 -m addrtype --dst-type LOCAL -j DOCKER || ip6tables --wait -t nat -A OUTPUT ! -d ::1/128 -m addrtype --dst-type LOCAL -j DOCKER
ip6tables --wait -t nat -C POSTROUTING -s fd00::/64 ! -o docker0 -j MASQUERADE || ip6tables --wait -t nat -I POSTROUTING -s fd00::/64 ! -o docker0 -j MASQUERADE
ip6tables --wait -t nat -C DOCKER -i docker0 -j RETURN || ip6tables --wait -t nat -I DOCKER -i docker0 -j RETURN
ip6tables --wait -t filter -C FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT || ip6tables --wait -t filter -I FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables --wait -t filter -A DOCKER -d fd00::2/128 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
ip6tables --wait -t nat -A POSTROUTING -s fd00::2/128 -d fd00::2/128 -p tcp -m tcp --dport 80 -j MASQUERADE
ip6tables --wait -t nat -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination [fd00::2]:80
ip6tables --wait -t nat -C DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination [fd00::2]:80
ip6tables-save | sed -e '/^#/d'"#;

const DOCKER_DOWN: &str = r#"ip6tables --wait -t filter -D DOCKER -d fd00::2/128 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
ip6tables --wait -t nat -D POSTROUTING -s fd00::2/128 -d fd00::2/128 -p tcp -m tcp --dport 80 -j MASQUERADE
ip6tables --wait -t nat -D DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination [fd00::2]:80
ip6tables --wait -t nat -C DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination [fd00::2]:80
ip6tables-save | sed -e '/^#/d'"#;

cases! {
    ip6t_nat_docker_up: argv(["sh", "-c", DOCKER_UP]).check("nft list ruleset");
    ip6t_nat_docker_down: argv(["sh", "-c", DOCKER_DOWN]).setup(DOCKER_UP).check("nft list ruleset");
}

/// Odd forms of the address and mask options under ip6tables, each with its result.
const ODD_FORMS: &str = r#"ip6tables -N Y
t() { echo "== $*"; "$@"; echo rc=$?; }
t ip6tables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x --hashlimit-srcmask 255.255.0.0
t ip6tables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x --hashlimit-srcmask 0x40
t ip6tables -A INPUT -m hashlimit --hashlimit-upto 5/sec --hashlimit-name x --hashlimit-srcmask -1
t ip6tables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask 0x40
t ip6tables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask 0
t ip6tables -A INPUT -p tcp -m connlimit --connlimit-above 2 --connlimit-mask ::
t ip6tables -A INPUT -m recent --set --mask 1
t ip6tables -A INPUT -m recent --set --mask ::
t ip6tables -A INPUT -m recent --set --mask localhost
t ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip localhost
t ip6tables -t mangle -A PREROUTING -p tcp -j TPROXY --on-port 1 --on-ip ::ffff:1.2.3.4
t ip6tables -t mangle -A PREROUTING -j TEE --gateway ::
t ip6tables -t mangle -A PREROUTING -j TEE --gateway 2001:db8::1/64
t ip6tables -A INPUT -m conntrack ! --ctorigsrc ::/0 --ctorigdst ::1/128
t ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::1/
t ip6tables -A INPUT -m conntrack --ctorigsrc 2001:db8::1/-1
t ip6tables -A INPUT -m conntrack --ctorigsrc ::1/010
t ip6tables -A INPUT -m policy --dir in --pol ipsec --mode tunnel --tunnel-src 2001:db8::1/1
t ip6tables -A INPUT -m iprange --src-range ::ffff:1.2.3.4-::ffff:1.2.3.5
t ip6tables -A INPUT -m iprange --src-range "[::1]"
t ip6tables -A INPUT -m iprange --src-range ""
ip6tables -S; ip6tables -L -n; ip6tables -L; ip6tables -t mangle -L -n
"#;

/// The help texts of the extensions above under ip6tables (the same as iptables').
const HELPS: &str = r#"ip6tables -N Y
for m in conntrack iprange policy recent hashlimit connlimit set; do echo "== $m"; ip6tables -m $m -h; done
for t in TPROXY TEE SET MASQUERADE SNAT DNAT REDIRECT NETMAP; do echo "== $t"; ip6tables -j $t -h; done
"#;

cases! {
    ip6t_nat_ext_odd_forms: argv(["sh", "-c", ODD_FORMS]);
    ip6t_nat_ext_helps: argv(["sh", "-c", HELPS]);
}

cases! {
    // which -p lets a NAT target take ports (icmp does, as in iptables; ipv6-icmp does not)
    ip6t_nat_ports_protocols: argv(["sh", "-c", "ip6tables -t nat -N X; for p in icmp udplite ipv6-icmp all gre sctp dccp 17; do ip6tables -t nat -A POSTROUTING -p $p -j MASQUERADE --to-ports 5; ip6tables -t nat -A PREROUTING -p $p -j DNAT --to-destination [::1]:5; done; ip6tables -t nat -A POSTROUTING ! -p tcp -j SNAT --to-source [::1]:5; ip6tables -t nat -S"]);
}
