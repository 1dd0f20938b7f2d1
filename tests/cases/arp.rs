//! `arp` display (net-tools 2.10): every listing style, the interface and host filters, the
//! hardware-type option, errors. Entries are made by the reference `ip neigh add` in the setup;
//! `/proc/net/arp` lists them in the kernel's hash order, so rows are sorted on both sides
//! (the header stays first).

use crate::common::{self, argv};

/// Two veth pairs with fixed addresses (`veth0`, `eth9`), ARP entries that do not change while
/// a case runs (permanent, stale, noarp) and an IPv6 neighbour `arp` must skip.
macro_rules! entries {
    () => {
        "\
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add eth9 address 02:00:00:00:00:09 type veth peer name eth9p address 02:00:00:00:00:0a
ip addr add 10.0.0.1/24 dev veth0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev veth0 nud permanent
ip neigh add 10.0.0.3 lladdr 02:00:00:00:01:03 dev veth0 nud stale
ip neigh add 10.0.0.4 lladdr 02:00:00:00:01:04 dev veth0 nud noarp
ip neigh add 10.9.0.5 lladdr 02:00:00:00:01:05 dev eth9 nud permanent
ip neigh add 2001:db8::2 lladdr 02:00:00:00:01:22 dev veth0 nud permanent"
    };
}
const ENTRIES: &str = entries!();

/// The entries plus a proxy ARP entry (`ip neigh add proxy`), listed after the others.
const ENTRIES_PROXY: &str = concat!(entries!(), "\nip neigh add proxy 10.0.0.50 dev veth0");

/// The entries, and names for two of the addresses in /etc/hosts (the sandbox's private /etc).
const ENTRIES_NAMED: &str = "\
echo '10.0.0.2 peer-two' >>/etc/hosts
echo '10.9.0.5 five.example five' >>/etc/hosts
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add eth9 address 02:00:00:00:00:09 type veth peer name eth9p address 02:00:00:00:00:0a
ip neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev veth0 nud permanent
ip neigh add 10.0.0.3 lladdr 02:00:00:00:01:03 dev veth0 nud stale
ip neigh add 10.9.0.5 lladdr 02:00:00:00:01:05 dev eth9 nud permanent";

fn arp(args: &str) -> common::Case {
    let mut words = vec!["arp"];
    words.extend(args.split_whitespace());
    argv(words.as_slice())
}

cases! {
    arp_default: arp("").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_numeric: arp("-n").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_numeric_long: arp("--numeric").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_all_bsd: arp("-a").setup(ENTRIES).norm(common::SORTED);
    arp_all_numeric: arp("-an").setup(ENTRIES).norm(common::SORTED);
    arp_all_numeric_split: arp("-a -n").setup(ENTRIES).norm(common::SORTED);
    arp_linux_style: arp("-e").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_e_and_a: arp("-e -a").setup(ENTRIES).norm(common::SORTED);
    arp_a_and_e: arp("-a -e").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_empty: arp("");
    arp_empty_all: arp("-a");
    arp_empty_verbose: arp("-v");
    arp_empty_interface: arp("-i lo");
    arp_interface: arp("-i eth9").setup(ENTRIES);
    arp_interface_veth0: arp("-i veth0").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_interface_long: arp("--device eth9").setup(ENTRIES);
    arp_interface_attached: arp("-ieth9").setup(ENTRIES);
    arp_interface_bsd: arp("-a -i veth0").setup(ENTRIES).norm(common::SORTED);
    arp_interface_missing: arp("-i nope").setup(ENTRIES);
    arp_interface_missing_bsd: arp("-a -i nope").setup(ENTRIES);
    arp_interface_no_argument: arp("-i");
    arp_verbose: arp("-v").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_verbose_bsd: arp("-v -a").setup(ENTRIES).norm(common::SORTED);
    arp_verbose_numeric: arp("-vn").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_host_present: arp("10.0.0.2").setup(ENTRIES);
    arp_host_present_numeric: arp("-n 10.0.0.3").setup(ENTRIES);
    arp_host_present_bsd: arp("-a 10.9.0.5").setup(ENTRIES);
    arp_host_present_verbose: arp("-v 10.0.0.2").setup(ENTRIES);
    arp_proxy: arp("").setup(ENTRIES_PROXY).norm(common::SORTED_AFTER_HEADER);
    arp_proxy_numeric: arp("-n -i veth0").setup(ENTRIES_PROXY).norm(common::SORTED_AFTER_HEADER);
    arp_proxy_bsd: arp("-a").setup(ENTRIES_PROXY).norm(common::SORTED);
    arp_proxy_verbose: arp("-v").setup(ENTRIES_PROXY).norm(common::SORTED_AFTER_HEADER);
    arp_host_proxy: arp("10.0.0.50").setup(ENTRIES_PROXY);
    arp_host_proxy_bsd: arp("-a 10.0.0.50").setup(ENTRIES_PROXY);
    arp_host_missing: arp("10.0.0.77").setup(ENTRIES);
    arp_host_missing_verbose: arp("-v 10.0.0.77").setup(ENTRIES);
    arp_host_missing_bsd: arp("-a 10.0.0.77").setup(ENTRIES);
    arp_host_wrong_interface: arp("-i eth9 10.0.0.2").setup(ENTRIES);
    arp_host_two_hosts: arp("10.0.0.2 10.0.0.3").setup(ENTRIES);
    arp_host_unresolvable: arp("nosuchhost.invalid")
        .setup(concat!(
            "rm -f /etc/resolv.conf\necho 'nameserver 127.0.0.1' >/etc/resolv.conf\n",
            entries!()
        ))
        .private_etc();
    arp_host_ipv6: arp("2001:db8::2").setup(ENTRIES);
    arp_hw_ether: arp("-H ether").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_hw_ether_attached: arp("-Hether -n").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_hw_ether_long: arp("--hw-type ether -a").setup(ENTRIES).norm(common::SORTED);
    arp_hw_bogus: arp("-H bogus").setup(ENTRIES);
    arp_hw_other_type: arp("-H ax25").setup(ENTRIES);
    arp_hw_no_argument: arp("-H");
    arp_protocol_inet: arp("-A inet").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_protocol_p_inet: arp("-p inet -n").setup(ENTRIES).norm(common::SORTED_AFTER_HEADER);
    arp_protocol_inet6: arp("-A inet6").setup(ENTRIES);
    arp_protocol_bogus: arp("-A bogus").setup(ENTRIES);
    arp_bad_option: arp("-Z");
    arp_bad_long_option: arp("--bogus");
    arp_help: arp("-h");
    arp_help_long: arp("--help");
    arp_version: arp("-V");
    arp_version_long: arp("--version");
    arp_version_with_others: arp("-n -V").setup(ENTRIES);
    arp_names_from_hosts: arp("").setup(ENTRIES_NAMED).private_etc().norm(common::SORTED_AFTER_HEADER);
    arp_names_from_hosts_bsd: arp("-a").setup(ENTRIES_NAMED).private_etc().norm(common::SORTED);
    arp_names_numeric: arp("-n").setup(ENTRIES_NAMED).private_etc().norm(common::SORTED_AFTER_HEADER);
    arp_host_by_name: arp("peer-two").setup(ENTRIES_NAMED).private_etc();
    arp_host_by_name_bsd: arp("-a five").setup(ENTRIES_NAMED).private_etc();
    arp_host_by_name_numeric: arp("-n peer-two").setup(ENTRIES_NAMED).private_etc();
    arp_in_netns: argv(["ip", "netns", "exec", "red", "arp", "-n"])
        .setup("ip netns add red\nip -n red link set lo up\nip -n red link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02\nip -n red neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev v0 nud permanent");
}

/// A veth pair (up) with an address, IPv6 off (no multicast neighbours), a second pair
/// `w0` on another subnet, a name in /etc/hosts and ethers files.
const SETTABLE: &str = "\
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link add w0 address 02:00:00:00:00:03 type veth peer name w1 address 02:00:00:00:00:04
ip link set v0 up; ip link set v1 up; ip link set w0 up; ip link set w1 up
ip addr add 10.0.0.1/24 dev v0; ip addr add 10.1.0.1/24 dev w0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev v0 nud permanent
ip neigh add 10.0.0.3 lladdr 02:00:00:00:01:03 dev v0 nud stale
ip neigh add proxy 10.0.0.6 dev v0
echo '10.0.0.7 gw7' >>/etc/hosts
printf '# comment\\n10.0.0.40 02:00:00:00:01:40\\n\\n10.0.0.41   02:00:00:00:01:41 temp\\n  10.0.0.42\\t02:00:00:00:01:42\\n10.0.0.43 zz:00:00:00:01:43\\nnosuchhost 02:00:00:00:01:44\\n10.0.0.45\\n10.0.0.46 02:00:00:00:01:46 bogus\\n10.0.0.48 02:00:00:00:01:48\\n' >/tmp/ethers.bad
printf '10.0.0.50 02:00:00:00:01:50\\ngw7 02:00:00:00:01:77 temp\\n10.9.0.1 02:00:00:00:01:51\\n10.0.0.52 02:00:00:00:01:52' >/etc/ethers";

/// The table after a change: every entry, sorted, and the proxy entries.
const TABLE: &str = "ip neigh show nud all | sort; ip neigh show proxy | sort";

cases! {
    // ------------------------------------------------------------------ -s, -Ds, -d, -f
    arp_set: arp("-s 10.0.0.20 02:00:00:00:01:20").setup(SETTABLE).check(TABLE);
    arp_set_long: arp("--set 10.0.0.20 02:00:00:00:01:20").setup(SETTABLE).check(TABLE);
    arp_set_replace: arp("-s 10.0.0.2 02:00:00:00:01:99").setup(SETTABLE).check(TABLE);
    arp_set_temp: arp("-s 10.0.0.20 02:00:00:00:01:20 temp").setup(SETTABLE).check(TABLE);
    arp_set_interface: arp("-i w0 -s 10.0.0.20 02:00:00:00:01:20").setup(SETTABLE).check(TABLE);
    arp_set_interface_after: arp("-s 10.1.0.20 02:00:00:00:01:20 -i w0").setup(SETTABLE).check(TABLE);
    arp_set_interface_missing: arp("-s 10.0.0.20 02:00:00:00:01:20 -i nosuch").setup(SETTABLE).check(TABLE);
    arp_set_unreachable: arp("-s 10.9.0.5 02:00:00:00:01:20").setup(SETTABLE).check(TABLE);
    arp_set_pub_without_interface: arp("-s 10.0.0.20 02:00:00:00:01:20 pub").setup(SETTABLE).check(TABLE);
    arp_set_pub: arp("-i v0 -s 10.0.0.20 02:00:00:00:01:20 pub").setup(SETTABLE).check(TABLE);
    arp_set_pub_host_netmask: arp("-i v0 -s 10.0.0.20 02:00:00:00:01:20 netmask 255.255.255.255 pub").setup(SETTABLE).check(TABLE);
    arp_set_netmask_net: arp("-i v0 -s 10.0.0.0 02:00:00:00:01:20 netmask 255.255.255.0 pub").setup(SETTABLE).check(TABLE);
    arp_set_netmask_missing: arp("-s 10.0.0.20 02:00:00:00:01:20 netmask").setup(SETTABLE).check(TABLE);
    arp_set_netmask_bad: arp("-s 10.0.0.20 02:00:00:00:01:20 netmask bogus").setup(SETTABLE).check(TABLE);
    arp_set_trail: arp("-s 10.0.0.20 02:00:00:00:01:20 trail").setup(SETTABLE).check(TABLE);
    arp_set_dontpub: arp("-s 10.0.0.20 02:00:00:00:01:20 dontpub").setup(SETTABLE).check(TABLE);
    arp_set_bad_word: arp("-s 10.0.0.20 02:00:00:00:01:20 bogus").setup(SETTABLE).check(TABLE);
    arp_set_bad_mac: arp("-s 10.0.0.20 zz:00:00:00:01:20").setup(SETTABLE).check(TABLE);
    arp_set_dashed_mac: arp("-s 10.0.0.20 02-00-00-00-01-20").setup(SETTABLE).check(TABLE);
    arp_set_bare_mac: arp("-s 10.0.0.20 020000000120").setup(SETTABLE).check(TABLE);
    arp_set_short_groups: arp("-s 10.0.0.20 2:0:0:0:1:20").setup(SETTABLE).check(TABLE);
    arp_set_long_mac: arp("-s 10.0.0.20 02:00:00:00:01:20:22").setup(SETTABLE).check(TABLE);
    arp_set_no_mac: arp("-s 10.0.0.20").setup(SETTABLE).check(TABLE);
    arp_set_nothing: arp("-s").setup(SETTABLE).check(TABLE);
    arp_set_name: arp("-s gw7 02:00:00:00:01:77").setup(SETTABLE).check(TABLE);
    arp_set_unknown_name: arp("-s nosuchhost 02:00:00:00:01:77").setup(SETTABLE).check(TABLE);
    arp_set_zero_address: arp("-s 0.0.0.0 02:00:00:00:01:23").setup(SETTABLE).check(TABLE);
    arp_set_loopback: arp("-s 127.0.0.1 02:00:00:00:01:23").setup(SETTABLE).check(TABLE);
    arp_set_verbose: arp("-v -s 10.0.0.20 02:00:00:00:01:20").setup(SETTABLE).check(TABLE);
    arp_set_hw_ether: arp("-H ether -s 10.0.0.20 02:00:00:00:01:20").setup(SETTABLE).check(TABLE);
    arp_set_device: arp("-Ds 10.0.0.20 v0").setup(SETTABLE).check(TABLE);
    arp_set_device_pub: arp("-Ds 10.0.0.20 v0 pub").setup(SETTABLE).check(TABLE);
    arp_set_device_missing: arp("-Ds 10.0.0.20 nosuch pub").setup(SETTABLE).check(TABLE);
    arp_set_device_split: arp("-D -s 10.0.0.20 w0").setup(SETTABLE).check(TABLE);
    arp_delete: arp("-d 10.0.0.2").setup(SETTABLE).check(TABLE);
    arp_delete_long: arp("--delete 10.0.0.3").setup(SETTABLE).check(TABLE);
    arp_delete_missing: arp("-d 10.0.0.99").setup(SETTABLE).check(TABLE);
    arp_delete_proxy: arp("-d 10.0.0.6").setup(SETTABLE).check(TABLE);
    arp_delete_proxy_pub: arp("-i v0 -d 10.0.0.6 pub").setup(SETTABLE).check(TABLE);
    arp_delete_pub_missing: arp("-d 10.0.0.2 pub").setup(SETTABLE).check(TABLE);
    arp_delete_unreachable: arp("-d 10.9.9.9").setup(SETTABLE).check(TABLE);
    arp_delete_interface: arp("-i v0 -d 10.0.0.2").setup(SETTABLE).check(TABLE);
    arp_delete_wrong_interface: arp("-d 10.0.0.2 -i w0").setup(SETTABLE).check(TABLE);
    arp_delete_interface_missing: arp("-i nosuch -d 10.0.0.2").setup(SETTABLE).check(TABLE);
    arp_delete_name: arp("-d gw7").setup(SETTABLE).check(TABLE);
    arp_delete_temp: arp("-d 10.0.0.3 temp").setup(SETTABLE).check(TABLE);
    arp_delete_two_hosts: arp("-d 10.0.0.2 10.0.0.3").setup(SETTABLE).check(TABLE);
    arp_delete_nothing: arp("-d").setup(SETTABLE).check(TABLE);
    arp_delete_verbose: arp("-v -d 10.0.0.2").setup(SETTABLE).check(TABLE);
    arp_delete_netmask: arp("-d 10.0.0.2 netmask 255.255.255.255").setup(SETTABLE).check(TABLE);
    arp_file_default: arp("-f").setup(SETTABLE).check(TABLE);
    arp_file_named: arp("-f /tmp/ethers.bad").setup(SETTABLE).check(TABLE);
    arp_file_verbose: arp("-v -f /tmp/ethers.bad").setup(SETTABLE).check(TABLE);
    arp_file_interface: arp("-i v0 -f /etc/ethers").setup(SETTABLE).check(TABLE);
    arp_file_missing: arp("-f /nonexistent").setup(SETTABLE).check(TABLE);
    arp_file_default_missing: arp("-f").setup("sysctl -qw net.ipv6.conf.all.disable_ipv6=1; rm -f /etc/ethers").check(TABLE);
    arp_file_extra_word: arp("-f /etc/ethers extra").setup(SETTABLE).check(TABLE);
}

/// Entries in the states /proc/net/arp lists specially: failed and incomplete (no address),
/// none and noarp (left out), proxies with and without a device.
const STATES: &str = "\
sysctl -qw net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.all.disable_ipv6=1
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev v0 nud permanent
ip neigh add 10.0.0.3 lladdr 02:00:00:00:01:03 dev v0 nud stale
ip neigh add 10.0.0.4 lladdr 02:00:00:00:01:04 dev v0 nud noarp
ip neigh add 10.0.0.5 dev v0 nud failed
ip neigh add 10.0.0.6 dev v0 nud none
ip neigh add 10.0.0.7 lladdr 02:00:00:00:01:07 dev v0 nud reachable
ip neigh add 10.0.0.8 lladdr 02:00:00:00:01:08 dev v0 nud delay
ip neigh add proxy 10.0.0.50 dev v0
ip neigh add proxy 10.0.0.51 dev v0";

cases! {
    arp_states: arp("-n").setup(STATES).norm(common::SORTED_AFTER_HEADER);
    arp_states_bsd: arp("-an").setup(STATES).norm(common::SORTED);
    arp_states_verbose: arp("-nv").setup(STATES).norm(common::SORTED_AFTER_HEADER);
    arp_states_failed_host: arp("-n 10.0.0.5").setup(STATES);
    arp_states_none_host: arp("-n 10.0.0.6").setup(STATES);
    arp_states_noarp_host: arp("-n 10.0.0.4").setup(STATES);
    arp_states_proxy_host: arp("-n 10.0.0.50").setup(STATES);
    arp_states_interface: arp("-n -i v0").setup(STATES).norm(common::SORTED_AFTER_HEADER);
    arp_states_other_interface_verbose: arp("-n -v -i lo").setup(STATES);
    arp_states_hw_ether: arp("-n -H ether").setup(STATES).norm(common::SORTED_AFTER_HEADER);
}

cases! {
    // nothing matches: the count line, whatever -v says
    arp_empty_verbose_interface: arp("-v -i lo");
    arp_empty_bsd_verbose_interface: arp("-av -i lo");
    arp_empty_verbose_host: arp("-nv 10.1.1.1");
    arp_empty_bsd_verbose_host: arp("-nva 10.1.1.1");
}

/// The sandbox DNS server of [`dns_server!`], then a veth pair with three neighbours.
macro_rules! dns {
    ($mode:literal) => {
        concat!(
            dns_server!($mode),
            "ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link set v0 up; ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip neigh add 10.0.0.2 lladdr 02:00:00:00:01:02 dev v0 nud permanent
ip neigh add 10.0.0.3 lladdr 02:00:00:00:01:03 dev v0 nud permanent
ip neigh add 10.0.0.4 lladdr 02:00:00:00:01:04 dev v0 nud permanent"
        )
    };
}
const DNS: &str = dns!("answer");
const DNS_SILENT: &str = dns!("silent");

cases! {
    // names from a DNS server (PTR for the listing, A for -s/-d), as the C library asks it
    arp_dns_listing: arp("").setup(DNS).norm(common::SORTED_AFTER_HEADER);
    arp_dns_bsd: arp("-a").setup(DNS).norm(common::SORTED);
    arp_dns_numeric: arp("-n").setup(DNS).norm(common::SORTED_AFTER_HEADER);
    arp_dns_host: arp("gw.example.org").setup(DNS);
    arp_dns_host_nxdomain: arp("nosuch.example.org").setup(DNS);
    arp_dns_hosts_file_first: arp("-a 10.0.0.2").setup(concat!(dns!("answer"), "\necho '10.0.0.2 peer-two' >>/etc/hosts"));
    arp_dns_set: arp("-s far.example.org 02:00:00:00:01:09").setup(DNS).check(TABLE);
    arp_dns_set_nxdomain: arp("-s nosuch.example.org 02:00:00:00:01:09").setup(DNS).check(TABLE);
    arp_dns_delete: arp("-d gw.example.org").setup(DNS).check(TABLE);
    // a server that never answers: numbers, and a failed lookup, after a bounded wait
    arp_dns_silent_listing: arp("").setup(DNS_SILENT).norm(common::SORTED_AFTER_HEADER).timeout(20);
    arp_dns_silent_bsd: arp("-a").setup(DNS_SILENT).norm(common::SORTED).timeout(20);
    arp_dns_silent_set: arp("-s far.example.org 02:00:00:00:01:09").setup(DNS_SILENT).check(TABLE).timeout(20);
}
