//! The tunnel ioctls `ip tunnel` drives (SIOCGETTUNNEL … SIOCCHG6RD): a struct ifreq naming
//! the device, whose ifr_data points at the command's structure (ip_tunnel_parm,
//! ip6_tnl_parm2, ip_tunnel_prl, ip_tunnel_6rd), on a datagram socket; the errno comes back.

use nix::errno::Errno;
use nix::sys::socket::{socket, AddressFamily, SockFlag, SockType};
use std::os::fd::AsRawFd;

pub const SIOCGETTUNNEL: u64 = 0x89f0;
pub const SIOCADDTUNNEL: u64 = 0x89f1;
pub const SIOCDELTUNNEL: u64 = 0x89f2;
pub const SIOCADDPRL: u64 = 0x89f5;
pub const SIOCDELPRL: u64 = 0x89f6;
pub const SIOCADD6RD: u64 = 0x89f9;
pub const SIOCDEL6RD: u64 = 0x89fa;

/// struct ifreq: the name, then the union (here ifr_data) padded to 24 bytes.
#[repr(C)]
struct IfReq {
    name: [u8; 16],
    data: *mut u8,
    pad: [u8; 16],
}

/// Runs ioctl `cmd` for device `dev` with `data` as its structure (the kernel may write its
/// answer into it), on an AF_INET6 socket when `v6`, else AF_INET.
pub fn call(v6: bool, dev: &str, cmd: u64, data: &mut [u8]) -> Result<(), Errno> {
    let family = if v6 {
        AddressFamily::Inet6
    } else {
        AddressFamily::Inet
    };
    let fd = socket(family, SockType::Datagram, SockFlag::SOCK_CLOEXEC, None)?;
    // the structure in a buffer larger than any of them, whatever the caller handed in
    let mut buf = [0u8; 128];
    let n = data.len().min(buf.len());
    buf[..n].copy_from_slice(&data[..n]);
    let mut req = IfReq {
        name: [0; 16],
        data: buf.as_mut_ptr(),
        pad: [0; 16],
    };
    let len = dev.len().min(15);
    req.name[..len].copy_from_slice(&dev.as_bytes()[..len]);
    // SAFETY: an open socket, a struct ifreq laid out as the kernel's whose ifr_data points
    // at `buf`, both alive for the call; `buf` is longer than every structure these commands
    // read or write (ip_tunnel_parm 52, ip6_tnl_parm2 76, ip_tunnel_prl 16, ip_tunnel_6rd 24
    // bytes).
    let r = unsafe { nix::libc::ioctl(fd.as_raw_fd(), cmd as _, &mut req as *mut IfReq) };
    data[..n].copy_from_slice(&buf[..n]);
    if r < 0 {
        Err(Errno::last())
    } else {
        Ok(())
    }
}
