//! `type vti|vti6 …` (IPsec virtual tunnel interfaces) and their details.

use super::tunnel;
use crate::cli::{matches, Args};
use crate::error::Result;
use crate::ip::ifnames::Names;
use crate::netlink::attr::{self, Table};
use crate::netlink::rtnl::{AF_INET, AF_INET6};
use crate::output::Printer;
use netlink_packet_core::DefaultNla;
use std::io::Write;

const LINK: u16 = 1;
const IKEY: u16 = 2;
const OKEY: u16 = 3;
const LOCAL: u16 = 4;
const REMOTE: u16 = 5;
const FWMARK: u16 = 6;

/// `ip link help vti|vti6`.
pub fn usage_text(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "vti" => include_str!("usage/vti.txt"),
        "vti6" => include_str!("usage/vti6.txt"),
        _ => return None,
    })
}

/// An endpoint of the kind's family (empty for `any`).
fn endpoint(v6: bool, v: &str) -> Result<Vec<u8>> {
    Ok(if v6 {
        tunnel::addr6(v)?.to_vec()
    } else {
        tunnel::addr4(v)?.to_vec()
    })
}

/// The IFLA_INFO_DATA attributes of `type vti|vti6 WORDS`.
pub fn parse(kind: &str, args: &mut Args) -> Result<Vec<DefaultNla>> {
    let usage = usage_text(kind).unwrap_or_default();
    let v6 = kind == "vti6";
    let (mut ikey, mut okey) = ([0u8; 4], [0u8; 4]);
    let (mut local, mut remote) = (Vec::new(), Vec::new());
    let (mut link, mut fwmark) = (0u32, 0u32);
    while let Some(w) = args.next().map(str::to_string) {
        let w = w.as_str();
        if matches(w, "key") {
            ikey = tunnel::key("key", args.value()?)?;
            okey = ikey;
        } else if matches(w, "ikey") {
            ikey = tunnel::key("ikey", args.value()?)?;
        } else if matches(w, "okey") {
            okey = tunnel::key("okey", args.value()?)?;
        } else if matches(w, "remote") {
            remote = endpoint(v6, args.value()?)?;
        } else if matches(w, "local") {
            local = endpoint(v6, args.value()?)?;
        } else if matches(w, "dev") {
            link = tunnel::dev(args.value()?)?;
        } else if w == "fwmark" {
            fwmark = tunnel::fwmark(args.value()?)?;
        } else {
            return Err(tunnel::usage(usage));
        }
    }
    let mut out = vec![attr::bytes(IKEY, &ikey), attr::bytes(OKEY, &okey)];
    if local.iter().any(|&b| b != 0) {
        out.push(attr::bytes(LOCAL, &local));
    }
    if remote.iter().any(|&b| b != 0) {
        out.push(attr::bytes(REMOTE, &remote));
    }
    out.push(attr::u32(FWMARK, fwmark));
    if link != 0 {
        out.push(attr::u32(LINK, link));
    }
    Ok(out)
}

/// `remote … local … [dev D] [ikey K] [okey K] [fwmark 0x…] `.
pub fn print_v4<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    print(p, data, names, AF_INET);
}

/// vti6's details.
pub fn print_v6<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    print(p, data, names, AF_INET6);
}

fn print<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names, family: u8) {
    let a: Table<8> = Table::new(data);
    tunnel::print_endpoint(p, "remote", a.get(REMOTE), family);
    tunnel::print_endpoint(p, "local", a.get(LOCAL), family);
    tunnel::print_link(p, a.u32(LINK), names);
    for (key, t) in [("ikey", IKEY), ("okey", OKEY)] {
        let v = a.get(t).filter(|b| b.iter().any(|&x| x != 0));
        tunnel::print_key(p, key, v);
    }
    if let Some(m) = a.u32(FWMARK).filter(|&m| m != 0) {
        tunnel::hex(p, "fwmark", "fwmark", u64::from(m));
    }
}
