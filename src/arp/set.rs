//! `arp -s HOST HWADDR [temp] [pub] [trail] [dontpub] [netmask NM]`, `-Ds HOST IF …`,
//! `arp -d HOST [pub] [temp] [netmask NM]` and `arp -f [FILE]` (`/etc/ethers`): net-tools'
//! requests to the kernel, its words, its exit codes.

use super::ioctl::*;
use super::opts::{usage, Opts};
use super::show::lookup;
use crate::error::{exit, strerror, Error, Result};
use crate::netlink::rtnl::link::{self, IFLA_ADDRESS};
use crate::netlink::Socket;
use nix::errno::Errno;
use std::net::Ipv4Addr;

const ETHERS: &str = "/etc/ethers";
const ARPHRD_ETHER: u16 = 1;

/// `arp -s` (or `-Ds`) with the words of the command line.
pub fn set(o: &Opts) -> Result<()> {
    let arp = open()?;
    set_one(o, &arp, &o.words)
}

/// `arp -d`.
pub fn delete(o: &Opts) -> Result<()> {
    let arp = open()?;
    let Some(host) = o.words.first() else {
        return Err(Error::arp_fail("arp: need host name"));
    };
    let mut e = Entry {
        ip: ipv4(&lookup(host)?),
        flags: ATF_PERM,
        dev: o.device.clone(),
        ..Entry::default()
    };
    let mut public = false;
    let mut rest = o.words[1..].iter();
    while let Some(w) = rest.next() {
        match w.as_str() {
            "pub" => public = true,
            "priv" => public = false,
            "temp" => e.flags &= !ATF_PERM,
            "trail" => e.flags |= ATF_USETRAILERS,
            "dontpub" => e.flags |= ATF_DONTPUB,
            "netmask" => netmask(&mut e, rest.next())?,
            _ => return Err(usage()),
        }
    }
    let failed = |how: &str, errno: Errno| {
        Error::arp_fail(format_args!("SIOCDARP({how}): {}", strerror(errno as i32)))
    };
    if !public {
        // the entry itself first, then a proxy entry of that address
        if o.verbose {
            eprintln!("arp: SIOCDARP(dontpub)");
        }
        match arp.delete(&e) {
            Ok(()) => return Ok(()),
            Err(Errno::ENXIO) => {}
            Err(errno) => return Err(failed("dontpub", errno)),
        }
    }
    e.flags |= ATF_PUBL;
    if o.verbose {
        eprintln!("arp: SIOCDARP(pub)");
    }
    match arp.delete(&e) {
        Ok(()) => Ok(()),
        Err(Errno::ENXIO | Errno::ENOENT) => {
            // on stdout, as net-tools prints it
            println!("No ARP entry for {host}");
            Err(Error::arp_reported())
        }
        Err(errno) => Err(failed("pub", errno)),
    }
}

/// `arp -f [FILE]`: each line `HOST HWADDR [FLAGS…]` set as `-s` sets it; a line that fails
/// is reported and skipped, a line with a word `-s` does not take ends it all (usage).
pub fn file(o: &Opts) -> Result<()> {
    let path = o.words.first().map_or(ETHERS, String::as_str);
    let text = std::fs::read(path)
        .map_err(|_| Error::arp_fail(format_args!("arp: cannot open etherfile {path} !")))?;
    let arp = open()?;
    let text = String::from_utf8_lossy(&text);
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let n = n + 1;
        if o.verbose {
            eprint!(">> {line}");
        }
        let t = line.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let words: Vec<String> = t.split_whitespace().map(str::to_string).collect();
        if words.len() < 2 {
            eprintln!("arp: format error on line {n} of etherfile {path} !");
            continue;
        }
        if let Err(e) = set_one(o, &arp, &words) {
            if e.code == exit::ARP_USAGE {
                return Err(e);
            }
            eprint!("{}", e.text);
            eprintln!("arp: cannot set entry on line {n} of etherfile {path} !");
        }
    }
    Ok(())
}

fn open() -> Result<Arp> {
    Arp::open().map_err(|e| Error::arp_fail(format_args!("socket: {}", crate::error::io_text(&e))))
}

/// One `-s HOST HWADDR FLAGS…` (or `-Ds HOST IF FLAGS…`).
fn set_one(o: &Opts, arp: &Arp, words: &[String]) -> Result<()> {
    let Some(host) = words.first() else {
        return Err(Error::arp_fail("arp: need host name"));
    };
    let ip = ipv4(&lookup(host)?);
    let Some(hw) = words.get(1) else {
        return Err(Error::arp_fail("arp: need hardware address"));
    };
    let mut e = Entry {
        ip,
        hw_type: o.hw.map_or(ARPHRD_ETHER, |t| t as u16),
        flags: ATF_PERM | ATF_COM,
        dev: o.device.clone(),
        ..Entry::default()
    };
    e.hw = if o.use_device {
        device_address(hw)?
    } else {
        ether(hw).ok_or_else(|| Error::arp_fail("arp: invalid hardware address"))?
    };
    let mut rest = words[2..].iter();
    while let Some(w) = rest.next() {
        match w.as_str() {
            "temp" => e.flags &= !ATF_PERM,
            "pub" => e.flags |= ATF_PUBL,
            "priv" => e.flags &= !ATF_PUBL,
            "trail" => e.flags |= ATF_USETRAILERS,
            "dontpub" => e.flags |= ATF_DONTPUB,
            "netmask" => netmask(&mut e, rest.next())?,
            _ => return Err(usage()),
        }
    }
    if o.verbose {
        eprintln!("arp: SIOCSARP()");
    }
    arp.set(&e)
        .map_err(|errno| Error::arp_fail(format_args!("SIOCSARP: {}", strerror(errno as i32))))
}

/// `netmask NM` (resolved as a host is); a host mask is no mask at all.
fn netmask(e: &mut Entry, v: Option<&String>) -> Result<()> {
    let v = v.ok_or_else(usage)?;
    let m = ipv4(&lookup(v)?);
    if m != [255; 4] {
        e.flags |= ATF_NETMASK;
        e.netmask = Some(m);
    }
    Ok(())
}

fn ipv4(dotted: &str) -> [u8; 4] {
    dotted.parse::<Ipv4Addr>().map_or([0; 4], |a| a.octets())
}

/// An Ethernet address as net-tools reads one: up to six bytes of one or two hex digits,
/// each followed by `:`, the next byte or the end; what follows the sixth byte is ignored,
/// missing bytes are zero (the reference leaves them as its memory held them).
fn ether(s: &str) -> Option<[u8; 6]> {
    let mut out = [0u8; 6];
    let b = s.as_bytes();
    let (mut i, mut n) = (0, 0);
    let hex = |c: u8| char::from(c).to_digit(16);
    while i < b.len() && n < 6 {
        let mut v = hex(b[i])?;
        i += 1;
        if let Some(d) = b.get(i).and_then(|&c| hex(c)) {
            v = v * 16 + d;
            i += 1;
        }
        out[n] = v as u8;
        n += 1;
        match b.get(i) {
            Some(b':') => i += 1,
            Some(&c) if hex(c).is_none() => return None,
            _ => {}
        }
    }
    Some(out)
}

/// The hardware address of interface `name` (`-D`).
fn device_address(name: &str) -> Result<[u8; 6]> {
    let fail = |errno: Errno| {
        Error::arp_fail(format_args!(
            "arp: cant get HW-Address for `{name}': {}.",
            strerror(errno as i32)
        ))
    };
    let index = nix::net::if_::if_nametoindex(name).map_err(|_| fail(Errno::ENODEV))?;
    let mut sock = Socket::route().map_err(|_| fail(Errno::ENODEV))?;
    let addr = link::get(&mut sock, index, |l| {
        l.get(IFLA_ADDRESS).map(<[u8]>::to_vec)
    })
    .ok()
    .flatten()
    .ok_or_else(|| fail(Errno::ENODEV))?;
    let mut out = [0u8; 6];
    let n = addr.len().min(6);
    out[..n].copy_from_slice(&addr[..n]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::ether;

    #[test]
    fn ethernet_addresses_as_net_tools_reads_them() {
        for (s, want) in [
            ("02:00:00:00:01:02", Some([2, 0, 0, 0, 1, 2])),
            ("020000000102", Some([2, 0, 0, 0, 1, 2])),
            ("2:0:0:0:1:19", Some([2, 0, 0, 0, 1, 0x19])),
            ("002:00:00:00:00:01", Some([0, 2, 0, 0, 0, 0])),
            ("02:00:00:00:00:0102", Some([2, 0, 0, 0, 0, 1])),
            ("02:00:00:00:00:01:", Some([2, 0, 0, 0, 0, 1])),
            ("02:00:00:00:00:00:00:00:00", Some([2, 0, 0, 0, 0, 0])),
            ("02:00:00:00:00:0g", None),
            ("02::00", None),
            ("02-00-00-00-01-17", None),
            ("0200.0000.0118", None),
            ("zz:00:00:00:01:08", None),
        ] {
            assert_eq!(ether(s), want, "{s}");
        }
    }
}
