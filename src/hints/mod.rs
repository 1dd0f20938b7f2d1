//! Hints: one line after the reference's own error text, naming what the user most likely
//! meant, for the mistakes the published namespace tutorials contain.
//!
//! A hint is written only when stderr is a terminal, `IPKIT_HINTS` is not `0`, and the
//! command is not a `-batch` run. It is dimmed when `ip`'s colour is on (`-c`) and
//! `NO_COLOR` is unset. Nothing on stdout ever changes, and the error text and exit code
//! stay the reference's. [`TABLE`] holds every hint: one entry per mistake.

mod context;
mod ip;
mod iptables;
mod probe;

use crate::error::Error;
use context::{seen, Ctx};
pub use context::{seen_batch, seen_color, seen_netns, seen_rest};
use std::io::Write;

/// One mistake and the function that recognises it (and words the hint).
pub struct Hint {
    pub applet: &'static str,
    /// The mistake, in words (for the reader of this table and the tests).
    pub mistake: &'static str,
    pub find: fn(&Ctx) -> Option<String>,
}

/// Every hint, first match wins.
pub const TABLE: &[Hint] = &[
    Hint {
        applet: "ip",
        mistake: "`ip - n NAME …`: a space inside `-n`",
        find: ip::spaced_option,
    },
    Hint {
        applet: "ip",
        mistake: "`ip -n NAME arp`: arp is not an ip object",
        find: ip::arp_object,
    },
    Hint {
        applet: "ip",
        mistake: "`ip -ns …` for `ip -n NAME …`",
        find: ip::ns_option,
    },
    Hint {
        applet: "ip",
        mistake: "`ip -n NAME` (or `ip netns exec NAME`) with a namespace that does not exist",
        find: ip::no_such_namespace,
    },
    Hint {
        applet: "ip",
        mistake: "a device that lives in another namespace",
        find: ip::device_elsewhere,
    },
    Hint {
        applet: "ip",
        mistake: "`ip link set DEV netns NAME` before `ip netns add NAME`",
        find: ip::netns_value,
    },
    Hint {
        applet: "ip",
        mistake: "a route `via` a gateway that no interface reaches",
        find: ip::unreachable_gateway,
    },
    Hint {
        applet: "iptables",
        mistake: "`--dport`/`--sport` without `-p tcp` or `-p udp`",
        find: iptables::port_without_protocol,
    },
    Hint {
        applet: "iptables",
        mistake: "a target's option (`--to-destination`) before its `-j`",
        find: iptables::target_option_first,
    },
    Hint {
        applet: "iptables",
        mistake: "`--A` for `-A` (a short option with two dashes)",
        find: iptables::double_dash,
    },
    Hint {
        applet: "iptables",
        mistake: "a target named without `-j`",
        find: iptables::target_without_jump,
    },
];

/// The hint for this failure, if one applies (whether or not hints are on).
pub fn find(applet: &str, words: &[String], err: &Error) -> Option<String> {
    let netns = seen(|s| s.netns.clone()).flatten();
    let ctx = Ctx {
        words,
        err: err.text.lines().next().unwrap_or(""),
        netns: netns.as_deref(),
    };
    TABLE
        .iter()
        .filter(|h| h.applet == applet)
        .find_map(|h| (h.find)(&ctx))
}

/// `ipkit --hints`: each applet and mistake of the table, a line each.
pub fn list() -> String {
    let mut s = String::new();
    for h in TABLE {
        s.push_str(h.applet);
        s.push_str(": ");
        s.push_str(h.mistake);
        s.push('\n');
    }
    s
}

/// Whether hints are on for this run: stderr is a terminal, `IPKIT_HINTS` is not `0`, and
/// this is not a batch (also when `ip` failed before it read `-batch`).
fn wanted(applet: &str, words: &[String]) -> bool {
    std::env::var_os("IPKIT_HINTS").is_none_or(|v| v != "0")
        && !seen(|s| s.batch).unwrap_or(true)
        && !(applet == "ip" && ip::batch_option(words))
        && nix::unistd::isatty(std::io::stderr()).unwrap_or(false)
}

/// After `err` was printed: the hint line on stderr, when one applies and hints are on.
pub fn after(applet: &str, words: &[String], err: &Error) {
    if err.text.is_empty() || !wanted(applet, words) {
        return;
    }
    let Some(hint) = find(applet, words, err) else {
        return;
    };
    let dim = seen(|s| s.color).unwrap_or(false) && std::env::var_os("NO_COLOR").is_none();
    let line = if dim {
        format!("\x1b[2mhint: {hint}\x1b[0m\n")
    } else {
        format!("hint: {hint}\n")
    };
    let _ = std::io::stderr().write_all(line.as_bytes());
}

#[cfg(test)]
mod tests;
