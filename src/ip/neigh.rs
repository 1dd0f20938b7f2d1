//! `ip neighbour`: show/list (add, change, replace, delete, get and flush come later).

use super::{Opts, Out, AF_INET, AF_INET6};
use crate::cli::{self, matches, Args};
use crate::error::{Error, Result};
use crate::ip::link::show::{open_socket, Mac, Names};
use crate::netlink::{attrs, Fail};
use crate::output::{Color, Show};
use netlink_packet_route::neighbour::{NeighbourFlags, NeighbourMessage};
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

pub const USAGE: &str = include_str!("usage/neigh.txt");

const RTM_NEWNEIGH: u16 = 28;
const NDA_DST: u16 = 1;
const NDA_LLADDR: u16 = 2;
const NDA_CACHEINFO: u16 = 3;
const NDA_PROBES: u16 = 4;
const NUD_NOARP: u16 = 0x40;

/// NUD states in print order.
const STATES: &[(u16, &str)] = &[
    (0x01, "INCOMPLETE"),
    (0x02, "REACHABLE"),
    (0x04, "STALE"),
    (0x08, "DELAY"),
    (0x10, "PROBE"),
    (0x20, "FAILED"),
    (0x40, "NOARP"),
    (0x80, "PERMANENT"),
];

/// Neighbour flags shown as words (JSON: `"word": null`).
const FLAGS: &[(u8, &str)] = &[
    (0x80, "router"),
    (0x08, "proxy"),
    (0x10, "extern_learn"),
    (0x20, "offload"),
];

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show(args, opts);
    };
    if matches(&cmd, "show") || matches(&cmd, "list") || matches(&cmd, "lst") {
        return show(args, opts);
    }
    if matches(&cmd, "help") {
        return Err(Error::raw(255, USAGE));
    }
    for later in ["add", "change", "replace", "delete", "get", "flush"] {
        if matches(&cmd, later) {
            return Err(Error::msg(
                1,
                format_args!("ipkit: \"ip neigh {later}\" is not implemented yet"),
            ));
        }
    }
    Err(Error::msg(
        255,
        format_args!("Command \"{cmd}\" is unknown, try \"ip neigh help\"."),
    ))
}

fn nud_state(s: &str) -> Option<u16> {
    Some(match s {
        "all" => 0xff,
        "none" => 0,
        "incomplete" => 0x01,
        "reachable" => 0x02,
        "stale" => 0x04,
        "delay" => 0x08,
        "probe" => 0x10,
        "failed" => 0x20,
        "noarp" => 0x40,
        "permanent" => 0x80,
        _ => return cli::parse_u32(s).and_then(|v| u16::try_from(v).ok()),
    })
}

struct Filter {
    dev: Option<u32>,
    /// states shown (None: the default, all but NOARP and NONE)
    nud: Option<u16>,
    none: bool,
    to: Option<(IpAddr, u8)>,
    proxy: bool,
}

fn parse(args: &mut Args) -> Result<Filter> {
    let mut f = Filter {
        dev: None,
        nud: None,
        none: false,
        to: None,
        proxy: false,
    };
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "dev" => {
                let d = args.value()?.to_string();
                f.dev = Some(crate::ip::dev::require(&d)?);
            }
            "nud" => {
                let s = args.value()?.to_string();
                let st = nud_state(&s).ok_or_else(|| cli::invarg("nud state is bad", &s))?;
                if st == 0 {
                    f.none = true;
                }
                f.nud = Some(f.nud.unwrap_or(0) | st);
            }
            "proxy" => f.proxy = true,
            _ => {
                let p = if w == "to" {
                    args.value()?.to_string()
                } else {
                    w.clone()
                };
                let (a, l) = match p.split_once('/') {
                    Some((a, l)) => (a, l.parse::<u8>().ok()),
                    None => (p.as_str(), None),
                };
                let ip: IpAddr = a.parse().map_err(|_| {
                    Error::msg(
                        1,
                        format_args!("Error: any valid prefix is expected rather than \"{p}\"."),
                    )
                })?;
                let max = if ip.is_ipv4() { 32 } else { 128 };
                f.to = Some((ip, l.unwrap_or(max)));
            }
        }
    }
    Ok(f)
}

fn ip_of(v: &[u8]) -> Option<IpAddr> {
    match v.len() {
        4 => Some(IpAddr::V4(Ipv4Addr::new(v[0], v[1], v[2], v[3]))),
        16 => Some(IpAddr::V6(Ipv6Addr::from(<[u8; 16]>::try_from(v).ok()?))),
        _ => None,
    }
}

fn in_prefix(ip: IpAddr, (net, len): (IpAddr, u8)) -> bool {
    let (a, b, bits): (u128, u128, u32) = match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(b)) => (u32::from(a).into(), u32::from(b).into(), 32),
        (IpAddr::V6(a), IpAddr::V6(b)) => (a.into(), b.into(), 128),
        _ => return false,
    };
    let len = u32::from(len).min(bits);
    len == 0 || (a >> (bits - len)) == (b >> (bits - len))
}

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = parse(args)?;
    let mut sock = open_socket()?;
    let mut names = Names::default();
    let mut p = super::printer(opts);
    let mut m = NeighbourMessage::default();
    m.header.family = AddressFamily::from(opts.family);
    if f.proxy {
        // the proxy table is a dump of its own
        m.header.flags = NeighbourFlags::Proxy;
    }
    p.begin();
    let r = sock.dump(RouteNetlinkMessage::GetNeighbour(m), &mut |msg| {
        if msg.kind != RTM_NEWNEIGH || msg.payload.len() < 12 {
            return Ok(());
        }
        print_one(&mut p, msg.payload, &f, opts, &mut names);
        Ok(())
    });
    p.end()?;
    r.map_err(|e| match e {
        Fail::App(e) => e,
        f => {
            eprint!("{}", f.rtnl().text);
            Error::msg(1, "Dump terminated")
        }
    })
}

fn print_one(p: &mut Out, b: &[u8], f: &Filter, opts: &Opts, names: &mut Names) {
    let family = b[0];
    let ifindex = u32::from_ne_bytes([b[4], b[5], b[6], b[7]]);
    let state = u16::from_ne_bytes([b[8], b[9]]);
    let flags = b[10];
    if opts.family != 0 && family != opts.family {
        return;
    }
    if f.dev.is_some_and(|d| d != ifindex) {
        return;
    }
    let shown = f.proxy
        || match f.nud {
            None => state != 0 && state & NUD_NOARP == 0,
            Some(mask) => state & mask != 0 || (state == 0 && (f.none || mask == 0xff)),
        };
    if !shown {
        return;
    }
    let mut dst = None;
    let mut lladdr = None;
    let mut cache = None;
    let mut probes = None;
    for (k, v) in attrs(&b[12..]) {
        match k {
            NDA_DST => dst = ip_of(v),
            NDA_LLADDR => lladdr = Some(v),
            NDA_CACHEINFO => cache = Some(v),
            NDA_PROBES => {
                probes = v
                    .get(..4)
                    .map(|x| u32::from_ne_bytes([x[0], x[1], x[2], x[3]]))
            }
            _ => {}
        }
    }
    let Some(dst) = dst else { return };
    if f.to.is_some_and(|t| !in_prefix(dst, t)) {
        return;
    }
    let color = Color::for_family(if dst.is_ipv4() { AF_INET } else { AF_INET6 });
    let d = dst.to_string();
    let dev = names.ifname(ifindex);
    p.open_object(None);
    if opts.brief {
        p.color_value(
            Show::Any,
            color,
            Some("dst"),
            format_args!("{d:<39} "),
            d.as_str(),
        );
        if f.dev.is_none() {
            p.color_value(
                Show::Any,
                Color::Ifname,
                Some("dev"),
                format_args!("{dev:<16} "),
                dev.as_str(),
            );
        }
        if let Some(l) = lladdr {
            let mac = Mac(l).to_string();
            p.color_value(
                Show::Any,
                Color::Mac,
                Some("lladdr"),
                format_args!("{mac}"),
                mac.as_str(),
            );
        }
        p.fp_str("\n");
        p.close_object();
        return;
    }
    p.color_value(
        Show::Any,
        color,
        Some("dst"),
        format_args!("{d} "),
        d.as_str(),
    );
    if f.dev.is_none() {
        p.fp_str("dev ");
        p.color_value(
            Show::Any,
            Color::Ifname,
            Some("dev"),
            format_args!("{dev} "),
            dev.as_str(),
        );
    }
    if let Some(l) = lladdr {
        let mac = Mac(l).to_string();
        p.fp_str("lladdr ");
        p.color_value(
            Show::Any,
            Color::Mac,
            Some("lladdr"),
            format_args!("{mac} "),
            mac.as_str(),
        );
    }
    for &(bit, word) in FLAGS {
        if flags & bit != 0 {
            p.value(
                Show::Any,
                Some(word),
                format_args!("{word} "),
                &crate::output::Null,
            );
        }
    }
    if opts.stats > 0 {
        if let Some(c) = cache.filter(|c| c.len() >= 12) {
            let hz = |i: usize| u32::from_ne_bytes([c[i], c[i + 1], c[i + 2], c[i + 3]]) / 100;
            let (confirmed, used, updated) = (hz(0), hz(4), hz(8));
            p.value(Show::Any, Some("used"), format_args!(" used {used}"), &used);
            p.value(
                Show::Any,
                Some("confirmed"),
                format_args!("/{confirmed}"),
                &confirmed,
            );
            p.value(
                Show::Any,
                Some("updated"),
                format_args!("/{updated}"),
                &updated,
            );
        }
        if let Some(pr) = probes {
            p.value(Show::Any, Some("probes"), format_args!("probes {pr} "), &pr);
        }
    }
    if state != 0 {
        p.open_list(Show::Json, "state", "");
        for &(bit, name) in STATES {
            if state & bit != 0 {
                p.value(Show::Any, None, format_args!("{name} "), name);
            }
        }
        p.close_array(Show::Json, "");
    }
    p.fp_str("\n");
    p.close_object();
}
