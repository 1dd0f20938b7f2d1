//! `ip nexthop` (add/replace/delete/show/get/flush/bucket), against iproute2 6.1, and the
//! `nhid` of routes. The state is made by the reference in the setup; changes are read back
//! with `ip nexthop; ip route`.

use crate::common::{ip, Norm};

/// Two veth pairs (v0/v1, v2/v3 with v2 in bridge br0), with addresses.
const LINKS: &str = "\
ip link add v1 type veth peer name v0
ip link add v3 type veth peer name v2
ip link add br0 type bridge
ip link set v2 master br0
for d in v0 v1 v2 v3 br0; do ip link set $d up; done
ip addr add 10.0.0.1/24 dev v0
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip addr add 10.1.0.1/24 dev v2
ip addr add 10.2.0.1/24 dev br0";

/// LINKS and nexthops of every kind the kernel here makes, groups, and routes using them.
const NHS: &str = "\
ip link add v1 type veth peer name v0
ip link add v3 type veth peer name v2
ip link add br0 type bridge
ip link set v2 master br0
for d in v0 v1 v2 v3 br0; do ip link set $d up; done
ip addr add 10.0.0.1/24 dev v0
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip addr add 10.1.0.1/24 dev v2
ip addr add 10.2.0.1/24 dev br0
ip nexthop add id 1 via 10.0.0.2 dev v0
ip nexthop add id 2 via 2001:db8::2 dev v0 protocol static
ip nexthop add id 3 blackhole
ip -6 nexthop add id 4 blackhole protocol zebra
ip nexthop add id 5 dev v0
ip nexthop add id 6 via 10.0.0.6 dev v0 onlink
ip nexthop add id 7 via 10.2.0.7 dev br0
ip nexthop add id 8 encap ip id 5 dst 1.2.3.4 ttl 3 tos 4 key csum seq dev v0
ip nexthop add id 9 encap ip6 id 6 dst 2001::1 src 2001::2 hoplimit 5 tc 2 dev v0
ip nexthop add id 10 encap ip dst 1.2.3.4 dev v0
ip nexthop add id 12 via 10.0.0.12 fdb
ip nexthop add id 13 via 10.0.0.13 fdb
ip nexthop add id 14 via 10.1.0.14 dev v2
ip nexthop add id 20 group 1/5,4/6
ip nexthop add id 21 group 12/13 fdb
ip nexthop add id 22 group 1,3/5,7 type resilient buckets 8 idle_timer 10 unbalanced_timer 20
ip nexthop add id 23 group 2 type mpath
ip nexthop add id 24 group 3
ip nexthop add id 25 group 14/7
ip route add 10.5.0.0/16 nhid 1
ip route add 10.6.0.0/16 nhid 20 proto static
ip -6 route add 2001:db8:5::/48 nhid 2
ip route add 10.7.0.0/16 nhid 3";

/// What a change leaves: the nexthops and the routes.
const STATE: &str = "ip nexthop; ip -6 nexthop; ip route; ip -6 route | grep -v ^fe80";

/// A bucket's idle time (`idle_time 0.12`, `"idle_time":0.12`) becomes `<t>`: it ticks.
const IDLE: Norm = Norm {
    name: "idle-time",
    apply: norm_idle,
};

fn norm_idle(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("idle_time") {
        let (head, tail) = rest.split_at(at + "idle_time".len());
        out.push_str(head);
        let skip = tail
            .find(|c: char| c.is_ascii_digit())
            .filter(|&i| i <= 2)
            .unwrap_or(0);
        let (sep, num) = tail.split_at(skip);
        let end = num
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == 'e' || c == '-' || c == '+'))
            .unwrap_or(num.len());
        out.push_str(sep);
        if end > 0 {
            out.push_str("<t>");
        }
        rest = &num[end..];
    }
    out.push_str(rest);
    out
}

cases! {
    // show and its selectors
    ip_nh_show_empty: ip("nexthop");
    ip_nh_show_empty_json: ip("-j nexthop show");
    ip_nh_bare: ip("nexthop").setup(NHS);
    ip_nh_show: ip("nexthop show").setup(NHS);
    ip_nh_list: ip("nexthop list").setup(NHS);
    ip_nh_ls: ip("nexthop ls").setup(NHS);
    ip_nh_prefix_s: ip("nexthop s").setup(NHS);
    ip_nh_details: ip("-d nexthop").setup(NHS);
    ip_nh_stats: ip("-s nexthop").setup(NHS);
    ip_nh_json: ip("-j nexthop").setup(NHS);
    ip_nh_json_pretty: ip("-j -p nexthop").setup(NHS);
    ip_nh_json_details: ip("-j -d nexthop").setup(NHS);
    ip_nh_oneline: ip("-o nexthop").setup(NHS);
    ip_nh_numeric: ip("-N -d nexthop").setup(NHS);
    ip_nh_4: ip("-4 nexthop").setup(NHS);
    ip_nh_6: ip("-6 nexthop").setup(NHS);
    ip_nh_show_id: ip("nexthop show id 22").setup(NHS);
    ip_nh_show_id_encap: ip("nexthop show id 8").setup(NHS);
    ip_nh_show_id_encap_json: ip("-j -p nexthop show id 9").setup(NHS);
    ip_nh_show_id_rest_ignored: ip("nexthop show id 1 id 2").setup(NHS);
    ip_nh_show_id_missing: ip("nexthop show id 999").setup(NHS);
    ip_nh_show_id_missing_json: ip("-j nexthop show id 999").setup(NHS);
    ip_nh_show_id_zero: ip("nexthop show id 0").setup(NHS);
    ip_nh_show_id_bad: ip("nexthop show id x").setup(NHS);
    ip_nh_show_id_incomplete: ip("nexthop show id").setup(NHS);
    ip_nh_show_dev: ip("nexthop show dev v0").setup(NHS);
    ip_nh_show_dev_prefix: ip("nexthop show de v2").setup(NHS);
    ip_nh_show_dev_missing: ip("nexthop show dev nope").setup(NHS);
    ip_nh_show_groups: ip("nexthop show groups").setup(NHS);
    ip_nh_show_groups_json: ip("-j nexthop show groups").setup(NHS);
    ip_nh_show_groups_details: ip("-d nexthop show gr").setup(NHS);
    ip_nh_show_fdb: ip("nexthop show fdb").setup(NHS);
    ip_nh_show_master: ip("nexthop show master br0").setup(NHS);
    ip_nh_show_master_missing: ip("nexthop show master nope").setup(NHS);
    ip_nh_show_vrf_not_vrf: ip("nexthop show vrf v0").setup(NHS);
    ip_nh_show_protocol: ip("nexthop show protocol 4").setup(NHS);
    ip_nh_show_protocol_name: ip("nexthop show protocol static").setup(NHS);
    ip_nh_show_protocol_256: ip("nexthop show protocol 256").setup(NHS);
    ip_nh_show_dev_groups: ip("nexthop show dev v0 groups").setup(NHS);
    ip_nh_show_6_groups: ip("-6 nexthop show groups").setup(NHS);
    ip_nh_show_garbage: ip("nexthop show foo").setup(NHS);
    ip_nh_get: ip("nexthop get id 22").setup(NHS);
    ip_nh_get_json: ip("-j nexthop get id 1").setup(NHS);
    ip_nh_get_details: ip("-d nexthop get id 3").setup(NHS);
    ip_nh_get_missing: ip("nexthop get id 999").setup(NHS);
    ip_nh_get_usage: ip("nexthop get").setup(NHS);
    ip_nh_get_garbage: ip("nexthop get id 3 foo").setup(NHS);
    ip_nh_help: ip("nexthop help");
    ip_nh_unknown: ip("nexthop foo");
    ip_nh_append_unknown: ip("nexthop append id 1 blackhole");

    // add / replace / delete
    ip_nh_add_blackhole: ip("nexthop add id 1 blackhole").setup(LINKS).check(STATE);
    ip_nh_add_dev: ip("nexthop add id 2 dev v0").setup(LINKS).check(STATE);
    ip_nh_add_via: ip("nexthop add id 3 via 10.0.0.2 dev v0").setup(LINKS).check(STATE);
    ip_nh_add_via6: ip("nexthop add id 4 via 2001:db8::2 dev v0").setup(LINKS).check(STATE);
    ip_nh_add_onlink: ip("nexthop add id 5 via 10.9.0.5 dev v0 onlink").setup(LINKS).check(STATE);
    ip_nh_add_protocol: ip("nexthop add id 6 via 10.0.0.6 dev v0 protocol static").setup(LINKS).check(STATE);
    ip_nh_add_proto_number: ip("nexthop add id 7 blackhole proto 99").setup(LINKS).check(STATE);
    ip_nh_add_6_blackhole: ip("-6 nexthop add id 9 blackhole").setup(LINKS).check(STATE);
    ip_nh_add_6_dev: ip("-6 nexthop add id 11 dev v0").setup(LINKS).check(STATE);
    ip_nh_add_fdb: ip("nexthop add id 12 via 10.0.0.12 fdb").setup(LINKS).check(STATE);
    ip_nh_add_fdb6: ip("nexthop add id 13 via 2001:db8::13 fdb").setup(LINKS).check(STATE);
    ip_nh_add_encap_ip: ip("nexthop add id 14 encap ip id 5 dst 1.2.3.4 ttl 3 tos 4 key csum seq dev v0").setup(LINKS).check(STATE);
    ip_nh_add_encap_ip6: ip("nexthop add id 15 encap ip6 dst 2001::1 src 2001::2 hoplimit 5 tc 0x10 csum dev v0").setup(LINKS).check(STATE);
    ip_nh_add_encap_mpls: ip("nexthop add id 16 encap mpls 100/200 ttl 5 via 10.0.0.2 dev v0").setup(LINKS).check(STATE);
    ip_nh_add_encap_at_end: ip("nexthop add id 17 dev v0 encap mpls 100").setup(LINKS);
    ip_nh_add_encap_incomplete: ip("nexthop add id 17 encap mpls").setup(LINKS);
    ip_nh_add_encap_bad_type: ip("nexthop add id 17 encap foo 1 dev v0").setup(LINKS);
    ip_nh_add_encap_bad_label: ip("nexthop add id 17 encap mpls 1048576 dev v0").setup(LINKS);
    ip_nh_add_encap_bad_ttl: ip("nexthop add id 17 encap ip dst 1.2.3.4 ttl 300 dev v0").setup(LINKS);
    ip_nh_add_encap_dup: ip("nexthop add id 17 encap ip id 1 id 2 dst 1.2.3.4 dev v0").setup(LINKS);
    ip_nh_add_encap_bad_dst: ip("nexthop add id 17 encap ip dst 2001::1 dev v0").setup(LINKS);
    ip_nh_add_group: ip("nexthop add id 30 group 1/5,4").setup(NHS).check(STATE);
    ip_nh_add_group_weight_256: ip("nexthop add id 30 group 1,256/5").setup(NHS).check(STATE);
    ip_nh_add_group_fdb: ip("nexthop add id 30 group 12 fdb").setup(NHS).check(STATE);
    ip_nh_add_group_mpath: ip("nexthop add id 30 group 1/5 type mpath").setup(NHS).check(STATE);
    ip_nh_add_group_resilient: ip("nexthop add id 30 group 1,2/5 type resilient buckets 16 idle_timer 3 unbalanced_timer 7").setup(NHS).check(STATE);
    ip_nh_add_group_resilient_no_buckets: ip("nexthop add id 30 group 1/5 type resilient").setup(NHS);
    ip_nh_add_group_resilient_zero_buckets: ip("nexthop add id 30 group 1/5 type resilient buckets 0").setup(NHS);
    ip_nh_add_group_blackhole_mix: ip("nexthop add id 30 group 1/3").setup(NHS);
    ip_nh_add_group_missing_member: ip("nexthop add id 30 group 999").setup(NHS);
    ip_nh_add_group_twice: ip("nexthop add id 30 group 1/1").setup(NHS);
    ip_nh_add_group_mixed_fdb: ip("nexthop add id 30 group 1/5 fdb").setup(NHS);
    ip_nh_add_group_family: ip("-6 nexthop add id 30 group 1/5").setup(NHS);
    ip_nh_add_group_bad: ip("nexthop add id 30 group 1/x").setup(NHS);
    ip_nh_add_group_bad_first: ip("nexthop add id 30 group ,3").setup(NHS);
    ip_nh_add_group_bad_weight: ip("nexthop add id 30 group 1,257").setup(NHS);
    ip_nh_add_group_bad_weight2: ip("nexthop add id 30 group 1,2,4/5").setup(NHS);
    ip_nh_add_group_incomplete: ip("nexthop add id 30 group").setup(NHS);
    ip_nh_add_type_bad: ip("nexthop add id 30 group 1/5 type foo").setup(NHS);
    ip_nh_add_buckets_bad: ip("nexthop add id 30 group 1/5 type resilient buckets 70000").setup(NHS);
    ip_nh_add_idle_bad: ip("nexthop add id 30 group 1/5 type resilient idle_timer 42949672").setup(NHS);
    ip_nh_add_unbalanced_bad: ip("nexthop add id 30 group 1/5 type resilient unbalanced_timer x").setup(NHS);
    ip_nh_add_buckets_after_mpath: ip("nexthop add id 30 group 1/5 type mpath buckets 3").setup(NHS);
    ip_nh_add_exists: ip("nexthop add id 1 blackhole").setup(NHS);
    ip_nh_add_nothing: ip("nexthop add").setup(LINKS);
    ip_nh_add_id_only: ip("nexthop add id 1").setup(LINKS);
    ip_nh_add_id_incomplete: ip("nexthop add id").setup(LINKS);
    ip_nh_add_id_bad: ip("nexthop add id x blackhole").setup(LINKS);
    ip_nh_add_id_big: ip("nexthop add id 4294967296 blackhole").setup(LINKS);
    ip_nh_add_id_hex: ip("nexthop add id 0x20 blackhole").setup(LINKS).check(STATE);
    ip_nh_add_id_zero: ip("nexthop add id 0 blackhole").setup(LINKS).check(STATE);
    ip_nh_add_via_bad: ip("nexthop add id 1 via bogus dev v0").setup(LINKS);
    ip_nh_add_via_family: ip("-4 nexthop add id 1 via 2001:db8::3 dev v0").setup(LINKS);
    ip_nh_add_via_after_dev: ip("nexthop add id 1 dev v0 via fe80::1").setup(LINKS);
    ip_nh_add_via_no_dev: ip("nexthop add id 1 via 10.0.0.30").setup(LINKS);
    ip_nh_add_via_unreachable: ip("nexthop add id 1 via 10.99.0.1 dev v0").setup(LINKS);
    ip_nh_add_dev_missing: ip("nexthop add id 1 dev nope").setup(LINKS);
    ip_nh_add_blackhole_dev: ip("nexthop add id 1 blackhole dev v0").setup(LINKS);
    ip_nh_add_fdb_dev: ip("nexthop add id 1 via 10.0.0.2 dev v0 fdb").setup(LINKS);
    ip_nh_add_onlink_no_gw: ip("nexthop add id 1 dev v0 onlink").setup(LINKS);
    ip_nh_add_protocol_bad: ip("nexthop add id 1 blackhole protocol foo").setup(LINKS);
    ip_nh_add_garbage: ip("nexthop add id 1 foo").setup(LINKS);
    ip_nh_add_prefix_a: ip("nexthop a id 1 blackhole").setup(LINKS).check(STATE);
    ip_nh_add_packet_family: ip("-0 nexthop add id 1 blackhole").setup(LINKS);
    ip_nh_replace: ip("nexthop replace id 1 via 10.0.0.9 dev v0").setup(NHS).check(STATE);
    ip_nh_replace_new: ip("nexthop replace id 40 blackhole").setup(NHS).check(STATE);
    ip_nh_replace_group_over_single: ip("nexthop replace id 3 group 1/5").setup(NHS);
    ip_nh_del: ip("nexthop del id 5").setup(NHS).check(STATE);
    ip_nh_delete_group: ip("nexthop delete id 20").setup(NHS).check(STATE);
    ip_nh_del_missing: ip("nexthop del id 999").setup(NHS);
    ip_nh_del_nothing: ip("nexthop del").setup(NHS);
    ip_nh_del_garbage: ip("nexthop del 3").setup(NHS);
    ip_nh_del_with_dev: ip("nexthop del id 3 dev v0").setup(NHS);

    // flush
    ip_nh_flush_empty: ip("nexthop flush");
    ip_nh_flush: ip("nexthop flush").setup(NHS).check(STATE);
    ip_nh_flush_stats: ip("-s nexthop flush").setup(NHS).check(STATE);
    ip_nh_flush_dev: ip("nexthop flush dev v0").setup(NHS).check(STATE);
    ip_nh_flush_groups: ip("nexthop flush groups").setup(NHS).check(STATE);
    ip_nh_flush_protocol: ip("nexthop flush protocol 4").setup(NHS).check(STATE);
    ip_nh_flush_id: ip("nexthop flush id 3").setup(NHS).check(STATE);
    ip_nh_flush_id_missing: ip("nexthop flush id 999").setup(NHS);
    ip_nh_flush_4: ip("-4 nexthop flush").setup(NHS).check(STATE);
    ip_nh_flush_garbage: ip("nexthop flush ls").setup(NHS);

    // buckets
    ip_nh_bucket: ip("nexthop bucket").setup(NHS).norm(IDLE);
    ip_nh_bucket_json: ip("-j nexthop bucket show").setup(NHS).norm(IDLE);
    ip_nh_bucket_show_id: ip("nexthop bucket show id 22").setup(NHS).norm(IDLE);
    ip_nh_bucket_show_nhid: ip("nexthop bucket list nhid 5").setup(NHS).norm(IDLE);
    ip_nh_bucket_show_dev: ip("nexthop bucket show dev v0").setup(NHS).norm(IDLE);
    ip_nh_bucket_not_group: ip("nexthop bucket show id 1").setup(NHS);
    ip_nh_bucket_not_group_json: ip("-j nexthop bucket show id 1").setup(NHS);
    ip_nh_bucket_missing: ip("nexthop bucket show id 999").setup(NHS);
    ip_nh_bucket_garbage: ip("nexthop bucket show foo").setup(NHS);
    ip_nh_bucket_protocol: ip("nexthop bucket show protocol 0").setup(NHS);
    ip_nh_bucket_get: ip("nexthop bucket get id 22 index 3").setup(NHS).norm(IDLE);
    ip_nh_bucket_get_json: ip("-j nexthop bucket get index 3 id 22").setup(NHS).norm(IDLE);
    ip_nh_bucket_get_bounds: ip("nexthop bucket get id 22 index 30").setup(NHS);
    ip_nh_bucket_get_not_resilient: ip("nexthop bucket get id 20 index 1").setup(NHS);
    ip_nh_bucket_get_usage: ip("nexthop bucket get id 22").setup(NHS);
    ip_nh_bucket_get_bad_index: ip("nexthop bucket get id 22 index x").setup(NHS);
    ip_nh_bucket_unknown: ip("nexthop bucket foo").setup(NHS);

    // routes through nexthop objects
    ip_nh_route_show: ip("route").setup(NHS);
    ip_nh_route_show_json: ip("-j route").setup(NHS);
    ip_nh_route_show6: ip("-6 route").setup(NHS);
    ip_nh_route_details: ip("-d route").setup(NHS);
    ip_nh_route_details_json: ip("-d -j -p route").setup(NHS);
    ip_nh_route_details_oneline: ip("-d -o route").setup(NHS);
    ip_nh_route_details6: ip("-d -6 route show 2001:db8:5::/48").setup(NHS);
    ip_nh_route_add_nhid: ip("route add 10.9.0.0/16 nhid 22").setup(NHS).check(STATE);
    ip_nh_route_add_nhid_missing: ip("route add 10.9.0.0/16 nhid 999").setup(NHS);
}

#[test]
fn idle_time_normalised() {
    assert_eq!(
        norm_idle("id 22 index 0 idle_time 0.12 nhid 5 \n{\"idle_time\":1.5e+06,\"nhid\":5}"),
        "id 22 index 0 idle_time <t> nhid 5 \n{\"idle_time\":<t>,\"nhid\":5}"
    );
}
