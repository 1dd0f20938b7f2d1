//! Lightweight tunnel encapsulations (RTA_ENCAP / NHA_ENCAP nests): the encap types and the
//! attributes of the ones ip knows (mpls, ip, ip6).

pub const LWTUNNEL_ENCAP_MPLS: u16 = 1;
pub const LWTUNNEL_ENCAP_IP: u16 = 2;
pub const LWTUNNEL_ENCAP_IP6: u16 = 4;

/// Inside an mpls encap.
pub const MPLS_IPTUNNEL_DST: u16 = 1;
pub const MPLS_IPTUNNEL_TTL: u16 = 2;

/// Inside an ip encap (LWTUNNEL_IP_*) and an ip6 one (LWTUNNEL_IP6_*: the same numbers,
/// hoplimit for ttl and tc for tos).
pub const LWTUNNEL_IP_ID: u16 = 1;
pub const LWTUNNEL_IP_DST: u16 = 2;
pub const LWTUNNEL_IP_SRC: u16 = 3;
pub const LWTUNNEL_IP_TTL: u16 = 4;
pub const LWTUNNEL_IP_TOS: u16 = 5;
pub const LWTUNNEL_IP_FLAGS: u16 = 6;
/// One past the last LWTUNNEL_IP_* a view indexes.
pub const LWTUNNEL_IP_TABLE: usize = 7;

/// LWTUNNEL_IP_FLAGS bits (big-endian u16): TUNNEL_CSUM, TUNNEL_KEY, TUNNEL_SEQ.
pub const TUNNEL_CSUM: u16 = 0x01;
pub const TUNNEL_KEY: u16 = 0x04;
pub const TUNNEL_SEQ: u16 = 0x08;

/// MPLS label stack entry: label in the top 20 bits, bottom-of-stack bit.
pub const MPLS_LS_LABEL_SHIFT: u32 = 12;
pub const MPLS_LS_S_MASK: u32 = 0x100;
