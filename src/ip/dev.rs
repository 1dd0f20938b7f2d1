//! Interface names → indexes for arguments (printing keeps its own cache, link::show::Names).

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
