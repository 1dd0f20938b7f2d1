use super::details::{print, print_addr};
use super::print::print_link;
use crate::ip::ifnames::Names;
use crate::ip::opts::Opts;
use crate::netlink::rtnl::link::Link;
use crate::output::{Printer, Style};
use std::io::Write;

/// Development aid, not a test: prints `ip -d link show` of one recorded RTM_NEWLINK
/// message (a file holding the whole netlink message, in `IPKIT_CRAFT`), in the style
/// `IPKIT_MODE` names (plain, json, pretty, oneline), between two marker lines, so that
/// the output can be compared with the reference's on the same message.
#[test]
#[ignore]
fn oracle() {
    let (Ok(path), Ok(mode)) = (std::env::var("IPKIT_CRAFT"), std::env::var("IPKIT_MODE")) else {
        return;
    };
    let msg = std::fs::read(path).expect("message file");
    let l = Link::parse(&msg[16..]).expect("link message");
    let opts = Opts {
        details: 1,
        json: mode == "json" || mode == "pretty",
        pretty: mode == "pretty",
        oneline: mode == "oneline",
        ..Opts::default()
    };
    let mut names = Names::default();
    let mut p = opts.printer();
    let _ = p.out().write_all(b"\x01BEGIN\x01\n");
    p.begin();
    p.open_object(None);
    print_link(&mut p, &l, &opts, &mut names, false);
    p.fp_str("\n");
    p.close_object();
    let _ = p.end();
    let _ = p.out().write_all(b"\x01END\x01\n");
    let _ = p.end();
}

/// A recorded case: the RTM_NEWLINK message (hex) and what ip 6.1 printed for it with
/// `ip -d link show dev NAME`, `-d -j` and `-d -j -p` (see testdata/README).
struct Case {
    name: &'static str,
    hex: &'static str,
    plain: &'static str,
    json: &'static str,
    pretty: &'static str,
}

macro_rules! case {
    ($name:literal) => {
        Case {
            name: $name,
            hex: include_str!(concat!("testdata/", $name, ".hex")),
            plain: include_str!(concat!("testdata/", $name, ".plain")),
            json: include_str!(concat!("testdata/", $name, ".json")),
            pretty: include_str!(concat!("testdata/", $name, ".pretty")),
        }
    };
}

const CASES: &[Case] = &[
    case!("lo"),
    case!("veth"),
    case!("hsr_nodata"),
    case!("can"),
    case!("macsec"),
    case!("bridge"),
    case!("bridge_default"),
    case!("bridge_vlan"),
    case!("bridge_port"),
    case!("bridge_port_disabled"),
    case!("vlan"),
    case!("macvlan_source"),
    case!("tun"),
    case!("tap"),
    case!("bond_8023ad"),
    case!("bond_zero"),
    case!("bond_unknown"),
    case!("bond_port"),
    case!("bond_port_odd"),
    case!("bond_port_going"),
    case!("vrf"),
    case!("vrf_port"),
    case!("ipvlan_l2"),
    case!("ipvlan_l3s"),
    case!("ipvtap_odd"),
    case!("ipvlan_flags"),
    case!("geneve"),
    case!("geneve_external"),
    case!("geneve_ipv6"),
    case!("geneve_odd"),
    case!("vxlan_odd"),
    case!("bareudp"),
    case!("bareudp_odd"),
    case!("rmnet"),
    case!("wwan"),
];

fn unhex(s: &str) -> Vec<u8> {
    let digits: Vec<u8> = s.bytes().filter(u8::is_ascii_hexdigit).collect();
    digits
        .chunks(2)
        .map(|d| u8::from_str_radix(std::str::from_utf8(d).unwrap(), 16).unwrap())
        .collect()
}

/// The details of the case's link printed in `style` (in JSON, the members of the link's
/// object from `"promiscuity"` on).
fn details(c: &Case, style: Style) -> String {
    let msg = unhex(c.hex);
    let l = Link::parse(&msg[16..]).expect("link message");
    let mut names = Names::default();
    let mut p = Printer::new(Vec::new(), style);
    p.begin();
    p.open_object(None);
    print(&mut p, &l, &mut names, &Opts::default());
    p.close_object();
    p.end().unwrap();
    String::from_utf8(p.into_inner()).unwrap()
}

const PLAIN: Style = Style {
    json: false,
    pretty: false,
    oneline: false,
    color: false,
};

/// The details in ip's plain output: from ` promiscuity` up to the final newline.
fn plain_details(out: &str) -> &str {
    let start = out.find(" promiscuity ").expect("promiscuity");
    &out[start..out.len() - 1]
}

#[test]
fn plain_matches_ip() {
    for c in CASES {
        assert_eq!(details(c, PLAIN), plain_details(c.plain), "{}", c.name);
    }
}

#[test]
fn oneline_matches_ip() {
    let style = Style {
        oneline: true,
        ..PLAIN
    };
    for c in CASES {
        // `-o` turns every line break inside a record into a backslash
        let want = plain_details(c.plain).replace('\n', "\\");
        assert_eq!(details(c, style), want, "{}", c.name);
    }
}

#[test]
fn json_matches_ip() {
    let style = Style {
        json: true,
        ..PLAIN
    };
    for c in CASES {
        let start = c.json.find("\"promiscuity\":").expect("promiscuity");
        let want = format!("[{{{}", &c.json[start..]);
        assert_eq!(details(c, style), want, "{}", c.name);
    }
}

#[test]
fn pretty_json_matches_ip() {
    let style = Style {
        json: true,
        pretty: true,
        ..PLAIN
    };
    for c in CASES {
        let start = c
            .pretty
            .find("        \"promiscuity\": ")
            .expect("promiscuity");
        let want = format!("[ {{\n{}", &c.pretty[start..]);
        assert_eq!(details(c, style), want, "{}", c.name);
    }
}

#[test]
fn damaged_messages_do_not_panic() {
    // every byte of every recorded message set to a few values (attribute lengths and types
    // become wrong, payloads too short, …): output may be anything, but no panic
    for c in CASES {
        let msg = unhex(c.hex);
        for i in 16..msg.len() {
            for b in [0x00, 0x04, 0x05, 0xff] {
                let mut m = msg.clone();
                m[i] = b;
                let Some(l) = Link::parse(&m[16..]) else {
                    continue;
                };
                for style in [
                    PLAIN,
                    Style {
                        json: true,
                        ..PLAIN
                    },
                ] {
                    let mut p = Printer::new(Vec::new(), style);
                    print(&mut p, &l, &mut Names::default(), &Opts::default());
                }
            }
        }
    }
}

#[test]
fn address_show_leaves_out_addrgenmode() {
    // ip -d address show: the same details without `addrgenmode eui64 `
    for c in CASES {
        let msg = unhex(c.hex);
        let l = Link::parse(&msg[16..]).expect("link message");
        let mut p = Printer::new(Vec::new(), PLAIN);
        print_addr(&mut p, &l, &mut Names::default(), &Opts::default());
        let got = String::from_utf8(p.into_inner()).unwrap();
        let want = plain_details(c.plain)
            .replacen("addrgenmode eui64 ", "", 1)
            .replacen("addrgenmode none ", "", 1);
        assert_eq!(got, want, "{}", c.name);
    }
}
