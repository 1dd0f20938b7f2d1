//! `-m length [!] --length A[:B]`: the xt `length` match, revision 0 (`struct
//! xt_length_info`: u16 min, u16 max, u8 invert; 8 bytes sent). Also home of the `A[:B]`
//! range reader libxtables uses for its 16-bit range options (tcpmss, NFQUEUE).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const MIN: usize = 0;
const MAX: usize = 2;
const INVERT: usize = 4;

const OPTS: &[Opt] = &[opt("length", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "length",
    rev: 0,
    size: 8,
    cmp: 5,
    opts: OPTS,
    help: include_str!("../help/m_length.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

/// `A[:B]` as libxtables reads a range option of numbers up to `max`: each part a C number
/// (an empty first part is 0, an empty second one `max`); a single part is both ends.
/// Returns the two ends and how many parts there were.
pub fn range(e: &Ext, o: &Opt, word: &str, max: u64) -> crate::error::Result<(u64, u64, usize)> {
    let (ext, name) = (e.def.name, o.name);
    let parts: Vec<&str> = word.split(':').collect();
    if parts.len() > 2 {
        return Err(bad(format_args!(
            "{ext}: Too many components for option \"--{name}\" (max: 2)\n"
        )));
    }
    let mut at = 0;
    let mut out = [0u64, max];
    for (i, p) in parts.iter().enumerate() {
        let rest = word.get(at..).unwrap_or("");
        at += p.len() + 1;
        if p.is_empty() {
            continue;
        }
        let near = || {
            bad(format_args!(
                "{ext}: bad value for option \"--{name}\" near \"{rest}\", or out of range (0-{max}).\n"
            ))
        };
        let (v, used) = crate::cli::num::strtoul_prefix(p, 0).ok_or_else(near)?;
        if v > max {
            return Err(near());
        }
        if used < p.len() {
            let junk = rest.get(used..).unwrap_or("");
            return Err(bad(format_args!(
                "{ext}: Argument to \"--{name}\" has unexpected characters near \"{junk}\".\n"
            )));
        }
        out[i] = v;
    }
    if parts.len() == 1 {
        out[1] = out[0];
    }
    Ok((out[0], out[1], parts.len()))
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (lo, hi, _) = range(e, o, arg.value, 65535)?;
    e.set_u16(MIN, lo as u16);
    e.set_u16(MAX, hi as u16);
    e.set_u8(INVERT, u8::from(arg.inv));
    Ok(())
}

/// `A` or `A:B`.
fn value(e: &Ext) -> String {
    let (lo, hi) = (e.u16(MIN), e.u16(MAX));
    if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}:{hi}")
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u8(INVERT) != 0 {
        out.push_str(" !");
    }
    out.push_str(" --length ");
    out.push_str(&value(e));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" length ");
    if e.u8(INVERT) != 0 {
        out.push('!');
    }
    out.push_str(&value(e));
}
