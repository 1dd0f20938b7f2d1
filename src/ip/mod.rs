//! `ip`: iproute2's global options, the object table and `-batch`.

mod addr;
pub mod addrlabel;
mod batch;
#[cfg(test)]
mod captures;
mod encap;
mod event;
mod flush;
mod genl;
mod genl_objects;
mod iface;
mod ifnames;
pub mod ioam;
mod kinds;
pub use kinds::kind_names;
pub mod link;
mod lladdr;
mod maddr;
mod monitor;
pub mod mptcp;
mod mroute;
mod neigh;
mod netconf;
pub mod netns;
mod nexthop;
mod nhprint;
pub mod nsfile;
pub mod ntable;
pub mod opts;
pub mod prefix;
pub mod route;
pub mod rtnames;
mod rtnl;
pub mod rule;
pub mod sr;
pub mod stats;
mod stream;
mod subcmd;
mod tcpmetrics;
mod token;
pub mod tunnel;
mod tuntap;
mod usage;
pub mod vrf;
pub mod xfrm;

use crate::cli::{self, matches, num, Args};
use crate::error::{Error, Result};
use crate::netlink::rtnl::{
    AF_BRIDGE, AF_INET, AF_INET6, AF_MPLS, AF_PACKET, RTNL_FAMILY_IP6MR, RTNL_FAMILY_IPMR,
};
use opts::{ColorMode, Opts};

pub const VERSION: &str = "ip utility, iproute2-6.1.0, libbpf 1.1.2";

pub fn usage() -> Error {
    Error::ip_usage_text(usage::IP)
}

type ObjFn = fn(&mut Args, &Opts) -> Result<()>;

/// The objects in iproute2's table order (first prefix match wins).
const OBJECTS: &[(&str, Option<ObjFn>)] = &[
    ("address", Some(addr::run)),
    ("addrlabel", Some(addrlabel::run)),
    ("maddress", Some(maddr::run)),
    ("route", Some(route::run)),
    ("rule", Some(rule::run)),
    ("neighbor", Some(neigh::run)),
    ("neighbour", Some(neigh::run)),
    ("ntable", Some(ntable::run)),
    ("ntbl", Some(ntable::run)),
    ("link", Some(link::run)),
    ("l2tp", Some(genl_objects::l2tp)),
    ("fou", Some(genl_objects::fou)),
    ("ila", Some(genl_objects::ila)),
    ("macsec", Some(genl_objects::macsec)),
    ("tunnel", Some(tunnel::run)),
    ("tunl", Some(tunnel::run)),
    ("tuntap", Some(tuntap::run)),
    ("tap", Some(tuntap::run)),
    ("token", Some(token::run)),
    ("tcpmetrics", Some(tcpmetrics::run)),
    ("tcp_metrics", Some(tcpmetrics::run)),
    ("monitor", Some(monitor)),
    ("xfrm", Some(xfrm::run)),
    ("mroute", Some(mroute::run)),
    ("mrule", Some(mrule)),
    ("netns", Some(netns::run)),
    ("netconf", Some(netconf::run)),
    ("vrf", Some(vrf::run)),
    ("sr", Some(sr::run)),
    ("nexthop", Some(nexthop::run)),
    ("mptcp", Some(mptcp::run)),
    ("ioam", Some(ioam::run)),
    ("help", Some(help)),
    ("stats", Some(stats::run)),
];

/// The printers of the objects whose events `ip monitor` prints (it imports no object).
const PRINTERS: event::Printers = event::Printers {
    addr: addr::event,
    route: route::event,
    neigh: neigh::event,
    netconf: netconf::event,
    nsid: netns::event,
    rule: Some(rule::event),
    nexthop: Some(nexthop::event),
    mroute: mroute::event,
};

fn monitor(args: &mut Args, opts: &Opts) -> Result<()> {
    monitor::run(args, opts, &PRINTERS)
}

/// `ip mrule`: `ip rule` for the multicast routing tables' rules (RTNL_FAMILY_IPMR, or
/// RTNL_FAMILY_IP6MR with `-6`).
fn mrule(args: &mut Args, opts: &Opts) -> Result<()> {
    let family = match opts.family {
        0 | AF_INET => RTNL_FAMILY_IPMR,
        AF_INET6 => RTNL_FAMILY_IP6MR,
        f => {
            return Err(Error::ip_usage(format_args!(
                "Multicast rules are only supported for IPv4/IPv6, was: {f}"
            )))
        }
    };
    let mut o = opts.clone();
    o.family = family;
    rule::run(args, &o)
}

fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(usage())
}

/// The objects ipkit implements, in the table's order (for completion).
pub fn object_names() -> impl Iterator<Item = &'static str> {
    OBJECTS.iter().filter(|(_, f)| f.is_some()).map(|(n, _)| *n)
}

/// Run one command line (object + arguments) — also used by `-batch`.
pub fn do_cmd(args: &mut Args, opts: &Opts) -> Result<()> {
    rtnames::set_numeric(opts.numeric);
    rtnames::set_resolve(opts.resolve);
    let obj = args.next().unwrap_or("").to_string();
    for (name, f) in OBJECTS {
        if matches(&obj, name) {
            return match f {
                Some(f) => f(args, opts),
                None => Err(Error::ip_fail(format_args!(
                    "ipkit: \"ip {name}\" is not implemented yet"
                ))),
            };
        }
    }
    Err(Error::ip_fail(format_args!(
        "Object \"{obj}\" is unknown, try \"ip help\"."
    )))
}

fn read_family(name: &str) -> Option<u8> {
    Some(match name {
        "inet" => AF_INET,
        "inet6" => AF_INET6,
        "link" => AF_PACKET,
        "mpls" => AF_MPLS,
        "bridge" => AF_BRIDGE,
        _ => return None,
    })
}

/// `-c`, `-color`, `-c=always`, `-color=never`, ...
fn color_option(opt: &str) -> Option<ColorMode> {
    let (name, value) = match opt.split_once('=') {
        Some((n, v)) => (n, Some(v)),
        None => (opt, None),
    };
    if !matches(name, "-color") {
        return None;
    }
    match value {
        None | Some("") | Some("always") => Some(ColorMode::Always),
        Some("auto") => Some(ColorMode::Auto),
        Some("never") => Some(ColorMode::Never),
        Some(_) => None,
    }
}

/// The `ip` applet: global options (first match in iproute2's order), then the object.
pub fn main(mut args: Args) -> Result<()> {
    let mut o = Opts::default();
    let mut batch_file: Option<String> = None;
    while let Some(word) = args.peek() {
        if word == "--" {
            args.next();
            break;
        }
        if !word.starts_with('-') {
            break;
        }
        let word = word.to_string();
        let opt = if word.starts_with("--") {
            &word[1..]
        } else {
            &word[..]
        };
        let has_value = args.len() > 1;
        if matches(opt, "-loops") {
            if !has_value {
                return Err(usage());
            }
            args.next();
            let v = args.next().unwrap_or("");
            o.loops = Some(num::atoi(v));
            continue;
        } else if matches(opt, "-family") {
            if !has_value {
                return Err(usage());
            }
            args.next();
            let v = args.next().unwrap_or("");
            if v == "help" {
                return Err(usage());
            }
            o.family = read_family(v).ok_or_else(|| cli::invarg("invalid protocol family", v))?;
            continue;
        } else if opt == "-4" {
            o.family = AF_INET;
        } else if opt == "-6" {
            o.family = AF_INET6;
        } else if opt == "-0" {
            o.family = AF_PACKET;
        } else if opt == "-M" {
            o.family = AF_MPLS;
        } else if opt == "-B" {
            o.family = AF_BRIDGE;
        } else if matches(opt, "-human") || matches(opt, "-human-readable") {
            o.human += 1;
        } else if matches(opt, "-iec") {
            o.iec = true;
        } else if matches(opt, "-stats") || matches(opt, "-statistics") {
            o.stats += 1;
        } else if matches(opt, "-details") {
            o.details += 1;
        } else if matches(opt, "-resolve") {
            o.resolve = true;
        } else if matches(opt, "-oneline") {
            o.oneline = true;
        } else if matches(opt, "-timestamp") {
            o.timestamp += 1;
        } else if matches(opt, "-tshort") {
            o.timestamp += 2;
            o.tshort = true;
        } else if matches(opt, "-Version") {
            println!("{VERSION}");
            return Ok(());
        } else if matches(opt, "-force") {
            o.force = true;
        } else if matches(opt, "-batch") {
            if !has_value {
                return Err(usage());
            }
            args.next();
            batch_file = args.next().map(str::to_string);
            crate::hints::seen_batch();
            continue;
        } else if matches(opt, "-brief") {
            o.brief = true;
        } else if matches(opt, "-json") {
            o.json = true;
        } else if matches(opt, "-pretty") {
            o.pretty = true;
        } else if matches(opt, "-rcvbuf") {
            if !has_value {
                return Err(usage());
            }
            args.next();
            let v = args.next().unwrap_or("").to_string();
            o.rcvbuf = num::get_u32(&v)
                .ok_or_else(|| Error::ip_usage(format_args!("Invalid rcvbuf size '{v}'")))?;
            continue;
        } else if let Some(c) = color_option(opt) {
            o.color = c;
            crate::hints::seen_color(match c {
                ColorMode::Never => false,
                ColorMode::Always => true,
                ColorMode::Auto => nix::unistd::isatty(std::io::stderr()).unwrap_or(false),
            });
        } else if matches(opt, "-help") {
            return Err(usage());
        } else if matches(opt, "-netns") {
            args.next();
            let name = args.next().unwrap_or("(null)").to_string();
            crate::hints::seen_netns(&name);
            nsfile::switch(&name)?;
            continue;
        } else if matches(opt, "-Numeric") {
            o.numeric = true;
        } else if matches(opt, "-all") {
            o.all = true;
        } else if opt == "-echo" {
            o.echo = true;
        } else {
            return Err(Error::ip_usage(format_args!(
                "Option \"{opt}\" is unknown, try \"ip -help\"."
            )));
        }
        args.next();
    }
    if o.pretty && !o.json {
        o.pretty = false;
    }
    if let Some(file) = batch_file {
        return batch::run(&file, &o, do_cmd);
    }
    if args.is_empty() {
        return Err(usage());
    }
    crate::hints::seen_rest(args.len());
    do_cmd(&mut args, &o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_prefixes_follow_table_order() {
        let first = |p: &str| OBJECTS.iter().find(|(n, _)| matches(p, n)).map(|(n, _)| *n);
        assert_eq!(first("a"), Some("address"));
        assert_eq!(first("r"), Some("route"));
        assert_eq!(first("ru"), Some("rule"));
        assert_eq!(first("n"), Some("neighbor"));
        assert_eq!(first("l"), Some("link"));
        assert_eq!(first("net"), Some("netns"));
        assert_eq!(first("t"), Some("tunnel"));
        assert_eq!(first("i"), Some("ila"));
        assert_eq!(first("ma"), Some("maddress"));
        assert_eq!(first("x"), Some("xfrm"));
        assert_eq!(first(""), None);
        assert_eq!(first("amt"), None);
    }

    #[test]
    fn color_option_forms() {
        assert_eq!(color_option("-c"), Some(ColorMode::Always));
        assert_eq!(color_option("-color=never"), Some(ColorMode::Never));
        assert_eq!(color_option("-c=auto"), Some(ColorMode::Auto));
        assert_eq!(color_option("-c=bogus"), None);
        assert_eq!(color_option("-cx"), None);
    }

    #[test]
    fn unknown_object_text() {
        let e = do_cmd(&mut Args::from_strs(&["bogus"]), &Opts::default()).unwrap_err();
        assert_eq!(e.text, "Object \"bogus\" is unknown, try \"ip help\".\n");
        assert_eq!(e.code, 1);
    }
}
