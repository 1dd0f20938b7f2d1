//! `-j LOG [--log-level L] [--log-prefix P] [--log-tcp-sequence] [--log-tcp-options]
//! [--log-ip-options] [--log-uid] [--log-macdecode]`: the xt `LOG` target, revision 0
//! (u8 level, u8 flags, char prefix[30]).

use super::blob::bad;
use super::comment::save_string;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

const LEVEL: u8 = 1;
const PREFIX: u8 = 2;

/// The flag options and bits, in the order they are printed.
const FLAGS: &[(&str, &str, u8)] = &[
    ("log-tcp-sequence", "tcp-sequence", 0x01),
    ("log-tcp-options", "tcp-options", 0x02),
    ("log-ip-options", "ip-options", 0x04),
    ("log-uid", "uid", 0x08),
    ("log-macdecode", "macdecode", 0x20),
];

pub const OPTS: &[Opt] = &[
    opt("log-level", Has::Required, LEVEL),
    opt("log-prefix", Has::Required, PREFIX),
    opt("log-tcp-sequence", Has::No, 10),
    opt("log-tcp-options", Has::No, 11),
    opt("log-ip-options", Has::No, 12),
    opt("log-uid", Has::No, 13),
    opt("log-macdecode", Has::No, 14),
];

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Log {
    pub level: u8,
    pub flags: u8,
    pub prefix: Vec<u8>,
}

impl Default for Log {
    fn default() -> Log {
        Log {
            level: 4,
            flags: 0,
            prefix: Vec::new(),
        }
    }
}

impl Log {
    pub fn parse(&mut self, id: u8, arg: &str, _inv: bool) -> crate::error::Result<()> {
        match id {
            LEVEL => {
                self.level = match LEVELS.iter().find(|(n, _)| *n == arg) {
                    Some((_, l)) => *l,
                    None => arg
                        .parse::<u8>()
                        .ok()
                        .filter(|l| *l <= 7)
                        .ok_or_else(|| bad(format_args!("log level \"{arg}\" unknown\n")))?,
                };
            }
            PREFIX => {
                let mut p = arg.as_bytes().to_vec();
                p.truncate(29);
                self.prefix = p;
            }
            _ => {
                if let Some((_, _, bit)) = FLAGS.get(usize::from(id.saturating_sub(10))) {
                    self.flags |= bit;
                }
            }
        }
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        let mut info = [0u8; 32];
        info[0] = self.level;
        info[1] = self.flags;
        info[2..2 + self.prefix.len()].copy_from_slice(&self.prefix);
        expr::xt(w, true, "LOG", 0, &info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Log> {
        if rev != 0 || info.len() < 32 {
            return None;
        }
        let p = &info[2..32];
        let end = p.iter().position(|&c| c == 0).unwrap_or(p.len());
        Some(Log {
            level: info[0],
            flags: info[1],
            prefix: p[..end].to_vec(),
        })
    }

    fn prefix(&self) -> String {
        String::from_utf8_lossy(&self.prefix).into_owned()
    }

    pub fn save(&self, out: &mut String) {
        if !self.prefix.is_empty() {
            out.push_str(" --log-prefix ");
            save_string(out, &self.prefix());
        }
        if self.level != 4 {
            out.push_str(&format!(" --log-level {}", self.level));
        }
        for (option, _, bit) in FLAGS {
            if self.flags & bit != 0 {
                out.push_str(" --");
                out.push_str(option);
            }
        }
    }

    pub fn print(&self, out: &mut String, numeric: bool) {
        if numeric {
            out.push_str(&format!(" LOG flags {} level {}", self.flags, self.level));
        } else {
            out.push_str(" LOG level ");
            match SHOWN.get(usize::from(self.level)) {
                Some(n) => out.push_str(n),
                None => out.push_str(&self.level.to_string()),
            }
            for (_, word, bit) in FLAGS {
                if self.flags & bit != 0 {
                    out.push(' ');
                    out.push_str(word);
                }
            }
        }
        if !self.prefix.is_empty() {
            out.push_str(&format!(" prefix \"{}\"", self.prefix()));
        }
    }
}
