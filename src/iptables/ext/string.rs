//! `-m string --algo bm|kmp [!] --string S | [!] --hex-string H [--from N] [--to N]
//! [--icase]`: the xt `string` match, revision 1 (`struct xt_string_info`: u16 from, u16
//! to, 16-byte algorithm name, 128-byte pattern, u8 patlen, u8 flags, then the kernel's
//! pointer; 160 bytes sent). Revision 0 (the same layout, an invert byte for the flags) is
//! read too.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const FROM: usize = 0;
const TO: usize = 2;
const ALGO: usize = 4;
const ALGO_LEN: usize = 16;
const PATTERN: usize = 20;
const PATTERN_LEN: usize = 128;
const PATLEN: usize = 148;
const FLAGS: usize = 149;
const F_INVERT: u8 = 1;
const F_ICASE: u8 = 2;

const O_FROM: u8 = 1;
const O_TO: u8 = 2;
const O_ALGO: u8 = 3;
const O_STRING: u8 = 4;
const O_HEX: u8 = 5;
const O_ICASE: u8 = 6;

const OPTS: &[Opt] = &[
    opt("from", Has::Required, O_FROM).once().no_inv(),
    opt("to", Has::Required, O_TO).once().no_inv(),
    opt("algo", Has::Required, O_ALGO).once().no_inv().mand(),
    opt("string", Has::Required, O_STRING).once().excl(&[O_HEX]),
    // `--string` names the pair whichever comes second
    opt("hex-string", Has::Required, O_HEX).once(),
    opt("icase", Has::No, O_ICASE).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "string",
    rev: 1,
    size: 160,
    cmp: 152,
    opts: OPTS,
    help: include_str!("../help/m_string.txt"),
    init,
    parse,
    check,
    decode,
    save,
    print,
    ..Def::MATCH
};

fn init(e: &mut Ext) {
    e.set_u16(TO, u16::MAX);
}

/// A `--hex-string` argument: plain characters, `\`-escaped ones, and `|…|` blocks of hex
/// byte pairs (blanks between them allowed), read as iptables reads them.
/// (Err(None): more is left after 128 bytes.)
fn hex_string(s: &[u8]) -> Result<Vec<u8>, Option<crate::error::Error>> {
    let mut out = Vec::new();
    let (mut hex, mut literal) = (false, false);
    let mut i = 0;
    while i < s.len() {
        if out.len() >= PATTERN_LEN {
            return Err(None);
        }
        if s[i] == b'\\' && !hex {
            literal = true;
        } else if s[i] == b'\\' {
            return Err(Some(bad("Cannot include literals in hex data")));
        } else if s[i] == b'|' {
            if hex {
                hex = false;
            } else {
                hex = true;
                while s.get(i + 1) == Some(&b' ') {
                    i += 1;
                }
            }
            if i + 1 >= s.len() {
                break;
            }
            i += 1;
        }
        if literal {
            let Some(&c) = s.get(i + 1) else {
                return Err(Some(bad("Bad literal placement at end of string")));
            };
            out.push(c);
            i += 2;
            literal = false;
        } else if hex {
            if i + 1 >= s.len() {
                return Err(Some(bad("Odd number of hex digits")));
            }
            if i + 2 >= s.len() {
                return Err(Some(bad("Invalid hex block")));
            }
            let digit = |c: u8| {
                (c as char)
                    .to_digit(16)
                    .ok_or_else(|| Some(bad(format_args!("Invalid hex char '{}'", c as char))))
            };
            let hi = digit(s[i])?;
            let lo = digit(s[i + 1])?;
            out.push((hi * 16 + lo) as u8);
            i += if s[i + 2] == b' ' { 3 } else { 2 };
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    Ok(out)
}

fn set_pattern(e: &mut Ext, p: &[u8]) {
    let p = &p[..p.len().min(PATTERN_LEN)];
    e.put(PATTERN, p);
    e.set_u8(PATLEN, p.len() as u8);
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let v = arg.value;
    match o.id {
        O_FROM => {
            let n = uint(e, o, v, 0, 65535)? as u16;
            e.set_u16(FROM, n);
        }
        O_TO => {
            let n = uint(e, o, v, 0, 65535)? as u16;
            e.set_u16(TO, n);
        }
        O_ALGO => {
            let b = v.as_bytes();
            e.put(ALGO, &b[..b.len().min(ALGO_LEN - 1)]);
        }
        O_STRING | O_HEX => {
            if o.id == O_HEX && e.given(O_STRING) {
                return Err(bad(
                    "string: option \"--string\" cannot be used together with \"--hex-string\".\n",
                ));
            }
            if o.id == O_HEX && v.is_empty() {
                return Err(bad("STRING must contain at least one char"));
            }
            if o.id == O_STRING && v.len() > PATTERN_LEN {
                return Err(bad(format_args!("STRING too long \"{v}\"")));
            }
            let p = if o.id == O_HEX {
                hex_string(v.as_bytes()).map_err(|e| {
                    e.unwrap_or_else(|| bad(format_args!("STRING too long \"{v}\"")))
                })?
            } else {
                v.as_bytes().to_vec()
            };
            set_pattern(e, &p);
            if arg.inv {
                e.set_u8(FLAGS, e.u8(FLAGS) | F_INVERT);
            }
        }
        _ => e.set_u8(FLAGS, e.u8(FLAGS) | F_ICASE),
    }
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if !e.given(O_STRING) && !e.given(O_HEX) {
        return Err(bad(
            "STRING match: You must specify `--string' or `--hex-string'",
        ));
    }
    Ok(())
}

/// Revisions 0 and 1 (the same 160 bytes).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    (rev <= 1 && info.len() >= def.size).then(|| Ext::with(def, rev, &info[..def.size]))
}

fn pattern(e: &Ext) -> &[u8] {
    e.bytes(PATTERN, usize::from(e.u8(PATLEN)).min(PATTERN_LEN))
}

/// The pattern as iptables shows it: quoted text (`"` and `\` escaped) when every byte
/// is printable, else `|hex|`; and whether it is the text form.
fn shown(e: &Ext) -> (String, bool) {
    let p = pattern(e);
    if p.iter().all(|&c| (0x20..0x7f).contains(&c)) {
        let mut t = String::from("\"");
        for &c in p {
            if c == b'"' || c == b'\\' {
                t.push('\\');
            }
            t.push(c as char);
        }
        t.push('"');
        (t, true)
    } else {
        let hex: String = p.iter().map(|c| format!("{c:02x}")).collect();
        (format!("\"|{hex}|\""), false)
    }
}

fn inverted(e: &Ext) -> bool {
    e.u8(FLAGS) & F_INVERT != 0
}

fn icase(e: &Ext) -> bool {
    e.rev >= 1 && e.u8(FLAGS) & F_ICASE != 0
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let (text, plain) = shown(e);
    if inverted(e) {
        out.push_str(" !");
    }
    out.push_str(if plain {
        " --string "
    } else {
        " --hex-string "
    });
    out.push_str(&text);
    out.push_str(" --algo ");
    out.push_str(&e.cstr(ALGO, ALGO_LEN));
    if e.u16(FROM) != 0 {
        out.push_str(&format!(" --from {}", e.u16(FROM)));
    }
    if e.u16(TO) != u16::MAX {
        out.push_str(&format!(" --to {}", e.u16(TO)));
    }
    if icase(e) {
        out.push_str(" --icase");
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    let (text, _) = shown(e);
    out.push_str(" STRING match ");
    if inverted(e) {
        out.push('!');
    }
    out.push(' ');
    out.push_str(&text);
    out.push_str(" ALGO name ");
    out.push_str(&e.cstr(ALGO, ALGO_LEN));
    if e.u16(FROM) != 0 {
        out.push_str(&format!(" FROM {}", e.u16(FROM)));
    }
    if e.u16(TO) != u16::MAX {
        out.push_str(&format!(" TO {}", e.u16(TO)));
    }
    if icase(e) {
        out.push_str(" ICASE");
    }
}
