//! `-j NFLOG [--nflog-group N] [--nflog-prefix P] [--nflog-size N] [--nflog-threshold N]`:
//! written natively as iptables-nft does (the `log` expression with a group). Its blob here
//! follows `struct xt_nflog_info` (u32 len, u16 group, u16 threshold, u16 flags, then the
//! prefix), with room for the longer prefixes the native form carries.

use super::blob::{bad, save_string};
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};
use std::io::Write;

const LEN: usize = 0;
const GROUP: usize = 4;
const THRESHOLD: usize = 6;
const FLAGS: usize = 8;
const PREFIX: usize = 12;
const PREFIX_LEN: usize = 128;
/// XT_NFLOG_F_COPY_LEN: `--nflog-size` given.
const COPY_LEN: u16 = 1;

const O_GROUP: u8 = 1;
const O_PREFIX: u8 = 2;
const O_RANGE: u8 = 3;
const O_SIZE: u8 = 4;
const O_THRESHOLD: u8 = 5;

const OPTS: &[Opt] = &[
    opt("nflog-group", Has::Required, O_GROUP).once().no_inv(),
    opt("nflog-prefix", Has::Required, O_PREFIX).once().no_inv(),
    opt("nflog-range", Has::Required, O_RANGE)
        .once()
        .no_inv()
        .excl(&[O_SIZE]),
    opt("nflog-size", Has::Required, O_SIZE)
        .once()
        .no_inv()
        .excl(&[O_RANGE]),
    opt("nflog-threshold", Has::Required, O_THRESHOLD)
        .once()
        .no_inv(),
];

pub const DEF: Def = Def {
    name: "NFLOG",
    xt: "",
    rev: 0,
    size: PREFIX + PREFIX_LEN,
    cmp: PREFIX + PREFIX_LEN,
    opts: OPTS,
    help: include_str!("../help/t_NFLOG.txt"),
    parse,
    encode,
    decode: |_, _, _| None,
    save,
    print,
    ..Def::TARGET
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_GROUP => {
            let g = uint(e, o, arg.value, 0, 65535)? as u16;
            e.set_u16(GROUP, g);
        }
        O_PREFIX => {
            if arg.value.is_empty() {
                return Err(bad("Argument must have a minimum length of 1 characters\n"));
            }
            set_prefix(e, arg.value.as_bytes());
        }
        O_RANGE => {
            let _ = std::io::stderr().write_all(
                b"warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead\n",
            );
            uint(e, o, arg.value, 0, u64::from(u32::MAX))?;
        }
        O_SIZE => {
            let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u32;
            e.set_u32(LEN, n);
            e.set_u16(FLAGS, e.u16(FLAGS) | COPY_LEN);
        }
        _ => {
            let n = uint(e, o, arg.value, 0, 65535)? as u16;
            e.set_u16(THRESHOLD, n);
        }
    }
    Ok(())
}

fn set_prefix(e: &mut Ext, p: &[u8]) {
    let p = &p[..p.len().min(PREFIX_LEN - 1)];
    e.put(PREFIX, &[0; PREFIX_LEN]);
    e.put(PREFIX, p);
}

/// The target a native `log` with a group stands for.
pub fn native(group: u16, prefix: &[u8], snaplen: Option<u32>, threshold: u16) -> Ext {
    let mut e = Ext::new(&DEF);
    e.set_u16(GROUP, group);
    set_prefix(&mut e, prefix);
    if let Some(n) = snaplen {
        e.set_u32(LEN, n);
        e.set_u16(FLAGS, COPY_LEN);
    }
    e.set_u16(THRESHOLD, threshold);
    e
}

fn prefix(e: &Ext) -> String {
    e.cstr(PREFIX, PREFIX_LEN)
}

/// The `log` expression: prefix (when set), group, snap length (with `--nflog-size`),
/// queue threshold (when not 0).
fn encode(e: &Ext, w: &mut Writer) {
    let p = prefix(e);
    let snaplen = (e.u16(FLAGS) & COPY_LEN != 0).then(|| e.u32(LEN));
    let threshold = Some(e.u16(THRESHOLD)).filter(|&t| t != 0);
    expr::log(w, &p, e.u16(GROUP), snaplen, threshold);
}

fn words(e: &Ext, out: &mut String, lead: &str, quote: bool) {
    let p = prefix(e);
    if !p.is_empty() {
        out.push_str(lead);
        out.push_str("nflog-prefix ");
        if quote {
            save_string(out, &p);
        } else {
            out.push_str(&p);
        }
    }
    if e.u16(GROUP) != 0 {
        out.push_str(&format!("{lead}nflog-group {}", e.u16(GROUP)));
    }
    if e.u16(FLAGS) & COPY_LEN != 0 {
        out.push_str(&format!("{lead}nflog-size {}", e.u32(LEN)));
    }
    if e.u16(THRESHOLD) != 0 {
        out.push_str(&format!("{lead}nflog-threshold {}", e.u16(THRESHOLD)));
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, " --", true);
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, " ", true);
}
