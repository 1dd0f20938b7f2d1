//! `-m cpu [!] --cpu N`: the xt `cpu` match, revision 0 (`struct xt_cpu_info`: u32 cpu,
//! u32 invert; 8 bytes).

use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const CPU: usize = 0;
const INVERT: usize = 4;

const OPTS: &[Opt] = &[opt("cpu", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "cpu",
    rev: 0,
    size: 8,
    cmp: 8,
    opts: OPTS,
    help: include_str!("../help/m_cpu.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let v = uint(e, o, arg.value, 0, u64::from(u32::MAX))?;
    e.set_u32(CPU, v as u32);
    e.set_u32(INVERT, u32::from(arg.inv));
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(if e.u32(INVERT) != 0 {
        " ! --cpu "
    } else {
        " --cpu "
    });
    out.push_str(&e.u32(CPU).to_string());
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(if e.u32(INVERT) != 0 {
        " cpu ! "
    } else {
        " cpu "
    });
    out.push_str(&e.u32(CPU).to_string());
}
