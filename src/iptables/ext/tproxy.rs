//! `-j TPROXY --on-port P [--on-ip A] [--tproxy-mark V[/M]]`: the xt `TPROXY` target,
//! revision 1 (`struct xt_tproxy_target_info_v1`: u32 mark_mask, u32 mark_value, 16-byte
//! laddr, be16 lport; 32 bytes sent). Revision 0 (`struct xt_tproxy_target_info`: the same
//! marks, be32 laddr, be16 lport; 16 bytes), as older iptables wrote it, is read too.
//! Under ip6tables the address is IPv6 (`TPROXY redirect 2001:db8::1:1`, no brackets).

use super::blob::{bad, hex};
use super::def::{Arg, Ctx, Def, Ext};
use super::values::address;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::resolve::services;

const MARK_MASK: usize = 0;
const MARK_VALUE: usize = 4;
const LADDR: usize = 8;
/// The port: after the 16-byte address (revision 1) or the 4-byte one (revision 0).
const LPORT1: usize = 24;
const LPORT0: usize = 12;

const O_PORT: u8 = 1;
const O_IP: u8 = 2;
const O_MARK: u8 = 3;

const OPTS: &[Opt] = &[
    opt("on-port", Has::Required, O_PORT).once().no_inv().mand(),
    opt("on-ip", Has::Required, O_IP).once().no_inv(),
    opt("tproxy-mark", Has::Required, O_MARK).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "TPROXY",
    rev: 1,
    size: 32,
    cmp: 28,
    opts: OPTS,
    help: include_str!("../help/t_TPROXY.txt"),
    parse,
    decode,
    save,
    print,
    ..Def::TARGET
};

/// A port as TPROXY reads it: a service name, or decimal digits (none: 0) cut to 16 bits.
fn port(p: &str) -> crate::error::Result<u16> {
    if let Some(port) = services::port_of(p, "tcp").or_else(|| services::port_of(p, "udp")) {
        return Ok(port);
    }
    let n = if p.is_empty() {
        Some(0)
    } else {
        crate::cli::num::strtoul(p, 10)
    };
    if let Some(v) = n.filter(|&v| (v as u32 as i32) >= 0) {
        return Ok(v as u16);
    }
    Err(bad(format_args!(
        "Port \"{p}\" does not resolve to anything.\n"
    )))
}

/// `V` or `V/M` (C numbers, any base); the mask is all ones without `/M`.
fn value_mask(arg: &str) -> Option<(u32, u32)> {
    let num = |s: &str| crate::cli::num::strtoul(s, 0).and_then(|v| u32::try_from(v).ok());
    match arg.split_once('/') {
        Some((v, m)) => Some((num(v)?, num(m)?)),
        None => Some((num(arg)?, u32::MAX)),
    }
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_PORT => {
            let p = port(arg.value)?;
            e.set_be16(LPORT1, p);
        }
        O_IP if ctx.fam.is_v6() => e.put(LADDR, &crate::iptables::addr::one_host6(arg.value)?),
        O_IP => {
            let a = address(arg.value)?;
            e.put(LADDR, &a);
        }
        _ => {
            let (v, m) = value_mask(arg.value).ok_or_else(|| {
                bad("TPROXY: bad integer value for option \"--tproxy-mark\", or out of range.\n")
            })?;
            e.set_u32(MARK_VALUE, v);
            e.set_u32(MARK_MASK, m);
        }
    }
    Ok(())
}

/// Revision 1 (32 bytes) or revision 0 (16 bytes); the bytes beyond are kept.
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    let size = match rev {
        0 => 16,
        1 => def.size,
        _ => return None,
    };
    (info.len() >= size).then(|| Ext::with(def, rev, &info[..size]))
}

/// The address (IPv6 under ip6tables), port, mark value and mask, whichever the revision.
fn fields(e: &Ext, ctx: &Ctx) -> (String, u16, u32, u32) {
    let a = e.bytes(LADDR, 4);
    let ip = if ctx.fam.is_v6() && e.rev >= 1 {
        crate::iptables::addr::ip6_text(e.bytes(LADDR, 16))
    } else if a.len() == 4 {
        format!("{}.{}.{}.{}", a[0], a[1], a[2], a[3])
    } else {
        "0.0.0.0".to_string()
    };
    let port = e.be16(if e.rev == 0 { LPORT0 } else { LPORT1 });
    (ip, port, e.u32(MARK_VALUE), e.u32(MARK_MASK))
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    let (ip, port, v, m) = fields(e, ctx);
    out.push_str(&format!(
        " --on-port {port} --on-ip {ip} --tproxy-mark {}/{}",
        hex(v),
        hex(m)
    ));
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let (ip, port, v, m) = fields(e, ctx);
    out.push_str(&format!(
        " TPROXY redirect {ip}:{port} mark {}/{}",
        hex(v),
        hex(m)
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_0_reads_and_short_blobs_are_refused() {
        // mask 0xff, value 1, 10.0.0.1, port 80
        let mut info = [0u8; 16];
        info[0..4].copy_from_slice(&0xffu32.to_ne_bytes());
        info[4..8].copy_from_slice(&1u32.to_ne_bytes());
        info[8..12].copy_from_slice(&[10, 0, 0, 1]);
        info[12..14].copy_from_slice(&80u16.to_be_bytes());
        let e = decode(&DEF, 0, &info).expect("revision 0");
        let mut out = String::new();
        save(&e, &mut out, &Ctx::default());
        assert_eq!(out, " --on-port 80 --on-ip 10.0.0.1 --tproxy-mark 0x1/0xff");
        assert!(decode(&DEF, 0, &info[..15]).is_none());
        assert!(decode(&DEF, 1, &info).is_none());
        assert!(decode(&DEF, 2, &[0; 32]).is_none());
    }
}
