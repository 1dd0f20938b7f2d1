//! `-m limit --limit N[/UNIT] [--limit-burst N]`: written as the native nf_tables `limit`
//! expression (packets, a rate per unit in seconds, a burst), as iptables-nft does. Its blob
//! starts as `struct xt_rateinfo` does (u32 avg: the time between packets in 1/10000 s, u32
//! burst), which is what iptables compares and prints; the rate and unit the expression
//! carries follow (u64 each).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

const AVG: usize = 0;
const BURST: usize = 4;
const RATE: usize = 8;
const UNIT: usize = 16;

/// XT_LIMIT_SCALE: avg's units per second.
const SCALE: u64 = 10000;

const LIMIT: u8 = 1;
const LIMIT_BURST: u8 = 2;

const OPTS: &[Opt] = &[
    opt("limit", Has::Required, LIMIT).once().no_inv(),
    opt("limit-burst", Has::Required, LIMIT_BURST)
        .once()
        .no_inv(),
];

pub const DEF: Def = Def {
    name: "limit",
    xt: "",
    rev: 0,
    size: 24,
    cmp: 8,
    opts: OPTS,
    help: include_str!("../help/m_limit.txt"),
    init,
    parse,
    encode,
    decode: |_, _, _| None,
    save,
    print,
    ..Def::MATCH
};

/// The units a rate is printed in, longest first, with their length in 1/10000 s.
const UNITS: &[(&str, u64)] = &[
    ("day", SCALE * 86400),
    ("hour", SCALE * 3600),
    ("min", SCALE * 60),
    ("sec", SCALE),
];

fn u64_at(e: &Ext, at: usize) -> u64 {
    e.bytes(at, 8)
        .try_into()
        .map(u64::from_ne_bytes)
        .unwrap_or(0)
}

fn set(e: &mut Ext, rate: u64, unit: u64, burst: u32) {
    let avg = (SCALE * unit).checked_div(rate).unwrap_or(0);
    e.set_u32(AVG, u32::try_from(avg).unwrap_or(u32::MAX));
    e.set_u32(BURST, burst);
    e.put(RATE, &rate.to_ne_bytes());
    e.put(UNIT, &unit.to_ne_bytes());
}

/// 3/hour, burst 5.
fn init(e: &mut Ext) {
    set(e, 3, 3600, 5);
}

/// The match a native `limit` expression (packets, not inverted) stands for.
pub fn native(rate: u64, unit: u64, burst: u32) -> Ext {
    let mut e = Ext::new(&DEF);
    set(&mut e, rate, unit, burst);
    e
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let word = arg.value;
    if o.id == LIMIT_BURST {
        let b = super::def::uint(e, o, word, 0, 10000)? as u32;
        e.set_u32(BURST, b);
        return Ok(());
    }
    let (n, unit) = match word.split_once('/') {
        Some((n, u)) => {
            let secs = match u.chars().next() {
                Some('s') if "second".starts_with(u) || u == "sec" => 1,
                Some('m') if "minute".starts_with(u) || u == "min" => 60,
                Some('h') if "hour".starts_with(u) => 3600,
                Some('d') if "day".starts_with(u) => 86400,
                _ => return Err(bad(format_args!("bad rate \"{word}\"'"))),
            };
            (n, secs)
        }
        None => (word, 1),
    };
    // atoi: digits at the start (blanks and a sign before), the int taken as unsigned
    let rate = Some(u64::from(crate::cli::num::atoi(n) as u32))
        .filter(|r| *r > 0)
        .ok_or_else(|| bad(format_args!("bad rate \"{word}\"'")))?;
    // a faster rate rounds to nothing at xt_limit's scale
    if SCALE.saturating_mul(unit) / rate == 0 {
        return Err(bad(format_args!("Rate too fast \"{word}\"")));
    }
    let burst = e.u32(BURST);
    set(e, rate, unit, burst);
    Ok(())
}

fn encode(e: &Ext, w: &mut Writer) {
    expr::limit(w, u64_at(e, RATE), u64_at(e, UNIT), e.u32(BURST));
}

/// The rate as iptables words it from avg: in the longest unit that divides it evenly
/// enough (`10/week` is `1/day`).
fn rate_text(e: &Ext) -> String {
    let avg = u64::from(e.u32(AVG)).max(1);
    let mut k = 1;
    while k < UNITS.len() {
        let mult = UNITS[k].1;
        if avg > mult || mult / avg < mult % avg {
            break;
        }
        k += 1;
    }
    let (name, mult) = UNITS[k - 1];
    format!("{}/{name}", mult / avg)
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" --limit ");
    out.push_str(&rate_text(e));
    if e.u32(BURST) != 5 {
        out.push_str(&format!(" --limit-burst {}", e.u32(BURST)));
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(
        " limit: avg {} burst {}",
        rate_text(e),
        e.u32(BURST)
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_as_iptables_words_them() {
        for (rate, unit, text) in [
            (3, 3600, "3/hour"),
            (5, 1, "5/sec"),
            (13, 1, "13/sec"),
            (2, 60, "2/min"),
            (120, 3600, "2/min"),
            (9999, 86400, "9999/day"),
            (10, 604800, "1/day"),
            (10000, 1, "10000/sec"),
        ] {
            assert_eq!(rate_text(&native(rate, unit, 5)), text, "{rate}/{unit}");
        }
    }
}
