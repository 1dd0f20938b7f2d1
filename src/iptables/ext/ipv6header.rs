//! ip6tables' `-m ipv6header [!] --header NAME,… [--soft]`: the xt `ipv6header` match,
//! revision 0 (`struct ip6t_ipv6header_info`: u8 matchflags, u8 invflags, u8 modeflag; 8
//! bytes sent). `!` and `--soft` set their byte to 0xff.

use super::def::{Arg, Ctx, Def, Ext};
use crate::error::{Error, Result};
use crate::iptables::getopt::{opt, Has, Opt};

const MATCHFLAGS: usize = 0;
const INVFLAGS: usize = 1;
const MODEFLAG: usize = 2;

// option ids
const HEADER: u8 = 0;
const SOFT: u8 = 1;

pub const DEF: Def = Def {
    name: "ipv6header",
    rev: 0,
    size: 8,
    cmp: 3,
    opts: &[
        opt("header", Has::Required, HEADER).once().mand(),
        opt("soft", Has::No, SOFT).once().no_inv(),
    ],
    help: include_str!("../help/m_ipv6header.txt"),
    parse,
    save,
    print,
    fams: super::def::V6_ONLY,
    ..Def::MATCH
};

/// The headers, from the flag 0x80 down: the long name -S and -L print, the short name,
/// the protocol number.
const HEADERS: [(&str, &str, u8); 8] = [
    ("hop-by-hop", "hop", 0),
    ("ipv6-opts", "dst", 60),
    ("ipv6-route", "route", 43),
    ("ipv6-frag", "frag", 44),
    ("ah", "auth", 51),
    ("esp", "esp", 50),
    ("ipv6-nonxt", "none", 59),
    ("protocol", "prot", 255),
];

fn bit(i: usize) -> u8 {
    0x80 >> i
}

/// One header: a name, a long name or a number of the table, else a protocol name
/// (/etc/protocols) whose number is one.
fn header(word: &str) -> Result<u8> {
    let known = |f: &dyn Fn(&(&str, &str, u8)) -> bool| HEADERS.iter().position(f).map(bit);
    if let Some(b) = known(&|h| h.0 == word || h.1 == word || h.2.to_string() == word) {
        return Ok(b);
    }
    let unknown = |w: &str| Error::ipt_param(format_args!("unknown header `{w}' specified"));
    match crate::resolve::services::proto_number(word) {
        Some(n) => known(&|h| h.2 == n).ok_or_else(|| unknown(&n.to_string())),
        None => Err(unknown(word)),
    }
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> Result<()> {
    if o.id == SOFT {
        e.set_u8(MODEFLAG, 0xff);
        return Ok(());
    }
    let mut flags = 0;
    for w in arg.value.split(',').filter(|w| !w.is_empty()) {
        flags |= header(w)?;
    }
    if flags == 0 {
        return Err(Error::ipt_param(
            "ip6t_ipv6header: cannot parse header names",
        ));
    }
    e.set_u8(MATCHFLAGS, flags);
    if arg.inv {
        e.set_u8(INVFLAGS, 0xff);
    }
    Ok(())
}

/// The long names of the headers set, in the table's order.
fn names(flags: u8) -> String {
    let set: Vec<&str> = (0..8)
        .filter(|&i| flags & bit(i) != 0)
        .map(|i| HEADERS[i].0)
        .collect();
    set.join(",")
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u8(INVFLAGS) != 0 {
        out.push_str(" !");
    }
    out.push_str(" --header ");
    out.push_str(&names(e.u8(MATCHFLAGS)));
    if e.u8(MODEFLAG) != 0 {
        out.push_str(" --soft");
    }
}

/// `ipv6header flags:[!]0xHH` (-n) or `flags:[!]NAME,…`, then ` soft`.
fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" ipv6header flags:");
    if e.u8(INVFLAGS) != 0 {
        out.push('!');
    }
    let flags = e.u8(MATCHFLAGS);
    if ctx.numeric {
        out.push_str(&format!("0x{flags:02X}"));
    } else {
        out.push_str(&names(flags));
    }
    if e.u8(MODEFLAG) != 0 {
        out.push_str(" soft");
    }
}
