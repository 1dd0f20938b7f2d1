//! Reading the answers to requests out of received datagrams: the walk over a datagram's
//! messages, and the wait for the answers to a range of requests, one datagram at a time
//! (from the socket itself or from the thread that reads a dump ahead).

use super::ack::{Nack, NLMSG_HDRLEN};
use crate::error::Error;
use netlink_packet_core::NLM_F_DUMP_INTR;
use std::io;

/// One netlink message as received: its type and its payload bytes.
#[derive(Debug, Clone, Copy)]
pub struct Msg<'a> {
    pub kind: u16,
    pub payload: &'a [u8],
    /// The whole message as received, header included (`ip route save` writes it out).
    pub raw: &'a [u8],
}

/// Why a request failed. The applets put it into their own words.
#[derive(Debug)]
pub enum Fail {
    /// The socket itself failed (send/recv).
    Io(io::Error),
    /// The kernel refused the request.
    Nack(Nack),
    /// A reply handler stopped with an error of its own.
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

/// What the kernel said besides the data when requests succeeded.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Done {
    /// A dump was flagged NLM_F_DUMP_INTR (the table changed while it was read).
    pub interrupted: bool,
    /// An ACK carried an extended-ack message (the last one, if several did).
    pub warning: Option<String>,
}

pub const NLMSG_NOOP: u16 = 1;
pub const NLMSG_ERROR: u16 = 2;
pub const NLMSG_DONE: u16 = 3;

/// One message of a datagram: its header's fields and its bytes.
pub struct Head<'a> {
    pub kind: u16,
    pub flags: u16,
    pub seq: u32,
    pub port: u32,
    pub payload: &'a [u8],
    /// The whole message, header included.
    pub raw: &'a [u8],
}

/// The messages of a datagram in order; a malformed one (a length shorter than a header or
/// past the datagram's end) is an `Err` and ends the walk.
pub struct Datagram<'a> {
    data: &'a [u8],
    off: usize,
}

pub fn messages(data: &[u8]) -> Datagram<'_> {
    Datagram { data, off: 0 }
}

impl<'a> Iterator for Datagram<'a> {
    type Item = Result<Head<'a>, ()>;

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        let b = self
            .data
            .get(self.off..)
            .filter(|b| b.len() >= NLMSG_HDRLEN)?;
        let len = u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as usize;
        let Some(raw) = b.get(..len).filter(|_| len >= NLMSG_HDRLEN) else {
            self.off = self.data.len();
            return Some(Err(()));
        };
        self.off += (len + 3) & !3;
        Some(Ok(Head {
            kind: u16::from_ne_bytes([b[4], b[5]]),
            flags: u16::from_ne_bytes([b[6], b[7]]),
            seq: u32::from_ne_bytes([b[8], b[9], b[10], b[11]]),
            port: u32::from_ne_bytes([b[12], b[13], b[14], b[15]]),
            payload: &raw[NLMSG_HDRLEN..],
            raw,
        }))
    }
}

/// The failure of a malformed datagram.
pub fn malformed() -> Fail {
    Fail::Io(io::Error::from_raw_os_error(nix::libc::EBADMSG))
}

/// The message that ends the wait for a single request (sequence number `seq`) of the
/// socket bound to `port`: its ACK, error or DONE, what [`Awaited::take`] ends on.
#[derive(Clone, Copy)]
pub struct End {
    port: u32,
    seq: u32,
}

impl End {
    pub fn ends(&self, m: &Head) -> bool {
        (m.port == self.port || m.port == 0)
            && m.seq == self.seq
            && (m.kind == NLMSG_ERROR || m.kind == NLMSG_DONE)
    }
}

/// A wait for the answers to requests `first..=last` of the socket bound to `port`: each
/// one's ACK or error, or DONE for a dump. `lead` (the sequence number of a batch's BEGIN
/// message, which is not acked) may be refused for the whole batch: that refusal ends it.
pub struct Awaited {
    port: u32,
    lead: Option<u32>,
    first: u32,
    span: u32,
    pending: u64,
    done: Done,
    failed: Option<Fail>,
}

impl Awaited {
    pub fn new(port: u32, lead: Option<u32>, (first, last): (u32, u32)) -> Awaited {
        let span = last.wrapping_sub(first);
        Awaited {
            port,
            lead,
            first,
            span,
            pending: u64::from(span) + 1,
            done: Done::default(),
            failed: None,
        }
    }

    /// Whether the wait is for one request's answers alone (a dump's, say).
    pub fn single(&self) -> bool {
        self.lead.is_none() && self.span == 0
    }

    /// What ends the wait for a single request, for the thread that reads ahead.
    pub fn end(&self) -> End {
        End {
            port: self.port,
            seq: self.first,
        }
    }

    /// Takes one datagram: every data message to `each`, every refusal to `refused` (with
    /// the request's sequence number); the first failure wins, the rest is still read.
    /// `Some` (the outcome) when the wait is over.
    pub fn take(
        &mut self,
        data: &[u8],
        each: &mut dyn FnMut(Msg) -> Result<(), Error>,
        refused: &mut dyn FnMut(u32, Nack) -> Result<(), Fail>,
    ) -> Option<Result<Done, Fail>> {
        for m in messages(data) {
            let Ok(m) = m else {
                return Some(Err(malformed()));
            };
            if m.port != self.port && m.port != 0 {
                continue; // a late reply to something else
            }
            if let Some(lead) = self.lead {
                // BEGIN refused (the whole batch: a stale generation, no permission) or a
                // request before the one awaited refused: the batch is off.
                let k = m.seq.wrapping_sub(lead);
                if m.kind == NLMSG_ERROR && k < self.first.wrapping_sub(lead) {
                    if let Some(n) = Nack::parse(m.payload, m.flags).filter(|n| n.errno != 0) {
                        let f = match refused(m.seq, n.clone()) {
                            Err(f) => f,
                            Ok(()) => Fail::Nack(n),
                        };
                        return Some(Err(self.failed.take().unwrap_or(f)));
                    }
                }
            }
            if m.seq.wrapping_sub(self.first) > self.span {
                continue; // a late reply to something else
            }
            if m.flags & NLM_F_DUMP_INTR != 0 {
                self.done.interrupted = true;
            }
            let nack = match m.kind {
                NLMSG_NOOP => continue,
                NLMSG_ERROR => Nack::parse(m.payload, m.flags),
                // A dump may end with an error code (and extack) in DONE.
                NLMSG_DONE => Nack::parse_done(m.payload, m.flags),
                kind => {
                    if self.failed.is_none() {
                        let msg = Msg {
                            kind,
                            payload: m.payload,
                            raw: m.raw,
                        };
                        if let Err(e) = each(msg) {
                            self.failed = Some(Fail::App(e));
                        }
                    }
                    continue;
                }
            };
            self.pending -= 1;
            match nack {
                Some(n) if n.errno != 0 && self.failed.is_none() => {
                    if let Err(f) = refused(m.seq, n) {
                        self.failed = Some(f);
                    }
                }
                Some(n) if n.errno == 0 && n.msg.is_some() => self.done.warning = n.msg,
                _ => {}
            }
            if self.pending == 0 {
                return Some(match self.failed.take() {
                    Some(f) => Err(f),
                    None => Ok(std::mem::take(&mut self.done)),
                });
            }
        }
        None
    }
}
