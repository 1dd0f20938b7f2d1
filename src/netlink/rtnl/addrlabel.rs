//! Address labels (RTM_*ADDRLABEL): struct ifaddrlblmsg and IFAL_* attributes.

pub const RTM_NEWADDRLABEL: u16 = 72;
pub const RTM_DELADDRLABEL: u16 = 73;
pub const RTM_GETADDRLABEL: u16 = 74;

pub const IFAL_ADDRESS: u16 = 1;
pub const IFAL_LABEL: u16 = 2;

/// struct ifaddrlblmsg: family, reserved, prefixlen, flags, index (u32), seq (u32).
pub const IFAL_HDR_LEN: usize = 12;

/// The header of one label message.
pub struct Label<'a> {
    pub family: u8,
    pub prefixlen: u8,
    pub index: u32,
    pub attr: crate::netlink::attr::Table<'a, 3>,
}

impl<'a> Label<'a> {
    pub fn parse(p: &'a [u8]) -> Option<Label<'a>> {
        let h = p.get(..IFAL_HDR_LEN)?;
        Some(Label {
            family: h[0],
            prefixlen: h[2],
            index: u32::from_ne_bytes([h[4], h[5], h[6], h[7]]),
            attr: crate::netlink::attr::Table::new(p.get(IFAL_HDR_LEN..)?),
        })
    }
}

/// The request's header: family, prefix length, device index.
pub fn header(family: u8, prefixlen: u8, index: u32) -> [u8; IFAL_HDR_LEN] {
    let mut h = [0u8; IFAL_HDR_LEN];
    h[0] = family;
    h[2] = prefixlen;
    h[4..8].copy_from_slice(&index.to_ne_bytes());
    h
}
