//! `-m multiport --sports/--dports/--ports LIST`: the xt `multiport` match, revision 1
//! (`struct xt_multiport_v1`: u8 flags, u8 count, u16 ports[15], u8 pflags[15], u8 invert;
//! 48 bytes).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use super::values::{port, port_text};
use crate::iptables::getopt::{opt, Has, Opt};

const FLAGS: usize = 0;
const COUNT: usize = 1;
const PORTS: usize = 2;
const PFLAGS: usize = 32;
const INVERT: usize = 47;
const MAX: usize = 15;

/// XT_MULTIPORT_SOURCE/DESTINATION/EITHER (the option ids too).
const SOURCE: u8 = 0;
const DESTINATION: u8 = 1;
const EITHER: u8 = 2;

const OPTS: &[Opt] = &[
    opt("source-ports", Has::Required, SOURCE).once(),
    opt("sports", Has::Required, SOURCE).once(),
    opt("destination-ports", Has::Required, DESTINATION).once(),
    opt("dports", Has::Required, DESTINATION).once(),
    opt("ports", Has::Required, EITHER).once(),
];

pub const DEF: Def = Def {
    name: "multiport",
    rev: 1,
    size: 48,
    cmp: 48,
    opts: OPTS,
    help: include_str!("../help/m_multiport.txt"),
    parse,
    check,
    save,
    print,
    ..Def::MATCH
};

/// The protocol name ports are looked up in.
fn proto_name(proto: u8) -> &'static str {
    if proto == 17 {
        "udp"
    } else {
        "tcp"
    }
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    match ctx.proto {
        6 | 17 | 33 | 132 | 136 if !ctx.inv_proto => {}
        0 if !ctx.inv_proto => {
            return Err(bad(
                "multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'",
            ))
        }
        _ => {
            return Err(bad(
                "multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP",
            ))
        }
    }
    let proto = proto_name(ctx.proto);
    let mut list: Vec<(u16, bool)> = Vec::new();
    for item in arg.value.split(',') {
        match item.split_once(':') {
            Some((a, b)) => {
                let (a, b) = (port(a, proto)?, port(b, proto)?);
                if a >= b {
                    return Err(bad("invalid portrange specified"));
                }
                list.push((a, true));
                list.push((b, false));
            }
            None => list.push((port(item, proto)?, false)),
        }
        if list.len() > MAX {
            return Err(bad("too many ports specified"));
        }
    }
    e.set_u8(FLAGS, o.id);
    e.set_u8(COUNT, list.len() as u8);
    for (i, (p, range)) in list.iter().enumerate() {
        e.set_u16(PORTS + 2 * i, *p);
        e.set_u8(PFLAGS + i, u8::from(*range));
    }
    e.set_u8(INVERT, u8::from(arg.inv));
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if !OPTS.iter().any(|o| e.given(o.id)) {
        return Err(bad("multiport expection an option"));
    }
    e.exclusive(&[SOURCE, DESTINATION, EITHER])
}

fn list(e: &Ext, out: &mut String, ctx: &Ctx) {
    let count = usize::from(e.u8(COUNT)).min(MAX);
    let mut sep = "";
    for i in 0..count {
        out.push_str(sep);
        port_text(
            out,
            e.u16(PORTS + 2 * i),
            proto_name(ctx.proto),
            ctx.numeric,
        );
        sep = if e.u8(PFLAGS + i) != 0 { ":" } else { "," };
    }
}

fn which(e: &Ext) -> &'static str {
    match e.u8(FLAGS) {
        SOURCE => "sports",
        DESTINATION => "dports",
        _ => "ports",
    }
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    if e.u8(INVERT) != 0 {
        out.push_str(" !");
    }
    out.push_str(" --");
    out.push_str(which(e));
    out.push(' ');
    list(
        e,
        out,
        &Ctx {
            numeric: true,
            ..*ctx
        },
    );
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" multiport ");
    out.push_str(which(e));
    out.push(' ');
    if e.u8(INVERT) != 0 {
        out.push_str(" !");
    }
    list(e, out, ctx);
}
