//! ip's words for rtnetlink: opening the socket, a refused request (`Error: <extack>.` or
//! `RTNETLINK answers: <strerror>`, exit 2), ACK warnings, interrupted and failed dumps.

use super::opts::Out;
use crate::error::{io_text, strerror, Error, Result};
use crate::netlink::{Done, Fail, Msg, Nack, Socket, Wire};
use netlink_packet_core::NetlinkSerializable;
use netlink_packet_core::NLM_F_ACK;
use std::io::Write;

/// An rtnetlink socket, or the reference's complaint (exit 1).
pub fn open() -> Result<Socket> {
    Socket::route()
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

/// The most deletes and bytes sent in one datagram: well inside the socket's send buffer,
/// and their answers (each takes up to ~1 KiB of the receive buffer) well inside its
/// receive buffer.
const BATCH_MESSAGES: u32 = 64;
const BATCH_BYTES: usize = 16 * 1024;

/// Send dumped messages back as `kind` (a delete), many to a datagram (the reference sends
/// them in chunks too): `selected` holds them back to back, `ends` their end offsets. A
/// refusal with `gone` (the object went with another one) is fine; any other ends the flush
/// as the reference reports it, after what `p` holds is written out.
pub fn delete_all(
    sock: &mut Socket,
    kind: u16,
    selected: &[u8],
    ends: &[usize],
    gone: i32,
    p: &mut Out,
) -> Result<()> {
    let mut start = 0;
    let mut rest = ends;
    let mut r: std::result::Result<(), Fail> = Ok(());
    while !rest.is_empty() && r.is_ok() {
        let mut batch = sock.batch();
        while let Some((&end, tail)) = rest.split_first() {
            batch.push(Wire(kind, &selected[start..end]), NLM_F_ACK);
            (start, rest) = (end, tail);
            if batch.size() >= BATCH_BYTES || batch.len() >= BATCH_MESSAGES {
                break;
            }
        }
        let Some(seqs) = batch.seqs() else {
            break;
        };
        r = sock.send_batch(batch).map_err(Fail::Io).and_then(|()| {
            sock.answers(seqs, &mut |_| Ok(()), &mut |_, n| {
                if n.errno == gone {
                    Ok(())
                } else {
                    Err(Fail::Nack(n))
                }
            })
            .map(|_| ())
        });
    }
    let text = match r {
        Ok(_) => return Ok(()),
        Err(Fail::Nack(n)) => strerror(n.errno),
        Err(Fail::Io(e)) => io_text(&e),
        Err(Fail::App(e)) => return Err(e),
    };
    p.flush()?;
    let _ = std::io::stderr().flush();
    Err(Error::ip_usage(format_args!(
        "Failed to send flush request: {text}"
    )))
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
