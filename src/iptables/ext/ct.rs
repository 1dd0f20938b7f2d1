//! `-j CT` (the xt `CT` target, revision 2, `struct xt_ct_target_info_v1`: u16 flags, u16
//! zone, u32 ct_events, u32 exp_events, char helper[16], char timeout[32], then the kernel's
//! pointer; 72 bytes sent, 64 compared) and `-j NOTRACK`, which is CT with the NOTRACK and
//! NOTRACK_ALIAS flags. Revision 1 has the same layout; revision 0 has no timeout (40 bytes).

use super::blob::{bad, save_string};
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const FLAGS: usize = 0;
const ZONE: usize = 2;
const CT_EVENTS: usize = 4;
const EXP_EVENTS: usize = 8;
const HELPER: usize = 12;
const HELPER_LEN: usize = 16;
const TIMEOUT: usize = 28;
const TIMEOUT_LEN: usize = 32;

/// XT_CT_* flags.
const F_NOTRACK: u16 = 1;
const F_NOTRACK_ALIAS: u16 = 2;
const F_ZONE_ORIG: u16 = 4;
const F_ZONE_REPL: u16 = 8;
const F_ZONE_MARK: u16 = 16;

/// Option ids.
const O_NOTRACK: u8 = 1;
const O_HELPER: u8 = 2;
const O_TIMEOUT: u8 = 3;
const O_CTEVENTS: u8 = 4;
const O_EXPEVENTS: u8 = 5;
const O_ZONE_ORIG: u8 = 6;
const O_ZONE_REPLY: u8 = 7;
const O_ZONE: u8 = 8;

const OPTS: &[Opt] = &[
    opt("notrack", Has::No, O_NOTRACK).once().no_inv(),
    opt("helper", Has::Required, O_HELPER).once().no_inv(),
    opt("timeout", Has::Required, O_TIMEOUT).once().no_inv(),
    opt("ctevents", Has::Required, O_CTEVENTS).once().no_inv(),
    opt("expevents", Has::Required, O_EXPEVENTS).once().no_inv(),
    opt("zone-orig", Has::Required, O_ZONE_ORIG).once().no_inv(),
    opt("zone-reply", Has::Required, O_ZONE_REPLY)
        .once()
        .no_inv(),
    opt("zone", Has::Required, O_ZONE).once().no_inv(),
];

pub const CT: Def = Def {
    name: "CT",
    rev: 2,
    size: 72,
    cmp: 64,
    opts: OPTS,
    help: include_str!("../help/t_CT.txt"),
    parse,
    decode,
    save,
    print,
    ..Def::TARGET
};

pub const NOTRACK: Def = Def {
    name: "NOTRACK",
    xt: "CT",
    opts: &[],
    help: include_str!("../help/t_NOTRACK.txt"),
    init: init_notrack,
    parse: super::def::no_opts,
    save: super::def::no_words,
    print: print_notrack,
    ..CT
};

fn init_notrack(e: &mut Ext) {
    e.set_u16(FLAGS, F_NOTRACK | F_NOTRACK_ALIAS);
}

/// Conntrack event names and bits, in the order they are printed.
const CT_EVENT_NAMES: &[(&str, u32)] = &[
    ("new", 1 << 0),
    ("related", 1 << 1),
    ("destroy", 1 << 2),
    ("reply", 1 << 3),
    ("assured", 1 << 4),
    ("protoinfo", 1 << 5),
    ("helper", 1 << 6),
    ("mark", 1 << 7),
    ("natseqinfo", 1 << 8),
    ("secmark", 1 << 9),
];
const EXP_EVENT_NAMES: &[(&str, u32)] = &[("new", 1)];

fn events(list: &str, known: &[(&str, u32)]) -> crate::error::Result<u32> {
    let mut mask = 0;
    for item in list.split(',') {
        match known.iter().find(|(n, _)| *n == item) {
            Some((_, b)) => mask |= b,
            None => return Err(bad(format_args!("Unknown event type \"{item}\""))),
        }
    }
    Ok(mask)
}

fn flag(e: &mut Ext, f: u16) {
    e.set_u16(FLAGS, e.u16(FLAGS) | f);
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let v = arg.value;
    match o.id {
        O_NOTRACK => flag(e, F_NOTRACK),
        O_HELPER | O_TIMEOUT => {
            let (at, len) = if o.id == O_HELPER {
                (HELPER, HELPER_LEN)
            } else {
                (TIMEOUT, TIMEOUT_LEN)
            };
            let b = v.as_bytes();
            let b = &b[..b.len().min(len - 1)];
            e.put(at, b);
        }
        O_CTEVENTS => {
            let m = events(v, CT_EVENT_NAMES)?;
            e.set_u32(CT_EVENTS, m);
        }
        O_EXPEVENTS => {
            let m = events(v, EXP_EVENT_NAMES)?;
            e.set_u32(EXP_EVENTS, m);
        }
        _ => {
            if v == "mark" {
                flag(e, F_ZONE_MARK);
            } else {
                let z = crate::cli::num::strtoul(v, 0)
                    .and_then(|z| u16::try_from(z).ok())
                    .ok_or_else(|| bad(format_args!("Cannot parse {v} as a zone ID")))?;
                e.set_u16(ZONE, z);
            }
            match o.id {
                O_ZONE_ORIG => flag(e, F_ZONE_ORIG),
                O_ZONE_REPLY => flag(e, F_ZONE_REPL),
                _ => {}
            }
        }
    }
    Ok(())
}

/// Revisions 1 and 2 (72 bytes), and 0 (no timeout, 40 bytes); NOTRACK's alias flag makes
/// it NOTRACK.
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    let size = match rev {
        0 => 40,
        1 | 2 => 72,
        _ => return None,
    };
    let data = info.get(..size)?;
    let alias = super::blob::ne16(data, FLAGS) & F_NOTRACK_ALIAS != 0;
    Some(Ext::with(if alias { &NOTRACK } else { def }, rev, data))
}

/// The words, `--name value` (save) or `name value` (print).
fn words(e: &Ext, out: &mut String, dashes: &str) {
    let flags = e.u16(FLAGS);
    if flags & F_NOTRACK != 0 {
        out.push_str(&format!(" {dashes}notrack"));
    }
    let helper = e.cstr(HELPER, HELPER_LEN);
    if !helper.is_empty() {
        out.push_str(&format!(" {dashes}helper "));
        if dashes.is_empty() {
            out.push_str(&helper);
        } else {
            save_string(out, &helper);
        }
    }
    if e.rev >= 1 {
        let timeout = e.cstr(TIMEOUT, TIMEOUT_LEN);
        if !timeout.is_empty() {
            out.push_str(&format!(" {dashes}timeout "));
            if dashes.is_empty() {
                out.push_str(&timeout);
            } else {
                save_string(out, &timeout);
            }
        }
    }
    for (what, at, names) in [
        ("ctevents", CT_EVENTS, CT_EVENT_NAMES),
        ("expevents", EXP_EVENTS, EXP_EVENT_NAMES),
    ] {
        let m = e.u32(at);
        if m != 0 {
            let list: Vec<&str> = names
                .iter()
                .filter(|(_, b)| m & b != 0)
                .map(|(n, _)| *n)
                .collect();
            out.push_str(&format!(" {dashes}{what} {}", list.join(",")));
        }
    }
    if flags & F_ZONE_MARK != 0 || e.u16(ZONE) != 0 {
        let dir = match flags & (F_ZONE_ORIG | F_ZONE_REPL) {
            F_ZONE_ORIG => "zone-orig",
            F_ZONE_REPL => "zone-reply",
            _ => "zone",
        };
        if flags & F_ZONE_MARK != 0 {
            out.push_str(&format!(" {dashes}{dir} mark"));
        } else {
            out.push_str(&format!(" {dashes}{dir} {}", e.u16(ZONE)));
        }
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, "--");
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" CT");
    words(e, out, "");
}

fn print_notrack(_: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" NOTRACK");
}
