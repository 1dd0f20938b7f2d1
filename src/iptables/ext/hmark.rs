//! `-j HMARK`: the xt `HMARK` target, revision 0 (`struct xt_hmark_info`: src and dst masks
//! (16 bytes each), port masks and port values (u16 src, u16 dst or u32 spi, network
//! order), u32 flags (1 << XT_HMARK_*), u16 protocol mask, u32 hash seed, modulus, offset;
//! 64 bytes sent). `--hmark-tuple` sets the masks of the fields it names to all ones, and
//! counts as giving their options.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::addr::inet_aton;
use crate::iptables::getopt::{opt, Has, Opt};

const SRC_MASK: usize = 0;
const DST_MASK: usize = 16;
const PORT_MASK: usize = 32;
const PORT_SET: usize = 36;
const FLAGS: usize = 40;
const PROTO_MASK: usize = 44;
const RND: usize = 48;
const MODULUS: usize = 52;
const OFFSET: usize = 56;

/// The flags (XT_HMARK_*) are the option ids less one.
const O_SRC: u8 = 1;
const O_DST: u8 = 2;
const O_SPI: u8 = 3;
const O_SPI_MASK: u8 = 4;
const O_SPORT: u8 = 5;
const O_DPORT: u8 = 6;
const O_SPORT_MASK: u8 = 7;
const O_DPORT_MASK: u8 = 8;
const O_PROTO_MASK: u8 = 9;
const O_RND: u8 = 10;
const O_MOD: u8 = 11;
const O_OFFSET: u8 = 12;
/// XT_HMARK_CT: no option of its own (a word of `--hmark-tuple`).
const CT: u8 = 13;
const O_TUPLE: u8 = 20;

const fn flag(id: u8) -> u32 {
    1 << (id - 1)
}

const OPTS: &[Opt] = &[
    opt("hmark-tuple", Has::Required, O_TUPLE).once().no_inv(),
    opt("hmark-mod", Has::Required, O_MOD).once().no_inv(),
    opt("hmark-offset", Has::Required, O_OFFSET).once().no_inv(),
    opt("hmark-src-prefix", Has::Required, O_SRC)
        .once()
        .no_inv(),
    opt("hmark-dst-prefix", Has::Required, O_DST)
        .once()
        .no_inv(),
    opt("hmark-sport-mask", Has::Required, O_SPORT_MASK)
        .once()
        .no_inv(),
    opt("hmark-dport-mask", Has::Required, O_DPORT_MASK)
        .once()
        .no_inv(),
    opt("hmark-spi-mask", Has::Required, O_SPI_MASK)
        .once()
        .no_inv(),
    opt("hmark-sport", Has::Required, O_SPORT).once().no_inv(),
    opt("hmark-dport", Has::Required, O_DPORT).once().no_inv(),
    opt("hmark-spi", Has::Required, O_SPI).once().no_inv(),
    opt("hmark-proto-mask", Has::Required, O_PROTO_MASK)
        .once()
        .no_inv(),
    opt("hmark-rnd", Has::Required, O_RND).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "HMARK",
    rev: 0,
    size: 64,
    cmp: 60,
    opts: OPTS,
    help: include_str!("../help/t_HMARK.txt"),
    parse,
    check,
    save,
    print,
    ..Def::TARGET
};

/// The words of `--hmark-tuple`, in the order a prefix of several finds them: (word,
/// flag's option id, where its mask goes and how wide it is).
const TUPLE: &[(&str, u8)] = &[
    ("src", O_SRC),
    ("dst", O_DST),
    ("sport", O_SPORT_MASK),
    ("dport", O_DPORT_MASK),
    ("spi", O_SPI_MASK),
    ("proto", O_PROTO_MASK),
    ("ct", CT),
];

fn set_flag(e: &mut Ext, id: u8) {
    e.set_u32(FLAGS, e.u32(FLAGS) | flag(id));
}

fn be32(e: &Ext, at: usize) -> u32 {
    e.bytes(at, 4)
        .try_into()
        .map(u32::from_be_bytes)
        .unwrap_or(0)
}

/// A field's mask set to all ones, as a word of the tuple does.
fn all_ones(e: &mut Ext, id: u8) {
    match id {
        O_SRC => e.put(SRC_MASK, &[0xff; 16]),
        O_DST => e.put(DST_MASK, &[0xff; 16]),
        O_SPORT_MASK => e.set_be16(PORT_MASK, 0xffff),
        O_DPORT_MASK => e.set_be16(PORT_MASK + 2, 0xffff),
        O_SPI_MASK => e.put(PORT_MASK, &[0xff; 4]),
        O_PROTO_MASK => e.set_u16(PROTO_MASK, 0xffff),
        _ => {}
    }
}

fn tuple(e: &mut Ext, arg: &str) -> crate::error::Result<()> {
    let mut rest = arg;
    loop {
        if rest.is_empty() {
            return Err(bad(
                "\"--hmark-tuple\" requires a list of types with no spaces, e.g. src,dst,sport,dport,proto",
            ));
        }
        let (word, next) = match rest.split_once(',') {
            Some((w, n)) => (w, Some(n)),
            None => (rest, None),
        };
        let hit = TUPLE.iter().find(|(name, _)| {
            !word.is_empty()
                && name.len() >= word.len()
                && name.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        });
        let Some(&(_, id)) = hit else {
            return Err(bad(format_args!("Bad type \"{rest}\"")));
        };
        all_ones(e, id);
        set_flag(e, id);
        if id != CT {
            e.seen |= 1 << id;
        }
        match next {
            Some(n) => rest = n,
            None => return Ok(()),
        }
    }
}

/// A prefix length 0-32, else a network mask (inet_aton) and its length; a mask that is
/// not one gives all ones (16 bytes), as the reference does.
fn prefix(e: &mut Ext, o: &Opt, word: &str, at: usize, ctx: &Ctx) -> crate::error::Result<()> {
    if ctx.fam.is_v6() {
        // 0-128, or an IPv6 mask (all ones when it is no prefix)
        let len = crate::iptables::addr::mask_prefix6(word, "HMARK", o.name)?;
        e.put(
            at,
            &len.map_or([0xff; 16], crate::iptables::addr::prefix_mask6),
        );
        return Ok(());
    }
    let len = match crate::cli::num::strtoul(word, 0).filter(|&v| v <= 32) {
        Some(v) => Some(v as u32),
        None => {
            let m = inet_aton(word).ok_or_else(|| {
                bad(format_args!(
                    "HMARK: bad value for option \"--{}\", neither a valid network mask nor valid CIDR (0-32).\n",
                    o.name
                ))
            })?;
            let m = u32::from_be_bytes(m);
            (m.leading_ones() + m.trailing_zeros() == 32 || m == 0).then(|| m.leading_ones())
        }
    };
    let mut mask = [0u8; 16];
    match len {
        Some(0) => {}
        Some(n) => mask[..4].copy_from_slice(&(u32::MAX << (32 - n)).to_be_bytes()),
        None => mask = [0xff; 16],
    }
    e.put(at, &mask);
    Ok(())
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    let word = arg.value;
    let u16_of = |e: &Ext| uint(e, o, word, 0, 65535).map(|v| v as u16);
    let u32_of = |e: &Ext, min| uint(e, o, word, min, u64::from(u32::MAX)).map(|v| v as u32);
    match o.id {
        O_TUPLE => return tuple(e, word),
        O_SRC => prefix(e, o, word, SRC_MASK, ctx)?,
        O_DST => prefix(e, o, word, DST_MASK, ctx)?,
        O_SPORT_MASK => {
            let v = u16_of(e)?;
            e.set_be16(PORT_MASK, v);
        }
        O_DPORT_MASK => {
            let v = u16_of(e)?;
            e.set_be16(PORT_MASK + 2, v);
        }
        O_SPI_MASK => {
            let v = u32_of(e, 0)?;
            e.put(PORT_MASK, &v.to_be_bytes());
        }
        O_SPORT => {
            let v = u16_of(e)?;
            e.set_be16(PORT_SET, v);
        }
        O_DPORT => {
            let v = u16_of(e)?;
            e.set_be16(PORT_SET + 2, v);
        }
        O_SPI => {
            let v = u32_of(e, 0)?;
            e.put(PORT_SET, &v.to_be_bytes());
        }
        O_PROTO_MASK => {
            let v = u16_of(e)?;
            e.set_u16(PROTO_MASK, v);
        }
        O_RND => {
            let v = u32_of(e, 0)?;
            e.set_u32(RND, v);
        }
        O_MOD => {
            let v = u32_of(e, 1)?;
            e.set_u32(MODULUS, v);
        }
        _ => {
            let v = u32_of(e, 0)?;
            e.set_u32(OFFSET, v);
        }
    }
    set_flag(e, o.id);
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    let f = e.u32(FLAGS);
    if f & flag(O_MOD) == 0 {
        return Err(bad("--hmark-mod is mandatory"));
    }
    if f & flag(O_RND) == 0 {
        return Err(bad("--hmark-rnd is mandatory"));
    }
    if f & flag(O_SPI_MASK) != 0 && f & (flag(O_SPORT_MASK) | flag(O_DPORT_MASK)) != 0 {
        return Err(bad(
            "you cannot use --hmark-spi-mask and --hmark-?port-mask,at the same time",
        ));
    }
    if f & !(flag(O_RND) | flag(O_MOD) | flag(O_OFFSET)) == 0 {
        return Err(bad("you have to specify --hmark-tuple at least"));
    }
    Ok(())
}

/// A mask's prefix length (its leading ones, of 4 or 16 bytes).
fn plen(e: &Ext, at: usize, ctx: &Ctx) -> u32 {
    if ctx.fam.is_v6() {
        let m: [u8; 16] = e
            .data
            .get(at..at + 16)
            .and_then(|b| b.try_into().ok())
            .unwrap_or([0; 16]);
        return u128::from_be_bytes(m).leading_ones();
    }
    be32(e, at).leading_ones()
}

/// The fields given, as `-S` (`save`) or `-L` words: (flag's id, name, value, `-S` width).
fn fields(e: &Ext) -> Vec<(&'static str, u32, usize)> {
    let f = e.u32(FLAGS);
    let mut out = Vec::new();
    let mut add = |id: u8, name, v: u32, w| {
        if f & flag(id) != 0 {
            out.push((name, v, w));
        }
    };
    add(O_SPORT_MASK, "sport-mask", u32::from(e.be16(PORT_MASK)), 4);
    add(
        O_DPORT_MASK,
        "dport-mask",
        u32::from(e.be16(PORT_MASK + 2)),
        4,
    );
    add(O_SPI_MASK, "spi-mask", be32(e, PORT_MASK), 8);
    add(O_SPORT, "sport", u32::from(e.be16(PORT_SET)), 4);
    add(O_DPORT, "dport", u32::from(e.be16(PORT_SET + 2)), 4);
    add(O_SPI, "spi", be32(e, PORT_SET), 8);
    add(O_PROTO_MASK, "proto-mask", u32::from(e.u16(PROTO_MASK)), 2);
    out
}

/// The prefixes given; `-L` (`listing`) of ip6tables prints a whole one (128) as nothing.
fn prefixes(e: &Ext, out: &mut String, lead: &str, ctx: &Ctx, listing: bool) {
    let f = e.u32(FLAGS);
    for (id, name, at) in [(O_SRC, "src", SRC_MASK), (O_DST, "dst", DST_MASK)] {
        if f & flag(id) != 0 {
            let n = plen(e, at, ctx);
            if listing && ctx.fam.is_v6() && n == 128 {
                out.push_str(&format!("{lead}{name}-prefix "));
            } else {
                out.push_str(&format!("{lead}{name}-prefix {n}"));
            }
        }
    }
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    let f = e.u32(FLAGS);
    prefixes(e, out, " --hmark-", ctx, false);
    for (name, v, w) in fields(e) {
        out.push_str(&format!(" --hmark-{name} 0x{v:0w$x}"));
    }
    if f & flag(O_RND) != 0 {
        out.push_str(&format!(" --hmark-rnd 0x{:08x}", e.u32(RND)));
    }
    if f & flag(O_MOD) != 0 {
        out.push_str(&format!(" --hmark-mod {}", e.u32(MODULUS)));
    }
    if f & flag(O_OFFSET) != 0 {
        out.push_str(&format!(" --hmark-offset {}", e.u32(OFFSET)));
    }
    if f & flag(CT) != 0 {
        out.push_str(" --hmark-tuple ct");
    }
}

/// As the reference prints it, with a blank at the end.
fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let f = e.u32(FLAGS);
    out.push_str(" HMARK");
    if f & flag(O_MOD) != 0 {
        out.push_str(&format!(" mod {}", e.u32(MODULUS)));
    }
    if f & flag(O_OFFSET) != 0 {
        out.push_str(&format!(" + 0x{:x}", e.u32(OFFSET)));
    }
    if f & flag(CT) != 0 {
        out.push_str(" ct,");
    }
    prefixes(e, out, " ", ctx, true);
    for (name, v, _) in fields(e) {
        out.push_str(&format!(" {name} 0x{v:x}"));
    }
    if f & flag(O_RND) != 0 {
        out.push_str(&format!(" rnd 0x{:x}", e.u32(RND)));
    }
    out.push(' ');
}
