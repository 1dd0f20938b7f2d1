//! The selectors of `ip rule list|show|flush|save`, read as the reference reads them (its own
//! abbreviations: `s` is `src`, `d` is `dst`, a bare word is the destination) and compared
//! with each rule of the dump. `protocol` selects only what `flush` deletes.

use super::values;
use crate::cli::{invarg, matches, Args};
use crate::error::Result;
use crate::ip::opts::Opts;
use crate::ip::prefix::{get_prefix, Inet};
use crate::ip::rtnames;
use crate::netlink::rtnl::rule::*;

#[derive(Default)]
pub struct Filter {
    not: bool,
    src: Option<Inet>,
    dst: Option<Inet>,
    pref: Option<u32>,
    tos: Option<u8>,
    /// Compared when not zero.
    mark: u32,
    mask: u32,
    iif: Option<String>,
    oif: Option<String>,
    l3mdev: bool,
    uid_range: Option<(u32, u32)>,
    /// Compared when not zero.
    ipproto: u8,
    sport: (u16, u16),
    dport: (u16, u16),
    tun_id: u64,
    table: u32,
    /// For `flush` only.
    pub protocol: Option<u8>,
}

pub fn parse(args: &mut Args, opts: &Opts) -> Result<Filter> {
    let mut f = Filter::default();
    let family = values::family(opts);
    while let Some(w) = args.next().map(str::to_string) {
        let w = w.as_str();
        if w == "not" {
            f.not = true;
        } else if matches(w, "from") || matches(w, "src") {
            f.src = Some(get_prefix(args.value()?, family)?);
        } else if matches(w, "preference") || matches(w, "order") || matches(w, "priority") {
            f.pref = Some(values::pref(args.value()?)?);
        } else if w == "tos" || w == "dsfield" {
            f.tos = Some(values::tos(args.value()?)?);
        } else if w == "fwmark" {
            let (mark, mask) = values::fwmark(args.value()?)?;
            f.mark = mark;
            f.mask = mask.unwrap_or(0);
        } else if w == "dev" || w == "iif" {
            f.iif = Some(values::ifname(args.value()?, "iif\"/\"dev")?.to_string());
        } else if w == "oif" {
            f.oif = Some(values::ifname(args.value()?, "oif")?.to_string());
        } else if w == "l3mdev" {
            f.l3mdev = true;
        } else if w == "uidrange" {
            f.uid_range = Some(values::uid_range(args.value()?)?);
        } else if w == "ipproto" {
            f.ipproto = values::ipproto(args.value()?)?;
        } else if w == "sport" {
            f.sport = values::port_range(args.value()?)?;
        } else if w == "dport" {
            f.dport = values::port_range(args.value()?)?;
        } else if matches(w, "tun_id") {
            f.tun_id = values::tun_id(args.value()?)?;
        } else if matches(w, "lookup") || matches(w, "table") {
            let v = args.value()?;
            f.table =
                rtnames::table_a2n(v).ok_or_else(|| invarg("table id value is invalid\n", v))?;
        } else if matches(w, "protocol") {
            let v = args.value()?;
            let p = rtnames::proto_a2n(v).ok_or_else(|| invarg("invalid \"protocol\"\n", v))?;
            f.protocol = Some(p);
        } else {
            let v = if matches(w, "dst") || w == "to" {
                args.value()?
            } else {
                w
            };
            f.dst = Some(get_prefix(v, family)?);
        }
    }
    Ok(f)
}

/// Does the rule's `kind` prefix of `len` bits lie inside prefix selector `p`?
fn inside(p: &Option<Inet>, r: &Rule, kind: u16, len: u8) -> bool {
    let Some(p) = p.filter(|p| p.bitlen > 0) else {
        return true;
    };
    let Some(a) = r.attr.get(kind) else {
        return false;
    };
    u16::from(len) >= p.bitlen && p.contains(r.family, a)
}

impl Filter {
    /// Does the rule meet every selector?
    pub fn accepts(&self, r: &Rule) -> bool {
        let name = |kind| r.attr.str(kind);
        let range = |kind| r.port_range(kind).unwrap_or((0, 0));
        (!self.not || r.flags & FIB_RULE_INVERT != 0)
            && inside(&self.src, r, FRA_SRC, r.src_len)
            && inside(&self.dst, r, FRA_DST, r.dst_len)
            && self.pref.is_none_or(|p| p == r.priority)
            && self.tos.is_none_or(|t| t == r.tos)
            && (self.mark == 0 || r.attr.u32(FRA_FWMARK) == Some(self.mark))
            && (self.mask == 0 || r.attr.u32(FRA_FWMASK) == Some(self.mask))
            && self
                .iif
                .as_deref()
                .is_none_or(|i| name(FRA_IIFNAME) == Some(i))
            && self
                .oif
                .as_deref()
                .is_none_or(|i| name(FRA_OIFNAME) == Some(i))
            && (!self.l3mdev || r.attr.u8(FRA_L3MDEV).is_some_and(|v| v != 0))
            && self.uid_range.is_none_or(|u| r.uid_range() == Some(u))
            && (self.ipproto == 0 || r.attr.u8(FRA_IP_PROTO) == Some(self.ipproto))
            && (self.sport == (0, 0) || range(FRA_SPORT_RANGE) == self.sport)
            && (self.dport == (0, 0) || range(FRA_DPORT_RANGE) == self.dport)
            && (self.tun_id == 0
                || r.attr
                    .get(FRA_TUN_ID)
                    .and_then(crate::netlink::attr::be64_of)
                    == Some(self.tun_id))
            && (self.table == 0 || r.table == self.table)
    }

    /// What `flush` deletes: the selected rules of a protocol, never those of priority 0.
    pub fn flushes(&self, r: &Rule) -> bool {
        r.priority != 0
            && self.accepts(r)
            && self
                .protocol
                .is_none_or(|p| r.attr.u8(FRA_PROTOCOL) == Some(p))
    }
}
