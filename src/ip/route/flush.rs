//! `ip route flush SELECTORS`: dump the family's routes, select them as `show` does, send
//! each back as RTM_DELROUTE, and repeat until a dump selects nothing (at most `-loops`
//! rounds, 10 by default); `flush cache` flushes the kernel's route cache.

use super::show::{parse, request};
use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::opts::{printer, Opts, Out};
use crate::ip::rtnl;
use crate::netlink::rtnl::route::Route;
use crate::netlink::rtnl::{AF_INET6, RTM_DELROUTE, RTM_GETROUTE, RTM_NEWROUTE};
use crate::netlink::{Socket, Wire};

const ESRCH: i32 = 3;
/// The reference's default for `-loops`.
const MAX_FLUSH_LOOPS: i64 = 10;

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
    let max_loops = match opts.loops {
        None => MAX_FLUSH_LOOPS,
        Some(0) => i64::MAX,
        Some(n) => i64::from(n),
    };
    let mut sock = rtnl::open()?;
    let mut style = opts.style();
    style.json = false;
    style.pretty = false;
    let mut p = printer(style);
    let req = request(&f);
    let r = rounds(
        &mut sock,
        &req,
        &|r| f.accepts(r),
        opts.stats,
        max_loops,
        &mut p,
    );
    let flushed = p.end();
    r?;
    flushed?;
    Ok(())
}

fn rounds(
    sock: &mut Socket,
    req: &[u8],
    accepts: &dyn Fn(&Route) -> bool,
    stats: u32,
    max_loops: i64,
    p: &mut Out,
) -> Result<()> {
    let mut round = 0i64;
    let mut selected: Vec<u8> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    while round < max_loops {
        selected.clear();
        ends.clear();
        sock.dump(Wire(RTM_GETROUTE, req), &mut |m| {
            if Route::parse(m.payload).is_some_and(|r| m.kind == RTM_NEWROUTE && accepts(&r)) {
                selected.extend_from_slice(m.payload);
                ends.push(selected.len());
            }
            Ok(())
        })
        .map_err(|fail| rtnl::terminated(fail, "Flush"))?;
        if ends.is_empty() {
            if stats > 0 {
                if round == 0 {
                    p.fp_str("Nothing to flush.\n");
                } else {
                    let s = if round == 1 { "" } else { "s" };
                    p.fp(format_args!(
                        "*** Flush is complete after {round} round{s} ***\n"
                    ));
                }
            }
            return Ok(());
        }
        round += 1;
        rtnl::delete_all(sock, RTM_DELROUTE, &selected, &ends, ESRCH, p)?;
        if stats > 0 {
            p.fp(format_args!(
                "\n*** Round {round}, deleting {} entries ***\n",
                ends.len()
            ));
            p.flush()?;
        }
    }
    p.flush()?;
    Err(Error::ip_usage(format_args!(
        "*** Flush remains incomplete after {max_loops} rounds. ***"
    )))
}
