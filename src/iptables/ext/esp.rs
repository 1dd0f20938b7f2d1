//! `-p esp [-m esp] [!] --espspi SPI[:SPI]`, `-p ah [-m ah] [!] --ahspi SPI[:SPI]` and
//! `-p ipcomp [-m ipcomp] [!] --ipcompspi SPI[:SPI]`: the xt `esp`, `ah` and `ipcomp`
//! matches, revision 0 (`struct xt_esp` / `struct ipt_ah` / `struct xt_ipcomp`: u32
//! spis[2], u8 invflags (ipcomp: and u8 hdrres); 16 bytes sent). esp and ah start with every
//! SPI, ipcomp with SPI 0 only.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::cli::num::strtoul_prefix;
use crate::iptables::getopt::{opt, Has, Opt};

const SPIS: usize = 0;
const INVFLAGS: usize = 8;
const SPI: u8 = 1;

pub const ESP: Def = Def {
    name: "esp",
    rev: 0,
    size: 16,
    cmp: 12,
    opts: &[opt("espspi", Has::Required, SPI).once()],
    help: include_str!("../help/m_esp.txt"),
    init,
    parse,
    save,
    print,
    ..Def::MATCH
};

pub const AH: Def = Def {
    name: "ah",
    rev: 0,
    size: 16,
    cmp: 12,
    opts: &[opt("ahspi", Has::Required, SPI).once()],
    help: include_str!("../help/m_ah.txt"),
    init,
    parse,
    save,
    print,
    fams: super::def::V4_ONLY,
    ..Def::MATCH
};

/// `-m ipcomp` alone matches SPI 0 (iptables sets no range).
pub const IPCOMP: Def = Def {
    name: "ipcomp",
    rev: 0,
    size: 16,
    cmp: 12,
    opts: &[opt("ipcompspi", Has::Required, SPI).once()],
    help: include_str!("../help/m_ipcomp.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

/// Every SPI.
fn init(e: &mut Ext) {
    e.set_u32(SPIS + 4, u32::MAX);
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (lo, hi) = u32_range(e.def.name, e.option(o.id), arg.value)?;
    e.set_u32(SPIS, lo);
    e.set_u32(SPIS + 4, hi);
    e.set_u8(INVFLAGS, u8::from(arg.inv));
    Ok(())
}

/// `A[:B]` as libxtables reads a u32 range: each a C number (an empty one is 0 before the
/// colon, the largest after it); one number is a range of one.
pub fn u32_range(ext: &str, option: &str, word: &str) -> crate::error::Result<(u32, u32)> {
    if word.split(':').count() > 2 {
        return Err(bad(format_args!(
            "{ext}: Too many components for option \"--{option}\" (max: 2)\n"
        )));
    }
    let mut v = [0u32, u32::MAX];
    let mut rest = word;
    let mut n = 0;
    loop {
        let part = rest.split(':').next().unwrap_or("");
        if !part.is_empty() {
            let near = || {
                bad(format_args!(
                    "{ext}: bad value for option \"--{option}\" near \"{rest}\", or out of range (0-4294967295).\n"
                ))
            };
            let (value, used) = strtoul_prefix(part, 0).ok_or_else(near)?;
            if part.trim_start().starts_with('-') {
                return Err(near());
            }
            let value = u32::try_from(value).map_err(|_| near())?;
            if used < part.len() {
                return Err(bad(format_args!(
                    "{ext}: Argument to \"--{option}\" has unexpected characters near \"{}\".\n",
                    &rest[used..]
                )));
            }
            v[n] = value;
        }
        n += 1;
        match rest.split_once(':') {
            Some((_, r)) => rest = r,
            None => break,
        }
    }
    if n == 1 {
        v[1] = v[0];
    }
    Ok((v[0], v[1]))
}

/// The option (`-S`) and the name `-L` prints.
fn words(e: &Ext) -> (&'static str, &'static str) {
    match e.def.name {
        "ah" => (" --ahspi ", " ah "),
        "ipcomp" => (" --ipcompspi ", " comp "),
        _ => (" --espspi ", " esp "),
    }
}

fn spis(e: &Ext) -> (u32, u32, bool) {
    (e.u32(SPIS), e.u32(SPIS + 4), e.u8(INVFLAGS) & 1 != 0)
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (lo, hi, inv) = spis(e);
    if (lo, hi) == (0, u32::MAX) {
        return;
    }
    if inv {
        out.push_str(" !");
    }
    out.push_str(words(e).0);
    out.push_str(&lo.to_string());
    if lo != hi {
        out.push(':');
        out.push_str(&hi.to_string());
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(words(e).1);
    let (lo, hi, inv) = spis(e);
    if (lo, hi, inv) == (0, u32::MAX, false) {
        if e.def.name == "esp" {
            out.pop();
        }
        return;
    }
    out.push_str(if lo == hi { "spi:" } else { "spis:" });
    if inv {
        out.push('!');
    }
    out.push_str(&lo.to_string());
    if lo != hi {
        out.push(':');
        out.push_str(&hi.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::u32_range;

    #[test]
    fn ranges_as_libxtables_reads_them() {
        let r = |w: &str| u32_range("esp", "espspi", w).map_err(|e| e.text);
        assert_eq!(r("").ok(), Some((0, 0)));
        assert_eq!(r(":").ok(), Some((0, u32::MAX)));
        assert_eq!(r("010:0x20").ok(), Some((8, 32)));
        assert_eq!(r(" 9").ok(), Some((9, 9)));
        assert!(r("1:-1").is_err_and(|t| t.contains("near \"-1\"")));
        assert!(r("foo:1").is_err_and(|t| t.contains("near \"foo:1\"")));
        assert!(r("1 ").is_err_and(|t| t.contains("unexpected characters near \" \"")));
    }
}
