//! NFNL_SUBSYS_NFT_COMPAT: whether the kernel has an xt match or target at a revision
//! (NFNL_MSG_COMPAT_GET, as iptables-nft asks before it uses an extension).

use super::Writer;
use crate::netlink::{Fail, Socket, Wire};

/// NFNL_SUBSYS_NFT_COMPAT and NFNL_MSG_COMPAT_GET.
const SUBSYS: u16 = 11;
const GET: u16 = 0;
/// NFTA_COMPAT_NAME, NFTA_COMPAT_REV, NFTA_COMPAT_TYPE (1: target, 0: match).
const NAME: u16 = 1;
const REV: u16 = 2;
const TYPE: u16 = 3;

/// Whether the kernel has xt extension `name` at revision `rev` (a target or a match) for
/// `family`: None when it could not be asked (no socket), Some(false) when it refused.
pub fn supported(family: u8, name: &str, rev: u32, target: bool) -> Option<bool> {
    let mut sock = Socket::open(netlink_sys::protocols::NETLINK_NETFILTER).ok()?;
    let mut w = Writer::new(family, 0);
    w.str(NAME, name)
        .be32(REV, rev)
        .be32(TYPE, u32::from(target));
    match sock.ack(Wire((SUBSYS << 8) | GET, &w.buf), 0) {
        Ok(_) => Some(true),
        Err(Fail::Nack(_)) => Some(false),
        Err(_) => None,
    }
}
