//! `ip nexthop`: show/list and get (show.rs), add/replace/delete (modify.rs builds the
//! request), flush (flush.rs), the resilient groups' buckets (bucket.rs); one nexthop's
//! printer is shared (`ip/nhprint.rs`).

mod bucket;
mod flush;
mod modify;
mod show;
#[cfg(test)]
mod tests;

use super::event::Event;
use super::ifnames::Names;
use super::opts::{Opts, Out};
use crate::cli::{matches, Args};
use crate::error::Result;
use crate::netlink::rtnl::nexthop::Nexthop;
use show::{help, unknown};

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show::show(args, opts);
    };
    let c = cmd.as_str();
    if matches(c, "add") {
        return modify::add(args, opts);
    }
    if matches(c, "replace") {
        return modify::replace(args, opts);
    }
    if matches(c, "delete") {
        return modify::delete(args, opts);
    }
    if matches(c, "show") || matches(c, "list") || matches(c, "lst") {
        return show::show(args, opts);
    }
    if matches(c, "get") {
        return show::get(args, opts);
    }
    if matches(c, "bucket") {
        return bucket::run(args, opts);
    }
    if matches(c, "flush") {
        return flush::flush(args, opts);
    }
    if matches(c, "help") {
        return Err(help());
    }
    Err(unknown(c))
}

/// One RTM_NEWNEXTHOP/RTM_DELNEXTHOP event as `ip monitor` prints it (`Deleted ` first for
/// a deletion), whatever family `-4`/`-6` named (the reference does not filter them).
pub fn event(p: &mut Out, e: &Event, names: &mut Names) -> bool {
    let Some(nh) = Nexthop::parse(e.payload) else {
        return false;
    };
    e.start(p);
    super::nhprint::print(p, &nh, e.opts.details > 0, names);
    true
}
