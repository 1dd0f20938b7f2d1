//! XFRM over NETLINK_XFRM (linux/xfrm.h): message types, attributes, and zero-copy views of
//! the fixed structures (selector, lifetimes, policy and SA info, templates). Every reader
//! checks lengths; a short structure is `None`.

use crate::netlink::attr::{be16_of, be32_of, u16_of, u32_of, u64_of};

pub const XFRM_MSG_NEWSA: u16 = 16;
pub const XFRM_MSG_DELSA: u16 = 17;
pub const XFRM_MSG_GETSA: u16 = 18;
pub const XFRM_MSG_NEWPOLICY: u16 = 19;
pub const XFRM_MSG_DELPOLICY: u16 = 20;
pub const XFRM_MSG_GETPOLICY: u16 = 21;
pub const XFRM_MSG_ALLOCSPI: u16 = 22;
pub const XFRM_MSG_FLUSHSA: u16 = 28;
pub const XFRM_MSG_FLUSHPOLICY: u16 = 29;
pub const XFRM_MSG_NEWSADINFO: u16 = 34;
pub const XFRM_MSG_GETSADINFO: u16 = 35;
pub const XFRM_MSG_NEWSPDINFO: u16 = 36;
pub const XFRM_MSG_GETSPDINFO: u16 = 37;

pub const XFRMA_TMPL: u16 = 5;
pub const XFRMA_REPLAY_VAL: u16 = 10;
pub const XFRMA_POLICY_TYPE: u16 = 16;
pub const XFRMA_MARK: u16 = 21;
pub const XFRMA_ADDRESS_FILTER: u16 = 26;
pub const XFRMA_IF_ID: u16 = 31;
/// The highest attribute the views index.
pub const XFRMA_MAX: usize = 40;

/// `XFRMA_SPD_INFO`/`XFRMA_SPD_HINFO` of NEWSPDINFO, `XFRMA_SAD_CNT`/`XFRMA_SAD_HINFO` of
/// NEWSADINFO.
pub const XFRMA_SPD_INFO: u16 = 1;
pub const XFRMA_SPD_HINFO: u16 = 2;
pub const XFRMA_SAD_CNT: u16 = 1;
pub const XFRMA_SAD_HINFO: u16 = 2;

/// sizeof: xfrm_selector, xfrm_userpolicy_info, xfrm_usersa_info, xfrm_user_tmpl,
/// xfrm_userpolicy_id, xfrm_usersa_id, xfrm_userspi_info.
pub const SELECTOR_LEN: usize = 56;
pub const POLICY_INFO_LEN: usize = 168;
pub const SA_INFO_LEN: usize = 224;
pub const TMPL_LEN: usize = 64;
pub const POLICY_ID_LEN: usize = 64;

fn slice(b: &[u8], at: usize, len: usize) -> Option<&[u8]> {
    b.get(at..at.checked_add(len)?)
}

fn u8_at(b: &[u8], at: usize) -> u8 {
    b.get(at).copied().unwrap_or(0)
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    slice(b, at, 2).and_then(u16_of).unwrap_or(0)
}

fn be16_at(b: &[u8], at: usize) -> u16 {
    slice(b, at, 2).and_then(be16_of).unwrap_or(0)
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    slice(b, at, 4).and_then(u32_of).unwrap_or(0)
}

fn be32_at(b: &[u8], at: usize) -> u32 {
    slice(b, at, 4).and_then(be32_of).unwrap_or(0)
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    slice(b, at, 8).and_then(u64_of).unwrap_or(0)
}

fn addr_at(b: &[u8], at: usize) -> [u8; 16] {
    let mut a = [0; 16];
    if let Some(s) = slice(b, at, 16) {
        a.copy_from_slice(s);
    }
    a
}

/// `struct xfrm_selector`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Selector {
    pub daddr: [u8; 16],
    pub saddr: [u8; 16],
    pub dport: u16,
    pub dport_mask: u16,
    pub sport: u16,
    pub sport_mask: u16,
    pub family: u16,
    pub prefixlen_d: u8,
    pub prefixlen_s: u8,
    pub proto: u8,
    pub ifindex: i32,
    pub user: u32,
}

impl Selector {
    pub fn parse(b: &[u8]) -> Option<Selector> {
        let b = slice(b, 0, SELECTOR_LEN)?;
        Some(Selector {
            daddr: addr_at(b, 0),
            saddr: addr_at(b, 16),
            dport: be16_at(b, 32),
            dport_mask: be16_at(b, 34),
            sport: be16_at(b, 36),
            sport_mask: be16_at(b, 38),
            family: u16_at(b, 40),
            prefixlen_d: u8_at(b, 42),
            prefixlen_s: u8_at(b, 43),
            proto: u8_at(b, 44),
            ifindex: u32_at(b, 48) as i32,
            user: u32_at(b, 52),
        })
    }
}

/// `struct xfrm_lifetime_cfg` (eight u64).
#[derive(Clone, Copy, Debug, Default)]
pub struct LifetimeCfg(pub [u64; 8]);

impl LifetimeCfg {
    pub fn parse(b: &[u8]) -> LifetimeCfg {
        let mut v = [0; 8];
        for (i, x) in v.iter_mut().enumerate() {
            *x = u64_at(b, i * 8);
        }
        LifetimeCfg(v)
    }
}

/// `struct xfrm_lifetime_cur`: bytes, packets, add_time, use_time.
#[derive(Clone, Copy, Debug, Default)]
pub struct LifetimeCur(pub [u64; 4]);

impl LifetimeCur {
    pub fn parse(b: &[u8]) -> LifetimeCur {
        let mut v = [0; 4];
        for (i, x) in v.iter_mut().enumerate() {
            *x = u64_at(b, i * 8);
        }
        LifetimeCur(v)
    }
}

/// `struct xfrm_userpolicy_info`, and the attributes after it.
#[derive(Clone, Copy, Debug)]
pub struct PolicyInfo<'a> {
    pub sel: Selector,
    pub lft: LifetimeCfg,
    pub cur: LifetimeCur,
    pub priority: u32,
    pub index: u32,
    pub dir: u8,
    pub action: u8,
    pub flags: u8,
    pub share: u8,
    pub attrs: &'a [u8],
}

impl PolicyInfo<'_> {
    pub fn parse(b: &[u8]) -> Option<PolicyInfo<'_>> {
        let head = slice(b, 0, POLICY_INFO_LEN)?;
        Some(PolicyInfo {
            sel: Selector::parse(head)?,
            lft: LifetimeCfg::parse(slice(head, 56, 64)?),
            cur: LifetimeCur::parse(slice(head, 120, 32)?),
            priority: u32_at(head, 152),
            index: u32_at(head, 156),
            dir: u8_at(head, 160),
            action: u8_at(head, 161),
            flags: u8_at(head, 162),
            share: u8_at(head, 163),
            attrs: b.get(POLICY_INFO_LEN..).unwrap_or(&[]),
        })
    }
}

/// `struct xfrm_usersa_info`, and the attributes after it.
#[derive(Clone, Copy, Debug)]
pub struct SaInfo<'a> {
    pub sel: Selector,
    pub daddr: [u8; 16],
    pub spi: u32,
    pub proto: u8,
    pub saddr: [u8; 16],
    pub lft: LifetimeCfg,
    pub cur: LifetimeCur,
    /// replay_window, replay, integrity_failed.
    pub stats: [u32; 3],
    pub seq: u32,
    pub reqid: u32,
    pub family: u16,
    pub mode: u8,
    pub replay_window: u8,
    pub flags: u8,
    pub attrs: &'a [u8],
}

impl SaInfo<'_> {
    pub fn parse(b: &[u8]) -> Option<SaInfo<'_>> {
        let head = slice(b, 0, SA_INFO_LEN)?;
        Some(SaInfo {
            sel: Selector::parse(head)?,
            daddr: addr_at(head, 56),
            spi: be32_at(head, 72),
            proto: u8_at(head, 76),
            saddr: addr_at(head, 80),
            lft: LifetimeCfg::parse(slice(head, 96, 64)?),
            cur: LifetimeCur::parse(slice(head, 160, 32)?),
            stats: [u32_at(head, 192), u32_at(head, 196), u32_at(head, 200)],
            seq: u32_at(head, 204),
            reqid: u32_at(head, 208),
            family: u16_at(head, 212),
            mode: u8_at(head, 214),
            replay_window: u8_at(head, 215),
            flags: u8_at(head, 216),
            attrs: b.get(SA_INFO_LEN..).unwrap_or(&[]),
        })
    }
}

/// `struct xfrm_user_tmpl`.
#[derive(Clone, Copy, Debug)]
pub struct Tmpl {
    pub daddr: [u8; 16],
    pub spi: u32,
    pub proto: u8,
    pub family: u16,
    pub saddr: [u8; 16],
    pub reqid: u32,
    pub mode: u8,
    pub share: u8,
    pub optional: u8,
    pub aalgos: u32,
    pub ealgos: u32,
    pub calgos: u32,
}

impl Tmpl {
    /// The templates of an XFRMA_TMPL payload (whole structures only).
    pub fn all(b: &[u8]) -> impl Iterator<Item = Tmpl> + '_ {
        b.chunks_exact(TMPL_LEN).map(|t| Tmpl {
            daddr: addr_at(t, 0),
            spi: be32_at(t, 16),
            proto: u8_at(t, 20),
            family: u16_at(t, 24),
            saddr: addr_at(t, 28),
            reqid: u32_at(t, 44),
            mode: u8_at(t, 48),
            share: u8_at(t, 49),
            optional: u8_at(t, 50),
            aalgos: u32_at(t, 52),
            ealgos: u32_at(t, 56),
            calgos: u32_at(t, 60),
        })
    }
}

/// `struct xfrm_replay_state`: oseq, seq, bitmap.
pub fn replay_state(b: &[u8]) -> Option<[u32; 3]> {
    let b = slice(b, 0, 12)?;
    Some([u32_at(b, 0), u32_at(b, 4), u32_at(b, 8)])
}

/// `struct xfrm_mark`: value and mask.
pub fn mark(b: &[u8]) -> Option<(u32, u32)> {
    let b = slice(b, 0, 8)?;
    Some((u32_at(b, 0), u32_at(b, 4)))
}

/// The u32 at byte `at` of a structure (0 when short).
pub fn u32_in(b: &[u8], at: usize) -> u32 {
    u32_at(b, at)
}
