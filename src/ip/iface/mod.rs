//! The interface view shared by `ip link show` and `ip address show`: the link selectors,
//! the link dump (streamed, holding back only messages that name a later interface), and
//! the printers of a link ([`print`]), its counters ([`stats`]) and its details ([`details`]).

pub mod addrflags;
pub mod addrsel;
#[cfg(test)]
mod counters_tests;
pub mod details;
pub mod print;
pub mod stats;
#[cfg(test)]
mod tests;
pub mod words;

use super::ifnames::{self, Names};
use super::opts::{Opts, Out};
use super::rtnames;
use super::rtnl;
use crate::cli::{self, Args};
use crate::error::{io_text, strerror, Error, Result};
use crate::netlink::rtnl::link::{self, Link, IFF_UP, IFLA_GROUP, IFLA_MASTER};
use crate::netlink::rtnl::RTM_NEWLINK;
use crate::netlink::{Fail, Msg, Socket};
use netlink_packet_route::link::{InfoKind, LinkAttribute, LinkExtentMask, LinkInfo, LinkMessage};
use netlink_packet_route::RouteNetlinkMessage;
use std::collections::VecDeque;

/// The kind (`IFLA_INFO_KIND`) of interface `index`, asked of the kernel on a socket of
/// its own.
pub fn kind_of(index: u32) -> Option<String> {
    let mut sock = Socket::route().ok()?;
    link::get(&mut sock, index, |l| l.kind(false).map(str::to_string))
        .ok()
        .flatten()
}

/// The index of `master NAME` in a selector, or the reference's complaint.
pub fn master_arg(name: &str) -> Result<u32> {
    ifnames::index(name).ok_or_else(|| cli::invarg("Device does not exist\n", name))
}

/// The index of `vrf NAME` in a selector (a VRF device), or the reference's complaint.
pub fn vrf_arg(name: &str) -> Result<u32> {
    ifnames::index(name)
        .filter(|&i| kind_of(i).as_deref() == Some("vrf"))
        .ok_or_else(|| cli::invarg("Not a valid VRF name\n", name))
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
            index: 0,
            stats: opts.stats > 0,
            family: 0,
            master: self.master,
            kind: self.kind.as_deref(),
        }
    }

    /// Open the link's JSON object; false when the selectors the reference applies only
    /// after opening it drop the link (the object is closed again: it prints `{}`).
    pub fn open_object(&self, p: &mut Out, l: &Link) -> bool {
        p.open_object(None);
        if self.accepts_late(l) {
            return true;
        }
        p.close_object();
        false
    }

    /// The selectors the reference applies after opening the JSON object.
    fn accepts_late(&self, l: &Link) -> bool {
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
            "master" => self.master = Some(master_arg(args.value()?)?),
            "vrf" => self.master = Some(vrf_arg(args.value()?)?),
            "type" => self.kind = Some(args.value()?.to_string()),
            "group" => {
                let g = args.value()?.to_string();
                let v = rtnames::group_a2n(&g)
                    .ok_or_else(|| cli::invarg("Invalid \"group\" value\n", &g))?;
                self.group = Some(v);
            }
            _ => return Ok(false),
        }
        Ok(true)
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

/// A dump (or single GETLINK for `dev NAME`) calling `each` for every link message.
/// What a link dump asks the kernel for.
#[derive(Default, Clone, Copy)]
pub struct Query<'a> {
    /// one device by name (a GETLINK, not a dump): `ip link show DEV`
    pub dev: Option<&'a str>,
    /// one device by index (a GETLINK, not a dump): `ip addr show DEV`
    pub index: u32,
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
    if q.family != crate::netlink::rtnl::AF_INET6 {
        m.attributes.push(LinkAttribute::ExtMask(mask));
    }
    if q.dev.is_none() && q.index == 0 {
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
            rtnl::talk(sock, RouteNetlinkMessage::GetLink(m), 0, each)
                .map_err(|f| get_failed(f, "link get"))
        }
        None if q.index != 0 => {
            m.header.index = q.index;
            // `ip addr show ifN` of no such index: said, and the listing goes on (empty)
            match rtnl::talk(sock, RouteNetlinkMessage::GetLink(m), 0, each) {
                Err(Fail::App(e)) => Err(e),
                Err(f) => {
                    eprint!("{}", get_failed(f, "link").text);
                    Ok(())
                }
                Ok(_) => Ok(()),
            }
        }
        None => rtnl::dump(sock, RouteNetlinkMessage::GetLink(m), each)
            .map_err(|f| rtnl::terminated(f, "Dump")),
    }
}

/// A refused single GETLINK: the kernel's answer, then `Cannot send WHAT request: ERR`
/// (exit 1); a handler's own error as it is.
fn get_failed(f: Fail, what: &str) -> Error {
    let err = match &f {
        Fail::App(_) => String::new(),
        Fail::Nack(n) => strerror(n.errno),
        Fail::Io(e) => io_text(e),
    };
    match f {
        Fail::App(e) => e,
        f => Error::ip_fail_text(format!(
            "{}Cannot send {what} request: {err}\n",
            rtnl::answers(f).text
        )),
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
