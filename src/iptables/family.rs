//! The address family an xtables applet works in: `iptables` (IPv4, the `ip` tables) or
//! `ip6tables` (IPv6, the `ip6` tables). Everything else is shared and takes the family as
//! a parameter; what truly differs between the two is answered here.

use crate::netlink::nft;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Fam {
    #[default]
    V4,
    V6,
}

impl Fam {
    /// nfgenmsg.nfgen_family of its tables.
    pub fn nfproto(self) -> u8 {
        match self {
            Fam::V4 => nft::NFPROTO_IPV4,
            Fam::V6 => nft::NFPROTO_IPV6,
        }
    }

    /// Bytes of an address.
    pub fn addr_len(self) -> usize {
        match self {
            Fam::V4 => 4,
            Fam::V6 => 16,
        }
    }

    /// Where the network header holds the source and the destination address.
    pub fn src_offset(self) -> u32 {
        match self {
            Fam::V4 => 12,
            Fam::V6 => 8,
        }
    }

    pub fn dst_offset(self) -> u32 {
        match self {
            Fam::V4 => 16,
            Fam::V6 => 24,
        }
    }

    /// The family a message (its nfgenmsg first) is for.
    pub fn of_msg(buf: &[u8]) -> Fam {
        if buf.first() == Some(&nft::NFPROTO_IPV6) {
            Fam::V6
        } else {
            Fam::V4
        }
    }

    pub fn is_v6(self) -> bool {
        self == Fam::V6
    }
}
