//! The link options shared by `ip link add/set/replace/delete` and by the peer side of a
//! veth: one keyword loop (first match in the reference's order, exact or prefix per
//! keyword), then the checks and lookups the reference makes once the words are read,
//! then the kind's own words after `type KIND`.

use super::env::Env;
use super::values::{
    flag_switch, netns, netns_path, number, position_nocase, valid_ifname, xdp, xdp_mode,
    ADDRGENMODES, OPERSTATES,
};
use crate::cli::num::{atoi, get_integer, get_u32};
use crate::cli::{duparg, duparg2, invarg, matches, on_off, one_of, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::cannot_find;
use crate::ip::kinds::{self, not_implemented};
use crate::ip::{lladdr, rtnames, usage};
use crate::netlink::attr;
use crate::netlink::rtnl::link::*;
use crate::netlink::rtnl::AF_INET6;
use netlink_packet_core::{DefaultNla, Emitable};
use netlink_packet_route::link::{LinkAttribute, LinkFlags, LinkInfo, LinkMessage};
use netlink_packet_route::AddressFamily;

const IFALIASZ: usize = 256;
const GSO_MAX_SEGS: u32 = 65535;

/// `add`/`replace` make a device; `set`/`delete` act on one that exists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Create,
    Modify,
}

/// What the global options contribute: the header's family, and `-force` (for `xdp`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Globals {
    pub family: u8,
    pub force: bool,
}

/// A parsed link: the request body, and the kind when `type` was given.
#[derive(Debug)]
pub struct Parsed {
    pub msg: LinkMessage,
    pub kind: Option<String>,
}

/// The words of the link options, read in order; what the final checks need is kept aside.
#[derive(Default)]
struct State {
    mode: Mode,
    force: bool,
    dev: Option<String>,
    name: Option<String>,
    link: Option<String>,
    index: Option<i32>,
    address: Option<Vec<u8>>,
    kind: Option<String>,
    group: bool,
    netns: bool,
    seen: Vec<&'static str>,
    flags: u32,
    change: u32,
    attrs: Vec<LinkAttribute>,
}

/// Parse link options (`iplink_parse`). `peer` is set for the peer of a veth, whose type
/// is already given (its header's family is always 0).
pub fn parse(
    args: &mut Args,
    mode: Mode,
    g: Globals,
    peer: bool,
    env: &mut dyn Env,
) -> Result<Parsed> {
    let mut st = State {
        mode,
        force: g.force,
        ..State::default()
    };
    while let Some(w) = args.next().map(str::to_string) {
        if st.keyword(&w, args, peer, env)? {
            break;
        }
    }
    let index = st.finish(env)?;
    let mut msg = LinkMessage::default();
    msg.header.interface_family = AddressFamily::from(if peer { 0 } else { g.family });
    msg.header.index = index;
    msg.header.flags = LinkFlags::from_bits_retain(st.flags);
    msg.header.change_mask = LinkFlags::from_bits_retain(st.change);
    msg.attributes = std::mem::take(&mut st.attrs);
    if let Some(kind) = &st.kind {
        let mut info = vec![LinkInfo::Other(attr::bytes(
            IFLA_INFO_KIND,
            kind.as_bytes(),
        ))];
        // a tunnel changed in place starts from the device's current settings
        if mode != Mode::Create && !args.is_empty() && kinds::needs_existing(kind) {
            kinds::existing(kind, env.info_data(index))?;
        }
        let mut host = KindHost { mode, g, env };
        if let Some(data) = kinds::parse(kind, args, &mut host)? {
            let data_attr = kinds::data_attr(kind);
            info.push(LinkInfo::Other(DefaultNla::new(data_attr, data)));
        }
        msg.attributes.push(LinkAttribute::LinkInfo(info));
    }
    Ok(Parsed { msg, kind: st.kind })
}

/// What the kinds' parsers ask of `ip link`.
struct KindHost<'a> {
    mode: Mode,
    g: Globals,
    env: &'a mut dyn Env,
}

impl kinds::Host for KindHost<'_> {
    fn create(&self) -> bool {
        self.mode == Mode::Create
    }
    fn index(&mut self, name: &str) -> Option<u32> {
        self.env.index(name)
    }
    fn peer(&mut self, a: &mut Args) -> Result<Vec<u8>> {
        let peer = parse(a, self.mode, self.g, true, self.env)?;
        let mut body = vec![0; peer.msg.buffer_len()];
        peer.msg.emit(&mut body);
        Ok(body)
    }
}

impl State {
    /// A keyword that may be given once (`duplicate "KEY": "V" is the second value.`).
    fn once(&mut self, key: &'static str, v: &str) -> Result<()> {
        if self.seen.contains(&key) {
            return Err(duparg(key, v));
        }
        self.seen.push(key);
        Ok(())
    }

    fn set_flag(&mut self, flag: u32, on: bool) {
        self.change |= flag;
        if on {
            self.flags |= flag;
        } else {
            self.flags &= !flag;
        }
    }

    fn push(&mut self, a: LinkAttribute) {
        self.attrs.push(a);
    }

    fn push_raw(&mut self, a: DefaultNla) {
        self.attrs.push(LinkAttribute::Other(a));
    }

    /// One keyword and its value. Returns true at `type KIND` (the rest belongs to the kind).
    fn keyword(&mut self, w: &str, args: &mut Args, peer: bool, env: &mut dyn Env) -> Result<bool> {
        if w == "up" || w == "down" {
            self.set_flag(IFF_UP, w == "up");
        } else if w == "name" {
            let v = args.value()?;
            if self.name.is_some() {
                return Err(duparg("name", v));
            }
            if !valid_ifname(v, true) {
                return Err(invarg("\"name\" not a valid ifname", v));
            }
            self.name = Some(v.to_string());
        } else if w == "index" {
            let v = args.value()?;
            if self.index.is_some() {
                return Err(duparg("index", v));
            }
            let i = atoi(v);
            if i <= 0 {
                return Err(invarg("Invalid \"index\" value", v));
            }
            self.index = Some(i);
        } else if matches(w, "link") {
            self.link = Some(args.value()?.to_string());
        } else if matches(w, "address") {
            let a = lladdr::get(args.value()?)?;
            self.address = Some(a.clone());
            self.push(LinkAttribute::Address(a));
        } else if matches(w, "broadcast") || w == "brd" {
            let a = lladdr::get(args.value()?)?;
            self.push(LinkAttribute::Broadcast(a));
        } else if w == "mtu" {
            let v = args.value()?;
            self.once("mtu", v)?;
            let mtu = number(v, "mtu", get_integer)?;
            self.push(LinkAttribute::Mtu(mtu as u32));
        } else if let Some(mode) = xdp_mode(w) {
            let v = args.value()?.to_string();
            let a = xdp(mode, &v, self.mode == Mode::Create, self.force)?;
            self.push_raw(a);
        } else if w == "vf" {
            return Err(not_implemented(w));
        } else if w == "netns" {
            let v = args.value()?.to_string();
            self.once("netns", &v)?;
            let a = netns(&v, env)?;
            self.netns = true;
            self.push(a);
        } else if matches(w, "link-netns") {
            let v = args.value()?;
            self.once("link-netns/link-netnsid", v)?;
            let id = env
                .nsid(&netns_path(v))
                .ok_or_else(|| invarg("Invalid \"link-netns\" value\n", v))?;
            self.push(LinkAttribute::LinkNetNsId(id));
        } else if matches(w, "link-netnsid") {
            let v = args.value()?;
            self.once("link-netns/link-netnsid", v)?;
            let id = number(v, "link-netnsid", get_integer)?;
            self.push(LinkAttribute::LinkNetNsId(id));
        } else if let Some((flag, invert)) = flag_switch(w) {
            let on = on_off(w, args.value()?)?;
            self.set_flag(flag, on != invert);
        } else if w == "carrier" || w == "protodown" {
            let v = one_of(w, args.value()?, &["off", "on"])? as u8;
            let kind = if w == "carrier" {
                IFLA_CARRIER
            } else {
                IFLA_PROTO_DOWN
            };
            self.push_raw(attr::u8(kind, v));
        } else if matches(w, "master") {
            let v = args.value()?;
            let i = env
                .index(v)
                .ok_or_else(|| invarg("Device does not exist\n", v))?;
            self.push(LinkAttribute::Controller(i));
        } else if w == "vrf" {
            let v = args.value()?;
            let i = env
                .index(v)
                .filter(|&i| env.kind(i).as_deref() == Some("vrf"))
                .ok_or_else(|| invarg("Not a valid VRF name\n", v))?;
            self.push(LinkAttribute::Controller(i));
        } else if w == "nomaster" {
            self.push(LinkAttribute::Controller(0));
        } else if matches(w, "dynamic") {
            let on = on_off("dynamic", args.value()?)?;
            self.set_flag(IFF_DYNAMIC, on);
        } else if matches(w, "txqueuelen") || w == "qlen" || matches(w, "txqlen") {
            let v = args.value()?;
            self.once("txqueuelen", v)?;
            let q = number(v, "txqueuelen", get_integer)?;
            self.push(LinkAttribute::TxQueueLen(q as u32));
        } else if matches(w, "type") {
            let v = args.value()?;
            if peer {
                return Err(duparg("type", v));
            }
            self.kind = Some(v.to_string());
            return Ok(true);
        } else {
            self.keyword2(w, args, env)?;
        }
        Ok(false)
    }

    /// The keywords after `type` in the reference's order.
    fn keyword2(&mut self, w: &str, args: &mut Args, env: &mut dyn Env) -> Result<()> {
        if matches(w, "alias") {
            let v = args.value()?;
            if v.len() >= IFALIASZ {
                return Err(invarg("alias too long\n", v));
            }
            self.push_raw(attr::bytes(IFLA_IFALIAS, v.as_bytes()));
        } else if w == "group" {
            let v = args.value()?;
            self.once("group", v)?;
            let g = env
                .group(v)
                .or_else(|| rtnames::group_number(v))
                .ok_or_else(|| invarg("Invalid \"group\" value\n", v))?;
            self.group = true;
            self.push(LinkAttribute::Group(g));
        } else if w == "mode" {
            let v = args.value()?;
            let m = position_nocase(&["default", "dormant"], v)
                .ok_or_else(|| invarg("Invalid link mode\n", v))?;
            self.push_raw(attr::u8(IFLA_LINKMODE, m));
        } else if w == "state" {
            let v = args.value()?;
            let s =
                position_nocase(OPERSTATES, v).ok_or_else(|| invarg("Invalid operstate\n", v))?;
            self.push_raw(attr::u8(IFLA_OPERSTATE, s));
        } else if matches(w, "numtxqueues") || matches(w, "numrxqueues") {
            let key = if matches(w, "numtxqueues") {
                "numtxqueues"
            } else {
                "numrxqueues"
            };
            let v = args.value()?;
            self.once(key, v)?;
            let n = number(v, key, get_integer)? as u32;
            self.push(if key == "numtxqueues" {
                LinkAttribute::NumTxQueues(n)
            } else {
                LinkAttribute::NumRxQueues(n)
            });
        } else if matches(w, "addrgenmode") {
            let v = args.value()?;
            let m = position_nocase(ADDRGENMODES, v)
                .ok_or_else(|| invarg("Invalid address generation mode\n", v))?;
            let inet6 = attr::nest(
                u16::from(AF_INET6),
                &[attr::u8(IFLA_INET6_ADDR_GEN_MODE, m)],
            );
            self.push_raw(attr::nest(IFLA_AF_SPEC, &[inet6]));
        } else if w == "protodown_reason" {
            let v = args.value()?;
            let bit = get_u32(v)
                .filter(|&b| b < 32)
                .ok_or_else(|| invarg("invalid protodown reason\n", v))?;
            let on = on_off("protodown_reason", args.value()?)?;
            let mask = 1u32 << bit;
            let value = if on { mask } else { 0 };
            self.push_raw(attr::nest(
                IFLA_PROTO_DOWN_REASON | NLA_F_NESTED,
                &[
                    attr::u32(IFLA_PROTO_DOWN_REASON_MASK, mask),
                    attr::u32(IFLA_PROTO_DOWN_REASON_VALUE, value),
                ],
            ));
        } else if w == "gso_max_size" {
            let n = number(args.value()?, w, get_u32)?;
            self.push(LinkAttribute::GsoMaxSize(n));
        } else if w == "gso_max_segs" {
            let v = args.value()?;
            let n = number(v, w, |s| get_u32(s).filter(|&n| n <= GSO_MAX_SEGS))?;
            self.push(LinkAttribute::GsoMaxSegs(n));
        } else if w == "gro_max_size" {
            let n = number(args.value()?, w, get_u32)?;
            self.push(LinkAttribute::GroMaxSize(n));
        } else if w == "parentdev" {
            let v = args.value()?;
            self.push(LinkAttribute::ParentDevName(v.to_string()));
        } else {
            self.device(w, args)?;
        }
        Ok(())
    }

    /// `dev NAME`, `help`, or a bare device name.
    fn device(&mut self, w: &str, args: &mut Args) -> Result<()> {
        let v = if w == "dev" {
            args.value()?
        } else {
            if matches(w, "help") {
                return Err(Error::ip_usage_text(usage::LINK));
            }
            w
        };
        if self.dev.is_some() {
            return Err(duparg2("dev", v));
        }
        if !valid_ifname(v, false) {
            return Err(invarg("\"dev\" not a valid ifname", v));
        }
        self.dev = Some(v.to_string());
        Ok(())
    }

    /// The checks and lookups after the words are read; returns the header's ifindex.
    fn finish(&mut self, env: &mut dyn Env) -> Result<u32> {
        if self.dev.is_some() && self.name == self.dev {
            self.name = None;
        }
        match self.mode {
            Mode::Create => {
                if self.dev.is_some() && self.name.is_some() {
                    return Err(Error::ip_usage(
                        "both \"name\" and \"dev\" cannot be used when creating devices.",
                    ));
                }
                let name = self.name.take().or_else(|| self.dev.take());
                if let Some(link) = &self.link {
                    let i = env.index(link).ok_or_else(|| cannot_find(link))?;
                    self.push(LinkAttribute::Link(i));
                }
                if let Some(n) = name {
                    self.push(LinkAttribute::IfName(n));
                }
                Ok(self.index.map_or(0, |i| i as u32))
            }
            Mode::Modify => {
                if self.dev.is_none() {
                    self.dev = self.name.take();
                }
                let found = self.dev.as_deref().and_then(|d| env.index(d));
                if let (Some(i), Some(a)) = (found, &self.address) {
                    if let Some(len) = env.addr_len(i) {
                        if len != a.len() {
                            return Err(Error::ip_fail(format_args!(
                                "Invalid address length {} - must be {len} bytes",
                                a.len()
                            )));
                        }
                    }
                }
                if let Some(i) = self.index {
                    if !self.netns {
                        return Err(Error::ip_usage("index can be used only when creating devices or when moving device to another netns."));
                    }
                    self.push(LinkAttribute::NewIfIndex(i));
                }
                let index = match (&self.dev, found) {
                    (None, _) if !self.group => {
                        return Err(Error::ip_usage(
                            "Not enough information: \"dev\" argument is required.",
                        ))
                    }
                    (None, _) => 0,
                    (Some(_), Some(i)) => i,
                    (Some(d), None) => return Err(cannot_find(d)),
                };
                if let Some(n) = self.name.take() {
                    self.push(LinkAttribute::IfName(n));
                }
                Ok(index)
            }
        }
    }
}
