//! Request bytes of `ip address add/change/replace/delete` compared with those the reference
//! sends for the same command line.

use super::request::*;
use crate::cli::Args;
use crate::error::Result;
use crate::ip::opts::Opts;
use crate::netlink::rtnl::{AF_BRIDGE, AF_INET, AF_INET6, AF_MPLS, AF_PACKET};

use netlink_packet_core::{
    NetlinkHeader, NetlinkMessage, NetlinkPayload, NLM_F_ACK, NLM_F_REQUEST,
};

/// The devices of the capture sandbox: lo, v1/v0 and v3/v2 veth pairs.
fn index(name: &str) -> Option<u32> {
    match name {
        "lo" => Some(1),
        "v1" => Some(2),
        "v0" => Some(3),
        "v3" => Some(4),
        "v2" => Some(5),
        _ => None,
    }
}

fn opts(family: u8) -> Opts {
    Opts {
        family,
        ..Opts::default()
    }
}

/// The request as it goes on the wire (seq and pid 0, as in the fixtures).
fn wire(req: Request) -> String {
    let mut header = NetlinkHeader::default();
    header.flags = req.flags | NLM_F_REQUEST | NLM_F_ACK;
    let mut msg = NetlinkMessage::new(header, NetlinkPayload::InnerMessage(req.msg));
    msg.finalize();
    let mut buf = vec![0; msg.buffer_len()];
    msg.serialize(&mut buf);
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

fn run_build(family: u8, cmd: Cmd, argv: &str) -> (Result<Request>, String) {
    let words: Vec<&str> = argv.split(' ').filter(|w| !w.is_empty()).collect();
    let mut args = Args::from_strs(&words);
    let mut warnings = String::new();
    let r = build(&mut args, &opts(family), cmd, &index, &mut |w| {
        warnings.push_str(w)
    });
    (r, warnings)
}

/// Request bytes captured from iproute2 6.1.0 with
/// `strace -e trace=sendmsg -e write=all ip …` in a fresh netns
/// (`lo`=1, `v1`=2, `v0`=3, `v3`=4, `v2`=5); nlmsg_seq and nlmsg_pid zeroed.
const FIXTURES: &[(u8, Cmd, &str, &str)] = &[
        (0, Cmd::Add, "10.0.0.1/24 dev v0",
         "280000001400050600000000000000000218000003000000080002000a000001080001000a000001"),
        (0, Cmd::Add, "10.1/24 dev v0",
         "280000001400050600000000000000000218000003000000080002000a010000080001000a010000"),
        (0, Cmd::Add, "10 dev v0",
         "280000001400050600000000000000000220000003000000080002000a000000080001000a000000"),
        (0, Cmd::Add, "0x0a.1 dev v0",
         "280000001400050600000000000000000220000003000000080002000a010000080001000a010000"),
        (0, Cmd::Add, "010.1 dev v0",
         "28000000140005060000000000000000022000000300000008000200080100000800010008010000"),
        (0, Cmd::Add, "10.0.0.1/255.255.255.0 dev v0",
         "280000001400050600000000000000000218000003000000080002000a000001080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/024 dev v0",
         "280000001400050600000000000000000214000003000000080002000a000001080001000a000001"),
        (0, Cmd::Add, "1.2.3.4/0 dev v0",
         "28000000140005060000000000000000020000000300000008000200010203040800010001020304"),
        (0, Cmd::Add, "default dev v0",
         "1c000000140005060000000000000000000000000300000004000200"),
        (0, Cmd::Add, "any dev v0",
         "1c000000140005060000000000000000000000000300000004000200"),
        (AF_INET, Cmd::Add, "default dev v0",
         "28000000140005060000000000000000020000000300000008000200000000000800010000000000"),
        (AF_INET, Cmd::Add, "all dev v0",
         "1c000000140005060000000000000000020000000300000004000200"),
        (AF_INET6, Cmd::Add, "default dev v0",
         "400000001400050600000000000000000a0000000300000014000200000000000000000000000000000000001400010000000000000000000000000000000000"),
        (AF_INET6, Cmd::Add, "any dev v0",
         "1c0000001400050600000000000000000a0000000300000004000200"),
        (AF_BRIDGE, Cmd::Add, "default dev v0",
         "1c000000140005060000000000000000070000000300000004000200"),
        (AF_MPLS, Cmd::Add, "100 dev v0",
         "280000001400050600000000000000001c1400000300000008000200000641000800010000064100"),
        (AF_PACKET, Cmd::Add, "brd 1.2.3.4 dev v0",
         "2000000014000506000000000000000011000000030000000800040001020304"),
        (0, Cmd::Add, "dev v0",
         "180000001400050600000000000000000000000003000000"),
        (0, Cmd::Add, "10.0.0.1 dev v0 dev v2",
         "280000001400050600000000000000000220000005000000080002000a000001080001000a000001"),
        (0, Cmd::Add, "::2 dev v0",
         "400000001400050600000000000000000a8000000300000014000200000000000000000000000000000000021400010000000000000000000000000000000002"),
        (0, Cmd::Add, "2001:db8::1/64 dev v0",
         "400000001400050600000000000000000a400000030000001400020020010db80000000000000000000000011400010020010db8000000000000000000000001"),
        (0, Cmd::Add, "::ffff:1.2.3.4 dev v0",
         "400000001400050600000000000000000a800000030000001400020000000000000000000000ffff010203041400010000000000000000000000ffff01020304"),
        (0, Cmd::Add, "10.0.0.1/24 peer 10.0.0.2 dev v0",
         "280000001400050600000000000000000220000003000000080002000a000001080001000a000002"),
        (0, Cmd::Add, "10.0.0.1 peer 10.0.0.2/24 dev v0",
         "280000001400050600000000000000000218000003000000080002000a000001080001000a000002"),
        (0, Cmd::Add, "peer 10.0.0.2 dev v0",
         "200000001400050600000000000000000220000003000000080001000a000002"),
        (0, Cmd::Add, "peer 10.0.0.2 10.0.0.1 dev v0",
         "280000001400050600000000000000000220000003000000080001000a000002080002000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 remote 10.0.0.5 dev v0",
         "280000001400050600000000000000000220000003000000080002000a000001080001000a000005"),
        (0, Cmd::Add, "10.0.0.1/24 brd + dev v0",
         "300000001400050600000000000000000218000003000000080002000a000001080001000a000001080004000a0000ff"),
        (0, Cmd::Add, "10.0.0.1/24 brd - dev v0",
         "300000001400050600000000000000000218000003000000080002000a000001080001000a000001080004000a000000"),
        (0, Cmd::Add, "10.0.0.1/24 broadcast 10.0.0.200 dev v0",
         "300000001400050600000000000000000218000003000000080002000a000001080004000a0000c8080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 b + dev v0",
         "300000001400050600000000000000000218000003000000080002000a000001080001000a000001080004000a0000ff"),
        (0, Cmd::Add, "10.0.0.1/31 brd + dev v0",
         "28000000140005060000000000000000021f000003000000080002000a000001080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/30 brd + dev v0",
         "30000000140005060000000000000000021e000003000000080002000a000001080001000a000001080004000a000003"),
        (0, Cmd::Add, "brd + 10.0.0.1/24 dev v0",
         "300000001400050600000000000000000218000003000000080002000a000001080001000a000001080004000a0000ff"),
        (0, Cmd::Add, "10.0.0.1 peer 10.1.0.2/24 brd + dev v0",
         "300000001400050600000000000000000218000003000000080002000a000001080001000a010002080004000a0100ff"),
        (0, Cmd::Add, "10.0.0.1/24 brd - peer 10.0.0.9/16 dev v0",
         "300000001400050600000000000000000210000003000000080002000a000001080001000a000009080004000a000000"),
        (AF_INET, Cmd::Add, "brd + dev v0",
         "1c000000140005060000000000000000020000000300000004000400"),
        (0, Cmd::Add, "1.2.3.4 brd default dev v0",
         "300000001400050600000000000000000220000003000000080002000102030408000400000000000800010001020304"),
        (0, Cmd::Add, "1.2.3.4 brd all dev v0",
         "2c00000014000506000000000000000002200000030000000800020001020304040004000800010001020304"),
        (0, Cmd::Add, "brd default 1.2.3.4 dev v0",
         "2c00000014000506000000000000000002200000030000000400040008000200010203040800010001020304"),
        (0, Cmd::Add, "2001:db8::1/64 brd ::5 dev v0",
         "540000001400050600000000000000000a400000030000001400020020010db800000000000000000000000114000400000000000000000000000000000000051400010020010db8000000000000000000000001"),
        (0, Cmd::Add, "10.0.0.1/24 anycast 10.0.0.5 dev v0",
         "300000001400050600000000000000000218000003000000080002000a000001080005000a000005080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 label v0:1 dev v0",
         "340000001400050600000000000000000218000003000000080002000a0000010900030076303a3100000000080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 dev v0 label foo",
         "300000001400050600000000000000000218000003000000080002000a00000108000300666f6f00080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 label v0:1 label v0:2 dev v0",
         "400000001400050600000000000000000218000003000000080002000a0000010900030076303a31000000000900030076303a3200000000080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 label v0abcdefghijklmn dev v0",
         "400000001400050600000000000000000218000003000000080002000a0000011500030076306162636465666768696a6b6c6d6e00000000080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 scope host dev v0",
         "28000000140005060000000000000000021800fe03000000080002000a000001080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 scope link dev v0",
         "28000000140005060000000000000000021800fd03000000080002000a000001080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 scope 0x10 dev v0",
         "280000001400050600000000000000000218001003000000080002000a000001080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 scope host scope link dev v0",
         "28000000140005060000000000000000021800fd03000000080002000a000001080001000a000001"),
        (0, Cmd::Add, "127.0.0.5/8 dev v0",
         "28000000140005060000000000000000020800fe03000000080002007f000005080001007f000005"),
        (0, Cmd::Add, "127.0.0.5/8 scope global dev v0",
         "280000001400050600000000000000000208000003000000080002007f000005080001007f000005"),
        (0, Cmd::Add, "127.0.0.1 peer 10.0.0.2 dev v0",
         "28000000140005060000000000000000022000fe03000000080002007f000001080001000a000002"),
        (0, Cmd::Add, "10.0.0.1/24 metric 100 dev v0",
         "300000001400050600000000000000000218000003000000080002000a0000010800090064000000080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 pref 100 dev v0",
         "300000001400050600000000000000000218000003000000080002000a0000010800090064000000080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 metric 1 metric 2 dev v0",
         "380000001400050600000000000000000218000003000000080002000a00000108000900010000000800090002000000080001000a000001"),
        (0, Cmd::Add, "10.0.0.1/24 preferred_lft 50 dev v0",
         "3c0000001400050600000000000000000218000003000000080002000a000001080001000a0000011400060032000000ffffffff0000000000000000"),
        (0, Cmd::Add, "10.0.0.1/24 valid_lft 100 preferred_lft 50 dev v0",
         "3c0000001400050600000000000000000218000003000000080002000a000001080001000a0000011400060032000000640000000000000000000000"),
        (0, Cmd::Add, "10.0.0.1/24 valid_lft forever dev v0",
         "3c0000001400050600000000000000000218000003000000080002000a000001080001000a00000114000600ffffffffffffffff0000000000000000"),
        (0, Cmd::Add, "10.0.0.1/24 preferr 100 dev v0",
         "3c0000001400050600000000000000000218000003000000080002000a000001080001000a0000011400060064000000ffffffff0000000000000000"),
        (0, Cmd::Add, "10.0.0.1/24 valid_lft 10 preferred_lft 0 dev v0",
         "3c0000001400050600000000000000000218000003000000080002000a000001080001000a00000114000600000000000a0000000000000000000000"),
        (0, Cmd::Add, "10.0.0.1/24 preferred_lft 1 pref 2 dev v0",
         "440000001400050600000000000000000218000003000000080002000a0000010800090002000000080001000a0000011400060001000000ffffffff0000000000000000"),
        (0, Cmd::Add, "10.0.0.1/24 brd + preferred_lft 5 valid_lft 10 noprefixroute dev v0",
         "4c0000001400050600000000000000000218000003000000080002000a0000010800080000020000080001000a000001080004000a0000ff14000600050000000a0000000000000000000000"),
        (0, Cmd::Add, "10.0.0.1/24 home dev v0",
         "280000001400050600000000000000000218000003000000080002000a000001080001000a000001"),
        (0, Cmd::Add, "2001:db8::1/64 home nodad optimistic dev v0",
         "400000001400050600000000000000000a401600030000001400020020010db80000000000000000000000011400010020010db8000000000000000000000001"),
        (0, Cmd::Add, "2001:db8::1/64 nodad noprefixroute dev v0",
         "480000001400050600000000000000000a400000030000001400020020010db800000000000000000000000108000800020200001400010020010db8000000000000000000000001"),
        (AF_INET6, Cmd::Add, "home 2001:db8::1/64 dev v0",
         "400000001400050600000000000000000a401000030000001400020020010db80000000000000000000000011400010020010db8000000000000000000000001"),
        (0, Cmd::Add, "224.0.0.5/32 autojoin dev v0",
         "30000000140005060000000000000000022000000300000008000200e0000005080008000004000008000100e0000005"),
        (0, Cmd::Add, "ff02::5/128 autojoin mngtmpaddr noprefixroute home nodad optimistic dev v0",
         "480000001400050600000000000000000a8000000300000014000200ff020000000000000000000000000005080008001607000014000100ff020000000000000000000000000005"),
        (0, Cmd::Add, "10.0.0.1/24 label v0:1 metric 5 brd 10.0.0.9 anycast 10.0.0.7 scope link valid_lft 10 preferred_lft 5 home dev v0",
         "60000000140005060000000000000000021800fd03000000080002000a0000010900030076303a31000000000800090005000000080004000a000009080005000a000007080001000a00000114000600050000000a0000000000000000000000"),
        (0, Cmd::Add, "local 10.0.0.2 dev v0",
         "280000001400050600000000000000000220000003000000080002000a000002080001000a000002"),
        (0, Cmd::Change, "10.0.0.1/24 dev v0 metric 5",
         "300000001400050100000000000000000218000003000000080002000a0000010800090005000000080001000a000001"),
        (0, Cmd::Change, "10.0.0.1/24 brd + dev v0",
         "300000001400050100000000000000000218000003000000080002000a000001080001000a000001080004000a0000ff"),
        (0, Cmd::Replace, "10.0.0.1/24 dev v0 valid_lft 100 preferred_lft 100",
         "3c0000001400050500000000000000000218000003000000080002000a000001080001000a0000011400060064000000640000000000000000000000"),
        (0, Cmd::Replace, "127.0.0.1/8 dev v0",
         "28000000140005050000000000000000020800fe03000000080002007f000001080001007f000001"),
        (0, Cmd::Delete, "10.0.0.1/24 dev v0",
         "280000001500050000000000000000000218000003000000080002000a000001080001000a000001"),
        (0, Cmd::Delete, "10.0.0.1 dev v0",
         "200000001500050000000000000000000220000003000000080002000a000001"),
        (0, Cmd::Delete, "10.1 dev v0",
         "200000001500050000000000000000000220000003000000080002000a010000"),
        (0, Cmd::Delete, "dev v0",
         "180000001500050000000000000000000000000003000000"),
        (0, Cmd::Delete, "10.0.0.1/24 brd + dev v0",
         "280000001500050000000000000000000218000003000000080002000a000001080001000a000001"),
        (0, Cmd::Delete, "10.0.0.1/24 brd 1.2.3.4 anycast 1.1.1.1 label foo metric 4 scope link dev v0",
         "48000000150005000000000000000000021800fd03000000080002000a0000010800040001020304080005000101010108000300666f6f000800090004000000080001000a000001"),
        (0, Cmd::Delete, "10.0.0.1/24 valid_lft 10 preferred_lft 5 dev v0",
         "3c0000001500050000000000000000000218000003000000080002000a000001080001000a00000114000600050000000a0000000000000000000000"),
        (0, Cmd::Delete, "10.0.0.1/24 noprefixroute dev v0",
         "300000001500050000000000000000000218000003000000080002000a0000010800080000020000080001000a000001"),
        (0, Cmd::Delete, "2001:db8::1/64 mngtmpaddr dev v0",
         "480000001500050000000000000000000a400000030000001400020020010db800000000000000000000000108000800000100001400010020010db8000000000000000000000001"),
        (0, Cmd::Delete, "2001:db8::1 dev v0",
         "400000001500050000000000000000000a800000030000001400020020010db80000000000000000000000011400010020010db8000000000000000000000001"),
        (0, Cmd::Delete, "10.0.0.1 peer 10.0.0.2 dev v0",
         "280000001500050000000000000000000220000003000000080002000a000001080001000a000002"),
        (0, Cmd::Delete, "127.0.0.5/8 dev v0",
         "280000001500050000000000000000000208000003000000080002007f000005080001007f000005"),
        (0, Cmd::Delete, "2001::1/64 brd + dev v0",
         "400000001500050000000000000000000a4000000300000014000200200100000000000000000000000000011400010020010000000000000000000000000001"),
        (AF_INET, Cmd::Delete, "default dev v0",
         "28000000150005000000000000000000020000000300000008000200000000000800010000000000"),
        (AF_INET, Cmd::Delete, "any dev v0",
         "1c000000150005000000000000000000020000000300000004000200"),
        (0, Cmd::Delete, "10.0.0.1/24 label foo dev v0 label bar",
         "380000001500050000000000000000000218000003000000080002000a00000108000300666f6f000800030062617200080001000a000001"),
    ];

#[test]
fn requests_match_the_reference_bytes() {
    for (family, cmd, argv, hex) in FIXTURES {
        let (r, _) = run_build(*family, *cmd, argv);
        let req = r.unwrap_or_else(|e| panic!("{argv}: {}", e.text));
        assert_eq!(
            wire(req),
            *hex,
            "ip address {cmd:?} {argv} (family {family})"
        );
    }
}

/// (family, argv, exit code, stderr) as the reference prints them (Add unless noted).
const ERRORS: &[(u8, &str, i32, &str)] = &[
    (
        0,
        "10.0.0.1/24",
        1,
        "Not enough information: \"dev\" argument is required.\n",
    ),
    (
        0,
        "",
        1,
        "Not enough information: \"dev\" argument is required.\n",
    ),
    (
        0,
        "10.0.0.1/24 dev nope",
        1,
        "Cannot find device \"nope\"\n",
    ),
    (
        0,
        "x dev v0",
        1,
        "Error: any valid prefix is expected rather than \"x\".\n",
    ),
    (
        0,
        "10.0.0.1 10.0.0.2 dev v0",
        255,
        "Error: either \"local\" is duplicate, or \"10.0.0.2\" is a garbage.\n",
    ),
    (
        0,
        "10.0.0.1/24 local 10.0.0.2 dev v0",
        255,
        "Error: either \"local\" is duplicate, or \"10.0.0.2\" is a garbage.\n",
    ),
    (
        0,
        "10.0.0.1 local dev v0",
        255,
        "Error: either \"local\" is duplicate, or \"dev\" is a garbage.\n",
    ),
    (
        0,
        "local dev v0",
        1,
        "Error: any valid prefix is expected rather than \"dev\".\n",
    ),
    (
        0,
        "10.0.0.1 dev",
        255,
        "Command line is not complete. Try option \"help\"\n",
    ),
    (
        0,
        "10.0.0.1/24 dev v0 brd",
        255,
        "Command line is not complete. Try option \"help\"\n",
    ),
    (
        0,
        "10.0.0.1/24 dev v0 valid_lft",
        255,
        "Command line is not complete. Try option \"help\"\n",
    ),
    (
        AF_INET6,
        "10.0.0.1 dev v0",
        1,
        "Error: inet6 prefix is expected rather than \"10.0.0.1\".\n",
    ),
    (
        AF_INET,
        "::1 dev v0",
        1,
        "Error: inet prefix is expected rather than \"::1\".\n",
    ),
    (
        AF_PACKET,
        "10.0.0.1 dev v0",
        1,
        "Error: \"10.0.0.1\" may be inet prefix, but it is not allowed in this context.\n",
    ),
    (
        AF_MPLS,
        "10.0.0.1 dev v0",
        1,
        "Error: mpls prefix is expected rather than \"10.0.0.1\".\n",
    ),
    (
        AF_BRIDGE,
        "foo dev v0",
        1,
        "Error: bridge prefix is expected rather than \"foo\".\n",
    ),
    (
        AF_BRIDGE,
        "brd 1.2.3.4 dev v0",
        1,
        "Error: bridge address is expected rather than \"1.2.3.4\".\n",
    ),
    (
        0,
        "10.0.0.1 peer ::1 dev v0",
        1,
        "Error: inet prefix is expected rather than \"::1\".\n",
    ),
    (
        0,
        "10.0.0.1 peer 10.0.0.2 peer 10.0.0.3 dev v0",
        255,
        "Error: duplicate \"peer\": \"10.0.0.3\" is the second value.\n",
    ),
    (
        0,
        "10.0.0.1/24 brd + brd + dev v0",
        255,
        "Error: duplicate \"broadcast\": \"+\" is the second value.\n",
    ),
    (
        0,
        "10.0.0.1/24 brd foo dev v0",
        1,
        "Error: inet address is expected rather than \"foo\".\n",
    ),
    (
        0,
        "brd foo 10.0.0.1/24 dev v0",
        1,
        "Error: any valid address is expected rather than \"foo\".\n",
    ),
    (
        0,
        "brd ::1 10.0.0.1/24 dev v0",
        1,
        "Error: inet6 prefix is expected rather than \"10.0.0.1/24\".\n",
    ),
    (
        0,
        "2001:db8::1/64 brd + dev v0",
        1,
        "Broadcast can be set only for IPv4 addresses\n",
    ),
    (
        0,
        "brd + dev v0",
        1,
        "Broadcast can be set only for IPv4 addresses\n",
    ),
    (
        0,
        "2001::1/64 brd + dev nope",
        1,
        "Broadcast can be set only for IPv4 addresses\n",
    ),
    (
        0,
        "10.0.0.1/24 any 10.0.0.5 dev v0",
        255,
        "Error: either \"local\" is duplicate, or \"any\" is a garbage.\n",
    ),
    (
        0,
        "10.0.0.1/24 anycast 10.0.0.5 anycast 10.0.0.6 dev v0",
        255,
        "Error: duplicate \"anycast\": \"10.0.0.6\" is the second value.\n",
    ),
    (
        0,
        "10.0.0.1/24 scope 256 dev v0",
        255,
        "Error: argument \"256\" is wrong: invalid scope value.\n",
    ),
    (
        0,
        "10.0.0.1/24 scope universe dev v0",
        255,
        "Error: argument \"universe\" is wrong: invalid scope value.\n",
    ),
    (
        0,
        "10.0.0.1/24 sc host dev v0",
        255,
        "Error: either \"local\" is duplicate, or \"sc\" is a garbage.\n",
    ),
    (
        0,
        "10.0.0.1/24 metric foo dev v0",
        255,
        "Error: argument \"foo\" is wrong: \"metric\" value is invalid\n\n",
    ),
    (
        0,
        "10.0.0.1/24 metric 4294967296 dev v0",
        255,
        "Error: argument \"4294967296\" is wrong: \"metric\" value is invalid\n\n",
    ),
    (
        0,
        "10.0.0.1/24 valid_lft 100 dev v0",
        1,
        "preferred_lft is greater than valid_lft\n",
    ),
    (
        0,
        "10.0.0.1/24 valid_lft 0 preferred_lft 5 dev v0",
        1,
        "valid_lft is zero\n",
    ),
    (
        0,
        "10.0.0.1/24 valid_lft 0 dev nope",
        1,
        "Cannot find device \"nope\"\n",
    ),
    (
        0,
        "10.0.0.1/24 valid_lft foo dev v0",
        255,
        "Error: argument \"foo\" is wrong: valid_lft value\n",
    ),
    (
        0,
        "10.0.0.1/24 preferred_lft foo dev v0",
        255,
        "Error: argument \"foo\" is wrong: preferred_lft value\n",
    ),
    (
        0,
        "10.0.0.1/24 valid_lft forev dev v0",
        255,
        "Error: argument \"forev\" is wrong: valid_lft value\n",
    ),
    (
        0,
        "10.0.0.1/24 valid_lft 1 valid_lft 2 dev v0",
        255,
        "Error: duplicate \"valid_lft\": \"valid_lft\" is the second value.\n",
    ),
    (
        0,
        "10.0.0.1/24 valid 1 valid 2 dev v0",
        255,
        "Error: duplicate \"valid_lft\": \"valid\" is the second value.\n",
    ),
    (
        0,
        "10.0.0.1/24 preferred_lft 1 preferred_lft 2 dev v0",
        255,
        "Error: duplicate \"preferred_lft\": \"preferred_lft\" is the second value.\n",
    ),
    (
        0,
        "10.0.0.1/24 autojoin dev v0",
        1,
        "autojoin needs multicast address\n",
    ),
    (
        0,
        "10.0.0.1/24 autojoin valid_lft 10 dev v0",
        1,
        "preferred_lft is greater than valid_lft\n",
    ),
    (
        0,
        "peer 224.0.0.5 autojoin dev v0",
        1,
        "autojoin needs multicast address\n",
    ),
    (
        0,
        "2001:db8::1/64 nod dev v0",
        255,
        "Error: either \"local\" is duplicate, or \"nod\" is a garbage.\n",
    ),
    (
        0,
        "2001:db8::1/64 dynamic dev v0",
        255,
        "Error: either \"local\" is duplicate, or \"dynamic\" is a garbage.\n",
    ),
    (
        0,
        "10.0.0.1/24 -tentative dev v0",
        255,
        "Error: either \"local\" is duplicate, or \"-tentative\" is a garbage.\n",
    ),
    (
        0,
        "10.0.0.1/24 lab v0:1 dev v0",
        255,
        "Error: either \"local\" is duplicate, or \"lab\" is a garbage.\n",
    ),
    (
        0,
        "loc 10.0.0.2 dev v0",
        1,
        "Error: any valid prefix is expected rather than \"loc\".\n",
    ),
    (
        0,
        "any noprefixroute 10.0.0.1 224.0.0.9 dev v0",
        255,
        "Error: either \"local\" is duplicate, or \"224.0.0.9\" is a garbage.\n",
    ),
    (
        AF_INET,
        "secondary all home 7 default scope dev nope",
        255,
        "Error: either \"local\" is duplicate, or \"default\" is a garbage.\n",
    ),
    (
        AF_BRIDGE,
        "default forever v2",
        1,
        "Error: bridge prefix is expected rather than \"forever\".\n",
    ),
];

#[test]
fn errors_match_the_reference() {
    for (family, argv, code, text) in ERRORS {
        let (r, _) = run_build(*family, Cmd::Add, argv);
        let e = r.err().unwrap_or_else(|| panic!("{argv}: no error"));
        assert_eq!(
            (e.code, e.text.as_str()),
            (*code, *text),
            "ip address add {argv}"
        );
    }
}

#[test]
fn help_anywhere_an_address_may_stand() {
    for argv in [
        "help",
        "10.0.0.1 help",
        "10.0.0.1/24 he dev v0",
        "10.0.0.1/24 local help dev v0",
        "h dev v0",
    ] {
        let (r, _) = run_build(0, Cmd::Add, argv);
        let e = r.err().unwrap_or_else(|| panic!("{argv}: no error"));
        assert_eq!(e.code, 255);
        assert!(e
            .text
            .starts_with("Usage: ip address {add|change|replace} IFADDR"));
    }
}

#[test]
fn warnings_in_command_line_order() {
    let (r, w) = run_build(0, Cmd::Add, "10.0.0.1/24 mngtmpaddr home nodad dev v0");
    assert!(r.is_ok());
    assert_eq!(
        w,
        "Warning: mngtmpaddr option can be set only for IPv6 addresses\n\
             Warning: home option can be set only for IPv6 addresses\n\
             Warning: nodad option can be set only for IPv6 addresses\n"
    );
    let (_, w) = run_build(0, Cmd::Add, "10.0.0.1/24 home permanent dev v0");
    assert_eq!(
        w,
        "Warning: home option can be set only for IPv6 addresses\n\
             Warning: permanent option is not mutable from userspace\n"
    );
    let (r, w) = run_build(0, Cmd::Add, "10.0.0.1/24 valid_lft 10 dev v0 home");
    assert_eq!(
        w,
        "Warning: home option can be set only for IPv6 addresses\n"
    );
    assert_eq!(
        r.unwrap_err().text,
        "preferred_lft is greater than valid_lft\n"
    );
}

#[test]
fn wildcard_delete_warns_before_the_device_lookup() {
    let warning = "Warning: Executing wildcard deletion to stay compatible with old scripts.\n         Explicitly specify the prefix length (10.1/32) to avoid this warning.\n         This special behaviour is likely to disappear in further releases,\n         fix your scripts!\n";
    let (r, w) = run_build(0, Cmd::Delete, "10.1 dev v0");
    assert!(r.is_ok());
    assert_eq!(w, warning);
    let (r, w) = run_build(0, Cmd::Delete, "10.1 dev nope");
    assert_eq!(w, warning);
    assert_eq!(r.unwrap_err().text, "Cannot find device \"nope\"\n");
    let (r, w) = run_build(0, Cmd::Delete, "10.1");
    assert_eq!(w, "");
    assert_eq!(r.unwrap_err().code, 1);
    for quiet in [
        "10.1/32 dev v0",
        "2001::1 dev v0",
        "10.0.0.1 peer 10.0.0.2 dev v0",
    ] {
        let (_, w) = run_build(0, Cmd::Delete, quiet);
        assert_eq!(w, "", "{quiet}");
    }
}
