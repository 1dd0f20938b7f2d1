//! The `arp` listing: the kernel's ARP table, Linux style (a header, columns) or BSD style (`-a`),
//! filtered by interface, hardware type and host, names resolved unless `-n`.

use super::ioctl::{ATF_COM, ATF_DONTPUB, ATF_PERM, ATF_PUBL};
use super::opts::Opts;
use crate::error::{io_text, strerror, Error, Result};
use crate::netlink::rtnl::link;
use crate::netlink::rtnl::neigh::*;
use crate::netlink::rtnl::{ip_of, AF_INET, RTM_GETNEIGH, RTM_NEWNEIGH};
use crate::netlink::{Fail, Socket, Wire};
use crate::output::{Buf, IpText};
use crate::resolve;
use std::collections::HashMap;
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

/// One row of the table, as /proc/net/arp would give it.
struct Entry<'a> {
    ip: &'a str,
    hwtype: u32,
    flags: u32,
    mac: &'a str,
    dev: &'a str,
}

/// A device's name and hardware type (ARPHRD_*), asked of the kernel once.
struct Devices {
    sock: Socket,
    known: HashMap<u32, (String, u32)>,
}

impl Devices {
    fn get(&mut self, index: u32) -> (String, u32) {
        if index == 0 {
            // a proxy entry for every device
            return ("*".into(), 0);
        }
        self.known
            .entry(index)
            .or_insert_with(|| {
                link::get(&mut self.sock, index, |l| {
                    Some((l.name().to_string(), u32::from(l.ltype)))
                })
                .ok()
                .flatten()
                .unwrap_or_default()
            })
            .clone()
    }
}

/// The ARP table in the kernel's order, as /proc/net/arp lists it (the same hash walk):
/// the IPv4 neighbours but those in no state or NOARP alone, then the proxy entries.
/// Read from two rtnetlink dumps, which cost the kernel far less than the text file.
fn walk(each: &mut dyn FnMut(&Entry) -> std::io::Result<()>) -> Result<usize> {
    let fail = |e: std::io::Error| Error::arp_fail(format_args!("/proc/net/arp: {}", io_text(&e)));
    let mut sock = Socket::route().map_err(fail)?;
    let mut devices = Devices {
        sock: Socket::route().map_err(fail)?,
        known: HashMap::new(),
    };
    let mut total = 0;
    let mut failed: Option<std::io::Error> = None;
    for proxy in [false, true] {
        let flags = if proxy { NTF_PROXY } else { 0 };
        let req = [AF_INET, 0, 0, 0, 0, 0, 0, 0, 0, 0, flags, 0];
        let r = sock.dump(Wire(RTM_GETNEIGH, &req), &mut |m| {
            let Some(n) =
                Neigh::parse(m.payload).filter(|n| m.kind == RTM_NEWNEIGH && n.family == AF_INET)
            else {
                return Ok(());
            };
            if !proxy && n.state & !NUD_NOARP == 0 {
                return Ok(());
            }
            let Some(ip) = n.attr.get(NDA_DST).and_then(ip_of) else {
                return Ok(());
            };
            let (dev, hwtype) = devices.get(n.index);
            let ip = IpText::new(ip);
            let mut mac = String::with_capacity(18);
            match n.attr.get(NDA_LLADDR).filter(|_| !proxy) {
                Some(a) => push_mac(&mut mac, a),
                None => mac.push_str("00:00:00:00:00:00"),
            }
            let flags = if proxy {
                ATF_PUBL | ATF_PERM
            } else if n.state & NUD_PERMANENT != 0 {
                ATF_PERM | ATF_COM
            } else if n.state & NUD_VALID != 0 {
                ATF_COM
            } else {
                0
            };
            total += 1;
            let e = Entry {
                ip: ip.as_str(),
                hwtype,
                flags,
                mac: &mac,
                dev: &dev,
            };
            if failed.is_none() {
                if let Err(err) = each(&e) {
                    failed = Some(err);
                }
            }
            Ok(())
        });
        if let Some(e) = failed.take() {
            return Err(e.into());
        }
        r.map_err(|f| {
            let text = match f {
                Fail::Nack(n) => strerror(n.errno),
                Fail::Io(e) => io_text(&e),
                Fail::App(e) => return e,
            };
            Error::arp_fail(format_args!("/proc/net/arp: {text}"))
        })?;
    }
    Ok(total)
}

/// A hardware address as the kernel writes it in /proc/net/arp.
fn push_mac(s: &mut String, a: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for (i, b) in a.iter().enumerate() {
        if i > 0 {
            s.push(':');
        }
        s.push(char::from(HEX[usize::from(b >> 4)]));
        s.push(char::from(HEX[usize::from(b & 15)]));
    }
}

/// `s` cut to `width` and padded with spaces to it (printf's `%-W.Ws`).
fn pad(out: &mut impl Write, s: &str, width: usize) -> std::io::Result<()> {
    let s = &s.as_bytes()[..s.len().min(width)];
    out.write_all(s)?;
    const SPACES: &[u8; 32] = b"                                ";
    out.write_all(&SPACES[..width.saturating_sub(s.len()).min(32)])
}

/// The address of a host argument, or the reference's complaint: "Unknown host" when no
/// source knows it, "Host name lookup failure" when DNS could not tell.
pub fn lookup(h: &str) -> Result<String> {
    resolve::addr_of(h).map_err(|miss| {
        let why = match miss {
            resolve::Miss::NotFound => "Unknown host",
            resolve::Miss::Failed => "Host name lookup failure",
        };
        Error::arp_fail(format_args!("{h}: {why}"))
    })
}

pub fn display(o: &Opts) -> Result<()> {
    let host = o.words.first();
    let want_ip = match host {
        Some(h) => Some(lookup(h)?),
        None => None,
    };
    let bsd = o.bsd && !o.linux;
    let mut out = Buf::with_capacity(32 * 1024, std::io::stdout().lock());
    let (mut shown, mut skipped) = (0, 0);
    let total = walk(&mut |e| {
        if o.device.as_deref().is_some_and(|d| d != e.dev)
            || want_ip.as_deref().is_some_and(|ip| ip != e.ip)
            || o.hw.is_some_and(|t| t != e.hwtype)
        {
            skipped += 1;
            return Ok(());
        }
        let name = if o.numeric {
            None
        } else {
            resolve::name_of(e.ip)
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
                out.write_all(
                    b"Address                  HWtype  HWaddress           Flags Mask            Iface\n",
                )?;
            }
            pad(&mut out, name.as_deref().unwrap_or(e.ip), 23)?;
            out.write_all(b"  ")?;
            if from_if {
                pad(&mut out, "*", 8)?;
                pad(&mut out, "<from_interface>", 20)?;
            } else if complete {
                pad(&mut out, hw, 8)?;
                pad(&mut out, e.mac, 20)?;
            } else {
                pad(&mut out, "", 8)?;
                pad(&mut out, "(incomplete)", 20)?;
            }
            let mut flags = [b' '; 6];
            let mut k = 0;
            for (bit, c) in [(ATF_COM, b'C'), (ATF_PERM, b'M'), (ATF_PUBL, b'P')] {
                if e.flags & bit != 0 {
                    flags[k] = c;
                    k += 1;
                }
            }
            out.write_all(&flags)?;
            // the Mask column: /proc/net/arp never has a netmask
            pad(&mut out, "", 15)?;
            out.write_all(b" ")?;
            out.write_all(e.dev.as_bytes())?;
            out.write_all(b"\n")?;
        }
        shown += 1;
        Ok(())
    })?;
    if o.verbose {
        writeln!(out, "Entries: {total}\tSkipped: {skipped}\tFound: {shown}")?;
    }
    out.flush()?;
    drop(out);
    let filtered = o.device.is_some() || o.hw.is_some() || host.is_some();
    if shown == 0 && (filtered || total != 0) {
        match (&host, bsd) {
            (Some(h), false) => {
                let ip = want_ip.unwrap_or_default();
                println!("{h} ({ip}) -- no entry");
            }
            _ => println!("arp: in {total} entries no match found."),
        }
    }
    Ok(())
}
