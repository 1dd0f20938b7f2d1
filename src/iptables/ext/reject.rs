//! `-j REJECT [--reject-with TYPE]`: the xt `REJECT` target, revision 0 (one u32, the
//! kernel's `ipt_reject_with`, padded to 8 bytes as iptables-nft sends it).

use super::blob::{bad, ne32};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};
use std::io::Write;

const WITH: u8 = 1;

pub const OPTS: &[Opt] = &[opt("reject-with", Has::Required, WITH)];

/// The types by their kernel number (ipt_reject_with), with the alias each also answers to.
/// 4 (echo-reply) is no longer accepted.
const TYPES: &[(u32, &str, &str)] = &[
    (0, "icmp-net-unreachable", "net-unreach"),
    (1, "icmp-host-unreachable", "host-unreach"),
    (2, "icmp-proto-unreachable", "proto-unreach"),
    (3, "icmp-port-unreachable", "port-unreach"),
    (5, "icmp-net-prohibited", "net-prohib"),
    (6, "icmp-host-prohibited", "host-prohib"),
    (7, "tcp-reset", "tcp-rst"),
    (8, "icmp-admin-prohibited", "admin-prohib"),
];

/// The default: ICMP port unreachable.
const PORT_UNREACHABLE: u32 = 3;

#[derive(Debug, Clone)]
pub struct Reject {
    pub with: u32,
    given: bool,
}

impl Default for Reject {
    fn default() -> Reject {
        Reject {
            with: PORT_UNREACHABLE,
            given: false,
        }
    }
}

/// Whether `word` begins `name`, ignoring case (an empty word begins every name).
fn starts(name: &str, word: &str) -> bool {
    name.len() >= word.len() && name.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
}

impl Reject {
    pub fn parse(&mut self, id: u8, arg: &str, inv: bool) -> crate::error::Result<()> {
        if id != WITH {
            return Ok(());
        }
        if self.given {
            return Err(bad(
                "REJECT: option \"--reject-with\" can only be used once.\n",
            ));
        }
        if inv {
            return Err(bad(
                "REJECT: option \"--reject-with\" cannot be inverted.\n",
            ));
        }
        let hit = TYPES
            .iter()
            .find(|(_, name, alias)| starts(name, arg) || starts(alias, arg));
        let Some((with, _, _)) = hit else {
            if starts("echo-reply", arg) || starts("echoreply", arg) {
                let _ =
                    std::io::stderr().write_all(b"--reject-with echo-reply no longer supported\n");
            }
            return Err(bad(format_args!("unknown reject type \"{arg}\"")));
        };
        self.with = *with;
        self.given = true;
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        let mut info = [0u8; 8];
        info[..4].copy_from_slice(&self.with.to_ne_bytes());
        expr::xt(w, true, "REJECT", 0, &info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Reject> {
        if rev != 0 || info.len() < 4 {
            return None;
        }
        Some(Reject {
            with: ne32(info, 0),
            given: true,
        })
    }

    fn word(&self) -> String {
        match TYPES.iter().find(|(n, _, _)| *n == self.with) {
            Some((_, name, _)) => (*name).to_string(),
            None => self.with.to_string(),
        }
    }

    pub fn save(&self, out: &mut String) {
        out.push_str(" --reject-with ");
        out.push_str(&self.word());
    }

    pub fn print(&self, out: &mut String) {
        out.push_str(" reject-with ");
        out.push_str(&self.word());
    }
}

/// Rules are the same when their types are (whether the option was written is not part of
/// the rule).
impl PartialEq for Reject {
    fn eq(&self, other: &Reject) -> bool {
        self.with == other.with
    }
}

impl Eq for Reject {}
