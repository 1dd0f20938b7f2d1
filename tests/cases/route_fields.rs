//! Route fields the reference prints that only some routes carry: `proto unspec`, the input
//! interface (`iif`), the mark (decimal under 16, hex from 16 on), the `notify` flag, and
//! cloned routes (`ip route get`, the cache) without protocol and scope, the IPv4 ones with
//! their `cache` line before the expiry, metrics and `iif`. Live where the kernel makes such
//! routes (`ip route get … iif`, `proto 0`), else from crafted messages in an rtmon file read
//! by `ip monitor file` (which passes cloned routes over).

use crate::common::ip;

/// Forwarding between two veths: v0 10.0.0.1/24, v1 10.1.0.1/24 (lo=1, v1=2, v0=3).
const FWD: &str = "ip link add v0 type veth peer name v1; ip link set v0 up; ip link set v1 up; \
     ip addr add 10.0.0.1/24 dev v0; ip addr add 10.1.0.1/24 dev v1; \
     sysctl -qw net.ipv4.ip_forward=1";

fn attr(kind: u16, v: &[u8]) -> Vec<u8> {
    let mut b = ((4 + v.len()) as u16).to_ne_bytes().to_vec();
    b.extend(kind.to_ne_bytes());
    b.extend(v);
    while b.len() % 4 != 0 {
        b.push(0);
    }
    b
}

/// An RTM_NEWROUTE: family, dst_len, protocol, scope, flags, attributes (RTA_TABLE main first).
fn route(family: u8, dst_len: u8, proto: u8, scope: u8, flags: u32, attrs: &[Vec<u8>]) -> Vec<u8> {
    let mut body = vec![family, dst_len, 0, 0, 254, proto, scope, 1];
    body.extend(flags.to_ne_bytes());
    body.extend(attr(15, &254u32.to_ne_bytes()));
    for a in attrs {
        body.extend(a);
    }
    let mut m = ((16 + body.len()) as u32).to_ne_bytes().to_vec();
    m.extend(24u16.to_ne_bytes());
    m.extend([0; 10]);
    m.extend(body);
    m
}

fn u32a(kind: u16, v: u32) -> Vec<u8> {
    attr(kind, &v.to_ne_bytes())
}

/// FWD's links and /tmp/r.bin: an rtmon file of crafted routes.
fn recorded() -> String {
    let dst = |d: [u8; 4]| attr(1, &d);
    let v6 = attr(1, &[0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    let cacheinfo: Vec<u8> = [0u32, 0, 500, 0, 0, 0, 0, 0]
        .iter()
        .flat_map(|w| w.to_ne_bytes())
        .collect();
    let many = |d: [u8; 4]| {
        vec![
            dst(d),
            u32a(3, 2),
            u32a(4, 1),
            attr(7, &[10, 0, 0, 1]),
            u32a(6, 7),
            u32a(16, 0x20),
            u32a(11, 0x0005_0006),
            u32a(25, 1000),
            attr(12, &cacheinfo),
            attr(8, &u32a(2, 1400)),
        ]
    };
    let mut msgs = vec![
        route(2, 32, 0, 0, 0, &[dst([10, 2, 0, 1]), u32a(4, 1)]),
        route(2, 32, 3, 0, 0, &[dst([10, 2, 0, 2]), u32a(4, 1)]),
        route(2, 32, 0, 0, 0, &[dst([10, 2, 0, 3]), u32a(3, 1)]),
        route(2, 32, 0, 0, 0, &[dst([10, 2, 0, 4]), u32a(3, 99)]),
        route(
            2,
            32,
            0,
            253,
            0,
            &[dst([10, 2, 0, 5]), u32a(3, 2), u32a(4, 1)],
        ),
        route(2, 32, 2, 253, 0, &many([10, 2, 0, 6])),
        route(2, 32, 2, 253, 0x200, &many([10, 2, 0, 7])),
        route(
            10,
            128,
            2,
            0,
            0,
            &[v6.clone(), u32a(3, 2), u32a(4, 1), attr(20, &[1])],
        ),
        route(10, 128, 2, 0, 0x200, &[v6, u32a(3, 2), u32a(4, 1)]),
    ];
    for (i, m) in [0u32, 5, 9, 10, 15, 16, 32, 255, u32::MAX]
        .into_iter()
        .enumerate()
    {
        msgs.push(route(
            2,
            32,
            2,
            0,
            0,
            &[dst([10, 3, 0, i as u8]), u32a(4, 1), u32a(16, m)],
        ));
    }
    for (i, f) in [
        1u32,
        2,
        4,
        8,
        16,
        32,
        64,
        0x100,
        0x4000,
        0x8000,
        0x2000_0000,
        0x2000_c17f,
    ]
    .into_iter()
    .enumerate()
    {
        msgs.push(route(
            2,
            32,
            2,
            0,
            f,
            &[dst([10, 4, 0, i as u8]), u32a(4, 1)],
        ));
    }
    // rtmon's first record (NLMSG_TSTAMP with a fixed time), then the messages
    let mut bin = String::new();
    let head: Vec<u8> = [24u32, 15, 0, 0, 0x6b14_01ed, 0]
        .iter()
        .flat_map(|w| w.to_le_bytes())
        .collect();
    for b in head.iter().chain(msgs.iter().flatten()) {
        bin.push_str(&format!("\\x{b:02x}"));
    }
    format!("{FWD}\nprintf '{bin}' > /tmp/r.bin")
}

cases! {
    // a route of protocol 0 shows `proto unspec`
    route_fields_proto_unspec: ip("route show").setup("ip route add 10.9.0.0/16 dev lo proto 0");
    route_fields_proto_unspec_json: ip("-j route show").setup("ip route add 10.9.0.0/16 dev lo proto 0");
    route_fields_proto_unspec_details: ip("-d route show").setup("ip route add 10.9.0.0/16 dev lo proto 0");
    route_fields_proto_unspec_get: ip("route get 10.9.1.1").setup("ip route add 10.9.0.0/16 dev lo proto 0");
    route_fields_proto_unspec_fibmatch: ip("-d route get fibmatch 10.9.1.1").setup("ip route add 10.9.0.0/16 dev lo proto 0");
    // an input route lookup: the cloned route's `cache` line carries `iif`
    route_fields_get_iif: ip("route get 10.1.0.5 from 10.0.0.9 iif v0").setup(FWD);
    route_fields_get_iif_json: ip("-j route get 10.1.0.5 from 10.0.0.9 iif v0").setup(FWD);
    route_fields_get_iif_pretty: ip("-j -p route get 10.1.0.5 from 10.0.0.9 iif v0").setup(FWD);
    route_fields_get_iif_details: ip("-d route get 10.1.0.5 from 10.0.0.9 iif v0").setup(FWD);
    route_fields_get_iif_color: ip("-c route get 10.1.0.5 from 10.0.0.9 iif v0").setup(FWD);
    route_fields_get_iif_oneline: ip("-o route get 10.1.0.5 from 10.0.0.9 iif v0").setup(FWD);
    route_fields_get_iif_local: ip("route get 10.0.0.1 from 10.0.0.9 iif v0").setup(FWD);
    route_fields_get_iif_mark: ip("route get 10.1.0.5 from 10.0.0.9 iif v0 mark 5").setup(FWD);
    route_fields_get_mark_15: ip("route get 10.1.0.5 mark 15").setup(FWD);
    route_fields_get_mark_16: ip("route get 10.1.0.5 mark 16").setup(FWD);
    route_fields_get_mark_hex: ip("-j route get 10.1.0.5 mark 0x20").setup(FWD);
    route_fields_get_from_color: ip("-c route get 10.1.0.5 from 10.1.0.1").setup(FWD);
    // crafted: iif, proto unspec, marks, every flag; cloned routes passed over
    route_fields_monitor_file: ip("monitor file /tmp/r.bin").setup(&recorded());
    route_fields_monitor_file_details: ip("-d monitor file /tmp/r.bin").setup(&recorded());
    route_fields_monitor_file_color: ip("-c monitor file /tmp/r.bin").setup(&recorded());
    route_fields_monitor_file_oneline: ip("-o monitor file /tmp/r.bin").setup(&recorded());
    route_fields_monitor_file_inet6: ip("-6 monitor file /tmp/r.bin").setup(&recorded());
}
