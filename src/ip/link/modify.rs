//! `ip link add`, `set` (= `change`), `replace` and `delete`: one request built from the
//! shared link options (`link_kind`), sent over rtnetlink and acknowledged.

use crate::cli::Args;
use crate::error::Result;
use crate::ip::link_kind::{request, Cmd, Globals, System};
use crate::ip::Opts;
use crate::netlink::Fail;

fn run(cmd: Cmd, args: &mut Args, opts: &Opts) -> Result<()> {
    // The system keeps namespace files open until the request has been answered.
    let mut sys = System::default();
    let g = Globals {
        family: opts.family,
        force: opts.force,
    };
    let (msg, flags) = request(cmd, args, g, &mut sys)?;
    sys.socket()?.ack(msg, flags).map_err(Fail::rtnl)
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
