//! iptables-restore's command line, read as getopt_long reads it.

use crate::error::{Error, Result};
use crate::iptables::getopt::{getopt_long, opt, Has, Opt, Read, Short};
use std::io::Write;

use super::line::NAME;

pub const USAGE: &str = "\
Usage: iptables-restore [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]
\t   [ --counters ]
\t   [ --verbose ]
\t   [ --version]
\t   [ --test ]
\t   [ --help ]
\t   [ --noflush ]
\t   [ --table=<TABLE> ]
\t   [ --modprobe=<command> ]
\t   [ --ipv4 ]
\t   [ --ipv6 ]
";

const LONG: &[Opt] = &[
    opt("counters", Has::No, b'c'),
    opt("verbose", Has::No, b'v'),
    opt("version", Has::No, b'V'),
    opt("test", Has::No, b't'),
    opt("help", Has::No, b'h'),
    opt("noflush", Has::No, b'n'),
    opt("table", Has::Required, b'T'),
    opt("modprobe", Has::Required, b'M'),
    opt("wait", Has::No, b'w'),
    opt("wait-interval", Has::No, b'W'),
    opt("ipv4", Has::No, b'4'),
    opt("ipv6", Has::No, b'6'),
];

const SHORT: &[(char, Short)] = &[
    ('b', Short::No),
    ('c', Short::No),
    ('v', Short::No),
    ('V', Short::No),
    ('t', Short::No),
    ('h', Short::No),
    ('n', Short::No),
    ('T', Short::Required),
    ('M', Short::Required),
    ('w', Short::NextNumber),
    ('W', Short::NextNumber),
];

#[derive(Default)]
pub struct Opts {
    pub counters: bool,
    pub test: bool,
    pub noflush: bool,
    /// How many `-v`.
    pub verbose: u32,
    pub only: Option<String>,
    pub file: Option<String>,
}

/// --ipv4/--ipv6 (long options only): refused with the `Try` line alone.
pub fn refused() -> Error {
    Error::ipt_fail(format_args!("Try `{NAME} -h' for more information.\n"))
}

fn usage_error(line: impl std::fmt::Display) -> Error {
    Error::ipt_fail(format_args!(
        "{NAME}: {line}\nTry `{NAME} -h' for more information.\n"
    ))
}

pub enum Early {
    Go(Opts),
    Print(String),
    /// The usage screen, which -h writes on stderr.
    Usage,
    /// --ipv4/--ipv6: refused.
    Refused,
}

pub fn parse_args(words: &[String]) -> Result<Early> {
    let mut o = Opts::default();
    let mut early = None;
    let read = getopt_long(words, LONG, SHORT, &mut |c, arg| {
        early = set(&mut o, c, arg);
        early.is_some()
    })
    .map_err(usage_error)?;
    let loose = match read {
        Read::Stopped => return Ok(early.unwrap_or(Early::Usage)),
        Read::Done(loose) => loose,
    };
    match loose.as_slice() {
        [] => {}
        [f] => o.file = Some(f.clone()),
        _ => return Err(Error::ipt_fail("Unknown arguments found on commandline\n")),
    }
    Ok(Early::Go(o))
}

/// One option read; Some when it ends the reading (-V, -h).
fn set(o: &mut Opts, c: char, arg: Option<String>) -> Option<Early> {
    match c {
        'c' => o.counters = true,
        't' => o.test = true,
        'n' => o.noflush = true,
        'v' => o.verbose += 1,
        'T' => o.only = arg,
        'b' => {
            let _ = std::io::stderr().write_all(b"-b/--binary option is not implemented\n");
        }
        'V' => return Some(Early::Print(format!("{NAME} v1.8.9 (nf_tables)\n"))),
        'h' => return Some(Early::Usage),
        '4' | '6' => return Some(Early::Refused),
        _ => {}
    }
    None
}

#[cfg(test)]
mod tests {
    /// Every long option is in the manual page.
    #[test]
    fn page_names_every_option() {
        let page = std::fs::read_to_string("man/iptables-restore.8")
            .unwrap()
            .replace("\\-", "-");
        for o in super::LONG {
            assert!(page.contains(&format!("--{}", o.name)), "--{}", o.name);
        }
    }
}
