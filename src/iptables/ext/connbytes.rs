//! `-m connbytes [!] --connbytes FROM[:TO] --connbytes-dir D --connbytes-mode M`: the xt
//! `connbytes` match, revision 0 (`struct xt_connbytes_info`: u64 from, u64 to, u8 what, u8
//! direction; 24 bytes sent, 18 compared). `!` swaps from and to.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const FROM: usize = 0;
const TO: usize = 8;
const WHAT: usize = 16;
const DIRECTION: usize = 17;

const O_CONNBYTES: u8 = 1;
const O_DIR: u8 = 2;
const O_MODE: u8 = 3;

const OPTS: &[Opt] = &[
    opt("connbytes", Has::Required, O_CONNBYTES).once().mand(),
    opt("connbytes-dir", Has::Required, O_DIR)
        .once()
        .no_inv()
        .mand(),
    opt("connbytes-mode", Has::Required, O_MODE)
        .once()
        .no_inv()
        .mand(),
];

pub const DEF: Def = Def {
    name: "connbytes",
    rev: 0,
    size: 24,
    cmp: 18,
    opts: OPTS,
    help: include_str!("../help/m_connbytes.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

const MODES: &[&str] = &["packets", "bytes", "avgpkt"];
const DIRS: &[&str] = &["original", "reply", "both"];

fn number(part: &str, o: &Opt, default: u64) -> crate::error::Result<u64> {
    if part.is_empty() {
        return Ok(default);
    }
    crate::cli::num::strtoul(part, 0).ok_or_else(|| {
        bad(format_args!(
            "connbytes: bad value for option \"--{}\" near \"{part}\", or out of range (0-18446744073709551615).\n",
            o.name
        ))
    })
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let v = arg.value;
    match o.id {
        O_CONNBYTES => {
            let parts: Vec<&str> = v.split(':').collect();
            if parts.len() > 2 {
                return Err(bad(format_args!(
                    "connbytes: Too many components for option \"--{}\" (max: 2)\n",
                    o.name
                )));
            }
            let from = number(parts[0], o, 0)?;
            let to = match parts.get(1) {
                Some(p) => number(p, o, u64::MAX)?,
                None => u64::MAX,
            };
            if from > to {
                return Err(bad(format_args!("{from} should be less than {to}")));
            }
            let (from, to) = if arg.inv { (to, from) } else { (from, to) };
            e.put(FROM, &from.to_ne_bytes());
            e.put(TO, &to.to_ne_bytes());
        }
        O_DIR => {
            let d = DIRS
                .iter()
                .position(|d| *d == v)
                .ok_or_else(|| bad(format_args!("Unknown --connbytes-dir `{v}'")))?;
            e.set_u8(DIRECTION, d as u8);
        }
        _ => {
            let m = MODES
                .iter()
                .position(|m| *m == v)
                .ok_or_else(|| bad(format_args!("Unknown --connbytes-mode `{v}'")))?;
            e.set_u8(WHAT, m as u8);
        }
    }
    Ok(())
}

fn u64_at(e: &Ext, at: usize) -> u64 {
    e.bytes(at, 8)
        .try_into()
        .map(u64::from_ne_bytes)
        .unwrap_or(0)
}

/// (inverted?, the range's words), the mode and the direction.
fn fields(e: &Ext) -> (bool, String, &'static str, &'static str) {
    let (from, to) = (u64_at(e, FROM), u64_at(e, TO));
    let (inv, a, b) = if from > to {
        (true, to, from)
    } else {
        (false, from, to)
    };
    let mut range = a.to_string();
    if b != 0 && b != u64::MAX {
        range.push_str(&format!(":{b}"));
    }
    let mode = MODES.get(usize::from(e.u8(WHAT))).copied().unwrap_or("");
    let dir = DIRS
        .get(usize::from(e.u8(DIRECTION)))
        .copied()
        .unwrap_or("");
    (inv, range, mode, dir)
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (inv, range, mode, dir) = fields(e);
    if inv {
        out.push_str(" !");
    }
    out.push_str(&format!(
        " --connbytes {range} --connbytes-mode {mode} --connbytes-dir {dir}"
    ));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    let (inv, range, mode, dir) = fields(e);
    if inv {
        out.push_str(" !");
    }
    out.push_str(&format!(
        " connbytes {range} connbytes mode {mode} connbytes direction {dir}"
    ));
}
