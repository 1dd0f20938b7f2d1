//! `ip maddress` (show from /proc/net/dev_mcast, igmp, igmp6; add/del by ioctl), against
//! iproute2 6.1. The devices make no link-local IPv6 address (`addrgenmode none`): its
//! solicited-node group would join at a moment of its own, before or after the static one.

use crate::common::ip;

/// Veths and a bridge without link-local addresses, v0 up with an IPv4 address and a static
/// link-layer group.
const SETUP: &str = "\
ip link add v1 address 02:00:00:00:00:02 type veth peer name v0 address 02:00:00:00:00:01
ip link add br0 address 02:00:00:00:00:09 type bridge
for d in v0 v1 br0; do ip link set $d addrgenmode none; done
ip link set v0 up
ip link set v1 up
ip addr add 10.0.0.1/24 dev v0
ip maddr add 01:00:5e:01:02:03 dev v0";

const STATE: &str = "ip maddr show dev v0";

cases! {
    ip_maddr_bare: ip("maddr").setup(SETUP);
    ip_maddr_show: ip("maddress show").setup(SETUP);
    ip_maddr_ls: ip("maddr ls").setup(SETUP);
    ip_maddr_list: ip("maddr list").setup(SETUP);
    ip_maddr_fresh: ip("maddr");
    ip_maddr_json: ip("-j maddr").setup(SETUP);
    ip_maddr_json_pretty: ip("-j -p maddr show dev lo").setup(SETUP);
    ip_maddr_oneline: ip("-o maddr").setup(SETUP);
    ip_maddr_oneline_json: ip("-o -j maddr show dev v0").setup(SETUP);
    ip_maddr_4: ip("-4 maddr").setup(SETUP);
    ip_maddr_6: ip("-6 maddr").setup(SETUP);
    ip_maddr_link_only: ip("-0 maddr").setup(SETUP);
    ip_maddr_dev: ip("maddr show dev v0").setup(SETUP);
    ip_maddr_dev_word: ip("maddr show br0").setup(SETUP);
    ip_maddr_dev_missing: ip("maddr show dev nope").setup(SETUP);
    ip_maddr_dev_missing_json: ip("-j maddr show dev nope").setup(SETUP);
    ip_maddr_dev_incomplete: ip("maddr show dev").setup(SETUP);
    ip_maddr_dev_twice: ip("maddr show dev v0 dev v1").setup(SETUP);
    ip_maddr_dev_garbage: ip("maddr show foo bar").setup(SETUP);
    ip_maddr_stats: ip("-s maddr show dev v0").setup(SETUP);
    ip_maddr_help: ip("maddr help");
    ip_maddr_unknown: ip("maddr foo");
    ip_maddr_add: ip("maddr add 01:00:5e:01:02:05 dev v0").setup(SETUP).check(STATE);
    ip_maddr_add_prefix: ip("maddr a 33:33:00:00:01:02 dev v0").setup(SETUP).check(STATE);
    ip_maddr_add_address_word: ip("maddr add address 01:00:5e:01:02:08 dev v0").setup(SETUP).check(STATE);
    ip_maddr_add_unicast: ip("maddr add 02:00:00:00:00:07 dev v0").setup(SETUP).check(STATE);
    ip_maddr_add_no_address: ip("maddr add dev v0").setup(SETUP).check(STATE);
    ip_maddr_add_again: ip("maddr add 01:00:5e:01:02:03 dev v0").setup(SETUP).check(STATE);
    ip_maddr_add_no_dev: ip("maddr add 01:00:5e:01:02:06").setup(SETUP);
    ip_maddr_add_nothing: ip("maddr add").setup(SETUP);
    ip_maddr_add_dev_incomplete: ip("maddr add 01:00:5e:01:02:03 dev").setup(SETUP);
    ip_maddr_add_bad: ip("maddr add bogus dev v0").setup(SETUP);
    ip_maddr_add_ipv4: ip("maddr add 224.0.0.5 dev v0").setup(SETUP);
    ip_maddr_add_long: ip("maddr add 01:00:5e:01:02:0b:0c:0d:0e dev v0").setup(SETUP);
    ip_maddr_add_short: ip("maddr add 01:00:5e dev v0").setup(SETUP);
    ip_maddr_add_not_lladdr: ip("maddr add to 01:00:5e:01:02:03 dev v0").setup(SETUP);
    ip_maddr_add_missing_dev: ip("maddr add 01:00:5e:01:02:07 dev nope").setup(SETUP);
    ip_maddr_add_dev_twice: ip("maddr add 01:00:5e:01:02:07 dev v0 dev v1").setup(SETUP);
    ip_maddr_add_two_addresses: ip("maddr add 01:00:5e:01:02:09 01:00:5e:01:02:0a dev v0").setup(SETUP);
    ip_maddr_del: ip("maddr del 01:00:5e:01:02:03 dev v0").setup(SETUP).check(STATE);
    ip_maddr_delete: ip("maddr delete 01:00:5e:01:02:03 dev v0").setup(SETUP).check(STATE);
    ip_maddr_del_missing: ip("maddr del 01:00:5e:09:09:09 dev v0").setup(SETUP).check(STATE);
}
