//! The small kinds: gtp, ipoib, dsa, batadv, hsr and amt, each a few words read after
//! `type KIND` and a few attributes printed back (`role sgsn hsize 1024`, `pkey 0x8001 mode
//! connected umcast 0001`, `conduit eth0`, `slave1 a slave2 b sequence 0 supervision …`,
//! `relay gateway_port 2268 …`).

use super::complaints::kind_usage;
use super::host::Host;
use super::vxlan::host_text;
use crate::cli::num::{get_u16, get_u32, get_u8, strtoul};
use crate::cli::{duparg2, invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::Names;
use crate::ip::lladdr::Mac;
use crate::ip::prefix::get_addr;
use crate::netlink::attr::{self, Table};
use crate::netlink::rtnl::{AF_INET, AF_INET6};
use crate::output::{pr, Disp, Null, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

pub const GTP_USAGE: &str = include_str!("usage/gtp.txt");
pub const IPOIB_USAGE: &str = include_str!("usage/ipoib.txt");
pub const DSA_USAGE: &str = include_str!("usage/dsa.txt");
pub const BATADV_USAGE: &str = include_str!("usage/batadv.txt");
pub const HSR_USAGE: &str = include_str!("usage/hsr.txt");
pub const AMT_USAGE: &str = include_str!("usage/amt.txt");

/// `KIND: unknown command "W"?` and the usage (exit 1), or the usage alone for `help` (dsa and
/// amt: the whole word only; the others take a prefix of it).
fn unknown(kind: &str, what: &str, w: &str, usage: &str) -> Error {
    let help = if matches!(kind, "dsa" | "amt") {
        w == "help"
    } else {
        matches(w, "help")
    };
    let prefix = (!help).then(|| format!("{kind}: {what} \"{w}\"?"));
    kind_usage(prefix, usage)
}

/// Refuses a second `key` (`either "role" is duplicate, or "ggsn" is a garbage.`).
fn once(seen: &mut u16, bit: u16, key: &str, v: &str) -> Result<()> {
    if *seen & bit != 0 {
        return Err(duparg2(key, v));
    }
    *seen |= bit;
    Ok(())
}

/// The name of interface `index` as `ll_index_to_name` gives it (`*` for none).
fn dev_name(names: &mut Names, index: u32) -> String {
    if index == 0 {
        "*".to_string()
    } else {
        names.ifname(index).into_owned()
    }
}

/// `role ROLE [hsize N] [restart_count N]`: exact words, the others skipped; the sockets are
/// always asked for and the hash size defaults to 1024.
pub fn parse_gtp(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let (mut out, mut seen) = (vec![attr::u8(5, 1)], 0u16);
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "role" => {
                let v = args.value()?;
                once(&mut seen, 1, "role", v)?;
                let role = match v {
                    "sgsn" => 1,
                    "ggsn" => 0,
                    _ => return Err(invarg("invalid role, use sgsn or ggsn", v)),
                };
                out.push(attr::u32(4, role));
            }
            "hsize" => {
                let v = args.value()?;
                once(&mut seen, 2, "hsize", v)?;
                let n = get_u32(v).ok_or_else(|| invarg("invalid PDP hash size", v))?;
                if n >= 131072 {
                    return Err(invarg("PDP hash size too big", v));
                }
                out.push(attr::u32(3, n));
            }
            "restart_count" => {
                let v = args.value()?;
                once(&mut seen, 4, "restart_count", v)?;
                let n = strtoul(v, 10)
                    .and_then(|n| u8::try_from(n).ok())
                    .ok_or_else(|| invarg("invalid restart_count", v))?;
                out.push(attr::u8(6, n));
            }
            "help" => return Err(kind_usage(None, GTP_USAGE)),
            _ => {}
        }
    }
    if seen & 1 == 0 {
        return Err(Error::ip_fail(
            "gtp: role of the gtp device was not specified",
        ));
    }
    if seen & 2 == 0 {
        out.push(attr::u32(3, 1024));
    }
    Ok(out)
}

pub fn print_gtp<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<8> = Table::new(data);
    if let Some(r) = a.u32(4) {
        let role = ["ggsn", "sgsn"].get(r as usize).unwrap_or(&"unknown");
        pr!(p, Any, "role", "role {} ", role);
    }
    if let Some(n) = a.u32(3) {
        pr!(p, Any, "hsize", "hsize {} ", n);
    }
    if let Some(n) = a.u8(6) {
        pr!(p, Any, "restart_count", "restart_count {} ", n);
    }
}

/// `[pkey PKEY] [mode datagram|connected] [umcast N]`, each sent as written.
pub fn parse_ipoib(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "pkey") {
            let v = args.value()?;
            out.push(attr::u16(
                1,
                get_u16(v).ok_or_else(|| invarg("pkey is invalid", v))?,
            ));
        } else if matches(&w, "mode") {
            let mode = match args.value()? {
                "datagram" => 0,
                "connected" => 1,
                _ => {
                    return Err(Error::ip_fail(
                        "Error: argument of \"mode\" must be \"datagram\"or \"connected\"",
                    ))
                }
            };
            out.push(attr::u16(2, mode));
        } else if matches(&w, "umcast") {
            let v = args.value()?;
            out.push(attr::u16(
                3,
                get_u16(v).ok_or_else(|| invarg("umcast is invalid", v))?,
            ));
        } else {
            return Err(unknown("ipoib", "unknown option", &w, IPOIB_USAGE));
        }
    }
    Ok(out)
}

/// `pkey 0x8001 mode connected umcast 0001 `, as far as the attributes go in that order.
pub fn print_ipoib<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<4> = Table::new(data);
    let Some(pkey) = a.u16(1) else { return };
    let key = format!("{pkey:#06x}");
    pr!(p, Any, "key", "pkey {} ", key.as_str());
    let Some(mode) = a.u16(2) else { return };
    let mode = ["datagram", "connected"]
        .get(mode as usize)
        .unwrap_or(&"unknown");
    pr!(p, Any, "mode", "mode {} ", mode);
    if let Some(u) = a.u16(3) {
        let u = format!("{u:04x}");
        pr!(p, Any, "umcast", "umcast {} ", u.as_str());
    }
}

/// `[conduit|master DEVICE]` (exact words).
pub fn parse_dsa(args: &mut Args, host: &mut dyn Host) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        if w == "conduit" || w == "master" {
            let v = args.value()?;
            let i = host
                .index(v)
                .ok_or_else(|| invarg("Device does not exist\n", v))?;
            out.push(attr::u32(1, i));
        } else {
            return Err(unknown("dsa", "unknown command", &w, DSA_USAGE));
        }
    }
    Ok(out)
}

pub fn print_dsa<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    if let Some(i) = Table::<2>::new(data).u32(1) {
        let name = dev_name(names, i);
        pr!(p, Any, "conduit", "conduit {} ", name.as_str());
    }
}

/// `[ra ROUTING_ALG]`: the name sent as written.
pub fn parse_batadv(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "ra") {
            let mut v = args.value()?.as_bytes().to_vec();
            v.push(0);
            out.push(attr::bytes(1, &v));
        } else {
            return Err(unknown("batadv", "unknown command", &w, BATADV_USAGE));
        }
    }
    Ok(out)
}

/// `slave1 DEV slave2 DEV [supervision N] [version N] [proto N]`, sent in their order.
pub fn parse_hsr(args: &mut Args, host: &mut dyn Host) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        let byte = [
            ("supervision", 3, "ADDR-BYTE is invalid"),
            ("version", 6, "version is invalid"),
            ("proto", 7, "protocol is invalid"),
        ];
        if let Some(&(_, id, what)) = byte.iter().find(|(k, _, _)| matches(&w, k)) {
            let v = args.value()?;
            out.push(attr::u8(id, get_u8(v).ok_or_else(|| invarg(what, v))?));
        } else if let Some(id) = [("slave1", 1), ("slave2", 2)]
            .iter()
            .find(|(k, _)| matches(&w, k))
            .map(|&(_, id)| id)
        {
            let v = args.value()?;
            let i = host
                .index(v)
                .ok_or_else(|| invarg("No such interface", v))?;
            out.push(attr::u32(id, i));
        } else {
            return Err(unknown("hsr", "what is", &w, HSR_USAGE));
        }
    }
    Ok(out)
}

/// `slave1 a slave2 <none> sequence 0 supervision 01:15:4e:00:01:00 proto 0 `.
pub fn print_hsr<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    let a: Table<8> = Table::new(data);
    for (id, key) in [(1, "slave1"), (2, "slave2")] {
        match a.u32(id) {
            Some(i) => {
                let name = dev_name(names, i);
                p.value(
                    Show::Any,
                    Some(key),
                    format_args!("{key} {name} "),
                    name.as_str(),
                );
            }
            None => p.value(Show::Any, Some(key), format_args!("{key} <none> "), &Null),
        }
    }
    if let Some(n) = a.u16(5) {
        pr!(p, Any, "seq_nr", "sequence {} ", n);
    }
    if let Some(m) = a.get(4) {
        pr!(p, Any, "supervision_addr", "supervision {} ", Disp(Mac(m)));
    }
    if let Some(n) = a.u8(7) {
        pr!(p, Any, "proto", "proto {} ", n);
    }
}

/// The amt words, exact: `discovery`/`local` addresses (`local` in the family `discovery`
/// gave; `any`/`default` send nothing), `mode`, `dev`, the ports and `max_tunnels`.
pub fn parse_amt(args: &mut Args, host: &mut dyn Host) -> Result<Vec<DefaultNla>> {
    let (mut out, mut seen, mut family) = (Vec::new(), 0u16, 0u8);
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "discovery" | "local" => {
                let v = args.value()?;
                let (id, bit) = if w == "local" { (5, 1) } else { (7, 2) };
                once(&mut seen, bit, &w, v)?;
                let a = get_addr(v, if id == 5 { family } else { 0 })?;
                if id == 7 {
                    family = a.family;
                }
                if a.family == AF_INET || a.family == AF_INET6 {
                    out.push(attr::bytes(id, a.bytes()));
                }
            }
            "mode" => {
                let mode = match args.value()? {
                    "gateway" => 0,
                    "relay" => 1,
                    _ => return Err(kind_usage(None, AMT_USAGE)),
                };
                out.push(attr::u32(1, mode));
            }
            "dev" => {
                let v = args.value()?;
                let i = host
                    .index(v)
                    .ok_or_else(|| Error::ip_usage(format_args!("Cannot find device \"{v}\"")))?;
                out.push(attr::u32(4, i));
            }
            "relay_port" | "gateway_port" => {
                let v = args.value()?;
                let port = get_u16(v).ok_or_else(|| invarg(&w, v))?;
                out.push(attr::u16_be(if w == "relay_port" { 2 } else { 3 }, port));
            }
            "max_tunnels" => {
                let v = args.value()?;
                out.push(attr::u32(8, get_u32(v).ok_or_else(|| invarg(&w, v))?));
            }
            _ => return Err(unknown("amt", "unknown command", &w, AMT_USAGE)),
        }
    }
    Ok(out)
}

/// `relay gateway_port 2269 relay_port 2268 local A remote B discovery C dev D max_tunnels N`.
pub fn print_amt<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    let a: Table<10> = Table::new(data);
    if let Some(m) = a.u32(1) {
        let mode = ["gateway", "relay"].get(m as usize).unwrap_or(&"(null)");
        pr!(p, Any, "mode", "{} ", mode);
    }
    for (id, key) in [(3, "gateway_port"), (2, "relay_port")] {
        if let Some(port) = a.be16(id) {
            p.value(Show::Any, Some(key), format_args!("{key} {port} "), &port);
        }
    }
    for (id, key) in [(5, "local"), (6, "remote"), (7, "discovery")] {
        if let Some(text) = a.get(id).and_then(|b| host_text(AF_INET, b)) {
            p.value(
                Show::Any,
                Some(key),
                format_args!("{key} {text} "),
                text.as_str(),
            );
        }
    }
    if let Some(i) = a.u32(4) {
        let name = dev_name(names, i);
        pr!(p, Any, "link", "dev {} ", name.as_str());
    }
    if let Some(n) = a.u32(8) {
        pr!(p, Any, "max_tunnels", "max_tunnels {} ", n);
    }
}
