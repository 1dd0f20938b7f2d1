//! `ip xfrm state`: list/show with their filters, count, flush, deleteall, allocspi.

use super::names;
use super::print::{self, SA_FLAGS};
use super::sock::{self, open, Sock};
use super::words::{self, flag_list};
use crate::cli::num::get_u32;
use crate::cli::{duparg, incomplete, invarg, Args};
use crate::error::{Error, Result};
use crate::ip::opts::Opts;
use crate::ip::prefix::{parse_prefix, Inet};
use crate::ip::rtnl;
use crate::netlink::attr::{self, Table};
use crate::netlink::xfrm::{
    u32_in, SaInfo, SA_INFO_LEN, XFRMA_ADDRESS_FILTER, XFRMA_MARK, XFRMA_SAD_CNT, XFRMA_SAD_HINFO,
    XFRM_MSG_ALLOCSPI, XFRM_MSG_DELSA, XFRM_MSG_FLUSHSA, XFRM_MSG_GETSA, XFRM_MSG_GETSADINFO,
    XFRM_MSG_NEWSA, XFRM_MSG_NEWSADINFO,
};
use crate::netlink::Wire;

const XFRMA_SRCADDR: u16 = 13;

/// An ID's words and the list filters.
#[derive(Default)]
struct Id {
    src: Option<Inet>,
    dst: Option<Inet>,
    proto: Option<u8>,
    spi: Option<u32>,
    mode: Option<u8>,
    reqid: Option<u32>,
    flags: u8,
}

fn same_family(other: &Option<Inet>, p: &Inet, v: &str) -> Result<()> {
    match other {
        Some(o) if o.family != p.family => Err(invarg(
            "the same address family is required between values after \"src\" and \"dst\"",
            v,
        )),
        _ => Ok(()),
    }
}

fn addr(v: &str) -> Result<Inet> {
    parse_prefix(v, 0).ok_or_else(|| {
        Error::ip_fail(format_args!(
            "Error: any valid prefix is expected rather than \"{v}\"."
        ))
    })
}

impl Id {
    /// Read an ID word (and its value); false when `w` is none.
    fn word(&mut self, w: &str, args: &mut Args) -> Result<bool> {
        let value = |args: &mut Args| args.next().map(str::to_string).ok_or_else(incomplete);
        match w {
            "src" => {
                let v = value(args)?;
                let p = addr(&v)?;
                same_family(&self.dst, &p, &v)?;
                self.src = Some(p);
            }
            "dst" => {
                let v = value(args)?;
                let p = addr(&v)?;
                same_family(&self.src, &p, &v)?;
                self.dst = Some(p);
            }
            "proto" => {
                let v = value(args)?;
                self.proto = Some(
                    names::value(names::PROTOS, &v)
                        .ok_or_else(|| invarg("XFRM-PROTO value is invalid", &v))?,
                );
            }
            "spi" => {
                let v = value(args)?;
                self.spi = Some(get_u32(&v).ok_or_else(|| invarg("SPI value is invalid", &v))?);
            }
            "mode" => {
                let v = value(args)?;
                self.mode = Some(
                    names::value(names::MODES, &v)
                        .ok_or_else(|| invarg("MODE value is invalid", &v))?,
                );
            }
            "reqid" => {
                let v = value(args)?;
                self.reqid = Some(get_u32(&v).ok_or_else(|| invarg("REQID value is invalid", &v))?);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn accepts(&self, s: &SaInfo<'_>, opts: &Opts) -> bool {
        let a = |want: &Option<Inet>, have: &[u8; 16]| match want {
            None => true,
            Some(w) => {
                u16::from(w.family) == s.family && super::sel::bits_equal(w.bytes(), have, w.bitlen)
            }
        };
        (opts.family == 0 || u16::from(opts.family) == s.family)
            && a(&self.src, &s.saddr)
            && a(&self.dst, &s.daddr)
            && self.proto.is_none_or(|p| p == s.proto)
            && self.spi.is_none_or(|x| x == s.spi)
            && self.mode.is_none_or(|m| m == s.mode)
            && self.reqid.is_none_or(|r| r == s.reqid)
            && (self.flags == 0 || s.flags & self.flags != 0)
    }
}

fn parse_filter(args: &mut Args) -> Result<Id> {
    let mut id = Id::default();
    while let Some(w) = args.next().map(str::to_string) {
        if id.word(&w, args)? {
            continue;
        }
        match w.as_str() {
            "nokeys" => {}
            "flag" => id.flags |= flag_list(args, SA_FLAGS)?,
            _ => return Err(invarg("unknown", &w)),
        }
    }
    Ok(id)
}

/// The kernel's address filter of a list (family, addresses, prefix lengths).
fn address_filter(id: &Id) -> Vec<u8> {
    let mut v = [0u8; 36];
    let mut family = 0;
    if let Some(s) = &id.src {
        let b = s.bytes();
        v[..b.len().min(16)].copy_from_slice(&b[..b.len().min(16)]);
        v[34] = s.bitlen as u8;
        family = s.family;
    }
    if let Some(d) = &id.dst {
        let b = d.bytes();
        v[16..16 + b.len().min(16)].copy_from_slice(&b[..b.len().min(16)]);
        v[35] = d.bitlen as u8;
        family = d.family;
    }
    v[32] = family;
    attr::emit_all(&[attr::bytes(XFRMA_ADDRESS_FILTER, &v)])
}

fn dump(sock: &mut Sock, each: &mut dyn FnMut(&SaInfo<'_>)) -> Result<()> {
    sock::dump(sock, XFRM_MSG_GETSA, XFRM_MSG_NEWSA, &[], &mut |m| {
        if let Some(s) = SaInfo::parse(m) {
            each(&s);
        }
    })
}

pub fn list(args: &mut Args, opts: &Opts) -> Result<()> {
    let id = parse_filter(args)?;
    let req = address_filter(&id);
    sock::list(opts, XFRM_MSG_GETSA, XFRM_MSG_NEWSA, &req, &mut |out, m| {
        if let Some(s) = SaInfo::parse(m).filter(|s| id.accepts(s, opts)) {
            print::sa(out, &s, opts);
        }
    })
}

/// The delete request of a dumped SA: its id, source address and mark.
fn delete_request(s: &SaInfo<'_>) -> Vec<u8> {
    let mut m = Vec::with_capacity(64);
    m.extend_from_slice(&s.daddr);
    m.extend_from_slice(&s.spi.to_be_bytes());
    m.extend_from_slice(&s.family.to_ne_bytes());
    m.extend_from_slice(&[s.proto, 0]);
    let mut items = vec![attr::bytes(XFRMA_SRCADDR, &s.saddr)];
    if let Some(v) = sock::mark_copy(s.attrs) {
        items.push(attr::bytes(XFRMA_MARK, &v));
    }
    m.extend_from_slice(&attr::emit_all(&items));
    m
}

pub fn deleteall(args: &mut Args, opts: &Opts) -> Result<()> {
    let id = parse_filter(args)?;
    let mut sock = open()?;
    for _ in 0..64 {
        let mut dels = Vec::new();
        dump(&mut sock, &mut |s| {
            if id.accepts(s, opts) {
                dels.push(delete_request(s));
            }
        })?;
        if dels.is_empty() {
            break;
        }
        sock::delete_each(&mut sock, XFRM_MSG_DELSA, &dels)?;
    }
    Ok(())
}

pub fn flush(args: &mut Args, _opts: &Opts) -> Result<()> {
    let mut proto = None;
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "proto" => {
                if proto.is_some() {
                    return Err(duparg("proto", &w));
                }
                let v = args.next().ok_or_else(incomplete)?.to_string();
                proto = Some(
                    names::value(names::PROTOS, &v)
                        .ok_or_else(|| invarg("XFRM-PROTO value is invalid", &v))?,
                );
            }
            _ => return Err(invarg("unknown", &w)),
        }
    }
    sock::flush(XFRM_MSG_FLUSHSA, &[proto.unwrap_or(0)], false)
}

pub fn count(_args: &mut Args, opts: &Opts) -> Result<()> {
    let req = u32::MAX.to_ne_bytes();
    sock::show(
        opts,
        XFRM_MSG_GETSADINFO,
        &req,
        XFRM_MSG_NEWSADINFO,
        &mut |out, m| {
            let t: Table<'_, 4> = Table::new(m.get(4..).unwrap_or(&[]));
            out.fp(format_args!(
                "\t SAD count {}",
                t.u32(XFRMA_SAD_CNT).unwrap_or(0)
            ));
            if opts.stats > 0 {
                if let Some(h) = t.get(XFRMA_SAD_HINFO) {
                    let (n, max) = (u32_in(h, 0), u32_in(h, 4));
                    out.fp(format_args!(" (buckets count {n} Max {max})"));
                }
            }
            out.fp_str("\n");
        },
    )
}

/// `allocspi ID [mode MODE] [mark MARK [mask MASK]] [reqid REQID] [seq SEQ] [min SPI max SPI]`.
pub fn allocspi(args: &mut Args, opts: &Opts) -> Result<()> {
    let req = allocspi_request(args)?;
    sock::show(
        opts,
        XFRM_MSG_ALLOCSPI,
        &req,
        XFRM_MSG_NEWSA,
        &mut |out, m| {
            if let Some(s) = SaInfo::parse(m) {
                print::sa(out, &s, opts);
            }
        },
    )
}

pub fn allocspi_request(args: &mut Args) -> Result<Vec<u8>> {
    let mut id = Id::default();
    let mut seq = 0u32;
    let mut mark: Option<(u32, u32)> = None;
    let (mut min, mut max) = (None, None);
    while let Some(w) = args.next().map(str::to_string) {
        if w == "spi" {
            return Err(Error::ip_fail("\"spi\" is invalid"));
        }
        if id.word(&w, args)? {
            continue;
        }
        if !matches!(w.as_str(), "seq" | "mark" | "min" | "max") {
            return Err(invarg("unknown", &w));
        }
        let v = args.next().map(str::to_string).ok_or_else(incomplete)?;
        match w.as_str() {
            "seq" => seq = get_u32(&v).ok_or_else(|| invarg("SEQ value is invalid", &v))?,
            "mark" => {
                let m = get_u32(&v).ok_or_else(|| invarg("MARK value is invalid\n", &v))?;
                let mut mask = u32::MAX;
                if args.peek() == Some("mask") {
                    args.next();
                    let v = args.next().map(str::to_string).ok_or_else(incomplete)?;
                    mask = get_u32(&v).ok_or_else(|| invarg("MASK value is invalid\n", &v))?;
                }
                mark = Some((m, mask));
            }
            "min" | "max" => {
                let n = get_u32(&v)
                    .ok_or_else(|| invarg(&format!("value after \"{w}\" is invalid"), &v))?;
                if w == "min" {
                    min = Some(n);
                } else {
                    max = Some(n);
                }
            }
            _ => return Err(invarg("unknown", &w)),
        }
    }
    if id.src.is_none() && id.dst.is_none() && id.proto.is_none() {
        return Err(Error::ip_fail("Not enough information: ID is required"));
    }
    let Some(proto) = id.proto else {
        return Err(Error::ip_usage(
            "Error: argument \"XFRM-PROTO\" is required",
        ));
    };
    let (min, max) = match (min, max) {
        (Some(a), Some(b)) if a > b => {
            return Err(Error::ip_fail(
                "value after \"min\" is larger than value after \"max\"",
            ))
        }
        (Some(a), Some(b)) => (a, b),
        (Some(_), None) => return Err(Error::ip_fail("\"max\" is missing")),
        (None, Some(_)) => return Err(Error::ip_fail("\"min\" is missing")),
        (None, None) => (0x100, 0x0fff_ffff),
    };
    let family = id.src.or(id.dst).map(|a| a.family).unwrap_or(0);
    let mut m = vec![0u8; SA_INFO_LEN];
    let put = |m: &mut Vec<u8>, at: usize, b: &[u8]| {
        if let Some(d) = m.get_mut(at..at + b.len()) {
            d.copy_from_slice(b);
        }
    };
    if let Some(d) = &id.dst {
        put(&mut m, 56, &d.bytes()[..d.bytes().len().min(16)]);
    }
    m[76] = proto;
    if let Some(s) = &id.src {
        put(&mut m, 80, &s.bytes()[..s.bytes().len().min(16)]);
    }
    // The reference writes the sequence number in network order.
    put(&mut m, 204, &seq.to_be_bytes());
    put(&mut m, 208, &id.reqid.unwrap_or(0).to_ne_bytes());
    put(&mut m, 212, &u16::from(family).to_ne_bytes());
    m[214] = id.mode.unwrap_or(0);
    m.extend_from_slice(&min.to_ne_bytes());
    m.extend_from_slice(&max.to_ne_bytes());
    if let Some((v, k)) = mark {
        let mut b = [0u8; 8];
        b[..4].copy_from_slice(&v.to_ne_bytes());
        b[4..].copy_from_slice(&k.to_ne_bytes());
        m.extend_from_slice(&attr::emit_all(&[attr::bytes(XFRMA_MARK, &b)]));
    }
    Ok(m)
}

/// The request of `get`/`delete`: `xfrm_usersa_id`, the source address, the mark.
pub fn id_request(args: &mut Args) -> Result<Vec<u8>> {
    let mut id = Id::default();
    let mut mark = None;
    let mut any = false;
    while let Some(w) = args.next().map(str::to_string) {
        if w == "mark" {
            mark = Some(words::mark(args)?);
            continue;
        }
        if w == "mode" || w == "reqid" || !id.word(&w, args)? {
            return Err(invarg("unknown", &w));
        }
        any = true;
    }
    let mut m = Vec::with_capacity(64);
    let addr16 = |a: &Option<Inet>| {
        let mut b = [0u8; 16];
        if let Some(a) = a {
            let v = a.bytes();
            let n = v.len().min(16);
            b[..n].copy_from_slice(&v[..n]);
        }
        b
    };
    let daddr = addr16(&id.dst);
    let saddr = addr16(&id.src);
    let family = id.src.or(id.dst).map(|a| a.family).unwrap_or(2);
    if any {
        let Some(proto) = id.proto else {
            return Err(Error::ip_usage(
                "Error: argument \"XFRM-PROTO\" is required",
            ));
        };
        if id.spi.is_some() && matches!(proto, 43 | 60) {
            return Err(Error::ip_fail(format_args!(
                "\"spi\" is invalid with XFRM-PROTO value \"{}\"",
                names::xfrm_proto(proto)
            )));
        }
    }
    m.extend_from_slice(&daddr);
    m.extend_from_slice(&id.spi.unwrap_or(0).to_be_bytes());
    m.extend_from_slice(&u16::from(family).to_ne_bytes());
    m.extend_from_slice(&[id.proto.unwrap_or(0), 0]);
    let mut items = Vec::new();
    if any {
        items.push(attr::bytes(XFRMA_SRCADDR, &saddr));
    }
    if let Some((v, k)) = mark.filter(|&(_, k)| k != 0) {
        let mut b = [0u8; 8];
        b[..4].copy_from_slice(&v.to_ne_bytes());
        b[4..].copy_from_slice(&k.to_ne_bytes());
        items.push(attr::bytes(XFRMA_MARK, &b));
    }
    m.extend_from_slice(&attr::emit_all(&items));
    Ok(m)
}

pub fn get(args: &mut Args, opts: &Opts) -> Result<()> {
    let req = id_request(args)?;
    sock::show(opts, XFRM_MSG_GETSA, &req, XFRM_MSG_NEWSA, &mut |out, m| {
        if let Some(s) = SaInfo::parse(m) {
            print::sa(out, &s, opts);
        }
    })
}

pub fn delete(args: &mut Args, _opts: &Opts) -> Result<()> {
    let req = id_request(args)?;
    let mut sock = open()?;
    rtnl::ack(&mut sock, Wire(XFRM_MSG_DELSA, &req), 0)
}
