//! iptables-restore's command line, read as getopt_long reads it.

use crate::error::{Error, Result};
use crate::iptables::getopt::{find, opt, Has, Opt};
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

/// Short options: (letter, takes an argument: 0 no, 1 required). `-w`/`-W` take the next
/// word too when it is a number.
const SHORT: &[(char, u8)] = &[
    ('b', 0),
    ('c', 0),
    ('v', 0),
    ('V', 0),
    ('t', 0),
    ('h', 0),
    ('n', 0),
    ('T', 1),
    ('M', 1),
    ('w', 0),
    ('W', 0),
    ('4', 0),
    ('6', 0),
];

#[derive(Default)]
pub struct Opts {
    pub counters: bool,
    pub test: bool,
    pub noflush: bool,
    pub only: Option<String>,
    pub file: Option<String>,
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
}

pub fn parse_args(words: &[String]) -> Result<Early> {
    let mut o = Opts::default();
    let mut loose: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        i += 1;
        let (c, inline) = if w == "--" {
            loose.extend(words[i..].iter().cloned());
            break;
        } else if let Some(long) = w.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            let Some((_, op)) = find(name, &[LONG]) else {
                return Err(usage_error(format_args!("unrecognized option '{w}'")));
            };
            let arg = match op.has {
                Has::No if inline.is_some() => {
                    return Err(usage_error(format_args!(
                        "option '--{}' doesn't allow an argument",
                        op.name
                    )))
                }
                Has::Required if inline.is_none() => match words.get(i) {
                    Some(v) => {
                        i += 1;
                        Some(v.clone())
                    }
                    None => {
                        return Err(usage_error(format_args!(
                            "option '--{}' requires an argument",
                            op.name
                        )))
                    }
                },
                _ => inline,
            };
            (char::from(op.id), arg)
        } else if let Some(cluster) = w.strip_prefix('-').filter(|c| !c.is_empty()) {
            let mut last = None;
            for (at, c) in cluster.char_indices() {
                let Some(&(_, takes)) = SHORT.iter().find(|(s, _)| *s == c) else {
                    return Err(usage_error(format_args!("invalid option -- '{c}'")));
                };
                let rest = &cluster[at + c.len_utf8()..];
                if takes == 0 {
                    if rest.is_empty() {
                        last = Some((c, None));
                        break;
                    }
                    if let Some(e) = set(&mut o, c, None) {
                        return Ok(e);
                    }
                    continue;
                }
                let arg = if !rest.is_empty() {
                    Some(rest.to_string())
                } else {
                    match words.get(i) {
                        Some(v) => {
                            i += 1;
                            Some(v.clone())
                        }
                        None => {
                            return Err(usage_error(format_args!(
                                "option requires an argument -- '{c}'"
                            )))
                        }
                    }
                };
                last = Some((c, arg));
                break;
            }
            match last {
                Some(x) => x,
                None => continue,
            }
        } else {
            loose.push(w.clone());
            continue;
        };
        if matches!(c, 'w' | 'W')
            && words
                .get(i)
                .is_some_and(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
        {
            i += 1;
        }
        if let Some(e) = set(&mut o, c, inline) {
            return Ok(e);
        }
    }
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
        'T' => o.only = arg,
        'b' => {
            let _ = std::io::stderr().write_all(b"-b/--binary option is not implemented\n");
        }
        'V' => return Some(Early::Print(format!("{NAME} v1.8.9 (nf_tables)\n"))),
        'h' => return Some(Early::Usage),
        _ => {}
    }
    None
}
