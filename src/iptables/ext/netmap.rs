//! `-j NETMAP --to ADDR[/MASK]` (nat table): the xt `NETMAP` target, revision 0
//! (`nf_nat_ipv4_multi_range_compat`: u32 rangesize 1, then one range: u32 flags
//! (MAP_IPS), be32 min/max address, be16 min/max port; 24 bytes). The network is the range
//! from the address with the host bits cleared to the address with them set.
//!
//! ip6tables' NETMAP is revision 0 too, in `nf_nat_range` (40 bytes: u32 flags, 16-byte
//! min/max address, be16 min/max port), a prefix up to 128 or an IPv6 mask.

use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::addr::{
    mask_prefix, mask_prefix6, one_host, one_host6, prefix_mask, prefix_mask6, split_mask,
};
use crate::iptables::getopt::{opt, Has, Opt};
use std::net::{Ipv4Addr, Ipv6Addr};

const RANGESIZE: usize = 0;
const FLAGS: usize = 4;
const MIN_IP: usize = 8;
const MAX_IP: usize = 12;
const MAP_IPS: u32 = 1;

const OPTS: &[Opt] = &[opt("to", Has::Required, 1).once().no_inv().mand()];

pub const DEF: Def = Def {
    name: "NETMAP",
    rev: 0,
    size: 24,
    cmp: 24,
    opts: OPTS,
    help: include_str!("../help/t_NETMAP.txt"),
    init,
    parse,
    save,
    print,
    fams: super::def::V4_ONLY,
    ..Def::TARGET
};

/// ip6tables' (`nf_nat_range`).
pub const DEF6: Def = Def {
    size: 40,
    cmp: 40,
    init: init6,
    parse: parse6,
    save: save6,
    print: print6,
    fams: super::def::V6_ONLY,
    ..DEF
};

const FLAGS6: usize = 0;
const MIN_IP6: usize = 4;
const MAX_IP6: usize = 20;

fn init6(e: &mut Ext) {
    e.set_u32(FLAGS6, MAP_IPS);
}

/// `HOST[/MASK]` (one IPv6 address; a mask that is no prefix keeps the whole address).
fn parse6(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (host, mask) = split_mask(arg.value);
    let addr = u128::from_be_bytes(one_host6(host)?);
    let mask = match mask {
        None => u128::MAX,
        Some(m) => {
            u128::from_be_bytes(mask_prefix6(m, "NETMAP", "to")?.map_or([0xff; 16], prefix_mask6))
        }
    };
    e.put(MIN_IP6, &(addr & mask).to_be_bytes());
    e.put(MAX_IP6, &(addr | !mask).to_be_bytes());
    Ok(())
}

/// `ADDR/BITS` (the mask as an address when the range is not a prefix).
fn network6(e: &Ext) -> String {
    let be = |at| u128::from_be_bytes(e.bytes(at, 16).try_into().unwrap_or([0; 16]));
    let (lo, hi) = (be(MIN_IP6), be(MAX_IP6));
    let mask = !(lo ^ hi);
    let n = mask.leading_ones();
    let text = |v: u128| crate::output::IpText::new(Ipv6Addr::from(v).into());
    if mask.checked_shl(n).unwrap_or(0) == 0 {
        format!("{}/{n}", text(lo).as_str())
    } else {
        format!("{}/{}", text(lo).as_str(), text(mask).as_str())
    }
}

fn save6(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" --to ");
    out.push_str(&network6(e));
}

fn print6(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" to:");
    out.push_str(&network6(e));
}

/// One range, of addresses.
fn init(e: &mut Ext) {
    e.set_u32(RANGESIZE, 1);
    e.set_u32(FLAGS, MAP_IPS);
}

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (addr, mask) = address(arg.value)?;
    let (addr, mask) = (u32::from_be_bytes(addr), u32::from_be_bytes(mask));
    e.put(MIN_IP, &(addr & mask).to_be_bytes());
    e.put(MAX_IP, &(addr | !mask).to_be_bytes());
    Ok(())
}

/// `HOST[/MASK]`: one address (a host name with one), a prefix length up to 32 or a dotted
/// mask (one that is not a prefix keeps the whole address, as no mask does).
fn address(word: &str) -> crate::error::Result<([u8; 4], [u8; 4])> {
    let (host, mask) = split_mask(word);
    let first = one_host(host, false, !host.contains(':'))?;
    let Some(m) = mask else {
        return Ok((first, [0xff; 4]));
    };
    let prefix = mask_prefix(m, "NETMAP", "to")?;
    Ok((first, prefix.map_or([0xff; 4], prefix_mask)))
}

/// `ADDR/BITS` (a dotted mask when the range is not a prefix).
fn network(e: &Ext) -> String {
    let (lo, hi) = (be32(e, MIN_IP), be32(e, MAX_IP));
    let mask = !(lo ^ hi);
    let n = mask.leading_ones();
    let addr = Ipv4Addr::from(lo);
    if mask.checked_shl(n).unwrap_or(0) == 0 {
        format!("{addr}/{n}")
    } else {
        format!("{addr}/{}", Ipv4Addr::from(mask))
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" --to ");
    out.push_str(&network(e));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" to:");
    out.push_str(&network(e));
}

/// A big-endian u32 of the blob (an address).
fn be32(e: &Ext, at: usize) -> u32 {
    e.bytes(at, 4).try_into().map_or(0, u32::from_be_bytes)
}
