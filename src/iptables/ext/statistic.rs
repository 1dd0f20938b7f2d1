//! `-m statistic --mode random [!] --probability P` / `--mode nth [!] --every N --packet P`:
//! the xt `statistic` match, revision 0 (u16 mode, u16 flags, a 12-byte union of
//! {probability} / {every, packet, count}, and the kernel's 8-byte pointer: 24 bytes).

use super::blob::bad;
use super::def::{xt_encode, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::Writer;

const MODE: u8 = 1;
const PROBABILITY: u8 = 2;
const EVERY: u8 = 3;
const PACKET: u8 = 4;

const OPTS: &[Opt] = &[
    opt("mode", Has::Required, MODE).once().no_inv().mand(),
    opt("probability", Has::Required, PROBABILITY)
        .once()
        .excl(&[EVERY, PACKET]),
    opt("every", Has::Required, EVERY)
        .once()
        .excl(&[PROBABILITY])
        .also(&[PACKET]),
    opt("packet", Has::Required, PACKET)
        .once()
        .no_inv()
        .excl(&[PROBABILITY]),
];

/// The blob: mode, flags, then the union's probability (or every), packet, count.
const B_MODE: usize = 0;
const B_FLAGS: usize = 2;
const B_FIRST: usize = 4;
const B_PACKET: usize = 8;
const B_COUNT: usize = 12;

pub const DEF: Def = Def {
    name: "statistic",
    rev: 0,
    size: 24,
    cmp: 16,
    opts: OPTS,
    help: include_str!("../help/m_statistic.txt"),
    parse,
    check,
    encode,
    save,
    print,
    ..Def::MATCH
};

const RANDOM: u16 = 0;
const NTH: u16 = 1;
const INVERT: u16 = 1;
/// 2^31: a probability of 1.
const ONE: f64 = 2147483648.0;

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let word = arg.value;
    match o.id {
        MODE => {
            let mode = match word {
                "random" => RANDOM,
                "nth" => NTH,
                _ => return Err(bad(format_args!("Bad mode \"{word}\""))),
            };
            e.set_u16(B_MODE, mode);
        }
        PROBABILITY => {
            let p = word
                .parse::<f64>()
                .ok()
                .filter(|p| (0.0..=1.0).contains(p))
                .ok_or_else(|| {
                    bad("statistic: bad value for option \"--probability\", or out of range (0-1).\n")
                })?;
            e.set_u32(B_FIRST, (p * ONE).round() as u32);
            if arg.inv {
                e.set_u16(B_FLAGS, e.u16(B_FLAGS) | INVERT);
            }
        }
        EVERY => {
            let n = word.parse::<u32>().ok().filter(|n| *n > 0).ok_or_else(|| {
                bad("statistic: bad value for option \"--every\", or out of range (1-4294967295).\n")
            })?;
            e.set_u32(B_FIRST, n - 1);
            if arg.inv {
                e.set_u16(B_FLAGS, e.u16(B_FLAGS) | INVERT);
            }
        }
        _ => {
            let p = word.parse::<u32>().map_err(|_| {
                bad("statistic: bad value for option \"--packet\", or out of range (0-4294967295).\n")
            })?;
            e.set_u32(B_PACKET, p);
        }
    }
    Ok(())
}

/// The blob as iptables sends it: the nth counter set to `every - packet` (in random mode
/// too, where the packet is 0).
fn encode(e: &Ext, w: &mut Writer) {
    let mut e = e.clone();
    if e.u16(B_MODE) != NTH {
        e.set_u32(B_PACKET, 0);
    }
    e.set_u32(B_COUNT, e.u32(B_FIRST).wrapping_sub(e.u32(B_PACKET)));
    xt_encode(&e, w);
}

/// The mode's own needs (random unless `--mode nth`), before the generic checks.
fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.u16(B_MODE) != NTH {
        if !e.given(PROBABILITY) {
            return Err(bad(
                "--probability must be specified when using random mode",
            ));
        }
        return Ok(());
    }
    if !e.given(EVERY) {
        return Err(bad(
            "--every and --packet must be specified when using nth mode",
        ));
    }
    if e.u32(B_PACKET) > e.u32(B_FIRST) {
        return Err(bad("the --packet p must be 0 <= p <= n-1"));
    }
    Ok(())
}

fn words(e: &Ext, out: &mut String, save: bool) {
    let d = if save { "--" } else { "" };
    let inv = if e.u16(B_FLAGS) & INVERT != 0 {
        " !"
    } else {
        ""
    };
    if e.u16(B_MODE) == NTH {
        out.push_str(&format!(
            " {d}mode nth{inv} {d}every {} {d}packet {}",
            u64::from(e.u32(B_FIRST)) + 1,
            e.u32(B_PACKET)
        ));
    } else {
        out.push_str(&format!(
            " {d}mode random{inv} {d}probability {:.11}",
            f64::from(e.u32(B_FIRST)) / ONE
        ));
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, true);
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" statistic");
    words(e, out, false);
}
