//! `-m connlimit`: the xt `connlimit` match, revision 1 (`struct xt_connlimit_info`: the
//! 16-byte mask, u32 limit, u32 flags (INVERT: up to, DADDR), then the kernel's pointer; 32
//! bytes sent, 24 compared). Revision 0 (the same layout, flags only inverting) is read too.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::addr::{mask16, mask_prefix, mask_prefix6, prefix_mask6};
use crate::iptables::getopt::{opt, Has, Opt};

const MASK: usize = 0;
const LIMIT: usize = 16;
const FLAGS: usize = 20;

const F_INVERT: u32 = 1;
const F_DADDR: u32 = 2;

const O_UPTO: u8 = 1;
const O_ABOVE: u8 = 2;
const O_MASK: u8 = 3;
const O_SADDR: u8 = 4;
const O_DADDR: u8 = 5;

const OPTS: &[Opt] = &[
    opt("connlimit-upto", Has::Required, O_UPTO).once(),
    opt("connlimit-above", Has::Required, O_ABOVE).once(),
    opt("connlimit-mask", Has::Required, O_MASK).once().no_inv(),
    opt("connlimit-saddr", Has::No, O_SADDR).once().no_inv(),
    opt("connlimit-daddr", Has::No, O_DADDR).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "connlimit",
    rev: 1,
    size: 32,
    cmp: 24,
    opts: OPTS,
    help: include_str!("../help/m_connlimit.txt"),
    init,
    parse,
    check,
    decode,
    save,
    print,
    ..Def::MATCH
};

/// The whole address.
fn init(e: &mut Ext) {
    e.put(MASK, &[0xff; 16]);
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    let flags = e.u32(FLAGS);
    match o.id {
        O_UPTO | O_ABOVE => {
            let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u32;
            e.set_u32(LIMIT, n);
            let invert = (o.id == O_UPTO) != arg.inv;
            e.set_u32(
                FLAGS,
                if invert {
                    flags | F_INVERT
                } else {
                    flags & !F_INVERT
                },
            );
        }
        O_MASK if ctx.fam.is_v6() => e.put(
            MASK,
            &mask_prefix6(arg.value, "connlimit", "connlimit-mask")?
                .map_or([0xff; 16], prefix_mask6),
        ),
        O_MASK => e.put(
            MASK,
            &mask16(mask_prefix(arg.value, "connlimit", "connlimit-mask")?),
        ),
        O_SADDR => e.set_u32(FLAGS, flags & !F_DADDR),
        _ => e.set_u32(FLAGS, flags | F_DADDR),
    }
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if !e.given(O_UPTO) && !e.given(O_ABOVE) {
        return Err(bad(
            "You must specify \"--connlimit-above\" or \"--connlimit-upto\".",
        ));
    }
    e.exclusive(&[O_UPTO, O_ABOVE])?;
    e.exclusive(&[O_SADDR, O_DADDR])
}

/// Revisions 1 and 0 (the same layout).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    (rev <= 1 && info.len() >= def.size).then(|| Ext::with(def, rev, &info[..def.size]))
}

/// (above?, the mask's prefix length (its bits, of 4 bytes, 16 under ip6tables),
/// destination?)
fn fields(e: &Ext, ctx: &Ctx) -> (bool, u32, bool) {
    let flags = e.u32(FLAGS);
    if ctx.fam.is_v6() {
        let bits = e.bytes(MASK, 16).iter().map(|b| b.count_ones()).sum();
        return (
            flags & F_INVERT == 0,
            bits,
            e.rev >= 1 && flags & F_DADDR != 0,
        );
    }
    let m = e.bytes(MASK, 4);
    let bits = u32::from_be_bytes([
        m.first().copied().unwrap_or(0),
        m.get(1).copied().unwrap_or(0),
        m.get(2).copied().unwrap_or(0),
        m.get(3).copied().unwrap_or(0),
    ]);
    (
        flags & F_INVERT == 0,
        bits.count_ones(),
        e.rev >= 1 && flags & F_DADDR != 0,
    )
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    let (above, bits, daddr) = fields(e, ctx);
    out.push_str(&format!(
        " --connlimit-{} {} --connlimit-mask {bits} --connlimit-{}",
        if above { "above" } else { "upto" },
        e.u32(LIMIT),
        if daddr { "daddr" } else { "saddr" }
    ));
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let (above, bits, daddr) = fields(e, ctx);
    out.push_str(&format!(
        " #conn {}/{bits} {} {}",
        if daddr { "dst" } else { "src" },
        if above { ">" } else { "<=" },
        e.u32(LIMIT)
    ));
}
