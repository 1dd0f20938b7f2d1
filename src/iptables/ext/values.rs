//! Values several extensions read and print alike: ports and port spans (tcp, udp, sctp,
//! dccp, multiport), MAC addresses (mac, CLUSTERIP), one IPv4 host (TPROXY, TEE), and
//! numbers named in iproute2's tables (devgroup, realm).

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Ext};
use crate::cli::num::{strtoul, strtoul_prefix};
use crate::iptables::addr::{host_addrs, inet_aton};
use crate::iptables::getopt::Opt;
use crate::resolve::services;

/// Six colon-separated fields of at most two characters, each empty (0) or a hex number
/// up to 255 as strtoul reads it, as iptables takes them.
pub fn parse_mac(s: &str) -> Option<[u8; 6]> {
    let mut out = [0u8; 6];
    let mut fields = s.split(':');
    for b in out.iter_mut() {
        let f = fields.next()?;
        if f.len() > 2 {
            return None;
        }
        if !f.is_empty() {
            *b = u8::try_from(strtoul(f, 16)?).ok()?;
        }
    }
    fields.next().is_none().then_some(out)
}

/// One port: a number or a service name of the protocol (`tcp`, `udp`, …).
pub fn port(word: &str, proto: &str) -> crate::error::Result<u16> {
    if let Some(p) = crate::cli::num::strtoul(word, 0).and_then(|v| u16::try_from(v).ok()) {
        return Ok(p);
    }
    services::port_of(word, proto)
        .ok_or_else(|| bad(format_args!("invalid port/service `{word}' specified")))
}

/// `P`, `P:Q`, `:Q` (from 0), `P:` (to 65535).
pub fn span(word: &str, proto: &str) -> crate::error::Result<(u16, u16)> {
    match word.split_once(':') {
        None => port(word, proto).map(|p| (p, p)),
        Some((a, b)) => {
            let a = if a.is_empty() { 0 } else { port(a, proto)? };
            let b = if b.is_empty() { 65535 } else { port(b, proto)? };
            if a > b {
                return Err(bad("invalid portrange (min > max)"));
            }
            Ok((a, b))
        }
    }
}

/// ` spt:80`, ` spts:1:1023`, ` dpt:!22` (service names unless numeric).
pub fn print_span(
    out: &mut String,
    word: &str,
    (a, b, inv): (u16, u16, bool),
    proto: &str,
    numeric: bool,
) {
    out.push_str(word);
    if a != b {
        out.push('s');
    }
    out.push(':');
    if inv {
        out.push('!');
    }
    port_text(out, a, proto, numeric);
    if a != b {
        out.push(':');
        port_text(out, b, proto, numeric);
    }
}

/// A port as -L prints it (its service name unless numeric).
pub fn port_text(out: &mut String, p: u16, proto: &str, numeric: bool) {
    match (!numeric)
        .then(|| services::service_name(p, proto))
        .flatten()
    {
        Some(name) => out.push_str(name),
        None => out.push_str(&p.to_string()),
    }
}

/// One IPv4 address: dotted (inet_aton's forms) or a host name with one address.
pub fn address(word: &str) -> crate::error::Result<[u8; 4]> {
    if let Some(a) = inet_aton(word) {
        return Ok(a);
    }
    if word.contains(':') {
        return Err(bad(
            "getaddrinfo: Address family for hostname not supported\n",
        ));
    }
    let found = if word.contains('/') {
        Vec::new()
    } else {
        host_addrs(word)
    };
    let Some(first) = found.first().copied() else {
        return Err(bad("getaddrinfo: Name or service not known\n"));
    };
    if found.iter().any(|a| *a != first) {
        return Err(bad(format_args!(
            "{word} resolves to more than one address\n"
        )));
    }
    Ok(first)
}

/// The `NUMBER NAME` lines of an iproute2 name file as libxtables reads them (comments and
/// lines that are not entries skipped).
pub fn names(path: &str) -> Vec<(u32, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|l| {
            let l = l.trim_start();
            if l.starts_with('#') {
                return None;
            }
            let (id, used) = strtoul_prefix(l, 0)?;
            let rest = &l[used..];
            if !rest.starts_with([' ', '\t']) {
                return None;
            }
            let name = rest.split_whitespace().next()?;
            Some((u32::try_from(id).ok()?, name.to_string()))
        })
        .collect()
}

/// `VALUE[/MASK]` (C numbers) or a name of `path` (no mask then), as libxtables reads a
/// value and mask with names.
pub fn value_mask(
    ext: &str,
    option: &str,
    word: &str,
    path: &str,
) -> crate::error::Result<(u32, u32)> {
    let number = |s: &str| {
        strtoul_prefix(s, 0)
            .filter(|_| !s.trim_start().starts_with('-'))
            .and_then(|(v, used)| Some((u32::try_from(v).ok()?, used)))
    };
    let value = number(word).filter(|(_, used)| {
        let rest = &word[*used..];
        rest.is_empty() || rest.starts_with('/')
    });
    let Some((value, used)) = value else {
        return match names(path).into_iter().find(|(_, n)| n == word) {
            Some((id, _)) => Ok((id, u32::MAX)),
            None => Err(bad(format_args!(
                "{ext}: could not map name {word} to an integer value for option \"--{option}\".\n"
            ))),
        };
    };
    let Some(mask) = word[used..].strip_prefix('/') else {
        return Ok((value, u32::MAX));
    };
    let (m, used) = number(mask).ok_or_else(|| {
        bad(format_args!(
            "{ext}: bad integer value for option \"--{option}\", or out of range.\n"
        ))
    })?;
    if used < mask.len() {
        return Err(bad(format_args!(
            "{ext}: trailing garbage after value for option \"--{option}\".\n"
        )));
    }
    Ok((value, m))
}

/// `NAME` (a full mask with a name, unless numeric), else `0xV[/0xM]`.
pub fn value_mask_text(out: &mut String, (value, mask): (u32, u32), path: &str, numeric: bool) {
    if mask == u32::MAX && !numeric {
        if let Some((_, n)) = names(path).into_iter().find(|(id, _)| *id == value) {
            out.push_str(&n);
            return;
        }
    }
    out.push_str(&format!("0x{value:x}"));
    if mask != u32::MAX {
        out.push_str(&format!("/0x{mask:x}"));
    }
}

/// A number up to 255 at the start of `s` (C's forms), and what follows it.
fn byte_prefix(s: &str) -> Option<(u8, &str)> {
    strtoul_prefix(s, 0)
        .filter(|(v, _)| *v <= 255)
        .map(|(v, used)| (v as u8, &s[used..]))
}

/// An ICMP or ICMPv6 type as iptables reads it: a name of `names` (name, type, code min,
/// code max) or the unambiguous beginning of one, any case; or `TYPE[/CODE]` in C's number
/// forms. `kind` (`ICMP`, `ICMPv6`) names it in the messages.
pub fn icmp_type(
    word: &str,
    names: &[(&str, u8, u8, u8)],
    kind: &str,
) -> crate::error::Result<(u8, u8, u8)> {
    let mut hits = names.iter().filter(|(n, ..)| {
        n.len() >= word.len() && n.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
    });
    if let Some((name, t, lo, hi)) = hits.next() {
        if let Some((other, ..)) = hits.next() {
            return Err(bad(format_args!(
                "Ambiguous {kind} type `{word}': `{name}' or `{other}'?"
            )));
        }
        return Ok((*t, *lo, *hi));
    }
    let (t, rest) =
        byte_prefix(word).ok_or_else(|| bad(format_args!("Unknown {kind} type `{word}'")))?;
    let (code, rest) = match rest.strip_prefix('/') {
        Some(c) => {
            let (code, rest) =
                byte_prefix(c).ok_or_else(|| bad(format_args!("Unknown {kind} code `{word}'")))?;
            (Some(code), rest)
        }
        None => (None, rest),
    };
    if let Some(c) = rest.chars().next() {
        return Err(bad(format_args!("unknown character {c}")));
    }
    Ok(match code {
        Some(c) => (t, c, c),
        None => (t, 0, 0xff),
    })
}

/// A compare of a byte (TTL, hop limit: mode EQ 0, NE 1, LT 2, GT 3) as `-S` writes it:
/// `--NAME-eq V`, `! --NAME-eq V`, `--NAME-lt V`, `--NAME-gt V`.
pub fn compare_save(out: &mut String, name: &str, mode: u8, v: u8) {
    let (inv, op) = match mode {
        0 => ("", "eq"),
        1 => (" !", "eq"),
        2 => ("", "lt"),
        _ => ("", "gt"),
    };
    out.push_str(&format!("{inv} --{name}-{op} {v}"));
}

/// The same as `-L` writes it: `LABEL match LABEL == V` (`!=`, `<`, `>`).
pub fn compare_print(out: &mut String, label: &str, mode: u8, v: u8) {
    let op = match mode {
        0 => "==",
        1 => "!=",
        2 => "<",
        _ => ">",
    };
    out.push_str(&format!(" {label} match {label} {op} {v}"));
}

/// The blob of a compare of a byte (`ttl`, `hl`): u8 mode (EQ 0, NE 1, LT 2, GT 3), u8 value.
pub fn compare_set(e: &mut Ext, mode: u8, v: u8) {
    e.set_u8(0, mode);
    e.set_u8(1, v);
}

/// Its options, whose ids are the modes: `--X-eq` with `!` is NE.
pub fn compare_parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let v = uint(e, o, arg.value, 0, 255)? as u8;
    let mode = if o.id == 0 && arg.inv { 1 } else { o.id };
    compare_set(e, mode, v);
    Ok(())
}

/// The blob of an ICMP or ICMPv6 match (`struct ipt_icmp`, `ip6t_icmp`: u8 type, u8 code
/// min, u8 code max, u8 invflags).
pub fn icmp_set(e: &mut Ext, (t, lo, hi): (u8, u8, u8), inv: bool) {
    e.set_u8(0, t);
    e.set_u8(1, lo);
    e.set_u8(2, hi);
    e.set_u8(3, u8::from(inv));
}
