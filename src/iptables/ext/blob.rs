//! What the extensions share: their parameter-problem error, the interface-name length
//! check, iptables' hex numbers and quoted strings, and host-order reads from xt blobs.

use crate::error::Error;
use crate::netlink::attr::{u16_of, u32_of};
use crate::resolve::services;

/// An extension's parameter problem (xtables_error from inside an extension).
pub fn bad(text: impl std::fmt::Display) -> Error {
    Error::ipt_param(text)
}

/// A 32-bit value written as iptables prints it: `0x…` lower-case hex.
pub fn hex(v: u32) -> String {
    format!("0x{v:x}")
}

/// A fixed-size blob read as host-order u16/u32, or big-endian u16, at byte offsets.
pub fn ne16(b: &[u8], at: usize) -> u16 {
    b.get(at..).and_then(u16_of).unwrap_or(0)
}

pub fn ne32(b: &[u8], at: usize) -> u32 {
    b.get(at..).and_then(u32_of).unwrap_or(0)
}

pub fn be16(b: &[u8], at: usize) -> u16 {
    b.get(at..at + 2)
        .map(|x| u16::from_be_bytes([x[0], x[1]]))
        .unwrap_or(0)
}

/// The length check iptables makes on every interface name it is given.
pub fn check_iface_len(name: &str) -> crate::error::Result<()> {
    if name.len() > 15 {
        return Err(Error::ipt_param(format_args!(
            "interface name `{name}' must be shorter than IFNAMSIZ (15)"
        )));
    }
    Ok(())
}

/// A string as `-S` writes it: bare when it is made only of letters, digits, `_` and `-`,
/// else in double quotes with `"`, `'` and `\` escaped by a backslash.
pub fn save_string(out: &mut String, s: &str) {
    let plain = !s.is_empty()
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-');
    if plain {
        out.push_str(s);
        return;
    }
    out.push('"');
    for c in s.chars() {
        if matches!(c, '"' | '\'' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
}

/// `P[:P]` (dccp's and conntrack's ports): each a service name (any protocol) or a decimal
/// number, cut to 16 bits as iptables does; an empty low is 0, an empty high 65535. `ext`
/// and `option` name the option when there are more than two parts.
pub fn port_range(word: &str, ext: &str, option: &str) -> crate::error::Result<(u16, u16)> {
    let parts: Vec<&str> = word.split(':').collect();
    if parts.len() > 2 {
        return Err(bad(format_args!(
            "{ext}: Too many components for option \"--{option}\" (max: 2)\n"
        )));
    }
    let one = |p: &str| -> crate::error::Result<u16> {
        if let Some(port) = services::port_of(p, "tcp").or_else(|| services::port_of(p, "udp")) {
            return Ok(port);
        }
        match crate::cli::num::strtoul(p, 10) {
            Some(n) if (n as u32 as i32) >= 0 => Ok(n as u16),
            _ => Err(bad(format_args!(
                "Port \"{p}\" does not resolve to anything.\n"
            ))),
        }
    };
    match parts.as_slice() {
        [""] => Ok((0, 0)),
        [p] => one(p).map(|v| (v, v)),
        [lo, hi] => {
            let lo = if lo.is_empty() { 0 } else { one(lo)? };
            let hi = if hi.is_empty() { 65535 } else { one(hi)? };
            Ok((lo, hi))
        }
        _ => Ok((0, 0)),
    }
}

/// A saved port range: ` [!]WORD` then `A` or `A:B` (`word` holds its spaces).
pub fn save_ports(out: &mut String, word: &str, (a, b, inv): (u16, u16, bool)) {
    if inv {
        out.push_str(" !");
    }
    out.push_str(word);
    out.push_str(&a.to_string());
    if a != b {
        out.push(':');
        out.push_str(&b.to_string());
    }
}
