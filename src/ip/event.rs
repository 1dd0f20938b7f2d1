//! One kernel event as an object's printer receives it (`ip monitor`, `ip monitor file`):
//! the message, whether it is a deletion, the device selected. The objects whose messages
//! `ip monitor` prints each provide a [`Print`]; `ip::mod` hands them to the monitor in a
//! [`Printers`] table (the monitor is an object and imports no other object).

use crate::ip::ifnames::Names;
use crate::ip::opts::{Opts, Out};
use crate::sys::time;

/// One message to print (the monitor has written its timestamp, nsid and label heads).
pub struct Event<'a> {
    /// The message after its netlink header.
    pub payload: &'a [u8],
    /// An RTM_DEL* message: `Deleted ` after the head.
    pub deleted: bool,
    /// `dev NAME`: only this interface's events, printed without their `dev`.
    pub dev: Option<u32>,
    pub opts: &'a Opts,
    /// `-s` as given: the monitor prints without counters (`opts.stats` is 0) but for
    /// multicast routes, whose `-s` lines it keeps.
    pub stats: u32,
}

impl Event<'_> {
    /// Whether the selected family (`-4`, `-6`…) lets a message of `family` through.
    pub fn family_ok(&self, family: u8) -> bool {
        self.opts.family == 0 || self.opts.family == family
    }

    /// `Deleted ` for a deletion: what goes before a printed object.
    pub fn start(&self, p: &mut Out) {
        if self.deleted {
            p.fp_str("Deleted ");
        }
    }

    /// Whether the selected device lets an event of interface `index` through.
    pub fn dev_ok(&self, index: u32) -> bool {
        self.dev.is_none_or(|d| d == index)
    }
}

/// Prints one event when it passes the selectors; false when it did not.
pub type Print = fn(&mut Out, &Event, &mut Names) -> bool;

/// The printers of the objects the monitor cannot import.
pub struct Printers {
    pub addr: Print,
    pub route: Print,
    pub neigh: Print,
    pub netconf: Print,
    pub nsid: Print,
    /// HOOK: `ip rule` (being written) prints RTM_NEWRULE/RTM_DELRULE; until it provides
    /// its printer here, rule events are read and left unprinted.
    pub rule: Option<Print>,
    /// HOOK: `ip nexthop` (being written) likewise for RTM_NEWNEXTHOP/RTM_DELNEXTHOP.
    pub nexthop: Option<Print>,
    /// `ip mroute`: RTM_NEWROUTE/RTM_DELROUTE of the multicast families.
    pub mroute: Print,
}

/// What goes before an event: the `-t`/`-ts` timestamp and, listening to every namespace,
/// `[nsid N]` (`[nsid current]` for this one's own), appended to `head`.
pub fn head(opts: &Opts, nsid: Option<i32>, head: &mut String) {
    if opts.timestamp > 0 {
        let (secs, usec) = time::now();
        if let Some(tm) = time::localtime(secs) {
            head.push_str(&if opts.tshort {
                format!("[{}.{usec:06}] ", tm.iso())
            } else {
                format!("Timestamp: {} {usec} usec\n", tm.asctime())
            });
        }
    }
    if let Some(n) = nsid {
        head.push_str(&if n < 0 {
            "[nsid current]".to_string()
        } else {
            format!("[nsid {n}]")
        });
    }
}

/// rtmon's timestamp record: `Timestamp: Sat Dec  5 11:55:59 2026 771041 us`.
pub fn timestamp_record(p: &mut Out, payload: &[u8]) {
    let (Some(s), Some(u)) = (payload.get(..4), payload.get(4..8)) else {
        return;
    };
    let secs = u32::from_ne_bytes([s[0], s[1], s[2], s[3]]);
    let usec = u32::from_ne_bytes([u[0], u[1], u[2], u[3]]);
    if let Some(tm) = time::localtime(i64::from(secs)) {
        p.fp(format_args!("Timestamp: {} {usec} us\n", tm.asctime()));
    }
}
