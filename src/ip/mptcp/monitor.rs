//! `ip mptcp monitor`: the path manager's events (multicast group mptcp_pm_events), one line
//! each, written out as it arrives. The datagram walk keeps the reference's complaints and
//! exit codes for malformed messages.

use crate::netlink::genl::GENL_HDRLEN;
use crate::netlink::rtnl::ip_of;
use crate::output::IpText;
use std::fmt::Write;

/// The event names (MPTCP_EVENT_*), right-aligned to 14 columns.
const EVENTS: &[(u8, &str)] = &[
    (1, "CREATED"),
    (2, "ESTABLISHED"),
    (3, "CLOSED"),
    (6, "ANNOUNCED"),
    (7, "REMOVED"),
    (10, "SF_ESTABLISHED"),
    (11, "SF_CLOSED"),
    (13, "SF_PRIO"),
];

/// How a value is written.
#[derive(Clone, Copy)]
enum Fmt {
    Hex8,
    U8,
    Addr4,
    Addr6,
    Be16,
    U16Hex,
    U32,
    I32,
    Hex32,
}

/// The attributes printed (MPTCP_ATTR_*), in the reference's order (not the message's).
const FIELDS: &[(u16, &str, Fmt)] = &[
    (1, "token", Fmt::Hex8),
    (4, "remid", Fmt::U8),
    (3, "locid", Fmt::U8),
    (5, "saddr4", Fmt::Addr4),
    (7, "daddr4", Fmt::Addr4),
    (6, "saddr6", Fmt::Addr6),
    (8, "daddr6", Fmt::Addr6),
    (9, "sport", Fmt::Be16),
    (10, "dport", Fmt::Be16),
    (11, "backup", Fmt::U8),
    (12, "error", Fmt::U8),
    (13, "flags", Fmt::U16Hex),
    (14, "timeout", Fmt::U32),
    (15, "ifindex", Fmt::I32),
    (16, "reset_reason", Fmt::U32),
    (17, "reset_flags", Fmt::Hex32),
];
/// MPTCP_ATTR_MAX.
const ATTR_MAX: usize = 18;

/// `n` bytes of `b` from `at`, zeros past its end (the reference reads a short attribute's
/// value on into what follows it).
fn bytes<const N: usize>(b: &[u8], at: usize) -> [u8; N] {
    let mut v = [0; N];
    for (i, x) in v.iter_mut().enumerate() {
        *x = b.get(at + i).copied().unwrap_or(0);
    }
    v
}

/// One datagram of events for family `family`: the lines to print in `out`, the complaints
/// in `err`; `Some(code)` when the reference stops there with that exit code.
pub fn datagram(buf: &[u8], family: u16, out: &mut String, err: &mut String) -> Option<i32> {
    let mut at = 0;
    while buf.len() - at >= 16 {
        let h: [u8; 16] = bytes(buf, at);
        let len = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]) as usize;
        let kind = u16::from_ne_bytes([h[4], h[5]]);
        if len < 16 || len > buf.len() - at {
            let _ = writeln!(err, "!!!malformed message: len={len}");
            return Some(1);
        }
        let payload = buf.get(at + 16..at + len).unwrap_or(&[]);
        if payload.len() < GENL_HDRLEN {
            return Some(254);
        }
        if kind == family {
            event(buf, at + 16, payload, out, err);
        }
        at = (at + len + 3) & !3;
        at = at.min(buf.len());
    }
    if at < buf.len() {
        let _ = writeln!(err, "!!!Remnant of size {}", buf.len() - at);
        return Some(1);
    }
    None
}

/// One event: `payload` (struct genlmsghdr and the attributes) starts at `base` in `buf`.
fn event(buf: &[u8], base: usize, payload: &[u8], out: &mut String, err: &mut String) {
    let cmd = payload.first().copied().unwrap_or(0);
    let Some(&(_, name)) = EVENTS.iter().find(|e| e.0 == cmd) else {
        let _ = writeln!(out, "[UNKNOWN {cmd}]");
        return;
    };
    // the attributes' value offsets in `buf`, the first of each type counting
    let mut tb = [None::<usize>; ATTR_MAX + 1];
    let mut off = GENL_HDRLEN;
    let mut rem = payload.len() as isize - GENL_HDRLEN as isize;
    let mut rta_len;
    loop {
        let h: [u8; 4] = bytes(buf, base + off);
        rta_len = u16::from_ne_bytes([h[0], h[1]]);
        let kind = usize::from(u16::from_ne_bytes([h[2], h[3]]));
        if rem < 4 || rta_len < 4 || rta_len as isize > rem {
            break;
        }
        if let Some(slot) = tb.get_mut(kind) {
            slot.get_or_insert(base + off + 4);
        }
        let step = (usize::from(rta_len) + 3) & !3;
        off += step;
        rem -= step as isize;
    }
    if rem != 0 {
        let _ = writeln!(err, "!!!Deficit {rem}, rta_len={rta_len}");
    }
    let _ = write!(out, "[{name:>14}]");
    for &(t, word, f) in FIELDS {
        let Some(&Some(v)) = tb.get(usize::from(t)) else {
            continue;
        };
        let _ = write!(out, " {word}=");
        let _ = match f {
            Fmt::Hex8 => write!(out, "{:08x}", u32::from_ne_bytes(bytes(buf, v))),
            Fmt::U8 => write!(out, "{}", bytes::<1>(buf, v)[0]),
            Fmt::Addr4 => addr(out, &bytes::<4>(buf, v)),
            Fmt::Addr6 => addr(out, &bytes::<16>(buf, v)),
            Fmt::Be16 => write!(out, "{}", u16::from_be_bytes(bytes(buf, v))),
            Fmt::U16Hex => write!(out, "{:x}", u16::from_ne_bytes(bytes(buf, v))),
            Fmt::U32 => write!(out, "{}", u32::from_ne_bytes(bytes(buf, v))),
            Fmt::I32 => write!(out, "{}", i32::from_ne_bytes(bytes(buf, v))),
            Fmt::Hex32 => write!(out, "{:#x}", u32::from_ne_bytes(bytes(buf, v))),
        };
    }
    out.push('\n');
}

fn addr(out: &mut String, v: &[u8]) -> std::fmt::Result {
    if let Some(ip) = ip_of(v) {
        out.push_str(IpText::new(ip).as_str());
    }
    Ok(())
}
