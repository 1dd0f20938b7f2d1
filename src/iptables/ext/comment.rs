//! `-m comment --comment TEXT`: the xt `comment` match, revision 0 (`struct
//! xt_comment_info`: a 256-byte NUL-terminated string). nft's rule comments (rule user
//! data) read as this match too.

use super::blob::save_string;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const SIZE: usize = 256;
const COMMENT: u8 = 1;

const OPTS: &[Opt] = &[opt("comment", Has::Required, COMMENT)
    .once()
    .mand()
    .no_inv()];

pub const DEF: Def = Def {
    name: "comment",
    rev: 0,
    size: SIZE,
    cmp: SIZE,
    opts: OPTS,
    help: include_str!("../help/m_comment.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    set(e, arg.value.as_bytes());
    Ok(())
}

fn set(e: &mut Ext, text: &[u8]) {
    let t = &text[..text.len().min(SIZE - 1)];
    e.data.fill(0);
    e.put(0, t);
}

/// The match a rule comment (nft user data) stands for.
pub fn from_text(text: &[u8]) -> Ext {
    let mut e = Ext::new(&DEF);
    set(&mut e, text);
    e
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" --comment ");
    save_string(out, &e.cstr(0, SIZE));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" /* ");
    out.push_str(&e.cstr(0, SIZE));
    out.push_str(" */");
}
