#!/usr/bin/env bash
# tutorial.sh — walk through the network-namespace tutorial with ipkit, in a throwaway sandbox.
#
#   sudo examples/tutorial.sh target/x86_64-unknown-linux-musl/release/ipkit
#
# Builds nothing. Makes a temporary directory of `ip`, `arp` and `iptables` links with
# `ipkit --install`, puts it first on PATH, and runs each tutorial command, printing `$ cmd`
# and its output, inside `unshare --net --mount --propagation private` with a tmpfs on
# /run/netns: the namespaces, links and addresses it creates vanish when it ends, and the
# host's network is never touched. A command that fails prints its exit code and the walk
# goes on (some objects are not implemented yet).
# Sections: 1. namespaces, 2. a veth pipe between two namespaces, 3. a bridge.
set -u

if [ -z "${IPKIT_TUTORIAL_INNER:-}" ]; then
  if [ $# -ne 1 ]; then
    sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
  fi
  [ "$(id -u)" = 0 ] || { echo "tutorial.sh: must run as root (it creates network namespaces)" >&2; exit 2; }
  command -v unshare >/dev/null || { echo "tutorial.sh: needs unshare (util-linux)" >&2; exit 2; }
  ipkit=$(readlink -f "$1") && [ -x "$ipkit" ] || { echo "tutorial.sh: $1 is not an executable" >&2; exit 2; }
  bin=$(mktemp -d)
  trap 'rm -rf "$bin"' EXIT
  "$ipkit" --install "$bin" || { echo "tutorial.sh: ipkit --install $bin failed" >&2; exit 1; }
  IPKIT_TUTORIAL_INNER=1 IPKIT_BIN=$bin unshare --net --mount --propagation private bash "$0"
  exit $?
fi

# ------------------------------------------------------------ inside the sandbox
mkdir -p /run/netns && mount -t tmpfs tmpfs /run/netns || exit 1
export PATH="$IPKIT_BIN:$PATH"

# run CMD...: print it like a shell transcript, then its output (and its exit code if not 0)
run() {
  printf '$ %s\n' "$*"
  "$@" 2>&1
  local rc=$?
  [ $rc -eq 0 ] || printf '(exit %d)\n' "$rc"
}
section() { printf '\n# %s\n' "$*"; }

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
run ip -n red neigh
run ip -n red link del veth-red

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
run ip addr

section "clean up"
run ip link del v-net-0
run ip netns del red
run ip netns del blue
run ip netns
