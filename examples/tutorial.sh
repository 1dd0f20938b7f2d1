#!/usr/bin/env bash
# tutorial.sh — the whole network-namespace tutorial with ipkit, in a throwaway sandbox.
#
#   examples/tutorial.sh            build the release binary if it is missing or stale, then walk
#   examples/tutorial.sh IPKIT      walk with that ipkit binary (builds nothing)
#
# Prints each command as `$ cmd` and then its output, like a shell transcript. Everything
# happens inside `unshare --net --mount --propagation private` with a tmpfs on /run/netns:
# the namespaces, links, addresses and firewall rules it makes vanish when it ends, and the
# host's own network and firewall are never touched. Sections: 1. namespaces, 2. a veth
# pipe, 3. a bridge, 4. out to a LAN with MASQUERADE (a real ping), 5. a DNAT port forward
# (a real HTTP request), 6. clean-up. The "LAN" is one more namespace inside the sandbox.
# Needs root (it asks sudo when run as another user), unshare, ping and python3; the
# tutorial's `ip`, `arp` and `iptables` are ipkit's, so iproute2 is not needed.
# Exits 0 when every command and every check of the walk succeeded.
set -u
SELF=$(readlink -f "$0")

if [ -z "${IPKIT_TUTORIAL_INNER:-}" ]; then
  usage() { sed -n '2,/^set -u/p' "$SELF" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
  [ $# -le 1 ] || usage
  case "${1:-}" in -h|--help) usage ;; esac
  if [ $# -eq 1 ]; then
    ipkit=$(readlink -f "$1")
  else
    root=$(dirname "$(dirname "$SELF")")
    ipkit="$root/target/x86_64-unknown-linux-musl/release/ipkit"
    if [ "$(id -u)" = 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
      # under sudo: build as the user who asked, so target/ stays theirs
      echo "tutorial.sh: cargo build --release (as $SUDO_USER)" >&2
      sudo -u "$SUDO_USER" -H bash -lc 'cd "$1" && cargo build --release --quiet' _ "$root" ||
        { echo "tutorial.sh: the build failed" >&2; exit 1; }
    elif command -v cargo >/dev/null; then
      # cargo rebuilds only what changed; with nothing stale this takes a moment
      echo "tutorial.sh: cargo build --release" >&2
      (cd "$root" && cargo build --release --quiet) || { echo "tutorial.sh: the build failed" >&2; exit 1; }
    elif [ ! -x "$ipkit" ]; then
      echo "tutorial.sh: no ipkit binary and no cargo to build it (see README.md, Set-up)" >&2
      exit 1
    fi
  fi
  [ -x "$ipkit" ] || { echo "tutorial.sh: $ipkit is not an executable" >&2; exit 2; }
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "tutorial.sh: must run as root (it creates network namespaces)" >&2; exit 2; }
    exec sudo bash "$SELF" "$ipkit"
  fi
  for t in unshare ping python3 timeout; do
    command -v $t >/dev/null || { echo "tutorial.sh: needs $t (apt-get install util-linux iputils-ping python3 coreutils)" >&2; exit 2; }
  done
  bin=$(mktemp -d)
  trap 'rm -rf "$bin"' EXIT
  "$ipkit" --install "$bin" || { echo "tutorial.sh: ipkit --install $bin failed" >&2; exit 1; }
  IPKIT_TUTORIAL_INNER=1 IPKIT_BIN=$bin unshare --net --mount --propagation private bash "$SELF"
  exit $?
fi

# ------------------------------------------------------------ inside the sandbox
mkdir -p /run/netns && mount -t tmpfs tmpfs /run/netns || exit 1
# the web server's page, in the links' directory (removed when the walk ends)
web=$IPKIT_BIN/.web && mkdir "$web" || exit 1
export PATH="$IPKIT_BIN:$PATH"
failed=0

# the words as a shell would need them typed
quote() {
  local out='' w q="'"
  for w in "$@"; do
    if [[ $w =~ ^[A-Za-z0-9_./:=,+@%-]+$ ]]; then out+=" $w"; else out+=" '${w//$q/$q\\$q$q}'"; fi
  done
  printf '%s' "${out# }"
}
# run CMD...: print it like a shell transcript, then its output (and its exit code if not 0)
run() {
  printf '$ %s\n' "$(quote "$@")"
  timeout 20 "$@" 2>&1
  local rc=$?
  [ $rc -eq 0 ] || { printf '(exit %d)\n' "$rc"; failed=$((failed + 1)); }
}
# expect_fail CMD...: a command the tutorial shows failing (printed the same way)
expect_fail() {
  printf '$ %s\n' "$(quote "$@")"
  timeout 20 "$@" 2>&1
  local rc=$?
  if [ $rc -eq 0 ]; then failed=$((failed + 1)); else printf '(exit %d, as expected)\n' "$rc"; fi
}
section() { printf '\n# %s\n' "$*"; }
note() { printf '# %s\n' "$*"; }

ip link set lo up

section "1. namespaces"
run ip netns add red
run ip netns add blue
run ip netns
run ip link
run ip netns exec red ip link
run ip -n red link
run arp
run ip netns exec red arp

section "2. a pipe between two namespaces"
run ip link add veth-red type veth peer name veth-blue
run ip link set veth-red netns red
run ip link set veth-blue netns blue
run ip -n red addr add 192.168.15.1/24 dev veth-red
run ip -n blue addr add 192.168.15.2/24 dev veth-blue
run ip -n red link set veth-red up
run ip -n blue link set veth-blue up
run ip netns exec red ping -c1 -W2 192.168.15.2
run ip netns exec red arp
run ip netns exec blue arp
run ip -n red neigh
run ip -n red link del veth-red
note "deleting one end of a veth pair deletes the other"
expect_fail ip -n blue link show veth-blue

section "3. a bridge (virtual switch) for many namespaces"
run ip link add v-net-0 type bridge
run ip link set dev v-net-0 up
run ip link add veth-red type veth peer name veth-red-br
run ip link add veth-blue type veth peer name veth-blue-br
run ip link set veth-red netns red
run ip link set veth-red-br master v-net-0
run ip link set veth-blue netns blue
run ip link set veth-blue-br master v-net-0
run ip -n red addr add 192.168.15.1/24 dev veth-red
run ip -n blue addr add 192.168.15.2/24 dev veth-blue
run ip -n red link set veth-red up
run ip -n blue link set veth-blue up
run ip link set veth-red-br up
run ip link set veth-blue-br up
run ip netns exec red ping -c1 -W2 192.168.15.2
run ip addr add 192.168.15.5/24 dev v-net-0
run ping -c1 -W2 192.168.15.1
run ip -br addr

section "4. out to a LAN through the host, with NAT"
note "the LAN: one more namespace behind the host's eth0, with no route back to 192.168.15.0/24"
run ip netns add lan
run ip link add eth0 type veth peer name lan0
run ip link set lan0 netns lan
run ip addr add 192.168.1.2/24 dev eth0
run ip link set eth0 up
run ip -n lan addr add 192.168.1.3/24 dev lan0
run ip -n lan link set lan0 up
run ip -n lan link set lo up
echo 1 >/proc/sys/net/ipv4/ip_forward
run ip netns exec blue ip route add 192.168.1.0/24 via 192.168.15.5
run ip -n blue route
note "without NAT the LAN cannot answer blue"
expect_fail ip netns exec blue ping -c1 -W1 192.168.1.3
run iptables -t nat -A POSTROUTING -s 192.168.15.0/24 -j MASQUERADE
run ip netns exec blue ping -c1 -W2 192.168.1.3
run iptables -t nat -S
run iptables -t nat -L -n -v
run ip netns exec blue ip route add default via 192.168.15.5
run ip -n blue route

section "5. from the LAN into a namespace: port forwarding"
run iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 192.168.15.2:80
echo blue-says-hello >"$web/index.html"
note "a web server in blue, on 192.168.15.2:80"
ip netns exec blue timeout 60 python3 -m http.server 80 --bind 192.168.15.2 --directory "$web" >/dev/null 2>&1 &
server=$!
# ready when blue's TCP table has a listener on port 80 (0050)
for _ in $(seq 100); do
  ip netns exec blue grep -q ':0050 00000000:0000 0A' /proc/net/tcp && break
  sleep 0.05
done
note "the LAN asks the host's port 80 and gets blue's page"
run ip netns exec lan python3 -c 'import urllib.request; print(urllib.request.urlopen("http://192.168.1.2/", timeout=5).read().decode(), end="")'
kill $server 2>/dev/null; wait $server 2>/dev/null
run iptables -t nat -S
run arp -n

section "6. clean up"
run iptables -t nat -D PREROUTING -p tcp --dport 80 -j DNAT --to-destination 192.168.15.2:80
run iptables -t nat -D POSTROUTING -s 192.168.15.0/24 -j MASQUERADE
run iptables -t nat -S
run ip link del v-net-0
run ip link del eth0
run ip netns del red
run ip netns del blue
run ip netns del lan
run ip netns

if [ $failed -eq 0 ]; then
  printf '\n# the whole tutorial worked\n'
else
  printf '\n# %d step(s) did not do what the tutorial shows\n' "$failed"
fi
[ $failed -eq 0 ]
