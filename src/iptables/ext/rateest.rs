//! `-j RATEEST --rateest-name NAME --rateest-interval TIME --rateest-ewmalog TIME`: the xt
//! `RATEEST` target, revision 0 (`struct xt_rateest_target_info`: char name[16], s8
//! interval, u8 ewma_log, then the kernel's pointer; 32 bytes sent). The times are read as
//! tc reads them (a number of microseconds, or with s/ms/us) and turned into the estimator's
//! interval (250 ms << (interval + 2)) and averaging shift as tc does.

use super::blob::bad;
use super::def::{xt_encode, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::Writer;

const NAME: usize = 0;
const NAME_LEN: usize = 16;
const INTERVAL: usize = 16;
const EWMA_LOG: usize = 17;
/// The kernel's pointer: while the line is read, the times given (microseconds), sent as 0.
const RAW_INTERVAL: usize = 24;
const RAW_EWMALOG: usize = 28;

const O_NAME: u8 = 1;
const O_INTERVAL: u8 = 2;
const O_EWMALOG: u8 = 3;

const OPTS: &[Opt] = &[
    opt("rateest-name", Has::Required, O_NAME)
        .once()
        .no_inv()
        .mand(),
    opt("rateest-interval", Has::Required, O_INTERVAL)
        .once()
        .no_inv(),
    opt("rateest-ewmalog", Has::Required, O_EWMALOG)
        .once()
        .no_inv(),
];

pub const TARGET: Def = Def {
    name: "RATEEST",
    rev: 0,
    size: 32,
    cmp: 24,
    opts: OPTS,
    help: include_str!("../help/t_RATEEST.txt"),
    parse,
    check,
    encode,
    save,
    print,
    ..Def::TARGET
};

/// Microseconds per second (TIME_UNITS_PER_SEC).
const USEC: f64 = 1_000_000.0;

/// `strtod`'s reading of the start of `s`: the number and the rest.
fn strtod(s: &str) -> Option<(f64, &str)> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let b = t.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    for word in ["infinity", "inf", "nan"] {
        if t.len() >= i + word.len() && t[i..i + word.len()].eq_ignore_ascii_case(word) {
            let v: f64 = if word == "nan" {
                f64::NAN
            } else {
                f64::INFINITY
            };
            let v = if b[0] == b'-' { -v } else { v };
            return Some((v, &t[i + word.len()..]));
        }
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    let v = t[..i].parse::<f64>().ok()?;
    Some((v, &t[i..]))
}

/// A time as tc reads it, in microseconds (None: not one).
fn time(word: &str) -> Option<u32> {
    let (v, unit) = strtod(word)?;
    let scale = match unit.to_ascii_lowercase().as_str() {
        "" => 1.0,
        "s" | "sec" | "secs" => USEC,
        "ms" | "msec" | "msecs" => USEC / 1000.0,
        "us" | "usec" | "usecs" => 1.0,
        _ => return None,
    };
    Some((v * scale) as u32)
}

/// The estimator's interval (-2..=3; None beyond 8 s) and averaging shift (None when out
/// of range) for the times given, as tc works them out.
fn estimator(interval: u32, ewmalog: u32) -> (Option<i8>, Option<u8>) {
    let Some(i) = (0..=5).find(|&i| u64::from(interval) <= (1u64 << i) * 250_000) else {
        return (None, None);
    };
    let mut log = 1;
    while log < 32 {
        // 1 << 31 is negative in C's int: that step never ends the search
        let step = if log == 31 {
            -2147483648.0
        } else {
            f64::from(1u32 << log)
        };
        let w = 1.0 - 1.0 / step;
        if f64::from(interval) / -w.ln() > f64::from(ewmalog) {
            break;
        }
        log += 1;
    }
    let log = log - 1;
    let log = (log != 0 && log < 31).then_some(log as u8);
    (Some(i as i8 - 2), log)
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let word = arg.value;
    match o.id {
        O_NAME => {
            let n = &word.as_bytes()[..word.len().min(NAME_LEN - 1)];
            e.put(NAME, &[0; NAME_LEN]);
            e.put(NAME, n);
            return Ok(());
        }
        O_INTERVAL => {
            let t = time(word)
                .ok_or_else(|| bad(format_args!("RATEEST: bad interval value \"{word}\"")))?;
            e.set_u32(RAW_INTERVAL, t);
        }
        _ => {
            let t = time(word)
                .ok_or_else(|| bad(format_args!("RATEEST: bad ewmalog value \"{word}\"")))?;
            e.set_u32(RAW_EWMALOG, t);
        }
    }
    let (i, log) = estimator(e.u32(RAW_INTERVAL), e.u32(RAW_EWMALOG));
    e.set_u8(INTERVAL, i.unwrap_or(0) as u8);
    e.set_u8(EWMA_LOG, log.unwrap_or(0));
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    match estimator(e.u32(RAW_INTERVAL), e.u32(RAW_EWMALOG)) {
        (None, _) => Err(bad("RATEEST: interval value is too large")),
        (_, None) => Err(bad("RATEEST: ewmalog value is out of range")),
        _ => Ok(()),
    }
}

/// The blob with the kernel's pointer zeroed (the times given are not sent).
fn encode(e: &Ext, w: &mut Writer) {
    let mut e = e.clone();
    e.put(RAW_INTERVAL, &[0; 8]);
    xt_encode(&e, w);
}

/// A time as tc prints it.
fn print_time(us: f64) -> String {
    if us >= USEC {
        format!("{:.1}s", us / USEC)
    } else if us >= USEC / 1000.0 {
        format!("{:.1}ms", us / 1000.0)
    } else {
        format!("{}us", us as u64)
    }
}

/// (interval, averaging time) in microseconds.
fn times(e: &Ext) -> (f64, f64) {
    let shift = i32::from(e.u8(INTERVAL) as i8) + 2;
    let interval = 250_000.0 * 2f64.powi(shift);
    (interval, interval * 2f64.powi(i32::from(e.u8(EWMA_LOG))))
}

fn words(e: &Ext, out: &mut String, lead: &str) {
    let (i, l) = times(e);
    out.push_str(&format!(
        "{lead}name {}{lead}interval {}{lead}ewmalog {}",
        e.cstr(NAME, NAME_LEN),
        print_time(i),
        print_time(l)
    ));
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, " --rateest-");
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, " ");
}

// The `rateest` match: `struct xt_rateest_match_info` (char name1[16], name2[16], u16 flags,
// u16 mode, u32 bps1, pps1, bps2, pps2 (bytes and packets per second), then the kernel's two
// pointers; 72 bytes sent, revision 0). The rates are optional words after their options.

const M_NAME1: usize = 0;
const M_NAME2: usize = 16;
const M_FLAGS: usize = 32;
const M_MODE: usize = 34;
const M_BPS1: usize = 36;
const M_PPS1: usize = 40;
const M_BPS2: usize = 44;
const M_PPS2: usize = 48;

/// XT_RATEEST_MATCH_* flags and modes.
const F_INVERT: u16 = 1;
const F_ABS: u16 = 2;
const F_REL: u16 = 4;
const F_DELTA: u16 = 8;
const F_BPS: u16 = 16;
const F_PPS: u16 = 32;
const MODE_EQ: u16 = 1;
const MODE_LT: u16 = 2;
const MODE_GT: u16 = 3;

const M_O_NAME1: u8 = 1;
const M_O_NAME2: u8 = 2;
const M_O_DELTA: u8 = 3;
const M_O_BPS1: u8 = 4;
const M_O_PPS1: u8 = 5;
const M_O_BPS2: u8 = 6;
const M_O_PPS2: u8 = 7;
const M_O_LT: u8 = 8;
const M_O_GT: u8 = 9;
const M_O_EQ: u8 = 10;

const MATCH_OPTS: &[Opt] = &[
    opt("rateest", Has::Required, M_O_NAME1),
    opt("rateest1", Has::Required, M_O_NAME1),
    opt("rateest2", Has::Required, M_O_NAME2),
    opt("rateest-delta", Has::No, M_O_DELTA),
    opt("rateest-bps", Has::Optional, M_O_BPS2),
    opt("rateest-pps", Has::Optional, M_O_PPS2),
    opt("rateest-bps1", Has::Optional, M_O_BPS1),
    opt("rateest-bps2", Has::Optional, M_O_BPS2),
    opt("rateest-pps1", Has::Optional, M_O_PPS1),
    opt("rateest-pps2", Has::Optional, M_O_PPS2),
    opt("rateest-lt", Has::No, M_O_LT),
    opt("rateest-gt", Has::No, M_O_GT),
    opt("rateest-eq", Has::No, M_O_EQ),
];

pub const MATCH: Def = Def {
    name: "rateest",
    rev: 0,
    size: 72,
    cmp: 56,
    opts: MATCH_OPTS,
    help: include_str!("../help/m_rateest.txt"),
    init: match_init,
    parse: match_parse,
    save: match_save,
    print: match_print,
    ..Def::MATCH
};

/// Absolute until a second estimator is named.
fn match_init(e: &mut Ext) {
    e.set_u16(M_FLAGS, F_ABS);
}

/// A rate as tc reads it (bits per second unless a unit says otherwise), in bytes.
fn rate(word: &str) -> Option<u32> {
    const UNITS: &[(&str, f64)] = &[
        ("bit", 1.0),
        ("kibit", 1024.0),
        ("kbit", 1000.0),
        ("mibit", 1048576.0),
        ("mbit", 1e6),
        ("gibit", 1073741824.0),
        ("gbit", 1e9),
        ("tibit", 1099511627776.0),
        ("tbit", 1e12),
        ("bps", 8.0),
        ("kibps", 8.0 * 1024.0),
        ("kbps", 8000.0),
        ("mibps", 8.0 * 1048576.0),
        ("mbps", 8e6),
        ("gibps", 8.0 * 1073741824.0),
        ("gbps", 8e9),
        ("tibps", 8.0 * 1099511627776.0),
        ("tbps", 8e12),
    ];
    let (v, unit) = strtod(word)?;
    let scale = if unit.is_empty() {
        1.0
    } else {
        UNITS.iter().find(|(u, _)| u.eq_ignore_ascii_case(unit))?.1
    };
    // C's conversion of the double to an unsigned int (through 64 bits, as x86 does)
    Some((v * scale / 8.0) as i64 as u32)
}

fn match_parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (inv_name, twice) = match o.id {
        M_O_NAME1 => ("rateest", "--rateest1"),
        M_O_NAME2 => ("rateest", "--rateest2"),
        M_O_DELTA => ("rateest-delta", "--rateest-delta"),
        M_O_BPS1 => ("rateest-bps", "--rateest-bps1"),
        M_O_PPS1 => ("rateest-pps", "--rateest-pps1"),
        M_O_BPS2 => ("rateest-bps", "--rateest-bps2"),
        M_O_PPS2 => ("rateest-pps", "--rateest-pps2"),
        _ => ("", "lt/gt/eq"),
    };
    // the rates are words of their own: `--rateest-bps=5` is not an option
    if o.has == Has::Optional && !arg.value.is_empty() {
        return Err(bad(format_args!(
            "unknown option \"--{}={}\"",
            o.name, arg.value
        )));
    }
    if arg.inv && !inv_name.is_empty() {
        return Err(bad(format_args!("rateest: {inv_name} can't be inverted")));
    }
    if e.given(o.id) {
        return Err(bad(format_args!("rateest: can't specify {twice} twice")));
    }
    let flags = e.u16(M_FLAGS);
    match o.id {
        M_O_NAME1 | M_O_NAME2 => {
            let at = if o.id == M_O_NAME1 { M_NAME1 } else { M_NAME2 };
            let n = &arg.value.as_bytes()[..arg.value.len().min(15)];
            e.put(at, &[0; 16]);
            e.put(at, n);
            if o.id == M_O_NAME2 {
                e.set_u16(M_FLAGS, (flags & !F_ABS) | F_REL);
            }
        }
        M_O_DELTA => e.set_u16(M_FLAGS, flags | F_DELTA),
        M_O_BPS1 | M_O_BPS2 => {
            e.set_u16(M_FLAGS, flags | F_BPS);
            if let Some(w) = arg.second {
                let r = rate(w)
                    .ok_or_else(|| bad(format_args!("rateest: could not parse rate `{w}'")))?;
                e.set_u32(if o.id == M_O_BPS1 { M_BPS1 } else { M_BPS2 }, r);
            }
        }
        M_O_PPS1 | M_O_PPS2 => {
            e.set_u16(M_FLAGS, flags | F_PPS);
            if let Some(w) = arg.second {
                let n = crate::cli::num::strtoul(w, 0)
                    .and_then(|v| u32::try_from(v).ok())
                    .ok_or_else(|| bad(format_args!("rateest: could not parse pps `{w}'")))?;
                e.set_u32(if o.id == M_O_PPS1 { M_PPS1 } else { M_PPS2 }, n);
            }
        }
        _ => {
            let mode = match o.id {
                M_O_LT => MODE_LT,
                M_O_GT => MODE_GT,
                _ => MODE_EQ,
            };
            e.set_u16(M_MODE, mode);
            if arg.inv {
                e.set_u16(M_FLAGS, flags | F_INVERT);
            }
        }
    }
    Ok(())
}

/// A rate (bytes per second) in bits as iptables words it; bytes when `numeric`.
fn rate_words(bytes: u32, numeric: bool) -> String {
    let bits = f64::from(bytes) * 8.0;
    if numeric {
        format!(" {bytes}")
    } else if bits >= 1e9 {
        format!(" {:.0}Mbit", bits / 1e6)
    } else if bits >= 1e6 {
        format!(" {:.0}Kbit", bits / 1e3)
    } else {
        format!(" {bits:.0}bit")
    }
}

fn mode_words(e: &Ext, out: &mut String, save: bool) {
    if e.u16(M_FLAGS) & F_INVERT != 0 {
        out.push_str(" !");
    }
    let m = match e.u16(M_MODE) {
        MODE_EQ => "eq",
        MODE_LT => "lt",
        MODE_GT => "gt",
        _ => return,
    };
    out.push_str(if save { " --rateest-" } else { " " });
    out.push_str(m);
}

fn match_save(e: &Ext, out: &mut String, _: &Ctx) {
    let f = e.u16(M_FLAGS);
    let (delta, abs, rel) = (f & F_DELTA != 0, f & F_ABS != 0, f & F_REL != 0);
    if delta {
        out.push_str(" --rateest-delta");
    }
    out.push_str(if rel { " --rateest1 " } else { " --rateest " });
    out.push_str(&e.cstr(M_NAME1, 16));
    if f & F_BPS != 0 {
        if delta {
            out.push_str(" --rateest-bps1");
            out.push_str(&rate_words(e.u32(M_BPS1), false));
        }
        mode_words(e, out, true);
        if delta {
            out.push_str(" --rateest-bps2");
            out.push_str(&rate_words(e.u32(M_BPS2), false));
        } else {
            out.push_str(" --rateest-bps");
            if abs {
                out.push_str(&rate_words(e.u32(M_BPS2), false));
            }
        }
    }
    if f & F_PPS != 0 {
        if delta {
            out.push_str(&format!(" --rateest-pps1 {}", e.u32(M_PPS1)));
        }
        mode_words(e, out, true);
        if delta {
            out.push_str(&format!(" --rateest-pps2 {}", e.u32(M_PPS2)));
        } else {
            out.push_str(" --rateest-pps");
            if abs {
                out.push_str(&format!(" {}", e.u32(M_PPS2)));
            }
        }
    }
    if rel {
        out.push_str(" --rateest2 ");
        out.push_str(&e.cstr(M_NAME2, 16));
    }
}

fn match_print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let f = e.u16(M_FLAGS);
    let (delta, abs) = (f & F_DELTA != 0, f & F_ABS != 0);
    out.push_str(" rateest match ");
    out.push_str(&e.cstr(M_NAME1, 16));
    if delta {
        out.push_str(" delta");
    }
    if f & F_BPS != 0 {
        out.push_str(" bps");
        if delta {
            out.push_str(&rate_words(e.u32(M_BPS1), ctx.numeric));
        }
        if abs {
            out.push_str(&rate_words(e.u32(M_BPS2), ctx.numeric));
            mode_words(e, out, false);
        }
    }
    if f & F_PPS != 0 {
        out.push_str(" pps");
        if delta {
            out.push_str(&format!(" {}", e.u32(M_PPS1)));
        }
        if abs {
            mode_words(e, out, false);
            out.push_str(&format!(" {}", e.u32(M_PPS2)));
        }
    }
    if f & F_REL != 0 {
        mode_words(e, out, false);
        out.push(' ');
        out.push_str(&e.cstr(M_NAME2, 16));
        if f & F_BPS != 0 {
            out.push_str(" bps");
            if delta {
                out.push_str(&rate_words(e.u32(M_BPS2), ctx.numeric));
            }
        }
        if f & F_PPS != 0 {
            out.push_str(" pps");
            if delta {
                out.push_str(&format!(" {}", e.u32(M_PPS2)));
            }
        }
    }
}
