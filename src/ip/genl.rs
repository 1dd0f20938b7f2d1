//! ip's words for generic netlink: a family that cannot be resolved, refused requests and
//! failed dumps (exit 1, where rtnetlink's refusals exit 2).

use super::rtnl;
use crate::error::{io_text, Error, Result};
use crate::netlink::{genl, Fail, Socket};

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
