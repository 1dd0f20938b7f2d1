//! `-m u32 [!] --u32 TESTS`: the xt `u32` match, revision 0 (`struct xt_u32`: 11 tests of
//! 180 bytes (11 locations {u32 number, u8 op}, 11 values {u32 min, u32 max}, u8 nnums,
//! u8 nvalues), u8 ntests, u8 invert; 1984 bytes sent). The test language is read as
//! iptables reads it, with its messages (the character positions included).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

/// At most this many tests, location numbers and values (XT_U32_MAXSIZE).
const MAX: usize = 10;
const TEST: usize = 180;
const VALUES: usize = 88;
const NNUMS: usize = 176;
const NVALUES: usize = 177;
const NTESTS: usize = TEST * (MAX + 1);
const INVERT: usize = NTESTS + 1;

/// XT_U32_AND, LEFTSH, RIGHTSH, AT, and how they are written.
const OPS: [&str; 4] = ["&", "<<", ">>", "@"];

const OPTS: &[Opt] = &[opt("u32", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "u32",
    rev: 0,
    size: 1984,
    cmp: 1982,
    opts: OPTS,
    help: include_str!("../help/m_u32.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

fn fail(at: usize, what: &str) -> crate::error::Error {
    bad(format_args!("u32: at char {at}: {what}"))
}

/// A C number (strtoul, base 0) at `at`, up to 32 bits: its value and where it ends.
fn number(s: &str, at: usize) -> crate::error::Result<(u32, usize)> {
    let rest = s.get(at..).unwrap_or("");
    crate::cli::num::strtoul_prefix(rest, 0)
        .and_then(|(v, used)| u32::try_from(v).ok().map(|v| (v, at + used)))
        .ok_or_else(|| fail(at, "not a number or out of range"))
}

fn skip_space(b: &[u8], mut at: usize) -> usize {
    while b
        .get(at)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r'))
    {
        at += 1;
    }
    at
}

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let s = arg.value;
    let b = s.as_bytes();
    let mut at = 0;
    let mut ntests = 0;
    loop {
        let test = ntests * TEST;
        // the location: a number, then operator and number pairs, up to the `=`
        let mut nnums = 0;
        loop {
            at = skip_space(b, at);
            match b.get(at) {
                None => return Err(bad("u32: abrupt end of input after location specifier")),
                Some(b'=') => {
                    if nnums == 0 {
                        return Err(fail(at, "location spec missing"));
                    }
                    at += 1;
                    break;
                }
                Some(&c) => {
                    let mut op = 0u8;
                    if nnums > 0 {
                        let (o, len) = match c {
                            b'&' => (0, 1),
                            b'<' | b'>' => {
                                if b.get(at + 1) != Some(&c) {
                                    return Err(fail(
                                        at + 1,
                                        &format!("a second '{}' was expected", c as char),
                                    ));
                                }
                                (if c == b'<' { 1 } else { 2 }, 2)
                            }
                            b'@' => (3, 1),
                            _ => return Err(fail(at, "operator expected")),
                        };
                        op = o;
                        at += len;
                    }
                    let (v, end) = number(s, at)?;
                    at = end;
                    if nnums >= MAX {
                        return Err(fail(at, "too many operators"));
                    }
                    e.set_u32(test + 8 * nnums, v);
                    e.set_u8(test + 8 * nnums + 4, op);
                    nnums += 1;
                    e.set_u8(test + NNUMS, nnums as u8);
                }
            }
        }
        // the values: ranges separated by commas
        let mut nvalues = 0;
        at = skip_space(b, at);
        if at >= b.len() {
            return Err(bad("u32: test ended with no value specified"));
        }
        loop {
            let (min, end) = number(s, at)?;
            at = end;
            let mut max = min;
            if b.get(at) == Some(&b':') {
                let (m, end) = number(s, at + 1)?;
                max = m;
                at = end;
            }
            if nvalues >= MAX {
                return Err(fail(at, "too many \",\"s"));
            }
            e.set_u32(test + VALUES + 8 * nvalues, min);
            e.set_u32(test + VALUES + 8 * nvalues + 4, max);
            nvalues += 1;
            e.set_u8(test + NVALUES, nvalues as u8);
            at = skip_space(b, at);
            match b.get(at) {
                Some(b',') => at += 1,
                None | Some(b'&') => break,
                Some(_) => return Err(fail(at, "expected \",\" or \"&&\"")),
            }
        }
        if b.get(at) == Some(&b'&') {
            at += 1;
            if b.get(at) != Some(&b'&') {
                return Err(fail(at, "a second '&' was expected"));
            }
        }
        if ntests >= MAX {
            return Err(fail(at, "too many \"&&\"s"));
        }
        ntests += 1;
        e.set_u8(NTESTS, ntests as u8);
        if at >= b.len() {
            break;
        }
        at += 1;
    }
    e.set_u8(INVERT, u8::from(arg.inv));
    Ok(())
}

/// The tests as iptables writes them back: every number in hex, in double quotes.
fn tests(e: &Ext) -> String {
    let mut out = String::from("\"");
    for t in 0..usize::from(e.u8(NTESTS)).min(MAX + 1) {
        let test = t * TEST;
        if t > 0 {
            out.push_str("&&");
        }
        for i in 0..usize::from(e.u8(test + NNUMS)).min(MAX + 1) {
            if i > 0 {
                out.push_str(OPS.get(usize::from(e.u8(test + 8 * i + 4))).unwrap_or(&"?"));
            }
            out.push_str(&format!("0x{:x}", e.u32(test + 8 * i)));
        }
        out.push('=');
        for i in 0..usize::from(e.u8(test + NVALUES)).min(MAX + 1) {
            if i > 0 {
                out.push(',');
            }
            let (min, max) = (
                e.u32(test + VALUES + 8 * i),
                e.u32(test + VALUES + 8 * i + 4),
            );
            out.push_str(&format!("0x{min:x}"));
            if min != max {
                out.push_str(&format!(":0x{max:x}"));
            }
        }
    }
    out.push('"');
    out
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u8(INVERT) != 0 {
        out.push_str(" !");
    }
    out.push_str(" --u32 ");
    out.push_str(&tests(e));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" u32");
    if e.u8(INVERT) != 0 {
        out.push_str(" !");
    }
    out.push(' ');
    out.push_str(&tests(e));
}
