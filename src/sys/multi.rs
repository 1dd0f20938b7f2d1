//! SIOCADDMULTI / SIOCDELMULTI: a link-layer multicast address a device listens on
//! (`ip maddress add|del`), through struct ifreq on an AF_INET datagram socket.

use nix::libc;
use nix::sys::socket::{socket, AddressFamily, SockFlag, SockType};
use std::io;
use std::os::fd::AsRawFd;

const SIOCADDMULTI: libc::c_ulong = 0x8931;
const SIOCDELMULTI: libc::c_ulong = 0x8932;

/// struct ifreq with its struct sockaddr member (family, 14 data bytes) and the rest of
/// the union.
#[repr(C)]
struct IfReq {
    name: [u8; 16],
    family: u16,
    data: [u8; 14],
    _rest: [u8; 8],
}

/// Add (`add`) or remove a static link-layer multicast address of device `name`; the
/// address is cut to 14 bytes, the name to 15.
pub fn change(name: &str, addr: &[u8], add: bool) -> io::Result<()> {
    let mut req = IfReq {
        name: [0; 16],
        family: 0,
        data: [0; 14],
        _rest: [0; 8],
    };
    for (d, s) in req.name.iter_mut().take(15).zip(name.bytes()) {
        *d = s;
    }
    for (d, s) in req.data.iter_mut().zip(addr) {
        *d = *s;
    }
    let fd = socket(
        AddressFamily::Inet,
        SockType::Datagram,
        SockFlag::SOCK_CLOEXEC,
        None,
    )
    .map_err(io::Error::from)?;
    let cmd = if add { SIOCADDMULTI } else { SIOCDELMULTI };
    // SAFETY: a valid socket and a struct ifreq the kernel only reads.
    let r = unsafe { libc::ioctl(fd.as_raw_fd(), cmd as _, &mut req) };
    if r < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
