//! `ip address flush`: dump the addresses (RTM_GETADDR, the kernel filtering by device and
//! family), select them on this side, send each selected one back as RTM_DELADDR, and
//! repeat until a dump selects nothing (at most `-loops` rounds, 10 by default).
//!
//! Behaviour learnt by running iproute2 6.1.0: every selector word is exact; an unknown
//! word is the device; `up`, `master`, `vrf`, `type`, `nomaster` are checked but select
//! nothing; `-s` reports the rounds, `-s -s` also prints each address before deleting it
//! (plain text even under `-j`); a flush of primary addresses only stops after one round
//! (deleting primaries promotes or drops the secondaries). Deletes that find their address
//! already gone (a secondary dropped with its primary) are not errors.

use super::print::print_one;
use crate::cli::{self, duparg2, matches, Args};
use crate::error::{Error, Result};
use crate::ip::flush::Flush;
use crate::ip::iface::addrsel::AddrFilter;
use crate::ip::opts::Opts;
use crate::ip::rtnl;
use crate::ip::usage;
use crate::ip::{iface, ifnames, rtnames};
use crate::netlink::rtnl::addr::Addr;
use crate::netlink::rtnl::{AF_PACKET, RTM_DELADDR, RTM_NEWADDR};
use netlink_packet_route::address::AddressMessage;
use netlink_packet_route::RouteNetlinkMessage;

const EADDRNOTAVAIL: i32 = 99;

/// What `flush` selects: the address selectors and the device.
#[derive(Debug, Default, Clone)]
pub struct Selection {
    pub addrs: AddrFilter,
    pub dev: Option<String>,
}

/// Read the selectors; `vrf` and `master` names are checked with `link_kind`/`index`.
pub fn parse_filter(
    args: &mut Args,
    opts: &Opts,
    index: &dyn Fn(&str) -> Option<u32>,
    link_kind: &mut dyn FnMut(&str) -> Option<String>,
) -> Result<Selection> {
    let mut f = Selection {
        addrs: AddrFilter::new(opts.family),
        dev: None,
    };
    while let Some(word) = args.next().map(str::to_string) {
        let w = word.as_str();
        if w == "up" || w == "nomaster" {
            // link selectors: the addresses alone do not tell, and flush ignores them
        } else if w == "dev" {
            let v = args.value()?;
            if f.dev.is_some() {
                return Err(duparg2("dev", v));
            }
            f.dev = Some(v.to_string());
        } else if w == "master" {
            let v = args.value()?;
            if index(v).is_none() {
                return Err(cli::invarg("Device does not exist\n", v));
            }
        } else if w == "vrf" {
            let v = args.value()?;
            if link_kind(v).as_deref() != Some("vrf") {
                return Err(cli::invarg("Not a valid VRF name\n", v));
            }
        } else if w == "type" {
            args.value()?;
        } else if w == "group" {
            // checked, then ignored: the reference flushes every link's addresses
            let v = args.value()?;
            if rtnames::group_a2n(v).is_none() {
                return Err(cli::invarg("Invalid \"group\" value\n", v));
            }
        } else if !f.addrs.word(w, args)? {
            if matches(w, "help") {
                return Err(Error::ip_usage_text(usage::ADDR));
            }
            if f.dev.is_some() {
                return Err(duparg2("dev", w));
            }
            f.dev = Some(word.clone());
        }
    }
    Ok(f)
}

pub fn flush(args: &mut Args, opts: &Opts) -> Result<()> {
    if args.is_empty() {
        return Err(Error::ip_fail("Flush requires arguments."));
    }
    if opts.family == AF_PACKET {
        return Err(Error::ip_fail("Cannot flush link addresses."));
    }
    let f = parse_filter(args, opts, &ifnames::index, &mut |n| {
        ifnames::index(n).and_then(iface::kind_of)
    })?;
    let mut sock = rtnl::open()?;
    let ifindex = match &f.dev {
        Some(d) => ifnames::index(d).ok_or_else(|| ifnames::does_not_exist(d))?,
        None => 0,
    };
    let job = Flush {
        kind: RTM_DELADDR,
        gone: EADDRNOTAVAIL,
        noun: "addresses",
        stats: opts.stats,
        loops: opts.loops,
        once: f.addrs.primary_only(),
        bound_on_leftovers: false,
    };
    let stats = opts.stats;
    let af = &f.addrs;
    job.run(&mut sock, opts, &mut |sock, p, sel| {
        // (the reference does not report an interrupted dump while flushing)
        sock.dump(dump_request(af, ifindex), &mut |msg| {
            let Some(a) = Addr::parse(msg.payload).filter(|_| msg.kind == RTM_NEWADDR) else {
                return Ok(());
            };
            if af.accepts(&a, &|| ifnames::name(a.index)) {
                if stats > 1 {
                    print_one(p, &a);
                }
                sel.push(msg.payload);
            }
            Ok(())
        })
        .map(|_| ())
        .map_err(|fail| rtnl::terminated(fail, "Flush"))
    })
}

/// RTM_GETADDR for the filter's family and device (the kernel filters on both).
fn dump_request(f: &AddrFilter, ifindex: u32) -> RouteNetlinkMessage {
    let mut req = AddressMessage::default();
    req.header.family = f.family.into();
    req.header.index = ifindex;
    RouteNetlinkMessage::GetAddress(req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netlink::rtnl::{AF_BRIDGE, AF_INET, AF_INET6, AF_MPLS};
    use crate::netlink::Wire;
    use netlink_packet_core::NetlinkSerializable;

    fn index(name: &str) -> Option<u32> {
        match name {
            "lo" => Some(1),
            "v0" => Some(3),
            "v2" => Some(5),
            _ => None,
        }
    }

    fn name(i: u32) -> String {
        match i {
            1 => "lo".into(),
            3 => "v0".into(),
            5 => "v2".into(),
            n => format!("if{n}"),
        }
    }

    fn filter(family: u8, argv: &str) -> Result<Selection> {
        let words: Vec<&str> = argv.split(' ').filter(|w| !w.is_empty()).collect();
        let opts = Opts {
            family,
            ..Opts::default()
        };
        parse_filter(&mut Args::from_strs(&words), &opts, &index, &mut |_| None)
    }

    /// Address messages as the kernel dumps them (taken from strace of `ip -s addr flush`).
    const V4_PRIMARY: &str = "0218800003000000080001000a000001080002000a000001080004000a0000ff0900030076303a6100000000080008008000000014000600ffffffffffffffff55e2050055e20500";
    const V4_SECONDARY: &str = "0218810003000000080001000a000002080002000a0000020700030076300000080008008100000014000600ffffffffffffffff55e2050055e20500";
    const V6_TENTATIVE: &str = "0a40c000030000001400010020010db800000000000000000000000114000600ffffffffffffffff56e2050056e2050008000800c0000000";
    const LO_V4: &str = "020880fe01000000080001007f000001080002007f000001070003006c6f0000080008008000000014000600ffffffffffffffff5a1a06005a1a0600";

    fn bytes(hex: &str) -> Vec<u8> {
        (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0))
            .collect()
    }

    fn selected(family: u8, argv: &str) -> Vec<&'static str> {
        let f = filter(family, argv).unwrap_or_else(|e| panic!("{argv}: {}", e.text));
        [
            ("primary", V4_PRIMARY),
            ("secondary", V4_SECONDARY),
            ("v6", V6_TENTATIVE),
            ("lo", LO_V4),
        ]
        .into_iter()
        .filter(|(_, m)| {
            let b = bytes(m);
            Addr::parse(&b).is_some_and(|a| f.addrs.accepts(&a, &|| name(a.index)))
        })
        .map(|(n, _)| n)
        .collect()
    }

    #[test]
    fn selectors_as_the_reference() {
        assert_eq!(
            selected(0, "scope all"),
            ["primary", "secondary", "v6", "lo"]
        );
        assert_eq!(selected(0, "scope global"), ["primary", "secondary", "v6"]);
        assert_eq!(selected(0, "scope host"), ["lo"]);
        assert_eq!(selected(AF_INET, "up"), ["primary", "secondary", "lo"]);
        assert_eq!(selected(AF_INET6, "up"), ["v6"]);
        assert_eq!(selected(0, "primary"), ["primary", "v6", "lo"]);
        assert_eq!(selected(0, "-secondary"), ["primary", "v6", "lo"]);
        assert_eq!(selected(0, "secondary"), ["secondary"]);
        assert_eq!(selected(0, "-primary"), ["secondary"]);
        assert_eq!(selected(0, "temporary"), ["secondary"]);
        // the IPv6 one is permanent too (no lifetimes given)
        assert_eq!(selected(0, "permanent").len(), 4);
        assert_eq!(selected(0, "-dynamic").len(), 4);
        assert_eq!(selected(0, "dynamic").len(), 0);
        assert_eq!(selected(0, "-permanent").len(), 0);
        assert_eq!(selected(0, "tentative"), ["v6"]);
        assert_eq!(selected(0, "-tentative"), ["primary", "secondary", "lo"]);
        assert_eq!(selected(0, "nodad").len(), 0);
        assert_eq!(selected(0, "-nodad").len(), 4);
        assert_eq!(selected(0, "to 10.0.0.0/24"), ["primary", "secondary"]);
        assert_eq!(selected(0, "to 10.0.0.2"), ["secondary"]);
        assert_eq!(selected(0, "to 2001:db8::/32"), ["v6"]);
        assert_eq!(
            selected(0, "to default"),
            ["primary", "secondary", "v6", "lo"]
        );
        assert_eq!(
            selected(AF_INET, "to default"),
            ["primary", "secondary", "lo"]
        );
        assert_eq!(selected(0, "to 10.0.0.0/8 to 127.0.0.0/8"), ["lo"]);
        assert_eq!(selected(0, "label v0"), ["secondary", "v6"]);
        assert_eq!(selected(0, "label v0:a"), ["primary"]);
        assert_eq!(selected(0, "label v*"), ["primary", "secondary", "v6"]);
        assert_eq!(selected(0, "label v0 label lo"), ["lo"]);
        assert_eq!(
            selected(0, "dev v0 master v2 type veth nomaster"),
            ["primary", "secondary", "v6", "lo"]
        );
    }

    #[test]
    fn selector_errors_as_the_reference() {
        let cases: &[(u8, &str, i32, &str)] = &[
            (
                0,
                "scope foo",
                255,
                "Error: argument \"foo\" is wrong: invalid \"scope\"\n\n",
            ),
            (
                0,
                "scope",
                255,
                "Command line is not complete. Try option \"help\"\n",
            ),
            (
                0,
                "dev",
                255,
                "Command line is not complete. Try option \"help\"\n",
            ),
            (
                0,
                "to",
                255,
                "Command line is not complete. Try option \"help\"\n",
            ),
            (
                0,
                "dev v0 label",
                255,
                "Command line is not complete. Try option \"help\"\n",
            ),
            (
                0,
                "vrf",
                255,
                "Command line is not complete. Try option \"help\"\n",
            ),
            (
                0,
                "type",
                255,
                "Command line is not complete. Try option \"help\"\n",
            ),
            (
                0,
                "dev v0 dev v2",
                255,
                "Error: either \"dev\" is duplicate, or \"v2\" is a garbage.\n",
            ),
            (
                0,
                "v0 v0",
                255,
                "Error: either \"dev\" is duplicate, or \"v0\" is a garbage.\n",
            ),
            (
                0,
                "metric 5",
                255,
                "Error: either \"dev\" is duplicate, or \"5\" is a garbage.\n",
            ),
            (
                0,
                "lab v0",
                255,
                "Error: either \"dev\" is duplicate, or \"v0\" is a garbage.\n",
            ),
            (
                0,
                "to foo",
                1,
                "Error: any valid prefix is expected rather than \"foo\".\n",
            ),
            (
                0,
                "to 10.0.0.0/33",
                1,
                "Error: any valid prefix is expected rather than \"10.0.0.0/33\".\n",
            ),
            (
                AF_INET6,
                "to 10.0.0.0/8",
                1,
                "Error: inet6 prefix is expected rather than \"10.0.0.0/8\".\n",
            ),
            (
                0,
                "vrf foo",
                255,
                "Error: argument \"foo\" is wrong: Not a valid VRF name\n\n",
            ),
            (
                0,
                "vrf v0",
                255,
                "Error: argument \"v0\" is wrong: Not a valid VRF name\n\n",
            ),
            (
                0,
                "master nope",
                255,
                "Error: argument \"nope\" is wrong: Device does not exist\n\n",
            ),
        ];
        for (family, argv, code, text) in cases {
            let e = filter(*family, argv)
                .err()
                .unwrap_or_else(|| panic!("{argv}: no error"));
            assert_eq!((e.code, e.text.as_str()), (*code, *text), "flush {argv}");
        }
        for argv in ["help", "h", "dev v0 he"] {
            let e = filter(0, argv)
                .err()
                .unwrap_or_else(|| panic!("{argv}: no error"));
            assert_eq!(e.code, 255);
            assert!(e.text.starts_with("Usage: ip address"));
        }
    }

    fn wire<I: NetlinkSerializable>(payload: I, flags: u16) -> String {
        use netlink_packet_core::{NetlinkHeader, NetlinkMessage, NetlinkPayload};
        let mut header = NetlinkHeader::default();
        header.flags = flags;
        let mut msg = NetlinkMessage::new(header, NetlinkPayload::InnerMessage(payload));
        msg.finalize();
        let mut buf = vec![0; msg.buffer_len()];
        msg.serialize(&mut buf);
        buf.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Dump requests captured from iproute2 6.1.0 `ip … addr flush …` (seq zeroed).
    #[test]
    fn dump_requests_match_the_reference_bytes() {
        use netlink_packet_core::{NLM_F_DUMP, NLM_F_REQUEST};
        let cases: &[(u8, &str, u32, &str)] = &[
            (
                0,
                "dev v0",
                3,
                "180000001600010300000000000000000000000003000000",
            ),
            (
                AF_INET,
                "dev v0",
                3,
                "180000001600010300000000000000000200000003000000",
            ),
            (
                AF_MPLS,
                "dev v0",
                3,
                "180000001600010300000000000000001c00000003000000",
            ),
            (
                AF_BRIDGE,
                "dev v0",
                3,
                "180000001600010300000000000000000700000003000000",
            ),
            (
                AF_INET6,
                "label v0",
                0,
                "180000001600010300000000000000000a00000000000000",
            ),
            (
                0,
                "to 10.0.0.0/8 scope 0",
                0,
                "180000001600010300000000000000000200000000000000",
            ),
            (
                0,
                "master v2",
                0,
                "180000001600010300000000000000000000000000000000",
            ),
        ];
        for (family, argv, ifindex, hex) in cases {
            let f = filter(*family, argv).unwrap_or_else(|e| panic!("{argv}: {}", e.text));
            let got = wire(dump_request(&f.addrs, *ifindex), NLM_F_REQUEST | NLM_F_DUMP);
            assert_eq!(got, *hex, "flush {argv}");
        }
    }

    /// The reference sends each dumped message back unchanged as RTM_DELADDR (it asks
    /// for no ACK; we do, to see failures).
    #[test]
    fn deletes_echo_the_dumped_message() {
        use netlink_packet_core::NLM_F_REQUEST;
        let payload = bytes(V4_SECONDARY);
        let got = wire(Wire(RTM_DELADDR, &payload), NLM_F_REQUEST);
        let want = format!("4c000000150001000000000000000000{V4_SECONDARY}");
        assert_eq!(got, want);
    }

    #[test]
    fn unknown_words_are_the_device() {
        for (argv, dev) in [
            ("v2", "v2"),
            ("garbage", "garbage"),
            ("-foo", "-foo"),
            ("perm", "perm"),
            ("u", "u"),
        ] {
            assert_eq!(
                filter(0, argv).ok().and_then(|f| f.dev).as_deref(),
                Some(dev),
                "{argv}"
            );
        }
        let f = filter(0, "to 10.0.0.0/8").ok();
        assert_eq!(f.map(|f| f.addrs.family), Some(AF_INET));
        assert!(filter(0, "primary").is_ok_and(|f| f.addrs.primary_only()));
        assert!(filter(0, "-temporary").is_ok_and(|f| f.addrs.primary_only()));
        assert!(!filter(0, "secondary").is_ok_and(|f| f.addrs.primary_only()));
    }
}
