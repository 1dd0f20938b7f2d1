//! The XFRM socket and the skeleton state and policy share: a dump of one message kind,
//! list (a dump onto the printer), a request whose answer is printed (get, allocspi, count),
//! flush, and what the deletes of `deleteall` share: the mark as the reference copies it, the
//! loop that tries every delete.

use super::print;
use crate::error::{io_text, Error, Result};
use crate::ip::opts::{Opts, Out};
use crate::ip::rtnl;
use crate::netlink::{Socket, Wire};

pub type Sock = Socket;

/// An XFRM socket, or the reference's complaint (exit 1).
pub fn open() -> Result<Sock> {
    Socket::open(netlink_sys::protocols::NETLINK_XFRM)
        .map_err(|e| Error::ip_fail(format_args!("Cannot open netlink socket: {}", io_text(&e))))
}

/// A dumped mark as the reference copies it into a delete: the value and mask, and the four
/// bytes that follow them in the dump (zeros at its end).
pub fn mark_copy(attrs: &[u8]) -> Option<[u8; 12]> {
    let v = crate::netlink::attr::find(attrs, crate::netlink::xfrm::XFRMA_MARK)?;
    let at = (v.as_ptr() as usize).checked_sub(attrs.as_ptr() as usize)?;
    let mut out = [0u8; 12];
    for (i, b) in out.iter_mut().enumerate() {
        *b = if i < 8 {
            v.get(i).copied().unwrap_or(0)
        } else {
            attrs.get(at + i).copied().unwrap_or(0)
        };
    }
    Some(out)
}

/// The deletes of `deleteall`, each sent; every one is tried, the first refusal reported as
/// the reference words it (exit 1).
pub fn delete_each(sock: &mut Sock, kind: u16, dels: &[Vec<u8>]) -> Result<()> {
    let mut first = None;
    for d in dels {
        if let Err(f) = sock.ack(crate::netlink::Wire(kind, d), 0) {
            first.get_or_insert(f);
        }
    }
    match first {
        None => Ok(()),
        Some(crate::netlink::Fail::Nack(n)) => Err(Error::ip_fail(format_args!(
            "Failed to send delete-all request: {}",
            crate::error::strerror(n.errno)
        ))),
        Some(f) => Err(crate::ip::rtnl::answers(f)),
    }
}

/// A dump (`get` with `req`), the payload of each `new` answer to `each`.
pub fn dump(
    sock: &mut Sock,
    get: u16,
    new: u16,
    req: &[u8],
    each: &mut dyn FnMut(&[u8]),
) -> Result<()> {
    rtnl::dump(sock, Wire(get, req), &mut |m| {
        if m.kind == new {
            each(m.payload);
        }
        Ok(())
    })
    .map_err(|f| rtnl::terminated(f, "Dump"))
}

/// `list`: the dump onto the printer, each `new` answer printed (or skipped) by `each`.
pub fn list(
    opts: &Opts,
    get: u16,
    new: u16,
    req: &[u8],
    each: &mut dyn FnMut(&mut Out, &[u8]),
) -> Result<()> {
    let mut sock = open()?;
    let mut out = print::printer(opts);
    let r = dump(&mut sock, get, new, req, &mut |m| each(&mut out, m));
    out.end()?;
    r
}

/// One request (`kind` with `req`); each `new` answer printed by `each`, after the kernel
/// accepted it.
pub fn show(
    opts: &Opts,
    kind: u16,
    req: &[u8],
    new: u16,
    each: &mut dyn FnMut(&mut Out, &[u8]),
) -> Result<()> {
    let mut sock = open()?;
    let mut out = print::printer(opts);
    rtnl::talk(&mut sock, Wire(kind, req), 0, &mut |m| {
        if m.kind == new {
            each(&mut out, m.payload);
        }
        Ok(())
    })
    .map_err(rtnl::answers)?;
    Ok(out.end()?)
}

/// `flush`: the request; a refusal as ip words it, `Failed to send flush request` in place
/// of `RTNETLINK answers` when `reword`.
pub fn flush(kind: u16, body: &[u8], reword: bool) -> Result<()> {
    let mut sock = open()?;
    rtnl::ack(&mut sock, Wire(kind, body), 0).map_err(|e| {
        if reword {
            Error::ip_fail_text(
                e.text
                    .replace("RTNETLINK answers", "Failed to send flush request"),
            )
        } else {
            e
        }
    })
}
