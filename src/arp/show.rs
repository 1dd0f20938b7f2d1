//! The `arp` listing: /proc/net/arp, Linux style (a header, columns) or BSD style (`-a`),
//! filtered by interface, hardware type and host, names resolved unless `-n`.

use super::ioctl::{ATF_COM, ATF_DONTPUB, ATF_NETMASK, ATF_PERM, ATF_PUBL};
use super::Opts;
use crate::error::{Error, Result};
use crate::resolve;
use std::io::Write;

/// ARPHRD number → net-tools hardware type name.
pub fn hw_name(t: u32) -> Option<&'static str> {
    Some(match t {
        1 => "ether",
        3 => "ax25",
        0 => "netrom",
        270 => "rose",
        7 => "arcnet",
        15 => "dlci",
        774 => "fddi",
        780 => "hippi",
        783 => "irda",
        271 => "x25",
        27 => "eui64",
        781 => "ash",
        _ => return None,
    })
}

struct Entry {
    ip: String,
    hwtype: u32,
    flags: u32,
    mac: String,
    mask: String,
    dev: String,
}

fn read_table() -> Result<Vec<Entry>> {
    let text = std::fs::read_to_string("/proc/net/arp").map_err(|e| {
        Error::arp_fail(format_args!("/proc/net/arp: {}", crate::error::io_text(&e)))
    })?;
    let hex = |s: &str| crate::cli::num::strtoul(s, 16).map_or(0, |v| v as u32);
    Ok(text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() < 6 {
                return None;
            }
            Some(Entry {
                ip: f[0].to_string(),
                hwtype: hex(f[1]),
                flags: hex(f[2]),
                mac: f[3].to_string(),
                mask: f[4].to_string(),
                dev: f[5].to_string(),
            })
        })
        .collect())
}

/// The address of a host argument, or the reference's complaint: a numeric form the
/// resolver rejects is unknown, a name needs a lookup that fails.
pub fn lookup(h: &str) -> Result<String> {
    resolve::addr_of(h).ok_or_else(|| {
        let numeric = h.contains(':') || h.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        let why = if numeric {
            "Unknown host"
        } else {
            "Host name lookup failure"
        };
        Error::arp_fail(format_args!("{h}: {why}"))
    })
}

pub fn display(o: &Opts) -> Result<()> {
    let table = read_table()?;
    let host = o.words.first();
    let want_ip = match host {
        Some(h) => Some(lookup(h)?),
        None => None,
    };
    let bsd = o.bsd && !o.linux;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut shown, mut skipped) = (0, 0);
    for e in &table {
        if o.device.as_deref().is_some_and(|d| d != e.dev)
            || want_ip.as_deref().is_some_and(|ip| ip != e.ip)
            || o.hw.is_some_and(|t| t != e.hwtype)
        {
            skipped += 1;
            continue;
        }
        let name = if o.numeric {
            None
        } else {
            resolve::name_of(&e.ip)
        };
        let complete = e.flags & ATF_COM != 0 || e.flags & ATF_PUBL != 0;
        let hw = hw_name(e.hwtype).unwrap_or("");
        // a proxy entry without a hardware address answers for the interface's own
        let from_if = e.flags & ATF_PUBL != 0 && e.flags & ATF_COM == 0;
        if bsd {
            write!(out, "{} ({}) at ", name.as_deref().unwrap_or("?"), e.ip)?;
            if from_if {
                write!(out, "<from_interface> ")?;
            } else if complete {
                write!(out, "{} [{hw}] ", e.mac)?;
            } else {
                write!(out, "<incomplete> ")?;
            }
            if e.flags & ATF_NETMASK != 0 {
                write!(out, "netmask {} ", e.mask)?;
            }
            if e.flags & ATF_PERM != 0 {
                write!(out, "PERM ")?;
            }
            if e.flags & ATF_PUBL != 0 {
                write!(out, "PUB ")?;
            }
            if e.flags & ATF_DONTPUB != 0 {
                write!(out, "DONTPUB ")?;
            }
            writeln!(out, "on {}", e.dev)?;
        } else {
            if shown == 0 {
                writeln!(
                    out,
                    "Address                  HWtype  HWaddress           Flags Mask            Iface"
                )?;
            }
            let addr = name.as_deref().unwrap_or(&e.ip);
            write!(out, "{addr:<23.23}  ")?;
            if from_if {
                write!(out, "{:<8.8}{:<20.20}", "*", "<from_interface>")?;
            } else if complete {
                write!(out, "{hw:<8.8}{:<20.20}", e.mac)?;
            } else {
                write!(out, "{:<8.8}{:<20.20}", "", "(incomplete)")?;
            }
            let mut flags = String::new();
            for (bit, c) in [(ATF_COM, 'C'), (ATF_PERM, 'M'), (ATF_PUBL, 'P')] {
                if e.flags & bit != 0 {
                    flags.push(c);
                }
            }
            let mask = if e.flags & ATF_NETMASK != 0 {
                e.mask.as_str()
            } else {
                ""
            };
            writeln!(out, "{flags:<6.6}{mask:<15.15} {}", e.dev)?;
        }
        shown += 1;
    }
    if o.verbose {
        writeln!(
            out,
            "Entries: {}\tSkipped: {skipped}\tFound: {shown}",
            table.len()
        )?;
    }
    out.flush()?;
    drop(out);
    let filtered = o.device.is_some() || o.hw.is_some() || host.is_some();
    if shown == 0 && (filtered || !table.is_empty()) {
        match (&host, bsd) {
            (Some(h), false) => {
                let ip = want_ip.unwrap_or_default();
                println!("{h} ({ip}) -- no entry");
            }
            _ if o.verbose => {}
            _ => println!("arp: in {} entries no match found.", table.len()),
        }
    }
    Ok(())
}
