//! `-j TEE --gateway ADDR [--oif NAME]`: the xt `TEE` target, revision 1 (`struct
//! xt_tee_tginfo`: union nf_inet_addr gw, char oif[16], the kernel's pointer; 40 bytes sent).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::addr;
use crate::iptables::getopt::{opt, Has, Opt};

const GW: usize = 0;
const OIF: usize = 16;
const OIF_LEN: usize = 16;

const O_GW: u8 = 1;
const O_OIF: u8 = 2;

const OPTS: &[Opt] = &[
    opt("gateway", Has::Required, O_GW).once().mand(),
    opt("oif", Has::Required, O_OIF).once(),
];

pub const DEF: Def = Def {
    name: "TEE",
    rev: 1,
    size: 40,
    cmp: 32,
    opts: OPTS,
    help: include_str!("../help/t_TEE.txt"),
    parse,
    decode,
    save,
    print,
    ..Def::TARGET
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    if o.id == O_GW {
        let a = addr::dotted(arg.value)
            .ok_or_else(|| bad(format_args!("Invalid IP address {}", arg.value)))?;
        e.put(GW, &a);
    } else {
        if arg.value.is_empty() || arg.value.len() >= OIF_LEN {
            return Err(bad(format_args!(
                "TEE: option \"--oif\" must be a valid interface name"
            )));
        }
        e.put(OIF, arg.value.as_bytes());
    }
    Ok(())
}

/// Revision 1, and revision 0 (the same blob without the interface).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    match rev {
        1 if info.len() >= def.size => Some(Ext::with(def, rev, &info[..def.size])),
        0 if info.len() >= 16 => Some(Ext::with(def, rev, info)),
        _ => None,
    }
}

fn gw(e: &Ext) -> String {
    let b = e.bytes(GW, 4);
    b.iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(".")
}

fn oif(e: &Ext) -> String {
    if e.rev == 0 {
        return String::new();
    }
    e.cstr(OIF, OIF_LEN)
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" --gateway ");
    out.push_str(&gw(e));
    let o = oif(e);
    if !o.is_empty() {
        out.push_str(" --oif ");
        out.push_str(&o);
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" TEE gw:");
    out.push_str(&gw(e));
    let o = oif(e);
    if !o.is_empty() {
        out.push_str(" oif=");
        out.push_str(&o);
    }
}
