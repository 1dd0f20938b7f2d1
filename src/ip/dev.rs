//! Interface names and indexes (iproute2's ll_map): name → index for arguments,
//! index → name for printing `master br0`, `veth1@veth0`.

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

/// The name of interface `index`, or None.
pub fn name(index: u32) -> Option<String> {
    let mut buf = [0 as nix::libc::c_char; nix::libc::IF_NAMESIZE];
    // SAFETY: buf has IF_NAMESIZE bytes, as the call requires.
    let p = unsafe { nix::libc::if_indextoname(index, buf.as_mut_ptr()) };
    if p.is_null() {
        return None;
    }
    let bytes: Vec<u8> = buf
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    Some(String::from_utf8_lossy(&bytes).into_owned())
}
