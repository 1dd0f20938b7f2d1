//! `ip route show|list [SELECTORS]`: one RTM_GETROUTE dump of the family (inet unless `-6`),
//! filtered here (the kernel filters on the table when one is named), printed as it streams.

use super::modify::{is_metric_word, metric};
use super::print::{print, Pinned};
use crate::cli::{invarg, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::{self, Names};
use crate::ip::opts::Opts;
use crate::ip::prefix::{get_addr, get_prefix, Inet};
use crate::ip::{rtnames, rtnl};
use crate::netlink::attr;
use crate::netlink::rtnl::route::*;
use crate::netlink::rtnl::{AF_INET, RTM_GETROUTE, RTM_NEWROUTE};
use crate::netlink::Wire;

/// How a prefix selector compares with a route's destination.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Match {
    /// `root P`: the destination lies inside P.
    Root,
    /// `match P`: P lies inside the destination.
    Within,
    /// `exact P` (and a bare prefix): the same prefix.
    Exact,
}

#[derive(Default)]
pub(super) struct Filter {
    family: u8,
    /// None: the main table; Some(0): every table.
    table: Option<u32>,
    dst: Option<(Match, Inet)>,
    oif: Option<u32>,
    /// `iif DEV`: routes of that incoming device (asked of no kernel)
    iif: Option<u32>,
    gateway: Option<Inet>,
    protocol: Option<u8>,
    scope: Option<u8>,
    rtype: Option<u8>,
    tos: Option<u8>,
    /// RTA_FLOW and the bits compared: `realm TO` compares TO, `realms FROM/TO` both.
    realms: Option<(u32, u32)>,
    /// `src PREFIX`: the preferred source lies inside it.
    prefsrc: Option<Inet>,
    /// `from PREFIX`: the route's source prefix, as `to` compares the destination.
    from: Option<(Match, Inet)>,
    metric: Option<u32>,
    /// `table cache`: the kernel's cloned routes.
    cache: bool,
}

pub(super) fn parse(args: &mut Args, opts: &Opts) -> Result<Filter> {
    let mut f = Filter {
        family: opts.family,
        ..Filter::default()
    };
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "table" => {
                let v = args.value()?;
                f.cache = v == "cache";
                let id = match v {
                    "all" | "cache" => 0,
                    _ => rtnames::table_a2n(v)
                        .ok_or_else(|| invarg("table id value is invalid\n", v))?,
                };
                f.table = Some(id);
            }
            "dev" | "oif" => {
                let v = args.value()?;
                f.oif = Some(ifnames::require(v)?);
            }
            "iif" => {
                let v = args.value()?;
                f.iif = Some(ifnames::require(v)?);
            }
            "via" => {
                let v = args.value()?;
                f.gateway = Some(get_addr(v, f.family)?);
            }
            "proto" | "protocol" => {
                let v = args.value()?;
                let p = rtnames::proto_a2n(v)
                    .ok_or_else(|| invarg("\"protocol\" value is invalid\n", v))?;
                f.protocol = Some(p);
            }
            "scope" => {
                let v = args.value()?;
                let s =
                    rtnames::scope_a2n(v).ok_or_else(|| invarg("invalid \"scope\" value\n", v))?;
                f.scope = Some(s);
            }
            "type" => {
                let v = args.value()?;
                let t = rtnames::route_type_a2n(v)
                    .ok_or_else(|| invarg("node type value is invalid\n", v))?;
                f.rtype = Some(t);
            }
            "src" => {
                let v = args.value()?;
                f.prefsrc = Some(get_prefix(v, f.family)?);
            }
            "from" => {
                let mut v = args.value()?.to_string();
                let mut how = Match::Exact;
                for (w, m) in [
                    ("root", Match::Root),
                    ("match", Match::Within),
                    ("exact", Match::Exact),
                ] {
                    if v == w {
                        how = m;
                        v = args.value()?.to_string();
                    }
                }
                f.from = Some((how, get_prefix(&v, f.family)?));
            }
            _ if is_metric_word(&w) => f.metric = Some(metric(args)?),
            "tos" | "dsfield" => {
                let v = args.value()?;
                let t =
                    rtnames::dsfield_a2n(v).ok_or_else(|| invarg("TOS value is invalid\n", v))?;
                f.tos = Some(t);
            }
            "realm" | "realms" => {
                let v = args.value()?;
                let flow = rtnames::realms_a2n(v).ok_or_else(|| invarg("invalid realms\n", v))?;
                let mask = if v.contains('/') { u32::MAX } else { 0xffff };
                f.realms = Some((flow, mask));
            }
            "root" | "match" | "exact" => {
                let how = match w.as_str() {
                    "root" => Match::Root,
                    "match" => Match::Within,
                    _ => Match::Exact,
                };
                let p = get_prefix(args.value()?, f.family)?;
                f.dst = Some((how, p));
            }
            _ => {
                let v = if w == "to" {
                    args.value()?.to_string()
                } else {
                    w.clone()
                };
                f.dst = Some((Match::Exact, get_prefix(&v, f.family)?));
            }
        }
    }
    // no family asked for: inet, unless every table is (then every family)
    if f.family == 0 && f.table != Some(0) {
        f.family = AF_INET;
    }
    Ok(f)
}

impl Filter {
    pub(super) fn accepts(&self, r: &Route) -> bool {
        if self.family != 0 && r.family != self.family {
            return false;
        }
        match self.table {
            None if r.table != RT_TABLE_MAIN => return false,
            Some(t) if t != 0 && r.table != t => return false,
            _ => {}
        }
        if self.oif.is_some() && r.attr.u32(RTA_OIF) != self.oif {
            return false;
        }
        if self.iif.is_some() && r.attr.u32(RTA_IIF) != self.iif {
            return false;
        }
        if let Some(gw) = &self.gateway {
            if r.attr.get(RTA_GATEWAY) != Some(gw.bytes()) {
                return false;
            }
        }
        if self.protocol.is_some_and(|p| p != r.protocol)
            || self.scope.is_some_and(|s| s != r.scope)
            || self.rtype.is_some_and(|t| t != r.rtype)
            || self.tos.is_some_and(|t| t != r.tos)
        {
            return false;
        }
        if self.cache && r.flags & RTM_F_CLONED == 0 {
            return false;
        }
        if let Some(m) = self.metric {
            if r.attr.u32(RTA_PRIORITY).unwrap_or(0) != m {
                return false;
            }
        }
        if let Some(p) = &self.prefsrc {
            match r.attr.get(RTA_PREFSRC) {
                Some(a) if p.contains(r.family, a) => {}
                _ => return false,
            }
        }
        if let Some((how, p)) = &self.from {
            let src = r.attr.get(RTA_SRC).unwrap_or(&[]);
            if !selects(*how, p, r.family, src, r.src_len) {
                return false;
            }
        }
        if let Some((flow, mask)) = self.realms {
            if r.attr.u32(RTA_FLOW).unwrap_or(0) & mask != flow & mask {
                return false;
            }
        }
        if let Some((how, p)) = &self.dst {
            let dst = r.attr.get(RTA_DST).unwrap_or(&[]);
            if !selects(*how, p, r.family, dst, r.dst_len) {
                return false;
            }
        }
        true
    }
}

/// Does the route's prefix `addr/len` meet selector `how P`?
fn selects(how: Match, p: &Inet, family: u8, addr: &[u8], len: u8) -> bool {
    let bits = p.bitlen;
    let len = u16::from(len);
    match how {
        Match::Exact => len == bits && prefix_of(p, family, addr, bits),
        Match::Root => len >= bits && prefix_of(p, family, addr, bits),
        // the route's prefix holds P
        Match::Within => len <= bits && prefix_of(p, family, addr, len),
    }
}

/// Is `dst` (of `family`) a member of `p` when comparing their first `bits` bits (missing
/// bytes read as zero)?
fn prefix_of(p: &Inet, family: u8, dst: &[u8], bits: u16) -> bool {
    let mut q = *p;
    q.bitlen = bits;
    let mut full = [0u8; 16];
    let n = dst.len().min(16);
    full[..n].copy_from_slice(&dst[..n]);
    q.contains(family, &full[..usize::from(p.bytelen).max(n)])
}

/// RTM_GETROUTE for the family, naming the table when one is asked for.
pub(super) fn request(f: &Filter) -> Vec<u8> {
    let mut m = vec![0u8; RTMSG_LEN];
    m[0] = f.family;
    if f.cache {
        m[8..12].copy_from_slice(&RTM_F_CLONED.to_ne_bytes());
    }
    if let Some(t) = f.table.filter(|&t| t != 0) {
        m.extend(attr::emit_all(&[attr::u32(RTA_TABLE, t)]));
    }
    // the kernel checks the device (`dev ifN` of no such index: No such device)
    if let Some(i) = f.oif {
        m.extend(attr::emit_all(&[attr::u32(RTA_OIF, i)]));
    }
    m
}

/// What the selectors of `f` pin, so the printer leaves it out.
pub(super) fn pinned(f: &Filter) -> Pinned {
    Pinned {
        dev: f.oif.is_some(),
        gateway: f.gateway.is_some(),
        protocol: f.protocol.is_some(),
        scope: f.scope.is_some(),
        table: f.table != Some(0),
        tos: f.tos.is_some(),
        realms: f.realms.is_some_and(|(_, mask)| mask == u32::MAX),
        metric: f.metric.is_some(),
        prefsrc: f.prefsrc.is_some_and(|p| p.bitlen == p.max_bits()),
    }
}

pub fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = parse(args, opts)?;
    let pin = pinned(&f);
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = opts.printer();
    p.begin();
    let req = request(&f);
    let r = rtnl::dump(&mut sock, Wire(RTM_GETROUTE, &req), &mut |m| {
        if let Some(route) = Route::parse(m.payload).filter(|_| m.kind == RTM_NEWROUTE) {
            if f.accepts(&route) {
                print(&mut p, &route, pin, opts.details > 0, &mut names);
            }
        }
        Ok(())
    });
    match r {
        Ok(()) => p.end().map_err(Error::from),
        // the reference leaves the JSON document open (`[`) and exits 2
        Err(fail) => {
            p.flush()?;
            Err(rtnl::route_terminated(fail, "Dump"))
        }
    }
}
