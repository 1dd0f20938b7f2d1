//! `-j LOG [--log-level L] [--log-prefix P] [--log-tcp-sequence] [--log-tcp-options]
//! [--log-ip-options] [--log-uid] [--log-macdecode]`: the xt `LOG` target, revision 0
//! (u8 level, u8 flags, char prefix[30]).

use super::blob::{bad, save_string};
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const LEVEL: u8 = 1;
const PREFIX: u8 = 2;

/// The blob: level, flags, prefix.
const B_LEVEL: usize = 0;
const B_FLAGS: usize = 1;
const B_PREFIX: usize = 2;
const PREFIX_LEN: usize = 30;

/// The flag options and bits, in the order they are printed.
const FLAGS: &[(&str, &str, u8)] = &[
    ("log-tcp-sequence", "tcp-sequence", 0x01),
    ("log-tcp-options", "tcp-options", 0x02),
    ("log-ip-options", "ip-options", 0x04),
    ("log-uid", "uid", 0x08),
    ("log-macdecode", "macdecode", 0x20),
];

const OPTS: &[Opt] = &[
    opt("log-level", Has::Required, LEVEL).once(),
    opt("log-prefix", Has::Required, PREFIX).once(),
    opt("log-tcp-sequence", Has::No, 10).once(),
    opt("log-tcp-options", Has::No, 11).once(),
    opt("log-ip-options", Has::No, 12).once(),
    opt("log-uid", Has::No, 13).once(),
    opt("log-macdecode", Has::No, 14).once(),
];

pub const DEF: Def = Def {
    name: "LOG",
    rev: 0,
    size: 32,
    cmp: 32,
    opts: OPTS,
    help: include_str!("../help/t_LOG.txt"),
    init,
    parse,
    save,
    print,
    ..Def::TARGET
};

/// The level names -j LOG reads.
const LEVELS: &[(&str, u8)] = &[
    ("emerg", 0),
    ("alert", 1),
    ("crit", 2),
    ("error", 3),
    ("warning", 4),
    ("notice", 5),
    ("info", 6),
    ("debug", 7),
    ("panic", 0),
];

/// The level names -L prints, by level.
const SHOWN: [&str; 8] = [
    "emerg", "alert", "crit", "err", "warn", "notice", "info", "debug",
];

/// Level warning.
fn init(e: &mut Ext) {
    e.set_u8(B_LEVEL, 4);
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let word = arg.value;
    match o.id {
        LEVEL => {
            let level = match LEVELS.iter().find(|(n, _)| *n == word) {
                Some((_, l)) => *l,
                None => word
                    .parse::<u8>()
                    .ok()
                    .filter(|l| *l <= 7)
                    .ok_or_else(|| bad(format_args!("log level \"{word}\" unknown\n")))?,
            };
            e.set_u8(B_LEVEL, level);
        }
        PREFIX => {
            if word.is_empty() {
                return Err(bad("Argument must have a minimum length of 1 characters\n"));
            }
            let p = word.as_bytes();
            let p = &p[..p.len().min(PREFIX_LEN - 1)];
            e.put(B_PREFIX, &[0; PREFIX_LEN]);
            e.put(B_PREFIX, p);
        }
        id => {
            if let Some((_, _, bit)) = FLAGS.get(usize::from(id.saturating_sub(10))) {
                e.set_u8(B_FLAGS, e.u8(B_FLAGS) | bit);
            }
        }
    }
    Ok(())
}

fn prefix(e: &Ext) -> String {
    e.cstr(B_PREFIX, PREFIX_LEN)
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let p = prefix(e);
    if !p.is_empty() {
        out.push_str(" --log-prefix ");
        save_string(out, &p);
    }
    if e.u8(B_LEVEL) != 4 {
        out.push_str(&format!(" --log-level {}", e.u8(B_LEVEL)));
    }
    for (option, _, bit) in FLAGS {
        if e.u8(B_FLAGS) & bit != 0 {
            out.push_str(" --");
            out.push_str(option);
        }
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let (level, flags) = (e.u8(B_LEVEL), e.u8(B_FLAGS));
    if ctx.numeric {
        out.push_str(&format!(" LOG flags {flags} level {level}"));
    } else {
        out.push_str(" LOG level ");
        match SHOWN.get(usize::from(level)) {
            Some(n) => out.push_str(n),
            None => out.push_str(&level.to_string()),
        }
        for (_, word, bit) in FLAGS {
            if flags & bit != 0 {
                out.push(' ');
                out.push_str(word);
            }
        }
    }
    let p = prefix(e);
    if !p.is_empty() {
        out.push_str(&format!(" prefix \"{p}\""));
    }
}
