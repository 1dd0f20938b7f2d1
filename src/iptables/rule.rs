//! The one rule model: what a rule matches (addresses, interfaces, protocol, fragments, the
//! extensions in order) and its target. The parser builds it, the codec turns it into
//! nf_tables expressions and back, the printers print it.

use super::ext::{Match, Target};

/// An IPv4 address and mask, in network order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Net {
    pub addr: [u8; 4],
    pub mask: [u8; 4],
}

impl Net {
    /// The prefix length when the mask is contiguous.
    pub fn prefix(&self) -> Option<u32> {
        let m = u32::from_be_bytes(self.mask);
        let n = m.leading_ones();
        (m.checked_shl(n).unwrap_or(0) == 0).then_some(n)
    }

    /// `A.B.C.D/N` (or `/M.A.S.K` for a mask that is not a prefix), as -S and -L -n print it.
    pub fn text(&self) -> String {
        let a = std::net::Ipv4Addr::from(self.addr);
        match self.prefix() {
            Some(n) => format!("{a}/{n}"),
            None => format!("{a}/{}", std::net::Ipv4Addr::from(self.mask)),
        }
    }
}

/// An interface name as given (`eth+` matches every name starting `eth`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Iface {
    pub name: String,
    pub inv: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rule {
    pub src: Option<(Net, bool)>,
    pub dst: Option<(Net, bool)>,
    pub iif: Option<Iface>,
    pub oif: Option<Iface>,
    /// Protocol number and inversion (`-p all` is no protocol).
    pub proto: Option<(u8, bool)>,
    /// `-f` (true) or `! -f` (false).
    pub frag: Option<bool>,
    pub matches: Vec<Match>,
    pub target: Target,
    /// Packets, bytes.
    pub counters: (u64, u64),
}

/// Protocol names iptables knows without /etc/protocols, in its order.
pub const PROTOS: &[(&str, u8)] = &[
    ("tcp", 6),
    ("udp", 17),
    ("udplite", 136),
    ("icmp", 1),
    ("icmpv6", 58),
    ("esp", 50),
    ("ah", 51),
    ("sctp", 132),
    ("mh", 135),
];

/// The name -S and -L print for protocol `p`.
pub fn proto_name(p: u8) -> Option<&'static str> {
    PROTOS.iter().find(|(_, n)| *n == p).map(|(s, _)| *s)
}
