//! `type macsec [[address LLADDR] port PORT | sci SCI] [cipher …] [icvlen N] [encrypt on|off]
//! …` and its details (`sci 0200000000010001 protect on cipher GCM-AES-128 icvlen 16 …`).

use super::complaints::kind_usage;
use crate::cli::num::{get_u16, get_u8, strtoul};
use crate::cli::{duparg, duparg2, invarg, one_of, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::Names;
use crate::ip::lladdr;
use crate::netlink::attr::{self, Table};
use crate::output::{pr, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

pub const USAGE: &str = include_str!("usage/macsec.txt");

const SCI: u16 = 1;
const PORT: u16 = 2;
const ICV_LEN: u16 = 3;
const CIPHER: u16 = 4;
const WINDOW: u16 = 5;
const ENCODING_SA: u16 = 6;
const REPLAY: u16 = 12;
const VALIDATION: u16 = 13;
const OFFLOAD: u16 = 15;

/// The cipher suites by name (`default` is the old id of GCM-AES-128).
const CIPHERS: &[(&str, u64)] = &[
    ("default", 0x0080_0200_0100_0001),
    ("gcm-aes-128", 0x0080_C200_0100_0001),
    ("gcm-aes-256", 0x0080_C200_0100_0002),
    ("gcm-aes-xpn-128", 0x0080_C200_0100_0003),
    ("gcm-aes-xpn-256", 0x0080_C200_0100_0004),
];

/// The on/off switches: word, attribute, JSON key.
const SWITCHES: &[(&str, u16, &str)] = &[
    ("protect", 8, "protect"),
    ("encrypt", 7, "encrypt"),
    ("send_sci", 9, "inc_sci"),
    ("end_station", 10, "es"),
    ("scb", 11, "scb"),
    ("replay", REPLAY, "replay_protect"),
];

const VALIDATE: &[&str] = &["disabled", "check", "strict"];
const OFFLOADS: &[&str] = &["off", "phy", "mac"];

fn unknown(w: &str) -> Error {
    kind_usage(Some(format!("macsec: unknown command \"{w}\"?")), USAGE)
}

/// `parse_one_of` as macsec reports it (exit 1).
fn pick(key: &str, v: &str, words: &[&str]) -> Result<u8> {
    one_of(key, v, words)
        .map(|i| i as u8)
        .map_err(|e| Error::ip_fail_text(e.text))
}

/// `port N`: 1..65535.
fn port(v: &str) -> Result<u16> {
    match get_u16(v) {
        Some(0) => Err(invarg("expected port != 0", v)),
        Some(p) => Ok(p),
        None => Err(invarg("expected port", v)),
    }
}

pub fn parse(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    // the SCI words come first or not at all
    let (mut mac, mut pt, mut sci, mut named) = (None, 0u16, 0u64, false);
    if args.peek() == Some("address") {
        args.next();
        let v = args.value()?;
        let b = lladdr::parse(v).map_err(|part| {
            Error::ip_usage(format_args!(
                "{}\nError: argument \"{v}\" is wrong: expected lladdr",
                lladdr::invalid(part)
            ))
        })?;
        let mut m = [0u8; 6];
        for (d, s) in m.iter_mut().zip(&b) {
            *d = *s;
        }
        mac = Some(m);
        named = true;
    }
    if args.peek() == Some("port") {
        args.next();
        pt = port(args.value()?)?;
        if let Some(m) = mac {
            let mut b = [0u8; 8];
            b[..6].copy_from_slice(&m);
            b[6..].copy_from_slice(&pt.to_be_bytes());
            sci = u64::from_be_bytes(b);
        }
        named = true;
    } else if args.peek() == Some("sci") {
        if mac.is_some() {
            return Err(invarg("expected port", "sci"));
        }
        args.next();
        let v = args.value()?;
        sci = strtoul(v, 16).ok_or_else(|| invarg("expected sci", v))?;
        named = true;
    }
    if sci != 0 {
        out.push(attr::bytes(SCI, &sci.to_be_bytes()));
    } else if named {
        out.push(attr::u16_be(PORT, pt));
    }
    let (mut cipher, mut icv, mut sa) = (None, None, None);
    let (mut window, mut replay) = (u32::MAX, None);
    while let Some(w) = args.next().map(str::to_string) {
        if let Some(&(key, id, _)) = SWITCHES.iter().find(|(k, _, _)| *k == w) {
            let on = pick(key, args.value()?, &["off", "on"])?;
            if id == REPLAY {
                replay = Some(on);
            } else {
                out.push(attr::u8(id, on));
            }
            continue;
        }
        match w.as_str() {
            "cipher" => {
                let v = args.value()?;
                if cipher.is_some() {
                    return Err(duparg("cipher", v));
                }
                let id = CIPHERS.iter().find(|(n, _)| *n == v).map(|&(_, id)| id);
                cipher = Some(id.ok_or_else(|| {
                    invarg(
                        "expected: default, gcm-aes-128, gcm-aes-256, gcm-aes-xpn-128 or gcm-aes-xpn-256",
                        v,
                    )
                })?);
            }
            "icvlen" => {
                let v = args.value()?;
                if icv.is_some() {
                    return Err(duparg("icvlen", v));
                }
                let n = strtoul(v, 10)
                    .and_then(|n| u8::try_from(n).ok())
                    .ok_or_else(|| invarg("expected ICV length", v))?;
                if !(8..=16).contains(&n) {
                    return Err(invarg("ICV length must be in the range {8..16}", v));
                }
                icv = Some(n);
            }
            "window" => {
                let v = args.value()?;
                window = strtoul(v, 0)
                    .and_then(|n| u32::try_from(n).ok())
                    .ok_or_else(|| invarg("expected replay window size", v))?;
            }
            "validate" => out.push(attr::u8(VALIDATION, pick(&w, args.value()?, VALIDATE)?)),
            "offload" => out.push(attr::u8(OFFLOAD, pick(&w, args.value()?, OFFLOADS)?)),
            "encodingsa" => {
                let v = args.value()?;
                if sa.is_some() {
                    return Err(duparg2("encodingsa", "encodingsa"));
                }
                sa = Some(
                    get_u8(v)
                        .filter(|&n| n <= 3)
                        .ok_or_else(|| invarg("expected an { 0..3 }", v))?,
                );
            }
            _ => return Err(unknown(&w)),
        }
    }
    if let Some(c) = cipher {
        out.push(attr::u64(CIPHER, c));
    }
    if let Some(n) = icv {
        out.push(attr::u8(ICV_LEN, n));
    }
    match replay {
        Some(1) if window == u32::MAX => {
            return Err(Error::ip_fail(
                "replay protection enabled, but no window set. did you mean 'replay on window VALUE'?",
            ))
        }
        Some(on) => {
            out.push(attr::u32(WINDOW, window));
            out.push(attr::u8(REPLAY, on));
        }
        None if window != u32::MAX => {
            return Err(Error::ip_fail(format_args!(
                "replay window set, but replay protection not enabled. did you mean 'replay on window {window}'?"
            )))
        }
        None => {}
    }
    if let Some(n) = sa {
        out.push(attr::u8(ENCODING_SA, n));
    }
    Ok(out)
}

/// `NAME on|off ` (a JSON boolean) for a u8 switch.
fn switch<W: Write>(p: &mut Printer<W>, a: &Table<16>, id: u16, word: &str, key: &str) {
    if let Some(v) = a.u8(id) {
        let on = v != 0;
        let s = if on { "on" } else { "off" };
        p.value(Show::Any, Some(key), format_args!("{word} {s} "), &on);
    }
}

pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<16> = Table::new(data);
    if let Some(sci) = a.get(SCI).and_then(attr::be64_of) {
        let s = format!("{sci:016x}");
        pr!(p, Any, "sci", "sci {} ", s.as_str());
    }
    switch(p, &a, 8, "protect", "protect");
    if let Some(c) = a.u64(CIPHER) {
        let name = match CIPHERS.iter().position(|&(_, id)| id == c) {
            Some(0 | 1) => "GCM-AES-128",
            Some(2) => "GCM-AES-256",
            Some(3) => "GCM-AES-XPN-128",
            Some(_) => "GCM-AES-XPN-256",
            None => "(unknown)",
        };
        pr!(p, Any, "cipher_suite", "cipher {} ", name);
    }
    if let Some(n) = a.u8(ICV_LEN) {
        pr!(p, Any, "icv_len", "icvlen {} ", n);
    }
    if let Some(n) = a.u8(ENCODING_SA) {
        pr!(p, Any, "encoding_sa", "encodingsa {} ", n);
    }
    for (id, key, word, names) in [
        (VALIDATION, "validation", "validate", VALIDATE),
        (OFFLOAD, "offload", "offload", OFFLOADS),
    ] {
        if let Some(v) = a.u8(id) {
            let name = names.get(v as usize).unwrap_or(&"(unknown)");
            p.value(Show::Any, Some(key), format_args!("{word} {name} "), name);
        }
    }
    for &(word, id, key) in SWITCHES.iter().skip(1) {
        switch(p, &a, id, word, key);
    }
    if let Some(n) = a.u32(WINDOW) {
        pr!(p, Any, "window", "window {} ", n);
    }
}
