//! A big dump's datagrams read ahead by a second thread. The kernel builds each datagram of
//! a dump in the read that takes the one before it (for some tables walking everything
//! dumped so far again), so with one thread that work and ipkit's decoding and printing
//! take turns; with a reader beside it they overlap. The reader is at most a few datagrams
//! ahead (memory stays flat), stops at the dump's end, and a dump of a datagram or two is
//! read in place (a thread would cost more than it saves). A dump's handler must not change
//! what is being dumped (none does: flushes select first, then delete): with the reader
//! ahead, the kernel would have built the next datagrams before the change.

use super::ack::Nack;
use super::answers::{messages, Awaited, Done, End, Fail, Msg};
use crate::error::Error;
use netlink_sys::Socket as SysSocket;
use std::io;
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

/// Datagrams a wait takes itself before the rest is read ahead.
pub const AFTER: usize = 2;
/// How many datagrams the reader may be ahead.
const DEPTH: usize = 2;
/// The buffers that go round: one being filled, the ones handed over, one being taken.
const BUFFERS: usize = DEPTH + 2;
/// How long the reader waits for a datagram before it looks whether it is still wanted.
const POLL_MS: i32 = 100;

/// A datagram read ahead, or the read's failure.
type Read = io::Result<Vec<u8>>;

/// The rest of the wait `w` (one request's answers), its datagrams read by a second thread
/// into buffers of `size` bytes while this one takes them. None when no thread could start
/// or the process may run on one processor only (the caller reads on itself).
pub fn rest(
    raw: &SysSocket,
    size: usize,
    w: &mut Awaited,
    each: &mut dyn FnMut(Msg) -> Result<(), Error>,
    refused: &mut dyn FnMut(u32, Nack) -> Result<(), Fail>,
) -> Option<Result<Done, Fail>> {
    if !two_processors() {
        return None;
    }
    let end = w.end();
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        let (to, from) = sync_channel::<Read>(DEPTH);
        let (back, taken) = sync_channel::<Vec<u8>>(BUFFERS);
        for _ in 0..BUFFERS {
            // allocated here, reused there: the reader allocates nothing
            let _ = back.try_send(Vec::with_capacity(size));
        }
        let stop = &stop;
        std::thread::Builder::new()
            .stack_size(64 * 1024)
            .spawn_scoped(s, move || read(raw, end, to, taken, stop))
            .ok()?;
        let outcome = loop {
            match from.recv() {
                Ok(Ok(buf)) => {
                    let r = w.take(&buf, each, refused);
                    let _ = back.try_send(buf);
                    if let Some(r) = r {
                        break r;
                    }
                }
                Ok(Err(e)) => break Err(Fail::Io(e)),
                // the reader stopped before the end: it always says why, so never seen
                Err(_) => break Err(Fail::Io(io::ErrorKind::UnexpectedEof.into())),
            }
        };
        // The reader has stopped at the same datagram; should it not have, it stops now.
        stop.store(true, Ordering::Relaxed);
        Some(outcome)
    })
}

/// Whether the process may run on two processors or more (on one, reading ahead would only
/// add the cost of switching between the threads).
fn two_processors() -> bool {
    use nix::sched::{sched_getaffinity, CpuSet};
    let Ok(set) = sched_getaffinity(nix::unistd::Pid::from_raw(0)) else {
        return false;
    };
    (0..CpuSet::count())
        .filter(|&cpu| set.is_set(cpu).unwrap_or(false))
        .nth(1)
        .is_some()
}

/// The reader: datagrams into the buffers given back, handed over in order, until the one
/// that ends the wait (or a malformed one, or a failed read), or until they are no longer
/// wanted.
fn read(
    raw: &SysSocket,
    end: End,
    to: SyncSender<Read>,
    taken: Receiver<Vec<u8>>,
    stop: &AtomicBool,
) {
    while let Ok(mut buf) = taken.recv() {
        buf.clear();
        // The next datagram is nearly always there already (built by the read before).
        let mut r = recv_vec(raw, &mut buf);
        while r
            .as_ref()
            .is_err_and(|e| e.kind() == io::ErrorKind::WouldBlock)
        {
            if !readable(raw, stop) {
                return;
            }
            r = recv_vec(raw, &mut buf);
        }
        let r = r.and_then(|n| match n > buf.len() {
            true => Err(io::Error::from_raw_os_error(nix::libc::EMSGSIZE)),
            false => Ok(buf),
        });
        let last = match &r {
            Ok(buf) => messages(buf).any(|m| m.map_or(true, |m| end.ends(&m))),
            Err(_) => true,
        };
        if to.send(r).is_err() || last {
            return;
        }
    }
}

/// One datagram into the room `buf` has (not zeroed first), without waiting: its length,
/// which is more than `buf` took when its tail was lost.
fn recv_vec(raw: &SysSocket, buf: &mut Vec<u8>) -> io::Result<usize> {
    loop {
        match raw.recv(buf, nix::libc::MSG_TRUNC | nix::libc::MSG_DONTWAIT) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

/// Waits until the socket has a datagram (or an error) to read: false when the reader is
/// no longer wanted.
fn readable(raw: &SysSocket, stop: &AtomicBool) -> bool {
    let mut p = nix::libc::pollfd {
        fd: raw.as_raw_fd(),
        events: nix::libc::POLLIN,
        revents: 0,
    };
    loop {
        if stop.load(Ordering::Relaxed) {
            return false;
        }
        // SAFETY: one pollfd, valid for the call; the descriptor is the socket's, which
        // outlives the reader (a scoped thread).
        let r = unsafe { nix::libc::poll(&mut p, 1, POLL_MS) };
        // ready, or a failure the read itself will report (EINTR: look again)
        if r > 0 || (r < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted) {
            return true;
        }
    }
}
