//! `type veth|vxcan [peer OPTIONS]`: the peer is described with the same link options as
//! the device itself, in a link message of its own (read by the parser `ip link` hands in).

use super::host::Host;
use crate::cli::Args;
use crate::error::{exit, Error, Result};
use crate::netlink::attr;
use netlink_packet_core::DefaultNla;
use std::io::Write;

/// VETH_INFO_PEER and VXCAN_INFO_PEER.
const INFO_PEER: u16 = 1;

pub fn parse(kind: &str, args: &mut Args, host: &mut dyn Host) -> Result<Vec<DefaultNla>> {
    if args.peek() != Some("peer") {
        // The reference prints this one on stdout.
        let usage = format!(
            "Usage: ip link <options> type {kind} [peer <options>]\n\
             To get <options> type 'ip link add help'\n"
        );
        std::io::stdout().write_all(usage.as_bytes())?;
        return Err(Error::exit(exit::IP_FAIL));
    }
    args.next();
    let body = host.peer(args)?;
    Ok(vec![attr::bytes(INFO_PEER, &body)])
}
