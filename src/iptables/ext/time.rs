//! `-m time [--datestart D] [--datestop D] [--timestart T] [--timestop T] [[!] --monthdays
//! L] [[!] --weekdays L] [--kerneltz] [--contiguous]`: the xt `time` match, revision 0
//! (`struct xt_time_info`: u32 date start/stop (seconds since 1970), u32 daytime start/stop
//! (seconds of the day), u32 monthdays bits, u8 weekdays bits, u8 flags; 24 bytes sent).
//! Dates are read and written in UTC.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use std::io::Write;

const DATE_START: usize = 0;
const DATE_STOP: usize = 4;
const DAY_START: usize = 8;
const DAY_STOP: usize = 12;
const MONTHDAYS: usize = 16;
const WEEKDAYS: usize = 20;
const FLAGS: usize = 21;

const F_LOCAL_TZ: u8 = 1;
const F_CONTIGUOUS: u8 = 2;
const ALL_MONTHDAYS: u32 = 0xffff_fffe;
const ALL_WEEKDAYS: u8 = 0xfe;
const MAX_DAYTIME: u32 = 24 * 60 * 60 - 1;
/// The default end date (INT32_MAX).
const DATE_MAX: u32 = 0x7fff_ffff;

const O_DATE_START: u8 = 1;
const O_DATE_STOP: u8 = 2;
const O_TIME_START: u8 = 3;
const O_TIME_STOP: u8 = 4;
const O_MONTHDAYS: u8 = 5;
const O_WEEKDAYS: u8 = 6;
const O_LOCAL_TZ: u8 = 7;
const O_UTC: u8 = 8;
const O_KERNEL_TZ: u8 = 9;
const O_CONTIGUOUS: u8 = 10;

const OPTS: &[Opt] = &[
    opt("datestart", Has::Required, O_DATE_START)
        .once()
        .no_inv(),
    opt("datestop", Has::Required, O_DATE_STOP).once().no_inv(),
    opt("timestart", Has::Required, O_TIME_START)
        .once()
        .no_inv(),
    opt("timestop", Has::Required, O_TIME_STOP).once().no_inv(),
    opt("weekdays", Has::Required, O_WEEKDAYS).once(),
    opt("monthdays", Has::Required, O_MONTHDAYS).once(),
    opt("localtz", Has::No, O_LOCAL_TZ).once().no_inv(),
    opt("utc", Has::No, O_UTC).once().no_inv(),
    opt("kerneltz", Has::No, O_KERNEL_TZ).once().no_inv(),
    opt("contiguous", Has::No, O_CONTIGUOUS).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "time",
    rev: 0,
    size: 24,
    cmp: 22,
    opts: OPTS,
    help: include_str!("../help/m_time.txt"),
    init,
    parse,
    check,
    save,
    print,
    ..Def::MATCH
};

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn init(e: &mut Ext) {
    e.set_u32(DATE_STOP, DATE_MAX);
    e.set_u32(DAY_STOP, MAX_DAYTIME);
    e.set_u32(MONTHDAYS, ALL_MONTHDAYS);
    e.set_u8(WEEKDAYS, ALL_WEEKDAYS);
}

/// strtoul base 10 at the start of `s`: the value (0 without digits; huge values as C
/// wraps them) and the rest.
fn leading(s: &str) -> (u64, &str) {
    match crate::cli::num::strtoul_prefix(s, 10) {
        Some((v, used)) => (v, &s[used..]),
        None if s.trim_start().starts_with(|c: char| c.is_ascii_digit()) => (u64::MAX, ""),
        None => (0, s),
    }
}

/// `hh:mm[:ss]` → seconds of the day; a bad part is named from where it starts.
fn daytime(s: &str) -> crate::error::Result<u32> {
    let invalid = |part: &str| {
        bad(format_args!(
            "invalid time \"{part}\" specified, should be hh:mm[:ss] format and within the boundaries"
        ))
    };
    let (h, rest) = leading(s);
    let Some(rest) = rest.strip_prefix(':').filter(|_| h <= 23) else {
        return Err(invalid(s));
    };
    let (m, after) = leading(rest);
    if !(after.is_empty() || after.starts_with(':')) || m > 59 {
        return Err(invalid(rest));
    }
    let Some(rest) = after.strip_prefix(':') else {
        return Ok((h * 3600 + m * 60) as u32);
    };
    let (sec, after) = leading(rest);
    if !after.is_empty() || sec > 59 {
        return Err(invalid(rest));
    }
    Ok((h * 3600 + m * 60 + sec) as u32)
}

/// Days from 1970-01-01 to the first of month `m` (1-12) of year `y`.
fn days_from_civil(y: i64, m: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// `YYYY[-MM[-DD[Thh[:mm[:ss]]]]]` → seconds since 1970 (UTC); out-of-range days and a
/// month 0 roll over as mktime rolls them.
fn date(s: &str) -> crate::error::Result<u32> {
    let invalid = || {
        bad(format_args!(
            "Invalid date \"{s}\" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]"
        ))
    };
    // each part: its separator after it, and its largest value
    let parts: [(u8, u64); 6] = [
        (b'-', 2038),
        (b'-', 12),
        (b'T', 31),
        (b':', 23),
        (b':', 59),
        (0, 59),
    ];
    let mut v = [1970u64, 1, 1, 0, 0, 0];
    let mut rest = s;
    for (i, (sep, max)) in parts.iter().enumerate() {
        let (n, after) = leading(rest);
        let ok_end = after.is_empty() || (*sep != 0 && after.as_bytes()[0] == *sep);
        if !ok_end || n > *max || (i == 0 && n < 1970) {
            return Err(invalid());
        }
        v[i] = n;
        if after.is_empty() {
            break;
        }
        rest = &after[1..];
    }
    let months = v[0] as i64 * 12 + v[1] as i64 - 1;
    let days = days_from_civil(months.div_euclid(12), months.rem_euclid(12) + 1) + v[2] as i64 - 1;
    let t = days * 86400 + (v[3] * 3600 + v[4] * 60 + v[5]) as i64;
    u32::try_from(t)
        .ok()
        .filter(|&t| t != u32::MAX)
        .ok_or_else(invalid)
}

/// Weekdays: numbers 1-7 or names (their first two letters), comma-separated.
fn weekdays(s: &str) -> crate::error::Result<u8> {
    let mut bits = 0u8;
    let mut at = 0;
    while at < s.len() {
        let item = s[at..].split(',').next().unwrap_or("");
        at += item.len() + 1;
        let (n, rest) = leading(item);
        if rest.is_empty() {
            if n == 0 {
                return Err(bad("No, the week does NOT begin with Sunday."));
            }
            bits |= 1u32.wrapping_shl(n as u32) as u8;
            continue;
        }
        let key = item.as_bytes().get(..2);
        match DAYS.iter().position(|d| key == Some(&d.as_bytes()[..2])) {
            Some(i) => bits |= 1 << (i + 1),
            None => return Err(bad(format_args!("{item} is not a valid day specifier"))),
        }
    }
    Ok(bits)
}

/// Month days: numbers 0-31, comma-separated; only an item's first two characters count.
fn monthdays(s: &str) -> crate::error::Result<u32> {
    let mut bits = 0u32;
    for item in s.split(',') {
        let end = item.char_indices().nth(2).map_or(item.len(), |(i, _)| i);
        let two = &item[..end];
        if two.is_empty() {
            continue;
        }
        let (n, rest) = leading(two);
        if !rest.is_empty() || n > 31 {
            return Err(bad(format_args!(
                "{two} is not a valid day for --monthdays"
            )));
        }
        bits |= 1 << n;
    }
    Ok(bits)
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let v = arg.value;
    match o.id {
        O_DATE_START => e.set_u32(DATE_START, date(v)?),
        O_DATE_STOP => e.set_u32(DATE_STOP, date(v)?),
        O_TIME_START => e.set_u32(DAY_START, daytime(v)?),
        O_TIME_STOP => e.set_u32(DAY_STOP, daytime(v)?),
        O_WEEKDAYS => {
            let mut b = weekdays(v)?;
            if arg.inv {
                b = !b & ALL_WEEKDAYS;
            }
            e.set_u8(WEEKDAYS, b);
        }
        O_MONTHDAYS => {
            let mut b = monthdays(v)?;
            if arg.inv {
                b = !b & ALL_MONTHDAYS;
            }
            e.set_u32(MONTHDAYS, b);
        }
        O_LOCAL_TZ => {
            let _ = std::io::stderr().write_all(b"WARNING: --localtz is being replaced by --kerneltz, since \"local\" is ambiguous. Note the kernel timezone has caveats - see manpage for details.\n");
            e.set_u8(FLAGS, e.u8(FLAGS) | F_LOCAL_TZ);
        }
        O_KERNEL_TZ => e.set_u8(FLAGS, e.u8(FLAGS) | F_LOCAL_TZ),
        O_CONTIGUOUS => e.set_u8(FLAGS, e.u8(FLAGS) | F_CONTIGUOUS),
        _ => {}
    }
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.u8(FLAGS) & F_CONTIGUOUS != 0 && e.u32(DAY_STOP) >= e.u32(DAY_START) {
        return Err(bad(
            "time: --contiguous only makes sense when stoptime is smaller than starttime",
        ));
    }
    Ok(())
}

fn hms(t: u32) -> String {
    format!("{:02}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60)
}

/// A date as `YYYY-MM-DD`, `sep`, `hh:mm:ss` (UTC).
fn datetime(t: u32, sep: char) -> String {
    let days = i64::from(t / 86400);
    // civil from days (1970-01-01 = 0)
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}{sep}{}", hms(t % 86400))
}

fn weekday_list(b: u8) -> String {
    (1..=7)
        .filter(|i| b & (1 << i) != 0)
        .map(|i| DAYS[i - 1])
        .collect::<Vec<_>>()
        .join(",")
}

fn monthday_list(b: u32, suffix: bool) -> String {
    (1..=31u32)
        .filter(|i| b & (1 << i) != 0)
        .map(|i| {
            let s = match (suffix, i % 10) {
                (false, _) => "",
                (_, 1) => "st",
                (_, 2) => "nd",
                (_, 3) => "rd",
                _ => "th",
            };
            format!("{i}{s}")
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn daytime_set(e: &Ext) -> bool {
    e.u32(DAY_START) != 0 || e.u32(DAY_STOP) != MAX_DAYTIME
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if daytime_set(e) {
        out.push_str(&format!(
            " --timestart {} --timestop {}",
            hms(e.u32(DAY_START)),
            hms(e.u32(DAY_STOP))
        ));
    }
    if e.u32(MONTHDAYS) != ALL_MONTHDAYS {
        out.push_str(" --monthdays ");
        out.push_str(&monthday_list(e.u32(MONTHDAYS), false));
    }
    if e.u8(WEEKDAYS) != ALL_WEEKDAYS {
        out.push_str(" --weekdays ");
        out.push_str(&weekday_list(e.u8(WEEKDAYS)));
    }
    if e.u32(DATE_START) != 0 {
        out.push_str(" --datestart ");
        out.push_str(&datetime(e.u32(DATE_START), 'T'));
    }
    if e.u32(DATE_STOP) != 0 {
        out.push_str(" --datestop ");
        out.push_str(&datetime(e.u32(DATE_STOP), 'T'));
    }
    if e.u8(FLAGS) & F_LOCAL_TZ != 0 {
        out.push_str(" --kerneltz");
    }
    if e.u8(FLAGS) & F_CONTIGUOUS != 0 {
        out.push_str(" --contiguous");
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" TIME");
    if daytime_set(e) {
        out.push_str(&format!(
            " from {} to {}",
            hms(e.u32(DAY_START)),
            hms(e.u32(DAY_STOP))
        ));
    }
    if e.u8(WEEKDAYS) != ALL_WEEKDAYS {
        out.push_str(" on ");
        out.push_str(&weekday_list(e.u8(WEEKDAYS)));
    }
    if e.u32(MONTHDAYS) != ALL_MONTHDAYS {
        out.push_str(" on ");
        out.push_str(&monthday_list(e.u32(MONTHDAYS), true));
    }
    if e.u32(DATE_START) != 0 {
        out.push_str(" starting from ");
        out.push_str(&datetime(e.u32(DATE_START), ' '));
    }
    if e.u32(DATE_STOP) != DATE_MAX {
        out.push_str(" until date");
        if e.u32(DATE_STOP) != 0 {
            out.push(' ');
            out.push_str(&datetime(e.u32(DATE_STOP), ' '));
        }
    }
    if e.u8(FLAGS) & F_LOCAL_TZ == 0 {
        out.push_str(" UTC");
    }
    if e.u8(FLAGS) & F_CONTIGUOUS != 0 {
        out.push_str(" contiguous");
    }
}
