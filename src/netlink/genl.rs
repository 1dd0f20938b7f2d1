//! Generic netlink (NETLINK_GENERIC): struct genlmsghdr and resolving a family's name to its
//! message type (CTRL_CMD_GETFAMILY to the controller). No wording: the applets say it.

use super::{attr, Fail, Socket, Wire};

/// NETLINK_GENERIC.
pub const NETLINK_GENERIC: isize = 16;
/// The controller's message type.
pub const GENL_ID_CTRL: u16 = 0x10;
pub const CTRL_CMD_GETFAMILY: u8 = 3;
pub const CTRL_ATTR_FAMILY_ID: u16 = 1;
pub const CTRL_ATTR_FAMILY_NAME: u16 = 2;
/// struct genlmsghdr: cmd, version, reserved (u16).
pub const GENL_HDRLEN: usize = 4;

/// A request's payload: struct genlmsghdr, then the attributes already in wire form.
pub fn request(cmd: u8, version: u8, attrs: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(GENL_HDRLEN + attrs.len());
    m.extend_from_slice(&[cmd, version, 0, 0]);
    m.extend_from_slice(attrs);
    m
}

/// A generic netlink socket.
pub fn open() -> std::io::Result<Socket> {
    Socket::open(NETLINK_GENERIC)
}

/// The message type of family `name` (CTRL_CMD_GETFAMILY, version 0, as iproute2 asks),
/// or the kernel's refusal (ENOENT when it has no such family).
pub fn family_id(sock: &mut Socket, name: &str) -> Result<u16, Fail> {
    let mut v = name.as_bytes().to_vec();
    v.push(0);
    let req = request(
        CTRL_CMD_GETFAMILY,
        0,
        &attr::emit_all(&[attr::bytes(CTRL_ATTR_FAMILY_NAME, &v)]),
    );
    let mut id = None;
    sock.talk(Wire(GENL_ID_CTRL, &req), 0, &mut |m| {
        if m.kind == GENL_ID_CTRL {
            if let Some(a) = m.payload.get(GENL_HDRLEN..) {
                id = attr::find(a, CTRL_ATTR_FAMILY_ID).and_then(attr::u16_of);
            }
        }
        Ok(())
    })?;
    id.ok_or(Fail::Nack(super::Nack {
        errno: 2,
        msg: None,
    }))
}
