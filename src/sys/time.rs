//! The wall clock in local time, as the C library reads the time zone (TZ, /etc/localtime).

use std::time::{SystemTime, UNIX_EPOCH};

/// A broken-down local time (struct tm's fields that printing needs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tm {
    pub year: i32,
    /// 0..=11
    pub mon: i32,
    pub mday: i32,
    pub hour: i32,
    pub min: i32,
    pub sec: i32,
    /// 0 = Sunday
    pub wday: i32,
}

/// Now: seconds and microseconds since the epoch (gettimeofday).
pub fn now() -> (i64, u32) {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    (d.as_secs() as i64, d.subsec_micros())
}

/// localtime_r(3) of `secs`; None when the C library cannot represent it.
pub fn localtime(secs: i64) -> Option<Tm> {
    // the libc crate marks time_t deprecated only for its width on 32-bit musl targets
    #[allow(deprecated)]
    let t = secs as nix::libc::time_t;
    // SAFETY: an all-zero struct tm is a valid value of the plain C struct.
    let mut tm: nix::libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to live, properly aligned values owned by this frame;
    // localtime_r writes only into `tm`.
    let r = unsafe { nix::libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        return None;
    }
    Some(Tm {
        year: tm.tm_year + 1900,
        mon: tm.tm_mon,
        mday: tm.tm_mday,
        hour: tm.tm_hour,
        min: tm.tm_min,
        sec: tm.tm_sec,
        wday: tm.tm_wday,
    })
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Tm {
    /// asctime(3) without its newline: `Sat Dec  5 11:55:51 2026`.
    pub fn asctime(&self) -> String {
        let day = usize::try_from(self.wday)
            .ok()
            .and_then(|i| DAYS.get(i))
            .unwrap_or(&"???");
        let mon = usize::try_from(self.mon)
            .ok()
            .and_then(|i| MONTHS.get(i))
            .unwrap_or(&"???");
        format!(
            "{day} {mon}{:3} {:02}:{:02}:{:02} {}",
            self.mday, self.hour, self.min, self.sec, self.year
        )
    }

    /// strftime `%Y-%m-%dT%H:%M:%S`.
    pub fn iso(&self) -> String {
        format!(
            "{}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year,
            self.mon + 1,
            self.mday,
            self.hour,
            self.min,
            self.sec
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asctime_and_iso_forms() {
        let t = Tm {
            year: 2026,
            mon: 11,
            mday: 5,
            hour: 1,
            min: 2,
            sec: 3,
            wday: 6,
        };
        assert_eq!(t.asctime(), "Sat Dec  5 01:02:03 2026");
        assert_eq!(t.iso(), "2026-12-05T01:02:03");
        let t = Tm { mday: 15, ..t };
        assert_eq!(t.asctime(), "Sat Dec 15 01:02:03 2026");
    }
}
