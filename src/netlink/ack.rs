//! NLMSG_ERROR / NLMSG_DONE decoding, with the kernel's extended ack message, into a value:
//! the applets put it into their own words.

use super::attr::{attrs, cstring};
use netlink_packet_core::{NLM_F_ACK_TLVS, NLM_F_CAPPED};

const NLMSGERR_ATTR_MSG: u16 = 1;
/// struct nlmsghdr.
pub const NLMSG_HDRLEN: usize = 16;

/// A kernel answer that carries an errno (0 for a plain ACK) and maybe an extack text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nack {
    /// Positive errno (0 = success).
    pub errno: i32,
    /// The kernel's human-readable explanation (NLMSGERR_ATTR_MSG).
    pub msg: Option<String>,
}

impl Nack {
    /// Decode an NLMSG_ERROR payload: `int error; struct nlmsghdr orig; [orig payload]; [TLVs]`.
    pub fn parse(payload: &[u8], flags: u16) -> Option<Nack> {
        if payload.len() < 4 {
            return None;
        }
        let code = i32::from_ne_bytes([payload[0], payload[1], payload[2], payload[3]]);
        let mut msg = None;
        if flags & NLM_F_ACK_TLVS != 0 && payload.len() >= 4 + NLMSG_HDRLEN {
            let orig = &payload[4..];
            let orig_len = u32::from_ne_bytes([orig[0], orig[1], orig[2], orig[3]]) as usize;
            let skip = if flags & NLM_F_CAPPED != 0 {
                NLMSG_HDRLEN
            } else {
                (orig_len + 3) & !3
            };
            if let Some(tlvs) = orig.get(skip..) {
                msg = ext_msg(tlvs);
            }
        }
        Some(Nack {
            errno: code.checked_neg().unwrap_or(0).max(0),
            msg,
        })
    }

    /// Decode an NLMSG_DONE payload: `int error; [TLVs]`; None when the dump succeeded.
    pub fn parse_done(payload: &[u8], flags: u16) -> Option<Nack> {
        if payload.len() < 4 {
            return None;
        }
        let code = i32::from_ne_bytes([payload[0], payload[1], payload[2], payload[3]]);
        if code >= 0 {
            return None;
        }
        let msg = if flags & NLM_F_ACK_TLVS != 0 {
            ext_msg(&payload[4..])
        } else {
            None
        };
        Some(Nack {
            errno: code.checked_neg().unwrap_or(0),
            msg,
        })
    }
}

fn ext_msg(tlvs: &[u8]) -> Option<String> {
    attrs(tlvs)
        .find(|&(k, _)| k == NLMSGERR_ATTR_MSG)
        .map(|(_, v)| cstring(v))
        .filter(|m| !m.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nlattr(kind: u16, value: &[u8]) -> Vec<u8> {
        crate::netlink::attr::emit_all(&[crate::netlink::attr::bytes(kind, value)])
    }

    fn error_payload(code: i32, tlvs: &[u8]) -> Vec<u8> {
        let mut p = code.to_ne_bytes().to_vec();
        // original header, capped (no payload)
        p.extend_from_slice(&32u32.to_ne_bytes());
        p.extend_from_slice(&16u16.to_ne_bytes());
        p.extend_from_slice(&0x605u16.to_ne_bytes());
        p.extend_from_slice(&7u32.to_ne_bytes());
        p.extend_from_slice(&0u32.to_ne_bytes());
        p.extend_from_slice(tlvs);
        p
    }

    #[test]
    fn plain_errno() {
        let p = error_payload(-17, &[]);
        let n = Nack::parse(&p, NLM_F_CAPPED).unwrap();
        assert_eq!(
            n,
            Nack {
                errno: 17,
                msg: None
            }
        );
    }

    #[test]
    fn extack_message() {
        let tlvs = nlattr(NLMSGERR_ATTR_MSG, b"Nexthop has invalid gateway\0");
        let p = error_payload(-22, &tlvs);
        let n = Nack::parse(&p, NLM_F_CAPPED | NLM_F_ACK_TLVS).unwrap();
        assert_eq!(n.msg.as_deref(), Some("Nexthop has invalid gateway"));
    }

    #[test]
    fn extack_after_uncapped_original_payload() {
        let mut p = (-22i32).to_ne_bytes().to_vec();
        p.extend_from_slice(&20u32.to_ne_bytes()); // header + 4 bytes payload
        p.extend_from_slice(&[0; 12]);
        p.extend_from_slice(&[1, 2, 3, 4]);
        p.extend_from_slice(&nlattr(NLMSGERR_ATTR_MSG, b"Unknown device type.\0"));
        let n = Nack::parse(&p, NLM_F_ACK_TLVS).unwrap();
        assert_eq!(n.msg.as_deref(), Some("Unknown device type."));
    }

    #[test]
    fn ack_is_errno_zero() {
        let p = error_payload(0, &[]);
        assert_eq!(Nack::parse(&p, NLM_F_CAPPED).unwrap().errno, 0);
    }

    #[test]
    fn done_with_error() {
        let p = (-95i32).to_ne_bytes();
        assert_eq!(Nack::parse_done(&p, 0).unwrap().errno, 95);
        assert_eq!(Nack::parse_done(&0i32.to_ne_bytes(), 0), None);
    }
}
