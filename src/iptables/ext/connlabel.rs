//! `-m connlabel [!] --label NAME|BIT [--set]`: the xt `connlabel` match, revision 0
//! (`struct xt_connlabel_mtinfo`: u16 bit, u16 options: INVERT 1, SET 2; 8 bytes sent).
//! Names come from /etc/xtables/connlabel.conf (`BIT NAME` lines), read at each use, with
//! a warning on stderr when it cannot be opened (listings read it even with -n), as
//! iptables does. -C and -D compare no byte of the blob, as iptables-nft does.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use std::io::Write;

const BIT: usize = 0;
const OPTIONS: usize = 2;
const F_INVERT: u16 = 1;
const F_SET: u16 = 2;

const CONF: &str = "/etc/xtables/connlabel.conf";

const O_LABEL: u8 = 1;
const O_SET: u8 = 2;

const OPTS: &[Opt] = &[
    opt("label", Has::Required, O_LABEL).once().mand(),
    opt("set", Has::No, O_SET).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "connlabel",
    rev: 0,
    size: 8,
    // iptables compares none of it: any connlabel rule is the same as any other
    cmp: 0,
    opts: OPTS,
    help: include_str!("../help/m_connlabel.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

/// The label map: (bit, name) in the file's order (None: it cannot be read, after the
/// warning).
fn labels() -> Option<Vec<(u16, String)>> {
    let text = match std::fs::read(CONF) {
        Ok(t) => t,
        Err(err) => {
            let why = crate::error::io_text(&err);
            let _ = std::io::stderr()
                .write_all(format!("Warning: cannot open {CONF}: {why}\n").as_bytes());
            return None;
        }
    };
    let text = String::from_utf8_lossy(&text);
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with('#') {
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(bit), Some(name)) = (words.next(), words.next()) else {
            continue;
        };
        if let Ok(b) = bit.parse::<u16>() {
            out.push((b, name.to_string()));
        }
    }
    Some(out)
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let mut options = e.u16(OPTIONS);
    if o.id == O_SET {
        e.set_u16(OPTIONS, options | F_SET);
        return Ok(());
    }
    let v = arg.value;
    let bit = match crate::cli::num::strtoul(v, 0).and_then(|n| u16::try_from(n).ok()) {
        Some(b) if !v.starts_with(['-', '+', ' ']) => Some(b),
        _ => labels().and_then(|l| l.into_iter().find(|(_, n)| n == v).map(|(b, _)| b)),
    };
    let bit = bit.ok_or_else(|| bad(format_args!("label '{v}' not found or invalid value")))?;
    e.set_u16(BIT, bit);
    if arg.inv {
        options |= F_INVERT;
    }
    e.set_u16(OPTIONS, options);
    Ok(())
}

/// The name of the label's bit, when the map has one.
fn name(e: &Ext) -> Option<String> {
    let bit = e.u16(BIT);
    labels()?
        .into_iter()
        .find(|(b, _)| *b == bit)
        .map(|(_, n)| n)
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let options = e.u16(OPTIONS);
    if options & F_INVERT != 0 {
        out.push_str(" !");
    }
    out.push_str(" --label ");
    let text = name(e).unwrap_or_else(|| e.u16(BIT).to_string());
    out.push('"');
    for c in text.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    if options & F_SET != 0 {
        out.push_str(" --set");
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let options = e.u16(OPTIONS);
    out.push_str(" connlabel");
    if options & F_INVERT != 0 {
        out.push_str(" !");
    }
    let name = name(e);
    match name.filter(|_| !ctx.numeric) {
        Some(n) => out.push_str(&format!(" '{n}'")),
        None => out.push_str(&format!(" {}", e.u16(BIT))),
    }
    if options & F_SET != 0 {
        out.push_str(" set");
    }
}
