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
