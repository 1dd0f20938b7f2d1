//! `-m conntrack` (`--ctstate`, `--ctorigsrc/--ctorigdst/--ctreplsrc/--ctrepldst`) and
//! `-m state --state`: both the xt `conntrack` match, revision 3 (`struct
//! xt_conntrack_mtinfo3`, 168 bytes); `state` is conntrack with the STATE_ALIAS flag.

use super::blob::{bad, ne16};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

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

pub const CONNTRACK_OPTS: &[Opt] = &[
    opt("ctstate", Has::Required, 1),
    opt("ctorigsrc", Has::Required, 2),
    opt("ctorigdst", Has::Required, 3),
    opt("ctreplsrc", Has::Required, 4),
    opt("ctrepldst", Has::Required, 5),
];
pub const STATE_OPTS: &[Opt] = &[opt("state", Has::Required, 1)];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conntrack {
    pub info: Vec<u8>,
}

impl Conntrack {
    pub fn new(state_alias: bool) -> Conntrack {
        let mut info = vec![0u8; SIZE];
        if state_alias {
            info[MATCH_FLAGS..MATCH_FLAGS + 2].copy_from_slice(&F_STATE_ALIAS.to_ne_bytes());
        }
        Conntrack { info }
    }

    fn get(&self, at: usize) -> u16 {
        ne16(&self.info, at)
    }

    fn set(&mut self, at: usize, v: u16) {
        self.info[at..at + 2].copy_from_slice(&v.to_ne_bytes());
    }

    pub fn is_state(&self) -> bool {
        self.get(MATCH_FLAGS) & F_STATE_ALIAS != 0
    }

    pub fn opts(&self) -> &'static [Opt] {
        if self.is_state() {
            STATE_OPTS
        } else {
            CONNTRACK_OPTS
        }
    }

    pub fn parse(&mut self, id: u8, arg: &str, inv: bool) -> crate::error::Result<()> {
        let flag = if id == 1 {
            let mut mask = 0u16;
            for word in arg.split(',') {
                match STATES.iter().find(|(n, _)| n.eq_ignore_ascii_case(word)) {
                    Some((_, bit)) => mask |= bit,
                    None if self.is_state() => {
                        return Err(bad(format_args!("Bad state \"{word}\"")))
                    }
                    None => return Err(bad(format_args!("Bad ctstate \"{word}\""))),
                }
            }
            self.set(STATE_MASK, mask);
            F_STATE
        } else {
            let (flag, at, _, _) = ADDRS[usize::from(id - 2)];
            let (addr, mask) = crate::iptables::addr::one_address(arg)?;
            self.info[at..at + 4].copy_from_slice(&addr);
            self.info[at + 16..at + 20].copy_from_slice(&mask);
            flag
        };
        self.set(MATCH_FLAGS, self.get(MATCH_FLAGS) | flag);
        if inv {
            self.set(INVERT_FLAGS, self.get(INVERT_FLAGS) | flag);
        }
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        if self.get(MATCH_FLAGS) & !F_STATE_ALIAS == 0 {
            return Err(bad(if self.is_state() {
                "state: option \"--state\" must be specified\n"
            } else {
                "conntrack: At least one option is required\n"
            }));
        }
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        expr::xt(w, false, "conntrack", 3, &self.info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Conntrack> {
        if rev != 3 || info.len() < SIZE {
            return None;
        }
        Some(Conntrack {
            info: info[..SIZE].to_vec(),
        })
    }

    fn states(&self, out: &mut String) {
        let mask = self.get(STATE_MASK);
        let mut sep = "";
        for (name, bit) in STATES {
            if mask & bit != 0 {
                out.push_str(sep);
                out.push_str(name);
                sep = ",";
            }
        }
    }

    fn addr_text(&self, at: usize) -> String {
        let a = |o: usize| {
            [
                self.info[o],
                self.info[o + 1],
                self.info[o + 2],
                self.info[o + 3],
            ]
        };
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
    fn words(&self, out: &mut String, save: bool) {
        let flags = self.get(MATCH_FLAGS);
        let inv = self.get(INVERT_FLAGS);
        if flags & F_STATE != 0 {
            if inv & F_STATE != 0 {
                out.push_str(" !");
            }
            out.push_str(match (self.is_state(), save) {
                (true, true) => " --state ",
                (true, false) => " state ",
                (false, true) => " --ctstate ",
                (false, false) => " ctstate ",
            });
            self.states(out);
        }
        for (flag, at, option, word) in ADDRS {
            if flags & flag != 0 {
                if inv & flag != 0 {
                    out.push_str(" !");
                }
                out.push(' ');
                out.push_str(if save { option } else { word });
                out.push(' ');
                out.push_str(&self.addr_text(*at));
            }
        }
    }

    pub fn save(&self, out: &mut String) {
        self.words(out, true);
    }

    pub fn print(&self, out: &mut String) {
        self.words(out, false);
    }
}
