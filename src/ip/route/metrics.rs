//! Route metrics (RTA_METRICS): the `mtu [lock] N`, `rtt [lock] TIME`, `congctl [lock]
//! NAME`… words of `ip route add`, and their printing (`mtu lock 1300 rtt 1.5s`, JSON
//! `"metrics":[{"mtu":1300,"rtt":1500}]`).

use crate::cli::num::{get_u32, get_u8, strtoul};
use crate::cli::{invarg, Args};
use crate::error::Result;
use crate::netlink::attr::{self, Table};
use crate::netlink::rtnl::route::*;
use crate::output::{Null, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

/// How a metric's value is read and printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A 32-bit number.
    U32,
    /// A number up to 255.
    U8,
    /// A time: milliseconds (with a unit) times this factor, or the raw value (without).
    Time(u32),
    /// 0 or 1.
    Bool,
    /// `ecn`.
    Features,
    /// A congestion control algorithm's name.
    Algo,
}

/// The metrics in RTAX order (which is also the order they print in): word, RTAX, kind.
const METRICS: &[(&str, u16, Kind)] = &[
    ("mtu", RTAX_MTU, Kind::U32),
    ("window", RTAX_WINDOW, Kind::U32),
    ("rtt", RTAX_RTT, Kind::Time(8)),
    ("rttvar", RTAX_RTTVAR, Kind::Time(4)),
    ("ssthresh", RTAX_SSTHRESH, Kind::U32),
    ("cwnd", RTAX_CWND, Kind::U32),
    ("advmss", RTAX_ADVMSS, Kind::U32),
    ("reordering", RTAX_REORDERING, Kind::U32),
    ("hoplimit", RTAX_HOPLIMIT, Kind::U8),
    ("initcwnd", RTAX_INITCWND, Kind::U32),
    ("features", RTAX_FEATURES, Kind::Features),
    ("rto_min", RTAX_RTO_MIN, Kind::Time(1)),
    ("initrwnd", RTAX_INITRWND, Kind::U32),
    ("quickack", RTAX_QUICKACK, Kind::Bool),
    ("congctl", RTAX_CC_ALGO, Kind::Algo),
    ("fastopen_no_cookie", RTAX_FASTOPEN_NO_COOKIE, Kind::Bool),
];

/// The metrics of one request, in the order given (repeats kept, as the reference sends
/// them), and the lock bits.
#[derive(Default)]
pub struct Metrics {
    items: Vec<DefaultNla>,
    lock: u32,
}

impl Metrics {
    /// Read `WORD [lock] VALUE` when `word` is a metric; false when it is not one.
    pub fn word(&mut self, word: &str, args: &mut Args) -> Result<bool> {
        let Some(&(name, rtax, kind)) = METRICS.iter().find(|(n, _, _)| *n == word) else {
            return Ok(false);
        };
        let mut v = args.value()?;
        if v == "lock" {
            self.lock |= 1 << rtax;
            v = args.value()?;
        }
        let bad = |what: &str| invarg(&format!("\"{name}\" value {what}\n"), v);
        let value = match kind {
            Kind::U32 => get_u32(v).ok_or_else(|| bad("is invalid"))?,
            Kind::U8 => u32::from(get_u8(v).ok_or_else(|| bad("is invalid"))?),
            Kind::Time(factor) => time(v, factor).ok_or_else(|| bad("is invalid"))?,
            Kind::Bool => get_u32(v)
                .filter(|&b| b <= 1)
                .ok_or_else(|| bad("should be 0 or 1"))?,
            Kind::Features if v == "ecn" => RTAX_FEATURE_ECN,
            Kind::Features => return Err(bad("not valid")),
            Kind::Algo => {
                self.items.push(attr::bytes(rtax, v.as_bytes()));
                return Ok(true);
            }
        };
        if rtax == RTAX_RTO_MIN {
            // the kernel only takes rto_min locked
            self.lock |= 1 << RTAX_RTO_MIN;
        }
        self.items.push(attr::u32(rtax, value));
        Ok(true)
    }

    /// RTA_METRICS: the metrics, then RTAX_LOCK when any is locked; None without metrics.
    pub fn attr(mut self) -> Option<DefaultNla> {
        if self.lock != 0 {
            self.items.push(attr::u32(RTAX_LOCK, self.lock));
        }
        (!self.items.is_empty()).then(|| attr::nest(RTA_METRICS, &self.items))
    }
}

/// A time as `rtt`, `rttvar` and `rto_min` take it: a number (decimal with a fraction, or
/// hex) and a unit (`s`, `sec`, `secs`, `ms`, `msec`, `msecs`, any case) giving milliseconds
/// times `factor`, or no unit for the value as it is. Fractions round up; a value between 0
/// and 1 (or below 0) is 1; the result is cut to 32 bits.
fn time(v: &str, factor: u32) -> Option<u32> {
    let (number, unit) = split_number(v)?;
    let scale = match unit.to_ascii_lowercase().as_str() {
        "" => None,
        "s" | "sec" | "secs" => Some(1000.0),
        "ms" | "msec" | "msecs" => Some(1.0),
        _ => return None,
    };
    let t = number * scale.unwrap_or(1.0);
    let rounded: u64 = if t == 0.0 {
        0
    } else if t < 1.0 {
        1
    } else {
        // in range: the word is at most a few dozen digits
        t.ceil().min(u64::MAX as f64) as u64
    };
    let v = if scale.is_some() {
        rounded.wrapping_mul(u64::from(factor))
    } else {
        rounded
    };
    Some(v as u32)
}

/// The number at the start of `v` (sign, `0x` hex digits, or decimal digits with a
/// fraction) and what follows it.
fn split_number(v: &str) -> Option<(f64, &str)> {
    let (neg, body) = match v.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, v.strip_prefix('+').unwrap_or(v)),
    };
    let (value, rest) = if let Some(hex) = body
        .strip_prefix("0x")
        .or_else(|| body.strip_prefix("0X"))
        .filter(|h| h.starts_with(|c: char| c.is_ascii_hexdigit()))
    {
        let end = hex
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(hex.len());
        (strtoul(&hex[..end], 16)? as f64, &hex[end..])
    } else {
        let int = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let mut end = int;
        if body[int..].starts_with('.') {
            end = int
                + 1
                + body[int + 1..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(body.len() - int - 1);
        }
        if end == 0 || &body[..end] == "." {
            return None;
        }
        (body[..end].parse::<f64>().ok()?, &body[end..])
    };
    Some((if neg { -value } else { value }, rest))
}

/// Print the metrics of `nest` (RTA_METRICS) in RTAX order.
pub fn print<W: Write>(p: &mut Printer<W>, nest: &[u8]) {
    let m: Table<32> = Table::new(nest);
    if !METRICS.iter().any(|&(_, rtax, _)| m.has(rtax)) {
        return;
    }
    let lock = m.u32(RTAX_LOCK).unwrap_or(0);
    p.open_list(Show::Json, "metrics", "");
    p.open_object(None);
    for &(name, rtax, kind) in METRICS {
        let Some(raw) = m.get(rtax) else { continue };
        let locked = if lock & (1 << rtax) != 0 { "lock " } else { "" };
        if kind == Kind::Algo {
            let algo = attr::cstr(raw);
            p.value(
                Show::Any,
                Some("congestion"),
                format_args!("{name} {locked}{algo} "),
                algo,
            );
            continue;
        }
        let Some(v) = attr::u32_of(raw) else { continue };
        match kind {
            Kind::Features => {
                p.fp(format_args!("{name} "));
                if v & RTAX_FEATURE_ECN != 0 {
                    p.value(Show::Any, Some("ecn"), format_args!("ecn "), &Null);
                }
            }
            Kind::Time(factor) => {
                let ms = v / factor;
                p.fp(format_args!("{name} {locked}"));
                if ms >= 1000 {
                    let s = fmt_g(f64::from(ms) / 1000.0);
                    p.value(Show::Any, Some(name), format_args!("{s}s "), &ms);
                } else {
                    p.value(Show::Any, Some(name), format_args!("{ms}ms "), &ms);
                }
            }
            _ => p.value(
                Show::Any,
                Some(name),
                format_args!("{name} {locked}{v} "),
                &v,
            ),
        }
    }
    p.close_object();
    p.close_array(Show::Json, "");
}

/// C's `%g`: six significant digits, trailing zeros dropped, exponent form outside
/// 1e-4..1e6.
fn fmt_g(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    let sci = format!("{x:.5e}");
    let Some((mantissa, exp)) = sci.split_once('e') else {
        return sci;
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let trim = |s: String| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    };
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim(mantissa.to_string()), exp.abs())
    } else {
        let decimals = usize::try_from(5 - exp).unwrap_or(0);
        trim(format!("{x:.decimals$}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_as_the_reference_sends_them() {
        // (word, factor, value) from request bytes of iproute2 6.1.0
        let cases: &[(&str, u32, Option<u32>)] = &[
            ("3s", 8, Some(24000)),
            ("2ms", 4, Some(8)),
            ("1", 1, Some(1)),
            ("100", 8, Some(100)),
            ("1.5", 8, Some(2)),
            ("10us", 8, None),
            ("1sec", 8, Some(8000)),
            ("0.1ms", 8, Some(8)),
            ("-5", 8, Some(1)),
            ("5x", 8, None),
            ("5msec", 8, Some(40)),
            ("5secs", 8, Some(40000)),
            ("0x10", 8, Some(16)),
            ("0x10ms", 8, Some(128)),
            ("1.5s", 8, Some(12000)),
            ("0.25s", 4, Some(1000)),
            ("1500ms", 1, Some(1500)),
            ("1e3", 8, None),
            ("inf", 8, None),
            ("5S", 8, Some(40000)),
            ("4294967296", 8, Some(0)),
            ("536870912ms", 8, Some(0)),
            ("0", 8, Some(0)),
        ];
        for &(w, f, want) in cases {
            assert_eq!(time(w, f), want, "{w}");
        }
    }

    #[test]
    fn percent_g() {
        for (x, s) in [
            (1.5, "1.5"),
            (1.001, "1.001"),
            (60.0, "60"),
            (536870.911, "536871"),
            (4294967.295, "4.29497e+06"),
            (2.5, "2.5"),
        ] {
            assert_eq!(fmt_g(x), s);
        }
    }
}
