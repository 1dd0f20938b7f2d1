#!/usr/bin/env bash
# bench/run.sh — ipkit against the reference tools, side by side, with hyperfine.
#
#   sudo bench/run.sh [IPKIT_BINARY]     (default: target/x86_64-unknown-linux-musl/release/ipkit)
#
# Everything runs inside one `unshare --net --mount --propagation private` sandbox with
# private tmpfs mounts on /run/netns and /tmp, so the host's network is never touched.
# Prints a markdown table (command | reference median | ipkit median | ratio) on stdout;
# hyperfine's JSON for every row is kept in $BENCH_OUT (default: target/bench/).
# A row whose ipkit command fails shows `fails (exit N)` instead of a time.
# Tunables: BENCH_WARMUP (default 3), BENCH_RUNS (default: hyperfine's choice), BENCH_OUT,
# BENCH_ROWS (row function names, space-separated: only those rows).
# Rows whose title says "peak RSS" show /usr/bin/time's maximum resident set size (median
# of BENCH_RSS_RUNS runs, default 5) instead of a time.
# The iptables rows (row_ipt_*; reference: iptables-nft) also check, once per row, that
# ipkit's stdout, stderr, exit code and the resulting ruleset (iptables-nft-save -t nat and
# nft list ruleset) equal the reference's from the same prepared state; a mismatch is
# marked "(differs)" in the table and the outputs are kept in $BENCH_OUT/rowN.check/.
#   e.g. sudo BENCH_ROWS="row_ipt_show_20k row_ipt_list_20k" bench/run.sh
# To add a row: write a `row_NAME` function that calls `bench` (see below) and list it in ROWS.
set -euo pipefail

ROWS=(row_startup row_list_3 row_list_2000 row_add row_exec_true row_n_link
      row_link_5 row_addr_5 row_link_5000 row_addr_5000 row_link_json_5000 row_link_dev_5000
      row_veth_add row_veth_batch row_route_show_100k row_route_add_100k row_route_del_100k
      row_route_get_100k row_monitor_route_10k row_neigh_show_5000 row_arp_5000 row_neigh_add
      row_rule_show_10k row_rule_add_10k row_rule_del_10k
      row_ipt_show_empty row_ipt_append_empty row_ipt_delete_only
      row_ipt_append_20k row_ipt_insert_20k row_ipt_show_20k row_ipt_list_20k row_ipt_check_20k
      row_ipt_delete_spec_20k row_ipt_delete_num_20k row_ipt_rss_show_20k row_ipt_rss_list_20k
      row_ipt_save_20k row_ipt_restore_10k row_ipt_restore_50k row_ipt_rss_restore_50k
      row_ipt_kube_show row_ipt_kube_list row_ipt_kube_save row_ipt_kube_append row_ipt_kube_delete
      row_ipt_kube_restore row_ipt_rss_kube_show
      row_ip6t_show_empty row_ip6t_append_empty row_ip6t_delete_only row_ip6t_append_20k
      row_ip6t_show_20k row_ip6t_list_20k row_ip6t_check_20k row_ip6t_save_20k row_ip6t_restore_10k)
[ -z "${BENCH_ROWS:-}" ] || read -ra ROWS <<<"$BENCH_ROWS"

# ------------------------------------------------------------ rows
# bench TITLE PREPARE ARGS... : time `ip ARGS...` (`$ROW_TOOL ARGS...` when set) for the
#   reference and for ipkit.
#   PREPARE (may be empty) is a shell command run before every timing run (reference tools on PATH).

row_startup() {
  bench "start-up: \`ip -V\`" "" -V
}
row_list_3() {
  netns_count 3
  bench "\`ip netns list\`, 3 namespaces" "" netns list
}
row_list_2000() {
  netns_count 2000
  bench "\`ip netns list\`, 2,000 namespaces" "" netns list
}
row_add() {
  netns_count 0
  bench "\`ip netns add\` (deleted before each run)" \
    "ip netns del bench-add 2>/dev/null; true" netns add bench-add
  ip netns del bench-add 2>/dev/null || true
}
row_exec_true() {
  netns_count 1
  bench "\`ip netns exec NS /bin/true\`" "" netns exec ns0 /bin/true
}

row_n_link() {
  netns_count 1
  bench "\`ip -n NS link show\` (a namespace switch)" "" -n ns0 link show
}

row_link_5() {
  links_count 5
  bench "\`ip link show\`, 5 links" "" link show
}
row_addr_5() {
  links_count 5
  bench "\`ip addr show\`, 5 links" "" addr show
}
row_link_5000() {
  links_count 5000
  bench "\`ip link show\`, 5,000 links" "" link show
}
row_addr_5000() {
  links_count 5000
  bench "\`ip addr show\`, 5,000 links" "" addr show
}
row_link_json_5000() {
  links_count 5000
  bench "\`ip -j link show\`, 5,000 links" "" -j link show
}
row_link_dev_5000() {
  links_count 5000
  bench "\`ip link show dev X\` among 5,000" "" link show dev v777
}
row_veth_add() {
  links_count 1
  bench "\`ip link add … type veth\` (deleted before each run)" \
    "ip link del bv0 2>/dev/null; true" link add bv0 type veth peer name bv1
  ip link del bv0 2>/dev/null || true
}
row_veth_batch() {
  links_count 1
  seq 0 999 | sed 's/.*/link add bx& type veth peer name by&/' >/tmp/bench/veth.batch
  sed 's/ type.*//; s/add/del/' /tmp/bench/veth.batch >/tmp/bench/veth.unbatch
  # the deletes leave the kernel work (RCU, sysfs) that would spill into the next timed run:
  # let it settle first
  ROW_RUNS=10 bench "\`ip -batch\` of 1,000 \`link add … type veth\`" \
    "ip -force -batch /tmp/bench/veth.unbatch 2>/dev/null; sleep 1; true" -batch /tmp/bench/veth.batch
  ip -force -batch /tmp/bench/veth.unbatch 2>/dev/null || true
}

row_route_show_100k() {
  routes_count 100000
  bench "\`ip route show\`, 100,000 routes" "" route show
}
row_route_add_100k() {
  routes_count 100000
  bench "\`ip route add\` among 100,000 routes (deleted before each run)" \
    "ip route del 10.200.0.0/16 2>/dev/null; true" route add 10.200.0.0/16 dev rv0
  ip route del 10.200.0.0/16 2>/dev/null || true
}
row_route_del_100k() {
  routes_count 100000
  bench "\`ip route del\` among 100,000 routes (added before each run)" \
    "ip route add 10.200.0.0/16 dev rv0 2>/dev/null; true" route del 10.200.0.0/16 dev rv0
}
row_rule_show_10k() {
  rules_count 10000
  bench "\`ip rule show\`, 10,000 rules" "" rule show
}
row_rule_add_10k() {
  rules_count 10000
  bench "\`ip rule add\` among 10,000 rules (deleted before each run)" \
    "ip rule del pref 50000 2>/dev/null; true" rule add pref 50000 fwmark 0x99 table 99
  ip rule del pref 50000 2>/dev/null || true
}
row_rule_del_10k() {
  rules_count 10000
  bench "\`ip rule del\` among 10,000 rules (added before each run)" \
    "ip rule add pref 50000 fwmark 0x99 table 99 2>/dev/null; true" rule del pref 50000
}
row_neigh_show_5000() {
  neighs_count 5000
  bench "\`ip neigh show\`, 5,000 neighbours" "" neigh show
}
row_arp_5000() {
  neighs_count 5000
  ROW_TOOL=arp bench "\`arp -n\`, 5,000 neighbours" "" -n
}
row_neigh_add() {
  neighs_count 0
  bench "\`ip neigh add\` (deleted before each run)" \
    "ip neigh del 10.254.200.1 dev nv0 2>/dev/null; true" \
    neigh add 10.254.200.1 lladdr 02:00:00:00:01:01 dev nv0
  ip neigh del 10.254.200.1 dev nv0 2>/dev/null || true
}
row_route_get_100k() {
  routes_count 100000
  bench "\`ip route get\` among 100,000 routes" "" route get 172.16.7.9
}

# ---- ip monitor: 10,000 route changes (5,000 routes added, then deleted, by the reference ip
# in two -batch runs) while `ip monitor route` listens; the row shows the events it printed
# (10,000 when none was lost) and the CPU time it used (/proc/PID/schedstat), reference vs ipkit.
row_monitor_route_10k() {
  ip link add rv0 type veth peer name rv1 2>/dev/null || true
  ip link set rv0 up; ip link set rv1 up
  ip addr add 10.255.0.1/16 dev rv0 2>/dev/null || true
  ip route flush root 172.16.0.0/12 2>/dev/null || true
  ROUTES_NOW=0
  row_no=$((row_no + 1))
  local side cell=() ns
  for side in ref ipkit; do
    /tmp/bench/$side/ip monitor route >/tmp/bench/mon.out 2>/dev/null & local pid=$!
    sleep 0.5
    python3 -c "
for i in range(5000):
    print('route add 172.%d.%d.%d/32 dev rv0' % (16 + (i >> 16), (i >> 8) & 255, i & 255))" >/tmp/bench/mon.add
    sed 's/^route add/route del/' /tmp/bench/mon.add >/tmp/bench/mon.del
    ip -batch /tmp/bench/mon.add; ip -batch /tmp/bench/mon.del
    # until the monitor has written everything (the count stops growing)
    local n=-1 m=0
    while [ "$n" != "$m" ]; do n=$m; sleep 0.3; m=$(wc -l </tmp/bench/mon.out); done
    ns=$(awk '{ print $1 }' /proc/$pid/schedstat)   # time on a CPU, in ns
    kill $pid; wait $pid 2>/dev/null || true
    # the changes' own events (not the link's, which may still come from setting it up)
    m=$(grep -c '^\(Deleted \)\{0,1\}172\.' /tmp/bench/mon.out || true)
    cell+=("$m events, $(( ns / 10000 / 100 )).$(printf '%02d' $(( ns / 10000 % 100 ))) ms CPU")
    echo "$side: $m events, $ns ns on a CPU" >"$BENCH_OUT/row$row_no.$side.monitor"
  done
  python3 - "${cell[@]}" <<'PY'
import sys, re
ref, ours = sys.argv[1:]
cpu = lambda c: float(re.search(r'([0-9.]+) ms CPU', c).group(1))
ratio = f'{cpu(ours) / cpu(ref):.2f}' if cpu(ref) else '-'
print(f'| `ip monitor route`, 10,000 route changes (events printed, CPU time) | {ref} | {ours} | {ratio} |')
PY
}

# ---- iptables (nat table; ROW_TOOL=iptables; reference iptables-nft, which the prepare steps use)
# 20,000-rule state: POSTROUTING holds `-s 10.1.X.Y/32 -j MASQUERADE` for X.Y = 0.0 .. 78.31
# (written by iptables-nft-restore --noflush); the last rule is 10.1.78.31/32.
# "no nat table" state: as in a fresh netns.
IPT_LAST=(-s 10.1.78.31/32 -j MASQUERADE)
IPT_LAST_SH="-s 10.1.78.31/32 -j MASQUERADE"
IPT_STATE="iptables-nft-save -t nat | grep -v '^#'; nft list ruleset"

ipt() { ROW_TOOL=iptables ROW_STATE=$IPT_STATE bench "$@"; }

row_ipt_show_empty() {
  ipt_nat_count 0
  ipt "\`iptables -t nat -S\`, no nat table" "" -t nat -S
}
row_ipt_append_empty() {
  ipt_nat_count 0
  ipt "\`iptables -t nat -A POSTROUTING -s 10.9.9.9 -j MASQUERADE\`, no nat table (deleted before each run)" \
    "nft delete table ip nat 2>/dev/null; true" -t nat -A POSTROUTING -s 10.9.9.9 -j MASQUERADE
  IPT_NOW=x
}
row_ipt_delete_only() {
  ipt_nat_count 0
  ipt "\`iptables -t nat -D POSTROUTING -s 10.9.9.9 -j MASQUERADE\`, the chain's only rule (re-added before each run)" \
    "iptables -t nat -C POSTROUTING -s 10.9.9.9 -j MASQUERADE 2>/dev/null || iptables -t nat -A POSTROUTING -s 10.9.9.9 -j MASQUERADE" \
    -t nat -D POSTROUTING -s 10.9.9.9 -j MASQUERADE
  IPT_NOW=x
}
row_ipt_append_20k() {
  ipt_nat_count 20000
  ipt "\`iptables -t nat -A POSTROUTING …\`, 20,000 rules (deleted before each run)" \
    "iptables -t nat -D POSTROUTING -s 10.200.0.1 -j MASQUERADE 2>/dev/null; true" \
    -t nat -A POSTROUTING -s 10.200.0.1 -j MASQUERADE
  iptables -t nat -D POSTROUTING -s 10.200.0.1 -j MASQUERADE 2>/dev/null || true
}
row_ipt_insert_20k() {
  ipt_nat_count 20000
  ipt "\`iptables -t nat -I POSTROUTING 1 …\`, 20,000 rules (deleted before each run)" \
    "iptables -t nat -D POSTROUTING -s 10.200.0.1 -j MASQUERADE 2>/dev/null; true" \
    -t nat -I POSTROUTING 1 -s 10.200.0.1 -j MASQUERADE
  iptables -t nat -D POSTROUTING -s 10.200.0.1 -j MASQUERADE 2>/dev/null || true
}
row_ipt_show_20k() {
  ipt_nat_count 20000
  ipt "\`iptables -t nat -S\`, 20,000 rules" "" -t nat -S
}
row_ipt_list_20k() {
  ipt_nat_count 20000
  ipt "\`iptables -t nat -L -n\`, 20,000 rules" "" -t nat -L -n
}
row_ipt_check_20k() {
  ipt_nat_count 20000
  ipt "\`iptables -t nat -C\` of the last of 20,000 rules" "" -t nat -C POSTROUTING "${IPT_LAST[@]}"
}
row_ipt_delete_spec_20k() {
  ipt_nat_count 20000
  ipt "\`iptables -t nat -D\` by spec of the last of 20,000 rules (re-added before each run)" \
    "iptables -t nat -C POSTROUTING $IPT_LAST_SH 2>/dev/null || iptables -t nat -A POSTROUTING $IPT_LAST_SH" \
    -t nat -D POSTROUTING "${IPT_LAST[@]}"
  ipt_restore_last
}
row_ipt_delete_num_20k() {
  ipt_nat_count 20000
  ipt "\`iptables -t nat -D POSTROUTING 20000\`, 20,000 rules (re-added before each run)" \
    "iptables -t nat -C POSTROUTING $IPT_LAST_SH 2>/dev/null || iptables -t nat -A POSTROUTING $IPT_LAST_SH" \
    -t nat -D POSTROUTING 20000
  ipt_restore_last
}
row_ipt_rss_show_20k() {
  ipt_nat_count 20000
  ROW_TOOL=iptables rss "peak RSS: \`iptables -t nat -S\`, 20,000 rules" "" -t nat -S
}
row_ipt_rss_list_20k() {
  ipt_nat_count 20000
  ROW_TOOL=iptables rss "peak RSS: \`iptables -t nat -L -n\`, 20,000 rules" "" -t nat -L -n
}
row_ipt_save_20k() {
  ipt_nat_count 20000
  ROW_TOOL=iptables-save bench "\`iptables-save\`, 20,000 rules" ""
}
row_ipt_restore_10k() {
  ipt_rules_file 10000
  ROW_TOOL=iptables-restore ROW_STATE="iptables-nft-save -t filter | grep -v '^#'" \
    bench "\`iptables-restore\` of 10,000 filter rules (replacing the same)" "" /tmp/bench/r10000.rules
}
row_ipt_restore_50k() {
  ipt_rules_file 50000
  ROW_TOOL=iptables-restore ROW_RUNS=10 ROW_STATE="iptables-nft-save -t filter | grep -v '^#'" \
    bench "\`iptables-restore\` of 50,000 filter rules (replacing the same)" "" /tmp/bench/r50000.rules
}
row_ipt_rss_restore_50k() {
  ipt_rules_file 50000
  ROW_TOOL=iptables-restore rss "peak RSS: \`iptables-restore\` of 50,000 filter rules" "" /tmp/bench/r50000.rules
}
# ---- ip6tables: the same rows in the ip6 family (ROW_TOOL=ip6tables; reference ip6tables-nft).
# 20,000-rule state: the ip6 nat table's POSTROUTING holds `-s 2001:db8:X::Y/128 -j MASQUERADE`.
IP6T_LAST=(-s 2001:db8:4e::1f/128 -j MASQUERADE)
IP6T_LAST_SH="-s 2001:db8:4e::1f/128 -j MASQUERADE"
IP6T_STATE="ip6tables-nft-save -t nat | grep -v '^#'; nft list ruleset"

ip6t() { ROW_TOOL=ip6tables ROW_STATE=$IP6T_STATE bench "$@"; }

# ip6t_nat_count N: the ip6 nat table holds exactly the N standard rules (N=0: no table)
ip6t_nat_count() {
  [ "${IP6T_NOW:-x}" = "$1" ] && return 0
  nft delete table ip6 nat 2>/dev/null || true
  if [ "$1" -gt 0 ]; then
    python3 -c "
print('*nat')
for i in range($1):
    print('-A POSTROUTING -s 2001:db8:%x::%x/128 -j MASQUERADE' % (i >> 8, i & 255))
print('COMMIT')" | ip6tables-nft-restore --noflush
  fi
  IP6T_NOW=$1
}
row_ip6t_show_empty() {
  ip6t_nat_count 0
  ip6t "\`ip6tables -t nat -S\`, no nat table" "" -t nat -S
}
row_ip6t_append_empty() {
  ip6t_nat_count 0
  ip6t "\`ip6tables -t nat -A POSTROUTING -s 2001:db8:ffff::9 -j MASQUERADE\`, no nat table (deleted before each run)" \
    "nft delete table ip6 nat 2>/dev/null; true" -t nat -A POSTROUTING -s 2001:db8:ffff::9 -j MASQUERADE
  IP6T_NOW=x
}
row_ip6t_delete_only() {
  ip6t_nat_count 0
  ip6t "\`ip6tables -t nat -D POSTROUTING -s 2001:db8:ffff::9 -j MASQUERADE\`, the chain's only rule (re-added before each run)" \
    "ip6tables -t nat -C POSTROUTING -s 2001:db8:ffff::9 -j MASQUERADE 2>/dev/null || ip6tables -t nat -A POSTROUTING -s 2001:db8:ffff::9 -j MASQUERADE" \
    -t nat -D POSTROUTING -s 2001:db8:ffff::9 -j MASQUERADE
  IP6T_NOW=x
}
row_ip6t_append_20k() {
  ip6t_nat_count 20000
  ip6t "\`ip6tables -t nat -A POSTROUTING …\`, 20,000 rules (deleted before each run)" \
    "ip6tables -t nat -D POSTROUTING -s 2001:db8:ffff::1 -j MASQUERADE 2>/dev/null; true" \
    -t nat -A POSTROUTING -s 2001:db8:ffff::1 -j MASQUERADE
  ip6tables -t nat -D POSTROUTING -s 2001:db8:ffff::1 -j MASQUERADE 2>/dev/null || true
}
row_ip6t_show_20k() {
  ip6t_nat_count 20000
  ip6t "\`ip6tables -t nat -S\`, 20,000 rules" "" -t nat -S
}
row_ip6t_list_20k() {
  ip6t_nat_count 20000
  ip6t "\`ip6tables -t nat -L -n\`, 20,000 rules" "" -t nat -L -n
}
row_ip6t_check_20k() {
  ip6t_nat_count 20000
  ip6t "\`ip6tables -t nat -C\` of the last of 20,000 rules" "" -t nat -C POSTROUTING "${IP6T_LAST[@]}"
}
row_ip6t_save_20k() {
  ip6t_nat_count 20000
  ROW_TOOL=ip6tables-save bench "\`ip6tables-save\`, 20,000 rules" ""
}
row_ip6t_restore_10k() {
  ip6t_rules_file 10000
  ROW_TOOL=ip6tables-restore ROW_STATE="ip6tables-nft-save -t filter | grep -v '^#'" \
    bench "\`ip6tables-restore\` of 10,000 filter rules (replacing the same)" "" /tmp/bench/r6_10000.rules
}
ip6t_rules_file() {
  [ -f /tmp/bench/r6_$1.rules ] && return 0
  python3 -c "
print('*filter')
print(':INPUT ACCEPT [0:0]')
print(':FORWARD DROP [0:0]')
print(':OUTPUT ACCEPT [0:0]')
for i in range($1):
    print('-A INPUT -s 2001:db8:%x::%x/128 -p tcp -m tcp --dport %d -j ACCEPT' % (i >> 8, i & 255, 1 + i % 60000))
print('COMMIT')" >/tmp/bench/r6_$1.rules
}

# ---- a kube-proxy cluster: the nat table of 5,000 services, 2 endpoints each (15,007 chains,
# 40,008 rules), as kube-proxy (iptables mode) writes it, restored by iptables-nft-restore.
KUBE_RULE=(-d 10.250.0.1/32 -p tcp -m comment --comment "ns/bench:http cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ)
KUBE_RULE_SH="-d 10.250.0.1/32 -p tcp -m comment --comment 'ns/bench:http cluster IP' -m tcp --dport 80 -j KUBE-MARK-MASQ"
KUBE_STATE="iptables-nft-save -t nat | grep -v '^#' | md5sum"

kube() { ROW_TOOL=iptables ROW_STATE=$KUBE_STATE bench "$@"; }

row_ipt_kube_show() {
  kube_nat
  kube "\`iptables -t nat -S\`, kube-proxy, 5,000 services (15,007 chains, 40,008 rules)" "" -t nat -S
}
row_ipt_kube_list() {
  kube_nat
  kube "\`iptables -t nat -L -n\`, kube-proxy, 5,000 services" "" -t nat -L -n
}
row_ipt_kube_save() {
  kube_nat
  ROW_TOOL=iptables-save bench "\`iptables-save -t nat\`, kube-proxy, 5,000 services" "" -t nat
}
row_ipt_kube_append() {
  kube_nat
  kube "\`iptables -t nat -A KUBE-SERVICES …\`, kube-proxy, 5,000 services (deleted before each run)" \
    "iptables -t nat -D KUBE-SERVICES $KUBE_RULE_SH 2>/dev/null; true" -t nat -A KUBE-SERVICES "${KUBE_RULE[@]}"
  iptables -t nat -D KUBE-SERVICES "${KUBE_RULE[@]}" 2>/dev/null || true
}
row_ipt_kube_delete() {
  kube_nat
  kube "\`iptables -t nat -D KUBE-SERVICES …\` by spec, kube-proxy, 5,000 services (re-added before each run)" \
    "iptables -t nat -C KUBE-SERVICES $KUBE_RULE_SH 2>/dev/null || iptables -t nat -I KUBE-SERVICES 3 $KUBE_RULE_SH" \
    -t nat -D KUBE-SERVICES "${KUBE_RULE[@]}"
}
row_ipt_kube_restore() {
  kube_nat
  ROW_TOOL=iptables-restore ROW_STATE=$KUBE_STATE ROW_RUNS=10 \
    bench "\`iptables-restore\` of the kube-proxy nat table, 5,000 services (replacing the same)" "" /tmp/bench/kube.rules
}
row_ipt_rss_kube_show() {
  kube_nat
  ROW_TOOL=iptables rss "peak RSS: \`iptables -t nat -S\`, kube-proxy, 5,000 services" "" -t nat -S
}

# kube_nat: the nat table is exactly the kube-proxy one (/tmp/bench/kube.rules)
kube_nat() {
  [ "${IPT_NOW:-x}" = kube ] && return 0
  [ -f /tmp/bench/kube.rules ] || python3 - >/tmp/bench/kube.rules <<'PY'
import random
random.seed(1)
n = 5000
h = lambda: "%016X" % random.getrandbits(64)
svc = [(i, "KUBE-SVC-" + h(), "KUBE-SEP-" + h(), "KUBE-SEP-" + h()) for i in range(n)]
out = ["*nat"]
chains = ["KUBE-SERVICES", "KUBE-NODEPORTS", "KUBE-POSTROUTING", "KUBE-MARK-MASQ"]
for _, s, e1, e2 in svc:
    chains += [s, e1, e2]
out += [":%s - [0:0]" % c for c in chains]
out += [":PREROUTING ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]", ":POSTROUTING ACCEPT [0:0]",
        '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
        '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
        '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
        '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
        '-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000',
        '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
        '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000']
for i, s, e1, e2 in svc:
    ip = "10.%d.%d.%d" % (96 + i // 65536, (i // 256) % 256, i % 256)
    name = "ns%d/svc%d:p80" % (i % 50, i)
    a, b = i // 256 % 256, i % 256
    out.append('-A KUBE-SERVICES -d %s/32 -p tcp -m comment --comment "%s cluster IP" -m tcp --dport 80 -j %s' % (ip, name, s))
    out.append('-A %s ! -s 10.244.0.0/16 -d %s/32 -p tcp -m comment --comment "%s cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ' % (s, ip, name))
    out.append('-A %s -m comment --comment "%s -> 10.244.%d.%d:8080" -m statistic --mode random --probability 0.50000000000 -j %s' % (s, name, a, b, e1))
    out.append('-A %s -m comment --comment "%s -> 10.245.%d.%d:8080" -j %s' % (s, name, a, b, e2))
    for e, net in ((e1, 244), (e2, 245)):
        out.append('-A %s -s 10.%d.%d.%d/32 -m comment --comment "%s" -j KUBE-MARK-MASQ' % (e, net, a, b, name))
        out.append('-A %s -p tcp -m comment --comment "%s" -m tcp -j DNAT --to-destination 10.%d.%d.%d:8080' % (e, name, net, a, b))
out.append('-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS')
out.append("COMMIT")
print("\n".join(out))
PY
  nft delete table ip nat 2>/dev/null || true
  iptables-nft-restore /tmp/bench/kube.rules
  IPT_NOW=kube
}

# ipt_rules_file N: /tmp/bench/rN.rules, a filter table of N `-A INPUT -s 10.x.y.z/32 -p tcp --dport P -j ACCEPT`
ipt_rules_file() {
  [ -f /tmp/bench/r$1.rules ] && return 0
  python3 -c "
print('*filter')
print(':INPUT ACCEPT [0:0]')
print(':FORWARD DROP [0:0]')
print(':OUTPUT ACCEPT [0:0]')
for i in range($1):
    print('-A INPUT -s 10.%d.%d.%d/32 -p tcp -m tcp --dport %d -j ACCEPT' % (1 + (i >> 16), (i >> 8) & 255, i & 255, 1 + i % 60000))
print('COMMIT')" >/tmp/bench/r$1.rules
}
ipt_restore_last() {
  iptables -t nat -C POSTROUTING "${IPT_LAST[@]}" 2>/dev/null || iptables -t nat -A POSTROUTING "${IPT_LAST[@]}"
}

# ipt_nat_count N: the nat table holds exactly the N standard rules in POSTROUTING (N=0: no nat table)
ipt_nat_count() {
  [ "${IPT_NOW:-x}" = "$1" ] && return 0
  nft delete table ip nat 2>/dev/null || true
  if [ "$1" -gt 0 ]; then
    python3 -c "
print('*nat')
for i in range($1):
    print('-A POSTROUTING -s 10.%d.%d.%d/32 -j MASQUERADE' % (1 + (i >> 16), (i >> 8) & 255, i & 255))
print('COMMIT')" | iptables-nft-restore --noflush
  fi
  IPT_NOW=$1
}

# routes_count N: a veth rv0 (up, 10.255.0.1/16) and N /32 routes 172.16.x.y via it (made with the reference ip)
routes_count() {
  [ "${ROUTES_NOW:-0}" -eq "$1" ] && return 0
  ip link add rv0 type veth peer name rv1 2>/dev/null || true
  ip link set rv0 up; ip link set rv1 up
  ip addr add 10.255.0.1/16 dev rv0 2>/dev/null || true
  ip route flush root 172.16.0.0/12 2>/dev/null || true
  python3 -c "
for i in range($1):
    print('route add 172.%d.%d.%d/32 dev rv0' % (16 + (i >> 16), (i >> 8) & 255, i & 255))" | ip -batch -
  ROUTES_NOW=$1
}

# rules_count N: N policy rules (fwmark i table 1000+i%100, priorities 1000…)
rules_count() {
  [ "${RULES_NOW:-0}" -eq "$1" ] && return 0
  ip rule flush 2>/dev/null || true
  ip rule add pref 32766 table main 2>/dev/null || true
  ip rule add pref 32767 table default 2>/dev/null || true
  python3 -c "
for i in range($1):
    print('rule add pref %d fwmark 0x%x from 10.%d.%d.0/24 table %d' % (1000 + i, i + 1, i >> 8, i & 255, 1000 + i % 100))" | ip -batch -
  RULES_NOW=$1
}

# neighs_count N: a veth nv0 (up, 10.254.0.1/16) with N permanent neighbours 10.254.x.y
neighs_count() {
  [ "${NEIGHS_NOW:-x}" = "$1" ] && return 0
  sysctl -qw net.ipv4.neigh.default.gc_thresh3=200000 net.ipv4.neigh.default.gc_thresh2=200000 2>/dev/null || true
  ip link add nv0 type veth peer name nv1 2>/dev/null || true
  ip link set nv0 up; ip link set nv1 up
  ip addr add 10.254.0.1/16 dev nv0 2>/dev/null || true
  ip neigh flush dev nv0 nud all 2>/dev/null || true
  python3 -c "
for i in range($1):
    print('neigh add 10.254.%d.%d lladdr 02:00:00:00:%02x:%02x dev nv0 nud permanent' % (1 + (i >> 8), i & 255, i >> 8, i & 255))" | ip -batch -
  NEIGHS_NOW=$1
}

# links_count N: lo plus N/2 veth pairs v0..v(N/2-1)/p* (made with the reference ip), addresses on v*
links_count() {
  local want=$(( $1 / 2 ))
  [ "${LINKS_NOW:-0}" -eq "$want" ] && return 0
  for i in $(seq 0 $(( ${LINKS_NOW:-0} - 1 ))); do echo "link del v$i"; done | ip -force -batch - 2>/dev/null || true
  for i in $(seq 0 $((want - 1))); do
    echo "link add v$i type veth peer name p$i"
    echo "addr add 10.$((i / 250)).$((i % 250)).1/24 dev v$i"
  done | ip -batch -
  LINKS_NOW=$want
}

# netns_count N: exactly N namespaces ns0..ns(N-1) exist (made with the reference ip)
netns_count() {
  ip -all netns delete
  [ "$1" -gt 0 ] || return 0
  seq 0 $(($1 - 1)) | sed 's/^/netns add ns/' | ip -batch -
}

# ------------------------------------------------------------ machinery
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }

if [ -z "${IPKIT_BENCH_INNER:-}" ]; then
  [ $# -le 1 ] || usage
  case "${1:-}" in -h|--help) usage ;; esac
  root=$(cd "$(dirname "$0")/.." && pwd)
  ipkit=$(readlink -f "${1:-$root/target/x86_64-unknown-linux-musl/release/ipkit}")
  [ -x "$ipkit" ] || { echo "bench/run.sh: $ipkit is not an executable (cargo build --release?)" >&2; exit 2; }
  [ "$(id -u)" = 0 ] || { echo "bench/run.sh: must run as root (it creates network namespaces)" >&2; exit 2; }
  needs=(hyperfine python3 unshare ip arp)
  [[ " ${ROWS[*]} " != *" row_ipt_"* ]] || needs+=(iptables-nft iptables-nft-restore iptables-nft-save nft /usr/bin/time)
  for t in "${needs[@]}"; do
    command -v $t >/dev/null || { echo "bench/run.sh: needs $t" >&2; exit 2; }
  done
  out=${BENCH_OUT:-$root/target/bench}
  mkdir -p "$out"
  out=$(readlink -f "$out")
  IPKIT_BENCH_INNER=1 IPKIT=$ipkit REF_IP=$(command -v ip) REF_ARP=$(command -v arp) \
    REF_IPTABLES=$(command -v iptables-nft || true) BENCH_OUT=$out BENCH_OUT_NAME=$out \
    exec unshare --net --mount --propagation private bash "$0"
fi

# inside the sandbox: private /run/netns and /tmp; the ipkit binary is copied in (it may live under /tmp)
exec 8<"$IPKIT" 7<"$BENCH_OUT"
BENCH_OUT=/proc/$$/fd/7   # stays reachable when /tmp is covered
mount -t tmpfs tmpfs /tmp
mkdir -p /run/netns && mount -t tmpfs tmpfs /run/netns
mkdir -p /tmp/bench/ipkit /tmp/bench/ref
cp /proc/$$/fd/8 /tmp/bench/ipkit.bin && chmod 755 /tmp/bench/ipkit.bin
exec 8<&-
for a in ip arp iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do
  ln -s /tmp/bench/ipkit.bin /tmp/bench/ipkit/$a
done
ln -s "$REF_IP" /tmp/bench/ref/ip
ln -s "$REF_ARP" /tmp/bench/ref/arp
if [ -n "$REF_IPTABLES" ]; then   # xtables-nft-multi goes by argv[0]
  ln -s "$REF_IPTABLES" /tmp/bench/ref/iptables
  ln -s "$(dirname "$REF_IPTABLES")/iptables-nft-save" /tmp/bench/ref/iptables-save
  ln -s "$(dirname "$REF_IPTABLES")/iptables-nft-restore" /tmp/bench/ref/iptables-restore
  for a in ip6tables ip6tables-save ip6tables-restore; do
    ln -s "$(dirname "$REF_IPTABLES")/${a/tables/tables-nft}" /tmp/bench/ref/$a
  done
fi
export PATH="/tmp/bench/ref:$PATH"
ip link set lo up
cd /tmp

hf_opts=(--warmup "${BENCH_WARMUP:-3}" --style none)
row_no=0

bench() {
  local title=$1 prepare=$2; shift 2
  row_no=$((row_no + 1))
  local json="$BENCH_OUT/row$row_no.json" words="" w
  for w in "$@"; do words+=" $(printf '%q' "$w")"; done
  local tool=${ROW_TOOL:-ip}
  local ref_cmd="/tmp/bench/ref/$tool$words" our_cmd="/tmp/bench/ipkit/$tool$words"
  # does ipkit's command work at all? (a failing command would make hyperfine abort)
  local our_rc=0
  [ -z "$prepare" ] || bash -c "$prepare"
  /tmp/bench/ipkit/$tool "$@" >/dev/null 2>&1 || our_rc=$?
  [ -z "$prepare" ] || bash -c "$prepare"
  local differs=""
  [ -z "${ROW_STATE:-}" ] || check_row "$BENCH_OUT/row$row_no.check" "$prepare" "$tool" "$@" || differs=" (differs)"
  # -N: no intermediate shell, so only the command itself is timed (prepare gets its own bash)
  local args=("${hf_opts[@]}" -N --export-json "$json")
  local runs=${ROW_RUNS:-${BENCH_RUNS:-}}
  [ -z "$runs" ] || args+=(--runs "$runs")
  [ -z "$prepare" ] || args+=(--prepare "bash -c $(printf '%q' "$prepare")")
  args+=(-n reference "$ref_cmd")
  [ $our_rc -ne 0 ] || args+=(-n ipkit "$our_cmd")
  hyperfine "${args[@]}" >"$BENCH_OUT/row$row_no.log" 2>&1 || {
    echo "bench/run.sh: hyperfine failed for $title:" >&2; cat "$BENCH_OUT/row$row_no.log" >&2; return 1; }
  python3 - "$title" "$json" "$our_rc" "$differs" <<'EOF'
import json, sys
title, path, our_rc, differs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
res = {r["command"]: r for r in json.load(open(path))["results"]}
def ms(r): return f'{r["median"] * 1000:.2f} ms'
ref = res["reference"]
if our_rc == 0:
    ours = res["ipkit"]
    print(f'| {title} | {ms(ref)} | {ms(ours)}{differs} | {ours["median"] / ref["median"]:.2f} |')
else:
    print(f'| {title} | {ms(ref)} | fails (exit {our_rc}) | - |')
EOF
}

# check_row DIR PREPARE TOOL ARGS...: from the same prepared state, the reference and ipkit give the
#   same stdout, stderr, exit code and $ROW_STATE output; the state is prepared again after.
check_row() {
  local dir=$1 prepare=$2 tool=$3 side rc; shift 3
  rm -rf "$dir"; mkdir -p "$dir"
  for side in ref ipkit; do
    [ -z "$prepare" ] || bash -c "$prepare"
    rc=0
    /tmp/bench/$side/$tool "$@" >"$dir/$side.out" 2>"$dir/$side.err" || rc=$?
    echo "exit $rc" >>"$dir/$side.err"
    bash -c "$ROW_STATE" >"$dir/$side.state" 2>&1
  done
  [ -z "$prepare" ] || bash -c "$prepare"
  local f bad=0
  for f in out err state; do
    cmp -s "$dir/ref.$f" "$dir/ipkit.$f" || {
      bad=1
      echo "bench/run.sh: row $row_no: ipkit's $f differs from the reference's ($BENCH_OUT_NAME/${dir##*/}):" >&2
      diff "$dir/ref.$f" "$dir/ipkit.$f" | head -20 >&2
    }
  done
  [ $bad -ne 0 ] || rm -rf "$dir"
  return $bad
}

# rss TITLE PREPARE ARGS...: peak RSS (KiB, /usr/bin/time's %M; median of BENCH_RSS_RUNS runs)
#   of `$ROW_TOOL ARGS...` for the reference and for ipkit
rss() {
  local title=$1 prepare=$2; shift 2
  row_no=$((row_no + 1))
  local tool=${ROW_TOOL:-ip} n=${BENCH_RSS_RUNS:-5} side i rc
  local -A kib
  for side in ref ipkit; do
    local vals=()
    for i in $(seq "$n"); do
      [ -z "$prepare" ] || bash -c "$prepare"
      rc=0
      /usr/bin/time -f %M -o /tmp/bench/rss /tmp/bench/$side/$tool "$@" >/dev/null 2>&1 || rc=$?
      [ $rc -eq 0 ] || { kib[$side]="fails (exit $rc)"; continue 2; }
      vals+=("$(tail -n1 /tmp/bench/rss)")
    done
    kib[$side]=$(printf '%s\n' "${vals[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p")
    printf '%s\n' "${vals[@]}" >"$BENCH_OUT/row$row_no.$side.rss"
  done
  python3 - "$title" "${kib[ref]}" "${kib[ipkit]}" <<'EOF'
import sys
title, ref, ours = sys.argv[1:]
cell = lambda v: f'{v} KiB' if v.isdigit() else v
ratio = f'{int(ours) / int(ref):.2f}' if ref.isdigit() and ours.isdigit() else '-'
print(f'| {title} | {cell(ref)} | {cell(ours)} | {ratio} |')
EOF
}

echo "| command | reference median | ipkit median | ratio (ipkit/reference) |"
echo "|---|---:|---:|---:|"
for row in "${ROWS[@]}"; do "$row"; done
