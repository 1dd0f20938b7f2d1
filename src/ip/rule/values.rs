//! The values of `ip rule` selectors, read as the reference reads them for both add/del and
//! list/flush (the complaints that differ between the two are the callers').

use crate::cli::invarg;
use crate::cli::num::{get_u32, get_u64, scan_range, strtoul};
use crate::error::Result;
use crate::ip::opts::Opts;
use crate::ip::{ifnames, rtnames};
use crate::netlink::rtnl::AF_INET;
use crate::resolve::services;

/// `tos`/`dsfield`: a name from rt_dsfield or a hex number.
pub fn tos(v: &str) -> Result<u8> {
    rtnames::dsfield_a2n(v).ok_or_else(|| invarg("TOS value is invalid\n", v))
}

/// `fwmark MARK[/MASK]`: the mark and the mask when one is written.
pub fn fwmark(v: &str) -> Result<(u32, Option<u32>)> {
    let (m, mask) = match v.split_once('/') {
        Some((m, mask)) => (m, Some(mask)),
        None => (v, None),
    };
    let mark = get_u32(m).ok_or_else(|| invarg("fwmark value is invalid\n", m))?;
    let mask = match mask {
        Some(k) => Some(get_u32(k).ok_or_else(|| invarg("fwmask value is invalid\n", k))?),
        None => None,
    };
    Ok((mark, mask))
}

/// `iif`/`dev`/`oif NAME`: a name the kernel could hold.
pub fn ifname<'a>(v: &'a str, what: &str) -> Result<&'a str> {
    if ifnames::valid_ifname(v, true) {
        Ok(v)
    } else {
        Err(invarg(&format!("\"{what}\" not a valid ifname"), v))
    }
}

/// `uidrange START-END`.
pub fn uid_range(v: &str) -> Result<(u32, u32)> {
    match scan_range(v) {
        (2, a, b) => Ok((a as u32, b as u32)),
        _ => Err(invarg("invalid UID range\n", v)),
    }
}

/// `sport`/`dport N[-M]`.
pub fn port_range(v: &str) -> Result<(u16, u16)> {
    match scan_range(v) {
        (2, a, b) => Ok((a as u16, b as u16)),
        (1, a, _) => Ok((a as u16, a as u16)),
        _ => Err(invarg("invalid port range\n", v)),
    }
}

/// `ipproto NAME|NUMBER`: /etc/protocols, or a decimal number up to 255.
pub fn ipproto(v: &str) -> Result<u8> {
    services::proto_number(v)
        .or_else(|| strtoul(v, 10).and_then(|n| u8::try_from(n).ok()))
        .ok_or_else(|| invarg("Invalid \"ipproto\" value\n", v))
}

/// `tun_id N`.
pub fn tun_id(v: &str) -> Result<u64> {
    get_u64(v).ok_or_else(|| invarg("\"tun_id\" value is invalid\n", v))
}

/// `priority`/`preference`/`order N`.
pub fn pref(v: &str) -> Result<u32> {
    get_u32(v).ok_or_else(|| invarg("preference value is invalid\n", v))
}

/// A protocol's name as `ip rule` prints it: /etc/protocols' first name, else `ipproto-N`.
pub fn ipproto_name(n: u8) -> String {
    match services::proto_name(n).filter(|_| !rtnames::numeric()) {
        Some(name) => name.to_string(),
        None => format!("ipproto-{n}"),
    }
}

/// The family a rule request names: `-4/-6/-f…`, inet when none was given.
pub fn family(opts: &Opts) -> u8 {
    if opts.family == 0 {
        AF_INET
    } else {
        opts.family
    }
}
