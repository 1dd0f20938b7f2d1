//! The kernel's ARP table ioctls as net-tools drives them: struct arpreq on an AF_INET
//! datagram socket, SIOCSARP to set an entry, SIOCDARP to delete one; the errno comes back.

use nix::errno::Errno;
use std::net::UdpSocket;
use std::os::fd::AsRawFd;

pub const ATF_COM: u32 = 0x02;
pub const ATF_PERM: u32 = 0x04;
pub const ATF_PUBL: u32 = 0x08;
pub const ATF_USETRAILERS: u32 = 0x10;
pub const ATF_NETMASK: u32 = 0x20;
pub const ATF_DONTPUB: u32 = 0x40;

const SIOCDARP: u64 = 0x8953;
const SIOCSARP: u64 = 0x8955;
const AF_INET: u16 = 2;

/// struct sockaddr: a family and 14 bytes.
#[repr(C)]
#[derive(Default, Clone, Copy)]
struct SockAddr {
    family: u16,
    data: [u8; 14],
}

/// struct arpreq.
#[repr(C)]
#[derive(Default)]
struct ArpReq {
    pa: SockAddr,
    ha: SockAddr,
    flags: i32,
    netmask: SockAddr,
    dev: [u8; 16],
}

/// One entry to set or delete.
#[derive(Default, Clone)]
pub struct Entry {
    pub ip: [u8; 4],
    /// The hardware type (ARPHRD_*) and address (SIOCSARP only).
    pub hw_type: u16,
    pub hw: [u8; 6],
    pub netmask: Option<[u8; 4]>,
    pub flags: u32,
    /// `-i IF`.
    pub dev: Option<String>,
}

impl Entry {
    fn req(&self) -> ArpReq {
        let mut r = ArpReq::default();
        r.pa.family = AF_INET;
        r.pa.data[2..6].copy_from_slice(&self.ip);
        r.ha.family = self.hw_type;
        r.ha.data[..6].copy_from_slice(&self.hw);
        r.flags = self.flags as i32;
        if let Some(m) = self.netmask {
            r.netmask.family = AF_INET;
            r.netmask.data[2..6].copy_from_slice(&m);
        }
        if let Some(d) = &self.dev {
            let n = d.len().min(15);
            r.dev[..n].copy_from_slice(&d.as_bytes()[..n]);
        }
        r
    }
}

/// The socket the ioctls go through.
pub struct Arp(UdpSocket);

impl Arp {
    pub fn open() -> std::io::Result<Arp> {
        UdpSocket::bind("0.0.0.0:0").map(Arp)
    }

    pub fn set(&self, e: &Entry) -> Result<(), Errno> {
        self.call(SIOCSARP, e)
    }

    pub fn delete(&self, e: &Entry) -> Result<(), Errno> {
        self.call(SIOCDARP, e)
    }

    fn call(&self, op: u64, e: &Entry) -> Result<(), Errno> {
        let req = e.req();
        // SAFETY: an open AF_INET socket and a struct arpreq laid out as the kernel's, alive
        // for the call; SIOCSARP and SIOCDARP only read it.
        let r = unsafe { nix::libc::ioctl(self.0.as_raw_fd(), op as _, &req as *const ArpReq) };
        if r < 0 {
            Err(Errno::last())
        } else {
            Ok(())
        }
    }
}
