//! `-m conntrack` (`--ctstate`, `--ctorigsrc/--ctorigdst/--ctreplsrc/--ctrepldst`) and
//! `-m state --state`: both the xt `conntrack` match, revision 3 (`struct
//! xt_conntrack_mtinfo3`, 168 bytes); `state` is conntrack with the STATE_ALIAS flag.

use super::blob::bad;
use super::{no_init, xt_encode, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const SIZE: usize = 168;
/// Offsets in the blob.
const MATCH_FLAGS: usize = 146;
const INVERT_FLAGS: usize = 148;
const STATE_MASK: usize = 150;

/// XT_CONNTRACK_* match flags.
const F_STATE: u16 = 1;
const F_ORIGSRC: u16 = 1 << 2;
const F_ORIGDST: u16 = 1 << 3;
const F_REPLSRC: u16 = 1 << 4;
const F_REPLDST: u16 = 1 << 5;
const F_STATE_ALIAS: u16 = 1 << 13;

/// The address options: (flag, blob offset of the address, -S word, -L word).
const ADDRS: &[(u16, usize, &str, &str)] = &[
    (F_ORIGSRC, 0, "--ctorigsrc", "ctorigsrc"),
    (F_ORIGDST, 32, "--ctorigdst", "ctorigdst"),
    (F_REPLSRC, 64, "--ctreplsrc", "ctreplsrc"),
    (F_REPLDST, 96, "--ctrepldst", "ctrepldst"),
];

/// State names and bits, in the order -S prints them.
const STATES: &[(&str, u16)] = &[
    ("INVALID", 1),
    ("NEW", 1 << 3),
    ("RELATED", 1 << 2),
    ("ESTABLISHED", 1 << 1),
    ("UNTRACKED", 1 << 8),
    ("SNAT", 1 << 6),
    ("DNAT", 1 << 7),
];

const CONNTRACK_OPTS: &[Opt] = &[
    opt("ctstate", Has::Required, 1),
    opt("ctorigsrc", Has::Required, 2),
    opt("ctorigdst", Has::Required, 3),
    opt("ctreplsrc", Has::Required, 4),
    opt("ctrepldst", Has::Required, 5),
];
const STATE_OPTS: &[Opt] = &[opt("state", Has::Required, 1)];

pub const CONNTRACK: Def = Def {
    name: "conntrack",
    xt: "conntrack",
    target: false,
    rev: 3,
    size: SIZE,
    cmp: SIZE,
    opts: CONNTRACK_OPTS,
    help: include_str!("../help/m_conntrack.txt"),
    init: no_init,
    parse,
    check,
    encode: xt_encode,
    decode,
    save,
    print,
};

pub const STATE: Def = Def {
    name: "state",
    xt: "conntrack",
    target: false,
    rev: 3,
    size: SIZE,
    cmp: SIZE,
    opts: STATE_OPTS,
    help: include_str!("../help/m_state.txt"),
    init: init_state,
    parse,
    check,
    encode: xt_encode,
    decode,
    save,
    print,
};

fn init_state(e: &mut Ext) {
    e.set_u16(MATCH_FLAGS, F_STATE_ALIAS);
}

fn is_state(e: &Ext) -> bool {
    e.u16(MATCH_FLAGS) & F_STATE_ALIAS != 0
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let flag = if o.id == 1 {
        let mut mask = 0u16;
        for word in arg.value.split(',') {
            match STATES.iter().find(|(n, _)| n.eq_ignore_ascii_case(word)) {
                Some((_, bit)) => mask |= bit,
                None if is_state(e) => return Err(bad(format_args!("Bad state \"{word}\""))),
                None => return Err(bad(format_args!("Bad ctstate \"{word}\""))),
            }
        }
        e.set_u16(STATE_MASK, mask);
        F_STATE
    } else {
        let (flag, at, _, _) = ADDRS[usize::from(o.id - 2)];
        let (addr, mask) = crate::iptables::addr::one_address(arg.value)?;
        e.put(at, &addr);
        e.put(at + 16, &mask);
        flag
    };
    e.set_u16(MATCH_FLAGS, e.u16(MATCH_FLAGS) | flag);
    if arg.inv {
        e.set_u16(INVERT_FLAGS, e.u16(INVERT_FLAGS) | flag);
    }
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.u16(MATCH_FLAGS) & !F_STATE_ALIAS == 0 {
        return Err(bad(if is_state(e) {
            "state: option \"--state\" must be specified\n"
        } else {
            "conntrack: At least one option is required\n"
        }));
    }
    Ok(())
}

/// Revision 3 as iptables-nft writes it; the state alias flag makes it `-m state`.
fn decode(_: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    if rev != 3 || info.len() < SIZE {
        return None;
    }
    let mut e = Ext::with(&CONNTRACK, rev, &info[..SIZE]);
    if is_state(&e) {
        e.def = &STATE;
    }
    Some(e)
}

fn states(e: &Ext, out: &mut String) {
    let mask = e.u16(STATE_MASK);
    let mut sep = "";
    for (name, bit) in STATES {
        if mask & bit != 0 {
            out.push_str(sep);
            out.push_str(name);
            sep = ",";
        }
    }
}

fn addr_text(e: &Ext, at: usize) -> String {
    let a = |o: usize| -> [u8; 4] { e.bytes(o, 4).try_into().unwrap_or([0; 4]) };
    let net = crate::iptables::addr::Net {
        addr: a(at),
        mask: a(at + 16),
    };
    // a host shows without its /32
    let text = if net.prefix() == Some(32) {
        net.host()
    } else {
        net.text()
    };
    text.as_str().to_string()
}

/// Its words: `-S`'s (`--ctstate X`) or `-L`'s (`ctstate X`), `!` before each.
fn words(e: &Ext, out: &mut String, save: bool) {
    let flags = e.u16(MATCH_FLAGS);
    let inv = e.u16(INVERT_FLAGS);
    if flags & F_STATE != 0 {
        if inv & F_STATE != 0 {
            out.push_str(" !");
        }
        out.push_str(match (is_state(e), save) {
            (true, true) => " --state ",
            (true, false) => " state ",
            (false, true) => " --ctstate ",
            (false, false) => " ctstate ",
        });
        states(e, out);
    }
    for (flag, at, option, word) in ADDRS {
        if flags & flag != 0 {
            if inv & flag != 0 {
                out.push_str(" !");
            }
            out.push(' ');
            out.push_str(if save { option } else { word });
            out.push(' ');
            out.push_str(&addr_text(e, *at));
        }
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, true);
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, false);
}
