//! `-j CONNSECMARK --save | --restore`: the xt `CONNSECMARK` target, revision 0 (`struct
//! xt_connsecmark_target_info`: u8 mode, SAVE 1 or RESTORE 2; 8 bytes sent).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const MODE: usize = 0;
const SAVE: u8 = 1;
const RESTORE: u8 = 2;

const OPTS: &[Opt] = &[
    opt("save", Has::No, SAVE).once().no_inv(),
    opt("restore", Has::No, RESTORE).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "CONNSECMARK",
    rev: 0,
    size: 8,
    cmp: 1,
    opts: OPTS,
    help: include_str!("../help/t_CONNSECMARK.txt"),
    parse,
    check,
    save,
    print,
    ..Def::TARGET
};

fn parse(e: &mut Ext, o: &Opt, _: Arg, _: &Ctx) -> crate::error::Result<()> {
    e.set_u8(MODE, o.id);
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.seen == 0 {
        return Err(bad("CONNSECMARK target: parameter required"));
    }
    e.exclusive(&[SAVE, RESTORE])
}

fn word(e: &Ext) -> &'static str {
    match e.u8(MODE) {
        SAVE => "save",
        RESTORE => "restore",
        _ => "",
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" --");
    out.push_str(word(e));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" CONNSECMARK ");
    out.push_str(word(e));
}
