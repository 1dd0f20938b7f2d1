//! `ip link show`: one RTM_GETLINK dump (or one GETLINK for `dev NAME`), printed as it
//! streams in. Attributes are read straight from the message bytes (no per-link allocation).

use super::names::{self, IFF_POINTOPOINT, IFF_RUNNING, IFF_UP};
use crate::cli::{self, Args};
use crate::error::{Error, Result};
pub use crate::ip::open_socket;
use crate::ip::{dev, Opts, Out};
use crate::netlink::{attrs, Fail, Msg, Socket};
use crate::output::{pr, Color, Show};
use netlink_packet_route::link::{InfoKind, LinkAttribute, LinkExtentMask, LinkInfo, LinkMessage};
use netlink_packet_route::RouteNetlinkMessage;
use std::collections::{HashMap, VecDeque};

pub const RTM_NEWLINK: u16 = 16;

pub const IFLA_ADDRESS: u16 = 1;
pub const IFLA_BROADCAST: u16 = 2;
pub const IFLA_IFNAME: u16 = 3;
pub const IFLA_MTU: u16 = 4;
pub const IFLA_LINK: u16 = 5;
pub const IFLA_QDISC: u16 = 6;
pub const IFLA_MASTER: u16 = 10;
pub const IFLA_TXQLEN: u16 = 13;
pub const IFLA_OPERSTATE: u16 = 16;
pub const IFLA_LINKMODE: u16 = 17;
pub const IFLA_LINKINFO: u16 = 18;
pub const IFLA_IFALIAS: u16 = 20;
pub const IFLA_STATS64: u16 = 23;
pub const IFLA_GROUP: u16 = 27;
pub const IFLA_LINK_NETNSID: u16 = 37;
pub const IFLA_PROTO_DOWN: u16 = 39;
pub const IFLA_PERM_ADDRESS: u16 = 54;
pub const IFLA_PROP_LIST: u16 = 52;
pub const IFLA_ALT_IFNAME: u16 = 53;
const IFLA_INFO_KIND: u16 = 1;
const IFLA_INFO_SLAVE_KIND: u16 = 4;
const MAX_ATTR: usize = 64;

/// One link message, as slices into the received bytes.
pub struct Link<'a> {
    pub index: u32,
    pub ltype: u16,
    pub flags: u32,
    attr: [Option<&'a [u8]>; MAX_ATTR],
}

impl<'a> Link<'a> {
    /// Read an RTM_NEWLINK payload (struct ifinfomsg + attributes).
    pub fn parse(payload: &'a [u8]) -> Option<Link<'a>> {
        let h = payload.get(..16)?;
        let mut attr = [None; MAX_ATTR];
        for (k, v) in attrs(&payload[16..]) {
            if let Some(slot) = attr.get_mut(k as usize) {
                *slot = Some(v);
            }
        }
        Some(Link {
            ltype: u16::from_ne_bytes([h[2], h[3]]),
            index: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
            flags: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
            attr,
        })
    }

    pub fn get(&self, kind: u16) -> Option<&'a [u8]> {
        self.attr.get(kind as usize).copied().flatten()
    }

    pub fn u32(&self, kind: u16) -> Option<u32> {
        let v = self.get(kind)?;
        Some(u32::from_ne_bytes(v.get(..4)?.try_into().ok()?))
    }

    pub fn u8(&self, kind: u16) -> Option<u8> {
        self.get(kind)?.first().copied()
    }

    pub fn str(&self, kind: u16) -> Option<&'a str> {
        self.get(kind).map(cstr)
    }

    pub fn name(&self) -> &'a str {
        self.str(IFLA_IFNAME).unwrap_or("")
    }

    /// IFLA_INFO_KIND / IFLA_INFO_SLAVE_KIND from IFLA_LINKINFO.
    pub fn kind(&self, slave: bool) -> Option<&'a str> {
        let want = if slave {
            IFLA_INFO_SLAVE_KIND
        } else {
            IFLA_INFO_KIND
        };
        attrs(self.get(IFLA_LINKINFO)?)
            .find(|&(k, _)| k == want)
            .map(|(_, v)| cstr(v))
    }
}

/// A NUL-terminated attribute string.
pub fn cstr(v: &[u8]) -> &str {
    let end = v.iter().position(|&c| c == 0).unwrap_or(v.len());
    std::str::from_utf8(&v[..end]).unwrap_or("")
}

/// `aa:bb:cc:…` for a link-layer address.
pub struct Mac<'a>(pub &'a [u8]);

impl std::fmt::Display for Mac<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

/// What printing needs besides the message: names of other interfaces and of namespaces.
#[derive(Default)]
pub struct Names {
    /// index -> (name, flags), like iproute2's ll_map
    ifs: HashMap<u32, (String, u32)>,
    netns: Option<Vec<(i32, String)>>,
    sock: Option<Socket>,
}

impl Names {
    pub fn remember(&mut self, l: &Link) {
        self.ifs
            .entry(l.index)
            .or_insert_with(|| (l.name().to_string(), l.flags));
    }

    /// Name and flags of interface `index`, asking the kernel (on a second socket, since
    /// a dump may be in progress on the first) when it has not been seen yet.
    fn lookup(&mut self, index: u32) -> Option<&(String, u32)> {
        if !self.ifs.contains_key(&index) {
            if self.sock.is_none() {
                self.sock = Socket::route().ok();
            }
            let sock = self.sock.as_mut()?;
            let mut m = LinkMessage::default();
            m.header.index = index;
            m.attributes
                .push(LinkAttribute::ExtMask(vec![LinkExtentMask::SkipStats]));
            let mut found = None;
            let _ = sock.talk(RouteNetlinkMessage::GetLink(m), 0, &mut |msg| {
                if let Some(l) = Link::parse(msg.payload).filter(|_| msg.kind == RTM_NEWLINK) {
                    found = Some((l.name().to_string(), l.flags));
                }
                Ok(())
            });
            self.ifs.insert(index, found?);
        }
        self.ifs.get(&index)
    }

    /// Whether the interfaces `l` names (its lower device and master) are known already.
    pub fn knows_refs(&self, l: &Link) -> bool {
        let lower = match l.u32(IFLA_LINK) {
            Some(i) if i != 0 && l.get(IFLA_LINK_NETNSID).is_none() => Some(i),
            _ => None,
        };
        [lower, l.u32(IFLA_MASTER)]
            .into_iter()
            .flatten()
            .all(|i| self.ifs.contains_key(&i))
    }

    /// The name of interface `index`.
    pub fn ifname(&mut self, index: u32) -> String {
        match self.lookup(index) {
            Some((n, _)) => n.clone(),
            None => format!("if{index}"),
        }
    }

    /// Interface flags of `index`, if it exists here.
    pub fn flags(&mut self, index: u32) -> Option<u32> {
        self.lookup(index).map(|&(_, f)| f)
    }

    /// The /run/netns name the current namespace numbers `nsid`.
    pub fn netns(&mut self, nsid: i32) -> Option<String> {
        let list = self.netns.get_or_insert_with(crate::ip::netns::nsid_names);
        list.iter()
            .find(|(i, _)| *i == nsid)
            .map(|(_, n)| n.clone())
    }
}

/// Filters of `ip link show` / `ip addr show`.
#[derive(Default)]
pub struct Filter {
    pub dev: Option<String>,
    pub up: bool,
    pub master: Option<u32>,
    pub nomaster: bool,
    pub kind: Option<String>,
    pub group: Option<u32>,
}

impl Filter {
    /// The dump request these selectors make (the kernel filters on master and kind).
    pub fn query(&self, opts: &Opts) -> Query<'_> {
        Query {
            dev: self.dev.as_deref(),
            stats: opts.stats > 0,
            family: 0,
            master: self.master,
            kind: self.kind.as_deref(),
        }
    }

    /// The selectors the reference applies after opening the JSON object (it prints `{}`).
    pub fn accepts_late(&self, l: &Link) -> bool {
        if let Some(k) = self.kind.as_deref().filter(|k| !k.ends_with("_slave")) {
            if l.kind(false) != Some(k) {
                return false;
            }
        }
        if self.up && l.flags & IFF_UP == 0 {
            return false;
        }
        if let Some(base) = self.kind.as_deref().and_then(|k| k.strip_suffix("_slave")) {
            if l.kind(true) != Some(base) {
                return false;
            }
        }
        if let Some(g) = self.group {
            if l.u32(IFLA_GROUP).unwrap_or(0) != g {
                return false;
            }
        }
        true
    }

    /// The selectors the kernel applies to the dump (master, type).
    pub fn accepts(&self, l: &Link) -> bool {
        if let Some(m) = self.master {
            if l.u32(IFLA_MASTER) != Some(m) {
                return false;
            }
        }
        if self.nomaster && l.u32(IFLA_MASTER).is_some() {
            return false;
        }
        true
    }

    /// Parse one selector word; returns false when `w` is not a selector keyword.
    pub fn parse_word(&mut self, w: &str, args: &mut Args) -> Result<bool> {
        match w {
            "up" => self.up = true,
            "nomaster" => self.nomaster = true,
            "master" => {
                let m = args.value()?.to_string();
                let i = dev::index(&m).ok_or_else(|| cli::invarg("Device does not exist\n", &m))?;
                self.master = Some(i);
            }
            "vrf" => {
                let m = args.value()?.to_string();
                let i = dev::index(&m).ok_or_else(|| cli::invarg("Not a valid VRF name\n", &m))?;
                self.master = Some(i);
            }
            "type" => self.kind = Some(args.value()?.to_string()),
            "group" => {
                let g = args.value()?.to_string();
                let v = group_id(&g).ok_or_else(|| cli::invarg("Invalid \"group\" value\n", &g))?;
                self.group = Some(v);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `[dev] NAME` and the selectors, as `ip link show` takes them.
    pub fn parse(args: &mut Args) -> Result<Filter> {
        let mut f = Filter::default();
        while let Some(w) = args.next().map(str::to_string) {
            if !f.parse_word(&w, args)? {
                f.parse_dev(&w, args)?;
            }
        }
        Ok(f)
    }

    /// `dev NAME` or a bare NAME; a second one is the reference's duplicate/garbage error.
    pub fn parse_dev(&mut self, w: &str, args: &mut Args) -> Result<()> {
        let name = if w == "dev" {
            args.value()?.to_string()
        } else {
            w.to_string()
        };
        if self.dev.is_some() {
            return Err(cli::duparg2("dev", &name));
        }
        self.dev = Some(name);
        Ok(())
    }
}

fn group_id(s: &str) -> Option<u32> {
    if s == "default" {
        return Some(0);
    }
    cli::parse_u32(s)
}

/// A dump (or single GETLINK for `dev NAME`) calling `each` for every link message.
/// What a link dump asks the kernel for.
#[derive(Default, Clone, Copy)]
pub struct Query<'a> {
    /// one device (a GETLINK, not a dump)
    pub dev: Option<&'a str>,
    pub stats: bool,
    /// ifi_family of the request (`ip -6 addr` gets the kernel's inet6 view of links)
    pub family: u8,
    /// kernel-side filters of the dump
    pub master: Option<u32>,
    pub kind: Option<&'a str>,
}

pub fn for_each_link(
    sock: &mut Socket,
    q: Query,
    each: &mut dyn FnMut(Msg) -> Result<()>,
) -> Result<()> {
    let mut m = LinkMessage::default();
    m.header.interface_family = q.family.into();
    let mut mask = vec![LinkExtentMask::Vf];
    if !q.stats {
        mask.push(LinkExtentMask::SkipStats);
    }
    // the kernel's inet6 link dump takes no attributes at all
    if q.family != crate::ip::AF_INET6 {
        m.attributes.push(LinkAttribute::ExtMask(mask));
    }
    if q.dev.is_none() {
        if let Some(i) = q.master {
            m.attributes.push(LinkAttribute::Controller(i));
        }
        if let Some(k) = q.kind.filter(|k| !k.ends_with("_slave")) {
            m.attributes
                .push(LinkAttribute::LinkInfo(vec![LinkInfo::Kind(
                    InfoKind::from(k),
                )]));
        }
    }
    match q.dev {
        Some(name) => {
            m.attributes.push(LinkAttribute::IfName(name.to_string()));
            sock.talk(RouteNetlinkMessage::GetLink(m), 0, each)
                .map_err(|f| match f {
                    Fail::App(e) => e,
                    _ => Error::msg(1, format_args!("Device \"{name}\" does not exist.")),
                })
        }
        None => sock
            .dump(RouteNetlinkMessage::GetLink(m), each)
            .map_err(|f| match f {
                Fail::App(e) => e,
                f => {
                    eprint!("{}", f.rtnl().text);
                    Error::msg(1, "Dump terminated")
                }
            }),
    }
}

/// Stream the links to `print`, in dump order, each once the interfaces it names
/// (IFLA_LINK, IFLA_MASTER) have been seen: like the reference, which reads the whole
/// dump first, but holding back only the few messages that point forward in it.
pub fn stream_links(
    sock: &mut Socket,
    q: Query,
    names: &mut Names,
    print: &mut dyn FnMut(&Link, &mut Names) -> Result<()>,
) -> Result<()> {
    type Print<'a> = dyn FnMut(&Link, &mut Names) -> Result<()> + 'a;
    fn drain(
        held: &mut VecDeque<Vec<u8>>,
        names: &mut Names,
        all: bool,
        print: &mut Print,
    ) -> Result<()> {
        while let Some(front) = held.front() {
            match Link::parse(front) {
                Some(l) if all || names.knows_refs(&l) => print(&l, names)?,
                Some(_) => break,
                None => {}
            }
            held.pop_front();
        }
        Ok(())
    }
    let mut held: VecDeque<Vec<u8>> = VecDeque::new();
    let r = for_each_link(sock, q, &mut |m| {
        if m.kind != RTM_NEWLINK {
            return Ok(());
        }
        let Some(l) = Link::parse(m.payload) else {
            return Ok(());
        };
        names.remember(&l);
        if held.is_empty() && names.knows_refs(&l) {
            return print(&l, names);
        }
        held.push_back(m.payload.to_vec());
        drain(&mut held, names, false, print)
    });
    let rest = drain(&mut held, names, true, print);
    r.and(rest)
}

pub fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let filter = Filter::parse(args)?;
    let mut sock = open_socket()?;
    let mut names = Names::default();
    // a missing device is reported before anything is printed (no `[]` either)
    if let Some(d) = &filter.dev {
        if dev::index(d).is_none() {
            return Err(Error::msg(
                1,
                format_args!("Device \"{d}\" does not exist."),
            ));
        }
    }
    let mut p = crate::ip::printer(opts);
    p.begin();
    let r = stream_links(
        &mut sock,
        filter.query(opts),
        &mut names,
        &mut |l, names| {
            if !filter.accepts(l) {
                return Ok(());
            }
            p.open_object(None);
            if !filter.accepts_late(l) {
                p.close_object();
                return Ok(());
            }
            if opts.brief {
                print_brief(&mut p, l, names);
            } else {
                print_link(&mut p, l, opts, names, false);
            }
            p.fp_str("\n");
            p.close_object();
            Ok(())
        },
    );
    p.end()?;
    r
}

/// `ifname@link` in JSON order (`link`/`link_index` before `ifname`), plain `name@link`.
fn print_name(p: &mut Out, l: &Link, names: &mut Names, brief: bool) {
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
            let n = names.ifname(i);
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

fn print_flags(p: &mut Out, l: &Link, names: &mut Names, trailer: &str) {
    p.open_list(Show::Any, "flags", "<");
    let mut first = true;
    let mut item = |p: &mut Out, s: &str| {
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
    for &(bit, name) in names::FLAGS {
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
    Some(match names::OPERSTATES.get(s as usize) {
        Some(n) => n.to_string(),
        None => format!("state {s:#x}"),
    })
}

pub fn print_brief(p: &mut Out, l: &Link, names: &mut Names) {
    print_brief_name_state(p, l, names);
    print_address(p, l, " ");
    print_flags(p, l, names, "> ");
}

/// The first two columns of `-br`: `name@link` and the operational state.
pub fn print_brief_name_state(p: &mut Out, l: &Link, names: &mut Names) {
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
pub fn print_link(p: &mut Out, l: &Link, opts: &Opts, names: &mut Names, addr: bool) {
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
        pr!(p, Any, "master", "master {} ", n.as_str());
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
            match names::link_mode(m) {
                Some(n) => pr!(p, Any, "linkmode", "mode {} ", n),
                None => pr!(p, Any, "linkmode", "mode {} ", m),
            }
        }
    }
    if let Some(g) = l.u32(IFLA_GROUP) {
        if g == 0 {
            pr!(p, Any, "group", "group {} ", "default");
        } else {
            let g = g.to_string();
            pr!(p, Any, "group", "group {} ", g.as_str());
        }
    }
    // the kernel's inet6 view of a link has no IFLA_TXQLEN: ask the device, as the reference does
    if let Some(q) = l.u32(IFLA_TXQLEN).or_else(|| dev::txqlen(l.name())) {
        pr!(p, Any, "txqlen", "qlen {}", q);
    }
    // `ip -4 addr` (any address family filter) leaves the link-layer line out, unless -d
    if !(addr && opts.family != 0 && opts.family != crate::ip::AF_PACKET && opts.details == 0) {
        print_link_layer(p, l, names);
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
            super::details::print_addr(p, l, names, opts);
        } else {
            super::details::print(p, l, names, opts);
        }
    }
    if let Some(a) = l.str(IFLA_IFALIAS).filter(|_| !addr) {
        p.nl();
        pr!(p, Any, "ifalias", "    alias {}", a);
    }
    if opts.stats > 0 {
        if let Some(s) = l.get(IFLA_STATS64) {
            let f = super::stats::Fmt {
                human: opts.human,
                iec: opts.iec,
                lead_nl: true,
            };
            super::stats::print(p, l, s, opts.stats, &f);
        }
    }
    print_altnames(p, l);
}

fn print_link_layer(p: &mut Out, l: &Link, names: &mut Names) {
    p.nl();
    match names::link_type(l.ltype) {
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
fn print_address(p: &mut Out, l: &Link, tail: &str) {
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

fn print_altnames(p: &mut Out, l: &Link) {
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
