//! `-m statistic --mode random [!] --probability P` / `--mode nth [!] --every N --packet P`:
//! the xt `statistic` match, revision 0 (u16 mode, u16 flags, a 12-byte union of
//! {probability} / {every, packet, count}, and the kernel's 8-byte pointer: 24 bytes).

use super::blob::{bad, ne16, ne32};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

const MODE: u8 = 1;
const PROBABILITY: u8 = 2;
const EVERY: u8 = 3;
const PACKET: u8 = 4;

pub const OPTS: &[Opt] = &[
    opt("mode", Has::Required, MODE),
    opt("probability", Has::Required, PROBABILITY),
    opt("every", Has::Required, EVERY),
    opt("packet", Has::Required, PACKET),
];

const RANDOM: u16 = 0;
const NTH: u16 = 1;
const INVERT: u16 = 1;
/// 2^31: a probability of 1.
const ONE: f64 = 2147483648.0;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Statistic {
    pub mode: Option<u16>,
    pub flags: u16,
    pub probability: u32,
    pub every: u32,
    pub packet: Option<u32>,
    pub every_given: bool,
}

impl Statistic {
    pub fn parse(&mut self, id: u8, arg: &str, inv: bool) -> crate::error::Result<()> {
        let inverted = |what: &str| {
            bad(format_args!(
                "statistic: option \"--{what}\" cannot be inverted.\n"
            ))
        };
        match id {
            MODE => {
                if inv {
                    return Err(inverted("mode"));
                }
                self.mode = Some(match arg {
                    "random" => RANDOM,
                    "nth" => NTH,
                    _ => return Err(bad(format_args!("statistic: Bad mode \"{arg}\"\n"))),
                });
            }
            PROBABILITY => {
                let p = arg
                    .parse::<f64>()
                    .ok()
                    .filter(|p| (0.0..=1.0).contains(p))
                    .ok_or_else(|| {
                        bad("statistic: bad value for option \"--probability\", or out of range (0-1).\n")
                    })?;
                self.probability = (p * ONE).round() as u32;
                if inv {
                    self.flags |= INVERT;
                }
            }
            EVERY => {
                let n = arg.parse::<u32>().ok().filter(|n| *n > 0).ok_or_else(|| {
                    bad("statistic: bad value for option \"--every\", or out of range (1-4294967295).\n")
                })?;
                self.every = n - 1;
                self.every_given = true;
                if inv {
                    self.flags |= INVERT;
                }
            }
            _ => {
                if inv {
                    return Err(inverted("packet"));
                }
                self.packet = Some(arg.parse::<u32>().map_err(|_| {
                    bad("statistic: bad value for option \"--packet\", or out of range (0-4294967295).\n")
                })?);
            }
        }
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        if self.mode.is_none() {
            return Err(bad("statistic: option \"--mode\" must be specified\n"));
        }
        if self.every_given && self.packet.is_none() {
            return Err(bad(
                "statistic: option \"--every\" also requires \"--packet\".\n",
            ));
        }
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        let mut info = [0u8; 24];
        let mode = self.mode.unwrap_or(RANDOM);
        info[0..2].copy_from_slice(&mode.to_ne_bytes());
        info[2..4].copy_from_slice(&self.flags.to_ne_bytes());
        // The union's first word is the probability or `every`; iptables then sets the
        // nth counter to `every - packet`, in random mode too.
        let (first, packet) = if mode == NTH {
            (self.every, self.packet.unwrap_or(0))
        } else {
            (self.probability, 0)
        };
        info[4..8].copy_from_slice(&first.to_ne_bytes());
        info[8..12].copy_from_slice(&packet.to_ne_bytes());
        info[12..16].copy_from_slice(&first.wrapping_sub(packet).to_ne_bytes());
        expr::xt(w, false, "statistic", 0, &info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Statistic> {
        if rev != 0 || info.len() < 16 {
            return None;
        }
        let mode = ne16(info, 0);
        let mut s = Statistic {
            mode: Some(mode),
            flags: ne16(info, 2),
            ..Statistic::default()
        };
        if mode == NTH {
            s.every = ne32(info, 4);
            s.packet = Some(ne32(info, 8));
            s.every_given = true;
        } else {
            s.probability = ne32(info, 4);
        }
        Some(s)
    }

    fn words(&self, out: &mut String, save: bool) {
        let d = if save { "--" } else { "" };
        let inv = if self.flags & INVERT != 0 { " !" } else { "" };
        if self.mode == Some(NTH) {
            out.push_str(&format!(
                " {d}mode nth{inv} {d}every {} {d}packet {}",
                u64::from(self.every) + 1,
                self.packet.unwrap_or(0)
            ));
        } else {
            out.push_str(&format!(
                " {d}mode random{inv} {d}probability {:.11}",
                f64::from(self.probability) / ONE
            ));
        }
    }

    pub fn save(&self, out: &mut String) {
        self.words(out, true);
    }

    pub fn print(&self, out: &mut String) {
        out.push_str(" statistic");
        self.words(out, false);
    }
}
