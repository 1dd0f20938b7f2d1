//! `-m bpf --bytecode "N,code jt jf k,…" | --object-pinned PATH`: the xt `bpf` match,
//! revision 1 (`struct xt_bpf_info_v1`: u16 mode, u16 program length, s32 fd, then 64
//! `struct sock_filter` {u16 code, u8 jt, u8 jf, u32 k} or a 512-byte path, then the
//! kernel's pointer; 528 bytes sent). Revision 0 (u16 length, the program at 4) is read too.
//!
//! `--object-pinned` opens the object as iptables-nft does (bpf(2) BPF_OBJ_GET, read-only,
//! then without flags; neither: `failed to get bpf object`) and writes mode 1, the
//! descriptor and the path (511 bytes at most, NUL-ended); the kernel takes the program from
//! the path when the batch is committed (a map or a program of another type is refused
//! there). The descriptor is part of the compared bytes (`-C`/`-D` by spec find a rule only
//! when the numbers agree), so ipkit numbers it as the reference would: the descriptors stay
//! open until the process ends (iptables-nft never closes them; a restore's later ones count
//! the earlier), and until our netlink socket is open a stand-in holds the number
//! iptables-nft's socket, opened before it reads a rule, would hold ([`socket_opens`]).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::sys::bpf;
use std::os::fd::{AsRawFd, OwnedFd};
use std::sync::{Mutex, PoisonError};

const MODE: usize = 0;
const LEN: usize = 2;
const FD: usize = 4;
const PROGRAM: usize = 8;
/// Revision 0: the program's place.
const PROGRAM0: usize = 4;
const MAX_INSNS: usize = 64;
const PATH_LEN: usize = 512;
/// XT_BPF_MODE_FD_PINNED (and the newer modes that hold a path).
const MODE_PINNED: u16 = 1;
const MODE_FD_ELF: u16 = 2;

const O_BYTECODE: u8 = 1;
const O_PINNED: u8 = 2;

const OPTS: &[Opt] = &[
    opt("bytecode", Has::Required, O_BYTECODE).once().no_inv(),
    opt("object-pinned", Has::Required, O_PINNED)
        .once()
        .no_inv(),
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

/// sscanf's `%u`: blanks, then a number (strtoul, base 10, wrapped as C wraps it).
fn scan_u(s: &str) -> Option<(u64, &str)> {
    let (v, used) = crate::cli::num::strtoul_prefix(s, 10).or_else(|| {
        // too large: strtoul gives ULONG_MAX
        let t = s.trim_start();
        let t = t.strip_prefix(['+', '-']).unwrap_or(t);
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (digits > 0).then(|| (u64::MAX, s.len() - t.len() + digits))
    })?;
    Some((v, &s[used..]))
}

/// One instruction, `code jt jf k` (what follows is not read).
fn insn(s: &str) -> Option<(u16, u8, u8, u32)> {
    let (code, s) = scan_u(s)?;
    let (jt, s) = scan_u(s)?;
    let (jf, s) = scan_u(s)?;
    let (k, _) = scan_u(s)?;
    Some((code as u16, jt as u8, jf as u8, k as u32))
}

fn bytecode(e: &mut Ext, s: &str) -> crate::error::Result<()> {
    let len_err = || bad("bpf: error parsing program length");
    let (len, rest) = scan_u(s).ok_or_else(len_err)?;
    let rest = rest.strip_prefix(',').ok_or_else(len_err)?;
    if len == 0 {
        return Err(bad("bpf: illegal zero length program"));
    }
    if len > MAX_INSNS as u64 {
        return Err(bad("bpf: number of instructions exceeds maximum"));
    }
    let len = len as usize;
    let mut rest = rest;
    let mut n = 0;
    while !rest.is_empty() {
        if n >= len {
            return Err(bad(
                "bpf: real program length exceeds the encoded length parameter",
            ));
        }
        let (code, jt, jf, k) =
            insn(rest).ok_or_else(|| bad(format_args!("bpf: error at instr {n}")))?;
        let at = PROGRAM + 8 * n;
        e.set_u16(at, code);
        e.set_u8(at + 2, jt);
        e.set_u8(at + 3, jf);
        e.set_u32(at + 4, k);
        n += 1;
        match rest.split_once(',') {
            Some((_, after)) => rest = after,
            None => break,
        }
    }
    if n < len {
        return Err(bad(
            "bpf: parsed program length is less than the encoded length parameter",
        ));
    }
    e.set_u16(LEN, n as u16);
    Ok(())
}

/// The pinned objects' descriptors this process opened, and the stand-in for the netlink
/// socket (see the module's text).
struct Held {
    fds: Vec<OwnedFd>,
    stand_in: Option<OwnedFd>,
    socket: bool,
}

static HELD: Mutex<Held> = Mutex::new(Held {
    fds: Vec::new(),
    stand_in: None,
    socket: false,
});

/// Our netlink socket is about to be opened: the stand-in's number is free for it, and
/// objects opened from now on need none.
pub fn socket_opens() {
    let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
    held.socket = true;
    held.stand_in = None;
}

/// The object pinned at `path` opened and held: its descriptor's number.
fn open_pinned(path: &str) -> Option<i32> {
    let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
    if !held.socket && held.stand_in.is_none() {
        held.stand_in = std::fs::File::open("/").ok().map(OwnedFd::from);
    }
    let path = std::ffi::CString::new(path).ok()?;
    let fd = bpf::obj_get(&path, bpf::F_RDONLY)
        .or_else(|_| bpf::obj_get(&path, 0))
        .ok()?;
    let n = fd.as_raw_fd();
    held.fds.push(fd);
    Some(n)
}

/// `--object-pinned PATH`.
fn pinned_object(e: &mut Ext, path: &str) -> crate::error::Result<()> {
    // a C string: what follows a NUL is not seen
    let path = path.split('\0').next().unwrap_or_default();
    let fd = open_pinned(path).ok_or_else(|| bad("bpf: failed to get bpf object"))?;
    e.set_u16(MODE, MODE_PINNED);
    e.set_u32(FD, fd as u32);
    let bytes = path.as_bytes();
    let n = bytes.len().min(PATH_LEN - 1);
    e.put(PROGRAM, &bytes[..n]);
    Ok(())
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    if o.id == O_PINNED {
        return pinned_object(e, arg.value);
    }
    bytecode(e, arg.value)
}

/// Exactly one of the two (bit = option id).
fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.seen != 1 << O_BYTECODE && e.seen != 1 << O_PINNED {
        return Err(bad("bpf: one of --bytecode or --pinned is required"));
    }
    Ok(())
}

fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    (rev <= 1 && info.len() >= def.size).then(|| Ext::with(def, rev, &info[..def.size]))
}

/// The pinned object's path, when the rule holds one.
fn pinned(e: &Ext) -> Option<String> {
    (e.rev == 1 && matches!(e.u16(MODE), MODE_PINNED | MODE_FD_ELF))
        .then(|| e.cstr(PROGRAM, PATH_LEN))
}

/// The instructions, `code jt jf k` each.
fn program(e: &Ext) -> Vec<String> {
    let (len, at) = if e.rev == 0 {
        (e.u16(0), PROGRAM0)
    } else {
        (e.u16(LEN), PROGRAM)
    };
    (0..usize::from(len).min(MAX_INSNS))
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
    if let Some(path) = pinned(e) {
        out.push_str(" --object-pinned ");
        out.push_str(&path);
        return;
    }
    let p = program(e);
    out.push_str(&format!(" --bytecode \"{},{}\"", p.len(), p.join(",")));
}

/// `-L`: no blank before it, and the program's last comma written as a NUL byte (as the
/// reference writes it).
fn print(e: &Ext, out: &mut String, _: &Ctx) {
    if let Some(path) = pinned(e) {
        out.push_str("match bpf pinned ");
        out.push_str(&path);
        return;
    }
    out.push_str("match bpf ");
    for insn in program(e) {
        out.push_str(&insn);
        out.push(',');
    }
    out.pop();
    out.push('\0');
}
