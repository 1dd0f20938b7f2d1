//! `-m policy --dir in|out [--pol none|ipsec] [--strict] [[!] --reqid N] [[!] --spi N]
//! [[!] --proto P] [[!] --mode M] [[!] --tunnel-src A] [[!] --tunnel-dst A] [--next …]`: the
//! xt `policy` match, revision 0 (`struct xt_policy_info`: four 76-byte elements, u16
//! flags, u16 len; 312 bytes sent). An element: saddr, smask, daddr, dmask (16 bytes each,
//! IPv4 in the first 4), spi and reqid (u32, both host order as iptables writes them),
//! u8 proto, u8 mode, u8 match bits, u8 invert bits.

use super::blob::{bad, hex};
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::addr::{addr_mask6_text, host_mask_fam};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::resolve::services;

const ELEM: usize = 76;
const MAX_ELEM: usize = 4;
const SADDR: usize = 0;
const SMASK: usize = 16;
const DADDR: usize = 32;
const DMASK: usize = 48;
const SPI: usize = 64;
const REQID: usize = 68;
const PROTO: usize = 72;
const MODE: usize = 73;
const MATCH: usize = 74;
const INVERT: usize = 75;
const FLAGS: usize = ELEM * MAX_ELEM;
const LEN: usize = FLAGS + 2;

/// XT_POLICY_* flags.
const F_IN: u16 = 1;
const F_OUT: u16 = 2;
const F_NONE: u16 = 4;
const F_STRICT: u16 = 8;

/// The element's match/invert bits.
const M_SADDR: u8 = 1;
const M_DADDR: u8 = 2;
const M_PROTO: u8 = 4;
const M_MODE: u8 = 8;
const M_SPI: u8 = 16;
const M_REQID: u8 = 32;

const MODE_TUNNEL: u8 = 1;

const O_DIR: u8 = 1;
const O_POL: u8 = 2;
const O_STRICT: u8 = 3;
const O_REQID: u8 = 4;
const O_SPI: u8 = 5;
const O_SRC: u8 = 6;
const O_DST: u8 = 7;
const O_PROTO: u8 = 8;
const O_MODE: u8 = 9;
const O_NEXT: u8 = 10;

const OPTS: &[Opt] = &[
    opt("dir", Has::Required, O_DIR).once().no_inv(),
    opt("pol", Has::Required, O_POL).once().no_inv(),
    opt("strict", Has::No, O_STRICT).once().no_inv(),
    opt("reqid", Has::Required, O_REQID),
    opt("spi", Has::Required, O_SPI),
    opt("tunnel-src", Has::Required, O_SRC),
    opt("tunnel-dst", Has::Required, O_DST),
    opt("proto", Has::Required, O_PROTO),
    opt("mode", Has::Required, O_MODE),
    opt("next", Has::No, O_NEXT).no_inv().also(&[O_STRICT]),
];

pub const DEF: Def = Def {
    name: "policy",
    rev: 0,
    size: 312,
    cmp: 312,
    opts: OPTS,
    help: include_str!("../help/m_policy.txt"),
    init,
    parse,
    check,
    save,
    print,
    ..Def::MATCH
};

/// One element to begin with.
fn init(e: &mut Ext) {
    e.set_u16(LEN, 1);
}

/// Where in `Ext::seen` (above the option bits) the parser keeps the index of the element
/// being written: `len` is not it, as it is 0 with `--pol none`.
const INDEX_SHIFT: u32 = 56;

fn index(e: &Ext) -> usize {
    ((e.seen >> INDEX_SHIFT) & 7) as usize
}

/// The element being written.
fn current(e: &Ext) -> usize {
    index(e).min(MAX_ELEM - 1) * ELEM
}

/// `len` as iptables writes it: the elements given, none with `--pol none`.
fn set_len(e: &mut Ext) {
    let len = if e.u16(FLAGS) & F_NONE != 0 {
        0
    } else {
        index(e) + 1
    };
    e.set_u16(LEN, len as u16);
}

fn double(e: &Ext, at: usize, bit: u8, name: &str) -> crate::error::Result<()> {
    if e.u8(at + MATCH) & bit != 0 {
        return Err(bad(format_args!("policy match: double --{name} option")));
    }
    Ok(())
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    let v = arg.value;
    let at = current(e);
    let bit = match o.id {
        O_DIR => {
            let f = match v {
                "in" => F_IN,
                "out" => F_OUT,
                _ => return Err(bad(format_args!("policy_match: invalid dir \"{v}\""))),
            };
            e.set_u16(FLAGS, e.u16(FLAGS) | f);
            return Ok(());
        }
        O_POL => {
            match v {
                "none" => e.set_u16(FLAGS, e.u16(FLAGS) | F_NONE),
                "ipsec" => e.set_u16(FLAGS, e.u16(FLAGS) & !F_NONE),
                _ => return Err(bad(format_args!("policy match: invalid policy \"{v}\""))),
            }
            set_len(e);
            return Ok(());
        }
        O_STRICT => {
            e.set_u16(FLAGS, e.u16(FLAGS) | F_STRICT);
            return Ok(());
        }
        O_NEXT => {
            let next = index(e) + 1;
            if next >= MAX_ELEM {
                return Err(bad("policy match: maximum policy depth reached"));
            }
            e.seen = (e.seen & !(7 << INDEX_SHIFT)) | ((next as u64) << INDEX_SHIFT);
            set_len(e);
            return Ok(());
        }
        O_REQID => {
            double(e, at, M_REQID, "reqid")?;
            let n = uint(e, o, v, 0, u64::from(u32::MAX))? as u32;
            e.set_u32(at + REQID, n);
            M_REQID
        }
        O_SPI => {
            double(e, at, M_SPI, "spi")?;
            let n = uint(e, o, v, 0, u64::from(u32::MAX))? as u32;
            e.set_u32(at + SPI, n);
            M_SPI
        }
        O_SRC | O_DST => {
            let (bit, addr, mask) = if o.id == O_SRC {
                (M_SADDR, SADDR, SMASK)
            } else {
                (M_DADDR, DADDR, DMASK)
            };
            double(e, at, bit, o.name)?;
            let (a, m) = host_mask_fam(v, "policy", o.name, false, ctx.fam)?;
            e.put(at + addr, &a);
            e.put(at + mask, &m);
            bit
        }
        O_PROTO => {
            double(e, at, M_PROTO, "proto")?;
            let p = protocol(v)?;
            if !matches!(p, 50 | 51 | 108) {
                return Err(bad("policy match: protocol must be ah/esp/ipcomp"));
            }
            e.set_u8(at + PROTO, p);
            M_PROTO
        }
        _ => {
            double(e, at, M_MODE, "mode")?;
            let m = match v {
                "transport" => 0,
                "tunnel" => MODE_TUNNEL,
                _ => return Err(bad(format_args!("policy match: invalid mode \"{v}\""))),
            };
            e.set_u8(at + MODE, m);
            M_MODE
        }
    };
    e.set_u8(at + MATCH, e.u8(at + MATCH) | bit);
    if arg.inv {
        e.set_u8(at + INVERT, e.u8(at + INVERT) | bit);
    }
    Ok(())
}

/// A protocol as iptables reads one: a number (C forms) up to 255, `all`, or a name.
fn protocol(v: &str) -> crate::error::Result<u8> {
    if v == "all" {
        return Ok(0);
    }
    crate::cli::num::strtoul(v, 0)
        .and_then(|n| u8::try_from(n).ok())
        .or_else(|| services::proto_number(v))
        .ok_or_else(|| bad(format_args!("unknown protocol \"{v}\" specified")))
}

/// The elements the rule holds (none with `--pol none`).
fn elements(e: &Ext) -> usize {
    usize::from(e.u16(LEN)).min(MAX_ELEM)
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    let flags = e.u16(FLAGS);
    if flags & (F_IN | F_OUT) == 0 {
        return Err(bad(
            "policy match: neither --dir in nor --dir out specified",
        ));
    }
    if flags & F_NONE != 0 {
        if flags & F_STRICT != 0 {
            return Err(bad("policy match: policy none but --strict given"));
        }
        return Ok(());
    }
    for i in 0..elements(e) {
        let at = i * ELEM;
        let (m, inv) = (e.u8(at + MATCH), e.u8(at + INVERT));
        if flags & F_STRICT != 0 && m == 0 {
            return Err(bad(format_args!("policy match: empty policy element {i}. --strict is in effect, but at least one of reqid, spi, tunnel-src, tunnel-dst, proto or mode is required.")));
        }
        let tunnel = m & M_MODE != 0 && inv & M_MODE == 0 && e.u8(at + MODE) == MODE_TUNNEL;
        if m & (M_SADDR | M_DADDR) != 0 && !tunnel {
            return Err(bad(
                "policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode",
            ));
        }
    }
    Ok(())
}

/// An address and mask: nothing after a whole address, `/N` after a prefix, else the mask.
fn addr_text(e: &Ext, at: usize, mask_at: usize, v6: bool) -> String {
    if v6 {
        return addr_mask6_text(e.bytes(at, 16), e.bytes(mask_at, 16));
    }
    let a = e.bytes(at, 4);
    let m = e.bytes(mask_at, 4);
    let dotted = |b: &[u8]| match b {
        [a, b, c, d] => format!("{a}.{b}.{c}.{d}"),
        _ => "0.0.0.0".to_string(),
    };
    let bits = u32::from_be_bytes([
        e.u8(mask_at),
        e.u8(mask_at + 1),
        e.u8(mask_at + 2),
        e.u8(mask_at + 3),
    ]);
    let n = bits.leading_ones();
    let mut t = dotted(a);
    if n < 32 && bits.checked_shl(n).unwrap_or(0) == 0 {
        t.push_str(&format!("/{n}"));
    } else if n < 32 {
        t.push('/');
        t.push_str(&dotted(m));
    }
    t
}

/// The words of the rule: -S (`--`-led, protocol names) or -L (bare, `[i]` before each
/// element when strict, protocol numbers with -n).
fn words(e: &Ext, out: &mut String, save: bool, numeric: bool, v6: bool) {
    let flags = e.u16(FLAGS);
    let lead = if save { " --" } else { " " };
    if flags & F_IN != 0 {
        out.push_str(&format!("{lead}dir in"));
    } else if flags & F_OUT != 0 {
        out.push_str(&format!("{lead}dir out"));
    }
    let none = flags & F_NONE != 0;
    out.push_str(&format!(
        "{lead}pol {}",
        if none { "none" } else { "ipsec" }
    ));
    let strict = flags & F_STRICT != 0;
    if strict {
        out.push_str(&format!("{lead}strict"));
    }
    if none {
        return;
    }
    for i in 0..elements(e) {
        let at = i * ELEM;
        if strict {
            if save {
                if i > 0 {
                    out.push_str(" --next");
                }
            } else {
                out.push_str(&format!(" [{i}]"));
            }
        }
        let (m, inv) = (e.u8(at + MATCH), e.u8(at + INVERT));
        let mut item = |bit: u8, name: &str, value: String| {
            if m & bit == 0 {
                return;
            }
            if inv & bit != 0 {
                out.push_str(" !");
            }
            out.push_str(&format!("{lead}{name} {value}"));
        };
        item(M_REQID, "reqid", e.u32(at + REQID).to_string());
        item(M_SPI, "spi", hex(e.u32(at + SPI)));
        let p = e.u8(at + PROTO);
        let proto = match services::proto_name(p) {
            Some(n) if !numeric => n.to_string(),
            _ => p.to_string(),
        };
        item(M_PROTO, "proto", proto);
        let mode = match e.u8(at + MODE) {
            0 => "transport".to_string(),
            MODE_TUNNEL => "tunnel".to_string(),
            x => x.to_string(),
        };
        item(M_MODE, "mode", mode);
        item(
            M_DADDR,
            "tunnel-dst",
            addr_text(e, at + DADDR, at + DMASK, v6),
        );
        item(
            M_SADDR,
            "tunnel-src",
            addr_text(e, at + SADDR, at + SMASK, v6),
        );
    }
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    words(e, out, true, false, ctx.fam.is_v6());
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" policy match");
    words(e, out, false, ctx.numeric, ctx.fam.is_v6());
}
