//! `-j AUDIT --type accept|drop|reject`: the xt `AUDIT` target, revision 0 (`struct
//! xt_audit_info`: u8 type; 8 bytes sent).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const OPTS: &[Opt] = &[opt("type", Has::Required, 1).once().no_inv().mand()];

pub const DEF: Def = Def {
    name: "AUDIT",
    rev: 0,
    size: 8,
    cmp: 1,
    opts: OPTS,
    help: include_str!("../help/t_AUDIT.txt"),
    parse,
    save,
    print,
    ..Def::TARGET
};

/// XT_AUDIT_TYPE_* by number.
const TYPES: &[&str] = &["accept", "drop", "reject"];

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let Some(t) = TYPES.iter().position(|t| t.eq_ignore_ascii_case(arg.value)) else {
        return Err(bad(format_args!("Bad action type value \"{}\"", arg.value)));
    };
    e.set_u8(0, t as u8);
    Ok(())
}

fn word(e: &Ext) -> &'static str {
    TYPES.get(usize::from(e.u8(0))).copied().unwrap_or("?")
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" --type ");
    out.push_str(word(e));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" AUDIT ");
    out.push_str(word(e));
}
