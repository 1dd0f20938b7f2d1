//! `type gre|gretap|erspan …` (IPv4 GRE) and their details; the key/seq/csum words and the
//! ERSPAN words, which ip6gre shares.

use super::tunnel::{self, Encap};
use crate::cli::num::{get_u16, get_u32, get_u8};
use crate::cli::{invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::Names;
use crate::netlink::attr::{self, Table};
use crate::netlink::rtnl::AF_INET;
use crate::output::{pr, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

pub const LINK: u16 = 1;
pub const IFLAGS: u16 = 2;
pub const OFLAGS: u16 = 3;
pub const IKEY: u16 = 4;
pub const OKEY: u16 = 5;
pub const LOCAL: u16 = 6;
pub const REMOTE: u16 = 7;
pub const TTL: u16 = 8;
const TOS: u16 = 9;
const PMTUDISC: u16 = 10;
pub const ENCAP_TYPE: u16 = 14;
pub const COLLECT_METADATA: u16 = 18;
const IGNORE_DF: u16 = 19;
pub const FWMARK: u16 = 20;
pub const ERSPAN_INDEX: u16 = 21;
pub const ERSPAN_VER: u16 = 22;
pub const ERSPAN_DIR: u16 = 23;
pub const ERSPAN_HWID: u16 = 24;

/// GRE header flags (network order in IFLA_GRE_[IO]FLAGS).
pub const GRE_CSUM: u16 = 0x8000;
pub const GRE_KEY: u16 = 0x2000;
pub const GRE_SEQ: u16 = 0x1000;

/// The usage screen of a GRE kind (the reference prints the same text for `ip link help KIND`
/// on stdout and for a word it does not know on stderr).
pub fn usage_text(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "gre" => include_str!("usage/gre.txt"),
        "gretap" => include_str!("usage/gretap.txt"),
        "erspan" => include_str!("usage/erspan.txt"),
        "ip6gre" => include_str!("usage/ip6gre.txt"),
        "ip6gretap" => include_str!("usage/ip6gretap.txt"),
        "ip6erspan" => include_str!("usage/ip6erspan.txt"),
        _ => return None,
    })
}

/// The keys, sequence numbers and checksums of both directions.
#[derive(Default)]
pub struct Keys {
    pub iflags: u16,
    pub oflags: u16,
    pub ikey: [u8; 4],
    pub okey: [u8; 4],
}

impl Keys {
    /// Reads `w` if it is one of the key/seq/csum words (in the reference's order, which
    /// decides what a prefix like `n` or `noi` means).
    pub fn word(&mut self, w: &str, args: &mut Args) -> Result<bool> {
        if matches(w, "key") {
            let k = tunnel::key("key", args.value()?)?;
            (self.ikey, self.okey) = (k, k);
            self.iflags |= GRE_KEY;
            self.oflags |= GRE_KEY;
        } else if matches(w, "nokey") {
            (self.ikey, self.okey) = ([0; 4], [0; 4]);
            self.iflags &= !GRE_KEY;
            self.oflags &= !GRE_KEY;
        } else if matches(w, "ikey") {
            self.ikey = tunnel::key("ikey", args.value()?)?;
            self.iflags |= GRE_KEY;
        } else if matches(w, "noikey") {
            self.ikey = [0; 4];
            self.iflags &= !GRE_KEY;
        } else if matches(w, "okey") {
            self.okey = tunnel::key("okey", args.value()?)?;
            self.oflags |= GRE_KEY;
        } else if matches(w, "nookey") {
            self.okey = [0; 4];
            self.oflags &= !GRE_KEY;
        } else {
            let bits: &[(&str, u16, bool, bool)] = &[
                ("seq", GRE_SEQ, true, true),
                ("noseq", GRE_SEQ, true, true),
                ("iseq", GRE_SEQ, true, false),
                ("noiseq", GRE_SEQ, true, false),
                ("oseq", GRE_SEQ, false, true),
                ("nooseq", GRE_SEQ, false, true),
                ("csum", GRE_CSUM, true, true),
                ("nocsum", GRE_CSUM, true, true),
                ("icsum", GRE_CSUM, true, false),
                ("noicsum", GRE_CSUM, true, false),
                ("ocsum", GRE_CSUM, false, true),
                ("noocsum", GRE_CSUM, false, true),
            ];
            let Some(&(name, bit, i, o)) = bits.iter().find(|(n, ..)| matches(w, n)) else {
                return Ok(false);
            };
            let on = !name.starts_with("no");
            for (set, flags) in [(i, &mut self.iflags), (o, &mut self.oflags)] {
                if set {
                    if on {
                        *flags |= bit;
                    } else {
                        *flags &= !bit;
                    }
                }
            }
        }
        Ok(true)
    }

    /// IKEY, OKEY, IFLAGS, OFLAGS.
    pub fn push(&self, out: &mut Vec<DefaultNla>) {
        out.push(attr::bytes(IKEY, &self.ikey));
        out.push(attr::bytes(OKEY, &self.okey));
        out.push(attr::u16_be(IFLAGS, self.iflags));
        out.push(attr::u16_be(OFLAGS, self.oflags));
    }
}

/// The ERSPAN words (version 1 by default).
pub struct Erspan {
    pub ver: u8,
    pub index: Option<u32>,
    pub dir: u8,
    pub hwid: u16,
}

impl Default for Erspan {
    fn default() -> Self {
        Erspan {
            ver: 1,
            index: None,
            dir: 0,
            hwid: 0,
        }
    }
}

impl Erspan {
    pub fn word(&mut self, w: &str, args: &mut Args) -> Result<bool> {
        match w {
            "erspan" => {
                let v = args.value()?;
                let i = get_u32(v).ok_or_else(|| invarg("invalid erspan index\n", v))?;
                if i == 0 || i >= 1 << 20 {
                    return Err(invarg("erspan index must be > 0 and <= 20-bit\n", v));
                }
                self.index = Some(i);
            }
            "erspan_ver" => {
                let v = args.value()?;
                let n = get_u8(v).ok_or_else(|| invarg("invalid erspan version\n", v))?;
                if n > 2 {
                    return Err(invarg("erspan version must be 0/1/2\n", v));
                }
                self.ver = n;
            }
            "erspan_dir" => {
                let v = args.value()?;
                self.dir = match v {
                    "ingress" => 0,
                    "egress" => 1,
                    _ => return Err(invarg("Invalid erspan direction.", v)),
                };
            }
            "erspan_hwid" => {
                let v = args.value()?;
                self.hwid = get_u16(v).ok_or_else(|| invarg("invalid erspan hwid\n", v))?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// ERSPAN_VER, then the index (version 1) or the direction and hardware id (version 2).
    pub fn push(&self, out: &mut Vec<DefaultNla>) {
        out.push(attr::u8(ERSPAN_VER, self.ver));
        match self.ver {
            1 => {
                if let Some(i) = self.index {
                    out.push(attr::u32(ERSPAN_INDEX, i));
                }
            }
            2 => {
                out.push(attr::u8(ERSPAN_DIR, self.dir));
                out.push(attr::u16(ERSPAN_HWID, self.hwid));
            }
            _ => {}
        }
    }
}

/// The IFLA_INFO_DATA attributes of `type gre|gretap|erspan WORDS`.
pub fn parse(kind: &str, args: &mut Args) -> Result<Vec<DefaultNla>> {
    let usage = usage_text(kind).unwrap_or_default();
    let is_erspan = kind == "erspan";
    let mut keys = Keys::default();
    let mut encap = Encap::default();
    let mut erspan = Erspan::default();
    let (mut local, mut remote) = ([0u8; 4], [0u8; 4]);
    let (mut pmtudisc, mut ignore_df, mut tos, mut ttl) = (1u8, None, 0u8, 0u8);
    let (mut link, mut fwmark, mut external) = (0u32, 0u32, false);
    while let Some(w) = args.next().map(str::to_string) {
        let w = w.as_str();
        if keys.word(w, args)? {
        } else if matches(w, "nopmtudisc") {
            pmtudisc = 0;
        } else if matches(w, "pmtudisc") {
            pmtudisc = 1;
        } else if matches(w, "remote") {
            remote = tunnel::addr4(args.value()?)?;
        } else if matches(w, "local") {
            local = tunnel::addr4(args.value()?)?;
        } else if matches(w, "dev") {
            link = tunnel::dev(args.value()?)?;
        } else if matches(w, "ttl") || matches(w, "hoplimit") {
            ttl = tunnel::ttl(args.value()?, "invalid TTL\n")?;
        } else if matches(w, "tos") || matches(w, "tclass") || matches(w, "dsfield") {
            tos = tunnel::tos(args.value()?)?;
        } else if encap.word(w, args)? {
        } else if w == "external" {
            external = true;
        } else if w == "ignore-df" {
            ignore_df = Some(1);
        } else if w == "noignore-df" {
            ignore_df = Some(0);
        } else if w == "fwmark" {
            fwmark = tunnel::fwmark(args.value()?)?;
        } else if is_erspan && erspan.word(w, args)? {
        } else {
            return Err(tunnel::usage(usage));
        }
    }
    if external {
        return Ok(vec![attr::bytes(COLLECT_METADATA, &[])]);
    }
    if remote[0] & 0xf0 == 0xe0 {
        if local == [0; 4] {
            return Err(Error::ip_fail(
                "A broadcast tunnel requires a source address.",
            ));
        }
        if keys.iflags & GRE_KEY == 0 {
            keys.iflags |= GRE_KEY;
            keys.ikey = remote;
        }
        if keys.oflags & GRE_KEY == 0 {
            keys.oflags |= GRE_KEY;
            keys.okey = remote;
        }
    }
    let mut out = Vec::new();
    keys.push(&mut out);
    if local != [0; 4] {
        out.push(attr::bytes(LOCAL, &local));
    }
    if remote != [0; 4] {
        out.push(attr::bytes(REMOTE, &remote));
    }
    out.push(attr::u8(PMTUDISC, pmtudisc));
    if let Some(v) = ignore_df {
        out.push(attr::u8(IGNORE_DF, v));
    }
    out.push(attr::u8(TOS, tos));
    if link != 0 {
        out.push(attr::u32(LINK, link));
    }
    out.push(attr::u8(TTL, ttl));
    out.push(attr::u32(FWMARK, fwmark));
    if is_erspan {
        erspan.push(&mut out);
    }
    encap.push(&mut out, ENCAP_TYPE);
    Ok(out)
}

/// `ikey 0.0.0.5 okey … iseq oseq icsum ocsum ` as the flags say.
pub fn print_keys<W: Write>(p: &mut Printer<W>, a: &Table<32>) {
    let iflags = a.be16(IFLAGS).unwrap_or(0);
    let oflags = a.be16(OFLAGS).unwrap_or(0);
    if iflags & GRE_KEY != 0 {
        tunnel::print_key(p, "ikey", a.get(IKEY));
    }
    if oflags & GRE_KEY != 0 {
        tunnel::print_key(p, "okey", a.get(OKEY));
    }
    for (flags, bit, word) in [
        (iflags, GRE_SEQ, "iseq"),
        (oflags, GRE_SEQ, "oseq"),
        (iflags, GRE_CSUM, "icsum"),
        (oflags, GRE_CSUM, "ocsum"),
    ] {
        if flags & bit != 0 {
            p.value(Show::Any, Some(word), format_args!("{word} "), &true);
        }
    }
}

/// `erspan_index 5 erspan_ver 1 erspan_dir egress erspan_hwid 0x7 ` (what is present).
pub fn print_erspan<W: Write>(p: &mut Printer<W>, a: &Table<32>) {
    if let Some(i) = a.u32(ERSPAN_INDEX) {
        pr!(p, Any, "erspan_index", "erspan_index {} ", i);
    }
    if let Some(v) = a.u8(ERSPAN_VER) {
        pr!(p, Any, "erspan_ver", "erspan_ver {} ", v);
    }
    if let Some(d) = a.u8(ERSPAN_DIR) {
        let d = if d == 0 { "ingress" } else { "egress" };
        pr!(p, Any, "erspan_dir", "erspan_dir {} ", d);
    }
    if let Some(h) = a.u16(ERSPAN_HWID) {
        tunnel::hex(p, "erspan_hwid", "erspan_hwid", u64::from(h));
    }
}

/// `[external] remote … local … [dev D] ttl … [tos …] [nopmtudisc] [ignore-df] keys [fwmark]
/// [erspan…] [encap…]`.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    let a: Table<32> = Table::new(data);
    tunnel::print_external(p, a.has(COLLECT_METADATA));
    tunnel::print_endpoint(p, "remote", a.get(REMOTE), AF_INET);
    tunnel::print_endpoint(p, "local", a.get(LOCAL), AF_INET);
    tunnel::print_link(p, a.u32(LINK), names);
    tunnel::print_ttl(p, "ttl", a.u8(TTL).unwrap_or(0));
    tunnel::print_tos(p, a.u8(TOS).unwrap_or(0));
    match a.u8(PMTUDISC) {
        Some(0) => p.value(
            Show::Any,
            Some("pmtudisc"),
            format_args!("nopmtudisc "),
            &false,
        ),
        Some(_) => p.json("pmtudisc", &true),
        None => {}
    }
    if a.u8(IGNORE_DF).is_some_and(|v| v != 0) {
        p.value(
            Show::Any,
            Some("ignore_df"),
            format_args!("ignore-df "),
            &true,
        );
    }
    print_keys(p, &a);
    if let Some(m) = a.u32(FWMARK).filter(|&m| m != 0) {
        tunnel::hex(p, "fwmark", "fwmark", u64::from(m));
    }
    print_erspan(p, &a);
    tunnel::print_encap(p, &a, ENCAP_TYPE);
}
