//! `-m limit --limit N[/UNIT] [--limit-burst N]`: written as the native nf_tables `limit`
//! expression (packets, a rate per unit in seconds, a burst), as iptables-nft does. Its
//! blob here is that expression's values (u64 rate, u64 unit, u32 burst), not an xt blob:
//! the limit is never sent as one.

use super::blob::bad;
use super::{no_check, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

const RATE: usize = 0;
const UNIT: usize = 8;
const BURST: usize = 16;

const LIMIT: u8 = 1;
const LIMIT_BURST: u8 = 2;

const OPTS: &[Opt] = &[
    opt("limit", Has::Required, LIMIT),
    opt("limit-burst", Has::Required, LIMIT_BURST),
];

pub const DEF: Def = Def {
    name: "limit",
    xt: "",
    target: false,
    rev: 0,
    size: 24,
    cmp: 24,
    opts: OPTS,
    help: include_str!("../help/m_limit.txt"),
    init,
    parse,
    check: no_check,
    encode,
    decode: |_, _, _| None,
    save,
    print,
};

const UNITS: &[(&str, u64)] = &[("sec", 1), ("min", 60), ("hour", 3600), ("day", 86400)];

fn u64_at(e: &Ext, at: usize) -> u64 {
    e.bytes(at, 8)
        .try_into()
        .map(u64::from_ne_bytes)
        .unwrap_or(0)
}

fn set(e: &mut Ext, rate: u64, unit: u64, burst: u32) {
    e.put(RATE, &rate.to_ne_bytes());
    e.put(UNIT, &unit.to_ne_bytes());
    e.set_u32(BURST, burst);
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
        let b = word
            .parse::<u32>()
            .ok()
            .filter(|b| *b <= 10000)
            .ok_or_else(|| bad(format_args!("bad --limit-burst `{word}'")))?;
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
                _ => return Err(bad(format_args!("bad rate `{word}'"))),
            };
            (n, secs)
        }
        None => (word, 1),
    };
    let rate = n
        .parse::<u64>()
        .ok()
        .filter(|r| *r > 0)
        .ok_or_else(|| bad(format_args!("bad rate `{word}'")))?;
    // xt_limit's scale: 10000 ticks per unit; a faster rate rounds to nothing.
    if 10000u64.saturating_mul(unit) / rate == 0 {
        return Err(bad(format_args!("Rate too fast \"{word}\"")));
    }
    let burst = e.u32(BURST);
    set(e, rate, unit, burst);
    Ok(())
}

fn encode(e: &Ext, w: &mut Writer) {
    expr::limit(w, u64_at(e, RATE), u64_at(e, UNIT), e.u32(BURST));
}

fn rate_text(e: &Ext) -> String {
    let unit = u64_at(e, UNIT);
    let name = UNITS
        .iter()
        .find(|(_, s)| *s == unit)
        .map(|(n, _)| *n)
        .unwrap_or("sec");
    format!("{}/{name}", u64_at(e, RATE))
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
