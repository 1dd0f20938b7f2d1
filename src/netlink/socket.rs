//! The one netlink socket (NETLINK_ROUTE or NETLINK_NETFILTER over netlink-sys): sequence
//! numbers, one request or a batch of many in one datagram, replies matched over a range of
//! sequence numbers, dumps, extended acks, and one reusable receive buffer.

use super::ack::Nack;
use super::answers::{malformed, messages, Awaited, NLMSG_DONE, NLMSG_ERROR, NLMSG_NOOP};
pub use super::answers::{Done, Fail, Msg};
use super::readahead;
use crate::error::Error;
use netlink_packet_core::{
    NetlinkHeader, NetlinkMessage, NetlinkPayload, NetlinkSerializable, NLM_F_ACK, NLM_F_DUMP,
    NLM_F_REQUEST,
};
use netlink_sys::{protocols, Socket as SysSocket, SocketAddr};
use std::io;

/// Receive buffer size. The kernel fills dump datagrams up to 32 KiB (more only when one
/// message needs it: rtnetlink's min_dump_alloc), so twice that takes every datagram in one
/// read, without the reference's sizing read (MSG_PEEK) first.
const RECV_MIN: usize = 64 * 1024;

/// A payload already in wire form, sent as a message of type `.0` (a dumped message sent
/// back as a delete, byte for byte).
pub struct Wire<'a>(pub u16, pub &'a [u8]);

impl NetlinkSerializable for Wire<'_> {
    fn message_type(&self) -> u16 {
        self.0
    }
    fn buffer_len(&self) -> usize {
        self.1.len()
    }
    fn serialize(&self, buffer: &mut [u8]) {
        buffer.copy_from_slice(self.1);
    }
}

/// Messages serialized back to back, to go out in one datagram (sequence numbers in order).
pub struct Batch {
    buf: Vec<u8>,
    first: u32,
    next: u32,
}

impl Batch {
    /// Append one request; returns its sequence number.
    pub fn push<I: NetlinkSerializable>(&mut self, payload: I, flags: u16) -> u32 {
        let seq = self.next;
        self.next = self.next.wrapping_add(1);
        let msg = message(payload, flags, seq);
        // each message starts on a 4-byte boundary (NLMSG_ALIGN)
        let start = (self.buf.len() + 3) & !3;
        zero_extend(&mut self.buf, start + msg.buffer_len());
        msg.serialize(&mut self.buf[start..]);
        seq
    }

    /// Room for `bytes` more (a big batch then grows once, not by doubling copies).
    pub fn reserve(&mut self, bytes: usize) {
        self.buf.reserve(bytes);
    }

    /// How many requests the batch holds.
    pub fn len(&self) -> u32 {
        self.next.wrapping_sub(self.first)
    }

    /// How many bytes the batch holds.
    pub fn size(&self) -> usize {
        self.buf.len()
    }

    /// The sequence numbers of its requests, first and last (None when it is empty).
    pub fn seqs(&self) -> Option<(u32, u32)> {
        (self.len() > 0).then(|| (self.first, self.next.wrapping_sub(1)))
    }
}

fn message<I: NetlinkSerializable>(payload: I, flags: u16, seq: u32) -> NetlinkMessage<I> {
    let mut header = NetlinkHeader::default();
    header.flags = flags | NLM_F_REQUEST;
    header.sequence_number = seq;
    let mut msg = NetlinkMessage::new(header, NetlinkPayload::InnerMessage(payload));
    msg.finalize();
    msg
}

pub struct Socket {
    raw: SysSocket,
    seq: u32,
    port: u32,
    rbuf: Vec<u8>,
    sbuf: Vec<u8>,
}

impl Socket {
    /// An rtnetlink socket with EXT_ACK and GET_STRICT_CHK, bound to an automatic port.
    pub fn route() -> io::Result<Socket> {
        Socket::open(protocols::NETLINK_ROUTE)
    }

    /// A socket of netlink `protocol` (`netlink_sys::protocols`) with EXT_ACK (and, where
    /// the kernel has it, GET_STRICT_CHK), bound to an automatic port.
    pub fn open(protocol: isize) -> io::Result<Socket> {
        let mut raw = SysSocket::new(protocol)?;
        raw.set_ext_ack(true)?;
        // Old kernels lack it; the reference carries on without it too.
        let _ = raw.set_netlink_get_strict_chk(true);
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
        let msg = message(payload, flags, self.seq);
        self.sbuf.clear();
        zero_extend(&mut self.sbuf, msg.buffer_len());
        msg.serialize(&mut self.sbuf);
        send_all(&self.raw, &self.sbuf)?;
        Ok(self.seq)
    }

    /// An empty batch whose requests take the next sequence numbers.
    pub fn batch(&mut self) -> Batch {
        let first = self.seq.wrapping_add(1);
        let mut buf = std::mem::take(&mut self.sbuf);
        buf.clear(); // it may still hold the last single request
        Batch {
            buf,
            first,
            next: first,
        }
    }

    /// Send a whole batch in one datagram (the buffer is kept for the next request).
    pub fn send_batch(&mut self, mut b: Batch) -> io::Result<()> {
        self.seq = b.next.wrapping_sub(1);
        let r = send_all(&self.raw, &b.buf);
        b.buf.clear();
        self.sbuf = b.buf;
        r
    }

    /// Receive one datagram into the reusable buffer, in one read. A datagram larger than
    /// the buffer (never seen: see [`RECV_MIN`]) has lost its tail: the buffer grows for the
    /// next ones and the read fails with EMSGSIZE.
    fn recv(&mut self) -> io::Result<usize> {
        let n = recv_into(&self.raw, &mut self.rbuf)?;
        if n > self.rbuf.len() {
            self.rbuf.resize(n, 0);
            return Err(io::Error::from_raw_os_error(nix::libc::EMSGSIZE));
        }
        Ok(n)
    }

    /// Read the answers to requests `first..=last` until each has been answered (its ACK or
    /// error, or DONE for a dump), handing every data message to `each` and every refusal
    /// to `refused` (with the request's sequence number). The first failure wins; the rest
    /// of the answers are still read, so the socket stays usable.
    pub fn answers(
        &mut self,
        range: (u32, u32),
        each: &mut dyn FnMut(Msg) -> Result<(), Error>,
        refused: &mut dyn FnMut(u32, Nack) -> Result<(), Fail>,
    ) -> Result<Done, Fail> {
        self.answers_after(None, range, each, refused)
    }

    /// [`Socket::answers`], where `lead` (the sequence number of a batch's BEGIN message,
    /// which is not acked) may be refused for the whole batch: that refusal ends the wait.
    /// A single request's answers that go on past a few datagrams (a big dump) are read
    /// ahead by a second thread (`readahead`).
    fn answers_after(
        &mut self,
        lead: Option<u32>,
        range: (u32, u32),
        each: &mut dyn FnMut(Msg) -> Result<(), Error>,
        refused: &mut dyn FnMut(u32, Nack) -> Result<(), Fail>,
    ) -> Result<Done, Fail> {
        let mut w = Awaited::new(self.port, lead, range);
        let mut taken = 0;
        loop {
            let n = self.recv()?;
            if let Some(r) = w.take(&self.rbuf[..n], each, refused) {
                return r;
            }
            taken += 1;
            if taken == readahead::AFTER && w.single() {
                let size = self.rbuf.len();
                if let Some(r) = readahead::rest(&self.raw, size, &mut w, each, refused) {
                    return r;
                }
            }
        }
    }

    /// Send an nfnetlink batch (BEGIN, requests, END: see [`Socket::batch`]; only the last
    /// request carries NLM_F_ACK, the kernel answers the others only to refuse them) and read
    /// the answers: the first refusal is the failure (with the request's sequence number; a
    /// refusal of the whole batch, such as a stale generation's ERESTART, comes with BEGIN's),
    /// the last request's ACK is success. One ACK, whatever the batch's size, so the answers
    /// cannot overflow the receive buffer.
    pub fn commit(&mut self, b: Batch) -> Result<Done, (u32, Fail)> {
        let Some((begin, end)) = b.seqs() else {
            return Ok(Done::default());
        };
        // A batch is one datagram: make room for it in the send buffer.
        self.send_room(b.size()).map_err(|e| (begin, Fail::Io(e)))?;
        self.send_batch(b).map_err(|e| (begin, Fail::Io(e)))?;
        if end.wrapping_sub(begin) < 2 {
            return Ok(Done::default());
        }
        let last = end.wrapping_sub(1);
        let mut at = begin;
        let mut refused = |seq, n| {
            at = seq;
            Err(Fail::Nack(n))
        };
        let r = self.answers_after(Some(begin), (last, last), &mut |_| Ok(()), &mut refused);
        r.map_err(|f| (at, f))
    }

    /// The refusals already queued for requests after `after` up to `until` (the kernel
    /// answers a whole batch before its send returns, so nothing is waited for): the other
    /// messages of a refused batch the kernel refused too.
    pub fn queued_refusals(&mut self, after: u32, until: u32) -> Vec<(u32, Nack)> {
        let mut out = Vec::new();
        loop {
            let mut slice: &mut [u8] = &mut self.rbuf[..];
            let n = match self.raw.recv(&mut slice, nix::libc::MSG_DONTWAIT) {
                Ok(n) => n.min(self.rbuf.len()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => return out,
            };
            for m in messages(&self.rbuf[..n]) {
                let Ok(m) = m else {
                    return out;
                };
                let k = m.seq.wrapping_sub(after);
                if m.kind == NLMSG_ERROR && k > 0 && k <= until.wrapping_sub(after) {
                    if let Some(nack) = Nack::parse(m.payload, m.flags) {
                        if nack.errno != 0 {
                            out.push((m.seq, nack));
                        }
                    }
                }
            }
        }
    }

    /// Grow the send buffer to hold `bytes` (SO_SNDBUFFORCE as root, else SO_SNDBUF).
    fn send_room(&self, bytes: usize) -> io::Result<()> {
        use nix::sys::socket::{getsockopt, setsockopt, sockopt};
        use std::os::fd::{AsRawFd, BorrowedFd};
        // SAFETY: the descriptor belongs to `self.raw`, which outlives this borrow.
        let fd = unsafe { BorrowedFd::borrow_raw(self.raw.as_raw_fd()) };
        let have = getsockopt(&fd, sockopt::SndBuf).unwrap_or(0);
        // The kernel doubles the value it is given and charges skb overhead.
        let want = bytes.saturating_add(64 * 1024);
        if have >= want {
            return Ok(());
        }
        setsockopt(&fd, sockopt::SndBufForce, &want)
            .or_else(|_| setsockopt(&fd, sockopt::SndBuf, &want))
            .map_err(io::Error::from)
    }

    /// Read the answer to request `seq` (see [`Socket::answers`]); a refusal is the failure.
    pub fn replies(
        &mut self,
        seq: u32,
        each: &mut dyn FnMut(Msg) -> Result<(), Error>,
    ) -> Result<Done, Fail> {
        self.answers((seq, seq), each, &mut |_, n| Err(Fail::Nack(n)))
    }

    /// `rtnl_talk`: send a request with NLM_F_ACK and wait for its answer.
    /// Replies (with NLM_F_ECHO or GET requests) go to `each`.
    pub fn talk<I: NetlinkSerializable>(
        &mut self,
        payload: I,
        flags: u16,
        each: &mut dyn FnMut(Msg) -> Result<(), Error>,
    ) -> Result<Done, Fail> {
        let seq = self.send(payload, flags | NLM_F_ACK)?;
        self.replies(seq, each)
    }

    /// A request without NLM_F_ACK (a GET of one object, as `ll_name_to_index` asks): its one
    /// answer: the object to `each`, or the refusal.
    pub fn get_one<I: NetlinkSerializable>(
        &mut self,
        payload: I,
        each: &mut dyn FnMut(Msg),
    ) -> Result<(), Fail> {
        let seq = self.send(payload, 0)?;
        loop {
            let n = self.recv()?;
            for m in messages(&self.rbuf[..n]) {
                let m = m.map_err(|()| malformed())?;
                if (m.port != self.port && m.port != 0) || m.seq != seq || m.kind == NLMSG_NOOP {
                    continue;
                }
                return match m.kind {
                    NLMSG_ERROR => match Nack::parse(m.payload, m.flags) {
                        Some(n) if n.errno != 0 => Err(Fail::Nack(n)),
                        _ => Ok(()),
                    },
                    NLMSG_DONE => Ok(()),
                    kind => {
                        each(Msg {
                            kind,
                            payload: m.payload,
                            raw: m.raw,
                        });
                        Ok(())
                    }
                };
            }
        }
    }

    /// Send a request and wait for its ACK; no reply data expected.
    pub fn ack<I: NetlinkSerializable>(&mut self, payload: I, flags: u16) -> Result<Done, Fail> {
        self.talk(payload, flags, &mut |_| Ok(()))
    }

    /// A dump: every message goes to `each`.
    pub fn dump<I: NetlinkSerializable>(
        &mut self,
        payload: I,
        each: &mut dyn FnMut(Msg) -> Result<(), Error>,
    ) -> Result<Done, Fail> {
        let seq = self.send(payload, NLM_F_DUMP)?;
        self.replies(seq, each)
    }
}

/// One datagram into `buf`, in one read: its length, which is more than `buf` holds when
/// its tail was lost.
fn recv_into(raw: &SysSocket, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        let mut slice: &mut [u8] = &mut buf[..];
        match raw.recv(&mut slice, nix::libc::MSG_TRUNC) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

/// `v` grown (or cut) to `len` bytes, the new ones zero, copied from a block of zeros: the
/// size-optimised build's `resize` writes them a byte at a time (a batch of 10,000 rules
/// holds megabytes).
fn zero_extend(v: &mut Vec<u8>, len: usize) {
    static ZEROS: [u8; 1024] = [0; 1024];
    v.truncate(len);
    while v.len() < len {
        let n = (len - v.len()).min(ZEROS.len());
        v.extend_from_slice(&ZEROS[..n]);
    }
}

fn send_all(raw: &SysSocket, bytes: &[u8]) -> io::Result<()> {
    let kernel = SocketAddr::new(0, 0);
    loop {
        match raw.send_to(bytes, &kernel, 0) {
            Ok(_) => return Ok(()),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}
