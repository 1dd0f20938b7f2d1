//! `-m pkttype [!] --pkt-type TYPE`: the xt `pkttype` match, revision 0 (`struct
//! xt_pkttype_info`: int pkttype, int invert). Native `meta pkttype` compares read as it too.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const TYPE: usize = 0;
const INVERT: usize = 4;

const OPTS: &[Opt] = &[opt("pkt-type", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "pkttype",
    rev: 0,
    size: 8,
    cmp: 8,
    opts: OPTS,
    help: include_str!("../help/m_pkttype.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

/// The names read (case aside), with the packet type (PACKET_*) each stands for.
const NAMES: &[(&str, u32)] = &[
    ("unicast", 0),
    ("broadcast", 1),
    ("multicast", 2),
    ("otherhost", 3),
    ("host", 0),
];

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let Some((_, t)) = NAMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(arg.value))
    else {
        return Err(bad(format_args!("Bad packet type '{}'", arg.value)));
    };
    set(e, *t, arg.inv);
    Ok(())
}

fn set(e: &mut Ext, t: u32, inv: bool) {
    e.set_u32(TYPE, t);
    e.set_u32(INVERT, u32::from(inv));
}

/// The match a native `meta pkttype` compare stands for.
pub fn native(t: u32, inv: bool) -> Ext {
    let mut e = Ext::new(&DEF);
    set(&mut e, t, inv);
    e
}

fn name(e: &Ext) -> String {
    let t = e.u32(TYPE);
    match NAMES.iter().find(|(_, v)| *v == t) {
        Some((n, _)) => (*n).to_string(),
        None => t.to_string(),
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u32(INVERT) != 0 {
        out.push_str(" !");
    }
    out.push_str(" --pkt-type ");
    out.push_str(&name(e));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(if e.u32(INVERT) != 0 {
        " PKTTYPE != "
    } else {
        " PKTTYPE = "
    });
    out.push_str(&name(e));
}
