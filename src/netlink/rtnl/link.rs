//! Links (RTM_NEWLINK, struct ifinfomsg + IFLA_*): constants and the zero-copy [`Link`] view.
//! The attributes of one link kind's IFLA_INFO_DATA live with that kind.

use crate::netlink::attr::{self, Table};

/// struct ifinfomsg.
pub const IFINFOMSG_LEN: usize = 16;
/// An interface name's buffer, its NUL included.
pub const IFNAMSIZ: usize = 16;

pub const IFLA_ADDRESS: u16 = 1;
pub const IFLA_BROADCAST: u16 = 2;
pub const IFLA_IFNAME: u16 = 3;
pub const IFLA_MTU: u16 = 4;
pub const IFLA_LINK: u16 = 5;
pub const IFLA_QDISC: u16 = 6;
pub const IFLA_MASTER: u16 = 10;
pub const IFLA_TXQLEN: u16 = 13;
pub const IFLA_OPERSTATE: u16 = 16;
pub const IFLA_LINKMODE: u16 = 17;
pub const IFLA_LINKINFO: u16 = 18;
pub const IFLA_IFALIAS: u16 = 20;
pub const IFLA_STATS: u16 = 7;
pub const IFLA_STATS64: u16 = 23;
pub const IFLA_AF_SPEC: u16 = 26;
/// The AF_INET6 link dump's per-family attributes (IFLA_INET6_*).
pub const IFLA_PROTINFO: u16 = 12;
pub const IFLA_GROUP: u16 = 27;
pub const IFLA_PROMISCUITY: u16 = 30;
pub const IFLA_NUM_TX_QUEUES: u16 = 31;
pub const IFLA_NUM_RX_QUEUES: u16 = 32;
pub const IFLA_CARRIER: u16 = 33;
pub const IFLA_PHYS_PORT_ID: u16 = 34;
pub const IFLA_CARRIER_CHANGES: u16 = 35;
pub const IFLA_PHYS_SWITCH_ID: u16 = 36;
pub const IFLA_LINK_NETNSID: u16 = 37;
pub const IFLA_PHYS_PORT_NAME: u16 = 38;
pub const IFLA_PROTO_DOWN: u16 = 39;
pub const IFLA_GSO_MAX_SEGS: u16 = 40;
pub const IFLA_GSO_MAX_SIZE: u16 = 41;
pub const IFLA_XDP: u16 = 43;
pub const IFLA_MIN_MTU: u16 = 50;
pub const IFLA_MAX_MTU: u16 = 51;
pub const IFLA_PROP_LIST: u16 = 52;
pub const IFLA_ALT_IFNAME: u16 = 53;
pub const IFLA_PERM_ADDRESS: u16 = 54;
pub const IFLA_PROTO_DOWN_REASON: u16 = 55;
pub const IFLA_PARENT_DEV_NAME: u16 = 56;
pub const IFLA_PARENT_DEV_BUS_NAME: u16 = 57;
pub const IFLA_GRO_MAX_SIZE: u16 = 58;
pub const IFLA_TSO_MAX_SIZE: u16 = 59;
pub const IFLA_TSO_MAX_SEGS: u16 = 60;
pub const IFLA_ALLMULTI: u16 = 61;

/// NLA_F_NESTED, which the reference sets on IFLA_PROTO_DOWN_REASON only.
pub const NLA_F_NESTED: u16 = 0x8000;
pub const IFLA_PROTO_DOWN_REASON_MASK: u16 = 1;
pub const IFLA_PROTO_DOWN_REASON_VALUE: u16 = 2;

/// Inside IFLA_LINKINFO.
pub const IFLA_INFO_KIND: u16 = 1;
pub const IFLA_INFO_DATA: u16 = 2;
pub const IFLA_INFO_SLAVE_KIND: u16 = 4;
pub const IFLA_INFO_SLAVE_DATA: u16 = 5;

/// Inside IFLA_AF_SPEC → AF_INET6.
pub const IFLA_INET6_TOKEN: u16 = 7;
pub const IFLA_INET6_ADDR_GEN_MODE: u16 = 8;

/// Inside IFLA_XDP.
pub const IFLA_XDP_FD: u16 = 1;
pub const IFLA_XDP_ATTACHED: u16 = 2;
pub const IFLA_XDP_FLAGS: u16 = 3;
pub const IFLA_XDP_PROG_ID: u16 = 4;
pub const IFLA_XDP_DRV_PROG_ID: u16 = 5;
pub const IFLA_XDP_SKB_PROG_ID: u16 = 6;
pub const IFLA_XDP_HW_PROG_ID: u16 = 7;
pub const XDP_ATTACHED_MULTI: u8 = 4;
pub const XDP_FLAGS_UPDATE_IF_NOEXIST: u32 = 1;

/// Interface flags (ifi_flags).
pub const IFF_UP: u32 = 0x1;
pub const IFF_LOOPBACK: u32 = 0x8;
pub const IFF_POINTOPOINT: u32 = 0x10;
pub const IFF_NOTRAILERS: u32 = 0x20;
pub const IFF_RUNNING: u32 = 0x40;
pub const IFF_NOARP: u32 = 0x80;
pub const IFF_PROMISC: u32 = 0x100;
pub const IFF_ALLMULTI: u32 = 0x200;
pub const IFF_MULTICAST: u32 = 0x1000;
pub const IFF_DYNAMIC: u32 = 0x8000;

/// The most attribute types a link message is indexed by.
const MAX_ATTR: usize = 64;

/// One link message, as slices into the received bytes.
pub struct Link<'a> {
    pub index: u32,
    pub ltype: u16,
    pub flags: u32,
    pub attr: Table<'a, MAX_ATTR>,
}

impl<'a> Link<'a> {
    /// Read an RTM_NEWLINK payload (struct ifinfomsg + attributes).
    pub fn parse(payload: &'a [u8]) -> Option<Link<'a>> {
        let h = payload.get(..IFINFOMSG_LEN)?;
        Some(Link {
            ltype: u16::from_ne_bytes([h[2], h[3]]),
            index: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
            flags: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
            attr: Table::new(&payload[IFINFOMSG_LEN..]),
        })
    }

    pub fn get(&self, kind: u16) -> Option<&'a [u8]> {
        self.attr.get(kind)
    }

    pub fn u32(&self, kind: u16) -> Option<u32> {
        self.attr.u32(kind)
    }

    pub fn u8(&self, kind: u16) -> Option<u8> {
        self.attr.u8(kind)
    }

    pub fn str(&self, kind: u16) -> Option<&'a str> {
        self.attr.str(kind)
    }

    pub fn name(&self) -> &'a str {
        self.str(IFLA_IFNAME).unwrap_or("")
    }

    /// IFLA_INFO_KIND / IFLA_INFO_SLAVE_KIND from IFLA_LINKINFO.
    pub fn kind(&self, slave: bool) -> Option<&'a str> {
        let want = if slave {
            IFLA_INFO_SLAVE_KIND
        } else {
            IFLA_INFO_KIND
        };
        attr::find(self.get(IFLA_LINKINFO)?, want).map(attr::cstr)
    }

    /// The lower device (IFLA_LINK) when it is an interface of this namespace.
    pub fn lower(&self) -> Option<u32> {
        match self.u32(IFLA_LINK) {
            Some(i) if i != 0 && self.get(IFLA_LINK_NETNSID).is_none() => Some(i),
            _ => None,
        }
    }
}

/// RTM_GETLINK for interface `index` (statistics skipped): what `f` reads from the answer,
/// or None when the kernel has no such link.
pub fn get<T>(
    sock: &mut crate::netlink::Socket,
    index: u32,
    f: impl Fn(&Link) -> Option<T>,
) -> Result<Option<T>, crate::netlink::Fail> {
    use netlink_packet_route::link::{LinkAttribute, LinkExtentMask, LinkMessage};
    let mut m = LinkMessage::default();
    m.header.index = index;
    m.attributes
        .push(LinkAttribute::ExtMask(vec![LinkExtentMask::SkipStats]));
    let mut found = None;
    sock.talk(
        netlink_packet_route::RouteNetlinkMessage::GetLink(m),
        0,
        &mut |msg| {
            if msg.kind == super::RTM_NEWLINK {
                found = Link::parse(msg.payload).and_then(|l| f(&l));
            }
            Ok(())
        },
    )?;
    Ok(found)
}

/// RTM_GETLINK by name, as the reference's `ll_name_to_index` sends it (no NLM_F_ACK;
/// IFLA_EXT_MASK VF|SKIP_STATS, then IFLA_IFNAME, or IFLA_ALT_IFNAME for a name too long
/// to be a primary one): the interface's index, None when the kernel refuses.
pub fn index_by_name(sock: &mut crate::netlink::Socket, name: &str) -> Option<u32> {
    let m = by_name_request(name);
    let mut found = None;
    sock.get_one(crate::netlink::Wire(super::RTM_GETLINK, &m), &mut |msg| {
        if msg.kind == super::RTM_NEWLINK {
            found = Link::parse(msg.payload).map(|l| l.index);
        }
    })
    .ok()?;
    found.filter(|&i| i != 0)
}

/// The payload of [`index_by_name`]'s request.
fn by_name_request(name: &str) -> Vec<u8> {
    /// RTEXT_FILTER_VF | RTEXT_FILTER_SKIP_STATS
    const EXT_MASK: u32 = 1 | 8;
    const IFLA_EXT_MASK: u16 = 29;
    let kind = if name.len() < IFNAMSIZ {
        IFLA_IFNAME
    } else {
        IFLA_ALT_IFNAME
    };
    let mut value = name.as_bytes().to_vec();
    value.push(0);
    let mut m = vec![0u8; IFINFOMSG_LEN];
    m.extend(attr::emit_all(&[
        attr::u32(IFLA_EXT_MASK, EXT_MASK),
        attr::bytes(kind, &value),
    ]));
    m
}

#[cfg(test)]
mod tests {
    use super::by_name_request;

    #[test]
    fn name_lookup_is_the_references() {
        // strace of `ip link set mv0 netns g` (iproute2 6.1): the GETLINK after the
        // 16-byte nlmsghdr: ifinfomsg zero, IFLA_EXT_MASK 9, IFLA_IFNAME "mv0"
        let mut want = vec![0u8; 16];
        want.extend([8, 0, 29, 0, 9, 0, 0, 0, 8, 0, 3, 0, b'm', b'v', b'0', 0]);
        assert_eq!(by_name_request("mv0"), want);
        // a name of 16 bytes or more is an alternative name (IFLA_ALT_IFNAME, 53)
        let long = "a-very-long-alternative-name";
        let got = by_name_request(long);
        assert_eq!(got.len(), 16 + 8 + 4 + 32);
        assert_eq!(got.get(24..28), Some(&[33u8, 0, 53, 0][..]));
        assert_eq!(got.get(28..56), Some(long.as_bytes()));
    }
}
