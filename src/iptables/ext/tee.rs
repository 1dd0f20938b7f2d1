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
        let host = arg.value;
        let found: Vec<[u8; 4]> = match addr::inet_aton(host) {
            Some(a) => vec![a],
            None if host.contains(':') => {
                return Err(bad(
                    "getaddrinfo: Address family for hostname not supported\n",
                ))
            }
            None => addr::host_addrs(host),
        };
        let a = found
            .first()
            .ok_or_else(|| bad("getaddrinfo: Name or service not known\n"))?;
        e.put(GW, a);
    } else {
        let o = arg.value.as_bytes();
        e.put(OIF, &o[..o.len().min(OIF_LEN - 1)]);
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
