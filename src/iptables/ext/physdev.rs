//! `-m physdev [!] --physdev-in NAME[+] [!] --physdev-out NAME[+] [!] --physdev-is-in
//! [!] --physdev-is-out [!] --physdev-is-bridged`: the xt `physdev` match, revision 0
//! (`struct xt_physdev_info`: in name and mask, out name and mask, 16 bytes each, then the
//! invert and bitmask bytes; 72 bytes as iptables-nft sends it).

use super::blob::{bad, check_iface_len};
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

/// Option ids are the bits of the bitmask (and of invert).
const IN: u8 = 0x01;
const OUT: u8 = 0x02;
const BRIDGED: u8 = 0x04;
const IS_IN: u8 = 0x08;
const IS_OUT: u8 = 0x10;

const OPTS: &[Opt] = &[
    opt("physdev-in", Has::Required, IN).once(),
    opt("physdev-out", Has::Required, OUT).once(),
    opt("physdev-is-in", Has::No, IS_IN).once(),
    opt("physdev-is-out", Has::No, IS_OUT).once(),
    opt("physdev-is-bridged", Has::No, BRIDGED).once(),
];

/// The options in the order -S prints them.
const ORDER: [(u8, &str); 5] = [
    (IN, "physdev-in"),
    (OUT, "physdev-out"),
    (IS_IN, "physdev-is-in"),
    (IS_OUT, "physdev-is-out"),
    (BRIDGED, "physdev-is-bridged"),
];

const INVERT: usize = 64;
const BITMASK: usize = 65;

pub const DEF: Def = Def {
    name: "physdev",
    rev: 0,
    size: 72,
    cmp: 66,
    opts: OPTS,
    help: include_str!("../help/m_physdev.txt"),
    parse,
    check,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let id = o.id;
    if id == IN || id == OUT {
        check_iface_len(arg.value)?;
        let at = if id == IN { 0 } else { 32 };
        let name = arg.value.as_bytes();
        e.put(at, name);
        // the bytes compared: the name and its NUL, or the part before a final `+`
        let covered = match name.strip_suffix(b"+") {
            Some(stem) => stem.len(),
            None => name.len() + 1,
        };
        e.put(at + 16, &vec![0xff; covered]);
    }
    e.set_u8(BITMASK, e.u8(BITMASK) | id);
    if arg.inv {
        e.set_u8(INVERT, e.u8(INVERT) | id);
    }
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.u8(BITMASK) == 0 {
        return Err(bad("PHYSDEV: no physdev option specified"));
    }
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    for (bit, option) in ORDER {
        if e.u8(BITMASK) & bit == 0 {
            continue;
        }
        if e.u8(INVERT) & bit != 0 {
            out.push_str(" !");
        }
        out.push_str(" --");
        out.push_str(option);
        match bit {
            IN => out.push_str(&format!(" {}", e.cstr(0, 16))),
            OUT => out.push_str(&format!(" {}", e.cstr(32, 16))),
            _ => {}
        }
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" PHYSDEV match");
    save(e, out, ctx);
}
