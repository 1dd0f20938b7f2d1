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
    hint_device_moved_already: ip("link set veth-red netns red").setup(RED_BLUE)
        .hint("`veth-red` is in namespace red already");
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
    hint_option_of_another_target: iptables("-t nat -A POSTROUTING -j SNAT --to-destination 192.168.15.2")
        .hint("`--to-destination` is not an option of `-j SNAT`; it belongs to `-j DNAT`");
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
    hint_never_in_batch_failing_early: ip("-n green -batch /tmp/lines").setup("printf 'arp\\n' >/tmp/lines").hint("");
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

/// The reference (`/tmp/.sandbox/ref`) is installed, or only ipkit's side can be checked.
fn have_reference(applet: &str) -> bool {
    common::references().contains_key(applet)
}

/// Stops a sandbox script (exit 0 with a marker) when /etc is not the sandbox's own overlay,
/// so a test never writes the host's /etc.
const PRIVATE_ETC_OR_SKIP: &str =
    "grep -q '^ipkit-etc /etc overlay' /proc/self/mounts || { echo 'SKIP: no private /etc'; exit 0; }\n";

/// Run a script that starts with [`PRIVATE_ETC_OR_SKIP`]: its stdout, or None (after
/// SKIP) when there is no sandbox or no private /etc.
fn run_with_private_etc(name: &str, script: &str) -> Option<String> {
    let r = common::sandbox_script(name, script)?;
    let out = r.stdout_text();
    if out.starts_with("SKIP") {
        common::skip(name, out.trim());
        return None;
    }
    Some(out)
}

/// The blocks of a script's output, split at lines `== NAME`.
fn blocks(out: &str) -> std::collections::HashMap<String, String> {
    let mut map = std::collections::HashMap::new();
    let mut name = String::new();
    for line in out.lines() {
        if let Some(n) = line.strip_prefix("== ") {
            name = n.to_string();
            map.insert(name.clone(), String::new());
        } else if let Some(b) = map.get_mut(&name) {
            b.push_str(line);
            b.push('\n');
        }
    }
    map
}

/// `ip netns exec` where the network namespace belongs to a user namespace whose mount
/// namespace masks part of /sys (rootless containers): the kernel refuses a fresh sysfs
/// ("mount too revealing"). The reference stops with exit 255; ipkit warns with the same
/// line and runs the command in the namespace.
#[test]
fn netns_exec_when_sysfs_is_refused() {
    let script = r#"
ip link add dummy0 type dummy
mount -t tmpfs masked /sys/firmware
touch /run/netns/red
cat >/tmp/inner.sh <<'IN'
unshare --net=/run/netns/red true || exit 3
for side in ref bin; do
  echo "== $side"
  /tmp/.sandbox/$side/ip netns exec red cat /proc/net/dev >/tmp/out 2>/tmp/err
  echo "rc=$?"
  cat /tmp/err
  cut -d: -f1 /tmp/out | tail -n +3 | tr -d ' '
done
IN
unshare --user --map-root-user --mount sh /tmp/inner.sh
"#;
    let Some(r) = common::sandbox_script("netns_exec_when_sysfs_is_refused", script) else {
        return;
    };
    let out = r.stdout_text();
    assert_eq!(r.code, 0, "{out}{}", r.stderr_text());
    let b = blocks(&out);
    // ipkit: the reference's line, as a warning; then the command's output, from red (lo only)
    assert_eq!(
        b["bin"], "rc=0\nmount of /sys failed: Operation not permitted\nlo\n",
        "{out}"
    );
    if have_reference("ip") {
        // the reference: the same line, exit 255, and the command never ran
        assert_eq!(
            b["ref"], "rc=255\nmount of /sys failed: Operation not permitted\n",
            "{out}"
        );
    }
}

/// /etc/netns/red/resolv.conf when /etc/resolv.conf is a plain file, a live symbolic link
/// (systemd-resolved) or a dangling one: the command must read red's file. The reference
/// manages the first two (it binds over the link's target) and fails on the dangling link;
/// ipkit puts red's file on the link itself.
#[test]
fn netns_exec_resolv_conf_layouts() {
    let script = format!(
        "{PRIVATE_ETC_OR_SKIP}{}",
        r#"
mkdir -p /etc/netns/red /tmp/stub
echo 'nameserver 192.0.2.53 # red' >/etc/netns/red/resolv.conf
ip netns add red
for layout in plain live dangling; do
  rm -f /etc/resolv.conf /tmp/stub/resolv.conf
  case $layout in
    plain) echo 'nameserver 192.0.2.1 # host' >/etc/resolv.conf ;;
    live) echo 'nameserver 127.0.0.53 # stub' >/tmp/stub/resolv.conf
          ln -s /tmp/stub/resolv.conf /etc/resolv.conf ;;
    dangling) ln -s /tmp/stub/resolv.conf /etc/resolv.conf ;;
  esac
  for side in ref bin; do
    echo "== $layout $side"
    /tmp/.sandbox/$side/ip netns exec red cat /etc/resolv.conf 2>&1
    echo "rc=$?"
  done
  echo "== $layout after"
  cat /etc/resolv.conf 2>&1
done
"#
    );
    let Some(out) = run_with_private_etc("netns_exec_resolv_conf_layouts", &script) else {
        return;
    };
    let b = blocks(&out);
    let red = "nameserver 192.0.2.53 # red\nrc=0\n";
    for layout in ["plain", "live", "dangling"] {
        assert_eq!(b[&format!("{layout} bin")], red, "{layout}:\n{out}");
    }
    // nothing changed outside the command
    assert_eq!(b["plain after"], "nameserver 192.0.2.1 # host\n", "{out}");
    assert_eq!(b["live after"], "nameserver 127.0.0.53 # stub\n", "{out}");
    assert_eq!(
        b["dangling after"], "cat: /etc/resolv.conf: No such file or directory\n",
        "{out}"
    );
    if have_reference("ip") {
        assert_eq!(b["plain ref"], red, "{out}");
        assert_eq!(b["live ref"], red, "{out}");
        assert_eq!(
            b["dangling ref"],
            "Bind /etc/netns/red/resolv.conf -> /etc/resolv.conf failed: No such file or directory\ncat: /etc/resolv.conf: No such file or directory\nrc=1\n",
            "{out}"
        );
    }
}

/// Eight addresses no resolver names, listed without `-n` by `arp` and `iptables -L`.
const EIGHT_NAMELESS: &str = "ip link add v0 type veth peer name v1
ip link set v0 up
ip addr add 10.0.0.1/24 dev v0
for i in 10 11 12 13 14 15 16 17; do
  ip neigh add 10.0.0.$i lladdr 02:00:00:00:01:$i dev v0 nud permanent
  iptables -A INPUT -s 10.0.0.$i -j ACCEPT
done
";

/// Names without `-n` when the resolver never answers: the reference waits for every entry
/// (1 s each here, 10 s each with resolv.conf's defaults) and is still waiting after 6 s;
/// ipkit's wait is bounded for the whole listing, then it prints what the reference prints
/// for addresses without a name (as it does when the resolver answers NXDOMAIN at once).
#[test]
fn names_from_a_silent_resolver_cost_a_bounded_wait() {
    let script = format!(
        "{PRIVATE_ETC_OR_SKIP}{}{EIGHT_NAMELESS}{}",
        dns_server!("silent"),
        r#"
ms() { echo $(( $(date +%s%N) / 1000000 )); }
for cmd in "arp" "iptables -L INPUT"; do
  for side in ref bin; do
    t0=$(ms)
    timeout 6 /tmp/.sandbox/$side/$cmd >/tmp/out.$side 2>&1
    rc=$?
    echo "== $cmd $side"
    echo "rc=$rc ms=$(( $(ms) - t0 ))"
  done
  echo "== $cmd silent"
  sort /tmp/out.bin
done
# the same listings from a resolver that answers at once that it knows no such name
kill %1
python3 /tmp/dns.py answer >/dev/null 2>&1 &
sleep 0.3
for cmd in "arp" "iptables -L INPUT"; do
  echo "== $cmd nxdomain"
  timeout 20 /tmp/.sandbox/ref/$cmd 2>&1 | sort
done
"#
    );
    let Some(out) = run_with_private_etc("names_from_a_silent_resolver", &script) else {
        return;
    };
    let b = blocks(&out);
    let field = |block: &str, key: &str| -> i64 {
        b[block]
            .split_whitespace()
            .find_map(|w| w.strip_prefix(key))
            .and_then(|v| v.parse().ok())
            .unwrap_or(-1)
    };
    for cmd in ["arp", "iptables -L INPUT"] {
        let ours = format!("{cmd} bin");
        assert_eq!(field(&ours, "rc="), 0, "{cmd}: ipkit did not finish\n{out}");
        // the whole listing waits at most the budget (2 s) and a little more
        assert!(
            field(&ours, "ms=") < 4000,
            "{cmd}: ipkit waited too long\n{out}"
        );
        assert!(
            b[&format!("{cmd} silent")].contains("10.0.0.17"),
            "{cmd}: numbers expected\n{out}"
        );
        if have_reference(cmd.split(' ').next().unwrap_or("")) {
            // the reference is still waiting when 6 s are over
            assert_eq!(field(&format!("{cmd} ref"), "rc="), 124, "{cmd}\n{out}");
            assert_eq!(
                b[&format!("{cmd} silent")],
                b[&format!("{cmd} nxdomain")],
                "{cmd}: ipkit after a silent resolver vs the reference after NXDOMAIN\n{out}"
            );
        }
    }
}
