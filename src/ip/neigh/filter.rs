//! The selectors of `ip neigh show` and `ip neigh flush`: what the dump request asks the
//! kernel to filter (device, master, proxy table) and what is checked here (states,
//! prefix, `unused`).

use super::nud::nud_state;
use crate::cli::{self, duparg, Args};
use crate::error::Result;
use crate::ip::iface::{master_arg, vrf_arg};
use crate::ip::ifnames;
use crate::ip::opts::Opts;
use crate::ip::prefix::{get_prefix, Inet};
use crate::netlink::attr;
use crate::netlink::rtnl::neigh::*;

/// `NDA_MASTER` value that asks for neighbours of devices without a master.
const NO_MASTER: u32 = u32::MAX;

#[derive(Default)]
pub struct Filter {
    pub dev: Option<u32>,
    /// `master`/`vrf` index, or [`NO_MASTER`].
    master: Option<u32>,
    /// The states of the `nud` words (None: the default).
    nud: Option<u16>,
    /// `nud all` or `nud none` was given: entries in no state pass too.
    stateless: bool,
    /// `nud noarp` was named (a flush leaves NOARP entries alone otherwise, even with `all`).
    noarp: bool,
    to: Option<Inet>,
    pub proxy: bool,
    unused: bool,
}

impl Filter {
    pub fn parse(args: &mut Args, opts: &Opts) -> Result<Filter> {
        let mut f = Filter::default();
        while let Some(w) = args.next().map(str::to_string) {
            match w.as_str() {
                "dev" => {
                    let d = args.value()?;
                    if f.dev.is_some() {
                        return Err(duparg("dev", d));
                    }
                    f.dev = Some(ifnames::require(d)?);
                }
                "master" => f.master = Some(master_arg(args.value()?)?),
                "vrf" => f.master = Some(vrf_arg(args.value()?)?),
                "nomaster" => f.master = Some(NO_MASTER),
                "unused" => f.unused = true,
                "nud" => {
                    let s = args.value()?;
                    let st = nud_state(s).ok_or_else(|| cli::invarg("nud state is bad", s))?;
                    f.stateless |= st == 0 || st == 0xff;
                    f.noarp |= st == NUD_NOARP;
                    f.nud = Some(f.nud.unwrap_or(0) | st);
                }
                "proxy" => f.proxy = true,
                _ => {
                    let p = if w == "to" {
                        args.value()?.to_string()
                    } else {
                        w
                    };
                    // a second prefix is read in the family of the first
                    let family = f.to.as_ref().map_or(opts.family, |t| t.family);
                    f.to = Some(get_prefix(&p, family)?);
                }
            }
        }
        Ok(f)
    }

    /// The dump request: struct ndmsg, then NDA_IFINDEX / NDA_MASTER for the kernel to
    /// filter on.
    pub fn request(&self, family: u8) -> Vec<u8> {
        let flags = if self.proxy { NTF_PROXY } else { 0 };
        let mut m = vec![family, 0, 0, 0, 0, 0, 0, 0, 0, 0, flags, 0];
        let mut attrs = Vec::new();
        if let Some(d) = self.dev {
            attrs.push(attr::u32(NDA_IFINDEX, d));
        }
        if let Some(d) = self.master {
            attrs.push(attr::u32(NDA_MASTER, d));
        }
        m.extend(attr::emit_all(&attrs));
        m
    }

    /// Whether entry `n` is selected; a flush (`flush`) leaves PERMANENT and NOARP entries
    /// alone unless they are asked for.
    pub fn accepts(&self, n: &Neigh, family: u8, flush: bool) -> bool {
        if family != 0 && n.family != family {
            return false;
        }
        if self.dev.is_some_and(|d| d != n.index) {
            return false;
        }
        let state = n.state;
        let shown = self.proxy
            || match self.nud {
                None if flush => state & (NUD_PERMANENT | NUD_NOARP) == 0,
                None => state != 0 && state & NUD_NOARP == 0,
                Some(mask) => {
                    let mask = if flush && !self.noarp {
                        mask & !NUD_NOARP
                    } else {
                        mask
                    };
                    state & mask != 0 || (state == 0 && self.stateless)
                }
            };
        if !shown {
            return false;
        }
        if self.unused && refcnt(n).is_some_and(|r| r != 0) {
            return false;
        }
        match (&self.to, n.attr.get(NDA_DST)) {
            (Some(t), Some(dst)) => t.contains(n.family, dst),
            _ => true,
        }
    }
}

/// The entry's reference count (the fourth word of NDA_CACHEINFO).
pub fn refcnt(n: &Neigh) -> Option<u32> {
    n.attr
        .get(NDA_CACHEINFO)
        .and_then(|c| c.get(12..16))
        .and_then(attr::u32_of)
}
