//! Ethernet protocol numbers (`ll_proto`): the names `ip` reads (`vlan protocol`,
//! `vlan_protocol`, `bareudp ethertype`) and prints: one list, read in any case, plus `ipv4`.

use crate::cli::num::get_u16;
use std::fmt;

/// A protocol by name (any of the names ip prints, or `ipv4`, in any case) or number.
pub fn parse(v: &str) -> Option<u16> {
    LL_PROTOS
        .iter()
        .find(|(_, n)| n.eq_ignore_ascii_case(v))
        .map(|&(p, _)| p)
        .or_else(|| v.eq_ignore_ascii_case("ipv4").then_some(0x0800))
        .or_else(|| get_u16(v))
}

/// An Ethernet protocol number as ip names it (`802.1Q`, `ip`, …, else `[N]`).
pub struct Proto(pub u16);

impl fmt::Display for Proto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match LL_PROTOS.iter().find(|&&(n, _)| n == self.0) {
            Some((_, name)) => f.write_str(name),
            None => write!(f, "[{}]", self.0),
        }
    }
}

/// The protocol names ip 6.1 prints (found by running it on every value 0..=0xffff).
const LL_PROTOS: &[(u16, &str)] = &[
    (0x0001, "802_3"),
    (0x0002, "ax25"),
    (0x0003, "all"),
    (0x0004, "802_2"),
    (0x0005, "snap"),
    (0x0006, "ddcmp"),
    (0x0007, "wan_ppp"),
    (0x0008, "ppp_mp"),
    (0x0009, "localtalk"),
    (0x000c, "can"),
    (0x0010, "ppptalk"),
    (0x0011, "tr_802_2"),
    (0x0015, "mobitex"),
    (0x0016, "control"),
    (0x0017, "irda"),
    (0x0018, "econet"),
    (0x0060, "loop"),
    (0x0200, "pup"),
    (0x0201, "pupat"),
    (0x0800, "ip"),
    (0x0805, "x25"),
    (0x0806, "arp"),
    (0x08ff, "bpq"),
    (0x0a00, "ieeepup"),
    (0x0a01, "ieeepupat"),
    (0x6000, "dec"),
    (0x6001, "dna_dl"),
    (0x6002, "dna_rc"),
    (0x6003, "dna_rt"),
    (0x6004, "lat"),
    (0x6005, "diag"),
    (0x6006, "cust"),
    (0x6007, "sca"),
    (0x6558, "teb"),
    (0x8035, "rarp"),
    (0x809b, "atalk"),
    (0x80f3, "aarp"),
    (0x8100, "802.1Q"),
    (0x8137, "ipx"),
    (0x86dd, "ipv6"),
    (0x8847, "mpls_uc"),
    (0x8848, "mpls_mc"),
    (0x884c, "atmmpoa"),
    (0x8863, "ppp_disc"),
    (0x8864, "ppp_ses"),
    (0x8884, "atmfate"),
    (0x8892, "profinet"),
    (0x88a2, "aoe"),
    (0x88a4, "ethercat"),
    (0x88a8, "802.1ad"),
    (0x88ca, "tipc"),
    (0x88cc, "LLDP"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_names() {
        assert_eq!(Proto(0x8100).to_string(), "802.1Q");
        assert_eq!(Proto(0x88a8).to_string(), "802.1ad");
        assert_eq!(Proto(0x88cc).to_string(), "LLDP");
        assert_eq!(Proto(0x1234).to_string(), "[4660]");
        assert!(LL_PROTOS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
