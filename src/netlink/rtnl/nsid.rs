//! Namespace ids (RTM_GETNSID/RTM_NEWNSID, struct rtgenmsg + NETNSA_*).

use super::RTM_NEWNSID;
use crate::netlink::attr;
use crate::netlink::{Done, Fail, Msg, Socket};
use netlink_packet_route::nsid::{NsidAttribute, NsidMessage};
use netlink_packet_route::RouteNetlinkMessage;

/// struct rtgenmsg, padded.
const RTGENMSG_LEN: usize = 4;

pub const NETNSA_NSID: u16 = 1;
pub const NETNSA_CURRENT_NSID: u16 = 5;

/// RTM_GETNSID with these attributes.
pub fn get_request(attrs: Vec<NsidAttribute>) -> RouteNetlinkMessage {
    let mut m = NsidMessage::default();
    m.attributes = attrs;
    RouteNetlinkMessage::GetNsId(m)
}

/// The i32 value of attribute `kind` in an RTM_NEWNSID message (None for other messages).
pub fn attr_of(m: Msg, kind: u16) -> Option<i32> {
    if m.kind != RTM_NEWNSID {
        return None;
    }
    attr::find(m.payload.get(RTGENMSG_LEN..)?, kind).and_then(attr::i32_of)
}

/// The id the current namespace gives the namespace open as `fd` (-1: none).
pub fn of_fd(sock: &mut Socket, fd: i32) -> Result<i32, Fail> {
    let mut id = -1;
    let req = get_request(vec![NsidAttribute::Fd(fd as u32)]);
    sock.talk(req, 0, &mut |m| {
        if let Some(v) = attr_of(m, NETNSA_NSID) {
            id = v;
        }
        Ok(())
    })?;
    Ok(id)
}

/// Let the kernel number the namespace open as `fd` (RTM_NEWNSID with NETNSA_NSID -1).
pub fn assign(sock: &mut Socket, fd: i32) -> Result<Done, Fail> {
    let mut m = NsidMessage::default();
    m.attributes.push(NsidAttribute::Fd(fd as u32));
    m.attributes.push(NsidAttribute::Id(-1));
    sock.ack(RouteNetlinkMessage::NewNsId(m), 0)
}
