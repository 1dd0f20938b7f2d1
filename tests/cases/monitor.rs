//! `ip monitor` (live events and rtmon recordings) and `ip netconf`.
//!
//! A live case is one `sh -c` script: the monitor (the side under test, `ip`) starts in the
//! background with SIGINT at its default (a non-interactive shell would have it ignored),
//! the script waits until its socket listens, makes changes with the reference `ip`
//! ($R), waits for the events to be written, interrupts it and prints its exit code, its
//! output and its errors. The script starts with `ip -V` only because a case's argv must
//! start with the applet. Links get fixed MAC addresses and no IPv6 (no duplicate address
//! detection, no multicast neighbours: events that arrive at random moments).

use crate::common::{argv, ip, Norm};

/// The reference `ip` inside the sandbox, the wait for a listening rtnetlink socket (and
/// for the link dump the reference reads on it first: events that come during that dump
/// are lost to it), and the wait for the monitor's output to stop growing.
const PRE: &str = "ip -V >/dev/null
R=/tmp/.sandbox/ref/ip
listening() { for i in $(seq 200); do awk 'NR > 1 && $2 == 0 && $4 != \"00000000\" { f = 1 } END { exit !f }' /proc/net/netlink && break; sleep 0.01; done; sleep 0.3; }
settle() { a=-1; n=0; while [ $n -lt 3 ]; do sleep 0.1; b=$(wc -c </tmp/m); if [ \"$b\" = \"$a\" ]; then n=$((n + 1)); else n=0; a=$b; fi; done; }
";

/// Links v0/v1 (fixed MACs, no IPv6, up) and a namespace `x` with nsid 7.
const LINKS: &str = "sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 address 02:00:00:00:00:10 type veth peer name v1 address 02:00:00:00:00:11
ip link set v0 up; ip link set v1 up
for i in $(seq 300); do [ \"$(cat /sys/class/net/v0/operstate /sys/class/net/v1/operstate)\" = \"up
up\" ] && break; sleep 0.01; done
ip netns add x; ip netns set x 7";

/// The changes most cases watch: every object's events, on both links.
pub(crate) const CHANGES: &str = "$R addr add 10.0.0.1/24 dev v0
$R link set v0 mtu 1400
$R route add 10.9.0.0/16 dev v0
$R neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0
$R addr add 10.0.1.1/24 dev v1
$R neigh add 10.0.1.5 lladdr 02:00:00:00:00:06 dev v1
$R route add 10.8.0.0/16 dev v1
sysctl -qw net.ipv4.conf.v1.forwarding=1
$R netns add y; $R netns set y 9
$R route del 10.9.0.0/16 dev v0
$R neigh del 10.0.0.5 dev v0
$R addr del 10.0.0.1/24 dev v0";

/// Rule and nexthop changes (the reference's `ip` as $R).
const RULES_NH: &str = "$R addr add 10.0.0.1/24 dev v0
$R rule add pref 5 fwmark 3 table 7
$R -6 rule add pref 6 not from 2001:db8::/32 table 8 proto static
$R nexthop add id 1 via 10.0.0.2 dev v0
$R nexthop add id 2 blackhole
$R nexthop add id 4 group 1
$R rule del pref 5
$R nexthop del id 1
$R nexthop flush";

/// The script of a live case: `ip ARGS` monitoring while `changes` run.
fn live(args: &str, changes: &str) -> String {
    format!(
        "{PRE}env --default-signal=INT ip {args} >/tmp/m 2>/tmp/e & P=$!
listening
{changes}
settle
kill -INT $P; wait $P; echo \"rc=$?\"
cat /tmp/m; cat /tmp/e >&2"
    )
}

pub(crate) fn live_case(args: &str, changes: &str) -> crate::common::Case {
    argv(["sh", "-c", &live(args, changes)])
        .setup(LINKS)
        .timeout(30)
}

/// [`live_case`] with IPv6 on v0 (no link-local address: no duplicate address detection
/// whose events would come at random moments).
fn live_case6(args: &str, changes: &str) -> crate::common::Case {
    argv(["sh", "-c", &live(args, changes)])
        .setup(&format!(
            "{LINKS}\nip link set v0 addrgenmode none\nsysctl -qw net.ipv6.conf.v0.disable_ipv6=0\nsleep 0.2"
        ))
        .timeout(30)
}

/// `Timestamp: Sat Dec  5 11:55:51 2026 644669 usec` (and rtmon's `… us`) and
/// `[2026-12-05T11:57:24.162581] `: the clock, which differs from run to run.
pub const TIMESTAMPS: Norm = Norm {
    name: "timestamps",
    apply: norm_timestamps,
};

fn norm_timestamps(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let mut l = line.to_string();
        // `Timestamp: DATE USEC usec` (or rtmon's `us`) to the end of the line
        if let Some(at) = l.find("Timestamp: ") {
            let body = l[at..].trim_end_matches('\n');
            let unit = body.rsplit(' ').next().unwrap_or("").to_string();
            let nl = if l.ends_with('\n') { "\n" } else { "" };
            l = format!("{}Timestamp: <t> {unit}{nl}", &l[..at]);
        }
        // `[YYYY-MM-DDTHH:MM:SS.uuuuuu] ` anywhere (after an earlier head too)
        let mut from = 0;
        while let Some(at) = l[from..].find("[20").map(|a| a + from) {
            let Some(end) = l[at..].find("] ").map(|e| at + e) else {
                break;
            };
            let inner = &l[at + 1..end];
            let shape = inner.len() == 26
                && inner.as_bytes().get(10) == Some(&b'T')
                && inner.as_bytes().get(19) == Some(&b'.');
            if shape {
                l.replace_range(at..=end, "[<ts>]");
            }
            from = at + 1;
        }
        out.push_str(&l);
    }
    out
}

cases! {
    // every object (the default, `all`), each object alone, prefixes of the words
    ip_monitor_all: live_case("monitor", CHANGES);
    ip_monitor_all_word: live_case("monitor all", CHANGES);
    ip_monitor_link: live_case("monitor link", CHANGES);
    ip_monitor_address: live_case("monitor address", CHANGES);
    ip_monitor_route: live_case("monitor route", CHANGES);
    ip_monitor_neigh: live_case("monitor neigh", CHANGES);
    ip_monitor_netconf: live_case("monitor netconf", CHANGES);
    ip_monitor_nsid: live_case("monitor nsid", CHANGES);
    ip_monitor_rule_events: live_case("monitor rule", RULES_NH);
    ip_monitor_rule_details_v6: live_case("-d -6 monitor rule", RULES_NH);
    ip_monitor_nexthop_events: live_case("monitor nexthop", RULES_NH);
    ip_monitor_nexthop_details_v6_unfiltered: live_case("-d -6 monitor nexthop", RULES_NH);
    ip_monitor_all_rules_nexthops: live_case("monitor", RULES_NH);
    ip_monitor_prefixes: live_case("monitor li a ro ne net ns", CHANGES);
    ip_monitor_link_all: live_case("monitor link all", CHANGES);
    // rule and nexthop events: subscribed, not printed yet (no case watches their text)
    ip_monitor_rule_word: live_case("monitor ru link", CHANGES);
    ip_monitor_mroute_prefix_stats_nexthop: live_case("monitor mroute prefix stats nexthop link", CHANGES);
    // link events: deletion (`Deleted`, the peer's `@NONE`), up and down
    // the names are the ones read at the start: a renamed link keeps its old name
    ip_monitor_rename: live_case(
        "monitor link address",
        "$R link set v1 name v9\n$R addr add 10.0.0.1/24 dev v9\n$R link del v0\n$R link add v0 address 02:00:00:00:00:30 type veth peer name v5 address 02:00:00:00:00:31\n$R addr add 10.0.0.2/24 dev v5",
    );
    ip_monitor_link_updown_delete: live_case(
        "monitor link address",
        "$R addr add 10.0.0.1/24 dev v0\n$R link set v0 down\n$R link set v1 down\n$R link set v1 up\n$R link set v0 up\n$R link del v0",
    );
    // the heads: label, timestamps, nsids
    ip_monitor_label: live_case("monitor label", CHANGES);
    ip_monitor_timestamp: live_case("-t monitor", CHANGES).norm(TIMESTAMPS);
    ip_monitor_tshort: live_case("-ts monitor label", CHANGES).norm(TIMESTAMPS);
    ip_monitor_timestamp_and_tshort: live_case("-t -ts monitor label", CHANGES).norm(TIMESTAMPS);
    ip_monitor_tshort_and_timestamp: live_case("-ts -t monitor", CHANGES).norm(TIMESTAMPS);
    ip_monitor_timestamp_label_all_nsid: live_case("-timestamp monitor label all-nsid", CHANGES).norm(TIMESTAMPS);
    ip_monitor_all_nsid: live_case(
        "monitor all-nsid label",
        "$R addr add 10.0.0.1/24 dev v0\n$R -n x link add w0 address 02:00:00:00:00:20 type veth peer name w1 address 02:00:00:00:00:21\n$R -n x addr add 10.5.0.1/24 dev w0\n$R -n x link set w0 mtu 1300\n$R route add 10.9.0.0/16 dev v0",
    );
    ip_monitor_all_nsid_prefix: live_case(
        "monitor al",
        "$R -n x link add w0 address 02:00:00:00:00:20 type veth peer name w1 address 02:00:00:00:00:21\n$R addr add 10.0.0.1/24 dev v0",
    );
    // selectors and options
    ip_monitor_dev: live_case("monitor dev v1", CHANGES);
    ip_monitor_dev_label: live_case("-t monitor label dev v1", CHANGES).norm(TIMESTAMPS);
    ip_monitor_dev_link: live_case("monitor link dev v0", CHANGES);
    ip_monitor_oneline: live_case("-o monitor", CHANGES);
    ip_monitor_family4: live_case6(
        "-4 monitor",
        "$R -6 addr add 2001:db8::1/64 dev v0 nodad\nsleep 0.3\n$R -6 route add 2001:db8:9::/64 dev v0\n$R addr add 10.0.0.1/24 dev v0\n$R route add 10.9.0.0/16 dev v0\n$R neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0\n$R link set v1 mtu 1300",
    );
    ip_monitor_family6: live_case6(
        "-6 monitor",
        "$R -6 addr add 2001:db8::1/64 dev v0 nodad\nsleep 0.3\n$R -6 route add 2001:db8:9::/64 dev v0\n$R addr add 10.0.0.1/24 dev v0\n$R route add 10.9.0.0/16 dev v0\n$R neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0\n$R link set v1 mtu 1300",
    );
    ip_monitor_family0: live_case("-0 monitor", CHANGES);
    ip_monitor_details: live_case("-d monitor link", "$R link set v1 mtu 1400\n$R link set v0 alias hello");
    ip_monitor_stats_ignored: live_case("-s monitor link", "$R link set v1 mtu 1400");
    ip_monitor_brief: live_case("-br monitor link address", "$R link set v1 mtu 1300\n$R addr add 10.0.0.11/24 dev v0");
    ip_monitor_json_ignored: live_case("-j monitor", CHANGES);
    ip_monitor_json_pretty_ignored: live_case("-j -p monitor link", "$R link set v1 mtu 1300");
    ip_monitor_rcvbuf: live_case("-rcvbuf 65536 monitor route", CHANGES);
    ip_monitor_resolve_numeric: live_case("-N monitor route", "$R route add 10.9.0.0/16 dev v0 proto 42 table 7");

    // the exit on SIGINT with nothing printed, and a closed pipe ending it at its next write
    ip_monitor_sigint_quiet: live_case("monitor", ":");
    ip_monitor_closed_pipe: argv(["sh", "-c", &format!(
        "{PRE}mkfifo /tmp/f
ip monitor link >/tmp/f & P=$!
head -n 2 /tmp/f >/tmp/out & H=$!
listening
$R link set v0 mtu 1400
wait $H
$R link set v0 mtu 1401
wait $P; echo \"rc=$?\"
cat /tmp/out")]).setup(LINKS).timeout(30);

    // the words
    ip_monitor_help: ip("monitor help");
    ip_monitor_help_prefix: ip("monitor h");
    ip_monitor_unknown: ip("monitor bogus");
    ip_monitor_stats_prefix_unknown: ip("monitor st");
    ip_monitor_dev_prefix_unknown: ip("monitor d lo");
    ip_monitor_file_missing: ip("monitor file");
    ip_monitor_dev_missing: ip("monitor dev");
    ip_monitor_dev_unknown: ip("monitor dev nope");
    ip_monitor_dev_unknown_with_file: ip("monitor file /dev/null dev nope");
    ip_monitor_unknown_after_objects: ip("monitor link label x");
    ip_monitor_file_nonexistent: ip("monitor file /nonexistent");
    ip_monitor_file_directory: ip("monitor file /tmp");
    ip_monitor_file_empty: ip("monitor file /dev/null");
}

/// An rtmon recording of the changes (links v0/v1 as in [`LINKS`]), in /tmp/r.bin, and
/// pieces of it cut short or broken.
const RECORDED: &str = "sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 address 02:00:00:00:00:10 type veth peer name v1 address 02:00:00:00:00:11
ip link set v0 up; ip link set v1 up
for i in $(seq 300); do [ \"$(cat /sys/class/net/v0/operstate /sys/class/net/v1/operstate)\" = \"up
up\" ] && break; sleep 0.01; done
ip netns add x; ip netns set x 7
rtmon file /tmp/r.bin & P=$!
for i in $(seq 200); do [ -s /tmp/r.bin ] && break; sleep 0.01; done
sleep 0.1
ip addr add 10.0.0.1/24 dev v0
ip link set v0 mtu 1400
ip route add 10.9.0.0/16 dev v0
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0
ip addr add 10.0.1.1/24 dev v1
ip neigh add 10.0.1.5 lladdr 02:00:00:00:00:06 dev v1
ip route add 10.8.0.0/16 dev v1
sysctl -qw net.ipv4.conf.v1.forwarding=1
ip netns add y; ip netns set y 9
ip route del 10.9.0.0/16 dev v0
ip neigh del 10.0.0.5 dev v0
ip addr del 10.0.0.1/24 dev v0
ip link set v1 down
ip link del v0
sleep 0.3
kill $P; wait $P || true
head -c 30 /tmp/r.bin >/tmp/cut30
head -c 24 /tmp/r.bin >/tmp/cut24
head -c 10 /tmp/r.bin >/tmp/cut10
head -c 1000 /tmp/r.bin >/tmp/cut1000
printf '\\010\\000\\000\\000\\020\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000' >/tmp/short
{ cat /tmp/cut24; printf '\\000\\000\\000\\000\\020\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000abcd'; } >/tmp/zero
printf '\\024\\000\\000\\000\\003\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000abcd\\024\\000\\000\\000\\002\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000abcd' >/tmp/done";

cases! {
    // a recording is printed whole, each timestamp record as `Timestamp: … us`
    ip_monitor_file: ip("monitor file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_objects_select_nothing: ip("monitor link file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_label: ip("monitor label file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_all_nsid: ip("monitor file /tmp/r.bin all-nsid label").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_tshort: ip("-ts monitor file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_timestamp: ip("-t monitor file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_oneline: ip("-o monitor file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_details: ip("-d monitor file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_family4: ip("-4 monitor file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_family6: ip("-6 monitor file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_dev: ip("monitor dev v1 file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_dev_label: ip("monitor dev lo label file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_brief: ip("-br monitor file /tmp/r.bin").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_cut_in_second_record: ip("monitor file /tmp/cut30").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_cut_at_record_end: ip("monitor file /tmp/cut24").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_cut_in_header: ip("monitor file /tmp/cut10").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_cut_later: ip("monitor file /tmp/cut1000").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_malformed_short: ip("monitor file /tmp/short").setup(RECORDED);
    ip_monitor_file_malformed_zero: ip("monitor file /tmp/zero").setup(RECORDED).norm(TIMESTAMPS);
    ip_monitor_file_done_and_error: ip("monitor file /tmp/done").setup(RECORDED);
}

/// A crafted recording (/tmp/c.bin): timestamp records, a link of a kind this kernel lacks
/// (dummy), a deleted address, a multipath route, a router neighbour, netconf of `all` and
/// `default`, a deleted nsid; all on lo or on no device, so both sides name them alike.
const CRAFTED: &str = r#"cat >/tmp/craft.py <<'PY'
import struct, sys
def attr(t, v):
    l = 4 + len(v)
    return struct.pack('=HH', l, t) + v + b'\0' * ((4 - l % 4) % 4)
def msg(t, body, flags=0):
    l = 16 + len(body)
    return struct.pack('=IHHII', l, t, flags, 0, 0) + body + b'\0' * ((4 - l % 4) % 4)
ip4 = lambda s: bytes(int(x) for x in s.split('.'))
mac = lambda s: bytes(int(x, 16) for x in s.split(':'))
out = msg(15, struct.pack('=II', 1700000000, 12345))
link = struct.pack('=BBHiII', 0, 0, 1, 9, 0x1002, 0) + attr(3, b'd0\0') + attr(4, struct.pack('=I', 1400)) \
    + attr(6, b'noop\0') + attr(16, b'\x02') + attr(27, struct.pack('=I', 0)) \
    + attr(1, mac('02:00:00:00:00:99')) + attr(2, mac('ff:ff:ff:ff:ff:ff')) \
    + attr(18, attr(1, b'dummy\0'))
out += msg(16, link)
addr = struct.pack('=BBBBI', 2, 24, 0x80, 0, 1) + attr(1, ip4('10.3.0.1')) + attr(2, ip4('10.3.0.1')) \
    + attr(3, b'lo\0') + attr(6, struct.pack('=IIII', 0xffffffff, 0xffffffff, 0, 0))
out += msg(15, struct.pack('=II', 1700000001, 7))
out += msg(21, addr)
nh = lambda gw: struct.pack('=HBBi', 8 + 8, 0, 1, 1) + attr(5, ip4(gw))
route = struct.pack('=BBBBBBBBI', 2, 24, 0, 0, 254, 4, 0, 1, 0) + attr(15, struct.pack('=I', 254)) \
    + attr(1, ip4('10.7.0.0')) + attr(9, nh('127.0.0.2') + nh('127.0.0.3'))
out += msg(24, route)
neigh = struct.pack('=BBHiHBB', 2, 0, 0, 1, 0x02, 0x80, 1) + attr(1, ip4('127.0.0.9')) + attr(2, mac('02:00:00:00:00:09'))
out += msg(28, neigh)
nc = struct.pack('=Bxxx', 2) + attr(1, struct.pack('=i', -1)) + attr(2, struct.pack('=i', 1)) + attr(3, struct.pack('=i', 2))
out += msg(80, nc)
out += msg(89, struct.pack('=Bxxx', 0) + attr(1, struct.pack('=i', 42)))
out += msg(81, struct.pack('=Bxxx', 2) + attr(1, struct.pack('=i', -2)))
open(sys.argv[1], 'wb').write(out)
PY
python3 /tmp/craft.py /tmp/c.bin"#;

cases! {
    ip_monitor_file_crafted: ip("monitor file /tmp/c.bin").setup(CRAFTED);
    ip_monitor_file_crafted_details_label: ip("-d monitor label file /tmp/c.bin").setup(CRAFTED);
    ip_monitor_file_crafted_oneline: ip("-o monitor file /tmp/c.bin").setup(CRAFTED);
    ip_monitor_file_crafted_dev_lo: ip("monitor dev lo label file /tmp/c.bin").setup(CRAFTED);
    ip_monitor_file_crafted_all_nsid: ip("-4 monitor all-nsid file /tmp/c.bin").setup(CRAFTED);
}

/// An event another process causes is written within 100 ms (the monitor's stdout a pipe,
/// read line by line).
#[test]
fn ip_monitor_event_within_100ms() {
    let script = r#"
cat >/tmp/t.py <<'PY'
import subprocess, time, sys
m = subprocess.Popen(['ip', 'monitor', 'link'], stdout=subprocess.PIPE)
def listening():
    with open('/proc/net/netlink') as f:
        return any(l.split()[1] == '0' and l.split()[3] != '00000000' for l in f.readlines()[1:])
for i in range(500):
    if listening():
        break
    time.sleep(0.01)
worst = 0.0
for mtu in (1400, 1401, 1402, 1403, 1404):
    subprocess.run(['/tmp/.sandbox/ref/ip', 'link', 'set', 'v0', 'mtu', str(mtu)], check=True)
    t0 = time.monotonic()
    first = m.stdout.readline()
    m.stdout.readline()
    worst = max(worst, time.monotonic() - t0)
    if b'mtu %d ' % mtu not in first:
        print('wrong line', first); sys.exit(1)
m.terminate()
print('worst %.3f' % worst)
sys.exit(0 if worst < 0.1 else 2)
PY
ip link add v0 address 02:00:00:00:00:10 type veth peer name v1 address 02:00:00:00:00:11
python3 /tmp/t.py
"#;
    let Some(r) = crate::common::sandbox_script("ip_monitor_event_within_100ms", script) else {
        return;
    };
    assert_eq!(
        r.code,
        0,
        "{}{}",
        r.stdout_text(),
        String::from_utf8_lossy(&r.stderr)
    );
}

#[test]
fn ip_monitor_timestamps_normalised_only() {
    let t = "Timestamp: Sat Dec  5 11:55:51 2026 644669 usec\n[2026-12-05T11:57:24.162581] [nsid current][2026-x] 3: v0\n[ADDR]Timestamp: Sat Dec  5 11:55:59 2026 79 us\n";
    assert_eq!(
        norm_timestamps(t),
        "Timestamp: <t> usec\n[<ts>] [nsid current][2026-x] 3: v0\n[ADDR]Timestamp: <t> us\n"
    );
}

/// The devices of `ip netconf` cases: v0 with forwarding and loose rp_filter, v1 strict.
const NETCONF: &str = "ip link add v0 type veth peer name v1
sysctl -qw net.ipv4.conf.v0.rp_filter=2 net.ipv4.conf.v0.forwarding=1 net.ipv4.conf.v1.rp_filter=1";

cases! {
    ip_netconf: ip("netconf").setup(NETCONF);
    ip_netconf_show: ip("netconf show").setup(NETCONF);
    ip_netconf_list: ip("netconf list").setup(NETCONF);
    ip_netconf_prefixes: ip("netconf l").setup(NETCONF);
    ip_netconf_dev: ip("netconf show dev v0").setup(NETCONF);
    ip_netconf_dev_last_wins: ip("-j netconf show dev v0 dev v1").setup(NETCONF);
    ip_netconf_dev_lo: ip("netconf sh dev lo").setup(NETCONF);
    ip_netconf_family4: ip("-4 netconf").setup(NETCONF);
    ip_netconf_family6: ip("-6 netconf").setup(NETCONF);
    ip_netconf_family4_dev: ip("-4 netconf show dev v0").setup(NETCONF);
    ip_netconf_family6_dev: ip("-6 netconf show dev v1").setup(NETCONF);
    ip_netconf_family4_dev_json_is_plain: ip("-j -4 netconf show dev v0").setup(NETCONF);
    ip_netconf_family0: ip("-0 netconf").setup(NETCONF);
    ip_netconf_mpls: ip("-M netconf").setup(NETCONF);
    ip_netconf_mpls_json: ip("-j -M netconf").setup(NETCONF);
    ip_netconf_mpls_dev: ip("-M netconf show dev v0").setup(NETCONF);
    ip_netconf_json: ip("-j netconf show dev v0").setup(NETCONF);
    ip_netconf_json_pretty: ip("-j -p netconf").setup(NETCONF);
    ip_netconf_oneline: ip("-o netconf show dev v0").setup(NETCONF);
    ip_netconf_other_words_passed_over: ip("netconf show foo d v0").setup(NETCONF);
    ip_netconf_dev_unknown: ip("netconf show dev nope").setup(NETCONF);
    ip_netconf_dev_unknown_json: ip("-j netconf show dev nope").setup(NETCONF);
    ip_netconf_dev_missing: ip("netconf show dev").setup(NETCONF);
    ip_netconf_unknown: ip("netconf bogus").setup(NETCONF);
    ip_netconf_help: ip("netconf help");
}
