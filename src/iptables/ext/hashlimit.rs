//! `-m hashlimit`: the xt `hashlimit` match, revision 3 (`struct xt_hashlimit_mtinfo3`:
//! char name[255], then at 256 `struct hashlimit_cfg3`: u64 avg, u64 burst, u32 mode,
//! size, max, gc_interval, expire, interval, u8 srcmask, dstmask; then the kernel's
//! pointer; 312 bytes sent, 304 compared). Revisions 1 (name[16], 32-bit avg in 1/10000 s)
//! and 2 (revision 3 without the interval) are read too.
//!
//! The blob carries, past the 312 bytes the kernel sees, what the options said before the
//! defaults that depend on each other were applied (the rate's number and unit, the burst
//! as given), so that every option leaves the blob as iptables would send it.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::addr::inet_aton;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

/// What the kernel sees.
const KERNEL: usize = 312;
const NAME: usize = 0;
const NAME_LEN: usize = 255;
const AVG: usize = 256;
const BURST: usize = 264;
const MODE: usize = 272;
const SIZE: usize = 276;
const MAX: usize = 280;
const GC: usize = 284;
const EXPIRE: usize = 288;
const INTERVAL: usize = 292;
const SRCMASK: usize = 296;
const DSTMASK: usize = 297;
/// Parse-time notes: the rate's number (packets, or bytes per second), its unit in seconds,
/// the burst as given.
const NOTE_N: usize = 312;
const NOTE_UNIT: usize = 320;
const NOTE_BURST: usize = 328;

/// XT_HASHLIMIT_* mode bits.
const DIP: u32 = 1;
const DPT: u32 = 2;
const SIP: u32 = 4;
const SPT: u32 = 8;
const INVERT: u32 = 16;
const BYTES: u32 = 32;
const RATE_MATCH: u32 = 64;

/// avg's units per second (revisions 2 and 3; revision 1: 10000).
const SCALE: u64 = 1_000_000;

const O_UPTO: u8 = 1;
const O_ABOVE: u8 = 2;
const O_MODE: u8 = 3;
const O_SRCMASK: u8 = 4;
const O_DSTMASK: u8 = 5;
const O_NAME: u8 = 6;
const O_BURST: u8 = 7;
const O_SIZE: u8 = 8;
const O_MAX: u8 = 9;
const O_GC: u8 = 10;
const O_EXPIRE: u8 = 11;
const O_RATE_MATCH: u8 = 12;
const O_RATE_INTERVAL: u8 = 13;

const OPTS: &[Opt] = &[
    opt("hashlimit-upto", Has::Required, O_UPTO).once(),
    opt("hashlimit-above", Has::Required, O_ABOVE).once(),
    opt("hashlimit-mode", Has::Required, O_MODE).once().no_inv(),
    opt("hashlimit-srcmask", Has::Required, O_SRCMASK)
        .once()
        .no_inv(),
    opt("hashlimit-dstmask", Has::Required, O_DSTMASK)
        .once()
        .no_inv(),
    opt("hashlimit-name", Has::Required, O_NAME)
        .once()
        .no_inv()
        .mand(),
    opt("hashlimit-burst", Has::Required, O_BURST)
        .once()
        .no_inv(),
    opt("hashlimit-htable-size", Has::Required, O_SIZE)
        .once()
        .no_inv(),
    opt("hashlimit-htable-max", Has::Required, O_MAX)
        .once()
        .no_inv(),
    opt("hashlimit-htable-gcinterval", Has::Required, O_GC)
        .once()
        .no_inv(),
    opt("hashlimit-htable-expire", Has::Required, O_EXPIRE)
        .once()
        .no_inv(),
    opt("hashlimit-rate-match", Has::No, O_RATE_MATCH)
        .once()
        .no_inv(),
    opt("hashlimit-rate-interval", Has::Required, O_RATE_INTERVAL)
        .once()
        .no_inv(),
];

pub const DEF: Def = Def {
    name: "hashlimit",
    rev: 3,
    size: KERNEL + 24,
    cmp: 304,
    opts: OPTS,
    help: include_str!("../help/m_hashlimit.txt"),
    init,
    parse,
    check,
    encode,
    decode,
    save,
    print,
    ..Def::MATCH
};

fn u64_at(e: &Ext, at: usize) -> u64 {
    e.bytes(at, 8)
        .try_into()
        .map(u64::from_ne_bytes)
        .unwrap_or(0)
}

fn set_u64(e: &mut Ext, at: usize, v: u64) {
    e.put(at, &v.to_ne_bytes());
}

fn init(e: &mut Ext) {
    e.set_u32(GC, 1000);
    e.set_u8(SRCMASK, 32);
    e.set_u8(DSTMASK, 32);
    finish(e);
}

/// The blob the kernel sees.
fn encode(e: &Ext, w: &mut Writer) {
    expr::xt(w, false, "hashlimit", e.rev, e.bytes(0, KERNEL));
}

/// Revision 3, 2 and 1, each kept as the kernel has it (the notes zero).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    let size = match rev {
        1 => 56,
        2 => 304,
        3 => KERNEL,
        _ => return None,
    };
    let mut data = info.get(..size)?.to_vec();
    data.resize(def.size.max(size), 0);
    Some(Ext::with(def, rev, &data))
}

/// `N[/UNIT]` (packets) or `N[k|m]b/s` (bytes): (number, unit in seconds, bytes?).
fn rate(word: &str) -> Option<(u64, u64, bool)> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let n: u64 = word[..digits].parse().ok()?;
    if let Some(rest) = word.strip_suffix("b/s") {
        let mult = match &rest[digits..] {
            "" => 1,
            "k" => 1 << 10,
            "m" => 1 << 20,
            _ => 0,
        };
        if n == 0 {
            return None;
        }
        return Some((n.saturating_mul(mult), 1, true));
    }
    let secs = match word.split_once('/') {
        None => 1,
        Some((_, u)) => match u.chars().next() {
            Some('s') if "second".starts_with(u) || u == "sec" => 1,
            Some('m') if "minute".starts_with(u) || u == "min" => 60,
            Some('h') if "hour".starts_with(u) => 3600,
            Some('d') if "day".starts_with(u) => 86400,
            _ => return None,
        },
    };
    (n > 0).then_some((n, secs, false))
}

/// A burst: a number, `kb` or `mb` after it multiplying it.
fn burst_value(word: &str) -> Option<u64> {
    let (num, mult) = if let Some(n) = word.strip_suffix("kb") {
        (n, 1 << 10)
    } else if let Some(n) = word.strip_suffix("mb") {
        (n, 1 << 20)
    } else if let Some(n) = word.strip_suffix('b') {
        (n, 1)
    } else {
        (word, 1)
    };
    crate::cli::num::strtoul(num, 0)
        .and_then(|v| v.checked_mul(mult))
        .filter(|v| *v <= u64::from(u32::MAX))
}

/// A mask's prefix length: up to 32 (128 under ip6tables), or a mask written as an address
/// (one with holes, or a number past the bits, is more than any prefix, which the kernel
/// refuses).
fn prefix(e: &Ext, o: &Opt, word: &str, ctx: &Ctx) -> crate::error::Result<u8> {
    let bits = if ctx.fam.is_v6() { 128 } else { 32 };
    let as_mask = |word: &str| -> Option<u128> {
        if ctx.fam.is_v6() {
            word.parse::<std::net::Ipv6Addr>().ok().map(u128::from)
        } else {
            inet_aton(word).map(|d| u128::from(u32::from_be_bytes(d)) << 96)
        }
    };
    match crate::cli::num::strtoul(word, 0) {
        Some(n) if n <= bits && !word.contains('-') => Ok(n as u8),
        _ => match as_mask(word) {
            Some(m) => {
                let n = m.leading_ones();
                Ok(if m.checked_shl(n).unwrap_or(0) == 0 {
                    n as u8
                } else {
                    u8::MAX
                })
            }
            None => Err(bad(format_args!(
                "{}: bad value for option \"--{}\", neither a valid network mask nor valid CIDR (0-{bits}).\n",
                e.def.name, o.name
            ))),
        },
    }
}

fn bad_value(o: &Opt, word: &str) -> crate::error::Error {
    bad(format_args!(
        "hashlimit: Bad value for \"--{}\" option: \"{word}\"",
        o.name
    ))
}

fn burst_range() -> crate::error::Error {
    bad("bad value for option \"--hashlimit-burst\", or out of range (1-1000000).")
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    let v = arg.value;
    // ip6tables' masks default to whole IPv6 addresses
    if ctx.fam.is_v6() {
        for (id, at) in [(O_SRCMASK, SRCMASK), (O_DSTMASK, DSTMASK)] {
            if !e.given(id) {
                e.set_u8(at, 128);
            }
        }
    }
    let full = u64::from(u32::MAX);
    let mode = e.u32(MODE);
    match o.id {
        O_UPTO | O_ABOVE => {
            let (n, unit, bytes) = rate(v).ok_or_else(|| bad_value(o, v))?;
            if !bytes && SCALE.saturating_mul(unit) / n == 0 {
                return Err(bad(format_args!("Rate too fast \"{v}\"")));
            }
            set_u64(e, NOTE_N, n);
            set_u64(e, NOTE_UNIT, unit);
            let mut m = mode & !(BYTES | INVERT);
            if bytes {
                m |= BYTES;
            }
            if (o.id == O_ABOVE) != arg.inv {
                m |= INVERT;
            }
            e.set_u32(MODE, m);
        }
        O_MODE => {
            let mut m = 0;
            for item in v.split(',').filter(|i| !i.is_empty()) {
                m |= match item {
                    "srcip" => SIP,
                    "srcport" => SPT,
                    "dstip" => DIP,
                    "dstport" => DPT,
                    _ => return Err(bad_value(o, v)),
                };
            }
            e.set_u32(MODE, (mode & !(SIP | SPT | DIP | DPT)) | m);
        }
        O_SRCMASK => {
            let p = prefix(e, o, v, ctx)?;
            e.set_u8(SRCMASK, p);
        }
        O_DSTMASK => {
            let p = prefix(e, o, v, ctx)?;
            e.set_u8(DSTMASK, p);
        }
        O_NAME => {
            let b = v.as_bytes();
            e.put(NAME, &b[..b.len().min(NAME_LEN - 1)]);
        }
        O_BURST => {
            let b = burst_value(v).ok_or_else(burst_range)?;
            set_u64(e, NOTE_BURST, b);
        }
        O_SIZE | O_MAX | O_GC | O_EXPIRE => {
            let n = uint(e, o, v, 0, full)? as u32;
            let at = [SIZE, MAX, GC, EXPIRE][usize::from(o.id - O_SIZE)];
            e.set_u32(at, n);
        }
        O_RATE_MATCH => e.set_u32(MODE, mode | RATE_MATCH),
        _ => {
            let n = crate::cli::num::strtoul(v, 0)
                .filter(|n| (1..=full).contains(n))
                .ok_or_else(|| bad_value(o, v))?;
            e.set_u32(INTERVAL, n as u32);
        }
    }
    e.seen |= 1u64 << o.id;
    finish(e);
    Ok(())
}

/// The fields whose defaults depend on other options, from the options given so far.
fn finish(e: &mut Ext) {
    let mode = e.u32(MODE);
    let n = u64_at(e, NOTE_N).max(1);
    let unit = u64_at(e, NOTE_UNIT).max(1);
    let burst = u64_at(e, NOTE_BURST);
    let given_burst = e.given(O_BURST);
    if mode & BYTES != 0 {
        set_u64(e, AVG, full_cost(n));
        let b = if given_burst { burst.div_ceil(n) } else { 0 };
        set_u64(e, BURST, b);
        if !e.given(O_EXPIRE) {
            e.set_u32(EXPIRE, if given_burst { 60000 } else { 15000 });
        }
    } else {
        let avg = if mode & RATE_MATCH != 0 {
            SCALE / n
        } else {
            SCALE * unit / n
        };
        set_u64(e, AVG, avg);
        set_u64(e, BURST, if given_burst { burst } else { 5 });
        if !e.given(O_EXPIRE) {
            e.set_u32(EXPIRE, (unit * 1000) as u32);
        }
    }
    if !e.given(O_RATE_INTERVAL) {
        let i = if mode & RATE_MATCH != 0 { unit } else { 0 };
        e.set_u32(INTERVAL, i as u32);
    }
}

/// The cost of a byte rate: u32::MAX over the rate in units of 16 bytes (plus one).
fn full_cost(bytes: u64) -> u64 {
    u64::from(u32::MAX) / ((bytes >> 4) + 1)
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if !e.given(O_UPTO) && !e.given(O_ABOVE) {
        return Err(bad("You have to specify --hashlimit"));
    }
    e.exclusive(&[O_UPTO, O_ABOVE])?;
    if e.given(O_BURST) {
        let b = u64_at(e, NOTE_BURST);
        if e.u32(MODE) & BYTES != 0 {
            if b < 1024 {
                return Err(bad("burst cannot be smaller than 1024b"));
            }
        } else if !(1..=1_000_000).contains(&b) {
            return Err(burst_range());
        }
    }
    Ok(())
}

/// A rule's configuration, whatever its revision (avg in 1/1000000 s).
struct Cfg {
    name: String,
    avg: u64,
    burst: u64,
    mode: u32,
    size: u32,
    max: u32,
    gc: u32,
    expire: u32,
    interval: u32,
    srcmask: u8,
    dstmask: u8,
}

fn cfg(e: &Ext) -> Cfg {
    if e.rev == 1 {
        return Cfg {
            name: e.cstr(0, 16),
            mode: e.u32(16),
            avg: u64::from(e.u32(20)) * 100,
            burst: u64::from(e.u32(24)),
            size: e.u32(28),
            max: e.u32(32),
            gc: e.u32(36),
            expire: e.u32(40),
            interval: 0,
            srcmask: e.u8(44),
            dstmask: e.u8(45),
        };
    }
    let v3 = e.rev >= 3;
    Cfg {
        name: e.cstr(NAME, NAME_LEN),
        avg: u64_at(e, AVG),
        burst: u64_at(e, BURST),
        mode: e.u32(MODE),
        size: e.u32(SIZE),
        max: e.u32(MAX),
        gc: e.u32(GC),
        expire: e.u32(EXPIRE),
        interval: if v3 { e.u32(INTERVAL) } else { 0 },
        srcmask: e.u8(if v3 { SRCMASK } else { 292 }),
        dstmask: e.u8(if v3 { DSTMASK } else { 293 }),
    }
}

/// The units a packet rate is printed in, longest first, with their length in avg's units.
const UNITS: &[(&str, u64)] = &[
    ("day", SCALE * 86400),
    ("hour", SCALE * 3600),
    ("min", SCALE * 60),
    ("sec", SCALE),
];

/// A packet rate as iptables words it, and the unit's length in seconds.
fn packet_rate(avg: u64) -> (String, u64) {
    let avg = avg.max(1);
    let mut k = 1;
    while k < UNITS.len() {
        let mult = UNITS[k].1;
        if avg > mult || mult / avg < mult % avg {
            break;
        }
        k += 1;
    }
    let (name, mult) = UNITS[k - 1];
    (format!("{}/{name}", mult / avg), mult / SCALE)
}

/// Byte units, largest first.
const BYTE_UNITS: &[(&str, u64)] = &[("m", 1 << 20), ("k", 1 << 10)];

/// The byte rate a cost stands for (the inverse of [`full_cost`], rounded).
fn cost_bytes(avg: u64) -> u64 {
    let avg = avg.max(1);
    let r = (u64::from(u32::MAX) + avg / 2) / avg;
    r.saturating_sub(1) << 4
}

/// A byte rate and burst: `RATEb/s` in the largest unit that still costs the same, and
/// the burst in bytes in the largest unit it reaches.
fn byte_words(avg: u64, burst: u64) -> (String, Option<String>) {
    let r = cost_bytes(avg);
    let unit = BYTE_UNITS
        .iter()
        .find(|(_, t)| r >= *t && full_cost(r & !(t - 1)) == avg);
    let rate = match unit {
        Some((u, t)) => format!("{}{u}b/s", r / t),
        None => format!("{r}b/s"),
    };
    let burst = (burst != 0).then(|| {
        let b = burst.saturating_mul(r);
        match BYTE_UNITS.iter().find(|(_, t)| b >= *t) {
            Some((u, t)) => format!("{}{u}b", b / t),
            None => format!("{b}b"),
        }
    });
    (rate, burst)
}

/// The words both printers share: rate, burst, the expiry unless it is the rate's default,
/// in the order `-S` and `-L` give them (-L multiplies avg by the interval).
fn words(c: &Cfg, out: &mut String, dashes: &str, listing: bool, full_mask: u8) {
    let above = c.mode & INVERT != 0;
    let avg = if listing {
        c.avg.saturating_mul(u64::from(c.interval.max(1)))
    } else {
        c.avg
    };
    if listing {
        out.push_str(if above {
            " limit: above"
        } else {
            " limit: up to"
        });
    } else {
        out.push_str(if above {
            " --hashlimit-above"
        } else {
            " --hashlimit-upto"
        });
    }
    let default_expire = if c.mode & BYTES != 0 {
        let (rate, burst) = byte_words(avg, c.burst);
        out.push(' ');
        out.push_str(&rate);
        if let Some(b) = &burst {
            out.push_str(&format!(" {dashes}burst {b}"));
        }
        if burst.is_some() {
            60000
        } else {
            15000
        }
    } else {
        let (rate, secs) = packet_rate(avg);
        out.push(' ');
        out.push_str(&rate);
        out.push_str(&format!(" {dashes}burst {}", c.burst));
        secs * 1000
    };
    let ports = [
        (SIP, "srcip"),
        (SPT, "srcport"),
        (DIP, "dstip"),
        (DPT, "dstport"),
    ];
    let modes: Vec<&str> = ports
        .iter()
        .filter(|(b, _)| c.mode & b != 0)
        .map(|(_, n)| *n)
        .collect();
    if !modes.is_empty() {
        let sep = if listing { "-" } else { "," };
        out.push_str(&format!(" {dashes}mode {}", modes.join(sep)));
    }
    if !listing {
        out.push_str(" --hashlimit-name ");
        out.push_str(&c.name);
    }
    if c.size != 0 {
        out.push_str(&format!(" {dashes}htable-size {}", c.size));
    }
    if c.max != 0 {
        out.push_str(&format!(" {dashes}htable-max {}", c.max));
    }
    if c.gc != 1000 {
        out.push_str(&format!(" {dashes}htable-gcinterval {}", c.gc));
    }
    if u64::from(c.expire) != default_expire {
        out.push_str(&format!(" {dashes}htable-expire {}", c.expire));
    }
    if c.srcmask != full_mask {
        out.push_str(&format!(" {dashes}srcmask {}", c.srcmask));
    }
    if c.dstmask != full_mask {
        out.push_str(&format!(" {dashes}dstmask {}", c.dstmask));
    }
    if c.mode & RATE_MATCH != 0 {
        out.push_str(&format!(" {dashes}rate-match"));
        if c.interval != 1 {
            out.push_str(&format!(" {dashes}rate-interval {}", c.interval));
        }
    }
}

/// The mask not printed: a whole address of the family.
fn full_mask(ctx: &Ctx) -> u8 {
    if ctx.fam.is_v6() {
        128
    } else {
        32
    }
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    words(&cfg(e), out, "--hashlimit-", false, full_mask(ctx));
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    words(&cfg(e), out, "", true, full_mask(ctx));
}
