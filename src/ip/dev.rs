//! Interface names ↔ indexes (link and address printing keep their own cache, link::show::Names).

use crate::error::{Error, Result};
use std::ffi::CString;

/// The index of interface `name`, or None.
pub fn index(name: &str) -> Option<u32> {
    let c = CString::new(name).ok()?;
    // SAFETY: a valid NUL-terminated string; the call only reads it.
    let i = unsafe { nix::libc::if_nametoindex(c.as_ptr()) };
    (i != 0).then_some(i)
}

/// The index of `name`, or the reference's `Cannot find device "NAME"` (exit 1).
pub fn require(name: &str) -> Result<u32> {
    index(name).ok_or_else(|| Error::msg(1, format_args!("Cannot find device \"{name}\"")))
}

/// The transmit queue length of `name` (SIOCGIFTXQLEN), for link messages that lack it.
pub fn txqlen(name: &str) -> Option<u32> {
    use std::os::fd::AsRawFd;
    const SIOCGIFTXQLEN: u64 = 0x8942;
    #[repr(C)]
    struct IfReq {
        name: [u8; 16],
        qlen: i32,
        _pad: [u8; 20],
    }
    let bytes = name.as_bytes();
    if bytes.is_empty() || bytes.len() >= 16 {
        return None;
    }
    let mut req = IfReq {
        name: [0; 16],
        qlen: 0,
        _pad: [0; 20],
    };
    req.name[..bytes.len()].copy_from_slice(bytes);
    let sock = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    // SAFETY: a valid socket and a struct ifreq-sized buffer the kernel fills in.
    let r = unsafe { nix::libc::ioctl(sock.as_raw_fd(), SIOCGIFTXQLEN as _, &mut req) };
    (r == 0).then_some(req.qlen as u32)
}

/// The name of interface `index`, or `if%d` when it has none (as the reference prints it).
pub fn name(index: u32) -> String {
    let mut buf = [0 as nix::libc::c_char; nix::libc::IF_NAMESIZE];
    // SAFETY: buf has IF_NAMESIZE bytes, as if_indextoname requires.
    let p = unsafe { nix::libc::if_indextoname(index, buf.as_mut_ptr()) };
    if p.is_null() {
        return format!("if{index}");
    }
    let bytes: Vec<u8> = buf
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}
