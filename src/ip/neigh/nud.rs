//! The neighbour states as `ip neigh` reads them (`nud STATE` in show and add).

use crate::cli::matches;
use crate::cli::num::get_u32;
use crate::netlink::rtnl::neigh::*;

/// A state name (or `all`), or a number that is one state bit (0: none). Only
/// `permanent`, `reachable` and `failed` may be abbreviated, as in the reference.
pub fn nud_state(s: &str) -> Option<u16> {
    for (word, bit) in [
        ("permanent", NUD_PERMANENT),
        ("reachable", NUD_REACHABLE),
        ("failed", NUD_FAILED),
    ] {
        if matches(s, word) {
            return Some(bit);
        }
    }
    Some(match s {
        "all" => 0xff,
        "none" => 0,
        "incomplete" => NUD_INCOMPLETE,
        "stale" => NUD_STALE,
        "delay" => NUD_DELAY,
        "probe" => NUD_PROBE,
        "noarp" => NUD_NOARP,
        // a number: one state bit (or 0, NONE)
        _ => {
            return get_u32(s)
                .filter(|&v| v < 0x100 && v & v.wrapping_sub(1) == 0)
                .map(|v| v as u16)
        }
    })
}
