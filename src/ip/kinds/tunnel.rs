//! What the tunnel kinds (gre, ipip/sit, ip6tnl, ip6gre, vti, xfrm) share: their values on the
//! command line (addresses, ttl, tos, keys, fwmark, `dev`, the fou/gue encapsulation) with the
//! reference's complaints, and the pieces of their details (endpoints, ttl, tos, encap).

use crate::cli::num::{get_u16, get_u32, get_u8};
use crate::cli::{invarg, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::{self, Names};
use crate::ip::prefix::{get_addr, parse_ipv4};
use crate::ip::rtnames;
use crate::netlink::attr::{self, Table};
use crate::netlink::rtnl::{AF_INET, AF_INET6};
use crate::output::{pr, Disp, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;
use std::net::{Ipv4Addr, Ipv6Addr};

/// A kind's usage screen on stderr, exit 1 (what the reference prints for a word it does not
/// know, and for `help`).
pub fn usage(text: &str) -> Error {
    Error::ip_fail_text(text)
}

/// `ttl`/`hoplimit`: `inherit` is 0, else a number up to 255 (`WHAT` is the complaint).
pub fn ttl(v: &str, what: &str) -> Result<u8> {
    if v == "inherit" {
        return Ok(0);
    }
    get_u8(v).ok_or_else(|| invarg(what, v))
}

/// `tos`/`dsfield`: `inherit` is 1, else a name from rt_dsfield or a hex number.
pub fn tos(v: &str) -> Result<u8> {
    if v == "inherit" {
        return Ok(1);
    }
    rtnames::dsfield_a2n(v).ok_or_else(|| invarg("bad TOS value", v))
}

/// A GRE/VTI key in network order: a dotted quad, or a number.
pub fn key(name: &str, v: &str) -> Result<[u8; 4]> {
    let parsed = if v.contains('.') {
        parse_ipv4(v)
    } else {
        get_u32(v).map(u32::to_be_bytes)
    };
    parsed.ok_or_else(|| {
        Error::ip_usage(format_args!(
            "invalid value for \"{name}\": \"{v}\"; it should be an unsigned integer"
        ))
    })
}

/// `fwmark MARK`.
pub fn fwmark(v: &str) -> Result<u32> {
    get_u32(v).ok_or_else(|| invarg("invalid fwmark\n", v))
}

/// `dev NAME`: its index, or `Cannot find device "NAME"` (exit 255).
pub fn dev(v: &str) -> Result<u32> {
    ifnames::index(v).ok_or_else(|| Error::ip_usage(format_args!("Cannot find device \"{v}\"")))
}

/// An IPv4 endpoint (`any` is all zeros).
pub fn addr4(v: &str) -> Result<[u8; 4]> {
    let a = get_addr(v, AF_INET)?;
    let mut out = [0; 4];
    if let Some(b) = a.bytes().get(..4) {
        out.copy_from_slice(b);
    }
    Ok(out)
}

/// An IPv6 endpoint (`any` is all zeros).
pub fn addr6(v: &str) -> Result<[u8; 16]> {
    let a = get_addr(v, AF_INET6)?;
    let mut out = [0; 16];
    if let Some(b) = a.bytes().get(..16) {
        out.copy_from_slice(b);
    }
    Ok(out)
}

pub const ENCAP_NONE: u16 = 0;
pub const ENCAP_FOU: u16 = 1;
pub const ENCAP_GUE: u16 = 2;
pub const ENCAP_FLAG_CSUM: u16 = 1;
pub const ENCAP_FLAG_CSUM6: u16 = 2;
pub const ENCAP_FLAG_REMCSUM: u16 = 4;

/// The fou/gue encapsulation words every tunnel kind takes.
#[derive(Clone, Copy, Default)]
pub struct Encap {
    pub kind: u16,
    pub flags: u16,
    pub sport: u16,
    pub dport: u16,
}

impl Encap {
    /// Reads `w` (and its value) if it is an encapsulation word. `encap-csum6` and
    /// `noencap-csum6` are not among them: the reference's parsers refuse them.
    pub fn word(&mut self, w: &str, args: &mut Args) -> Result<bool> {
        match w {
            "noencap" => self.kind = ENCAP_NONE,
            "encap" => {
                let v = args.value()?;
                self.kind = match v {
                    "fou" => ENCAP_FOU,
                    "gue" => ENCAP_GUE,
                    "none" => ENCAP_NONE,
                    _ => return Err(invarg("Invalid encap type.", v)),
                };
            }
            "encap-sport" => {
                let v = args.value()?;
                self.sport = if v == "auto" {
                    0
                } else {
                    get_u16(v).ok_or_else(|| invarg("Invalid source port.", v))?
                };
            }
            "encap-dport" => {
                let v = args.value()?;
                self.dport = get_u16(v).ok_or_else(|| invarg("Invalid destination port.", v))?;
            }
            "encap-csum" => self.flags |= ENCAP_FLAG_CSUM,
            "noencap-csum" => self.flags &= !ENCAP_FLAG_CSUM,
            "encap-remcsum" => self.flags |= ENCAP_FLAG_REMCSUM,
            "noencap-remcsum" => self.flags &= !ENCAP_FLAG_REMCSUM,
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The four attributes from `first` on: type, flags, source and destination port.
    pub fn push(&self, out: &mut Vec<DefaultNla>, first: u16) {
        out.push(attr::u16(first, self.kind));
        out.push(attr::u16(first + 1, self.flags));
        out.push(attr::u16_be(first + 2, self.sport));
        out.push(attr::u16_be(first + 3, self.dport));
    }
}

/// `remote 1.2.3.4 ` / `local any `: an endpoint of `family`, `any` when absent or zero.
/// `external ` (JSON `"external":true`) for a device in collect-metadata mode.
pub fn print_external<W: Write>(p: &mut Printer<W>, external: bool) {
    if external {
        p.value(
            Show::Any,
            Some("external"),
            format_args!("external "),
            &true,
        );
    }
}

pub fn print_endpoint<W: Write>(p: &mut Printer<W>, key: &str, v: Option<&[u8]>, family: u8) {
    let text = match (family, v) {
        (AF_INET, Some(b)) => b
            .get(..4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .filter(|b| *b != [0; 4])
            .map(|b| Ipv4Addr::from(b).to_string()),
        (_, Some(b)) => b
            .get(..16)
            .and_then(|b| <[u8; 16]>::try_from(b).ok())
            .filter(|b| *b != [0; 16])
            .map(|b| Ipv6Addr::from(b).to_string()),
        _ => None,
    };
    let text = text.as_deref().unwrap_or("any");
    p.value(Show::Any, Some(key), format_args!("{key} {text} "), text);
}

/// `dev NAME ` when the link index is set.
pub fn print_link<W: Write>(p: &mut Printer<W>, link: Option<u32>, names: &mut Names) {
    if let Some(i) = link.filter(|&i| i != 0) {
        let n = names.ifname(i).into_owned();
        pr!(p, Any, "link", "dev {} ", n);
    }
}

/// `ttl 64 ` or `ttl inherit ` (the word is `hoplimit` for the IPv6 kinds; JSON says
/// `"ttl"` for all, 0 for inherit).
pub fn print_ttl<W: Write>(p: &mut Printer<W>, word: &str, ttl: u8) {
    if ttl == 0 {
        p.json("ttl", &0u32);
        p.fp(format_args!("{word} inherit "));
    } else {
        p.value(Show::Any, Some("ttl"), format_args!("{word} {ttl} "), &ttl);
    }
}

/// `tos 0x10 ` / `tos inherit ` when not zero.
pub fn print_tos<W: Write>(p: &mut Printer<W>, tos: u8) {
    match tos {
        0 => {}
        1 => {
            p.json("tos", "0x1");
            p.fp_str("tos inherit ");
        }
        _ => hex(p, "tos", "tos", u64::from(tos)),
    }
}

/// iproute2's `print_0xhex`: `WORD 0x1f ` in text, the string "0x1f" in JSON.
pub fn hex<W: Write>(p: &mut Printer<W>, key: &str, word: &str, v: u64) {
    let s = if v == 0 {
        "0".to_string()
    } else {
        format!("{v:#x}")
    };
    p.value(
        Show::Any,
        Some(key),
        format_args!("{word} {s} "),
        s.as_str(),
    );
}

/// A key in dotted-quad form (`ikey 0.0.0.5 `).
pub fn print_key<W: Write>(p: &mut Printer<W>, key: &str, v: Option<&[u8]>) {
    let Some(b) = v
        .and_then(|b| b.get(..4))
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
    else {
        return;
    };
    let s = Disp(Ipv4Addr::from(b));
    p.value(Show::Any, Some(key), format_args!("{key} {s} "), &s);
}

/// `encap fou encap-sport auto encap-dport 5555 [no]encap-csum [no]encap-csum6
/// [no]encap-remcsum ` from the four attributes from `first` on, unless the type is none.
pub fn print_encap<W: Write>(p: &mut Printer<W>, a: &Table<32>, first: u16) {
    let Some(kind) = a.u16(first).filter(|&k| k != ENCAP_NONE) else {
        return;
    };
    let flags = a.u16(first + 1).unwrap_or(0);
    let sport = a.be16(first + 2).unwrap_or(0);
    let dport = a.be16(first + 3).unwrap_or(0);
    p.open_object(Some("encap"));
    p.fp_str("encap ");
    match kind {
        ENCAP_FOU => pr!(p, Any, "type", "{} ", "fou"),
        ENCAP_GUE => pr!(p, Any, "type", "{} ", "gue"),
        _ => {
            p.json("type", &crate::output::Null);
            p.fp_str("unknown ");
        }
    }
    if p.is_json() {
        p.json("sport", &sport);
        p.json("dport", &dport);
        p.json("csum", &(flags & ENCAP_FLAG_CSUM != 0));
        p.json("csum6", &(flags & ENCAP_FLAG_CSUM6 != 0));
        p.json("remcsum", &(flags & ENCAP_FLAG_REMCSUM != 0));
    } else {
        if sport == 0 {
            p.fp_str("encap-sport auto ");
        } else {
            p.fp(format_args!("encap-sport {sport} "));
        }
        p.fp(format_args!("encap-dport {dport} "));
        for (bit, word) in [
            (ENCAP_FLAG_CSUM, "encap-csum "),
            (ENCAP_FLAG_CSUM6, "encap-csum6 "),
            (ENCAP_FLAG_REMCSUM, "encap-remcsum "),
        ] {
            if flags & bit == 0 {
                p.fp_str("no");
            }
            p.fp_str(word);
        }
    }
    p.close_object();
}
