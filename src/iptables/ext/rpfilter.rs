//! `-m rpfilter [--loose] [--validmark] [--accept-local] [--invert]`: the xt `rpfilter`
//! match, revision 0 (`struct xt_rpfilter_info`: u8 flags; 8 bytes sent).

use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

/// XT_RPFILTER_* flags, also the option ids.
const LOOSE: u8 = 1;
const VALID_MARK: u8 = 2;
const ACCEPT_LOCAL: u8 = 4;
const INVERT: u8 = 8;

const WORDS: [(u8, &str); 4] = [
    (LOOSE, "loose"),
    (VALID_MARK, "validmark"),
    (ACCEPT_LOCAL, "accept-local"),
    (INVERT, "invert"),
];

const OPTS: &[Opt] = &[
    opt("loose", Has::No, LOOSE).once().no_inv(),
    opt("validmark", Has::No, VALID_MARK).once().no_inv(),
    opt("accept-local", Has::No, ACCEPT_LOCAL).once().no_inv(),
    opt("invert", Has::No, INVERT).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "rpfilter",
    rev: 0,
    size: 8,
    cmp: 1,
    opts: OPTS,
    help: include_str!("../help/m_rpfilter.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, _: Arg, _: &Ctx) -> crate::error::Result<()> {
    e.set_u8(0, e.u8(0) | o.id);
    Ok(())
}

fn words(e: &Ext, out: &mut String, lead: &str) {
    for (bit, word) in WORDS {
        if e.u8(0) & bit != 0 {
            out.push_str(lead);
            out.push_str(word);
        }
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, " --");
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" rpfilter");
    words(e, out, " ");
}
