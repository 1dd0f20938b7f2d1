//! `type can [bitrate N [sample-point F]] [tq … sjw N] [dbitrate …] [tdcv N tdco N tdcf N]
//! [loopback on|off …] [tdc-mode auto|manual|off] [restart-ms N] [restart] [termination N]`.

use super::complaints::kind_usage;
use crate::cli::num::{get_u16, get_u32};
use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use netlink_packet_core::DefaultNla;

pub const USAGE: &str = include_str!("usage/can.txt");

const BITTIMING: u16 = 1;
const CTRLMODE: u16 = 5;
const RESTART_MS: u16 = 6;
const RESTART: u16 = 7;
const DATA_BITTIMING: u16 = 9;
const TERMINATION: u16 = 11;
const TDC: u16 = 16 | 0x8000;

/// What a word sets.
#[derive(Clone, Copy)]
enum Word {
    /// A field of struct can_bittiming (data bittiming when the flag is set): index.
    Timing(bool, usize),
    /// A sample point (data when set).
    Sample(bool),
    /// TDCV/TDCO/TDCF: index.
    Tdc(usize),
    /// A CAN_CTRLMODE_* bit switched on/off.
    Mode(u32),
    TdcMode,
    Restart,
    RestartMs,
    Termination,
    Help,
}

/// The words in the reference's order of trying them (prefixes match the first).
const WORDS: &[(&str, Word)] = &[
    ("bitrate", Word::Timing(false, 0)),
    ("sample-point", Word::Sample(false)),
    ("tq", Word::Timing(false, 2)),
    ("prop-seg", Word::Timing(false, 3)),
    ("phase-seg1", Word::Timing(false, 4)),
    ("phase-seg2", Word::Timing(false, 5)),
    ("sjw", Word::Timing(false, 6)),
    ("dbitrate", Word::Timing(true, 0)),
    ("dsample-point", Word::Sample(true)),
    ("dtq", Word::Timing(true, 2)),
    ("dprop-seg", Word::Timing(true, 3)),
    ("dphase-seg1", Word::Timing(true, 4)),
    ("dphase-seg2", Word::Timing(true, 5)),
    ("dsjw", Word::Timing(true, 6)),
    ("tdcv", Word::Tdc(0)),
    ("tdco", Word::Tdc(1)),
    ("tdcf", Word::Tdc(2)),
    ("loopback", Word::Mode(0x01)),
    ("listen-only", Word::Mode(0x02)),
    ("triple-sampling", Word::Mode(0x04)),
    ("one-shot", Word::Mode(0x08)),
    ("berr-reporting", Word::Mode(0x10)),
    ("fd", Word::Mode(0x20)),
    ("fd-non-iso", Word::Mode(0x80)),
    ("presume-ack", Word::Mode(0x40)),
    ("cc-len8-dlc", Word::Mode(0x100)),
    ("tdc-mode", Word::TdcMode),
    ("restart", Word::Restart),
    ("restart-ms", Word::RestartMs),
    ("termination", Word::Termination),
    ("help", Word::Help),
];

const TDC_AUTO: u32 = 0x200;
const TDC_MANUAL: u32 = 0x400;

/// `Error: argument "V" is wrong: invalid "KEY" value` and an empty line (exit 255).
fn invalid(key: &str, v: &str) -> Error {
    crate::cli::invarg(&format!("invalid \"{key}\" value\n"), v)
}

/// strtof over the whole word (leading blanks allowed), as C reads a float.
fn strtof(v: &str) -> Option<f32> {
    v.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c'])
        .parse::<f32>()
        .ok()
}

/// The sample point in tenths of a percent: `(u32)(f * 1000)` as the C conversion on x86-64
/// does it (through a 64-bit integer; out of range is 0).
fn permille(f: f32) -> u32 {
    let v = f * 1000.0;
    if v.is_finite() && v.abs() < 9.2e18 {
        v as i64 as u32
    } else {
        0
    }
}

pub fn parse(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    let mut timing = [[0u32; 8]; 2];
    let mut tdc = [u32::MAX; 3];
    let (mut mask, mut flags) = (0u32, 0u32);
    while let Some(w) = args.next().map(str::to_string) {
        let Some(&(key, word)) = WORDS.iter().find(|(k, _)| matches(&w, k)) else {
            return Err(kind_usage(
                Some(format!("can: unknown option \"{w}\"")),
                USAGE,
            ));
        };
        match word {
            Word::Help => return Err(kind_usage(None, USAGE)),
            Word::Restart => out.push(attr::u32(RESTART, 1)),
            Word::Timing(data, i) => {
                let v = args.value()?;
                let n = get_u32(v).ok_or_else(|| invalid(key, v))?;
                if let Some(f) = timing.get_mut(usize::from(data)).and_then(|t| t.get_mut(i)) {
                    *f = n;
                }
            }
            Word::Sample(data) => {
                let v = args.value()?;
                let f = strtof(v).ok_or_else(|| invalid(key, v))?;
                if let Some(t) = timing.get_mut(usize::from(data)) {
                    t[1] = permille(f);
                }
            }
            Word::Tdc(i) => {
                let v = args.value()?;
                let n = get_u32(v).ok_or_else(|| invalid(key, v))?;
                if let Some(f) = tdc.get_mut(i) {
                    *f = n;
                }
            }
            Word::Mode(bit) => {
                let v = args.value()?;
                let on = match v {
                    "on" => true,
                    "off" => false,
                    _ => {
                        return Err(Error::ip_usage(format_args!(
                            "Error: argument of \"{key}\" must be \"on\" or \"off\", not \"{v}\""
                        )))
                    }
                };
                mask |= bit;
                if on {
                    flags |= bit;
                }
            }
            Word::TdcMode => {
                let v = args.value()?;
                let (m, f) = match v {
                    "auto" => (TDC_AUTO, TDC_AUTO),
                    "manual" => (TDC_MANUAL, TDC_MANUAL),
                    "off" => (TDC_AUTO | TDC_MANUAL, 0),
                    _ => {
                        return Err(Error::ip_usage(format_args!(
                            "Error: argument of \"tdc-mode\" must be \"auto\", \"manual\" or \"off\", not \"{v}\""
                        )))
                    }
                };
                mask |= m;
                flags |= f;
            }
            Word::RestartMs => {
                let v = args.value()?;
                out.push(attr::u32(
                    RESTART_MS,
                    get_u32(v).ok_or_else(|| invalid(key, v))?,
                ));
            }
            Word::Termination => {
                let v = args.value()?;
                out.push(attr::u16(
                    TERMINATION,
                    get_u16(v).ok_or_else(|| invalid(key, v))?,
                ));
            }
        }
    }
    for (t, id) in timing.iter().zip([BITTIMING, DATA_BITTIMING]) {
        if t[0] != 0 || t[2] != 0 {
            let b: Vec<u8> = t.iter().flat_map(|v| v.to_ne_bytes()).collect();
            out.push(attr::bytes(id, &b));
        }
    }
    if mask != 0 {
        let mut b = mask.to_ne_bytes().to_vec();
        b.extend(flags.to_ne_bytes());
        out.push(attr::bytes(CTRLMODE, &b));
    }
    let tdc: Vec<DefaultNla> = tdc
        .iter()
        .zip(7u16..)
        .filter(|(v, _)| **v != u32::MAX)
        .map(|(v, id)| attr::u32(id, *v))
        .collect();
    if !tdc.is_empty() {
        out.push(attr::nest(TDC, &tdc));
    }
    Ok(out)
}
