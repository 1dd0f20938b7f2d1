//! `ip route get [fibmatch] ADDRESS [from ADDRESS] [iif DEV] [oif DEV] [mark N] [uid N]
//! [tos T] [vrf NAME] [ipproto P] [sport N] [dport N] [connected]`: one RTM_GETROUTE for the
//! address (two with `connected` and no `from`, as the reference asks), the kernel's answer
//! printed as a route.

use super::print::{print, Pinned};
use crate::cli::num::{get_u16, get_u32, get_u8};
use crate::cli::{self, invarg, Args};
use crate::error::{Error, Result};
use crate::ip::iface::kind_of;
use crate::ip::ifnames::{self, Names};
use crate::ip::opts::Opts;
use crate::ip::prefix::get_prefix;
use crate::ip::rtnames;
use crate::ip::rtnl;
use crate::netlink::attr;
use crate::netlink::rtnl::route::*;
use crate::netlink::rtnl::{AF_INET, AF_INET6, RTM_GETROUTE, RTM_NEWROUTE};
use crate::netlink::Wire;
use netlink_packet_core::DefaultNla;

struct Query {
    family: u8,
    /// RTA_DST, RTA_SRC, RTA_UID, the ports and the protocol, in the order given.
    attrs: Vec<DefaultNla>,
    src: bool,
    iif: Option<u32>,
    oif: Option<u32>,
    mark: Option<u32>,
    flags: u32,
    tos: u8,
    connected: bool,
}

fn parse(args: &mut Args, opts: &Opts) -> Result<Query> {
    let mut q = Query {
        family: opts.family,
        attrs: Vec::new(),
        src: false,
        iif: None,
        oif: None,
        mark: None,
        flags: 0,
        tos: 0,
        connected: false,
    };
    let mut dst_given = false;
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "from" => {
                let a = get_prefix(args.value()?, q.family)?;
                q.family = a.family;
                q.src = true;
                q.attrs.push(attr::bytes(RTA_SRC, a.bytes()));
            }
            "iif" => q.iif = Some(ifnames::require(args.value()?)?),
            "oif" => q.oif = Some(ifnames::require(args.value()?)?),
            "mark" => {
                let v = args.value()?;
                q.mark = Some(get_u32(v).ok_or_else(|| invarg("invalid mark value", v))?);
            }
            "uid" => {
                let v = args.value()?;
                let uid = get_u32(v).ok_or_else(|| invarg("invalid UID", v))?;
                q.attrs.push(attr::u32(RTA_UID, uid));
            }
            "fibmatch" => q.flags |= RTM_F_FIB_MATCH,
            "connected" => q.connected = true,
            "tos" | "dsfield" => {
                let v = args.value()?;
                q.tos =
                    rtnames::dsfield_a2n(v).ok_or_else(|| invarg("TOS value is invalid\n", v))?;
            }
            "vrf" => {
                let v = args.value()?;
                let i = ifnames::index(v)
                    .filter(|&i| kind_of(i).as_deref() == Some("vrf"))
                    .ok_or_else(|| invarg("Invalid VRF\n", v))?;
                q.oif = Some(i);
            }
            "ipproto" => {
                let v = args.value()?;
                let p = ip_proto(v).ok_or_else(|| invarg("Invalid \"ipproto\" value\n", v))?;
                q.attrs.push(attr::u8(RTA_IP_PROTO, p));
            }
            "sport" | "dport" => {
                let v = args.value()?;
                let port = get_u16(v).ok_or_else(|| invarg(&format!("invalid {w}\n"), v))?;
                let kind = if w == "sport" { RTA_SPORT } else { RTA_DPORT };
                q.attrs.push(attr::u16_be(kind, port));
            }
            "as" => {
                return Err(Error::ip_fail(format_args!(
                    "ipkit: \"ip route get ... {w}\" is not implemented yet"
                )))
            }
            _ => {
                let v = if w == "to" {
                    args.value()?.to_string()
                } else {
                    w.clone()
                };
                let a = get_prefix(&v, q.family)?;
                let full = a.max_bits();
                if a.len_given && a.bitlen != full && full > 0 {
                    eprintln!(
                        "Warning: /{} as prefix is invalid, only /{full} (or none) is supported.",
                        a.bitlen
                    );
                }
                q.family = a.family;
                q.attrs.push(attr::bytes(RTA_DST, a.bytes()));
                dst_given = true;
            }
        }
    }
    if !dst_given {
        return Err(Error::ip_fail("need at least a destination address"));
    }
    if q.family == 0 {
        q.family = AF_INET;
    }
    Ok(q)
}

/// An IP protocol: a name the reference knows, or a number up to 255.
fn ip_proto(v: &str) -> Option<u8> {
    const NAMES: &[(&str, u8)] = &[
        ("icmp", 1),
        ("igmp", 2),
        ("tcp", 6),
        ("udp", 17),
        ("dccp", 33),
        ("ipv6", 41),
        ("gre", 47),
        ("esp", 50),
        ("ah", 51),
        ("ipv6-icmp", 58),
        ("icmpv6", 58),
        ("sctp", 132),
        ("udplite", 136),
        ("raw", 255),
    ];
    cli::lookup_exact(v, NAMES).or_else(|| get_u8(v))
}

/// The request: struct rtmsg (the address's full length), the attributes of the words in
/// their order, then RTA_IIF, RTA_OIF and RTA_MARK (the reference's order).
fn request(q: &Query) -> Vec<u8> {
    let full: u8 = if q.family == AF_INET6 { 128 } else { 32 };
    let src_len = if q.src { full } else { 0 };
    let mut m = vec![q.family, full, src_len, q.tos, 0, 0, 0, 0];
    // the reference asks IPv4 lookups to name their table (IPv6 refuses the flag)
    let flags = if q.family == AF_INET {
        q.flags | RTM_F_LOOKUP_TABLE
    } else {
        q.flags
    };
    m.extend_from_slice(&flags.to_ne_bytes());
    let mut items = q.attrs.clone();
    for (kind, v) in [(RTA_IIF, q.iif), (RTA_OIF, q.oif), (RTA_MARK, q.mark)] {
        if let Some(v) = v {
            items.push(attr::u32(kind, v));
        }
    }
    m.extend(attr::emit_all(&items));
    m
}

pub fn get(args: &mut Args, opts: &Opts) -> Result<()> {
    let q = parse(args, opts)?;
    let mut sock = rtnl::open()?;
    let req = request(&q);
    let mut names = Names::default();
    let mut p = opts.printer();
    p.begin();
    // `connected` without `from` asks again (the reference's second lookup sends the same
    // request)
    let rounds = if q.connected && !q.src { 2 } else { 1 };
    let mut r = Ok(());
    for _ in 0..rounds {
        r = rtnl::talk(&mut sock, Wire(RTM_GETROUTE, &req), 0, &mut |m| {
            if let Some(route) = Route::parse(m.payload).filter(|_| m.kind == RTM_NEWROUTE) {
                print(
                    &mut p,
                    &route,
                    Pinned::default(),
                    opts.details > 0,
                    &mut names,
                );
            }
            Ok(())
        });
        if r.is_err() {
            break;
        }
    }
    p.end()?;
    r.map_err(rtnl::answers)
}
