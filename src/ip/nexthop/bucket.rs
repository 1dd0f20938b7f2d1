//! `ip nexthop bucket list|show [id ID] [nhid ID] [dev D] [master D] [vrf V]` (a
//! RTM_GETNEXTHOPBUCKET dump) and `bucket get id ID index N`: the buckets of resilient groups.

use super::show::{self, help, unknown};
use crate::cli::num::{get_u16, get_u32};
use crate::cli::{invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::{self, Names};
use crate::ip::opts::Opts;
use crate::ip::{nhprint, rtnl};
use crate::netlink::attr::{self, u16_of, u32_of, u64_of, Table};
use crate::netlink::rtnl::nexthop::*;
use crate::netlink::{Fail, Msg, Wire};
use crate::output::{Printer, Show};
use std::io::Write;

/// NLA_F_NESTED, set on NHA_RES_BUCKET in requests.
const NESTED: u16 = 0x8000;

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return list(args, opts);
    };
    let c = cmd.as_str();
    if matches(c, "show") || matches(c, "list") {
        return list(args, opts);
    }
    if matches(c, "get") {
        return get(args, opts);
    }
    if matches(c, "help") {
        return Err(help());
    }
    Err(unknown(c))
}

/// The dump request: struct nhmsg with the family, then OIF, MASTER, ID, RES_BUCKET{NH_ID}.
pub fn request(
    args: &mut Args,
    family: u8,
    index: &dyn Fn(&str) -> Option<u32>,
) -> Result<Vec<u8>> {
    let (mut id, mut nhid, mut dev, mut master) = (None, None, None, None);
    while let Some(w) = args.next().map(str::to_string) {
        let w = w.as_str();
        if w == "id" || w == "nhid" {
            let v = args.value()?;
            let n = get_u32(v).ok_or_else(|| invarg("invalid id value", v))?;
            if w == "id" {
                id = Some(n);
            } else {
                nhid = Some(n);
            }
        } else if matches(w, "dev") {
            let v = args.value()?;
            dev = Some(index(v).ok_or_else(|| invarg("Device does not exist\n", v))?);
        } else if matches(w, "master") {
            let v = args.value()?;
            master = Some(index(v).ok_or_else(|| invarg("Device does not exist\n", v))?);
        } else if matches(w, "vrf") {
            master = Some(show::vrf(args.value()?, index)?);
        } else {
            return Err(invarg("", w));
        }
    }
    let mut items = Vec::new();
    if let Some(d) = dev {
        items.push(attr::u32(NHA_OIF, d));
    }
    if let Some(m) = master {
        items.push(attr::u32(NHA_MASTER, m));
    }
    if let Some(i) = id {
        items.push(attr::u32(NHA_ID, i));
    }
    if let Some(n) = nhid {
        let inner = [attr::u32(NHA_RES_BUCKET_NH_ID, n)];
        items.push(attr::nest(NHA_RES_BUCKET | NESTED, &inner));
    }
    let mut m = vec![family, 0, 0, 0, 0, 0, 0, 0];
    m.extend(attr::emit_all(&items));
    Ok(m)
}

fn list(args: &mut Args, opts: &Opts) -> Result<()> {
    let req = request(args, opts.family, &ifnames::index)?;
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = opts.printer();
    p.begin();
    let r = rtnl::dump(&mut sock, Wire(RTM_GETNEXTHOPBUCKET, &req), &mut |msg| {
        if let Some(nh) = view(&msg) {
            print(&mut p, &nh, &mut names);
        }
        Ok(())
    });
    match r {
        Ok(()) => Ok(p.end()?),
        Err(f) => {
            p.flush()?;
            Err(terminated(f))
        }
    }
}

/// A failed bucket dump: the kernel's message (none for a plain ENOENT), then
/// `Dump terminated`, exit 2.
fn terminated(f: Fail) -> Error {
    match f {
        Fail::App(e) => e,
        Fail::Nack(n) if n.msg.is_none() && n.errno == 2 => Error::ip_kernel("Dump terminated"),
        f => {
            eprint!("{}", rtnl::answers(f).text);
            Error::ip_kernel("Dump terminated")
        }
    }
}

/// `get id ID index N`, both required, in any order; anything else is the usage screen.
fn get(args: &mut Args, opts: &Opts) -> Result<()> {
    let m = get_request(args, opts.family)?;
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = opts.printer();
    let r = rtnl::talk(&mut sock, Wire(RTM_GETNEXTHOPBUCKET, &m), 0, &mut |msg| {
        if let Some(nh) = view(&msg) {
            p.begin();
            print(&mut p, &nh, &mut names);
        }
        Ok(())
    });
    r.map_err(rtnl::answers)?;
    p.end()?;
    Ok(())
}

/// The RTM_GETNEXTHOPBUCKET request of `get`: NHA_ID, NHA_RES_BUCKET{INDEX}.
pub fn get_request(args: &mut Args, family: u8) -> Result<Vec<u8>> {
    let (mut id, mut index) = (None, None);
    while let Some(w) = args.next() {
        match w {
            "id" => {
                let v = args.value()?;
                id = Some(get_u32(v).ok_or_else(|| invarg("invalid id value", v))?);
            }
            "index" => {
                let v = args.value()?;
                index = Some(get_u16(v).ok_or_else(|| invarg("invalid bucket index value", v))?);
            }
            _ => return Err(help()),
        }
    }
    let (Some(id), Some(index)) = (id, index) else {
        return Err(help());
    };
    let mut m = vec![family, 0, 0, 0, 0, 0, 0, 0];
    let inner = [attr::u16(NHA_RES_BUCKET_INDEX, index)];
    m.extend(attr::emit_all(&[
        attr::u32(NHA_ID, id),
        attr::nest(NHA_RES_BUCKET | NESTED, &inner),
    ]));
    Ok(m)
}

fn view<'a>(msg: &Msg<'a>) -> Option<Nexthop<'a>> {
    Nexthop::parse(msg.payload).filter(|_| msg.kind == RTM_NEWNEXTHOPBUCKET)
}

/// One bucket: `id N index I idle_time S nhid M` (`"bucket":{…}`, `"flags":[]`).
pub fn print<W: Write>(p: &mut Printer<W>, nh: &Nexthop, _names: &mut Names) {
    p.open_object(None);
    if let Some(id) = nh.id() {
        p.value(Show::Any, Some("id"), format_args!("id {id} "), &id);
    }
    if let Some(b) = nh.attr.get(NHA_RES_BUCKET) {
        let t: Table<'_, 4> = Table::new(b);
        p.open_object(Some("bucket"));
        if let Some(i) = t.get(NHA_RES_BUCKET_INDEX).and_then(u16_of) {
            p.value(Show::Any, Some("index"), format_args!("index {i} "), &i);
        }
        if let Some(t) = t.get(NHA_RES_BUCKET_IDLE_TIME).and_then(u64_of) {
            let g = nhprint::seconds(t);
            p.value(
                Show::Any,
                Some("idle_time"),
                format_args!("idle_time {} ", g.0),
                &g,
            );
        }
        if let Some(n) = t.get(NHA_RES_BUCKET_NH_ID).and_then(u32_of) {
            p.value(Show::Any, Some("nhid"), format_args!("nhid {n} "), &n);
        }
        p.close_object();
    }
    p.open_list(Show::Json, "flags", "");
    p.close_array(Show::Json, "");
    p.fp_str("\n");
    p.close_object();
}
