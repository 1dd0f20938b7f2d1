//! `type veth|vxcan [peer OPTIONS]`: the peer is described with the same link options as
//! the device itself, in a link message of its own.

use super::env::Env;
use super::nla;
use super::opts::{self, Globals, Mode};
use crate::cli::Args;
use crate::error::{Error, Result};
use netlink_packet_core::{DefaultNla, Emitable};
use std::io::Write;

/// VETH_INFO_PEER and VXCAN_INFO_PEER.
const INFO_PEER: u16 = 1;

pub fn parse(
    kind: &str,
    args: &mut Args,
    mode: Mode,
    g: Globals,
    env: &mut dyn Env,
) -> Result<Vec<DefaultNla>> {
    if args.peek() != Some("peer") {
        // The reference prints this one on stdout.
        let usage = format!(
            "Usage: ip link <options> type {kind} [peer <options>]\n\
             To get <options> type 'ip link add help'\n"
        );
        std::io::stdout().write_all(usage.as_bytes())?;
        return Err(Error::exit(1));
    }
    args.next();
    let peer = opts::parse(args, mode, g, true, env)?;
    let mut body = vec![0; peer.msg.buffer_len()];
    peer.msg.emit(&mut body);
    Ok(vec![nla::bytes(INFO_PEER, &body)])
}
