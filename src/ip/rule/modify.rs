//! `ip rule add|delete SELECTOR ACTION`: one RTM_NEWRULE / RTM_DELRULE. The attributes go in
//! the order of the words (a word given twice is sent twice, as the reference sends it);
//! an add without a table or a type looks up the main table.

use super::values;
use crate::cli::num::get_u32;
use crate::cli::{invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::opts::Opts;
use crate::ip::prefix::{get_prefix, parse_addr, Special};
use crate::ip::{rtnames, rtnl, usage};
use crate::netlink::attr;
use crate::netlink::rtnl::route::RT_TABLE_MAIN;
use crate::netlink::rtnl::rule::*;
use crate::netlink::rtnl::{AF_INET, RTM_DELRULE, RTM_NEWRULE};
use crate::netlink::Wire;
use netlink_packet_core::{DefaultNla, NLM_F_CREATE, NLM_F_EXCL};

pub fn add(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_NEWRULE, NLM_F_CREATE | NLM_F_EXCL)
}

pub fn delete(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, RTM_DELRULE, 0)
}

fn run(args: &mut Args, opts: &Opts, cmd: u16, flags: u16) -> Result<()> {
    let m = build(args, opts, cmd)?;
    rtnl::ack(&mut *rtnl::open()?, Wire(cmd, &m), flags)
}

/// Read the rule of an add (`RTM_NEWRULE`) or delete and build the request's payload:
/// struct fib_rule_hdr, then the attributes in the order of the words.
pub fn build(args: &mut Args, opts: &Opts, cmd: u16) -> Result<Vec<u8>> {
    let add = cmd == RTM_NEWRULE;
    if args.is_empty() {
        let word = if add { "add" } else { "del" };
        return Err(Error::ip_fail(format_args!(
            "\"ip rule {word}\" requires arguments."
        )));
    }
    let family = values::family(opts);
    let (mut dst_len, mut src_len, mut tos) = (0u8, 0u8, 0u8);
    let mut table: Option<u32> = None;
    let mut action = if add { FR_ACT_TO_TBL } else { FR_ACT_UNSPEC };
    // a type, `goto` or `l3mdev`: no default table
    let mut explicit = false;
    let mut l3mdev = false;
    let mut flags = 0u32;
    let mut attrs: Vec<DefaultNla> = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        let w = w.as_str();
        if w == "not" {
            flags |= FIB_RULE_INVERT;
        } else if w == "from" {
            let p = get_prefix(args.value()?, opts.family)?;
            src_len = p.bitlen.min(255) as u8;
            attrs.push(attr::bytes(FRA_SRC, p.bytes()));
        } else if w == "to" {
            let p = get_prefix(args.value()?, opts.family)?;
            dst_len = p.bitlen.min(255) as u8;
            attrs.push(attr::bytes(FRA_DST, p.bytes()));
        } else if matches(w, "preference") || matches(w, "order") || matches(w, "priority") {
            attrs.push(attr::u32(FRA_PRIORITY, values::pref(args.value()?)?));
        } else if w == "tos" || matches(w, "dsfield") {
            tos = values::tos(args.value()?)?;
        } else if w == "fwmark" {
            let (mark, mask) = values::fwmark(args.value()?)?;
            attrs.push(attr::u32(FRA_FWMARK, mark));
            if let Some(mask) = mask {
                attrs.push(attr::u32(FRA_FWMASK, mask));
            }
        } else if matches(w, "realms") {
            let v = args.value()?;
            let flow = rtnames::realms_a2n(v).ok_or_else(|| invarg("invalid realms\n", v))?;
            attrs.push(attr::u32(FRA_FLOW, flow));
        } else if matches(w, "protocol") {
            let v = args.value()?;
            let p = rtnames::proto_a2n(v)
                .ok_or_else(|| invarg("\"protocol\" value is invalid\n", v))?;
            attrs.push(attr::u8(FRA_PROTOCOL, p));
        } else if matches(w, "tun_id") {
            let id = values::tun_id(args.value()?)?;
            attrs.push(attr::bytes(FRA_TUN_ID, &id.to_be_bytes()));
        } else if matches(w, "table") || w == "lookup" {
            let v = args.value()?;
            let t = rtnames::table_a2n(v).ok_or_else(|| invarg("invalid table ID\n", v))?;
            if t > 255 {
                attrs.push(attr::u32(FRA_TABLE, t));
            }
            table = Some(t);
        } else if matches(w, "suppress_prefixlength") {
            let v = args.value()?;
            let n = crate::cli::num::get_integer(v)
                .filter(|&n| n >= 0)
                .ok_or_else(|| invarg("suppress_prefixlength value is invalid\n", v))?;
            attrs.push(attr::u32(FRA_SUPPRESS_PREFIXLEN, n as u32));
        } else if matches(w, "suppress_ifgroup") {
            let v = args.value()?;
            let g = rtnames::group_a2n(v)
                .ok_or_else(|| invarg("Invalid \"suppress_ifgroup\" value\n", v))?;
            attrs.push(attr::u32(FRA_SUPPRESS_IFGROUP, g));
        } else if w == "dev" || w == "iif" {
            let v = values::ifname(args.value()?, "iif\"/\"dev")?;
            attrs.push(name_attr(FRA_IIFNAME, v));
        } else if w == "oif" {
            let v = values::ifname(args.value()?, "oif")?;
            attrs.push(name_attr(FRA_OIFNAME, v));
        } else if w == "l3mdev" {
            attrs.push(attr::u8(FRA_L3MDEV, 1));
            l3mdev = true;
            explicit = true;
        } else if w == "uidrange" {
            let (a, b) = values::uid_range(args.value()?)?;
            let mut r = a.to_ne_bytes().to_vec();
            r.extend_from_slice(&b.to_ne_bytes());
            attrs.push(attr::bytes(FRA_UID_RANGE, &r));
        } else if w == "ipproto" {
            attrs.push(attr::u8(FRA_IP_PROTO, values::ipproto(args.value()?)?));
        } else if w == "sport" || w == "dport" {
            let (a, b) = values::port_range(args.value()?)?;
            let mut r = a.to_ne_bytes().to_vec();
            r.extend_from_slice(&b.to_ne_bytes());
            let kind = if w == "sport" {
                FRA_SPORT_RANGE
            } else {
                FRA_DPORT_RANGE
            };
            attrs.push(attr::bytes(kind, &r));
        } else if w == "nat" || matches(w, "map-to") {
            eprintln!("Warning: route NAT is deprecated");
            let v = args.value()?;
            let a = parse_addr(v, AF_INET)
                .filter(|a| a.special == Special::No || a.bytelen == 0 || a.bytes() == [0; 4])
                .ok_or_else(|| {
                    Error::ip_fail(format_args!(
                        "Error: an IP address is expected rather than \"{v}\""
                    ))
                })?;
            let mut b = [0u8; 4];
            let n = a.bytes().len().min(4);
            b[..n].copy_from_slice(&a.bytes()[..n]);
            attrs.push(attr::bytes(FRA_GATEWAY, &b));
            action = FR_ACT_NAT;
        } else {
            let w = if w == "type" { args.value()? } else { w };
            if matches(w, "help") {
                return Err(Error::ip_usage_text(usage::RULE));
            } else if matches(w, "goto") {
                let v = args.value()?;
                let target = get_u32(v).ok_or_else(|| invarg("invalid target\n", v))?;
                attrs.push(attr::u32(FRA_GOTO, target));
                action = FR_ACT_GOTO;
            } else if matches(w, "nop") {
                action = FR_ACT_NOP;
            } else {
                action = rtnames::route_type_a2n(w)
                    .ok_or_else(|| invarg("Failed to parse rule type", w))?;
            }
            explicit = true;
        }
    }
    if l3mdev && table.is_some() {
        return Err(Error::ip_einval(
            "table can not be specified for l3mdev rules",
        ));
    }
    if add && table.is_none() && !explicit {
        table = Some(RT_TABLE_MAIN);
    }
    let t = table.unwrap_or(0);
    let mut m = vec![
        family,
        dst_len,
        src_len,
        tos,
        u8::try_from(t).unwrap_or(0),
        0,
        0,
        action,
    ];
    m.extend_from_slice(&flags.to_ne_bytes());
    m.extend(attr::emit_all(&attrs));
    Ok(m)
}

/// A device name as a NUL-terminated string attribute.
fn name_attr(kind: u16, name: &str) -> DefaultNla {
    let mut v = name.as_bytes().to_vec();
    v.push(0);
    attr::bytes(kind, &v)
}
