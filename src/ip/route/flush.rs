//! `ip route flush SELECTORS`: dump the family's routes, select them as `show` does, send
//! each back as RTM_DELROUTE, and repeat until a dump selects nothing (at most `-loops`
//! rounds, 10 by default); `flush cache` flushes the kernel's route cache.

use super::show::{parse, request};
use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::flush::Flush;
use crate::ip::opts::Opts;
use crate::ip::rtnl;
use crate::netlink::rtnl::route::Route;
use crate::netlink::rtnl::{AF_INET6, RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE};
use crate::netlink::Wire;

const ESRCH: i32 = 3;

pub fn flush(args: &mut Args, opts: &Opts) -> Result<()> {
    if args.is_empty() {
        return Err(Error::ip_fail("\"ip route flush\" requires arguments."));
    }
    if args.peek() == Some("cache") {
        // the kernel's cached routes: a write to its flush file, as the reference does
        let v = if opts.family == AF_INET6 {
            "ipv6"
        } else {
            "ipv4"
        };
        let _ = std::fs::write(format!("/proc/sys/net/{v}/route/flush"), "-1");
        return Ok(());
    }
    let f = parse(args, opts)?;
    let mut sock = rtnl::open()?;
    let req = request(&f);
    let job = Flush {
        kind: RTM_DELROUTE,
        gone: ESRCH,
        noun: "entries",
        stats: opts.stats,
        loops: opts.loops,
        once: false,
        bound_on_leftovers: true,
    };
    job.run(&mut sock, opts, &mut |sock, _, sel| {
        sock.dump(Wire(RTM_GETROUTE, &req), &mut |m| {
            if Route::parse(m.payload).is_some_and(|r| m.kind == RTM_NEWROUTE && f.accepts(&r)) {
                sel.push(m.payload);
            }
            Ok(())
        })
        .map(|_| ())
        .map_err(|fail| rtnl::route_terminated(fail, "Flush"))
    })
}
