//! Dumps of many datagrams, which a second thread reads ahead of the printing
//! (`src/netlink/readahead.rs`): every line, in order, as the reference prints it, and the
//! same from a process allowed one processor only (read in place). States made by the
//! reference tools.

use crate::common::{self, argv, ip, ipt};

/// 3,000 IPv4 rules and 500 IPv6 ones (~9 datagrams of 32 KiB).
const RULES: &str = "\
for i in $(seq 0 2999); do echo \"rule add pref $((1000 + i)) fwmark $((i + 1)) from 10.$((i >> 8)).$((i & 255)).0/24 table $((1000 + i % 100))\"; done >/tmp/r.batch
for i in $(seq 0 499); do echo \"rule add pref $((5000 + i)) from 2001:db8:$i::/48 table $((7 + i % 3))\"; done >/tmp/r6.batch
ip -batch /tmp/r.batch; ip -6 -batch /tmp/r6.batch
";

/// 20,000 routes in table 7 and the main table's own.
const ROUTES: &str = "\
ip link add d0 type veth peer name d1; ip link set d0 addrgenmode none
ip link set d1 up; ip link set d0 up; ip addr add 10.0.0.1/8 dev d0
for i in $(seq 0 19999); do echo \"route add 172.$((16 + (i >> 16))).$(((i >> 8) & 255)).$((i & 255))/32 via 10.0.0.2 table 7\"; done >/tmp/r.batch
for i in $(seq 0 1999); do echo \"route add 192.168.$((i >> 8)).$((i & 255)) dev d0 metric $i\"; done >>/tmp/r.batch
ip -batch /tmp/r.batch
";

/// 3,000 addresses and 3,000 neighbours on one device (no link-local address, which could
/// still be tentative in one sandbox and not in the other).
const ADDRS: &str = "\
ip link add d0 address 02:00:00:00:00:01 type veth peer name d1 address 02:00:00:00:00:02
ip link set d0 addrgenmode none; ip link set d1 up; ip link set d0 up
for i in $(seq 0 2999); do echo \"addr add 10.$((i >> 8)).$((i & 255)).1/24 dev d0\"; echo \"neigh add 10.$((i >> 8)).$((i & 255)).2 lladdr 02:00:00:00:$(printf %02x $((i >> 8))):$(printf %02x $((i & 255))) dev d0\"; done >/tmp/a.batch
ip -batch /tmp/a.batch
";

/// 6,000 rules in the nat table's chains, by iptables-nft-restore.
const NAT: &str = "\
{ echo '*nat'; for c in $(seq 0 19); do echo \":C$c - [0:0]\"; done
  for i in $(seq 0 5999); do echo \"-A C$((i % 20)) -s 10.$((i >> 8)).$((i & 255)).0/24 -p tcp --dport $((1000 + i)) -j DNAT --to-destination 192.168.0.$((i % 250 + 1)):80\"; done
  echo COMMIT; } | iptables-nft-restore
";

/// Limits the sandbox's shell (and so the argv) to one processor.
const ONE_CPU: &str = "taskset -pc 0 $$ >/dev/null\n";

fn one_cpu(setup: &str) -> String {
    format!("{setup}{ONE_CPU}")
}

cases! {
    big_rule_show: ip("rule show").setup(RULES);
    big_rule_json: ip("-j rule show").setup(RULES);
    big_rule_details: ip("-d rule").setup(RULES);
    big_rule_selector: ip("rule list table 1042").setup(RULES);
    big_rule_one_cpu: ip("rule show").setup(&one_cpu(RULES));
    big_route_show: ip("route show table all").setup(ROUTES);
    big_route_json: ip("-j route show table 7").setup(ROUTES);
    big_route_one_cpu: ip("route show table all").setup(&one_cpu(ROUTES));
    big_route_flush: ip("route flush table 7").setup(ROUTES).check("ip route show table 7 | wc -l; ip route | wc -l");
    big_route_save: argv(["sh", "-c", "ip route save table 7 | md5sum"]).setup(ROUTES);
    big_addr_show: ip("addr show dev d0").setup(ADDRS);
    big_addr_brief: ip("-br addr").setup(ADDRS);
    // neighbours come in the kernel's hash order, which differs between sandboxes
    big_neigh_show: ip("neigh show dev d0").setup(ADDRS).norm(common::SORTED);
    big_neigh_one_cpu: ip("neigh show").setup(&one_cpu(ADDRS)).norm(common::SORTED);
    big_arp: argv(["arp", "-n"]).setup(ADDRS).norm(common::SORTED_AFTER_HEADER);
    big_ipt_rules: ipt("-t nat -S").setup(NAT);
    big_ipt_list: ipt("-t nat -L -n -v").setup(NAT);
    big_ipt_save: argv(["iptables-save", "-t", "nat"]).setup(NAT);
    big_ipt_one_cpu: ipt("-t nat -S").setup(&one_cpu(NAT));
    big_ipt_flush: ipt("-t nat -F").setup(NAT).check("iptables-nft-save -t nat | wc -l");
}
