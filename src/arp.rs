//! `arp` (net-tools 2.10): display the kernel's IPv4 neighbour table from /proc/net/arp,
//! Linux style (default, `-e`) or BSD style (`-a`), with `-n`, `-i IF`, `-v`, `-H ether` and
//! a host argument. Changing entries (`-s`, `-d`, `-f`) is not built yet.

use crate::error::{Error, Result};
use std::io::Write;
use std::net::Ipv4Addr;

const ATF_COM: u32 = 0x02;
const ATF_PERM: u32 = 0x04;
const ATF_PUBL: u32 = 0x08;
const ATF_NETMASK: u32 = 0x20;
const ATF_DONTPUB: u32 = 0x40;

const VERSION: &str = "net-tools 2.10\n+I18N +SELINUX\nAF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\nHW: (ether) +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 \n";

const USAGE: &str = "Usage:
  arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache
  arp [-v]          [-i <if>] -d  <host> [pub]               <-Delete ARP entry
  arp [-vnD] [<HW>] [-i <if>] -f  [<filename>]            <-Add entry from file
  arp [-v]   [<HW>] [-i <if>] -s  <host> <hwaddr> [temp]            <-Add entry
  arp [-v]   [<HW>] [-i <if>] -Ds <host> <if> [netmask <nm>] pub          <-''-

        -a                       display (all) hosts in alternative (BSD) style
        -e                       display (all) hosts in default (Linux) style
        -s, --set                set a new ARP entry
        -d, --delete             delete a specified entry
        -v, --verbose            be verbose
        -n, --numeric            don't resolve names
        -i, --device             specify network interface (e.g. eth0)
        -D, --use-device         read <hwaddr> from given device
        -A, -p, --protocol       specify protocol family
        -f, --file               read new entries from file or from /etc/ethers

  <HW>=Use '-H <hw>' to specify hardware address type. Default: ether
  List of possible hardware types (which support ARP):
";

/// The end of the usage screen (`--help` writes it to stderr, the rest to stdout).
const HW_LIST: &str = "    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet) 
    dlci (Frame Relay DLCI) fddi (Fiber Distributed Data Interface) hippi (HIPPI) 
    irda (IrLAP) x25 (generic X.25) eui64 (Generic EUI-64) 
";

/// ARPHRD number → net-tools hardware type name.
fn hw_name(t: u32) -> Option<&'static str> {
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

struct Opts {
    bsd: bool,
    /// `-e` wins over `-a` whatever the order
    linux: bool,
    /// `-H TYPE`: only entries of that hardware type
    hw: Option<u32>,
    numeric: bool,
    verbose: bool,
    device: Option<String>,
    host: Option<String>,
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

/// A name for `ip` from /etc/hosts (the resolver the sandboxes and containers have).
fn host_name(ip: &str) -> Option<String> {
    let hosts = std::fs::read_to_string("/etc/hosts").ok()?;
    hosts.lines().find_map(|l| {
        let l = l.split('#').next().unwrap_or("");
        let mut w = l.split_whitespace();
        (w.next()? == ip).then(|| w.next().map(str::to_string))?
    })
}

/// A host argument: dotted quad or a name from /etc/hosts.
fn resolve(host: &str) -> Option<String> {
    if host.parse::<Ipv4Addr>().is_ok() {
        return Some(host.to_string());
    }
    let hosts = std::fs::read_to_string("/etc/hosts").ok()?;
    hosts.lines().find_map(|l| {
        let l = l.split('#').next().unwrap_or("");
        let mut w = l.split_whitespace();
        let ip = w.next()?;
        (ip.parse::<Ipv4Addr>().is_ok() && w.any(|n| n == host)).then(|| ip.to_string())
    })
}

fn display(o: &Opts) -> Result<()> {
    let table = read_table()?;
    let want_ip = match &o.host {
        Some(h) => Some(resolve(h).ok_or_else(|| {
            // a numeric form the resolver rejects is unknown; a name needs a lookup that fails
            let numeric = h.contains(':') || h.bytes().all(|b| b.is_ascii_digit() || b == b'.');
            let why = if numeric {
                "Unknown host"
            } else {
                "Host name lookup failure"
            };
            Error::arp_fail(format_args!("{h}: {why}"))
        })?),
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
        let name = if o.numeric { None } else { host_name(&e.ip) };
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
    let filtered = o.device.is_some() || o.hw.is_some() || o.host.is_some();
    if shown == 0 && (filtered || !table.is_empty()) {
        match (&o.host, bsd) {
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

fn usage_error(msg: &str) -> Error {
    Error::arp_usage_text(format!("{msg}\n{USAGE}{HW_LIST}"))
}

pub fn main(args: crate::cli::Args) -> Result<()> {
    use lexopt::prelude::*;
    let mut o = Opts {
        bsd: false,
        linux: false,
        hw: None,
        numeric: false,
        verbose: false,
        device: None,
        host: None,
    };
    let mut p = lexopt::Parser::from_args(args.rest_raw().to_vec());
    // getopt's wording for an option without its value
    let missing = |c: char| usage_error(&format!("arp: option requires an argument -- '{c}'"));
    loop {
        let arg = match p.next() {
            Ok(Some(a)) => a,
            Ok(None) => break,
            Err(e) => return Err(usage_error(&format!("arp: {e}"))),
        };
        match arg {
            Short('a') | Long("all") => o.bsd = true,
            Short('e') => o.linux = true,
            Short('n') | Long("numeric") => o.numeric = true,
            Short('v') | Long("verbose") => o.verbose = true,
            Short('V') | Long("version") => {
                print!("{VERSION}");
                return Ok(());
            }
            Short('h') | Long("help") => {
                print!("{USAGE}");
                eprint!("{HW_LIST}");
                return Ok(());
            }
            Short('i') | Long("device") => {
                let v = p.value().map_err(|_| missing('i'))?;
                o.device = Some(v.to_string_lossy().into_owned());
            }
            Short('H') | Short('t') | Long("hw-type") => {
                let v = p.value().map_err(|_| missing('H'))?;
                let v = v.to_string_lossy().into_owned();
                let t = hw_name_known(&v)
                    .ok_or_else(|| Error::arp_fail(format_args!("arp: {v}: unknown hardware type.")))?;
                o.hw = Some(t);
            }
            Short('A') | Short('p') | Long("protocol") => {
                let v = p.value().map_err(|_| missing('A'))?;
                let v = v.to_string_lossy().into_owned();
                match v.as_str() {
                    "inet" => {}
                    "inet6" | "unix" | "ipx" | "ax25" | "netrom" | "x25" | "ddp" | "econet"
                    | "rose" => {
                        return Err(Error::arp_fail(format_args!("arp: {v}: kernel only supports 'inet'."),
                        ))
                    }
                    _ => {
                        return Err(Error::arp_fail(format_args!("arp: {v}: unknown address family."),
                        ))
                    }
                }
            }
            Short('s') | Short('d') | Short('f') | Short('D') | Long("set") | Long("delete")
            | Long("file") | Long("use-device") => {
                return Err(Error::arp_fail("arp: changing the ARP table (-s, -d, -f, -D) is not implemented in ipkit yet; use `ip neigh`",
                ))
            }
            Short(c) => return Err(usage_error(&format!("arp: invalid option -- '{c}'"))),
            Long(l) => return Err(usage_error(&format!("arp: unrecognized option '--{l}'"))),
            // the first host is the one shown; the reference ignores the rest
            Value(v) => {
                if o.host.is_none() {
                    o.host = Some(v.to_string_lossy().into_owned());
                }
            }
        }
    }
    display(&o)
}

fn hw_name_known(name: &str) -> Option<u32> {
    [1u32, 3, 0, 270, 7, 15, 774, 780, 783, 271, 27, 781]
        .into_iter()
        .find(|&t| hw_name(t) == Some(name))
}
