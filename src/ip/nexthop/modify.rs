//! `ip nexthop add|replace|delete id ID NH [protocol P]`: one RTM_NEWNEXTHOP /
//! RTM_DELNEXTHOP, its attributes in the order the words came.

use crate::cli::num::{get_u16, get_u32, strtoul};
use crate::cli::{invarg, matches, Args};
use crate::error::Result;
use crate::ip::opts::Opts;
use crate::ip::prefix::get_addr;
use crate::ip::{encap, ifnames, rtnames, rtnl};
use crate::netlink::attr;
use crate::netlink::rtnl::nexthop::*;
use crate::netlink::rtnl::route::RTNH_F_ONLINK;
use crate::netlink::rtnl::{AF_INET, AF_INET6};
use crate::netlink::Wire;
use netlink_packet_core::{DefaultNla, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE};

/// NLA_F_NESTED, which the reference sets on the nests of nexthop requests.
const NESTED: u16 = 0x8000;

pub fn add(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWNEXTHOP, NLM_F_CREATE | NLM_F_EXCL)
}

pub fn replace(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWNEXTHOP, NLM_F_CREATE | NLM_F_REPLACE)
}

pub fn delete(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_DELNEXTHOP, 0)
}

fn run(args: &mut Args, opts: &Opts, cmd: u16, flags: u16) -> Result<()> {
    let m = build(args, opts.family, &ifnames::index)?;
    rtnl::ack(&mut *rtnl::open()?, Wire(cmd, &m), flags)
}

/// The request's payload: struct nhmsg and the attributes. The family is the one `-4`/`-6`
/// asked for, else the gateway's, else inet once `dev` or `blackhole` is read; `index`
/// looks devices up.
pub fn build(args: &mut Args, family: u8, index: &dyn Fn(&str) -> Option<u32>) -> Result<Vec<u8>> {
    let mut family = family;
    let (mut protocol, mut flags) = (0u8, 0u32);
    let mut items: Vec<DefaultNla> = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "id" => {
                let v = args.value()?;
                let id = get_u32(v).ok_or_else(|| invarg("invalid id value", v))?;
                items.push(attr::u32(NHA_ID, id));
            }
            "via" => {
                let v = args.value()?;
                let of = if [0, AF_INET, AF_INET6].contains(&family) {
                    family
                } else {
                    0
                };
                let a = get_addr(v, of)?;
                if family == 0 {
                    family = a.family;
                }
                items.push(attr::bytes(NHA_GATEWAY, a.bytes()));
            }
            "dev" => {
                let v = args.value()?;
                let i = index(v).ok_or_else(|| invarg("Device does not exist\n", v))?;
                items.push(attr::u32(NHA_OIF, i));
                if family == 0 {
                    family = AF_INET;
                }
            }
            "onlink" => flags |= RTNH_F_ONLINK,
            "blackhole" => {
                items.push(attr::bytes(NHA_BLACKHOLE, &[]));
                if family == 0 {
                    family = AF_INET;
                }
            }
            "fdb" => items.push(attr::bytes(NHA_FDB, &[])),
            "group" => items.push(attr::bytes(NHA_GROUP, &group(args.value()?)?)),
            "type" => {
                let v = args.value()?;
                let kind = match v {
                    "mpath" => NEXTHOP_GRP_TYPE_MPATH,
                    "resilient" => NEXTHOP_GRP_TYPE_RES,
                    _ => return Err(invarg("\"type\" value is invalid\n", v)),
                };
                if kind == NEXTHOP_GRP_TYPE_RES {
                    let res = resilient(args)?;
                    if !res.is_empty() {
                        items.push(attr::nest(NHA_RES_GROUP | NESTED, &res));
                    }
                }
                items.push(attr::u16(NHA_GROUP_TYPE, kind));
            }
            "encap" => {
                let e = encap::parse(args)?;
                items.push(attr::bytes(NHA_ENCAP | NESTED, &e.data));
                items.push(attr::u16(NHA_ENCAP_TYPE, e.kind));
            }
            _ if matches(&w, "protocol") => {
                let v = args.value()?;
                protocol = rtnames::proto_a2n(v)
                    .ok_or_else(|| invarg("\"protocol\" value is invalid\n", v))?;
            }
            _ => return Err(invarg("", &w)),
        }
    }
    // struct nhmsg: family, scope, protocol, reserved, flags
    let mut m = vec![family, 0, protocol, 0];
    m.extend_from_slice(&flags.to_ne_bytes());
    m.extend(attr::emit_all(&items));
    Ok(m)
}

/// `ID[,WEIGHT]/…` as struct nexthop_grp entries. A refusal names what the reference's
/// cut-up word still shows: the first entry up to its comma, or the bad weight.
fn group(word: &str) -> Result<Vec<u8>> {
    let first = word.split('/').next().unwrap_or("");
    let shown = first.split(',').next().unwrap_or("");
    let mut out = Vec::new();
    for entry in word.split('/') {
        let (id, weight) = match entry.split_once(',') {
            Some((i, w)) => (i, Some(w)),
            None => (entry, None),
        };
        let id = get_u32(id).ok_or_else(|| invarg("\"group\" value is invalid\n", shown))?;
        let weight = match weight {
            Some(w) => strtoul(w, 0)
                .filter(|v| (1..=256).contains(v))
                .ok_or_else(|| invarg("\"weight\" is invalid\n", w))?,
            None => 1,
        };
        out.extend_from_slice(&id.to_ne_bytes());
        out.extend_from_slice(&[(weight - 1) as u8, 0, 0, 0]);
    }
    Ok(out)
}

/// `[buckets N] [idle_timer S] [unbalanced_timer S]` after `type resilient`: the
/// NHA_RES_GROUP members in the order given, the timers in clock ticks.
fn resilient(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut res = Vec::new();
    while let Some(w) = args.peek() {
        let (kind, what) = match w {
            "buckets" => (NHA_RES_GROUP_BUCKETS, "invalid buckets value"),
            "idle_timer" => (NHA_RES_GROUP_IDLE_TIMER, "invalid idle timer value"),
            "unbalanced_timer" => (
                NHA_RES_GROUP_UNBALANCED_TIMER,
                "invalid unbalanced timer value",
            ),
            _ => break,
        };
        args.next();
        let v = args.value()?;
        if kind == NHA_RES_GROUP_BUCKETS {
            res.push(attr::u16(kind, get_u16(v).ok_or_else(|| invarg(what, v))?));
        } else {
            let hz = crate::ip::nhprint::USER_HZ as u32;
            let s = get_u32(v)
                .filter(|&s| s < u32::MAX / hz)
                .ok_or_else(|| invarg(what, v))?;
            res.push(attr::u32(kind, s * hz));
        }
    }
    Ok(res)
}
