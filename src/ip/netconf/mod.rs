//! `ip netconf`: show/list [dev NAME], and the printer `ip monitor` uses for netconf events.

mod print;

pub use print::print;

use super::event::Event;
use super::ifnames::{self, Names};
use super::opts::{Opts, Out};
use super::{rtnl, usage};
use crate::cli::{self, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::rtnl::netconf::*;
use crate::netlink::Wire;

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show(args, opts);
    };
    if matches(&cmd, "show") || matches(&cmd, "list") {
        return show(args, opts);
    }
    if matches(&cmd, "help") {
        return Err(Error::ip_usage_text(usage::NETCONF));
    }
    Err(Error::ip_usage(format_args!(
        "Command \"{cmd}\" is unknown, try \"ip netconf help\"."
    )))
}

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    // `dev NAME`; any other word is passed over, as the reference does
    let mut dev = None;
    while let Some(w) = args.next() {
        if w == "dev" {
            let name = args.next().ok_or_else(cli::incomplete)?.to_string();
            dev = Some(ifnames::index(&name).ok_or_else(|| ifnames::does_not_exist(&name))?);
        }
    }
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    if let (Some(index), true) = (dev, opts.family != 0) {
        // one device of one family: a request of its own, printed as plain text (the
        // reference opens no JSON document for it), a refusal left unsaid
        let mut plain = opts.clone();
        plain.json = false;
        plain.pretty = false;
        let mut p = plain.printer();
        let req = request(opts.family, Some(index));
        let _ = rtnl::talk(&mut sock, Wire(RTM_GETNETCONF, &req), 0, &mut |m| {
            if m.kind == RTM_NEWNETCONF {
                if let Some(nc) = Netconf::parse(m.payload) {
                    print(&mut p, &nc, &mut names);
                }
            }
            Ok(())
        });
        p.end()?;
        return Ok(());
    }
    let mut p = opts.printer();
    p.begin();
    let req = request(opts.family, None);
    let r = rtnl::dump(&mut sock, Wire(RTM_GETNETCONF, &req), &mut |m| {
        if m.kind != RTM_NEWNETCONF {
            return Ok(());
        }
        if let Some(nc) = Netconf::parse(m.payload) {
            // a family the kernel has no dump of is answered with all of them
            let family = opts.family == 0 || nc.family == opts.family;
            if family && dev.is_none_or(|d| nc.ifindex() == Some(d as i32)) {
                print(&mut p, &nc, &mut names);
            }
        }
        Ok(())
    });
    p.end()?;
    r.map_err(|fail| rtnl::terminated(fail, "Dump"))
}

/// `ip monitor`'s printer of netconf events (`-4`/`-6` select the groups listened to, not
/// the messages printed: a recording shows them all).
pub fn event(p: &mut Out, e: &Event, names: &mut Names) -> bool {
    let Some(nc) = Netconf::parse(e.payload) else {
        return false;
    };
    if let Some(d) = e.dev {
        if nc.ifindex() != Some(d as i32) {
            return false;
        }
    }
    e.start(p);
    print(p, &nc, names);
    true
}
