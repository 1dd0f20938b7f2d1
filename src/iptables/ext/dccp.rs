//! `-p dccp [-m dccp] [!] --sport P[:Q] [!] --dport P[:Q] [!] --dccp-types T,… [!]
//! --dccp-option N`: the xt `dccp` match, revision 0 (`struct xt_dccp_info`: u16 dpts[2],
//! u16 spts[2], u16 flags, u16 invflags, u16 typemask, u8 option; 16 bytes sent).

use super::blob::{bad, port_range};
use super::def::{save_port_ranges, uint, Arg, Ctx, Def, Ext};
use super::values::print_span;
use crate::iptables::getopt::{opt, Has, Opt};

const DPTS: usize = 0;
const SPTS: usize = 4;
const FLAGS: usize = 8;
const INVFLAGS: usize = 10;
const TYPEMASK: usize = 12;
const OPTION: usize = 14;

/// XT_DCCP_* (both `flags` and `invflags`), also the option ids.
const SRC_PORTS: u8 = 1;
const DEST_PORTS: u8 = 2;
const TYPE: u8 = 4;
const OPT_OPTION: u8 = 8;

const OPTS: &[Opt] = &[
    opt("source-port", Has::Required, SRC_PORTS).once(),
    opt("sport", Has::Required, SRC_PORTS).once(),
    opt("destination-port", Has::Required, DEST_PORTS).once(),
    opt("dport", Has::Required, DEST_PORTS).once(),
    opt("dccp-types", Has::Required, TYPE).once(),
    opt("dccp-option", Has::Required, OPT_OPTION).once(),
];

pub const DEF: Def = Def {
    name: "dccp",
    rev: 0,
    size: 16,
    cmp: 16,
    opts: OPTS,
    help: include_str!("../help/m_dccp.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

/// The packet types by their bit; INVALID stands for every type from 10 up.
const TYPES: &[&str] = &[
    "REQUEST", "RESPONSE", "DATA", "ACK", "DATAACK", "CLOSEREQ", "CLOSE", "RESET", "SYNC",
    "SYNCACK", "INVALID",
];
const INVALID: u16 = 0xfc00;

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        SRC_PORTS | DEST_PORTS => {
            let (lo, hi) = port_range(arg.value, "dccp", e.option(o.id))?;
            let at = if o.id == SRC_PORTS { SPTS } else { DPTS };
            e.set_u16(at, lo);
            e.set_u16(at + 2, hi);
        }
        TYPE => {
            let mut mask = 0u16;
            for w in arg.value.split(',').filter(|w| !w.is_empty()) {
                let Some(bit) = TYPES.iter().position(|t| t.eq_ignore_ascii_case(w)) else {
                    return Err(bad(format_args!("Unknown DCCP type `{w}'")));
                };
                mask |= if bit == 10 { INVALID } else { 1 << bit };
            }
            e.set_u16(TYPEMASK, mask);
        }
        _ => {
            let v = uint(e, o, arg.value, 1, 255)?;
            e.set_u8(OPTION, v as u8);
        }
    }
    e.set_u16(FLAGS, e.u16(FLAGS) | u16::from(o.id));
    if arg.inv {
        e.set_u16(INVFLAGS, e.u16(INVFLAGS) | u16::from(o.id));
    }
    Ok(())
}

fn has(e: &Ext, bit: u8) -> (bool, bool) {
    let bit = u16::from(bit);
    (e.u16(FLAGS) & bit != 0, e.u16(INVFLAGS) & bit != 0)
}

/// The types: names up to INVALID (bit 10, the last one named; iptables prints "(null)"
/// for a higher bit without it), or bit numbers.
fn types(e: &Ext, out: &mut String, numeric: bool) {
    let mask = e.u16(TYPEMASK);
    let mut sep = "";
    for bit in 0..16 {
        if mask & 1 << bit == 0 {
            continue;
        }
        out.push_str(sep);
        sep = ",";
        if numeric {
            out.push_str(&bit.to_string());
            continue;
        }
        out.push_str(TYPES.get(bit).copied().unwrap_or("(null)"));
        if bit == 10 {
            break;
        }
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    save_port_ranges(e, out, has(e, SRC_PORTS), has(e, DEST_PORTS));
    let (given, inv) = has(e, TYPE);
    if given {
        if inv {
            out.push_str(" !");
        }
        out.push_str(" --dccp-types ");
        types(e, out, false);
    }
    let (given, inv) = has(e, OPT_OPTION);
    if given {
        if inv {
            out.push_str(" !");
        }
        out.push_str(" --dccp-option ");
        out.push_str(&e.u8(OPTION).to_string());
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" dccp");
    for (bit, at, word) in [(SRC_PORTS, SPTS, " spt"), (DEST_PORTS, DPTS, " dpt")] {
        let (given, inv) = has(e, bit);
        let span = (e.u16(at), e.u16(at + 2), inv);
        if given && (span.0, span.1, inv) != (0, 65535, false) {
            print_span(out, word, span, "dccp", ctx.numeric);
        }
    }
    let (given, inv) = has(e, TYPE);
    if given {
        out.push(' ');
        if inv {
            out.push_str("! ");
        }
        types(e, out, ctx.numeric);
    }
    let (given, inv) = has(e, OPT_OPTION);
    if given {
        out.push_str(" option=");
        if inv {
            out.push('!');
        }
        out.push_str(&e.u8(OPTION).to_string());
    }
}
