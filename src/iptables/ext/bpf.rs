//! `-m bpf --bytecode "N,CODE JT JF K,…"` (`nfbpf_compile` output) | `--object-pinned
//! PATH`: the xt `bpf` match. iptables-nft 1.8.9 writes revision 1 (`struct
//! xt_bpf_info_v1`: u16 mode, u16 bpf_program_num_elem, s32 fd, a union of struct
//! sock_filter[64] and char path[512], the kernel's pointer; 528 bytes sent); revision 0
//! (u16 length, then the program at offset 4) is read too.
//!
//! A pinned object needs the bpf(2) system call to be opened, which ipkit does not make:
//! `--object-pinned` is refused as the reference refuses an object it cannot get.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const MODE: usize = 0;
const LEN: usize = 2;
const PROG: usize = 8;
/// Revision 0's program.
const V0_PROG: usize = 4;
const MAX: usize = 64;

const O_BYTECODE: u8 = 1;
const O_PINNED: u8 = 2;

const OPTS: &[Opt] = &[
    opt("bytecode", Has::Required, O_BYTECODE)
        .once()
        .no_inv()
        .excl(&[O_PINNED]),
    opt("object-pinned", Has::Required, O_PINNED)
        .once()
        .no_inv()
        .excl(&[O_BYTECODE]),
];

pub const DEF: Def = Def {
    name: "bpf",
    rev: 1,
    size: 528,
    cmp: 520,
    opts: OPTS,
    help: include_str!("../help/m_bpf.txt"),
    parse,
    check,
    decode,
    save,
    print,
    ..Def::MATCH
};

/// `sscanf("%u")` of an unsigned field: blanks, a sign, decimal digits (out of range:
/// the largest value; negative: wrapped). None without digits.
fn scan(s: &str) -> Option<(u64, &str)> {
    let t = s.trim_start();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let n = t.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 {
        return None;
    }
    let v = t[..n]
        .bytes()
        .try_fold(0u64, |a, d| {
            a.checked_mul(10)?.checked_add(u64::from(d - b'0'))
        })
        .unwrap_or(u64::MAX);
    Some((if neg { v.wrapping_neg() } else { v }, &t[n..]))
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    if o.id == O_PINNED {
        return Err(bad("bpf: failed to get bpf object"));
    }
    let s = arg.value;
    let len = crate::cli::num::strtoul_prefix(s, 10)
        .filter(|(_, used)| s[*used..].starts_with(','))
        .ok_or_else(|| bad("bpf: error parsing program length"))?;
    let (count, used) = len;
    if count == 0 {
        return Err(bad("bpf: illegal zero length program"));
    }
    if count > MAX as u64 {
        return Err(bad("bpf: number of instructions exceeds maximum"));
    }
    let mut rest = &s[used + 1..];
    let mut i = 0usize;
    loop {
        if i as u64 >= count {
            return Err(bad(
                "bpf: real program length exceeds the encoded length parameter",
            ));
        }
        let ins = (|| {
            let (code, r) = scan(rest)?;
            let (jt, r) = scan(r)?;
            let (jf, r) = scan(r)?;
            let (k, _) = scan(r)?;
            Some((code as u16, jt as u8, jf as u8, k as u32))
        })()
        .ok_or_else(|| bad(format_args!("bpf: error at instr {i}")))?;
        let at = PROG + 8 * i;
        e.set_u16(at, ins.0);
        e.set_u8(at + 2, ins.1);
        e.set_u8(at + 3, ins.2);
        e.set_u32(at + 4, ins.3);
        i += 1;
        match rest.find(',') {
            Some(p) => rest = &rest[p + 1..],
            None => break,
        }
    }
    if (i as u64) < count {
        return Err(bad(
            "bpf: parsed program length is less than the encoded length parameter",
        ));
    }
    e.set_u16(MODE, 0);
    e.set_u16(LEN, i as u16);
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.seen == 0 {
        return Err(bad("bpf: one of --bytecode or --pinned is required"));
    }
    Ok(())
}

/// Revision 1 holding a program, and revision 0.
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    if info.len() < def.size {
        return None;
    }
    let e = Ext::with(def, rev, &info[..def.size]);
    match rev {
        1 if e.u16(MODE) == 0 => Some(e),
        0 => Some(e),
        _ => None,
    }
}

/// The program's instructions as `CODE JT JF K`.
fn program(e: &Ext) -> Vec<String> {
    let (n, at) = if e.rev == 0 {
        (e.u16(0), V0_PROG)
    } else {
        (e.u16(LEN), PROG)
    };
    (0..usize::from(n).min(MAX))
        .map(|i| {
            let p = at + 8 * i;
            format!(
                "{} {} {} {}",
                e.u16(p),
                e.u8(p + 2),
                e.u8(p + 3),
                e.u32(p + 4)
            )
        })
        .collect()
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let p = program(e);
    out.push_str(&format!(" --bytecode \"{},{}\"", p.len(), p.join(",")));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str("match bpf ");
    out.push_str(&program(e).join(","));
    // the reference ends the program with a NUL byte
    out.push('\0');
}
