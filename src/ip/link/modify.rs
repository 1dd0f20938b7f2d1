//! `ip link add`, `set` (= `change`), `replace` and `delete`: one request built from the
//! link options (`options`) and the kind's own words, sent over rtnetlink and acknowledged.

use super::env::{Env, System};
use super::options::{parse, Globals, Mode};
use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::opts::Opts;
use crate::ip::rtnl;
use netlink_packet_core::{NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE};
use netlink_packet_route::RouteNetlinkMessage;

/// The four commands that build a link request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmd {
    Add,
    Replace,
    Set,
    Delete,
}

/// The request for `ip link CMD ARGS` and its netlink flags (besides REQUEST|ACK):
/// RTM_NEWLINK with CREATE|EXCL for add, CREATE|REPLACE for replace, none for set;
/// RTM_DELLINK for delete.
pub(super) fn request(
    cmd: Cmd,
    args: &mut Args,
    g: Globals,
    env: &mut dyn Env,
) -> Result<(RouteNetlinkMessage, u16)> {
    let mode = match cmd {
        Cmd::Add | Cmd::Replace => Mode::Create,
        Cmd::Set | Cmd::Delete => Mode::Modify,
    };
    let link = parse(args, mode, g, false, env)?;
    if mode == Mode::Create && link.kind.is_none() {
        return Err(Error::ip_fail(
            "Not enough information: \"type\" argument is required",
        ));
    }
    Ok(match cmd {
        Cmd::Add => (
            RouteNetlinkMessage::NewLink(link.msg),
            NLM_F_CREATE | NLM_F_EXCL,
        ),
        Cmd::Replace => (
            RouteNetlinkMessage::NewLink(link.msg),
            NLM_F_CREATE | NLM_F_REPLACE,
        ),
        Cmd::Set => (RouteNetlinkMessage::NewLink(link.msg), 0),
        Cmd::Delete => (RouteNetlinkMessage::DelLink(link.msg), 0),
    })
}

fn run(cmd: Cmd, args: &mut Args, opts: &Opts) -> Result<()> {
    // The system keeps namespace files open until the request has been answered.
    let mut sys = System::default();
    let g = Globals {
        family: opts.family,
        force: opts.force,
    };
    let (msg, flags) = request(cmd, args, g, &mut sys)?;
    rtnl::ack(sys.socket()?, msg, flags)
}

pub fn add(args: &mut Args, opts: &Opts) -> Result<()> {
    run(Cmd::Add, args, opts)
}

pub fn set(args: &mut Args, opts: &Opts) -> Result<()> {
    run(Cmd::Set, args, opts)
}

pub fn replace(args: &mut Args, opts: &Opts) -> Result<()> {
    run(Cmd::Replace, args, opts)
}

pub fn delete(args: &mut Args, opts: &Opts) -> Result<()> {
    run(Cmd::Delete, args, opts)
}
