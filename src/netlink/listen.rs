//! A netlink socket that listens to multicast groups (`ip monitor`): the groups below 32 in
//! the bind mask, the others joined one by one, optionally every namespace's events
//! (NETLINK_LISTEN_ALL_NSID, each datagram then tagged with the nsid it comes from).

use netlink_sys::{protocols, Socket as SysSocket, SocketAddr};
use nix::sys::socket::{recvmsg, ControlMessageOwned, MsgFlags};
use std::io::{self, IoSliceMut};
use std::os::fd::AsRawFd;

/// SOL_NETLINK's NETLINK_LISTEN_ALL_NSID: also the type of the control message that names
/// the nsid a datagram comes from.
const NETLINK_LISTEN_ALL_NSID: i32 = 8;
const SOL_NETLINK: i32 = 270;
/// What one read takes at most (a datagram larger than this grows the buffer).
const RECV_MIN: usize = 64 * 1024;

pub struct Listener {
    raw: SysSocket,
    all_nsid: bool,
    buf: Vec<u8>,
    cmsg: Vec<u8>,
}

/// Where a datagram came from: `None` unless every namespace is listened to; then the nsid
/// the kernel named, or -1 for this namespace's own events.
pub type Nsid = Option<i32>;

impl Listener {
    /// A NETLINK_ROUTE socket bound to the groups of `mask` (group n is bit n-1) and joined to
    /// each group of `extra` (numbers of 32 and more); `rcvbuf` when not 0.
    pub fn route(mask: u32, extra: &[u32], all_nsid: bool, rcvbuf: u32) -> io::Result<Listener> {
        Listener::open(protocols::NETLINK_ROUTE, mask, extra, all_nsid, rcvbuf)
    }

    /// As [`Listener::route`], on a socket of any netlink protocol (`ip xfrm monitor`:
    /// NETLINK_XFRM).
    pub fn open(
        protocol: isize,
        mask: u32,
        extra: &[u32],
        all_nsid: bool,
        rcvbuf: u32,
    ) -> io::Result<Listener> {
        let mut raw = SysSocket::new(protocol)?;
        if rcvbuf != 0 {
            raw.set_rx_buf_sz(rcvbuf as usize)?;
        }
        raw.bind(&SocketAddr::new(0, mask))?;
        for &g in extra {
            raw.add_membership(g)?;
        }
        if all_nsid {
            raw.set_listen_all_namespaces(true)?;
        }
        Ok(Listener {
            raw,
            all_nsid,
            buf: vec![0; RECV_MIN],
            cmsg: nix::cmsg_space!([i32; 4]),
        })
    }

    /// A NETLINK_GENERIC socket joined to multicast group `group` (none when 0).
    pub fn genl(group: u32) -> io::Result<Listener> {
        let mut raw = SysSocket::new(protocols::NETLINK_GENERIC)?;
        raw.bind_auto()?;
        if group != 0 {
            raw.add_membership(group)?;
        }
        Ok(Listener {
            raw,
            all_nsid: false,
            buf: vec![0; RECV_MIN],
            cmsg: Vec::new(),
        })
    }

    /// Wait for the next datagram: its bytes and, listening to all namespaces, the nsid it
    /// comes from (-1 for this namespace's own).
    pub fn recv(&mut self) -> io::Result<(&[u8], Nsid)> {
        loop {
            let fd = self.raw.as_raw_fd();
            let mut iov = [IoSliceMut::new(&mut self.buf)];
            let cmsg = if self.all_nsid {
                Some(&mut self.cmsg[..])
            } else {
                None
            };
            let r = recvmsg::<()>(fd, &mut iov, cmsg, MsgFlags::MSG_TRUNC);
            let (n, nsid, truncated) = match r {
                Ok(m) => {
                    let mut nsid = None;
                    if self.all_nsid {
                        nsid = Some(-1);
                        if let Ok(list) = m.cmsgs() {
                            for c in list {
                                if let ControlMessageOwned::Unknown(u) = c {
                                    let h = u.cmsg_header;
                                    if h.cmsg_level == SOL_NETLINK
                                        && h.cmsg_type == NETLINK_LISTEN_ALL_NSID
                                    {
                                        if let Some(b) = u.data_bytes.get(..4) {
                                            nsid =
                                                Some(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]));
                                        }
                                    }
                                }
                            }
                        }
                    }
                    (m.bytes, nsid, m.flags.contains(MsgFlags::MSG_TRUNC))
                }
                Err(nix::errno::Errno::EINTR) => continue,
                Err(e) => return Err(e.into()),
            };
            if truncated || n > self.buf.len() {
                // the datagram's tail is lost: grow for the next ones
                let want = n.max(self.buf.len() * 2);
                self.buf.resize(want, 0);
                continue;
            }
            return Ok((self.buf.get(..n).unwrap_or(&[]), nsid));
        }
    }
}

/// The messages in a datagram: (type, payload after the header). A malformed length ends
/// the walk.
pub fn messages(mut b: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    std::iter::from_fn(move || {
        let h = b.get(..16)?;
        let len = u32::from_ne_bytes([h[0], h[1], h[2], h[3]]) as usize;
        let kind = u16::from_ne_bytes([h[4], h[5]]);
        if len < 16 || len > b.len() {
            return None;
        }
        let payload = &b[16..len];
        b = b.get((len + 3) & !3..).unwrap_or(&[]);
        Some((kind, payload))
    })
}
