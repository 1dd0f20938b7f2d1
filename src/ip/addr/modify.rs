//! `ip address add | change | replace | delete`: the request (`request`), sent and
//! acknowledged, and with `-echo` the kernel's copy printed back.

use super::print::{print_brief_addr, print_one};
use super::request::{build, Cmd};
use crate::cli::Args;
use crate::error::Result;
use crate::ip::ifnames;
use crate::ip::opts::Opts;
use crate::ip::rtnl;
use crate::netlink::rtnl::addr::Addr;
use crate::netlink::rtnl::{RTM_DELADDR, RTM_NEWADDR};
use crate::output::Show;
use netlink_packet_core::NLM_F_ECHO;

pub fn add(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, Cmd::Add)
}

pub fn change(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, Cmd::Change)
}

pub fn replace(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, Cmd::Replace)
}

pub fn delete(args: &mut Args, opts: &Opts) -> Result<()> {
    run(args, opts, Cmd::Delete)
}

fn run(args: &mut Args, opts: &Opts, cmd: Cmd) -> Result<()> {
    let req = build(args, opts, cmd, &ifnames::index, &mut |w| {
        eprint!("{w}");
    })?;
    let mut sock = rtnl::open()?;
    if !opts.echo {
        return rtnl::ack(&mut sock, req.msg, req.flags);
    }
    // -echo: the kernel sends the address back (IPv4 does; IPv6 sends nothing).
    let mut echoed: Vec<(u16, Vec<u8>)> = Vec::new();
    rtnl::talk(&mut sock, req.msg, req.flags | NLM_F_ECHO, &mut |m| {
        if m.kind == RTM_NEWADDR || m.kind == RTM_DELADDR {
            echoed.push((m.kind, m.payload.to_vec()));
        }
        Ok(())
    })
    .map_err(rtnl::answers)?;
    // Nothing echoed (IPv6): plain output stays empty, JSON still shows one empty object.
    if echoed.is_empty() && !opts.json {
        return Ok(());
    }
    let mut p = opts.printer();
    p.begin();
    if echoed.is_empty() {
        p.open_object(None);
        p.close_object();
    }
    for (kind, payload) in &echoed {
        if let Some(a) = Addr::parse(payload) {
            // `-br`: just `ADDR/LEN ` (no newline), as the reference echoes it
            if opts.brief {
                if *kind == RTM_DELADDR {
                    p.fp_str("Deleted ");
                }
                print_brief_addr(&mut p, &a);
                continue;
            }
            p.open_object(None);
            if *kind == RTM_DELADDR {
                p.value(Show::Any, Some("deleted"), format_args!("Deleted "), &true);
            }
            print_one(&mut p, &a);
            p.close_object();
        }
    }
    p.end()?;
    Ok(())
}
