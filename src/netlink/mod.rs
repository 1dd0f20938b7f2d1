//! The one netlink layer: a synchronous socket (netlink-sys) with sequence checking,
//! extended-ack decoding, strict dump checking and one reusable receive buffer.
//! Callers build typed requests (netlink-packet-route / -netfilter) and read replies
//! as raw message slices, parsing only what they print.

mod ack;

pub use ack::Nack;

use crate::error::{self, Error};
use netlink_packet_core::{
    NetlinkHeader, NetlinkMessage, NetlinkPayload, NetlinkSerializable, NLM_F_ACK, NLM_F_DUMP,
    NLM_F_DUMP_INTR, NLM_F_REQUEST,
};
use netlink_sys::{protocols, Socket as Raw, SocketAddr};
use std::io;

const NLMSG_NOOP: u16 = 1;
const NLMSG_ERROR: u16 = 2;
const NLMSG_DONE: u16 = 3;
const NLMSG_HDRLEN: usize = 16;
/// Receive buffer size: at least 32 KiB, like the reference.
const RECV_MIN: usize = 32 * 1024;

/// One netlink message as received: its header fields and its payload bytes.
#[derive(Debug, Clone, Copy)]
pub struct Msg<'a> {
    pub kind: u16,
    pub payload: &'a [u8],
}

/// Why a request failed.
#[derive(Debug)]
pub enum Fail {
    /// The socket itself failed (send/recv).
    Io(io::Error),
    /// The kernel refused the request.
    Nack(Nack),
    /// A reply handler stopped the dump with an error of its own.
    App(Error),
}

impl From<io::Error> for Fail {
    fn from(e: io::Error) -> Fail {
        Fail::Io(e)
    }
}

impl From<Error> for Fail {
    fn from(e: Error) -> Fail {
        Fail::App(e)
    }
}

impl Fail {
    /// The reference's wording for a failed `rtnl_talk`: `Error: <extack>.` or
    /// `RTNETLINK answers: <strerror>`, exit 2.
    pub fn rtnl(self) -> Error {
        match self {
            Fail::Nack(n) => n.rtnl_error(),
            Fail::Io(e) => Error::msg(2, format_args!("RTNETLINK answers: {}", error::io_text(&e))),
            Fail::App(e) => e,
        }
    }
}

pub struct Socket {
    raw: Raw,
    seq: u32,
    port: u32,
    rbuf: Vec<u8>,
    sbuf: Vec<u8>,
}

impl Socket {
    /// An rtnetlink socket with EXT_ACK and GET_STRICT_CHK, bound to an automatic port.
    pub fn route() -> io::Result<Socket> {
        Socket::open(protocols::NETLINK_ROUTE, true)
    }

    fn open(proto: isize, strict: bool) -> io::Result<Socket> {
        let mut raw = Raw::new(proto)?;
        raw.set_ext_ack(true)?;
        if strict {
            // Old kernels lack it; the reference carries on without it too.
            let _ = raw.set_netlink_get_strict_chk(true);
        }
        let addr = raw.bind_auto()?;
        let seq = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as u32)
            .unwrap_or(1);
        Ok(Socket {
            raw,
            seq,
            port: addr.port_number(),
            rbuf: vec![0; RECV_MIN],
            sbuf: Vec::new(),
        })
    }

    /// Serialize and send one request; returns its sequence number.
    pub fn send<I: NetlinkSerializable>(&mut self, payload: I, flags: u16) -> io::Result<u32> {
        self.seq = self.seq.wrapping_add(1);
        let mut header = NetlinkHeader::default();
        header.flags = flags | NLM_F_REQUEST;
        header.sequence_number = self.seq;
        let mut msg = NetlinkMessage::new(header, NetlinkPayload::InnerMessage(payload));
        msg.finalize();
        let len = msg.buffer_len();
        self.sbuf.clear();
        self.sbuf.resize(len, 0);
        msg.serialize(&mut self.sbuf);
        self.send_bytes()?;
        Ok(self.seq)
    }

    fn send_bytes(&mut self) -> io::Result<()> {
        let kernel = SocketAddr::new(0, 0);
        loop {
            match self.raw.send_to(&self.sbuf, &kernel, 0) {
                Ok(_) => return Ok(()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Receive one datagram into the reusable buffer (growing it when a datagram is larger).
    fn recv(&mut self) -> io::Result<usize> {
        loop {
            let peek = {
                let mut slice: &mut [u8] = &mut self.rbuf[..];
                self.raw
                    .recv(&mut slice, nix::libc::MSG_PEEK | nix::libc::MSG_TRUNC)
            };
            let want = match peek {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if want > self.rbuf.len() {
                self.rbuf.resize(want, 0);
            }
            let mut slice: &mut [u8] = &mut self.rbuf[..];
            match self.raw.recv(&mut slice, 0) {
                Ok(n) => return Ok(n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Read replies to `seq` until its ACK/NACK (or DONE), handing every other message to `each`.
    /// Returns whether a dump reported NLM_F_DUMP_INTR.
    pub fn replies(
        &mut self,
        seq: u32,
        each: &mut dyn FnMut(Msg) -> Result<(), Error>,
    ) -> Result<bool, Fail> {
        let mut interrupted = false;
        let mut app_err: Option<Error> = None;
        loop {
            let n = self.recv()?;
            let mut off = 0;
            while off + NLMSG_HDRLEN <= n {
                let b = &self.rbuf[off..n];
                let len = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as usize;
                if len < NLMSG_HDRLEN || len > b.len() {
                    return Err(Fail::Io(io::Error::new(
                        io::ErrorKind::InvalidData,
                        "malformed netlink message",
                    )));
                }
                let kind = u16::from_ne_bytes([b[4], b[5]]);
                let flags = u16::from_ne_bytes([b[6], b[7]]);
                let mseq = u32::from_ne_bytes([b[8], b[9], b[10], b[11]]);
                let port = u32::from_ne_bytes([b[12], b[13], b[14], b[15]]);
                let payload = &b[NLMSG_HDRLEN..len];
                off += (len + 3) & !3;
                if mseq != seq || (port != self.port && port != 0) {
                    continue; // a late reply to something else
                }
                if flags & NLM_F_DUMP_INTR != 0 {
                    interrupted = true;
                }
                match kind {
                    NLMSG_NOOP => {}
                    NLMSG_ERROR => {
                        let nack = Nack::parse(payload, flags);
                        if let Some(e) = app_err {
                            return Err(Fail::App(e));
                        }
                        return match nack {
                            Some(n) if n.errno != 0 => Err(Fail::Nack(n)),
                            Some(n) => {
                                n.warn();
                                Ok(interrupted)
                            }
                            None => Ok(interrupted),
                        };
                    }
                    NLMSG_DONE => {
                        if let Some(e) = app_err {
                            return Err(Fail::App(e));
                        }
                        // A dump may end with an error code (and extack) in DONE.
                        if let Some(n) = Nack::parse_done(payload, flags) {
                            return Err(Fail::Nack(n));
                        }
                        return Ok(interrupted);
                    }
                    _ => {
                        if app_err.is_none() {
                            if let Err(e) = each(Msg { kind, payload }) {
                                // keep draining so the socket stays usable (batch mode)
                                app_err = Some(e);
                            }
                        }
                    }
                }
            }
        }
    }

    /// `rtnl_talk`: send a request with NLM_F_ACK and wait for its answer.
    /// Replies (with NLM_F_ECHO or GET requests) go to `each`.
    pub fn talk<I: NetlinkSerializable>(
        &mut self,
        payload: I,
        flags: u16,
        each: &mut dyn FnMut(Msg) -> Result<(), Error>,
    ) -> Result<(), Fail> {
        let seq = self.send(payload, flags | NLM_F_ACK)?;
        self.replies(seq, each).map(|_| ())
    }

    /// Send a request and wait for its ACK; no reply data expected.
    pub fn ack<I: NetlinkSerializable>(&mut self, payload: I, flags: u16) -> Result<(), Fail> {
        self.talk(payload, flags, &mut |_| Ok(()))
    }

    /// A dump: every message goes to `each`; prints the reference's warning if the
    /// kernel flagged the dump as interrupted.
    pub fn dump<I: NetlinkSerializable>(
        &mut self,
        payload: I,
        each: &mut dyn FnMut(Msg) -> Result<(), Error>,
    ) -> Result<(), Fail> {
        let seq = self.send(payload, NLM_F_DUMP)?;
        let interrupted = self.replies(seq, each)?;
        if interrupted {
            eprintln!("Dump was interrupted and may be inconsistent.");
        }
        Ok(())
    }
}

/// Iterate over the attributes (type, value) in a netlink attribute area.
pub fn attrs(mut b: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        if b.len() < 4 {
            return None;
        }
        let len = u16::from_ne_bytes([b[0], b[1]]) as usize;
        let kind = u16::from_ne_bytes([b[2], b[3]]) & 0x3fff;
        if len < 4 || len > b.len() {
            return None;
        }
        let value = &b[4..len];
        let next = ((len + 3) & !3).min(b.len());
        b = &b[next..];
        Some((kind, value))
    })
}
