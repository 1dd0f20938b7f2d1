//! ip6tables' `-j DNPT|SNPT --src-pfx PREFIX/LEN --dst-pfx PREFIX/LEN`: the xt `DNPT` and
//! `SNPT` targets (IPv6 network prefix translation), revision 0 (`struct
//! ip6t_npt_tginfo`: the two prefixes (16 bytes each), u8 src_pfx_len, u8 dst_pfx_len, then
//! the kernel's u16 adjustment; 40 bytes sent). A mask that is no prefix has length 255.
//! The kernel takes SNPT in mangle's INPUT and POSTROUTING, DNPT in PREROUTING and OUTPUT,
//! prefixes of at most 64 bits without host bits.

use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::addr::{host_mask6, prefix6, Net};
use crate::iptables::family::Fam;
use crate::iptables::getopt::{opt, Has, Opt};

const SRC: u8 = 0;
const DST: u8 = 1;
const PFX: usize = 0;
const PFX_LEN: usize = 32;
/// Where the kernel's part (the checksum adjustment it works out) starts.
const KERNEL: usize = 34;

pub const DNPT: Def = Def {
    name: "DNPT",
    rev: 0,
    size: 40,
    cmp: KERNEL,
    opts: &[
        opt("src-pfx", Has::Required, SRC).once().mand(),
        opt("dst-pfx", Has::Required, DST).once().mand(),
    ],
    help: include_str!("../help/t_DNPT.txt"),
    parse,
    decode,
    save,
    print,
    fams: super::def::V6_ONLY,
    ..Def::TARGET
};

pub const SNPT: Def = Def {
    name: "SNPT",
    help: include_str!("../help/t_SNPT.txt"),
    ..DNPT
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (addr, mask) = host_mask6(arg.value, e.def.name, o.name)?;
    let i = usize::from(o.id);
    e.put(PFX + 16 * i, &addr);
    e.set_u8(PFX_LEN + i, prefix6(mask).map_or(255, |n| n as u8));
    Ok(())
}

/// Revision 0, the kernel's adjustment left out (it is worked out again from the rest).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    let mut e = super::def::xt_decode(def, rev, info)?;
    e.data[KERNEL..].fill(0);
    Some(e)
}

/// Prefix `i` (0: source, 1: destination) as `ADDR/LEN`.
fn prefix(e: &Ext, i: usize) -> String {
    let mut n = Net::any(Fam::V6);
    n.addr.copy_from_slice(e.bytes(PFX + 16 * i, 16));
    let mut t = n.host();
    t.push_str("/");
    t.push_str(&e.u8(PFX_LEN + i).to_string());
    t.as_str().to_string()
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(
        " --src-pfx {} --dst-pfx {}",
        prefix(e, 0),
        prefix(e, 1)
    ));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(
        " {} src-pfx {} dst-pfx {}",
        e.def.name,
        prefix(e, 0),
        prefix(e, 1)
    ));
}
