//! Where ipkit goes beyond the reference (issue 11, README "Beyond iproute2"), each shown
//! next to the reference's own behaviour:
//! - hints: at a terminal, one line after the reference's identical error text (every hint of
//!   `ipkit --hints` has a case here, marked `// hint: MISTAKE`);
//! - `ip netns exec` where the kernel refuses a fresh /sys, and /etc/netns files over a
//!   dangling /etc symlink;
//! - names looked up without `-n` cost a bounded wait in all when the resolver never answers.

use crate::common::{self, ip, Case};

/// Two namespaces joined by a veth pair, as the tutorials begin.
const RED_BLUE: &str = "ip netns add red
ip netns add blue
ip link add veth-red type veth peer name veth-blue
ip link set veth-red netns red
ip link set veth-blue netns blue";

/// red with 192.168.15.1/24 on veth-red, up.
const RED_ADDRESSED: &str = "ip netns add red
ip link add veth-red type veth peer name veth-blue
ip link set veth-red netns red
ip -n red addr add 192.168.15.1/24 dev veth-red
ip -n red link set veth-red up";

fn iptables(args: &str) -> Case {
    common::argv(
        std::iter::once("iptables")
            .chain(args.split_whitespace())
            .collect::<Vec<_>>()
            .as_slice(),
    )
}

cases! {
    // hint: `ip - n NAME …`: a space inside `-n`
    hint_spaced_option: ip("- n red link set veth-red up").setup(RED_BLUE)
        .hint("`- n` has a space inside the option: `ip -n red link set veth-red up`");
    // hint: `ip -n NAME arp`: arp is not an ip object
    hint_arp_object: ip("-n red arp").setup(RED_BLUE)
        .hint("`arp` is not an `ip` object: the neighbour table is `ip -n red neigh`, or run arp there with `ip netns exec red arp`");
    hint_arp_object_here: ip("arp")
        .hint("`arp` is not an `ip` object: the neighbour table is `ip neigh` (or the `arp` command)");
    // hint: `ip -ns …` for `ip -n NAME …`
    hint_ns_option: ip("-ns red route").setup(RED_BLUE)
        .hint("the namespace option is `-n NAME` (or `-netns NAME`): `ip -n red route`");
    hint_ns_option_no_name: ip("-4 -ns route").setup(RED_BLUE)
        .hint("the namespace option is `-n NAME` (or `-netns NAME`): `ip -4 -n blue route`");
    // hint: `ip -n NAME` (or `ip netns exec NAME`) with a namespace that does not exist
    hint_no_such_namespace: ip("-n green link").setup(RED_BLUE)
        .hint("the namespaces are: blue, red (`ip netns add green` makes a new one)");
    hint_no_such_namespace_exec: ip("netns exec green ip link").setup(RED_BLUE)
        .hint("the namespaces are: blue, red (`ip netns add green` makes a new one)");
    hint_no_namespaces_yet: ip("-n red link")
        .hint("there are no network namespaces yet: `ip netns add red` makes one");
    // hint: a device that lives in another namespace
    hint_device_elsewhere: ip("-n blue addr add 192.168.15.2/24 dev veth-red").setup(RED_BLUE)
        .hint("`veth-red` is in namespace red: `ip -n red addr add 192.168.15.2/24 dev veth-red`");
    hint_device_in_default_namespace: ip("-n red -br link set veth-x up")
        .setup("ip netns add red\nip link add veth-x type veth peer name veth-y")
        .hint("`veth-x` is in the default namespace: `ip -br link set veth-x up`");
    hint_device_nowhere: ip("-n red link set veth-z up").setup(RED_BLUE).hint("");
    // hint: `ip link set DEV netns NAME` before `ip netns add NAME`
    hint_netns_value: ip("link set veth-blue netns green")
        .setup("ip link add veth-red type veth peer name veth-blue")
        .hint("there is no network namespace \"green\": make it first with `ip netns add green`");
    // hint: a route `via` a gateway that no interface reaches
    hint_unreachable_gateway: ip("-n red route add default via 10.0.0.1").setup(RED_ADDRESSED)
        .hint("no interface in namespace red reaches 10.0.0.1; the directly reachable prefixes are 192.168.15.0/24 (veth-red)");
    hint_unreachable_gateway_nothing_up: ip("route add default via 10.0.0.1")
        .hint("no interface here reaches 10.0.0.1: none has an address and is up (`ip addr add ADDR/LEN dev DEV`, `ip link set DEV up`)");
    // hint: `--dport`/`--sport` without `-p tcp` or `-p udp`
    hint_port_without_protocol: iptables("-t nat -A PREROUTING --dport 80 -j DNAT --to-destination 192.168.15.2:80")
        .hint("`--dport` is an option of a protocol: put `-p tcp` (or `-p udp`) before it");
    // hint: a target's option (`--to-destination`) before its `-j`
    hint_target_option_first: iptables("-t nat -A PREROUTING -p tcp --dport 80 --to-destination 192.168.15.2:80 -j DNAT")
        .hint("`--to-destination` is an option of `-j DNAT`: put it after `-j DNAT`");
    // hint: `--A` for `-A` (a short option with two dashes)
    hint_double_dash: iptables("-t nat --A POSTROUTING -s 192.168.15.0/24 -j MASQUERADE")
        .hint("`--A` has one dash too many: write `-A` (or `--append`)");
    // hint: a target named without `-j`
    hint_target_without_jump: iptables("-t nat -A POSTROUTING -s 192.168.15.0/24 MASQUERADE")
        .hint("a target follows `-j`: write `-j MASQUERADE`");
    // colour on: the hint is dimmed
    hint_dimmed_with_colour: ip("-c -n red arp").setup(RED_BLUE)
        .hint("\x1b[2mhint: `arp` is not an `ip` object: the neighbour table is `ip -n red neigh`, or run arp there with `ip netns exec red arp`\x1b[0m");
    // never in a batch
    hint_never_in_batch: ip("-batch /tmp/lines").setup("printf 'arp\\n' >/tmp/lines").hint("");
}

/// Every hint of `ipkit --hints` has a case above, marked with its mistake.
#[test]
fn every_hint_has_a_case() {
    let out = common::run(&common::ipkit(), &["--hints"]);
    assert_eq!(common::code(&out), 0);
    let source = include_str!("beyond.rs");
    let listed = common::text(&out.stdout);
    assert!(listed.lines().count() >= 10, "{listed}");
    for line in listed.lines() {
        let (_, mistake) = line.split_once(": ").expect("APPLET: MISTAKE");
        assert!(
            source.contains(&format!("// hint: {mistake}\n")),
            "no case marked `// hint: {mistake}` in tests/cases/beyond.rs"
        );
    }
}
