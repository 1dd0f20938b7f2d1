//! `type can [bitrate N [sample-point F]] [tq … sjw N] [dbitrate …] [tdcv N tdco N tdcf N]
//! [loopback on|off …] [tdc-mode auto|manual|off] [restart-ms N] [restart] [termination N]`,
//! and its details: `<LOOPBACK,FD> state ERROR-ACTIVE (berr-counter tx 0 rx 0) restart-ms 0`
//! and then one indented line per timing block, termination and clock.

use super::complaints::kind_usage;
use crate::cli::num::{get_u16, get_u32};
use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::Names;
use crate::netlink::attr::{self, Table};
use crate::output::{pr, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

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

/// strtof over the whole word (leading blanks allowed), as C reads a float: decimal, `inf`,
/// `nan`, or hexadecimal (`0x1.8p-1`).
fn strtof(v: &str) -> Option<f32> {
    let v = v.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let (neg, rest) = match v.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, v.strip_prefix('+').unwrap_or(v)),
    };
    let Some(hex) = rest.strip_prefix("0x").or_else(|| rest.strip_prefix("0X")) else {
        return v.parse::<f32>().ok();
    };
    let (mant, exp) = match hex.find(['p', 'P']) {
        Some(i) => (&hex[..i], hex[i + 1..].parse::<i32>().ok()?),
        None => (hex, 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut m = 0f64;
    for c in int.chars().chain(frac.chars()) {
        m = m * 16.0 + f64::from(c.to_digit(16)?);
    }
    let e = exp.saturating_sub(4 * i32::try_from(frac.len()).ok()?);
    let f = (m * 2f64.powi(e)) as f32;
    Some(if neg { -f } else { f })
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

const BITTIMING_CONST: u16 = 2;
const CLOCK: u16 = 3;
const STATE: u16 = 4;
const BERR_COUNTER: u16 = 8;
const DATA_BITTIMING_CONST: u16 = 10;
const TERMINATION_CONST: u16 = 12;
const BITRATE_CONST: u16 = 13;
const DATA_BITRATE_CONST: u16 = 14;
const CTRLMODE_EXT: u16 = 17;

/// The CAN_CTRLMODE_* names in the reference's print order.
const MODES: &[(u32, &str)] = &[
    (0x01, "LOOPBACK"),
    (0x02, "LISTEN-ONLY"),
    (0x04, "TRIPLE-SAMPLING"),
    (0x08, "ONE-SHOT"),
    (0x10, "BERR-REPORTING"),
    (0x20, "FD"),
    (0x80, "FD-NON-ISO"),
    (0x40, "PRESUME-ACK"),
    (0x100, "CC-LEN8-DLC"),
    (TDC_AUTO, "TDC-AUTO"),
    (TDC_MANUAL, "TDC-MANUAL"),
];

const STATES: &[&str] = &[
    "ERROR-ACTIVE",
    "ERROR-WARNING",
    "ERROR-PASSIVE",
    "BUS-OFF",
    "STOPPED",
    "SLEEPING",
];

/// The u32 (or u16) words of an attribute.
fn words(b: &[u8], size: usize) -> Vec<u32> {
    b.chunks_exact(size)
        .map(|c| match c {
            [a, b] => u32::from(u16::from_ne_bytes([*a, *b])),
            _ => attr::u32_of(c).unwrap_or(0),
        })
        .collect()
}

/// A ctrlmode bit set: plain `NAME,NAME,…,hex-rest` (the caller adds `<…>`), JSON strings.
fn modes<W: Write>(p: &mut Printer<W>, key: &str, plain: bool, flags: u32) {
    p.open_list(Show::Json, key, "");
    let mut first = true;
    let mut rest = flags;
    for &(bit, name) in MODES {
        if flags & bit != 0 {
            rest &= !bit;
            if plain {
                p.fp(format_args!("{}{name}", if first { "" } else { "," }));
            }
            p.value(Show::Json, None, format_args!(""), name);
            first = false;
        }
    }
    if rest != 0 {
        let hex = format!("{rest:x}");
        if plain {
            p.fp(format_args!("{}{hex}", if first { "" } else { "," }));
        }
        p.value(Show::Json, None, format_args!(""), hex.as_str());
    }
    p.close_array(Show::Json, "");
}

/// `\n\t  bitrate N\n\t     [       1,       22 ]` for a list of fixed bitrates.
fn bitrates<W: Write>(p: &mut Printer<W>, d: &str, key: &str, rate: u32, list: &[u32]) {
    p.nl();
    p.fp(format_args!("\t  {d}bitrate {rate}"));
    p.json(&format!("{key}bittiming_bitrate"), &rate);
    p.nl();
    p.fp_str("\t     [");
    p.open_list(Show::Json, &format!("{key}bitrate_const"), "");
    for (i, v) in list.iter().enumerate() {
        p.fp(format_args!("{}{v:8}", if i == 0 { "" } else { ", " }));
        p.value(Show::Json, None, format_args!(""), v);
    }
    p.close_array(Show::Json, "");
    p.fp_str(" ]");
}

/// One struct can_bittiming (`d` prefixes the data words); JSON object `key`.
fn timing<W: Write>(p: &mut Printer<W>, d: &str, key: &str, t: &[u32]) {
    let [rate, sp, tq, prop, ph1, ph2, sjw, brp] = t[..] else {
        return;
    };
    p.open_object(Some(key));
    p.nl();
    p.value(
        Show::Any,
        Some("bitrate"),
        format_args!("\t  {d}bitrate {rate}"),
        &rate,
    );
    let sp = format!("{:.3}", f64::from(sp) / 1000.0);
    p.value(
        Show::Any,
        Some("sample_point"),
        format_args!(" {d}sample-point {sp}"),
        sp.as_str(),
    );
    for (k, word, v) in [
        ("tq", "tq", tq),
        ("prop_seg", "prop-seg", prop),
        ("phase_seg1", "phase-seg1", ph1),
        ("phase_seg2", "phase-seg2", ph2),
        ("sjw", "sjw", sjw),
        ("brp", "brp", brp),
    ] {
        let lead = if k == "tq" {
            p.nl();
            "\t  "
        } else {
            " "
        };
        p.value(Show::Any, Some(k), format_args!("{lead}{d}{word} {v}"), &v);
    }
}

/// One struct can_bittiming_const (`d` prefixes the words); JSON object `key`, left open.
fn timing_const<W: Write>(p: &mut Printer<W>, d: &str, key: &str, b: &[u8]) {
    let name = attr::cstr(b.get(..16).unwrap_or_default());
    let c = words(b.get(16..).unwrap_or_default(), 4);
    let [t1min, t1max, t2min, t2max, sjwmax, brpmin, brpmax, brpinc] = c[..] else {
        return;
    };
    p.open_object(Some(key));
    p.nl();
    p.value(Show::Any, Some("name"), format_args!("\t  {name}:"), name);
    for (k, lo, hi) in [
        ("tseg1", t1min, t1max),
        ("tseg2", t2min, t2max),
        ("sjw", 1, sjwmax),
        ("brp", brpmin, brpmax),
    ] {
        range(p, &format!("{d}{k}"), k, lo, hi);
    }
    p.value(
        Show::Any,
        Some("brp_inc"),
        format_args!(" {d}brp_inc {brpinc}"),
        &brpinc,
    );
}

/// ` WORD LO..HI`, JSON `"key":{"min":LO,"max":HI}`.
fn range<W: Write>(p: &mut Printer<W>, word: &str, key: &str, lo: u32, hi: u32) {
    p.fp(format_args!(" {word} {lo}..{hi}"));
    p.open_object(Some(key));
    p.json("min", &lo);
    p.json("max", &hi);
    p.close_object();
}

const TDC_WORDS: [&str; 3] = ["tdcv", "tdco", "tdcf"];

pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<20> = Table::new(data);
    if let Some(cm) = a.get(CTRLMODE).map(|b| words(b, 4)) {
        let flags = cm.get(1).copied().unwrap_or(0);
        if flags != 0 {
            p.fp_str("<");
            modes(p, "ctrlmode", true, flags);
            p.fp_str("> ");
        }
        let ext: Table<4> = Table::new(a.get(CTRLMODE_EXT).unwrap_or_default());
        if let Some(sup) = ext.u32(1) {
            modes(p, "ctrlmode_supported", false, sup);
        }
    }
    if let Some(s) = a.u32(STATE) {
        let name = STATES.get(s as usize).unwrap_or(&"UNKNOWN");
        pr!(p, Any, "state", "state {} ", name);
    }
    if let Some(&[tx, rx]) = a.get(BERR_COUNTER).map(|b| words(b, 2)).as_deref() {
        p.open_object(Some("berr_counter"));
        pr!(p, Any, "tx", "(berr-counter tx {} ", tx);
        pr!(p, Any, "rx", "rx {}) ", rx);
        p.close_object();
    }
    if let Some(ms) = a.u32(RESTART_MS) {
        pr!(p, Any, "restart_ms", "restart-ms {} ", ms);
    }
    let tdc: Table<10> = Table::new(a.get(TDC & 0x7fff).unwrap_or_default());
    for (d, key, bt, btc, brc) in [
        ("", "", BITTIMING, BITTIMING_CONST, BITRATE_CONST),
        (
            "d",
            "data_",
            DATA_BITTIMING,
            DATA_BITTIMING_CONST,
            DATA_BITRATE_CONST,
        ),
    ] {
        let t = a.get(bt).map(|b| words(b, 4)).filter(|t| t.len() == 8);
        if let Some(list) = a.get(brc) {
            let rate = t.as_ref().and_then(|t| t.first().copied()).unwrap_or(0);
            bitrates(p, d, key, rate, &words(list, 4));
            continue;
        }
        if let Some(t) = &t {
            timing(p, d, &format!("{key}bittiming"), t);
            let vals: Vec<(&str, u32)> = TDC_WORDS
                .iter()
                .zip(7u16..)
                .filter_map(|(w, id)| tdc.u32(id).map(|v| (*w, v)))
                .collect();
            if !d.is_empty() && !vals.is_empty() {
                p.nl();
                p.fp_str("\t ");
                p.open_object(Some("tdc"));
                for (w, v) in vals {
                    p.value(Show::Any, Some(w), format_args!(" {w} {v}"), &v);
                }
                p.close_object();
            }
            p.close_object();
        }
        if let Some(b) = a.get(btc) {
            timing_const(p, d, &format!("{key}bittiming_const"), b);
            if !d.is_empty() && a.has(TDC & 0x7fff) {
                p.nl();
                p.fp_str("\t ");
                p.open_object(Some("tdc"));
                for (i, w) in TDC_WORDS.iter().enumerate() {
                    let id = 1 + 2 * i as u16;
                    if let (Some(lo), Some(hi)) = (tdc.u32(id), tdc.u32(id + 1)) {
                        range(p, w, w, lo, hi);
                    }
                }
                p.close_object();
            }
            p.close_object();
        }
    }
    if let (Some(t), Some(list)) = (a.u16(TERMINATION), a.get(TERMINATION_CONST)) {
        p.nl();
        pr!(p, Any, "termination", "\t  termination {} [ ", t);
        p.open_list(Show::Json, "termination_const", "");
        for (i, v) in words(list, 2).iter().enumerate() {
            p.fp(format_args!("{}{v}", if i == 0 { "" } else { ", " }));
            p.value(Show::Json, None, format_args!(""), v);
        }
        p.close_array(Show::Json, "");
        p.fp_str(" ]");
    }
    if let Some(c) = a.u32(CLOCK) {
        p.nl();
        pr!(p, Any, "clock", "\t  clock {} ", c);
    }
}
