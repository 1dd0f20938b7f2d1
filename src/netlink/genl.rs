//! Generic netlink (NETLINK_GENERIC): the controller's family lookup, and the constants of
//! the families ip speaks (tcp_metrics).

use crate::netlink::attr::{self, Table};
use crate::netlink::{Fail, Socket, Wire};

pub const NETLINK_GENERIC: isize = 16;
/// struct genlmsghdr: cmd, version, reserved u16.
pub const GENL_HDRLEN: usize = 4;

pub const GENL_ID_CTRL: u16 = 16;
pub const CTRL_CMD_GETFAMILY: u8 = 3;
pub const CTRL_ATTR_FAMILY_ID: u16 = 1;
pub const CTRL_ATTR_FAMILY_NAME: u16 = 2;

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

/// A generic netlink message's payload: the header, then the attributes.
pub fn message(cmd: u8, version: u8, items: &[netlink_packet_core::DefaultNla]) -> Vec<u8> {
    let mut m = vec![cmd, version, 0, 0];
    m.extend(attr::emit_all(items));
    m
}

/// The id of family `name` (CTRL_CMD_GETFAMILY), None when the kernel has no such family.
pub fn family_id(sock: &mut Socket, name: &str) -> Result<Option<u16>, Fail> {
    let mut n = name.as_bytes().to_vec();
    n.push(0);
    let m = message(
        CTRL_CMD_GETFAMILY,
        0,
        &[attr::bytes(CTRL_ATTR_FAMILY_NAME, &n)],
    );
    let mut id = None;
    let r = sock.talk(Wire(GENL_ID_CTRL, &m), 0, &mut |msg| {
        if let Some(a) = msg.payload.get(GENL_HDRLEN..) {
            let t: Table<'_, 3> = Table::new(a);
            id = id.or(t.u16(CTRL_ATTR_FAMILY_ID));
        }
        Ok(())
    });
    match r {
        Ok(_) => Ok(id),
        Err(Fail::Nack(n)) if n.errno == 2 => Ok(None),
        Err(f) => Err(f),
    }
}
