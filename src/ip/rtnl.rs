//! ip's words for rtnetlink: opening the socket, a refused request (`Error: <extack>.` or
//! `RTNETLINK answers: <strerror>`, exit 2), ACK warnings, interrupted and failed dumps.

use crate::error::{io_text, strerror, Error, Result};
use crate::netlink::{Done, Fail, Msg, Nack, Socket};
use netlink_packet_core::NetlinkSerializable;
use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

thread_local! {
    /// The socket the last command gave back, for the next one (`-batch`).
    static SPARE: RefCell<Option<Socket>> = const { RefCell::new(None) };
}

/// An rtnetlink socket that is kept for the next command when it is dropped, so a whole
/// `-batch` opens, configures and binds one socket. Replies are matched by sequence number,
/// so nothing a command left unread is taken for the next one's answer.
pub struct Pooled(ManuallyDrop<Socket>);

impl Deref for Pooled {
    type Target = Socket;
    fn deref(&self) -> &Socket {
        &self.0
    }
}

impl DerefMut for Pooled {
    fn deref_mut(&mut self) -> &mut Socket {
        &mut self.0
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        // SAFETY: the socket is taken out once, here, and the field is never used again.
        let sock = unsafe { ManuallyDrop::take(&mut self.0) };
        SPARE.with(|s| *s.borrow_mut() = Some(sock));
    }
}

/// An rtnetlink socket (the one a previous command gave back, else a new one), or the
/// reference's complaint (exit 1).
pub fn open() -> Result<Pooled> {
    if let Some(sock) = SPARE.with(|s| s.borrow_mut().take()) {
        return Ok(Pooled(ManuallyDrop::new(sock)));
    }
    Socket::route()
        .map(|s| Pooled(ManuallyDrop::new(s)))
        .map_err(|e| Error::ip_fail(format_args!("Cannot open netlink socket: {}", io_text(&e))))
}

fn with_period(m: &str) -> String {
    if m.ends_with('.') {
        m.to_string()
    } else {
        format!("{m}.")
    }
}

/// A refusal in ip's words: `Error: <msg>.` when the kernel explained itself, else
/// `RTNETLINK answers: <strerror>`; exit 2.
pub fn refused(n: &Nack) -> Error {
    match &n.msg {
        Some(m) => Error::ip_kernel(format_args!("Error: {}", with_period(m))),
        None => Error::ip_kernel(format_args!("RTNETLINK answers: {}", strerror(n.errno))),
    }
}

/// A failed `rtnl_talk` in ip's words (exit 2); a handler's own error as it is.
pub fn answers(f: Fail) -> Error {
    match f {
        Fail::Nack(n) => refused(&n),
        Fail::Io(e) => Error::ip_kernel(format_args!("RTNETLINK answers: {}", io_text(&e))),
        Fail::App(e) => e,
    }
}

/// What the kernel said besides the data: an ACK's message as a warning, an interrupted dump.
pub fn report(d: &Done) {
    if let Some(m) = &d.warning {
        eprintln!("Warning: {}", with_period(m));
    }
    if d.interrupted {
        eprintln!("Dump was interrupted and may be inconsistent.");
    }
}

/// A failed dump: the refusal on stderr, then `WHAT terminated` (exit 1); a handler's own
/// error as it is.
pub fn terminated(f: Fail, what: &str) -> Error {
    match f {
        Fail::App(e) => e,
        f => {
            eprint!("{}", answers(f).text);
            Error::ip_fail(format_args!("{what} terminated"))
        }
    }
}

/// As [`terminated`], but exit 2: how `ip route` show, save and flush end when the kernel
/// refuses their dump (`Error: ipv4: FIB table does not exist.` for a table it lacks).
pub fn route_terminated(f: Fail, what: &str) -> Error {
    match f {
        Fail::App(e) => e,
        f => {
            eprint!("{}", answers(f).text);
            Error::ip_kernel(format_args!("{what} terminated"))
        }
    }
}

/// `rtnl_talk`: the request, its ACK (warnings reported), replies to `each`.
pub fn talk<I: NetlinkSerializable>(
    sock: &mut Socket,
    msg: I,
    flags: u16,
    each: &mut dyn FnMut(Msg) -> Result<()>,
) -> std::result::Result<(), Fail> {
    sock.talk(msg, flags, each).map(|d| report(&d))
}

/// A request answered by its ACK alone, failures in ip's words.
pub fn ack<I: NetlinkSerializable>(sock: &mut Socket, msg: I, flags: u16) -> Result<()> {
    talk(sock, msg, flags, &mut |_| Ok(())).map_err(answers)
}

/// A dump, each message to `each` (an interrupted dump reported).
pub fn dump<I: NetlinkSerializable>(
    sock: &mut Socket,
    msg: I,
    each: &mut dyn FnMut(Msg) -> Result<()>,
) -> std::result::Result<(), Fail> {
    sock.dump(msg, each).map(|d| report(&d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_errno_gives_rtnetlink_answers() {
        let e = refused(&Nack {
            errno: 17,
            msg: None,
        });
        assert_eq!(e.text, "RTNETLINK answers: File exists\n");
        assert_eq!(e.code, 2);
    }

    #[test]
    fn extack_message_gives_error_line_with_period() {
        let n = |m: &str| Nack {
            errno: 22,
            msg: Some(m.to_string()),
        };
        assert_eq!(
            refused(&n("Nexthop has invalid gateway")).text,
            "Error: Nexthop has invalid gateway.\n"
        );
        assert_eq!(
            refused(&n("Unknown device type.")).text,
            "Error: Unknown device type.\n"
        );
    }
}
