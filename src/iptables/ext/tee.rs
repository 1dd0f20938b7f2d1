//! `-j TEE --gateway A [--oif NAME]`: the xt `TEE` target, revision 1 (`struct
//! xt_tee_tginfo`: 16-byte gateway address, 16-byte interface name, then the kernel's
//! pointer; 40 bytes sent).

use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const GW: usize = 0;
const OIF: usize = 16;
const OIF_LEN: usize = 16;

const O_GW: u8 = 1;
const O_OIF: u8 = 2;

const OPTS: &[Opt] = &[
    opt("gateway", Has::Required, O_GW).once().no_inv().mand(),
    opt("oif", Has::Required, O_OIF).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "TEE",
    rev: 1,
    size: 40,
    cmp: 32,
    opts: OPTS,
    help: include_str!("../help/t_TEE.txt"),
    parse,
    save,
    print,
    ..Def::TARGET
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    if o.id == O_GW && ctx.fam.is_v6() {
        e.put(GW, &crate::iptables::addr::one_host6(arg.value)?);
    } else if o.id == O_GW {
        let a = super::values::address(arg.value)?;
        e.put(GW, &a);
    } else {
        // cut to 15 bytes, as iptables does, without a word
        let b = arg.value.as_bytes();
        e.put(OIF, &[0; OIF_LEN]);
        e.put(OIF, &b[..b.len().min(OIF_LEN - 1)]);
    }
    Ok(())
}

/// The gateway (IPv6 under ip6tables).
fn gateway(e: &Ext, ctx: &Ctx) -> String {
    if ctx.fam.is_v6() {
        return crate::iptables::addr::ip6_text(e.bytes(GW, 16));
    }
    match e.bytes(GW, 4) {
        [a, b, c, d] => format!("{a}.{b}.{c}.{d}"),
        _ => "0.0.0.0".to_string(),
    }
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" --gateway ");
    out.push_str(&gateway(e, ctx));
    let oif = e.cstr(OIF, OIF_LEN);
    if !oif.is_empty() {
        out.push_str(" --oif ");
        out.push_str(&oif);
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" TEE gw:");
    out.push_str(&gateway(e, ctx));
    let oif = e.cstr(OIF, OIF_LEN);
    if !oif.is_empty() {
        out.push_str(" oif=");
        out.push_str(&oif);
    }
}
