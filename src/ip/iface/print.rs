//! The printers of one link, as `ip link show` prints it and `ip address show` prints it
//! above the addresses: `-br` columns, the full form, flags, the link-layer line, altnames.

use super::words;
use super::{details, stats};
use crate::ip::ifnames::{self, Names};
use crate::ip::lladdr::Mac;
use crate::ip::opts::Opts;
use crate::ip::rtnames;
use crate::netlink::attr::{attrs, cstr};
use crate::netlink::rtnl::link::*;
use crate::netlink::rtnl::AF_PACKET;
use crate::output::{pr, Color, Printer, Show};
use std::io::Write;

/// `ifname@link` in JSON order (`link`/`link_index` before `ifname`), plain `name@link`.
fn print_name<W: Write>(p: &mut Printer<W>, l: &Link, names: &mut Names, brief: bool) {
    let name = l.name();
    let link = l.u32(IFLA_LINK);
    let netnsid = l.get(IFLA_LINK_NETNSID).is_some();
    let at = match link {
        Some(i) if netnsid => {
            p.json("link_index", &i);
            Some(format!("if{i}"))
        }
        Some(0) => Some("NONE".to_string()),
        Some(i) => {
            let n = names.ifname(i).into_owned();
            p.json("link", n.as_str());
            Some(n)
        }
        None => None,
    };
    if brief {
        let full = match &at {
            Some(a) => format!("{name}@{a}"),
            None => name.to_string(),
        };
        p.json("ifname", name);
        p.color_value(
            Show::Fp,
            Color::Ifname,
            None,
            format_args!("{full:<16} "),
            name,
        );
    } else {
        match at {
            Some(a) => p.color_value(
                Show::Any,
                Color::Ifname,
                Some("ifname"),
                format_args!("{name}@{a}: "),
                name,
            ),
            None => p.color_value(
                Show::Any,
                Color::Ifname,
                Some("ifname"),
                format_args!("{name}: "),
                name,
            ),
        }
    }
}

fn print_flags<W: Write>(p: &mut Printer<W>, l: &Link, names: &mut Names, trailer: &str) {
    p.open_list(Show::Any, "flags", "<");
    let mut first = true;
    let mut item = |p: &mut Printer<W>, s: &str| {
        if !first {
            p.fp_str(",");
        }
        first = false;
        p.value(Show::Any, None, format_args!("{s}"), s);
    };
    if l.flags & IFF_UP != 0 && l.flags & IFF_RUNNING == 0 {
        item(p, "NO-CARRIER");
    }
    let mut rest = l.flags & !IFF_RUNNING;
    for &(bit, name) in words::FLAGS {
        if l.flags & bit != 0 {
            item(p, name);
            rest &= !bit;
        }
    }
    if rest != 0 {
        let hex = format!("{rest:x}");
        item(p, &hex);
    }
    // the lower device (IFLA_LINK, in this namespace) is administratively down
    let lower_down = match l.u32(IFLA_LINK) {
        Some(i) if i != 0 && l.get(IFLA_LINK_NETNSID).is_none() => {
            names.flags(i).is_some_and(|f| f & IFF_UP == 0)
        }
        _ => false,
    };
    if lower_down {
        item(p, "M-DOWN");
    }
    p.close_array(Show::Any, trailer);
}

fn operstate(l: &Link) -> Option<String> {
    let s = l.u8(IFLA_OPERSTATE)?;
    Some(match words::OPERSTATES.get(s as usize) {
        Some(n) => n.to_string(),
        None => format!("state {s:#x}"),
    })
}

pub fn print_brief<W: Write>(p: &mut Printer<W>, l: &Link, names: &mut Names) {
    print_brief_name_state(p, l, names);
    print_address(p, l, " ");
    print_flags(p, l, names, "> ");
}

/// The first two columns of `-br`: `name@link` and the operational state.
pub fn print_brief_name_state<W: Write>(p: &mut Printer<W>, l: &Link, names: &mut Names) {
    print_name(p, l, names, true);
    if let Some(s) = operstate(l) {
        p.color_value(
            Show::Any,
            Color::for_operstate(&s),
            Some("operstate"),
            format_args!("{s:<14} "),
            s.as_str(),
        );
    }
}

/// The link part of `ip link show` / `ip addr show` (`addr` leaves out `mode`).
pub fn print_link<W: Write>(
    p: &mut Printer<W>,
    l: &Link,
    opts: &Opts,
    names: &mut Names,
    addr: bool,
) {
    link_line(p, l, opts, names, addr, false);
}

/// A link as `ip monitor` prints it: the `ip address` form without `qlen`, with the alias
/// (and with the link-layer line whatever the family selected).
pub fn print_link_event<W: Write>(p: &mut Printer<W>, l: &Link, opts: &Opts, names: &mut Names) {
    let o = Opts {
        family: 0,
        ..opts.clone()
    };
    link_line(p, l, &o, names, true, true);
}

fn link_line<W: Write>(
    p: &mut Printer<W>,
    l: &Link,
    opts: &Opts,
    names: &mut Names,
    addr: bool,
    monitor: bool,
) {
    pr!(p, Any, "ifindex", "{}: ", l.index);
    print_name(p, l, names, false);
    print_flags(p, l, names, "> ");
    if let Some(mtu) = l.u32(IFLA_MTU) {
        pr!(p, Any, "mtu", "mtu {} ", mtu);
    }
    if let Some(q) = l.str(IFLA_QDISC) {
        pr!(p, Any, "qdisc", "qdisc {} ", q);
    }
    if let Some(m) = l.u32(IFLA_MASTER) {
        let n = names.ifname(m);
        pr!(p, Any, "master", "master {} ", &*n);
    }
    if let Some(s) = operstate(l) {
        p.fp_str("state ");
        p.color_value(
            Show::Any,
            Color::for_operstate(&s),
            Some("operstate"),
            format_args!("{s} "),
            s.as_str(),
        );
    }
    if !addr {
        if let Some(m) = l.u8(IFLA_LINKMODE) {
            match words::link_mode(m) {
                Some(n) => pr!(p, Any, "linkmode", "mode {} ", n),
                None => pr!(p, Any, "linkmode", "mode {} ", m),
            }
        }
    }
    if let Some(g) = l.u32(IFLA_GROUP) {
        let g = rtnames::group_n2a(g);
        pr!(p, Any, "group", "group {} ", g.as_str());
    }
    // the kernel's inet6 view of a link has no IFLA_TXQLEN: ask the device, as the reference does
    // a C int, and left out when 0, as the reference prints it
    let txqlen = || l.u32(IFLA_TXQLEN).or_else(|| ifnames::txqlen(l.name()));
    if let Some(q) = (!monitor)
        .then(txqlen)
        .flatten()
        .map(|q| q as i32)
        .filter(|&q| q != 0)
    {
        pr!(p, Any, "txqlen", "qlen {}", q);
    }
    // `ip -4 addr` (any address family filter) leaves the link-layer line out, unless -d;
    // its `link-netns` then ends the first line
    if !(addr && opts.family != 0 && opts.family != AF_PACKET && opts.details == 0) {
        print_link_layer(p, l, names);
    } else {
        link_netns(p, l, names);
    }
    if let Some(a) = l.get(IFLA_PERM_ADDRESS) {
        let mac = Mac(a).to_string();
        pr!(p, Any, "permaddr", " permaddr {}", mac.as_str());
    }
    if l.u8(IFLA_PROTO_DOWN).is_some_and(|v| v != 0) {
        p.value(
            Show::Any,
            Some("proto_down"),
            format_args!(" protodown on "),
            &true,
        );
    }
    if opts.details > 0 {
        if addr {
            details::print_addr(p, l, names, opts);
        } else {
            details::print(p, l, names, opts);
        }
    }
    if let Some(a) = l.str(IFLA_IFALIAS).filter(|_| !addr || monitor) {
        p.nl();
        pr!(p, Any, "ifalias", "    alias {}", a);
    }
    if opts.stats > 0 {
        let f = stats::Fmt {
            human: opts.human,
            iec: opts.iec,
            lead_nl: true,
        };
        // no counters at all: the reference still ends the line
        if !stats::print(p, l, opts.stats, &f) {
            p.nl();
        }
    }
    print_altnames(p, l);
}

fn print_link_layer<W: Write>(p: &mut Printer<W>, l: &Link, names: &mut Names) {
    p.nl();
    match words::link_type(l.ltype) {
        Some(t) => pr!(p, Any, "link_type", "    link/{} ", t),
        None => {
            let t = format!("[{}]", l.ltype);
            pr!(p, Any, "link_type", "    link/{} ", t.as_str())
        }
    }
    print_address(p, l, "");
    if let Some(b) = l.get(IFLA_BROADCAST) {
        let mac = Mac(b).to_string();
        if l.flags & IFF_POINTOPOINT != 0 {
            p.json("link_pointtopoint", &true);
            p.fp_str(" peer ");
        } else {
            p.fp_str(" brd ");
        }
        p.color_value(
            Show::Any,
            Color::Mac,
            Some("broadcast"),
            format_args!("{mac}"),
            mac.as_str(),
        );
    }
    link_netns(p, l, names);
}

/// ` link-netns NAME` (or ` link-netnsid N` when the namespace has no name here).
fn link_netns<W: Write>(p: &mut Printer<W>, l: &Link, names: &mut Names) {
    if let Some(v) = l.get(IFLA_LINK_NETNSID) {
        if let Some(id) = v
            .get(..4)
            .and_then(|b| b.try_into().ok())
            .map(i32::from_ne_bytes)
        {
            if id >= 0 {
                match names.netns(id) {
                    Some(n) => {
                        p.fp(format_args!(" link-netns {n}"));
                        p.json("link_netnsid", &id);
                    }
                    None => pr!(p, Any, "link_netnsid", " link-netnsid {}", id),
                }
            }
        }
    }
}

/// The link-layer address (coloured), followed by `tail` inside the colour.
fn print_address<W: Write>(p: &mut Printer<W>, l: &Link, tail: &str) {
    if let Some(a) = l.get(IFLA_ADDRESS) {
        let mac = Mac(a).to_string();
        p.color_value(
            Show::Any,
            Color::Mac,
            Some("address"),
            format_args!("{mac}{tail}"),
            mac.as_str(),
        );
    }
}

fn print_altnames<W: Write>(p: &mut Printer<W>, l: &Link) {
    let Some(list) = l.get(IFLA_PROP_LIST) else {
        return;
    };
    let mut open = false;
    for (k, v) in attrs(list) {
        if k != IFLA_ALT_IFNAME {
            continue;
        }
        if !open {
            p.open_list(Show::Json, "altnames", "");
            open = true;
        }
        p.nl();
        let n = cstr(v);
        p.value(Show::Any, None, format_args!("    altname {n}"), n);
    }
    if open {
        p.close_array(Show::Json, "");
    }
}

/// `dev NAME ` (the name coloured) / `"dev":"NAME"`, as routes and neighbours show it.
pub fn dev<W: std::io::Write>(p: &mut crate::output::Printer<W>, name: &str) {
    p.fp_str("dev ");
    p.color_text(Show::Any, Color::Ifname, Some("dev"), name, " ");
}
