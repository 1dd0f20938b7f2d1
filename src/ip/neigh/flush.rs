//! `ip neigh flush SELECTORS`: dump the selected neighbours (all but PERMANENT and NOARP
//! ones unless `nud` names them), send each back as RTM_DELNEIGH, and go again until a dump
//! selects nothing; `-s` counts the rounds, `-s -s` prints each entry first.

use super::filter::Filter;
use super::print::print_one;
use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::flush::Flush;
use crate::ip::ifnames::Names;
use crate::ip::opts::Opts;
use crate::ip::rtnl;
use crate::netlink::rtnl::neigh::Neigh;
use crate::netlink::rtnl::{RTM_DELNEIGH, RTM_GETNEIGH, RTM_NEWNEIGH};
use crate::netlink::Wire;

const ENOENT: i32 = 2;

pub fn flush(args: &mut Args, opts: &Opts) -> Result<()> {
    if args.is_empty() {
        return Err(Error::ip_fail("Flush requires arguments."));
    }
    let f = Filter::parse(args, opts)?;
    let mut sock = rtnl::open()?;
    let req = f.request(opts.family);
    let mut names = Names::default();
    let job = Flush {
        kind: RTM_DELNEIGH,
        gone: ENOENT,
        noun: "entries",
        stats: opts.stats,
        loops: opts.loops,
        once: false,
        bound_on_leftovers: true,
    };
    // the entries of `-s -s` are printed as `ip -s neigh show` prints them
    let mut plain = opts.clone();
    plain.json = false;
    plain.pretty = false;
    job.run(&mut sock, opts, &mut |sock, p, sel| {
        sock.dump(Wire(RTM_GETNEIGH, &req), &mut |m| {
            if let Some(n) = Neigh::parse(m.payload).filter(|_| m.kind == RTM_NEWNEIGH) {
                if f.accepts(&n, opts.family, true) {
                    if opts.stats > 1 {
                        print_one(p, &n, f.dev.is_none(), &plain, &mut names);
                    }
                    sel.push(m.payload);
                }
            }
            Ok(())
        })
        .map(|_| ())
        .map_err(|fail| rtnl::terminated(fail, "Flush"))
    })
}
