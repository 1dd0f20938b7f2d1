//! `-p mh [-m mh] [!] --mh-type TYPE[:TYPE]`: ip6tables' xt `mh` match (Mobility Header
//! type), revision 0 (`struct ip6t_mh`: u8 types[2], u8 invflags; 8 bytes sent). `-p mh`
//! (by that name only) loads it for `--mh-type`.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const MIN: usize = 0;
const MAX: usize = 1;
const INVFLAGS: usize = 2;

const OPTS: &[Opt] = &[opt("mh-type", Has::Required, 1).once()];

pub const DEF: Def = Def {
    name: "mh",
    rev: 0,
    size: 8,
    cmp: 3,
    opts: OPTS,
    help: include_str!("../help/m_mh.txt"),
    init,
    parse,
    save,
    print,
    fams: super::def::V6_ONLY,
    ..Def::MATCH
};

/// The type names in ip6tables' order, each with its short alias; -L prints the long ones.
const NAMES: &[(&str, &str, u8)] = &[
    ("binding-refresh-request", "brr", 0),
    ("home-test-init", "hoti", 1),
    ("careof-test-init", "coti", 2),
    ("home-test", "hot", 3),
    ("careof-test", "cot", 4),
    ("binding-update", "bu", 5),
    ("binding-acknowledgement", "ba", 6),
    ("binding-error", "be", 7),
];

/// Every type until one is given.
fn init(e: &mut Ext) {
    e.set_u8(MAX, 0xff);
}

/// One type: a name (any case; a whole name before the first one it begins), or a C
/// number up to 255.
fn one(word: &str) -> crate::error::Result<u8> {
    let names = || NAMES.iter().flat_map(|(l, s, t)| [(*l, *t), (*s, *t)]);
    let exact = names().find(|(n, _)| n.eq_ignore_ascii_case(word));
    let prefix = || {
        names().find(|(n, _)| {
            n.len() >= word.len()
                && n.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        })
    };
    if let Some((_, t)) = exact.or_else(prefix) {
        return Ok(t);
    }
    crate::cli::num::strtoul(word, 0)
        .filter(|v| *v <= 255)
        .map(|v| v as u8)
        .ok_or_else(|| bad(format_args!("Invalid MH type `{word}'")))
}

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (lo, hi) = match arg.value.split_once(':') {
        None => {
            let t = one(arg.value)?;
            (t, t)
        }
        Some((a, b)) => {
            let lo = if a.is_empty() { 0 } else { one(a)? };
            let hi = if b.is_empty() { 0xff } else { one(b)? };
            if lo > hi {
                return Err(bad("Invalid MH type range (min > max)"));
            }
            (lo, hi)
        }
    };
    e.set_u8(MIN, lo);
    e.set_u8(MAX, hi);
    e.set_u8(INVFLAGS, u8::from(arg.inv));
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (lo, hi) = (e.u8(MIN), e.u8(MAX));
    if (lo, hi) == (0, 0xff) {
        return;
    }
    if e.u8(INVFLAGS) & 1 != 0 {
        out.push_str(" !");
    }
    out.push_str(&format!(" --mh-type {lo}"));
    if lo != hi {
        out.push_str(&format!(":{hi}"));
    }
}

/// A type as -L names it (its number past the known ones, or with -n).
fn name(t: u8, numeric: bool) -> String {
    match NAMES.iter().find(|(.., n)| *n == t) {
        Some((long, ..)) if !numeric => long.to_string(),
        _ => t.to_string(),
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let (lo, hi) = (e.u8(MIN), e.u8(MAX));
    let inv = e.u8(INVFLAGS) & 1 != 0;
    out.push_str(" mh");
    if (lo, hi) == (0, 0xff) && !inv {
        return;
    }
    out.push(' ');
    if inv {
        out.push('!');
    }
    out.push_str(&name(lo, ctx.numeric));
    if lo != hi {
        out.push(':');
        out.push_str(&name(hi, ctx.numeric));
    }
}
