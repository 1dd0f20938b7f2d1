//! The colours of `ip -c`: which values are coloured, their escapes, and the dark-background
//! palette chosen from `COLORFGBG`.

use crate::netlink::rtnl::{AF_INET, AF_INET6};

/// The colours of `ip -c`. Only the plain text of a value is coloured, with the whole
/// formatted text (trailing `": "` or padding included) between the escape and the reset.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Color {
    /// Interface names: cyan (`ESC[36m`).
    Ifname,
    /// Link-layer addresses: yellow (`ESC[33m`).
    Mac,
    /// IPv4 addresses and prefixes: magenta (`ESC[35m`).
    Inet,
    /// IPv6 addresses and prefixes: blue (`ESC[34m`).
    Inet6,
    /// Operational state `UP`: green (`ESC[32m`).
    OperUp,
    /// Operational state `DOWN`: red (`ESC[31m`).
    OperDown,
    /// No colour: the text is written without any escape.
    None,
}

impl Color {
    /// The colour of an address of family `AF_INET` (2) / `AF_INET6` (10); `None` otherwise.
    pub fn for_family(family: u8) -> Color {
        match family {
            AF_INET => Color::Inet,
            AF_INET6 => Color::Inet6,
            _ => Color::None,
        }
    }

    /// The colour of an operstate name: only `UP` and `DOWN` are coloured
    /// (`UNKNOWN`, `LOWERLAYERDOWN`, … are written plain).
    pub fn for_operstate(state: &str) -> Color {
        match state {
            "UP" => Color::OperUp,
            "DOWN" => Color::OperDown,
            _ => Color::None,
        }
    }

    /// The escape that starts this colour: `ESC[3Nm`, or `ESC[1;3Nm` on a dark background.
    pub(super) fn escape(self, dark: bool) -> &'static [u8] {
        let (light, bold): (&'static [u8], &'static [u8]) = match self {
            Color::Ifname => (b"\x1b[36m", b"\x1b[1;36m"),
            Color::Mac => (b"\x1b[33m", b"\x1b[1;33m"),
            Color::Inet => (b"\x1b[35m", b"\x1b[1;35m"),
            Color::Inet6 => (b"\x1b[34m", b"\x1b[1;34m"),
            Color::OperUp => (b"\x1b[32m", b"\x1b[1;32m"),
            Color::OperDown => (b"\x1b[31m", b"\x1b[1;31m"),
            Color::None => (b"", b""),
        };
        if dark {
            bold
        } else {
            light
        }
    }
}

pub(super) const COLOR_RESET: &[u8] = b"\x1b[0m";

/// ip's dark-background test on the value of `COLORFGBG` (ip(8), ENVIRONMENT): the text after
/// the last `;` must be exactly one of `0`–`6` or `8`; a value without `;` is never dark.
pub fn dark_background(colorfgbg: &[u8]) -> bool {
    match colorfgbg.iter().rposition(|&b| b == b';') {
        Some(i) => matches!(&colorfgbg[i + 1..], [b'0'..=b'6' | b'8']),
        None => false,
    }
}
