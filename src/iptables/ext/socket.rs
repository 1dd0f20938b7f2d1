//! `-m socket [--transparent] [--nowildcard] [--restore-skmark]`: the xt `socket` match,
//! revision 3 (`struct xt_socket_mtinfo3`: u8 flags; 8 bytes sent). Revisions 0 (no
//! blob), 1 (transparent) and 2 (nowildcard), as older iptables wrote them, are read too.

use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const FLAGS: usize = 0;
/// XT_SOCKET_* flags, also the option ids.
const TRANSPARENT: u8 = 1;
const NOWILDCARD: u8 = 2;
const RESTORESKMARK: u8 = 4;

const OPTS: &[Opt] = &[
    opt("transparent", Has::No, TRANSPARENT).once().no_inv(),
    opt("nowildcard", Has::No, NOWILDCARD).once().no_inv(),
    opt("restore-skmark", Has::No, RESTORESKMARK)
        .once()
        .no_inv(),
];

pub const DEF: Def = Def {
    name: "socket",
    rev: 3,
    size: 8,
    cmp: 1,
    opts: OPTS,
    help: include_str!("../help/m_socket.txt"),
    parse,
    decode,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, _: Arg, _: &Ctx) -> crate::error::Result<()> {
    e.set_u8(FLAGS, e.u8(FLAGS) | o.id);
    Ok(())
}

/// Revision 0 has no blob; 1 to 3 the flags byte (8 bytes sent).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    match rev {
        0 => Some(Ext::with(def, 0, info)),
        1..=3 => (info.len() >= def.size).then(|| Ext::with(def, rev, &info[..def.size])),
        _ => None,
    }
}

/// The flags a revision knows of.
fn flags(e: &Ext) -> u8 {
    let known = match e.rev {
        0 => 0,
        1 => TRANSPARENT,
        2 => TRANSPARENT | NOWILDCARD,
        _ => TRANSPARENT | NOWILDCARD | RESTORESKMARK,
    };
    e.u8(FLAGS) & known
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let f = flags(e);
    for (bit, word) in [
        (TRANSPARENT, " --transparent"),
        (NOWILDCARD, " --nowildcard"),
        (RESTORESKMARK, " --restore-skmark"),
    ] {
        if f & bit != 0 {
            out.push_str(word);
        }
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" socket");
    save(e, out, ctx);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn older_revisions_print_the_flags_they_know() {
        let words = |rev: u32, info: &[u8]| {
            let mut out = String::new();
            if let Some(e) = decode(&DEF, rev, info) {
                save(&e, &mut out, &Ctx::default());
            }
            out
        };
        assert_eq!(words(0, &[]), "");
        assert_eq!(words(1, &[7, 0, 0, 0, 0, 0, 0, 0]), " --transparent");
        assert_eq!(
            words(2, &[7, 0, 0, 0, 0, 0, 0, 0]),
            " --transparent --nowildcard"
        );
        assert_eq!(words(3, &[4, 0, 0, 0, 0, 0, 0, 0]), " --restore-skmark");
        assert!(decode(&DEF, 3, &[1]).is_none());
        assert!(decode(&DEF, 4, &[0; 8]).is_none());
    }
}
