//! The one rule model: what a rule matches (addresses, interfaces, protocol, fragments, the
//! extensions in order) and its target. The parser builds it, the codec turns it into
//! nf_tables expressions and back, the printers print it.

pub use super::addr::Net;
use super::ext::{Ctx, Ext, Target};
use super::family::Fam;

/// An interface name as given (`eth+` matches every name starting `eth`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Iface {
    pub name: String,
    pub inv: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rule {
    /// Its family (the table's).
    pub fam: Fam,
    pub src: Option<(Net, bool)>,
    pub dst: Option<(Net, bool)>,
    pub iif: Option<Iface>,
    pub oif: Option<Iface>,
    /// Protocol number and inversion (`-p all` is no protocol).
    pub proto: Option<(u8, bool)>,
    /// `-f` (true) or `! -f` (false).
    pub frag: Option<bool>,
    pub matches: Vec<Ext>,
    pub target: Target,
    /// Packets, bytes.
    pub counters: (u64, u64),
}

impl Rule {
    /// What its extensions see of it (`numeric` for -L -n).
    pub fn ctx(&self, numeric: bool) -> Ctx {
        let (proto, inv_proto) = self.proto.unwrap_or((0, false));
        Ctx {
            proto,
            inv_proto,
            numeric,
            fam: self.fam,
        }
    }
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
    ("ipv6-mh", 135),
];

/// The name -S and -L print for protocol `p`.
pub fn proto_name(p: u8) -> Option<&'static str> {
    PROTOS.iter().find(|(_, n)| *n == p).map(|(s, _)| *s)
}
