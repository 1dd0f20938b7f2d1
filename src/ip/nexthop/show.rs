//! `ip nexthop show|list [id ID] [dev D] [groups] [master D] [vrf V] [fdb] [protocol P]`
//! (one dump, or one RTM_GETNEXTHOP when an id is named) and `ip nexthop get id ID`.

use crate::cli::num::get_u32;
use crate::cli::{invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::{self, Names};
use crate::ip::opts::Opts;
use crate::ip::{iface, nhprint, rtnl, usage};
use crate::netlink::attr;
use crate::netlink::rtnl::nexthop::*;
use crate::netlink::{Msg, Wire};

/// The selectors of show, flush and bucket list.
#[derive(Default)]
pub struct Filter {
    /// `id ID`: that one nexthop, asked for by itself.
    pub id: Option<u32>,
    pub dev: Option<u32>,
    pub master: Option<u32>,
    pub groups: bool,
    pub fdb: bool,
    /// `protocol P`: compared with the messages' protocol here.
    pub protocol: Option<u32>,
}

impl Filter {
    /// Read the selectors; an `id` ends them (the rest of the line is not read).
    pub fn parse(args: &mut Args, index: &dyn Fn(&str) -> Option<u32>) -> Result<Filter> {
        let mut f = Filter::default();
        while let Some(w) = args.next().map(str::to_string) {
            let w = w.as_str();
            if w == "id" {
                let v = args.value()?;
                f.id = Some(get_u32(v).ok_or_else(|| invarg("invalid id value", v))?);
                return Ok(f);
            } else if matches(w, "dev") {
                let v = args.value()?;
                f.dev = Some(index(v).ok_or_else(|| invarg("Device does not exist\n", v))?);
            } else if matches(w, "groups") {
                f.groups = true;
            } else if matches(w, "master") {
                let v = args.value()?;
                f.master = Some(index(v).ok_or_else(|| invarg("Device does not exist\n", v))?);
            } else if matches(w, "vrf") {
                f.master = Some(vrf(args.value()?, index)?);
            } else if matches(w, "fdb") {
                f.fdb = true;
            } else if matches(w, "protocol") {
                let v = args.value()?;
                f.protocol = Some(get_u32(v).ok_or_else(|| invarg("invalid protocol value", v))?);
            } else {
                return Err(invarg("", w));
            }
        }
        Ok(f)
    }

    /// The dump request: struct nhmsg with the family, then OIF, GROUPS, MASTER, FDB.
    pub fn request(&self, family: u8, groups: bool) -> Vec<u8> {
        let mut items = Vec::new();
        if let Some(d) = self.dev {
            items.push(attr::u32(NHA_OIF, d));
        }
        if groups {
            items.push(attr::bytes(NHA_GROUPS, &[]));
        }
        if let Some(m) = self.master {
            items.push(attr::u32(NHA_MASTER, m));
        }
        if self.fdb {
            items.push(attr::bytes(NHA_FDB, &[]));
        }
        let mut m = vec![family, 0, 0, 0, 0, 0, 0, 0];
        m.extend(attr::emit_all(&items));
        m
    }

    pub fn accepts(&self, nh: &Nexthop) -> bool {
        self.protocol.is_none_or(|p| p == u32::from(nh.protocol))
    }
}

/// `vrf NAME`: the index of a VRF device, or `Invalid VRF`.
pub fn vrf(name: &str, index: &dyn Fn(&str) -> Option<u32>) -> Result<u32> {
    index(name)
        .filter(|&i| iface::kind_of(i).as_deref() == Some("vrf"))
        .ok_or_else(|| invarg("Invalid VRF\n", name))
}

/// A nexthop message of a dump or an answer.
pub fn view<'a>(msg: &Msg<'a>) -> Option<Nexthop<'a>> {
    Nexthop::parse(msg.payload).filter(|_| msg.kind == RTM_NEWNEXTHOP)
}

pub fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = Filter::parse(args, &ifnames::index)?;
    if let Some(id) = f.id {
        return get_one(id, opts);
    }
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = opts.printer();
    p.begin();
    let req = f.request(opts.family, f.groups);
    let r = rtnl::dump(&mut sock, Wire(RTM_GETNEXTHOP, &req), &mut |msg| {
        if let Some(nh) = view(&msg).filter(|nh| f.accepts(nh)) {
            nhprint::print(&mut p, &nh, opts.details > 0, &mut names);
        }
        Ok(())
    });
    p.end()?;
    r.map_err(|f| rtnl::terminated(f, "Dump"))
}

/// `get id ID`: anything else is the usage screen.
pub fn get(args: &mut Args, opts: &Opts) -> Result<()> {
    get_one(get_id(args)?, opts)
}

/// The id of `get id ID`.
pub fn get_id(args: &mut Args) -> Result<u32> {
    let mut id = None;
    while let Some(w) = args.next() {
        if w != "id" {
            return Err(help());
        }
        let v = args.value()?;
        id = Some(get_u32(v).ok_or_else(|| invarg("invalid id value", v))?);
    }
    id.ok_or_else(help)
}

/// The RTM_GETNEXTHOP request for one id.
pub fn get_request(id: u32, family: u8) -> Vec<u8> {
    let mut m = vec![family, 0, 0, 0, 0, 0, 0, 0];
    m.extend(attr::emit_all(&[attr::u32(NHA_ID, id)]));
    m
}

fn get_one(id: u32, opts: &Opts) -> Result<()> {
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = opts.printer();
    let r = rtnl::talk(
        &mut sock,
        Wire(RTM_GETNEXTHOP, &get_request(id, opts.family)),
        0,
        &mut |msg| {
            if let Some(nh) = view(&msg) {
                p.begin();
                nhprint::print(&mut p, &nh, opts.details > 0, &mut names);
            }
            Ok(())
        },
    );
    r.map_err(rtnl::answers)?;
    p.end()?;
    Ok(())
}

/// The usage screen (exit 255).
pub fn help() -> Error {
    Error::ip_usage_text(usage::NEXTHOP)
}

pub fn unknown(cmd: &str) -> Error {
    Error::ip_usage(format_args!(
        "Command \"{cmd}\" is unknown, try \"ip nexthop help\"."
    ))
}
