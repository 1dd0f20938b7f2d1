//! The words `add`/`update` (and the list filters) share: FLAG-LIST, `mark MARK [mask MASK]`,
//! LIMIT-LIST into a lifetime config, the ID of a template or SA, `ctx`.

use super::names;
use crate::cli::num::{get_u32, get_u64, get_u8};
use crate::cli::{incomplete, invarg, Args};
use crate::error::{Error, Result};
use crate::ip::prefix::{parse_prefix, Inet};
use crate::netlink::attr;
use netlink_packet_core::DefaultNla;

/// The next word, or iproute2's "Command line is not complete".
pub fn value(args: &mut Args) -> Result<String> {
    args.next().map(str::to_string).ok_or_else(incomplete)
}

/// A FLAG-LIST: one hex number (`0x…`), or as many names of `table` as follow.
pub fn flag_list(args: &mut Args, table: &[(&str, u8)]) -> Result<u8> {
    let Some(first) = args.peek().map(str::to_string) else {
        return Err(incomplete());
    };
    if first.len() > 2 && first.starts_with("0x") {
        args.next();
        return get_u8(&first).ok_or_else(|| invarg("FLAG value is invalid", &first));
    }
    let mut flags = 0u8;
    while let Some(v) = args.peek().and_then(|w| names::value(table, w)) {
        flags |= v;
        args.next();
    }
    Ok(flags)
}

/// `mark MARK [mask MASK]`: value and mask (all ones unless given).
pub fn mark(args: &mut Args) -> Result<(u32, u32)> {
    let v = value(args)?;
    let m = get_u32(&v).ok_or_else(|| invarg("MARK value is invalid\n", &v))?;
    let mut mask = u32::MAX;
    if args.peek() == Some("mask") {
        args.next();
        let v = value(args)?;
        mask = get_u32(&v).ok_or_else(|| invarg("MASK value is invalid\n", &v))?;
    }
    Ok((m, mask))
}

/// The XFRMA_MARK attribute of a mark (none when the mask is 0).
pub fn mark_attr(mark: Option<(u32, u32)>) -> Option<DefaultNla> {
    let (v, k) = mark.filter(|&(_, k)| k != 0)?;
    let mut b = [0u8; 8];
    b[..4].copy_from_slice(&v.to_ne_bytes());
    b[4..].copy_from_slice(&k.to_ne_bytes());
    Some(attr::bytes(crate::netlink::xfrm::XFRMA_MARK, &b))
}

/// The LIMIT words in the order of `struct xfrm_lifetime_cfg`.
const LIMITS: [&str; 8] = [
    "byte-soft",
    "byte-hard",
    "packet-soft",
    "packet-hard",
    "time-soft",
    "time-hard",
    "time-use-soft",
    "time-use-hard",
];

/// A lifetime config: byte and packet limits infinite until a LIMIT says otherwise.
pub fn lifetime_default() -> [u64; 8] {
    [u64::MAX, u64::MAX, u64::MAX, u64::MAX, 0, 0, 0, 0]
}

/// `limit LIMIT VALUE` (after `limit`) into the lifetime config.
pub fn limit(args: &mut Args, lft: &mut [u64; 8]) -> Result<()> {
    let w = value(args)?;
    let Some(at) = LIMITS.iter().position(|l| *l == w) else {
        return Err(invarg("LIMIT value is invalid", &w));
    };
    let v = value(args)?;
    let n = get_u64(&v).ok_or_else(|| invarg(&format!("value after \"{w}\" is invalid"), &v))?;
    if let Some(x) = lft.get_mut(at) {
        *x = n;
    }
    Ok(())
}

/// `any valid prefix`: an address the reference cannot read (exit 1).
pub fn prefix(v: &str) -> Result<Inet> {
    parse_prefix(v, 0).ok_or_else(|| {
        Error::ip_fail(format_args!(
            "Error: any valid prefix is expected rather than \"{v}\"."
        ))
    })
}

/// An ID: `[src ADDR] [dst ADDR] [proto XFRM-PROTO] [spi SPI]`.
#[derive(Default, Clone, Copy)]
pub struct Id {
    pub src: Option<Inet>,
    pub dst: Option<Inet>,
    pub proto: Option<u8>,
    pub spi: Option<u32>,
}

impl Id {
    /// Read an ID word (and its value); false when `w` is none.
    pub fn word(&mut self, w: &str, args: &mut Args) -> Result<bool> {
        match w {
            "src" | "dst" => {
                let v = value(args)?;
                let p = prefix(&v)?;
                let other = if w == "src" { &self.dst } else { &self.src };
                if other.is_some_and(|o| o.family != p.family) {
                    return Err(invarg(
                        "the same address family is required between values after \"src\" and \"dst\"",
                        &v,
                    ));
                }
                *if w == "src" {
                    &mut self.src
                } else {
                    &mut self.dst
                } = Some(p);
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
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// As many ID words as follow, then the protocol required (`spi` refused with the
    /// protocols that have none).
    pub fn parse(&mut self, args: &mut Args) -> Result<()> {
        while let Some(w) = args
            .peek()
            .filter(|w| ["src", "dst", "proto", "spi"].contains(w))
            .map(str::to_string)
        {
            args.next();
            self.word(&w, args)?;
        }
        self.check()
    }

    pub fn check(&self) -> Result<()> {
        let Some(proto) = self.proto else {
            return Err(Error::ip_usage(
                "Error: argument \"XFRM-PROTO\" is required",
            ));
        };
        if self.spi.is_some() && matches!(proto, 43 | 60) {
            return Err(Error::ip_fail(format_args!(
                "\"spi\" is invalid with XFRM-PROTO value \"{}\"",
                names::xfrm_proto(proto)
            )));
        }
        Ok(())
    }

    /// The family of its addresses (0: none given).
    pub fn family(&self) -> u8 {
        self.src.or(self.dst).map_or(0, |a| a.family)
    }
}

/// An address as the 16 bytes of `xfrm_address_t`.
pub fn addr16(a: &Option<Inet>) -> [u8; 16] {
    let mut b = [0u8; 16];
    if let Some(a) = a {
        let v = a.bytes();
        let n = v.len().min(16);
        b[..n].copy_from_slice(&v[..n]);
    }
    b
}

/// `ctx CTX`: the XFRMA_SEC_CTX attribute (`struct xfrm_user_sec_ctx` and the string with
/// its NUL).
pub fn sec_ctx(ctx: &str) -> DefaultNla {
    let n = ctx.len() + 1;
    let mut b = Vec::with_capacity(8 + n);
    b.extend_from_slice(&((8 + n) as u16).to_ne_bytes());
    b.extend_from_slice(&XFRMA_SEC_CTX.to_ne_bytes());
    b.extend_from_slice(&[1, 1]);
    b.extend_from_slice(&(n as u16).to_ne_bytes());
    b.extend_from_slice(ctx.as_bytes());
    b.push(0);
    attr::bytes(XFRMA_SEC_CTX, &b)
}

pub const XFRMA_SEC_CTX: u16 = 8;
