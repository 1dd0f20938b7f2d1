//! localtime_r(3): seconds since the epoch as the local calendar time (TZ, /etc/localtime).

use nix::libc;

/// The broken-down local time of `secs`, or None when the C library cannot convert it.
pub fn local(secs: i64) -> Option<libc::tm> {
    // SAFETY: `tm` is plain data (integers and a pointer the C library sets); all zeroes is
    // a valid value of it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers point to live locals for the duration of the call, and
    // localtime_r writes only through the second one.
    let ok = unsafe { !libc::localtime_r(&secs, &mut tm).is_null() };
    ok.then_some(tm)
}
