//! ip6tables' `-m dst [!] --dst-len N --dst-opts TYPE[:LEN],…` and `-m hbh [!] --hbh-len N
//! --hbh-opts TYPE[:LEN],…`: the xt `dst` and `hbh` matches, revision 0 (`struct ip6t_opts`:
//! u32 hdrlen, u8 flags, u8 invflags, u16 opts[16] as `TYPE << 8 | LEN` in host order, LEN
//! 0xff for any, u8 optsnr; 40 bytes sent).

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::error::{Error, Result};
use crate::iptables::getopt::{opt, Has, Opt};

const HDRLEN: usize = 0;
const FLAGS: usize = 4;
const INVFLAGS: usize = 5;
const OPTS_AT: usize = 6;
const OPTSNR: usize = 38;
/// At most this many options.
const MAX_OPTS: usize = 16;
// flags (IP6T_OPTS_LEN, _OPTS) and invflags (IP6T_OPTS_INV_LEN)
const F_LEN: u8 = 0x01;
const F_OPTS: u8 = 0x02;
const INV_LEN: u8 = 0x01;

// option ids
const LEN: u8 = 0;
const OPTS: u8 = 1;

pub const DST: Def = Def {
    name: "dst",
    rev: 0,
    size: 40,
    cmp: 40,
    opts: &[
        opt("dst-len", Has::Required, LEN).once(),
        opt("dst-opts", Has::Required, OPTS).once().no_inv(),
    ],
    help: include_str!("../help/m_dst.txt"),
    parse,
    save,
    print,
    fams: super::def::V6_ONLY,
    ..Def::MATCH
};

pub const HBH: Def = Def {
    name: "hbh",
    opts: &[
        opt("hbh-len", Has::Required, LEN).once(),
        opt("hbh-opts", Has::Required, OPTS).once().no_inv(),
    ],
    help: include_str!("../help/m_hbh.txt"),
    ..DST
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> Result<()> {
    if o.id == LEN {
        let v = uint(e, o, arg.value, 0, u32::MAX.into())? as u32;
        e.set_u32(HDRLEN, v);
        e.set_u8(FLAGS, e.u8(FLAGS) | F_LEN);
        if arg.inv {
            e.set_u8(INVFLAGS, e.u8(INVFLAGS) | INV_LEN);
        }
        return Ok(());
    }
    let list = options(e.def.name, arg.value)?;
    for (i, v) in list.iter().enumerate() {
        e.set_u16(OPTS_AT + 2 * i, *v);
    }
    e.set_u8(OPTSNR, list.len() as u8);
    e.set_u8(FLAGS, e.u8(FLAGS) | F_OPTS);
    Ok(())
}

/// A C number (strtoul, any base) at the start of `word`: its value and length, or the
/// complaint (`what` names it) for no digits or one too big.
fn c_number(ext: &str, what: &str, word: &str) -> Result<(u64, usize)> {
    if let Some(v) = crate::cli::num::strtoul_prefix(word, 0) {
        return Ok(v);
    }
    // digits there, yet no number: too big
    let blank = word.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let digits = blank.strip_prefix(['+', '-']).unwrap_or(blank);
    if digits.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(Error::ipt_param(format_args!(
            "{what} `{word}' specified too big: would overflow"
        )));
    }
    Err(Error::ipt_param(format_args!(
        "{ext}: no valid digits in {what} `{word}'"
    )))
}

/// All of `word` a C number.
fn whole(ext: &str, what: &str, word: &str) -> Result<u64> {
    let (v, used) = c_number(ext, what, word)?;
    if used < word.len() {
        return Err(bad(format_args!("{ext}: error parsing {what} `{word}'")));
    }
    Ok(v)
}

/// `TYPE[:LEN],…`: each a C number cut to 8 bits (no length: 0xff), at most 16 (the 16th
/// without a length).
fn options(ext: &str, list: &str) -> Result<Vec<u16>> {
    let mut out = Vec::new();
    for item in list.split(',') {
        if out.len() == MAX_OPTS {
            return Err(Error::ipt_param("too many addresses specified"));
        }
        // (sic: the last one cannot have a length)
        if out.len() == MAX_OPTS - 1 && item.contains(':') {
            return Err(Error::ipt_param("too many ports specified"));
        }
        let (t, len) = match item.split_once(':') {
            Some((t, l)) => (t, Some(l)),
            None => (item, None),
        };
        let t = whole(ext, "opt", t)?;
        let len = match len {
            Some(l) => whole(ext, "length", l)?,
            None => 0xff,
        };
        out.push(((t & 0xff) << 8 | (len & 0xff)) as u16);
    }
    Ok(out)
}

/// The options as given: `TYPE[:LEN],…`.
fn list(e: &Ext) -> String {
    let n = usize::from(e.u8(OPTSNR)).min(MAX_OPTS);
    let mut s = String::new();
    for i in 0..n {
        let v = e.u16(OPTS_AT + 2 * i);
        if i > 0 {
            s.push(',');
        }
        s.push_str(&(v >> 8).to_string());
        if v & 0xff != 0xff {
            s.push(':');
            s.push_str(&(v & 0xff).to_string());
        }
    }
    s
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (flags, name) = (e.u8(FLAGS), e.def.name);
    if flags & F_LEN != 0 {
        if e.u8(INVFLAGS) & INV_LEN != 0 {
            out.push_str(" !");
        }
        out.push_str(&format!(" --{name}-len {}", e.u32(HDRLEN)));
    }
    if flags & F_OPTS != 0 {
        out.push_str(&format!(" --{name}-opts {}", list(e)));
    }
}

/// `dst length:[!]N opts T:L,…`.
fn print(e: &Ext, out: &mut String, _: &Ctx) {
    let flags = e.u8(FLAGS);
    out.push(' ');
    out.push_str(e.def.name);
    if flags & F_LEN != 0 {
        out.push_str(" length:");
        if e.u8(INVFLAGS) & INV_LEN != 0 {
            out.push('!');
        }
        out.push_str(&e.u32(HDRLEN).to_string());
    }
    if flags & F_OPTS != 0 {
        out.push_str(" opts ");
        out.push_str(&list(e));
    }
}
