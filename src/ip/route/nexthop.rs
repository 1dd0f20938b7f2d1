//! `nexthop via GW [dev NAME] [weight N] [onlink] [realms R] nexthop …`: the RTA_MULTIPATH
//! of `ip route add` (the rest of the command line), as the reference encodes it.

use crate::cli::num::get_u32;
use crate::cli::{invarg, Args};
use crate::error::{Error, Result};
use crate::ip::prefix::get_addr;
use crate::ip::rtnames;
use crate::netlink::attr;
use crate::netlink::rtnl::route::*;
use crate::netlink::rtnl::{AF_INET, AF_INET6};
use netlink_packet_core::DefaultNla;

/// The interface lookup a request uses (the kernel's in use, a table in tests).
pub type Index<'a> = &'a dyn Fn(&str) -> Option<u32>;

/// `GW` of `via [inet|inet6] GW` as an attribute of a route of `family`: RTA_GATEWAY, or
/// RTA_VIA (family, address) for a gateway of another family. `family` 0 takes the
/// gateway's.
pub fn via(args: &mut Args, family: &mut u8) -> Result<DefaultNla> {
    let mut v = args.value()?.to_string();
    let mut of = *family;
    if let Some(f) = [("inet", AF_INET), ("inet6", AF_INET6)]
        .iter()
        .find(|(n, _)| *n == v)
        .map(|&(_, f)| f)
    {
        of = f;
        v = args.value()?.to_string();
    }
    let a = get_addr(&v, of)?;
    if *family == 0 {
        *family = a.family;
    }
    Ok(if a.family == *family {
        attr::bytes(RTA_GATEWAY, a.bytes())
    } else {
        let mut via = u16::from(a.family).to_ne_bytes().to_vec();
        via.extend_from_slice(a.bytes());
        attr::bytes(RTA_VIA, &via)
    })
}

/// `realm R` / `realms FROM/TO` as RTA_FLOW.
pub fn realms(v: &str) -> Result<DefaultNla> {
    let flow = rtnames::realms_a2n(v).ok_or_else(|| invarg("\"realm\" value is invalid\n", v))?;
    Ok(attr::u32(RTA_FLOW, flow))
}

/// The nexthops after the first `nexthop` word, to the end of the line: the RTA_MULTIPATH
/// payload (struct rtnexthop and its attributes, one after another).
pub fn parse(args: &mut Args, family: &mut u8, index: Index) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        if args.is_empty() {
            return Err(Error::ip_usage(
                "Error: unexpected end of line after \"nexthop\"",
            ));
        }
        let (mut flags, mut hops, mut ifindex) = (0u8, 0u8, 0u32);
        let mut attrs = Vec::new();
        let mut more = false;
        while let Some(w) = args.next().map(str::to_string) {
            match w.as_str() {
                "nexthop" => {
                    more = true;
                    break;
                }
                "via" => attrs.push(via(args, family)?),
                "dev" => {
                    let d = args.value()?;
                    ifindex = index(d).ok_or_else(|| {
                        Error::ip_usage_text(format!(
                            "Cannot find device \"{d}\"\nError: cannot parse nexthop\n"
                        ))
                    })?;
                }
                "weight" => {
                    let v = args.value()?;
                    let weight = get_u32(v)
                        .filter(|w| (1..=256).contains(w))
                        .ok_or_else(|| invarg("\"weight\" is invalid\n", v))?;
                    hops = (weight - 1) as u8;
                }
                "onlink" => flags |= RTNH_F_ONLINK as u8,
                "realms" | "realm" => attrs.push(realms(args.value()?)?),
                _ => {
                    return Err(Error::ip_usage(format_args!(
                        "Error: \"nexthop\" or end of line is expected instead of \"{w}\""
                    )))
                }
            }
        }
        let body = attr::emit_all(&attrs);
        let len = RTNH_LEN + body.len();
        out.extend_from_slice(&u16::try_from(len).unwrap_or(u16::MAX).to_ne_bytes());
        out.push(flags);
        out.push(hops);
        out.extend_from_slice(&ifindex.to_ne_bytes());
        out.extend_from_slice(&body);
        if !more {
            return Ok(out);
        }
    }
}
