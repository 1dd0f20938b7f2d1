//! `ip neigh add|change|replace|delete ADDR [lladdr MAC] [nud STATE] [proxy] [router]
//! [extern_learn] [use] [managed] dev NAME`: one RTM_NEWNEIGH / RTM_DELNEIGH.

use super::nud::nud_state;
use crate::cli::{duparg2, invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::opts::Opts;
use crate::ip::prefix::get_addr;
use crate::ip::{ifnames, lladdr, rtnl};
use crate::netlink::attr;
use crate::netlink::rtnl::neigh::*;
use crate::netlink::rtnl::{RTM_DELNEIGH, RTM_NEWNEIGH};
use crate::netlink::Wire;
use netlink_packet_core::{NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE};

pub fn add(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_EXCL)
}

pub fn change(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWNEIGH, NLM_F_REPLACE)
}

pub fn replace(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE)
}

pub fn delete(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_DELNEIGH, 0)
}

fn run(args: &mut Args, opts: &Opts, cmd: u16, flags: u16) -> Result<()> {
    let m = build(args, opts, &ifnames::index)?;
    rtnl::ack(&mut *rtnl::open()?, Wire(cmd, &m), flags)
}

/// Read the entry and build the request's payload: struct ndmsg, NDA_DST, NDA_FLAGS_EXT
/// (`managed`), NDA_LLADDR, in the reference's order; `index` looks devices up.
pub fn build(args: &mut Args, opts: &Opts, index: &dyn Fn(&str) -> Option<u32>) -> Result<Vec<u8>> {
    let mut state = NUD_PERMANENT;
    let mut ext = 0u32;
    let mut ntf = 0u8;
    let mut lladdr_bytes: Option<Vec<u8>> = None;
    let mut dst: Option<(u8, Vec<u8>)> = None;
    let mut dev: Option<String> = None;
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "lladdr") {
            let v = args.value()?;
            lladdr_bytes = Some(lladdr::get(v)?);
        } else if w == "nud" {
            let v = args.value()?;
            state = nud_state(v).ok_or_else(|| invarg("nud state is bad", v))?;
        } else if matches(&w, "proxy") {
            ntf |= NTF_PROXY;
        } else if w == "router" {
            ntf |= NTF_ROUTER;
        } else if w == "extern_learn" {
            ntf |= NTF_EXT_LEARNED;
        } else if w == "use" {
            ntf |= NTF_USE;
        } else if w == "dev" {
            dev = Some(args.value()?.to_string());
        } else if w == "managed" {
            // the kernel keeps a managed entry resolved itself: no state of its own
            ext |= NTF_EXT_MANAGED;
            state = 0;
        } else {
            let v = if w == "to" {
                args.value()?.to_string()
            } else {
                w.clone()
            };
            if dst.is_some() {
                return Err(duparg2("to", &v));
            }
            let a = get_addr(&v, opts.family)?;
            dst = Some((a.family, a.bytes().to_vec()));
        }
    }
    let (Some(dev), Some((family, dst))) = (dev, dst) else {
        return Err(Error::ip_usage(
            "Device and destination are required arguments.",
        ));
    };
    let index = index(&dev).ok_or_else(|| ifnames::cannot_find(&dev))?;
    // struct ndmsg: family, padding, ifindex, state, flags, type
    let mut m = vec![family, 0, 0, 0];
    m.extend_from_slice(&index.to_ne_bytes());
    m.extend_from_slice(&state.to_ne_bytes());
    m.push(ntf);
    m.push(0);
    let mut items = vec![attr::bytes(NDA_DST, &dst)];
    if ext != 0 {
        items.push(attr::u32(NDA_FLAGS_EXT, ext));
    }
    if let Some(l) = &lladdr_bytes {
        items.push(attr::bytes(NDA_LLADDR, l));
    }
    m.extend(attr::emit_all(&items));
    Ok(m)
}
