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
