//! `ip route get [fibmatch] ADDRESS [from ADDRESS] [iif DEV] [oif DEV] [mark N] [uid N]`: one
//! RTM_GETROUTE for the address, the kernel's answer printed as a route (`connected`, `tos`,
//! `vrf`, `ipproto`, `sport`, `dport` come later).

use super::print::{print, Pinned};
use crate::cli::num::get_u32;
use crate::cli::{invarg, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::{self, Names};
use crate::ip::opts::Opts;
use crate::ip::prefix::get_prefix;
use crate::ip::rtnl;
use crate::netlink::attr;
use crate::netlink::rtnl::route::*;
use crate::netlink::rtnl::{AF_INET, AF_INET6, RTM_GETROUTE, RTM_NEWROUTE};
use crate::netlink::Wire;
use netlink_packet_core::DefaultNla;

struct Query {
    family: u8,
    dst: Vec<u8>,
    src: Option<Vec<u8>>,
    iif: Option<u32>,
    oif: Option<u32>,
    mark: Option<u32>,
    uid: Option<u32>,
    flags: u32,
}

fn parse(args: &mut Args, opts: &Opts) -> Result<Query> {
    let mut q = Query {
        family: opts.family,
        dst: Vec::new(),
        src: None,
        iif: None,
        oif: None,
        mark: None,
        uid: None,
        flags: 0,
    };
    let mut dst_given = false;
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "from" => {
                let a = get_prefix(args.value()?, q.family)?;
                q.family = a.family;
                q.src = Some(a.bytes().to_vec());
            }
            "iif" => q.iif = Some(ifnames::require(args.value()?)?),
            "oif" => q.oif = Some(ifnames::require(args.value()?)?),
            "mark" => {
                let v = args.value()?;
                q.mark = Some(get_u32(v).ok_or_else(|| invarg("invalid mark value", v))?);
            }
            "uid" => {
                let v = args.value()?;
                q.uid = Some(get_u32(v).ok_or_else(|| invarg("invalid UID", v))?);
            }
            "fibmatch" => q.flags |= RTM_F_FIB_MATCH,
            "tos" | "connected" | "dsfield" | "vrf" | "ipproto" | "sport" | "dport" | "as" => {
                return Err(Error::ip_fail(format_args!(
                    "ipkit: \"ip route get ... {w}\" is not implemented yet"
                )))
            }
            _ => {
                let v = if w == "to" {
                    args.value()?.to_string()
                } else {
                    w.clone()
                };
                let a = get_prefix(&v, q.family)?;
                let full = a.max_bits();
                if a.len_given && a.bitlen != full && full > 0 {
                    eprintln!(
                        "Warning: /{} as prefix is invalid, only /{full} (or none) is supported.",
                        a.bitlen
                    );
                }
                q.family = a.family;
                q.dst = a.bytes().to_vec();
                dst_given = true;
            }
        }
    }
    if !dst_given {
        return Err(Error::ip_fail("need at least a destination address"));
    }
    if q.family == 0 {
        q.family = AF_INET;
    }
    Ok(q)
}

/// The request: struct rtmsg (the address's full length) and the attributes asked for.
fn request(q: &Query) -> Vec<u8> {
    let full: u8 = if q.family == AF_INET6 { 128 } else { 32 };
    let mut m = vec![q.family, full, 0, 0, 0, 0, 0, 0];
    m.extend_from_slice(&q.flags.to_ne_bytes());
    let mut items: Vec<DefaultNla> = vec![attr::bytes(RTA_DST, &q.dst)];
    if let Some(s) = &q.src {
        m[2] = full;
        items.push(attr::bytes(RTA_SRC, s));
    }
    for (kind, v) in [
        (RTA_IIF, q.iif),
        (RTA_OIF, q.oif),
        (RTA_MARK, q.mark),
        (RTA_UID, q.uid),
    ] {
        if let Some(v) = v {
            items.push(attr::u32(kind, v));
        }
    }
    m.extend(attr::emit_all(&items));
    m
}

pub fn get(args: &mut Args, opts: &Opts) -> Result<()> {
    let q = parse(args, opts)?;
    let mut sock = rtnl::open()?;
    let req = request(&q);
    let mut names = Names::default();
    let mut p = opts.printer();
    p.begin();
    let r = rtnl::talk(&mut sock, Wire(RTM_GETROUTE, &req), 0, &mut |m| {
        if let Some(route) = Route::parse(m.payload).filter(|_| m.kind == RTM_NEWROUTE) {
            print(
                &mut p,
                &route,
                Pinned::default(),
                opts.details > 0,
                &mut names,
            );
        }
        Ok(())
    });
    p.end()?;
    r.map_err(rtnl::answers)
}
