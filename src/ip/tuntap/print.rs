//! `ip tuntap show`: the kernel's dump of kind `tun` links, each with its flags, owner and
//! group read from sysfs (`/sys/class/net/NAME/tun_flags`, `owner`, `group`, as the reference
//! reads them, complaints included) and, with `-d`, the processes whose descriptors are
//! attached to it (/proc/PID/fd → /dev/net/tun, fdinfo's `iff:`).

use crate::cli::num::strtol_c;
use crate::error::{strerror, Result};
use crate::ip::opts::Opts;
use crate::ip::rtnl;
use crate::netlink::rtnl::link::{Link, IFLA_IFNAME, IFLA_INFO_KIND, IFLA_LINKINFO};
use crate::netlink::rtnl::{RTM_GETLINK, RTM_NEWLINK};
use crate::netlink::Wire;
use crate::output::{pr, Printer, Show};
use crate::sys::tun::{
    IFF_MULTI_QUEUE, IFF_NO_PI, IFF_ONE_QUEUE, IFF_PERSIST, IFF_TAP, IFF_TUN, IFF_VNET_HDR,
};
use std::io::{Read, Write};

/// The reference's dump request: every link of kind `tun` (filtered by the kernel).
fn dump_request() -> Vec<u8> {
    // struct ifinfomsg (all zero), IFLA_LINKINFO { IFLA_INFO_KIND "tun" }
    let mut m = vec![0u8; 16];
    m.extend_from_slice(&12u16.to_ne_bytes());
    m.extend_from_slice(&IFLA_LINKINFO.to_ne_bytes());
    m.extend_from_slice(&7u16.to_ne_bytes());
    m.extend_from_slice(&IFLA_INFO_KIND.to_ne_bytes());
    m.extend_from_slice(b"tun\0");
    m
}

/// The listing: one line per device, in dump order.
pub fn show(opts: &Opts) -> Result<()> {
    let mut sock = rtnl::open()?;
    let mut p = opts.printer();
    p.begin();
    let details = opts.details > 0;
    let req = dump_request();
    let r = rtnl::dump(&mut sock, Wire(RTM_GETLINK, &req), &mut |m| {
        if m.kind != RTM_NEWLINK {
            return Ok(());
        }
        let Some(l) = Link::parse(m.payload) else {
            return Ok(());
        };
        if let Some(name) = l.get(IFLA_IFNAME).map(crate::netlink::attr::cstr) {
            print(&mut p, name, details);
        }
        Ok(())
    });
    r.map_err(|f| rtnl::terminated(f, "Dump"))?;
    p.end()?;
    Ok(())
}

/// A sysfs value of the device, as the reference reads it: the first line (at most 79
/// bytes), a C `strtol` with base 0 over all of it; its complaints on stderr and None.
fn sysfs_value(dev: &str, file: &str) -> Option<i64> {
    let path = format!("/sys/class/net/{dev}/{file}");
    let mut f = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(0);
            eprintln!("fopen {path}: {}", strerror(errno));
            return None;
        }
    };
    let failed = || {
        eprintln!("Failed to parse {path}");
        None
    };
    // fgets(buf, 80): up to 79 bytes, through the first newline
    let mut buf = [0u8; 79];
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => {
                let got = &buf[n..n + k];
                if let Some(i) = got.iter().position(|&c| c == b'\n') {
                    n += i + 1;
                    break;
                }
                n += k;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    if n == 0 {
        eprintln!("property \"{file}\" in file {path} is currently unknown");
        return failed();
    }
    let line = buf.get(..n).unwrap_or_default();
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = match line.iter().position(|&c| c == 0) {
        Some(i) => line.get(..i).unwrap_or_default(),
        None => line,
    };
    let text = String::from_utf8_lossy(line);
    match strtol_c(&text, 0) {
        Some((_, true, _)) => {
            eprint!("strtol {path}: {}", strerror(34));
            failed()
        }
        Some((v, false, used)) if used == text.len() => Some(v),
        _ => {
            eprintln!("value \"{text}\" in file {path} is not a number");
            failed()
        }
    }
}

/// The flags' words in the reference's order; what is left over is printed in hex.
const FLAG_WORDS: &[(u16, &str)] = &[
    (IFF_TUN, "tun"),
    (IFF_TAP, "tap"),
    (IFF_NO_PI, "pi"),
    (IFF_ONE_QUEUE, "one_queue"),
    (IFF_MULTI_QUEUE, "multi_queue"),
    (IFF_VNET_HDR, "vnet_hdr"),
    (IFF_PERSIST, "persist"),
];

fn print<W: Write>(p: &mut Printer<W>, name: &str, details: bool) {
    let Some(flags) = sysfs_value(name, "tun_flags") else {
        return;
    };
    let Some(owner) = sysfs_value(name, "owner") else {
        return;
    };
    let Some(group) = sysfs_value(name, "group") else {
        return;
    };
    p.open_object(None);
    pr!(p, Any, @Ifname, "ifname", "{}:", name);
    p.open_list(Show::Json, "flags", "");
    let mut rest = flags;
    for &(bit, word) in FLAG_WORDS {
        let bit = i64::from(bit);
        // `pi` is the absence of IFF_NO_PI
        let on = if bit == i64::from(IFF_NO_PI) {
            flags & bit == 0
        } else {
            flags & bit != 0
        };
        if on {
            pr!(p, Any, None, " {}", word);
        }
        rest &= !bit;
    }
    // IFF_NOFILTER is IFF_NO_PI's bit: without it, the device filters
    if flags & i64::from(IFF_NO_PI) == 0 {
        pr!(p, Any, None, " {}", "filter");
    }
    if rest != 0 {
        let hex = format!("{rest:#x}");
        pr!(p, Any, None, " {}", hex);
    }
    p.close_array(Show::Json, "");
    for (key, v) in [("user", owner), ("group", group)] {
        if v != -1 {
            // the text is the signed value, JSON the same bits unsigned
            p.value(
                Show::Any,
                Some(key),
                format_args!(" {key} {v}"),
                &(v as u64),
            );
        }
    }
    if details {
        p.nl();
        p.fp_str("\tAttached to processes:");
        p.open_list(Show::Json, "processes", "");
        attached(p, name);
        p.close_array(Show::Json, "");
    }
    p.close_object();
    p.fp_str("\n");
}

/// The processes with a descriptor attached to `dev`, in /proc's order: `name(pid)` each.
fn attached<W: Write>(p: &mut Printer<W>, dev: &str) {
    let Ok(procs) = std::fs::read_dir("/proc") else {
        return;
    };
    for e in procs.flatten() {
        let file_name = e.file_name();
        let Some(pid) = file_name.to_str().and_then(|s| s.parse::<i32>().ok()) else {
            continue;
        };
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            let Ok(target) = std::fs::read_link(fd.path()) else {
                continue;
            };
            if target.as_os_str() != "/dev/net/tun" {
                continue;
            }
            let info = format!("/proc/{pid}/fdinfo/{}", fd.file_name().to_string_lossy());
            let Ok(info) = std::fs::read(info) else {
                continue;
            };
            let on_dev = info
                .split(|&c| c == b'\n')
                .any(|l| l.strip_prefix(b"iff:\t") == Some(dev.as_bytes()));
            if !on_dev {
                continue;
            }
            let comm = std::fs::read(format!("/proc/{pid}/comm")).unwrap_or_default();
            let comm = String::from_utf8_lossy(comm.strip_suffix(b"\n").unwrap_or(&comm));
            p.json("name", comm.as_ref());
            p.value(Show::Any, Some("pid"), format_args!("{comm}({pid})"), &pid);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dump_request_is_the_references() {
        // strace of `ip tuntap`: ifinfomsg zero, then {nla_len=12, IFLA_LINKINFO,
        // {nla_len=7, IFLA_INFO_KIND, "tun"}} (padding included)
        assert_eq!(
            dump_request(),
            [
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 18, 0, 7, 0, 1, 0, b't',
                b'u', b'n', 0
            ]
        );
    }
}
