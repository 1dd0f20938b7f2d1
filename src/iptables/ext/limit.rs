//! `-m limit --limit N[/UNIT] [--limit-burst N]`: the native nf_tables `limit` expression
//! (packets, a rate per unit in seconds, a burst).

use super::blob::bad;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

pub const OPTS: &[Opt] = &[
    opt("limit", Has::Required, 1),
    opt("limit-burst", Has::Required, 2),
];

const UNITS: &[(&str, u64)] = &[("sec", 1), ("min", 60), ("hour", 3600), ("day", 86400)];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limit {
    pub rate: u64,
    pub unit: u64,
    pub burst: u32,
}

impl Default for Limit {
    fn default() -> Limit {
        Limit {
            rate: 3,
            unit: 3600,
            burst: 5,
        }
    }
}

impl Limit {
    pub fn parse(&mut self, id: u8, arg: &str, _inv: bool) -> crate::error::Result<()> {
        if id == 2 {
            self.burst = arg
                .parse::<u32>()
                .ok()
                .filter(|b| *b <= 10000)
                .ok_or_else(|| bad(format_args!("bad --limit-burst `{arg}'")))?;
            return Ok(());
        }
        let (n, unit) = match arg.split_once('/') {
            Some((n, u)) => {
                let secs = match u.chars().next() {
                    Some('s') if "second".starts_with(u) || u == "sec" => 1,
                    Some('m') if "minute".starts_with(u) || u == "min" => 60,
                    Some('h') if "hour".starts_with(u) => 3600,
                    Some('d') if "day".starts_with(u) => 86400,
                    _ => return Err(bad(format_args!("bad rate `{arg}'"))),
                };
                (n, secs)
            }
            None => (arg, 1),
        };
        self.rate = n
            .parse::<u64>()
            .ok()
            .filter(|r| *r > 0)
            .ok_or_else(|| bad(format_args!("bad rate `{arg}'")))?;
        // xt_limit's scale: 10000 ticks per unit; a faster rate rounds to nothing.
        if 10000u64.saturating_mul(unit) / self.rate == 0 {
            return Err(bad(format_args!("Rate too fast \"{arg}\"")));
        }
        self.unit = unit;
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        expr::limit(w, self.rate, self.unit, self.burst);
    }

    fn rate_text(&self) -> String {
        let unit = UNITS
            .iter()
            .find(|(_, s)| *s == self.unit)
            .map(|(n, _)| *n)
            .unwrap_or("sec");
        format!("{}/{unit}", self.rate)
    }

    pub fn save(&self, out: &mut String) {
        out.push_str(" --limit ");
        out.push_str(&self.rate_text());
        if self.burst != 5 {
            out.push_str(&format!(" --limit-burst {}", self.burst));
        }
    }

    pub fn print(&self, out: &mut String) {
        out.push_str(&format!(
            " limit: avg {} burst {}",
            self.rate_text(),
            self.burst
        ));
    }
}
