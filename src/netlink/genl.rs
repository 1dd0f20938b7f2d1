//! Generic netlink (NETLINK_GENERIC): struct genlmsghdr and resolving a family's name to its
//! message type (CTRL_CMD_GETFAMILY to the controller), and the constants of the families ip
//! speaks (tcp_metrics). No wording: the applets say it.

use super::{attr, Fail, Socket, Wire};

/// NETLINK_GENERIC.
pub const NETLINK_GENERIC: isize = 16;
/// The controller's message type.
pub const GENL_ID_CTRL: u16 = 0x10;
pub const CTRL_CMD_GETFAMILY: u8 = 3;
pub const CTRL_ATTR_FAMILY_ID: u16 = 1;
pub const CTRL_ATTR_FAMILY_NAME: u16 = 2;
pub const CTRL_ATTR_MCAST_GROUPS: u16 = 7;
pub const CTRL_ATTR_MCAST_GRP_NAME: u16 = 1;
pub const CTRL_ATTR_MCAST_GRP_ID: u16 = 2;
/// struct genlmsghdr: cmd, version, reserved (u16).
pub const GENL_HDRLEN: usize = 4;

/// A request's payload: struct genlmsghdr, then the attributes already in wire form.
pub fn request(cmd: u8, version: u8, attrs: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(GENL_HDRLEN + attrs.len());
    m.extend_from_slice(&[cmd, version, 0, 0]);
    m.extend_from_slice(attrs);
    m
}

pub const TCP_METRICS_GENL_NAME: &str = "tcp_metrics";
pub const TCP_METRICS_GENL_VERSION: u8 = 1;
pub const TCP_METRICS_CMD_GET: u8 = 1;
pub const TCP_METRICS_CMD_DEL: u8 = 2;

pub const TCP_METRICS_ATTR_ADDR_IPV4: u16 = 1;
pub const TCP_METRICS_ATTR_ADDR_IPV6: u16 = 2;
pub const TCP_METRICS_ATTR_AGE: u16 = 3;
pub const TCP_METRICS_ATTR_VALS: u16 = 6;
pub const TCP_METRICS_ATTR_SADDR_IPV4: u16 = 11;
pub const TCP_METRICS_ATTR_SADDR_IPV6: u16 = 12;
/// One past the last TCP_METRICS_ATTR_* a view indexes.
pub const TCP_METRICS_ATTR_TABLE: usize = 13;

/// Inside TCP_METRICS_ATTR_VALS: TCP_METRIC_* + 1.
pub const TCP_METRIC_RTT: u16 = 1;
pub const TCP_METRIC_RTTVAR: u16 = 2;
pub const TCP_METRIC_SSTHRESH: u16 = 3;
pub const TCP_METRIC_CWND: u16 = 4;
pub const TCP_METRIC_REORDERING: u16 = 5;
pub const TCP_METRIC_RTT_US: u16 = 6;
pub const TCP_METRIC_RTTVAR_US: u16 = 7;

/// A request's payload from attributes still to be written.
pub fn message(cmd: u8, version: u8, items: &[netlink_packet_core::DefaultNla]) -> Vec<u8> {
    request(cmd, version, &attr::emit_all(items))
}

/// A generic netlink socket.
pub fn open() -> std::io::Result<Socket> {
    Socket::open(NETLINK_GENERIC)
}

/// The message type of family `name` (CTRL_CMD_GETFAMILY, version 0, as iproute2 asks),
/// or the kernel's refusal (ENOENT when it has no such family).
pub fn family_id(sock: &mut Socket, name: &str) -> Result<u16, Fail> {
    family(sock, name, "").map(|(id, _)| id)
}

/// The message type of family `name` and the id of its multicast group `group` (0 when it
/// has none of that name).
pub fn family(sock: &mut Socket, name: &str, group: &str) -> Result<(u16, u32), Fail> {
    let mut v = name.as_bytes().to_vec();
    v.push(0);
    let req = request(
        CTRL_CMD_GETFAMILY,
        0,
        &attr::emit_all(&[attr::bytes(CTRL_ATTR_FAMILY_NAME, &v)]),
    );
    let mut id = None;
    let mut gid = 0;
    sock.talk(Wire(GENL_ID_CTRL, &req), 0, &mut |m| {
        if m.kind == GENL_ID_CTRL {
            if let Some(a) = m.payload.get(GENL_HDRLEN..) {
                id = attr::find(a, CTRL_ATTR_FAMILY_ID).and_then(attr::u16_of);
                for (_, g) in attr::attrs(attr::find(a, CTRL_ATTR_MCAST_GROUPS).unwrap_or(&[])) {
                    let n = attr::find(g, CTRL_ATTR_MCAST_GRP_NAME).unwrap_or(&[]);
                    if n.strip_suffix(&[0]).unwrap_or(n) == group.as_bytes() {
                        gid = attr::find(g, CTRL_ATTR_MCAST_GRP_ID)
                            .and_then(attr::u32_of)
                            .unwrap_or(0);
                    }
                }
            }
        }
        Ok(())
    })?;
    id.map(|i| (i, gid)).ok_or(Fail::Nack(super::Nack {
        errno: 2,
        msg: None,
    }))
}
