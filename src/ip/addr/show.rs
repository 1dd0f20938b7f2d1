//! `ip address show`: addresses are dumped first (grouped per link, kernel order kept),
//! then the link dump streams out with each link's addresses under it.

use crate::cli::{self, Args};
use crate::error::{Error, Result};
use crate::ip::link::show::{
    open_socket, print_brief_name_state, print_link, stream_links, Filter, Names, IFLA_STATS64,
};
use crate::ip::{Opts, Out, AF_INET, AF_INET6};
use crate::netlink::attrs;
use crate::output::{Color, Show};
use netlink_packet_route::address::AddressMessage;
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

const RTM_NEWADDR: u16 = 20;
const IFA_ADDRESS: u16 = 1;
const IFA_LOCAL: u16 = 2;
const IFA_LABEL: u16 = 3;
const IFA_BROADCAST: u16 = 4;
const IFA_ANYCAST: u16 = 5;
const IFA_CACHEINFO: u16 = 6;
const IFA_FLAGS: u16 = 8;
const IFA_RT_PRIORITY: u16 = 9;
const IFA_F_SECONDARY: u32 = 0x01;
const IFA_F_PERMANENT: u32 = 0x80;
const INFINITY: u32 = u32::MAX;

/// Address flags in print order: (bit, name for inet, name for inet6).
const FLAG_NAMES: &[(u32, &str, &str)] = &[
    (0x01, "secondary", "temporary"),
    (0x02, "nodad", "nodad"),
    (0x04, "optimistic", "optimistic"),
    (0x08, "dadfailed", "dadfailed"),
    (0x10, "home", "home"),
    (0x20, "deprecated", "deprecated"),
    (0x40, "tentative", "tentative"),
    (0x100, "mngtmpaddr", "mngtmpaddr"),
    (0x200, "noprefixroute", "noprefixroute"),
    (0x400, "autojoin", "autojoin"),
    (0x800, "stable-privacy", "stable-privacy"),
];

/// One address message, as slices into a stored copy.
pub struct Addr<'a> {
    pub family: u8,
    pub plen: u8,
    pub flags: u32,
    pub scope: u8,
    pub index: u32,
    attr: [Option<&'a [u8]>; 16],
}

impl<'a> Addr<'a> {
    pub fn parse(p: &'a [u8]) -> Option<Addr<'a>> {
        let h = p.get(..8)?;
        let mut attr = [None; 16];
        for (k, v) in attrs(&p[8..]) {
            if let Some(s) = attr.get_mut(k as usize) {
                *s = Some(v);
            }
        }
        let mut flags = u32::from(h[2]);
        if let Some(f) = attr[IFA_FLAGS as usize].and_then(|v| v.get(..4)) {
            flags = u32::from_ne_bytes([f[0], f[1], f[2], f[3]]);
        }
        Some(Addr {
            family: h[0],
            plen: h[1],
            flags,
            scope: h[3],
            index: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
            attr,
        })
    }

    fn ip(&self, kind: u16) -> Option<IpAddr> {
        let v = self.attr.get(kind as usize).copied().flatten()?;
        match v.len() {
            4 => Some(IpAddr::V4(Ipv4Addr::new(v[0], v[1], v[2], v[3]))),
            16 => {
                let b: [u8; 16] = v.try_into().ok()?;
                Some(IpAddr::V6(Ipv6Addr::from(b)))
            }
            _ => None,
        }
    }

    /// (local, peer): IFA_LOCAL is the local side when present, IFA_ADDRESS the peer.
    pub fn local_peer(&self) -> (Option<IpAddr>, Option<IpAddr>) {
        match (self.ip(IFA_LOCAL), self.ip(IFA_ADDRESS)) {
            (Some(l), Some(a)) if l != a => (Some(l), Some(a)),
            (Some(l), _) => (Some(l), None),
            (None, a) => (a, None),
        }
    }

    pub fn label(&self) -> Option<&'a str> {
        self.attr[IFA_LABEL as usize].map(crate::ip::link::show::cstr)
    }

    fn lifetimes(&self) -> (u32, u32) {
        match self.attr[IFA_CACHEINFO as usize].and_then(|v| v.get(..8)) {
            Some(c) => (
                u32::from_ne_bytes([c[4], c[5], c[6], c[7]]),
                u32::from_ne_bytes([c[0], c[1], c[2], c[3]]),
            ),
            None => (INFINITY, INFINITY),
        }
    }
}

pub fn scope_name(s: u8) -> String {
    match s {
        0 => "global".into(),
        200 => "site".into(),
        253 => "link".into(),
        254 => "host".into(),
        255 => "nowhere".into(),
        n => n.to_string(),
    }
}

fn scope_id(s: &str) -> Option<u8> {
    Some(match s {
        "global" | "universe" => 0,
        "site" => 200,
        "link" => 253,
        "host" => 254,
        "nowhere" => 255,
        _ => return cli::parse_u32(s).and_then(|v| u8::try_from(v).ok()),
    })
}

/// Address selectors of `ip addr show` / `flush`.
#[derive(Default)]
pub struct AddrFilter {
    pub family: u8,
    pub scope: Option<u8>,
    pub label: Option<String>,
    pub to: Option<(IpAddr, u8)>,
    pub flags_on: u32,
    pub flags_off: u32,
}

impl AddrFilter {
    /// Whether any address selector narrows the output.
    pub fn narrows(&self) -> bool {
        self.family != 0
            || self.scope.is_some()
            || self.label.is_some()
            || self.to.is_some()
            || self.flags_on != 0
            || self.flags_off != 0
    }

    pub fn accepts(&self, a: &Addr, link_name: &str) -> bool {
        self.accepts_but_to(a, link_name) && self.accepts_to(a)
    }

    /// The `to PREFIX` selector alone.
    pub fn accepts_to(&self, a: &Addr) -> bool {
        match (self.to, a.local_peer().0) {
            (None, _) => true,
            (Some((net, len)), Some(ip)) => in_prefix(ip, net, len),
            (Some(_), None) => false,
        }
    }

    /// Every selector but `to`.
    pub fn accepts_but_to(&self, a: &Addr, link_name: &str) -> bool {
        if self.family != 0 && a.family != self.family {
            return false;
        }
        if let Some(s) = self.scope {
            if a.scope != s {
                return false;
            }
        }
        if a.flags & self.flags_on != self.flags_on || a.flags & self.flags_off != 0 {
            return false;
        }
        if let Some(pat) = &self.label {
            let l = a.label().unwrap_or(link_name);
            if !glob(pat.as_bytes(), l.as_bytes()) {
                return false;
            }
        }
        true
    }
}

fn in_prefix(ip: IpAddr, net: IpAddr, len: u8) -> bool {
    let (a, b, bits): (u128, u128, u32) = match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(b)) => (u32::from(a).into(), u32::from(b).into(), 32),
        (IpAddr::V6(a), IpAddr::V6(b)) => (u128::from(a), u128::from(b), 128),
        _ => return false,
    };
    let len = u32::from(len).min(bits);
    if len == 0 {
        return true;
    }
    let shift = bits - len;
    (a >> shift) == (b >> shift)
}

/// fnmatch(3) without flags: `*`, `?`, `[...]` and plain characters.
fn glob(p: &[u8], s: &[u8]) -> bool {
    match (p.first(), s.first()) {
        (None, None) => true,
        (Some(b'*'), _) => glob(&p[1..], s) || (!s.is_empty() && glob(p, &s[1..])),
        (Some(b'?'), Some(_)) => glob(&p[1..], &s[1..]),
        (Some(b'['), Some(&c)) => match p.iter().position(|&x| x == b']') {
            Some(end) if end > 1 => {
                let set = &p[1..end];
                let (neg, set) = match set.first() {
                    Some(b'!') | Some(b'^') => (true, &set[1..]),
                    _ => (false, set),
                };
                let mut hit = false;
                let mut i = 0;
                while i < set.len() {
                    if i + 2 < set.len() && set[i + 1] == b'-' {
                        hit |= set[i] <= c && c <= set[i + 2];
                        i += 3;
                    } else {
                        hit |= set[i] == c;
                        i += 1;
                    }
                }
                hit != neg && glob(&p[end + 1..], &s[1..])
            }
            _ => c == b'[' && glob(&p[1..], &s[1..]),
        },
        (Some(&a), Some(&b)) => a == b && glob(&p[1..], &s[1..]),
        _ => false,
    }
}

/// Parse `ip addr show|flush` selectors into the link and address filters.
pub fn parse_filters(args: &mut Args, opts: &Opts) -> Result<(Filter, AddrFilter)> {
    let mut f = Filter::default();
    let mut af = AddrFilter {
        family: opts.family,
        ..AddrFilter::default()
    };
    while let Some(w) = args.next().map(str::to_string) {
        if f.parse_word(&w, args)? {
            continue;
        }
        let neg = w.strip_prefix('-');
        let flag = |name: &str| -> Option<u32> {
            Some(match name {
                "secondary" | "temporary" => 0x01,
                "nodad" => 0x02,
                "optimistic" => 0x04,
                "dadfailed" => 0x08,
                "home" => 0x10,
                "deprecated" => 0x20,
                "tentative" => 0x40,
                "permanent" => 0x80,
                "mngtmpaddr" => 0x100,
                "noprefixroute" => 0x200,
                "autojoin" => 0x400,
                _ => return None,
            })
        };
        match w.as_str() {
            "scope" => {
                let s = args.value()?.to_string();
                af.scope =
                    Some(scope_id(&s).ok_or_else(|| cli::invarg("invalid \"scope\"\n", &s))?);
            }
            "label" => af.label = Some(args.value()?.to_string()),
            "to" => {
                let s = args.value()?.to_string();
                let pfx = crate::ip::prefix::get_prefix(&s, af.family)?;
                if af.family == 0 {
                    af.family = pfx.family;
                }
                if let Some(ip) = pfx.ip() {
                    af.to = Some((ip, pfx.bitlen.min(128) as u8));
                }
            }
            "dynamic" => af.flags_off |= IFA_F_PERMANENT,
            "primary" => af.flags_off |= IFA_F_SECONDARY,
            _ => {
                if let Some(bit) = neg.and_then(flag).filter(|_| w.len() > 1) {
                    af.flags_off |= bit;
                } else if let Some(bit) = flag(&w) {
                    af.flags_on |= bit;
                } else {
                    f.parse_dev(&w, args)?;
                }
            }
        }
    }
    Ok((f, af))
}

/// All address messages of one dump, kept in one buffer and grouped by interface
/// (kernel order kept within an interface).
#[derive(Default)]
pub struct AddrTable {
    bytes: Vec<u8>,
    /// (ifindex, start, end), sorted by ifindex (stable)
    index: Vec<(u32, usize, usize)>,
}

impl AddrTable {
    /// Dump the addresses of `family` (0: all).
    pub fn dump(sock: &mut crate::netlink::Socket, family: u8) -> Result<AddrTable> {
        let mut m = AddressMessage::default();
        m.header.family = AddressFamily::from(family);
        let mut t = AddrTable::default();
        sock.dump(RouteNetlinkMessage::GetAddress(m), &mut |msg| {
            if msg.kind == RTM_NEWADDR {
                if let Some(a) = Addr::parse(msg.payload) {
                    let start = t.bytes.len();
                    t.bytes.extend_from_slice(msg.payload);
                    t.index.push((a.index, start, t.bytes.len()));
                }
            }
            Ok(())
        })
        .map_err(|f| {
            eprint!("{}", f.rtnl().text);
            Error::msg(1, "Dump terminated")
        })?;
        t.index.sort_by_key(|&(i, _, _)| i);
        Ok(t)
    }

    /// The addresses of interface `ifindex`, in kernel order.
    pub fn of(&self, ifindex: u32) -> impl Iterator<Item = Addr<'_>> {
        let first = self.index.partition_point(|&(i, _, _)| i < ifindex);
        self.index[first..]
            .iter()
            .take_while(move |&&(i, _, _)| i == ifindex)
            .filter_map(|&(_, s, e)| Addr::parse(&self.bytes[s..e]))
    }
}

pub fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let (filter, af) = parse_filters(args, opts)?;
    let mut sock = open_socket()?;
    let dev_index = match &filter.dev {
        Some(d) => Some(
            crate::ip::dev::index(d)
                .ok_or_else(|| Error::msg(1, format_args!("Device \"{d}\" does not exist.")))?,
        ),
        None => None,
    };
    // `-0` / `-f link`: the links alone, no addresses
    let link_only = af.family == crate::ip::AF_PACKET;
    let addrs = if link_only {
        AddrTable::default()
    } else {
        AddrTable::dump(&mut sock, af.family)?
    };
    let mut names = Names::default();
    let mut p = crate::ip::printer(opts);
    p.begin();
    let mut mine: Vec<Addr> = Vec::new();
    let mut query = filter.query(opts);
    if !link_only {
        query.family = opts.family;
    }
    let r = stream_links(&mut sock, query, &mut names, &mut |l, names| {
        if dev_index.is_some_and(|i| i != l.index) || !filter.accepts(l) {
            return Ok(());
        }
        // the reference selects the links by all selectors, then prints every address
        // that passes all but `to` (those that fail `to` leave an empty JSON object)
        if af.narrows() && !link_only && !addrs.of(l.index).any(|a| af.accepts(&a, l.name())) {
            return Ok(());
        }
        mine.clear();
        mine.extend(addrs.of(l.index).filter(|a| af.accepts_but_to(a, l.name())));
        if opts.oneline && !opts.brief && !p.is_json() {
            for a in mine.iter().filter(|a| af.accepts_to(a)) {
                p.fp(format_args!("{}: {}", l.index, l.name()));
                print_addr(&mut p, a);
                p.fp_str("\n");
            }
            return Ok(());
        }
        p.open_object(None);
        if !filter.accepts_late(l) {
            p.close_object();
            return Ok(());
        }
        if opts.brief {
            print_brief_name_state(&mut p, l, names);
            p.open_list(Show::Json, "addr_info", "");
            for a in mine.iter().filter(|a| af.accepts_to(a)) {
                print_brief_addr(&mut p, a);
            }
            p.close_array(Show::Json, "");
            p.fp_str("\n");
            p.close_object();
            return Ok(());
        }
        if af.label.is_none() {
            let mut o = opts.clone();
            o.stats = 0;
            o.family = af.family;
            print_link(&mut p, l, &o, names, true);
            p.fp_str("\n");
        }
        p.open_list(Show::Json, "addr_info", "");
        for a in &mine {
            p.open_object(None);
            if af.accepts_to(a) {
                print_addr(&mut p, a);
                p.fp_str("\n");
            }
            p.close_object();
        }
        p.close_array(Show::Json, "");
        if opts.stats > 0 {
            if let Some(s) = l.get(IFLA_STATS64) {
                let f = crate::ip::link::stats::Fmt {
                    human: opts.human,
                    iec: opts.iec,
                    lead_nl: false,
                };
                crate::ip::link::stats::print(&mut p, l, s, opts.stats, &f);
                p.fp_str("\n");
            }
        }
        p.close_object();
        Ok(())
    });
    p.end()?;
    r
}

fn family_name(f: u8) -> String {
    match f {
        AF_INET => "inet".into(),
        AF_INET6 => "inet6".into(),
        n => format!("family {n}"),
    }
}

pub fn print_brief_addr(p: &mut Out, a: &Addr) {
    if a.local_peer().0.is_none() {
        return;
    }
    p.open_object(None);
    print_local_peer_len(p, a);
    p.close_object();
}

/// `LOCAL[ peer PEER]/LEN ` (coloured by family), shared by the full and the brief form.
fn print_local_peer_len(p: &mut Out, a: &Addr) {
    let c = Color::for_family(a.family);
    let (local, peer) = a.local_peer();
    if let Some(l) = local {
        let s = l.to_string();
        p.color_value(Show::Any, c, Some("local"), format_args!("{s}"), s.as_str());
    }
    if let Some(pe) = peer {
        let s = pe.to_string();
        p.fp_str(" peer ");
        p.color_value(
            Show::Any,
            c,
            Some("address"),
            format_args!("{s}"),
            s.as_str(),
        );
    }
    p.value(
        Show::Any,
        Some("prefixlen"),
        format_args!("/{} ", a.plen),
        &a.plen,
    );
}

/// `    inet 10.0.0.1/24 brd … scope global FLAGS label` + the lifetimes line.
pub fn print_addr(p: &mut Out, a: &Addr) {
    let fam = family_name(a.family);
    let c = Color::for_family(a.family);
    p.value(
        Show::Any,
        Some("family"),
        format_args!("    {fam} "),
        fam.as_str(),
    );
    print_local_peer_len(p, a);
    if let Some(m) = a.attr[IFA_RT_PRIORITY as usize].and_then(|v| v.get(..4)) {
        let m = u32::from_ne_bytes([m[0], m[1], m[2], m[3]]);
        p.value(Show::Any, Some("metric"), format_args!("metric {m} "), &m);
    }
    if let Some(b) = a.ip(IFA_BROADCAST) {
        let s = b.to_string();
        p.fp_str("brd ");
        p.color_value(
            Show::Any,
            c,
            Some("broadcast"),
            format_args!("{s} "),
            s.as_str(),
        );
    }
    if let Some(b) = a.ip(IFA_ANYCAST) {
        let s = b.to_string();
        p.fp_str("any ");
        p.color_value(
            Show::Any,
            c,
            Some("anycast"),
            format_args!("{s} "),
            s.as_str(),
        );
    }
    let scope = scope_name(a.scope);
    p.value(
        Show::Any,
        Some("scope"),
        format_args!("scope {scope} "),
        scope.as_str(),
    );
    for &(bit, v4, v6) in FLAG_NAMES {
        if a.flags & bit != 0 {
            let n = if a.family == AF_INET6 { v6 } else { v4 };
            p.value(Show::Any, Some(n), format_args!("{n} "), &true);
        }
        if bit == 0x40 && a.flags & IFA_F_PERMANENT == 0 {
            p.value(Show::Any, Some("dynamic"), format_args!("dynamic "), &true);
        }
    }
    if let Some(lbl) = a.label() {
        p.value(Show::Any, Some("label"), format_args!("{lbl}"), lbl);
    }
    let (valid, pref) = a.lifetimes();
    p.nl();
    p.fp_str("       valid_lft ");
    lifetime(p, "valid_life_time", valid);
    p.fp_str(" preferred_lft ");
    lifetime(p, "preferred_life_time", pref);
}

fn lifetime(p: &mut Out, key: &str, v: u32) {
    if v == INFINITY {
        p.value(Show::Any, Some(key), format_args!("forever"), &v);
    } else {
        p.value(Show::Any, Some(key), format_args!("{v}sec"), &v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_like_fnmatch() {
        assert!(glob(b"veth0:*", b"veth0:1"));
        assert!(glob(b"veth?", b"veth1"));
        assert!(!glob(b"veth?", b"veth10"));
        assert!(glob(b"v[a-f]th", b"veth"));
        assert!(glob(b"lo", b"lo"));
        assert!(!glob(b"lo", b"lo1"));
    }

    #[test]
    fn prefixes() {
        let net = "10.9.0.0".parse().unwrap();
        assert!(in_prefix("10.9.0.7".parse().unwrap(), net, 24));
        assert!(!in_prefix("10.8.0.7".parse().unwrap(), net, 24));
        assert!(in_prefix("10.8.0.7".parse().unwrap(), net, 0));
    }
}
