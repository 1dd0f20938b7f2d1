//! The tun/tap character device, /dev/net/tun, as `ip tuntap` drives it: TUNSETIFF attaches
//! (or creates) a device, TUNSETOWNER/TUNSETGROUP/TUNSETPERSIST set what they name.
//! Constants from linux/if_tun.h.

use nix::errno::Errno;
use std::os::fd::{AsRawFd, OwnedFd};

pub const IFF_TUN: u16 = 0x0001;
pub const IFF_TAP: u16 = 0x0002;
pub const IFF_MULTI_QUEUE: u16 = 0x0100;
pub const IFF_PERSIST: u16 = 0x0800;
pub const IFF_NO_PI: u16 = 0x1000;
pub const IFF_ONE_QUEUE: u16 = 0x2000;
pub const IFF_VNET_HDR: u16 = 0x4000;
pub const IFF_TUN_EXCL: u16 = 0x8000;

/// struct ifreq as TUNSETIFF reads it: the name, the flags, the rest of the union zero.
#[repr(C)]
pub struct IfReq {
    name: [u8; 16],
    flags: u16,
    pad: [u8; 22],
}

impl IfReq {
    /// `name` (cut to 15 bytes, NUL-terminated; empty: the kernel picks `tun%d`/`tap%d`).
    pub fn new(name: &str, flags: u16) -> IfReq {
        let mut r = IfReq {
            name: [0; 16],
            flags,
            pad: [0; 22],
        };
        for (d, s) in r.name.iter_mut().take(15).zip(name.bytes()) {
            *d = s;
        }
        r
    }
}

const TUN_MAGIC: u8 = b'T';
type Int = nix::libc::c_int;

nix::ioctl_write_ptr_bad!(
    tunsetiff,
    nix::request_code_write!(TUN_MAGIC, 202, std::mem::size_of::<Int>()),
    IfReq
);
nix::ioctl_write_int_bad!(
    tunsetpersist,
    nix::request_code_write!(TUN_MAGIC, 203, std::mem::size_of::<Int>())
);
nix::ioctl_write_int_bad!(
    tunsetowner,
    nix::request_code_write!(TUN_MAGIC, 204, std::mem::size_of::<Int>())
);
nix::ioctl_write_int_bad!(
    tunsetgroup,
    nix::request_code_write!(TUN_MAGIC, 206, std::mem::size_of::<Int>())
);

/// /dev/net/tun opened read-write (the descriptor a device is attached through).
pub fn open() -> Result<OwnedFd, Errno> {
    nix::fcntl::open(
        "/dev/net/tun",
        nix::fcntl::OFlag::O_RDWR | nix::fcntl::OFlag::O_CLOEXEC,
        nix::sys::stat::Mode::empty(),
    )
}

/// TUNSETIFF: attach `fd` to the device `req` names (created when it does not exist).
pub fn set_iff(fd: &OwnedFd, req: &IfReq) -> Result<(), Errno> {
    // SAFETY: TUNSETIFF reads (and may write back the chosen name into) one struct ifreq,
    // which `req` is (40 bytes, laid out as the kernel's); the descriptor is open for the call.
    unsafe { tunsetiff(fd.as_raw_fd(), req) }.map(drop)
}

/// TUNSETPERSIST: keep the device when its last descriptor closes (or not).
pub fn set_persist(fd: &OwnedFd, on: bool) -> Result<(), Errno> {
    // SAFETY: an integer argument, no memory is passed; the descriptor is open for the call.
    unsafe { tunsetpersist(fd.as_raw_fd(), Int::from(on)) }.map(drop)
}

/// TUNSETOWNER: the user allowed to attach.
pub fn set_owner(fd: &OwnedFd, uid: u32) -> Result<(), Errno> {
    // SAFETY: an integer argument (the uid, as the kernel reads it), no memory is passed.
    unsafe { tunsetowner(fd.as_raw_fd(), uid as Int) }.map(drop)
}

/// TUNSETGROUP: the group allowed to attach.
pub fn set_group(fd: &OwnedFd, gid: u32) -> Result<(), Errno> {
    // SAFETY: an integer argument (the gid, as the kernel reads it), no memory is passed.
    unsafe { tunsetgroup(fd.as_raw_fd(), gid as Int) }.map(drop)
}
