//! `ip neighbour`: show/list, get, add/change/replace/delete (`modify`); flush comes later.

mod modify;
mod nud;

use nud::nud_state;

use super::iface::print;
use super::ifnames::{self, Names};
use super::lladdr::Mac;
use super::opts::{Opts, Out};
use super::prefix::{get_addr, get_prefix, Inet};
use super::{rtnl, usage};
use crate::cli::{self, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::attr::{self, u32_of};
use crate::netlink::rtnl::neigh::*;
use crate::netlink::rtnl::{ip_of, AF_INET, AF_INET6, RTM_GETNEIGH, RTM_NEWNEIGH};
use crate::netlink::Wire;
use crate::output::{Color, Show};
use netlink_packet_route::neighbour::{NeighbourFlags, NeighbourMessage};
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};

/// NUD states in print order.
const STATES: &[(u16, &str)] = &[
    (NUD_INCOMPLETE, "INCOMPLETE"),
    (NUD_REACHABLE, "REACHABLE"),
    (NUD_STALE, "STALE"),
    (NUD_DELAY, "DELAY"),
    (NUD_PROBE, "PROBE"),
    (NUD_FAILED, "FAILED"),
    (NUD_NOARP, "NOARP"),
    (NUD_PERMANENT, "PERMANENT"),
];

/// Neighbour flags shown as words (JSON: `"word": null`).
const FLAGS: &[(u8, &str)] = &[
    (NTF_ROUTER, "router"),
    (NTF_PROXY, "proxy"),
    (NTF_EXT_LEARNED, "extern_learn"),
    (NTF_OFFLOADED, "offload"),
];

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show(args, opts);
    };
    if matches(&cmd, "show") || matches(&cmd, "list") || matches(&cmd, "lst") {
        return show(args, opts);
    }
    if matches(&cmd, "help") {
        return Err(Error::ip_usage_text(usage::NEIGH));
    }
    type Sub = fn(&mut Args, &Opts) -> Result<()>;
    let subs: [(&str, Sub); 5] = [
        ("add", modify::add),
        ("change", modify::change),
        ("chg", modify::change),
        ("replace", modify::replace),
        ("delete", modify::delete),
    ];
    if let Some(&(_, f)) = subs.iter().find(|(n, _)| {
        if *n == "chg" {
            cmd == "chg"
        } else {
            matches(&cmd, n)
        }
    }) {
        return f(args, opts);
    }
    if matches(&cmd, "get") {
        return get(args, opts);
    }
    for later in ["flush"] {
        if matches(&cmd, later) {
            return Err(Error::ip_fail(format_args!(
                "ipkit: \"ip neigh {later}\" is not implemented yet"
            )));
        }
    }
    Err(Error::ip_usage(format_args!(
        "Command \"{cmd}\" is unknown, try \"ip neigh help\"."
    )))
}

struct Filter {
    dev: Option<u32>,
    /// states shown (None: the default, all but NOARP and NONE)
    nud: Option<u16>,
    none: bool,
    to: Option<Inet>,
    proxy: bool,
}

fn parse(args: &mut Args, opts: &Opts) -> Result<Filter> {
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
                f.dev = Some(ifnames::require(&d)?);
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
                f.to = Some(get_prefix(&p, opts.family)?);
            }
        }
    }
    Ok(f)
}

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = parse(args, opts)?;
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = opts.printer();
    let mut m = NeighbourMessage::default();
    m.header.family = AddressFamily::from(opts.family);
    if f.proxy {
        // the proxy table is a dump of its own
        m.header.flags = NeighbourFlags::Proxy;
    }
    p.begin();
    let r = rtnl::dump(
        &mut sock,
        RouteNetlinkMessage::GetNeighbour(m),
        &mut |msg| {
            if let Some(n) = Neigh::parse(msg.payload).filter(|_| msg.kind == RTM_NEWNEIGH) {
                print_one(&mut p, &n, &f, opts, &mut names);
            }
            Ok(())
        },
    );
    p.end()?;
    r.map_err(|f| rtnl::terminated(f, "Dump"))
}

/// `ip neigh get ADDR dev NAME`: one RTM_GETNEIGH, the answer printed as `show` prints an
/// entry (with its device, whatever its state; plain text even under `-j`, as the
/// reference prints it; `-s` is not done yet).
fn get(args: &mut Args, opts: &Opts) -> Result<()> {
    let (mut dst, mut dev) = (None, None);
    while let Some(w) = args.next().map(str::to_string) {
        if w == "dev" {
            dev = Some(args.value()?.to_string());
        } else {
            let v = if w == "to" {
                args.value()?.to_string()
            } else {
                w
            };
            if dst.is_some() {
                return Err(cli::duparg2("to", &v));
            }
            dst = Some(get_addr(&v, opts.family)?);
        }
    }
    let (Some(dst), Some(dev)) = (dst, dev) else {
        return Err(Error::ip_fail("Device and address are required arguments."));
    };
    if opts.stats > 0 {
        return Err(Error::ip_fail(
            "ipkit: \"ip -s neigh get\" is not implemented yet",
        ));
    }
    let index = ifnames::require(&dev)?;
    let mut m = vec![dst.family, 0, 0, 0];
    m.extend_from_slice(&index.to_ne_bytes());
    m.extend_from_slice(&[0, 0, 0, 0]);
    m.extend(attr::emit_all(&[attr::bytes(NDA_DST, dst.bytes())]));
    let f = Filter {
        dev: None,
        nud: Some(0xff),
        none: true,
        to: None,
        proxy: false,
    };
    let mut plain = opts.clone();
    plain.json = false;
    plain.pretty = false;
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = plain.printer();
    let r = rtnl::talk(&mut sock, Wire(RTM_GETNEIGH, &m), 0, &mut |msg| {
        if let Some(n) = Neigh::parse(msg.payload).filter(|_| msg.kind == RTM_NEWNEIGH) {
            print_one(&mut p, &n, &f, &plain, &mut names);
        }
        Ok(())
    });
    p.end()?;
    r.map_err(rtnl::answers)
}

fn print_one(p: &mut Out, n: &Neigh, f: &Filter, opts: &Opts, names: &mut Names) {
    let (ifindex, state, flags) = (n.index, n.state, n.flags);
    if opts.family != 0 && n.family != opts.family {
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
    let Some(dst_bytes) = n.attr.get(NDA_DST) else {
        return;
    };
    let Some(dst) = ip_of(dst_bytes) else { return };
    if f.to
        .as_ref()
        .is_some_and(|t| !t.contains(n.family, dst_bytes))
    {
        return;
    }
    let lladdr = n.attr.get(NDA_LLADDR);
    let cache = n.attr.get(NDA_CACHEINFO);
    let probes = n.attr.get(NDA_PROBES).and_then(u32_of);
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
        print::dev(p, &dev);
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
