//! `-j CLASSIFY --set-class MAJOR:MINOR` (hex): the xt `CLASSIFY` target, revision 0 (`struct
//! xt_classify_target_info`: u32 priority, TC_H_MAKE(major << 16, minor); 8 bytes sent).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const PRIORITY: usize = 0;

const OPTS: &[Opt] = &[opt("set-class", Has::Required, 1).once().no_inv().mand()];

pub const DEF: Def = Def {
    name: "CLASSIFY",
    rev: 0,
    size: 8,
    cmp: 4,
    opts: OPTS,
    help: include_str!("../help/t_CLASSIFY.txt"),
    parse,
    save,
    print,
    ..Def::TARGET
};

/// `sscanf(word, "%x:%x")`: two hex numbers (blanks, a sign and `0x` allowed before each),
/// a colon between them, anything after.
fn class(word: &str) -> Option<u32> {
    let (major, used) = crate::cli::num::strtoul_prefix(word, 16)?;
    let rest = word.get(used..)?.strip_prefix(':')?;
    let (minor, _) = crate::cli::num::strtoul_prefix(rest, 16)?;
    Some(((major as u32) << 16) | (minor as u32 & 0xffff))
}

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let p =
        class(arg.value).ok_or_else(|| bad(format_args!("Bad class value \"{}\"", arg.value)))?;
    e.set_u32(PRIORITY, p);
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let p = e.u32(PRIORITY);
    out.push_str(&format!(" --set-class {:04x}:{:04x}", p >> 16, p & 0xffff));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    let p = e.u32(PRIORITY);
    out.push_str(&format!(" CLASSIFY set {:x}:{:x}", p >> 16, p & 0xffff));
}
