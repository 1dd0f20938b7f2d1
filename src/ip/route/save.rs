//! `ip route save [SELECTORS]` (the dump, as the kernel sent it, after a magic word, for a
//! file or a pipe), `ip route showdump` (print such a stream) and `ip route restore` (send
//! its routes back to the kernel), with the reference's complaints.

use super::print::{print, Pinned};
use super::show::{parse, request};
use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::flush::plain_printer;
use crate::ip::ifnames::Names;
use crate::ip::opts::Opts;
use crate::ip::{rtnl, stream};
use crate::netlink::rtnl::route::Route;
use crate::netlink::rtnl::{RTM_GETROUTE, RTM_NEWROUTE};
use crate::netlink::{Fail, Wire, NLMSG_HDRLEN};
use netlink_packet_core::NLM_F_CREATE;

/// The stream's first word.
const MAGIC: u32 = 0x4531_1224;
const EEXIST: i32 = 17;

pub fn save(args: &mut Args, opts: &Opts) -> Result<()> {
    // the magic word goes out before the selectors are read, as the reference writes it
    let Some(mut out) = stream::Writer::open(MAGIC)? else {
        return Ok(());
    };
    let f = parse(args, opts)?;
    let mut sock = rtnl::open()?;
    let r = rtnl::dump(&mut sock, Wire(RTM_GETROUTE, &request(&f)), &mut |m| {
        if Route::parse(m.payload).is_some_and(|r| m.kind == RTM_NEWROUTE && f.accepts(&r)) {
            out.message(m.raw);
        }
        Ok(())
    });
    out.finish()?;
    r.map_err(|fail| rtnl::route_terminated(fail, "Dump"))
}

fn truncated() -> Error {
    Error::ip_kernel("rtnl-from_file: truncated message")
}

/// `ip route showdump`: each route of the stream, printed as `show` prints it (plain text,
/// whatever `-j` says).
pub fn showdump(_args: &mut Args, opts: &Opts) -> Result<()> {
    let data = stream::read(MAGIC)?;
    let mut p = plain_printer(opts);
    let mut names = Names::default();
    p.begin();
    let mut r = Ok(());
    for msg in stream::messages(&data) {
        let Ok(msg) = msg else {
            r = Err(truncated());
            break;
        };
        if let Some(route) = Route::parse(&msg[NLMSG_HDRLEN..]) {
            print(
                &mut p,
                &route,
                Pinned::default(),
                opts.details > 0,
                &mut names,
            );
        }
    }
    p.end()?;
    r
}

/// `ip route restore`: each route of the stream sent back (its flags and NLM_F_CREATE);
/// a route that exists already is reported and passed over, any other refusal ends it.
pub fn restore(_args: &mut Args, _opts: &Opts) -> Result<()> {
    let data = stream::read(MAGIC)?;
    let mut sock = rtnl::open()?;
    for msg in stream::messages(&data) {
        let Ok(msg) = msg else {
            // the reference measures a file with ftell: a pipe cannot tell
            if nix::sys::stat::fstat(std::io::stdin())
                .is_ok_and(|st| st.st_mode & nix::libc::S_IFMT == nix::libc::S_IFIFO)
            {
                return Err(Error::ip_fail("Failed to restore: ftell: Illegal seek"));
            }
            return Err(truncated());
        };
        let kind = u16::from_ne_bytes([msg[4], msg[5]]);
        let flags = u16::from_ne_bytes([msg[6], msg[7]]);
        match rtnl::talk(
            &mut sock,
            Wire(kind, &msg[NLMSG_HDRLEN..]),
            flags | NLM_F_CREATE,
            &mut |_| Ok(()),
        ) {
            Ok(()) => {}
            Err(Fail::Nack(n)) if n.errno == EEXIST => {
                eprint!("{}", rtnl::refused(&n).text);
            }
            Err(f) => return Err(rtnl::answers(f)),
        }
    }
    Ok(())
}
