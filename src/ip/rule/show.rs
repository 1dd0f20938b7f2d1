//! `ip rule list|show [SELECTORS]`, `flush [SELECTORS]` (every selected rule but those of
//! priority 0), and `save`/`restore` of the binary dump stream (the kernel's messages after a
//! magic word).

use super::filter::{self, Filter};
use super::print::print;
use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::flush::Flush;
use crate::ip::opts::Opts;
use crate::ip::rtnl;
use crate::ip::stream;
use crate::netlink::rtnl::rule::{Rule, FIB_RULE_HDR_LEN};
use crate::netlink::rtnl::{RTM_DELRULE, RTM_GETRULE, RTM_NEWRULE};
use crate::netlink::{Fail, Msg, Socket, Wire, NLMSG_HDRLEN};
use netlink_packet_core::NLM_F_CREATE;

/// The stream's first word.
const MAGIC: u32 = 0x7170_6986;
const ENOENT: i32 = 2;

/// RTM_GETRULE of the family (inet unless `-6`).
fn request(opts: &Opts) -> [u8; FIB_RULE_HDR_LEN] {
    let mut m = [0u8; FIB_RULE_HDR_LEN];
    m[0] = super::values::family(opts);
    m
}

/// Each rule of the dump to `each`.
fn dump(
    sock: &mut Socket,
    opts: &Opts,
    each: &mut dyn FnMut(&Msg, &Rule) -> Result<()>,
) -> std::result::Result<(), Fail> {
    let req = request(opts);
    rtnl::dump(sock, Wire(RTM_GETRULE, &req), &mut |m| {
        Rule::with(m.payload, |r| match r {
            Some(r) if m.kind == RTM_NEWRULE => each(&m, r),
            _ => Ok(()),
        })
    })
}

pub fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = filter::parse(args, opts)?;
    let mut sock = rtnl::open()?;
    let mut p = opts.printer();
    p.begin();
    let r = dump(&mut sock, opts, &mut |_, rule| {
        if f.accepts(rule) {
            print(&mut p, rule, opts.details > 0);
        }
        Ok(())
    });
    match r {
        Ok(()) => Ok(p.end()?),
        Err(fail) => {
            // the reference leaves its JSON array open
            p.flush()?;
            Err(exit_255(rtnl::terminated(fail, "Dump")))
        }
    }
}

/// `ip rule` ends its failures with exit code 255 where the other objects say 1.
fn exit_255(e: Error) -> Error {
    Error::ip_usage_text(e.text)
}

/// Every selected rule is deleted. (The reference deletes each one while it still reads the
/// dump, and the kernel, resuming a rule dump at a count of rules, then passes over some: a
/// flush of hundreds of rules leaves a few of them behind, a different few from run to run.
/// Not copied: a flush here is complete.)
pub fn flush(args: &mut Args, opts: &Opts) -> Result<()> {
    let f: Filter = filter::parse(args, opts)?;
    let mut sock = rtnl::open()?;
    let mut p = opts.printer();
    p.begin();
    let job = Flush {
        kind: RTM_DELRULE,
        gone: ENOENT,
        noun: "rules",
        stats: 0,
        loops: None,
        once: true,
        bound_on_leftovers: false,
    };
    let r = job.run(&mut sock, opts, &mut |sock, _, sel| {
        dump(sock, opts, &mut |m, rule| {
            if f.flushes(rule) {
                sel.push(m.payload);
            }
            Ok(())
        })
        .map_err(|fail| exit_255(rtnl::terminated(fail, "Dump")))
    });
    p.end()?;
    r
}

pub fn save(args: &mut Args, opts: &Opts) -> Result<()> {
    if !args.is_empty() {
        return Err(Error::ip_fail(
            "\"ip rule save\" does not take any arguments.",
        ));
    }
    let Some(mut out) = stream::Writer::open(MAGIC)? else {
        return Ok(());
    };
    let mut sock = rtnl::open()?;
    let r = dump(&mut sock, opts, &mut |m, _| {
        out.message(m.raw);
        Ok(())
    });
    out.finish()?;
    r.map_err(|fail| exit_255(rtnl::terminated(fail, "Dump")))
}

/// `ip rule restore`: each rule of the stream sent back (its flags and NLM_F_CREATE); the
/// first refusal ends it.
pub fn restore(_args: &mut Args, _opts: &Opts) -> Result<()> {
    let data = stream::read(MAGIC).map_err(exit_255)?;
    let mut sock = rtnl::open()?;
    for msg in stream::messages(&data) {
        let msg = msg.map_err(|()| Error::ip_usage("rtnl-from_file: truncated message"))?;
        let kind = u16::from_ne_bytes([msg[4], msg[5]]);
        let flags = u16::from_ne_bytes([msg[6], msg[7]]);
        if let Err(f) = rtnl::talk(
            &mut sock,
            Wire(kind, &msg[NLMSG_HDRLEN..]),
            flags | NLM_F_CREATE,
            &mut |_| Ok(()),
        ) {
            return Err(exit_255(rtnl::answers(f)));
        }
    }
    Ok(())
}
