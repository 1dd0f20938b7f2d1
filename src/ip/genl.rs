//! ip's words for generic netlink: a family that cannot be resolved, refused requests and
//! failed dumps (exit 1, where rtnetlink's refusals exit 2).

use super::opts::{Opts, Out};
use super::rtnl;
use crate::error::{io_text, Error, Result};
use crate::netlink::genl::GENL_HDRLEN;
use crate::netlink::{genl, Fail, Socket, Wire};

/// A generic netlink socket and the message type of family `name`, or
/// `RTNETLINK answers: …` + `Error talking to the kernel` (exit 1).
pub fn open(name: &str) -> Result<(Socket, u16)> {
    let mut sock = genl::open().map_err(|e| {
        Error::ip_fail(format_args!(
            "Cannot open generic netlink socket: {}",
            io_text(&e)
        ))
    })?;
    match genl::family_id(&mut sock, name) {
        Ok(id) => Ok((sock, id)),
        Err(f) => {
            eprint!("{}", rtnl::answers(f).text);
            Err(Error::ip_fail("Error talking to the kernel"))
        }
    }
}

/// A refused request in ip's words, exit 1.
pub fn answers(f: Fail) -> Error {
    let e = rtnl::answers(f);
    if e.code == 2 {
        Error::ip_fail_text(e.text)
    } else {
        e
    }
}

/// A dump of family `family` (request `req`, its generic header and attributes), each
/// message's attributes to `print`; a refusal on stderr, then `Dump terminated` (exit 1).
pub fn dump_print(
    sock: &mut Socket,
    family: u16,
    req: &[u8],
    opts: &Opts,
    print: &mut dyn FnMut(&mut Out, &[u8]),
) -> Result<()> {
    let mut p = opts.printer();
    p.begin();
    let r = sock.dump(Wire(family, req), &mut |m| {
        if m.kind == family {
            if let Some(a) = m.payload.get(GENL_HDRLEN..) {
                print(&mut p, a);
            }
        }
        Ok(())
    });
    match r {
        Ok(_) => Ok(p.end()?),
        Err(f) => {
            p.flush()?;
            eprint!("{}", answers(f).text);
            Err(Error::ip_fail("Dump terminated"))
        }
    }
}
