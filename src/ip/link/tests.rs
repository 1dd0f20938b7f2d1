//! Request bytes compared with those the reference (iproute2 6.1.0) sends for the same
//! command line, captured with `strace -e trace=sendmsg -e write=3` in a fresh network
//! namespace set up as `ip netns add red; ip link add v0 type veth peer name v1;
//! ip link add br0 type bridge; ip link set v0 group 3` (so lo=1, v1=2, v0=3, br0=4, and the
//! reference's descriptor for /run/netns/red is 4). Sequence numbers are zeroed; the
//! name lookups the reference sends first are not part of the fixture.

use super::env::Env;
use super::modify::{request, Cmd};
use super::options::Globals;
use crate::cli::Args;
use crate::error::Error;
use netlink_packet_core::{
    NetlinkHeader, NetlinkMessage, NetlinkPayload, NLM_F_ACK, NLM_F_REQUEST,
};
use std::path::Path;

/// The sandbox the fixtures were captured in.
struct Fake;

impl Env for Fake {
    fn index(&mut self, name: &str) -> Option<u32> {
        ["lo", "v1", "v0", "br0"]
            .iter()
            .position(|n| *n == name)
            .map(|i| i as u32 + 1)
    }
    fn netns_fd(&mut self, path: &Path) -> Option<i32> {
        (path == Path::new("/run/netns/red")).then_some(4)
    }
    fn nsid(&mut self, path: &Path) -> Option<i32> {
        (path == Path::new("/run/netns/red")).then_some(0)
    }
    fn addr_len(&mut self, _: u32) -> Option<usize> {
        Some(6)
    }
    fn kind(&mut self, index: u32) -> Option<String> {
        Some(if index == 4 { "bridge" } else { "veth" }.to_string())
    }
    fn group(&mut self, name: &str) -> Option<u32> {
        (name == "default").then_some(0)
    }
    fn info_data(&mut self, index: u32) -> bool {
        index == 4
    }
}

/// `[-4|-6] link CMD ARGS...` → the request bytes as hex, sequence number zero.
fn build(argv: &str) -> Result<String, Error> {
    let mut words: Vec<&str> = argv.split_whitespace().collect();
    let mut g = Globals::default();
    while let Some(opt) = words.first().filter(|w| w.starts_with('-')) {
        match *opt {
            "-4" => g.family = 2,
            "-6" => g.family = 10,
            "-force" => g.force = true,
            other => panic!("fixture option {other}"),
        }
        words.remove(0);
    }
    let cmd = match words.get(1) {
        Some(&"add") => Cmd::Add,
        Some(&"replace") => Cmd::Replace,
        Some(&"set") => Cmd::Set,
        Some(&"del") | Some(&"delete") => Cmd::Delete,
        other => panic!("fixture command {other:?}"),
    };
    let mut args = Args::from_strs(&words[2..]);
    let (msg, flags) = request(cmd, &mut args, g, &mut Fake)?;
    let mut header = NetlinkHeader::default();
    header.flags = flags | NLM_F_REQUEST | NLM_F_ACK;
    let mut nl = NetlinkMessage::new(header, NetlinkPayload::InnerMessage(msg));
    nl.finalize();
    let mut buf = vec![0; nl.buffer_len()];
    nl.serialize(&mut buf);
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

fn fails(argv: &str) -> Error {
    build(argv).expect_err(argv)
}

const FIXTURES: &[(&str, &str)] = &[
    (
        "link add v0 type veth peer name v1",
        concat!(
            "540000001000050600000000000000000000000000000000000000000000000007000300763000002c00120008000100",
            "76657468200002001c000100000000000000000000000000000000000700030076310000",
        ),
    ),
    (
        "link add name x0 txqueuelen 5 address 02:00:00:00:00:01 broadcast ff:ff:ff:ff:ff:fe mtu 1400 index 50 numtxqueues 2 numrxqueues 3 up alias hello group 5 type veth peer name x1 mtu 1300 address 02:00:00:00:00:02 txqlen 7 numtxqueues 4 index 60",
        concat!(
            "c40000001000050600000000000000000000000032000000010000000100000008000d00050000000a00010002000000",
            "000100000a000200fffffffffffe0000080004007805000008001f000200000008002000030000000900140068656c6c",
            "6f00000008001b000500000007000300783000005000120008000100766574684400020040000100000000003c000000",
            "000000000000000008000400140500000a000100020000000002000008000d000700000008001f000400000007000300",
            "78310000",
        ),
    ),
    (
        "link add x0 type veth",
        concat!(
            "340000001000050600000000000000000000000000000000000000000000000007000300783000000c00120008000100",
            "76657468",
        ),
    ),
    (
        "link add x0 type veth peer",
        concat!(
            "4c0000001000050600000000000000000000000000000000000000000000000007000300783000002400120008000100",
            "76657468180002001400010000000000000000000000000000000000",
        ),
    ),
    (
        "link add x0 type veth peer name x1 up alias hi group 4 master br0 netns red",
        concat!(
            "740000001000050600000000000000000000000000000000000000000000000007000300783000004c00120008000100",
            "76657468400002003c00010000000000000000000100000001000000060014006869000008001b000400000008000a00",
            "0400000008001c00040000000700030078310000",
        ),
    ),
    (
        "link add x0 mtu 1400 link br0 name x0 type veth",
        concat!(
            "440000001000050600000000000000000000000000000000000000000000000008000400780500000800050004000000",
            "07000300783000000c0012000800010076657468",
        ),
    ),
    (
        "link add link br0 x0 mtu 1400 index 9 netns red numtxqueues 2 type veth",
        concat!(
            "5400000010000506000000000000000000000000090000000000000000000000080004007805000008001c0004000000",
            "08001f0002000000080005000400000007000300783000000c0012000800010076657468",
        ),
    ),
    (
        "link add x0 address 02:00:00:00:00:01 address 02:00:00:00:00:02 type veth",
        concat!(
            "4c000000100005060000000000000000000000000000000000000000000000000a00010002000000000100000a000100",
            "020000000002000007000300783000000c0012000800010076657468",
        ),
    ),
    (
        "link add x0 up down type veth",
        concat!(
            "340000001000050600000000000000000000000000000000000000000100000007000300783000000c00120008000100",
            "76657468",
        ),
    ),
    (
        "link add x0 netns 1 type veth",
        concat!(
            "3c0000001000050600000000000000000000000000000000000000000000000008001300010000000700030078300000",
            "0c0012000800010076657468",
        ),
    ),
    (
        "link add x0 parentdev foo type veth",
        concat!(
            "3c0000001000050600000000000000000000000000000000000000000000000008003800666f6f000700030078300000",
            "0c0012000800010076657468",
        ),
    ),
    (
        "link add x0 type dummy",
        concat!(
            "380000001000050600000000000000000000000000000000000000000000000007000300783000001000120009000100",
            "64756d6d79000000",
        ),
    ),
    (
        "link add x0 type dummy foo",
        concat!(
            "3c0000001000050600000000000000000000000000000000000000000000000007000300783000001400120009000100",
            "64756d6d7900000004000200",
        ),
    ),
    (
        "link add x0 type foo",
        concat!(
            "340000001000050600000000000000000000000000000000000000000000000007000300783000000c00120007000100",
            "666f6f00",
        ),
    ),
    (
        "link set dev v0 name v0",
        "2000000010000500000000000000000000000000030000000000000000000000",
    ),
    (
        "link add x0 name x0 type veth",
        concat!(
            "340000001000050600000000000000000000000000000000000000000000000007000300783000000c00120008000100",
            "76657468",
        ),
    ),
    (
        "link add x0 type vxcan peer name x1",
        concat!(
            "580000001000050600000000000000000000000000000000000000000000000007000300783000003000120009000100",
            "767863616e000000200002001c000100000000000000000000000000000000000700030078310000",
        ),
    ),
    (
        "link add x0 address 1:2:3:4:5:6:7:8:9:10:11:12:13:14:15:16:17:18:19:20:21:22:23:24:25:26:27:28:29:30:31:32:33 type bridge",
        concat!(
            "600000001000050600000000000000000000000000000000000000000000000025000100010203040506070809101112",
            "1314151617181920212223242526272829303132000000000700030078300000100012000a0001006272696467650000",
        ),
    ),
    (
        "link add x0 address 1.2.3 type bridge",
        concat!(
            "400000001000050600000000000000000000000000000000000000000000000008000100010203000700030078300000",
            "100012000a0001006272696467650000",
        ),
    ),
    (
        "link add x0 group 010 type bridge",
        concat!(
            "400000001000050600000000000000000000000000000000000000000000000008001b00080000000700030078300000",
            "100012000a0001006272696467650000",
        ),
    ),
    (
        "link add x0 group 4294967296 type bridge",
        concat!(
            "400000001000050600000000000000000000000000000000000000000000000008001b00000000000700030078300000",
            "100012000a0001006272696467650000",
        ),
    ),
    (
        "link add x0 group default type bridge",
        concat!(
            "400000001000050600000000000000000000000000000000000000000000000008001b00000000000700030078300000",
            "100012000a0001006272696467650000",
        ),
    ),
    (
        "link replace x0 type veth",
        concat!(
            "340000001000050500000000000000000000000000000000000000000000000007000300783000000c00120008000100",
            "76657468",
        ),
    ),
    (
        "link set dev v0 up",
        "2000000010000500000000000000000000000000030000000100000001000000",
    ),
    (
        "link set v0 down",
        "2000000010000500000000000000000000000000030000000000000001000000",
    ),
    (
        "link set v0 up mtu 1400 down",
        "28000000100005000000000000000000000000000300000000000000010000000800040078050000",
    ),
    (
        "link set v0 arp off multicast on allmulticast on promisc on trailers on dynamic on carrier off",
        "28000000100005000000000000000000000000000300000080930000a09300000500210000000000",
    ),
    (
        "link set v0 arp on multicast off allmulticast off promisc off trailers off dynamic off carrier on",
        "28000000100005000000000000000000000000000300000020000000a09300000500210001000000",
    ),
    (
        "link set v0 master br0",
        "280000001000050000000000000000000000000003000000000000000000000008000a0004000000",
    ),
    (
        "link set v0 nomaster",
        "280000001000050000000000000000000000000003000000000000000000000008000a0000000000",
    ),
    (
        "link set v0 netns red",
        "280000001000050000000000000000000000000003000000000000000000000008001c0004000000",
    ),
    (
        "link set v0 netns 1",
        "28000000100005000000000000000000000000000300000000000000000000000800130001000000",
    ),
    (
        "link set v0 alias foo",
        "280000001000050000000000000000000000000003000000000000000000000007001400666f6f00",
    ),
    (
        "link set v0 address 02:00:00:00:00:05 broadcast 02:00:00:00:00:06",
        concat!(
            "38000000100005000000000000000000000000000300000000000000000000000a00010002000000000500000a000200",
            "0200000000060000",
        ),
    ),
    (
        "link set v0 txqueuelen 55",
        "280000001000050000000000000000000000000003000000000000000000000008000d0037000000",
    ),
    (
        "link set v0 name v9",
        "28000000100005000000000000000000000000000300000000000000000000000700030076390000",
    ),
    (
        "link set name v0 up",
        "2000000010000500000000000000000000000000030000000100000001000000",
    ),
    (
        "link set name v0 dev v1",
        "28000000100005000000000000000000000000000200000000000000000000000700030076300000",
    ),
    (
        "link set dev v0 link v1",
        "2000000010000500000000000000000000000000030000000000000000000000",
    ),
    (
        "link set dev v0 type zzz",
        "2c000000100005000000000000000000000000000300000000000000000000000c001200070001007a7a7a00",
    ),
    (
        "link set group 3 up",
        "280000001000050000000000000000000000000000000000010000000100000008001b0003000000",
    ),
    (
        "link set dev v0 group 3 up",
        "280000001000050000000000000000000000000003000000010000000100000008001b0003000000",
    ),
    (
        "link set group 3 mtu 1400",
        "300000001000050000000000000000000000000000000000000000000000000008001b00030000000800040078050000",
    ),
    (
        "link set br0 mode dormant state up",
        "300000001000050000000000000000000000000004000000000000000000000005001100010000000500100006000000",
    ),
    (
        "link set br0 state notpresent",
        "28000000100005000000000000000000000000000400000000000000000000000500100001000000",
    ),
    (
        "link set br0 link-netnsid 5",
        "28000000100005000000000000000000000000000400000000000000000000000800250005000000",
    ),
    (
        "link set br0 addrgenmode none",
        "300000001000050000000000000000000000000004000000000000000000000010001a000c000a000500080001000000",
    ),
    (
        "link set br0 protodown on",
        "28000000100005000000000000000000000000000400000000000000000000000500270001000000",
    ),
    (
        "link set br0 protodown_reason 3 on",
        concat!(
            "340000001000050000000000000000000000000004000000000000000000000014003780080001000800000008000200",
            "08000000",
        ),
    ),
    (
        "link set br0 protodown_reason 3 off protodown on",
        concat!(
            "3c0000001000050000000000000000000000000004000000000000000000000014003780080001000800000008000200",
            "000000000500270001000000",
        ),
    ),
    (
        "link set br0 gso_max_size 1000 gso_max_segs 10 gro_max_size 2000",
        concat!(
            "380000001000050000000000000000000000000004000000000000000000000008002900e8030000080028000a000000",
            "08003a00d0070000",
        ),
    ),
    (
        "link set br0 carrier of",
        "28000000100005000000000000000000000000000400000000000000000000000500210000000000",
    ),
    (
        "link set br0 mtu 1400 name b9 netns red index 5 type bridge stp_state 1",
        concat!(
            "5c00000010000500000000000000000000000000040000000000000000000000080004007805000008001c0004000000",
            "080031000500000007000300623900001c0012000a00010062726964676500000c0002000800050001000000",
        ),
    ),
    (
        "link set v0 type veth peer name v1 mtu 1400",
        concat!(
            "4c000000100005000000000000000000000000000300000000000000000000002c001200080001007665746820000200",
            "1c000100000000000200000000000000000000000800040078050000",
        ),
    ),
    (
        "link set br0 type bridge stp_state 1 forward_delay 500 vlan_filtering 1 ageing_time 2000 hello_time 300 max_age 800 priority 10",
        concat!(
            "6c000000100005000000000000000000000000000400000000000000000000004c0012000a0001006272696467650000",
            "3c000200080005000100000008000100f4010000050007000100000008000400d0070000080002002c01000008000300",
            "20030000060006000a000000",
        ),
    ),
    (
        "link set v0 type bridge_slave",
        concat!(
            "340000001000050000000000000000000000000003000000000000000000000014001200100001006272696467655f73",
            "6c617665",
        ),
    ),
    (
        "link del v0",
        "2000000011000500000000000000000000000000030000000000000000000000",
    ),
    (
        "link delete dev v0",
        "2000000011000500000000000000000000000000030000000000000000000000",
    ),
    (
        "link del group 3",
        "280000001100050000000000000000000000000000000000000000000000000008001b0003000000",
    ),
    (
        "link del v0 mtu 1400",
        "28000000110005000000000000000000000000000300000000000000000000000800040078050000",
    ),
    (
        "link del v0 type bridge stp_state 1",
        concat!(
            "3c000000110005000000000000000000000000000300000000000000000000001c0012000a0001006272696467650000",
            "0c0002000800050001000000",
        ),
    ),
    (
        "link add x0 type bridge fdb_flush stp_state 1 no_linklocal_learn 0 mcast_vlan_snooping 1 group_address 01:80:c2:00:00:01",
        concat!(
            "60000000100005060000000000000000000000000000000000000000000000000700030078300000380012000a000100",
            "6272696467650000280002000400150008000500010000000a0014000180c200000100000c002e000200000003000000",
        ),
    ),
    (
        "link add x0 type bridge vlan_protocol 802.1ad group_fwd_mask 8 vlan_default_pvid 5 mcast_router 2 mcast_querier_interval 30000 mcast_hash_max 1024 nf_call_arptables 1",
        concat!(
            "78000000100005060000000000000000000000000000000000000000000000000700030078300000500012000a000100",
            "6272696467650000400002000600080088a800000600090008000000060027000500000005001600020000000c002000",
            "307500000000000008001b00000400000500260001000000",
        ),
    ),
    (
        "link add m0 link v0 type macvlan mode bridge",
        concat!(
            "4c000000100005060000000000000000000000000000000000000000000000000800050003000000070003006d300000",
            "1c0012000b0001006d6163766c616e000c0002000800010004000000",
        ),
    ),
    (
        "link add m0 link v0 type macvlan mode passthru nopromisc nodst bcqueuelen 5",
        concat!(
            "5c000000100005060000000000000000000000000000000000000000000000000800050003000000070003006d300000",
            "2c0012000b0001006d6163766c616e001c000200080007000500000008000100080000000600020003000000",
        ),
    ),
    (
        "link add m0 link v0 type macvtap mode private flag null",
        concat!(
            "54000000100005060000000000000000000000000000000000000000000000000800050003000000070003006d300000",
            "240012000b0001006d616376746170001400020008000100010000000600020000000000",
        ),
    ),
    (
        "link add vl link v0 type vlan protocol 802.1ad id 10",
        concat!(
            "5000000010000506000000000000000000000000000000000000000000000000080005000300000007000300766c0000",
            "2000120008000100766c616e140002000600050088a80000060001000a000000",
        ),
    ),
    (
        "link add vl link v0 type vlan id 10 protocol 802.1Q reorder_hdr off gvrp on mvrp off loose_binding on bridge_binding off",
        concat!(
            "5c00000010000506000000000000000000000000000000000000000000000000080005000300000007000300766c0000",
            "2c00120008000100766c616e20000200060001000a00000006000500810000000c000200060000001f000000",
        ),
    ),
    (
        "-6 link add x0 type veth peer name x1",
        concat!(
            "540000001000050600000000000000000a00000000000000000000000000000007000300783000002c00120008000100",
            "76657468200002001c000100000000000000000000000000000000000700030078310000",
        ),
    ),
    (
        "-4 link del v0",
        "2000000011000500000000000000000002000000030000000000000000000000",
    ),
    (
        "link set v0 xdp off",
        concat!(
            "340000001000050000000000000000000000000003000000000000000000000014002b0008000100ffffffff08000300",
            "01000000",
        ),
    ),
    (
        "link set v0 xdpgeneric none",
        concat!(
            "340000001000050000000000000000000000000003000000000000000000000014002b0008000100ffffffff08000300",
            "03000000",
        ),
    ),
    (
        "link set v0 xdpdrv off",
        concat!(
            "340000001000050000000000000000000000000003000000000000000000000014002b0008000100ffffffff08000300",
            "05000000",
        ),
    ),
    (
        "link set v0 xdpoffload off",
        concat!(
            "340000001000050000000000000000000000000003000000000000000000000014002b0008000100ffffffff08000300",
            "09000000",
        ),
    ),
    (
        "-force link set v0 xdp off",
        "2c000000100005000000000000000000000000000300000000000000000000000c002b0008000100ffffffff",
    ),
    (
        "link del v0 xdp off",
        concat!(
            "340000001100050000000000000000000000000003000000000000000000000014002b0008000100ffffffff08000300",
            "01000000",
        ),
    ),
    (
        "link set v0 link-netns red",
        "28000000100005000000000000000000000000000300000000000000000000000800250000000000",
    ),
];

#[test]
fn requests_match_the_reference_bytes() {
    let mut bad = Vec::new();
    for (argv, want) in FIXTURES {
        match build(argv) {
            Ok(got) if got == *want => {}
            Ok(got) => bad.push(format!("{argv}\n  want {want}\n  got  {got}")),
            Err(e) => bad.push(format!("{argv}\n  error {e:?}")),
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn errors_before_any_request() {
    let e = fails("link add x0 mtu 1400");
    assert_eq!(
        e.text,
        "Not enough information: \"type\" argument is required\n"
    );
    assert_eq!(e.code, 1);
    let e = fails("link set up");
    assert_eq!(
        e.text,
        "Not enough information: \"dev\" argument is required.\n"
    );
    assert_eq!(e.code, 255);
    let e = fails("link set nodev up");
    assert_eq!(
        (e.text.as_str(), e.code),
        ("Cannot find device \"nodev\"\n", 1)
    );
    let e = fails("link add v0 v1 type veth");
    assert_eq!(
        e.text,
        "Error: either \"dev\" is duplicate, or \"v1\" is a garbage.\n"
    );
    let e = fails("link add name x0 dev x1 type veth");
    assert_eq!(
        e.text,
        "both \"name\" and \"dev\" cannot be used when creating devices.\n"
    );
    assert_eq!(e.code, 255);
    let e = fails("link set v0 mtu x");
    assert_eq!(
        e.text,
        "Error: argument \"x\" is wrong: Invalid \"mtu\" value\n\n"
    );
    let e = fails("link set v0 index 5");
    assert_eq!(e.code, 255);
    let e = fails("link set nodev master nobr type bridge");
    assert_eq!(
        e.text,
        "Error: argument \"nobr\" is wrong: Device does not exist\n\n"
    );
    let e = fails("link add x0 mtu 1 mtu 2 type veth");
    assert_eq!(
        e.text,
        "Error: duplicate \"mtu\": \"2\" is the second value.\n"
    );
    let e = fails("link set v0 multicast maybe");
    assert_eq!(e.code, 1);
    let e = fails("link set v0 carrier maybe");
    assert_eq!(e.code, 22);
    let e = fails("link add x0 type veth peer name x1 type veth");
    assert_eq!(
        e.text,
        "Error: duplicate \"type\": \"veth\" is the second value.\n"
    );
    let e = fails("link add x0 type foo bar");
    assert_eq!(
        e.text,
        "Garbage instead of arguments \"bar ...\". Try \"ip link help\".\n"
    );
    let e = fails("link add x0 type bridge stp_state x");
    assert_eq!(
        e.text,
        "Error: argument \"x\" is wrong: invalid stp_state\n"
    );
    let e = fails("link add x0 type bridge bogus");
    assert!(e
        .text
        .starts_with("bridge: unknown command \"bogus\"?\nUsage: ... bridge [ fdb_flush ]\n"));
    assert_eq!(e.code, 1);
    let e = fails("link add m0 link v0 type macvlan mode bridge nopromisc");
    assert!(e
        .text
        .starts_with("macvlan: nopromisc flag only valid in passthru mode\n"));
    let e = fails("link set v0 address 01:02:03");
    assert_eq!(e.text, "Invalid address length 3 - must be 6 bytes\n");
    let e = fails("link set v0 address zz");
    assert_eq!(e.text, "\"zz\" is invalid lladdr.\n");
}

#[test]
fn tunnel_set_reads_the_existing_tunnel_first() {
    // the reference asks for the device's tunnel settings before reading the words: a
    // device without kind data (v0, a veth here) ends it, whatever the words
    for argv in [
        "link set v0 type gre remote 1.2.3.4",
        "link set v0 type ip6tnl foo",
        "link set v0 type sit ttl 999",
        "link set v0 type vti6 help",
    ] {
        let e = fails(argv);
        assert_eq!(
            (e.code, e.text.as_str()),
            (1, "Failed to get existing tunnel info.\n"),
            "{argv}"
        );
    }
    // with kind data (br0 here) ipkit says it cannot merge them yet
    assert_eq!(fails("link set br0 type gre ttl 5").code, 1);
    // without words, or for xfrm, nothing is read first
    assert!(build("link set v0 type gre").is_ok());
    assert!(build("link set v0 type xfrm if_id 5").is_ok());
}
