//! The XFRM socket and what the deletes of `deleteall` share: the mark as the reference
//! copies it, the loop that tries every delete.

use crate::error::{io_text, Error, Result};
use crate::netlink::Socket;

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
