//! `ip maddress`: the multicast addresses of the devices (show: /proc/net/dev_mcast, igmp and
//! igmp6, as the reference reads them) and static link-layer ones (add/del: an ioctl).

use super::opts::Opts;
use super::{lladdr, usage};
use crate::cli::{duparg, duparg2, matches, Args};
use crate::error::{io_text, Error, Result};
use crate::netlink::rtnl::{AF_INET, AF_INET6, AF_PACKET};
use crate::output::{IpText, Printer, Show};
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show(args, opts);
    };
    let c = cmd.as_str();
    if matches(c, "add") {
        return modify(args, true);
    }
    if matches(c, "delete") {
        return modify(args, false);
    }
    if matches(c, "list") || matches(c, "show") || matches(c, "lst") {
        return show(args, opts);
    }
    if matches(c, "help") {
        return Err(Error::ip_usage_text(usage::MADDR));
    }
    Err(Error::ip_usage(format_args!(
        "Command \"{c}\" is unknown, try \"ip maddr help\"."
    )))
}

/// `add|del [address] LLADDR dev NAME`: the device and the address bytes (6 of them;
/// none given is all zeros).
pub fn parse(args: &mut Args) -> Result<(String, Vec<u8>)> {
    let (mut dev, mut addr): (Option<String>, Option<Vec<u8>>) = (None, None);
    while let Some(w) = args.next().map(str::to_string) {
        if w == "dev" {
            let v = args.value()?;
            if dev.is_some() {
                return Err(duparg("dev", v));
            }
            dev = Some(v.to_string());
        } else {
            let v = if matches(&w, "address") {
                args.value()?.to_string()
            } else {
                w
            };
            if addr.is_some() {
                return Err(duparg("address", &v));
            }
            let b = lladdr::get(&v)?;
            if b.len() != 6 {
                return Err(Error::ip_fail(format_args!(
                    "Error: Invalid address length {} - must be 6 bytes",
                    b.len()
                )));
            }
            addr = Some(b);
        }
    }
    let Some(dev) = dev else {
        return Err(Error::ip_usage(
            "Not enough information: \"dev\" is required.",
        ));
    };
    Ok((dev, addr.unwrap_or_else(|| vec![0; 6])))
}

fn modify(args: &mut Args, add: bool) -> Result<()> {
    let (dev, addr) = parse(args)?;
    crate::sys::multi::change(&dev, &addr, add)
        .map_err(|e| Error::ip_fail(format_args!("ioctl: {}", io_text(&e))))
}

/// What an entry is: a link-layer address, an IPv4 or an IPv6 group.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Link,
    Inet,
    Inet6,
}

/// One multicast address of a device.
#[derive(Debug)]
struct Entry {
    index: u32,
    name: String,
    kind: Kind,
    addr: Vec<u8>,
    users: u32,
    static_: bool,
}

/// Hex digits into bytes (None on anything else).
fn hex_bytes(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok())
        .collect()
}

/// /proc/net/dev_mcast: `index name users static address`.
fn read_link(text: &str) -> Vec<Entry> {
    text.lines()
        .filter_map(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            let [index, name, users, st, addr] = w[..] else {
                return None;
            };
            Some(Entry {
                index: index.parse().ok()?,
                name: name.to_string(),
                kind: Kind::Link,
                addr: hex_bytes(addr)?,
                users: users.parse().ok()?,
                static_: st.parse::<u32>().ok()? > 0,
            })
        })
        .collect()
}

/// /proc/net/igmp: a device line (`index name : count querier`), then its groups
/// (`group users timer reporter`, the group a host-order hex number).
fn read_igmp(text: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut dev: Option<(u32, String)> = None;
    for l in text.lines().skip(1) {
        if l.starts_with('\t') {
            let w: Vec<&str> = l.split_whitespace().collect();
            let (Some((index, name)), Some(g), Some(users)) = (&dev, w.first(), w.get(1)) else {
                continue;
            };
            let (Ok(g), Ok(users)) = (u32::from_str_radix(g, 16), users.parse()) else {
                continue;
            };
            out.push(Entry {
                index: *index,
                name: name.clone(),
                kind: Kind::Inet,
                addr: g.to_ne_bytes().to_vec(),
                users,
                static_: false,
            });
        } else {
            let head = l.split(':').next().unwrap_or("");
            let mut w = head.split_whitespace();
            dev = match (w.next().and_then(|i| i.parse().ok()), w.next()) {
                (Some(i), Some(n)) => Some((i, n.to_string())),
                _ => None,
            };
        }
    }
    out
}

/// /proc/net/igmp6: `index name group users flags timer`.
fn read_igmp6(text: &str) -> Vec<Entry> {
    text.lines()
        .filter_map(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            let [index, name, addr, users, ..] = w[..] else {
                return None;
            };
            Some(Entry {
                index: index.parse().ok()?,
                name: name.to_string(),
                kind: Kind::Inet6,
                addr: hex_bytes(addr).filter(|a| a.len() == 16)?,
                users: users.parse().ok()?,
                static_: false,
            })
        })
        .collect()
}

/// `show [dev] NAME`: the device's name, if one is named.
fn show_dev(args: &mut Args) -> Result<Option<String>> {
    let mut dev: Option<String> = None;
    while let Some(w) = args.next().map(str::to_string) {
        let v = if w == "dev" {
            args.value()?.to_string()
        } else {
            w
        };
        if dev.is_some() {
            return Err(duparg2("dev", &v));
        }
        dev = Some(v);
    }
    Ok(dev)
}

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let dev = show_dev(args)?;
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let mut all = Vec::new();
    let f = opts.family;
    if f == 0 || f == AF_PACKET {
        all.extend(read_link(&read("/proc/net/dev_mcast")));
    }
    if f == 0 || f == AF_INET {
        all.extend(read_igmp(&read("/proc/net/igmp")));
    }
    if f == 0 || f == AF_INET6 {
        all.extend(read_igmp6(&read("/proc/net/igmp6")));
    }
    let mut p = opts.printer();
    p.begin();
    print(&mut p, all, dev.as_deref(), opts.oneline);
    Ok(p.end()?)
}

/// The entries of the selected device (all of them without one), by device index, each
/// device's in the files' order: link, inet, inet6; under `-o` each entry is a device of
/// its own (a line, a JSON object).
fn print<W: Write>(p: &mut Printer<W>, mut all: Vec<Entry>, dev: Option<&str>, oneline: bool) {
    all.retain(|e| dev.is_none_or(|d| d == e.name));
    all.sort_by_key(|e| e.index);
    let mut current = None;
    for e in &all {
        if oneline || current != Some(e.index) {
            if current.is_some() {
                p.close_array(Show::Json, "");
                p.close_object();
            }
            current = Some(e.index);
            p.open_object(None);
            p.json("ifindex", &e.index);
            p.json("ifname", e.name.as_str());
            let end = if oneline { "\\" } else { "\n" };
            p.fp(format_args!("{}:\t{}{end}", e.index, e.name));
            p.open_list(Show::Json, "maddr", "");
        }
        p.open_object(None);
        match e.kind {
            Kind::Link => {
                let mac = lladdr::Mac(&e.addr).to_string();
                p.value(
                    Show::Any,
                    Some("link"),
                    format_args!("\tlink  {mac}"),
                    mac.as_str(),
                );
            }
            Kind::Inet | Kind::Inet6 => {
                let (family, word, ip) = match (e.kind, <[u8; 16]>::try_from(&e.addr[..])) {
                    (Kind::Inet6, Ok(a)) => ("inet6", "inet6 ", IpAddr::V6(Ipv6Addr::from(a))),
                    _ => {
                        let b: [u8; 4] = e
                            .addr
                            .get(..4)
                            .and_then(|b| b.try_into().ok())
                            .unwrap_or([0; 4]);
                        ("inet", "inet  ", IpAddr::V4(Ipv4Addr::from(b)))
                    }
                };
                let t = IpText::new(ip);
                p.json("family", family);
                p.value(
                    Show::Any,
                    Some("address"),
                    format_args!("\t{word}{}", t.as_str()),
                    t.as_str(),
                );
            }
        }
        if e.users > 1 {
            p.value(
                Show::Any,
                Some("users"),
                format_args!(" users {}", e.users),
                &e.users,
            );
        }
        if e.static_ {
            p.value(
                Show::Any,
                Some("features"),
                format_args!(" static"),
                "static",
            );
        }
        p.fp_str("\n");
        p.close_object();
    }
    if current.is_some() {
        p.close_array(Show::Json, "");
        p.close_object();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Style;

    const DEV_MCAST: &str = "\
2    v0              1     0     333300000001
2    v0              4     1     01005e010203
3    v1              1     0     333300000001
";
    const IGMP: &str = "\
Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter
1\tlo        :     1      V3
\t\t\t\t010000E0     1 0:00000000\t\t0
2\tv0        :     2      V3
\t\t\t\t030201EF     3 0:00000000\t\t0
\t\t\t\t010000E0     1 0:00000000\t\t0
";
    const IGMP6: &str = "\
1    lo              ff020000000000000000000000000001     1 0000000C 0
2    v0              ff050000000000000000000000010003     2 00000004 0
";

    fn text(dev: Option<&str>, json: bool) -> String {
        let mut all = read_link(DEV_MCAST);
        all.extend(read_igmp(IGMP));
        all.extend(read_igmp6(IGMP6));
        let style = Style {
            json,
            pretty: false,
            oneline: false,
            color: false,
        };
        let mut p = Printer::new(Vec::new(), style);
        p.begin();
        print(&mut p, all, dev, false);
        p.end().unwrap();
        String::from_utf8(p.into_inner()).unwrap()
    }

    /// What the reference printed for these files (recorded in a sandbox).
    #[test]
    fn prints_as_the_reference() {
        assert_eq!(
            text(None, false),
            "1:\tlo\n\tinet  224.0.0.1\n\tinet6 ff02::1\n\
             2:\tv0\n\tlink  33:33:00:00:00:01\n\tlink  01:00:5e:01:02:03 users 4 static\n\
             \tinet  239.1.2.3 users 3\n\tinet  224.0.0.1\n\tinet6 ff05::1:3 users 2\n\
             3:\tv1\n\tlink  33:33:00:00:00:01\n"
        );
        assert_eq!(
            text(Some("v1"), true),
            "[{\"ifindex\":3,\"ifname\":\"v1\",\"maddr\":[{\"link\":\"33:33:00:00:00:01\"}]}]\n"
        );
        assert_eq!(
            text(Some("v0"), true),
            "[{\"ifindex\":2,\"ifname\":\"v0\",\"maddr\":[{\"link\":\"33:33:00:00:00:01\"},\
             {\"link\":\"01:00:5e:01:02:03\",\"users\":4,\"features\":\"static\"},\
             {\"family\":\"inet\",\"address\":\"239.1.2.3\",\"users\":3},\
             {\"family\":\"inet\",\"address\":\"224.0.0.1\"},\
             {\"family\":\"inet6\",\"address\":\"ff05::1:3\",\"users\":2}]}]\n"
        );
        assert_eq!(text(Some("nope"), false), "");
    }

    #[test]
    fn add_and_del_words() {
        let p = |s: &str| parse(&mut Args::from_strs(&s.split(' ').collect::<Vec<_>>()));
        assert_eq!(
            p("01:00:5e:01:02:03 dev v0").unwrap(),
            ("v0".to_string(), vec![1, 0, 0x5e, 1, 2, 3])
        );
        assert_eq!(p("dev v0").unwrap().1, vec![0; 6]);
        let e = |s: &str| p(s).unwrap_err().text;
        assert_eq!(
            e("01:00:5e:01:02:06"),
            "Not enough information: \"dev\" is required.\n"
        );
        assert_eq!(
            e("bogus dev v0"),
            "Error: Invalid address length 1 - must be 6 bytes\n"
        );
        assert_eq!(
            e("224.0.0.5 dev v0"),
            "Error: Invalid address length 4 - must be 6 bytes\n"
        );
        assert_eq!(
            e("to 01:00:5e:01:02:03 dev v0"),
            "\"to\" is invalid lladdr.\n"
        );
        assert_eq!(
            e("01:00:5e:01:02:07 dev v0 dev v1"),
            "Error: duplicate \"dev\": \"v1\" is the second value.\n"
        );
        assert_eq!(
            e("01:00:5e:01:02:09 01:00:5e:01:02:0a dev v0"),
            "Error: duplicate \"address\": \"01:00:5e:01:02:0a\" is the second value.\n"
        );
    }
}
