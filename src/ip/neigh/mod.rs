//! `ip neighbour`: show/list, get, add/change/replace/delete (`modify`), flush.

mod filter;
mod flush;
mod modify;
mod nud;
mod print;
#[cfg(test)]
mod tests;

use filter::Filter;
use print::print_one;

use super::event::Event;
use super::ifnames::{self, Names};
use super::opts::{Opts, Out};
use super::prefix::get_addr;
use super::{rtnl, usage};
use crate::cli::{self, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use crate::netlink::rtnl::neigh::*;
use crate::netlink::rtnl::{RTM_GETNEIGH, RTM_NEWNEIGH};
use crate::netlink::Wire;

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show(args, opts);
    };
    if matches(&cmd, "show") || matches(&cmd, "list") || matches(&cmd, "lst") {
        return show(args, opts);
    }
    if matches(&cmd, "help") {
        return Err(Error::ip_usage_text(usage::NEIGH));
    }
    type Sub = fn(&mut Args, &Opts) -> Result<()>;
    let subs: [(&str, Sub); 5] = [
        ("add", modify::add),
        ("change", modify::change),
        ("chg", modify::change),
        ("replace", modify::replace),
        ("delete", modify::delete),
    ];
    if let Some(&(_, f)) = subs.iter().find(|(n, _)| {
        if *n == "chg" {
            cmd == "chg"
        } else {
            matches(&cmd, n)
        }
    }) {
        return f(args, opts);
    }
    if matches(&cmd, "get") {
        return get(args, opts);
    }
    if matches(&cmd, "flush") {
        return flush::flush(args, opts);
    }
    Err(Error::ip_usage(format_args!(
        "Command \"{cmd}\" is unknown, try \"ip neigh help\"."
    )))
}

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = Filter::parse(args, opts)?;
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = opts.printer();
    p.begin();
    let r = rtnl::dump(
        &mut sock,
        Wire(RTM_GETNEIGH, &f.request(opts.family)),
        &mut |msg| {
            if let Some(n) = Neigh::parse(msg.payload).filter(|_| msg.kind == RTM_NEWNEIGH) {
                if f.accepts(&n, opts.family, false) {
                    print_one(&mut p, &n, f.dev.is_none(), opts, &mut names);
                }
            }
            Ok(())
        },
    );
    p.end()?;
    r.map_err(|f| rtnl::terminated(f, "Dump"))
}

/// `ip neigh get ADDR dev NAME`: one RTM_GETNEIGH, the answer printed as `show` prints an
/// entry (with its device, whatever its state; plain text even under `-j`, as the
/// reference prints it).
fn get(args: &mut Args, opts: &Opts) -> Result<()> {
    let (mut dst, mut dev) = (None, None);
    while let Some(w) = args.next().map(str::to_string) {
        if w == "dev" {
            dev = Some(args.value()?.to_string());
        } else {
            let v = if w == "to" {
                args.value()?.to_string()
            } else {
                w
            };
            if dst.is_some() {
                return Err(cli::duparg2("to", &v));
            }
            dst = Some(get_addr(&v, opts.family)?);
        }
    }
    let (Some(dst), Some(dev)) = (dst, dev) else {
        return Err(Error::ip_fail("Device and address are required arguments."));
    };
    let index = ifnames::require(&dev)?;
    let mut m = vec![dst.family, 0, 0, 0];
    m.extend_from_slice(&index.to_ne_bytes());
    m.extend_from_slice(&[0, 0, 0, 0]);
    m.extend(attr::emit_all(&[attr::bytes(NDA_DST, dst.bytes())]));
    let mut plain = opts.clone();
    plain.json = false;
    plain.pretty = false;
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    let mut p = plain.printer();
    let r = rtnl::talk(&mut sock, Wire(RTM_GETNEIGH, &m), 0, &mut |msg| {
        if let Some(n) = Neigh::parse(msg.payload).filter(|_| msg.kind == RTM_NEWNEIGH) {
            print_one(&mut p, &n, true, &plain, &mut names);
        }
        Ok(())
    });
    p.end()?;
    r.map_err(rtnl::answers)
}

/// `ip monitor`'s printer of neighbour events (`dev NAME` selected: the dev left out).
pub fn event(p: &mut Out, e: &Event, names: &mut Names) -> bool {
    let Some(n) = Neigh::parse(e.payload) else {
        return false;
    };
    if !e.family_ok(n.family) || !e.dev_ok(n.index) || !n.attr.has(NDA_DST) {
        return false;
    }
    e.start(p);
    print_one(p, &n, e.dev.is_none(), e.opts, names);
    true
}
