//! `-j TCPOPTSTRIP [--strip-options OPT,...]`: the xt `TCPOPTSTRIP` target, revision 0
//! (`struct xt_tcpoptstrip_target_info`: u32 strip_bmap[8], one bit per TCP option kind;
//! 32 bytes sent). Options by number (2-255) or by name.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const OPTS: &[Opt] = &[opt("strip-options", Has::Required, 1).once().no_inv()];

pub const DEF: Def = Def {
    name: "TCPOPTSTRIP",
    rev: 0,
    size: 32,
    cmp: 32,
    opts: OPTS,
    help: include_str!("../help/t_TCPOPTSTRIP.txt"),
    parse,
    save,
    print,
    ..Def::TARGET
};

/// The names, in the order `-L` would meet them (by number).
const NAMES: &[(&str, u8)] = &[
    ("wscale", 3),
    ("mss", 2),
    ("sack-permitted", 4),
    ("sack", 5),
    ("timestamp", 8),
    ("md5", 19),
];

fn has(e: &Ext, kind: u8) -> bool {
    e.u32(4 * usize::from(kind / 32)) & (1 << (kind % 32)) != 0
}

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    for word in arg.value.split(',') {
        let kind = NAMES
            .iter()
            .find(|(n, _)| *n == word)
            .map(|&(_, k)| u64::from(k))
            .or_else(|| crate::cli::num::strtoul(word, 0).filter(|&v| v <= 255))
            .ok_or_else(|| bad(format_args!("Bad TCP option value \"{word}\"")))?;
        if kind < 2 {
            return Err(bad("Option value may not be 0 or 1"));
        }
        let kind = kind as u8;
        if has(e, kind) {
            return Err(bad(format_args!("Option \"{word}\" already specified")));
        }
        let at = 4 * usize::from(kind / 32);
        e.set_u32(at, e.u32(at) | 1 << (kind % 32));
    }
    Ok(())
}

/// The options stripped, by number, names unless `numeric`.
fn list(e: &Ext, numeric: bool) -> String {
    (0..=255u8)
        .filter(|&k| has(e, k))
        .map(|k| match NAMES.iter().find(|(_, n)| *n == k) {
            Some((name, _)) if !numeric => (*name).to_string(),
            _ => k.to_string(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let l = list(e, true);
    if !l.is_empty() {
        out.push_str(" --strip-options ");
        out.push_str(&l);
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let l = list(e, ctx.numeric);
    if !l.is_empty() {
        out.push_str(" TCPOPTSTRIP options ");
        out.push_str(&l);
    }
}
