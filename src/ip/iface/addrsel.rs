//! The address selectors of `ip address show` and `flush`: `to PREFIX`, `scope SCOPE|all`,
//! `label PATTERN` and the flag words (`permanent`, `dynamic`, `primary`, `secondary`, any
//! flag name, each negated by a leading `-`; the last word about a flag wins).

use super::addrflags::FLAG_NAMES;
use crate::cli::glob::fnmatch;
use crate::cli::{invarg, Args};
use crate::error::Result;
use crate::ip::prefix::{get_prefix, Inet};
use crate::ip::rtnames::scope_a2n;
use crate::netlink::rtnl::addr::{Addr, IFA_F_PERMANENT, IFA_F_SECONDARY};

#[derive(Debug, Default, Clone)]
pub struct AddrFilter {
    /// AF_* (0: any).
    pub family: u8,
    pub scope: u8,
    pub scope_mask: u8,
    pub flags: u32,
    pub flag_mask: u32,
    pub label: Option<String>,
    pub to: Option<Inet>,
}

impl AddrFilter {
    pub fn new(family: u8) -> AddrFilter {
        AddrFilter {
            family,
            ..AddrFilter::default()
        }
    }

    /// Read one selector word (and its value); false when `w` is not one.
    pub fn word(&mut self, w: &str, args: &mut Args) -> Result<bool> {
        match w {
            "to" => {
                let p = get_prefix(args.value()?, self.family)?;
                if self.family == 0 {
                    self.family = p.family;
                }
                self.to = Some(p);
            }
            "scope" => {
                let v = args.value()?;
                if v == "all" {
                    self.scope = 0;
                    self.scope_mask = 0;
                } else {
                    self.scope = scope_a2n(v).ok_or_else(|| invarg("invalid \"scope\"\n", v))?;
                    self.scope_mask = 0xff;
                }
            }
            "label" => self.label = Some(args.value()?.to_string()),
            _ => return Ok(self.flag_word(w)),
        }
        Ok(true)
    }

    fn set_flag(&mut self, bit: u32, on: bool) {
        self.flag_mask |= bit;
        if on {
            self.flags |= bit;
        } else {
            self.flags &= !bit;
        }
    }

    /// A flag word, optionally negated with a leading `-`.
    fn flag_word(&mut self, word: &str) -> bool {
        let (on, name) = match word.strip_prefix('-') {
            Some(rest) => (false, rest),
            None => (true, word),
        };
        match name {
            "dynamic" => self.set_flag(IFA_F_PERMANENT, !on),
            "primary" => self.set_flag(IFA_F_SECONDARY, !on),
            _ => match FLAG_NAMES.iter().find(|(n, _)| *n == name) {
                Some(&(_, bit)) => self.set_flag(bit, on),
                None => return false,
            },
        }
        true
    }

    /// Whether any selector narrows the addresses.
    pub fn narrows(&self) -> bool {
        self.family != 0
            || self.scope_mask != 0
            || self.flag_mask != 0
            || self.label.is_some()
            || self.to.is_some()
    }

    /// Only primary addresses: deleting them changes the rest, so a flush takes one round.
    pub fn primary_only(&self) -> bool {
        self.flag_mask & IFA_F_SECONDARY != 0 && self.flags & IFA_F_SECONDARY == 0
    }

    /// Every selector; `link_name` gives the label of addresses without one.
    pub fn accepts(&self, a: &Addr, link_name: &dyn Fn() -> String) -> bool {
        self.accepts_but_to(a, link_name) && self.accepts_to(a)
    }

    /// The `to PREFIX` selector alone (on the local address).
    pub fn accepts_to(&self, a: &Addr) -> bool {
        match (&self.to, a.local_bytes()) {
            (None, _) => true,
            (Some(to), Some(b)) => to.contains(a.family, b),
            (Some(_), None) => false,
        }
    }

    /// Every selector but `to`.
    pub fn accepts_but_to(&self, a: &Addr, link_name: &dyn Fn() -> String) -> bool {
        if self.family != 0 && a.family != self.family {
            return false;
        }
        if (a.scope ^ self.scope) & self.scope_mask != 0 {
            return false;
        }
        if (a.flags ^ self.flags) & self.flag_mask != 0 {
            return false;
        }
        if let Some(pattern) = &self.label {
            let matched = match a.label() {
                Some(l) => fnmatch(pattern.as_bytes(), l.as_bytes()),
                None => fnmatch(pattern.as_bytes(), link_name().as_bytes()),
            };
            if !matched {
                return false;
            }
        }
        true
    }
}
