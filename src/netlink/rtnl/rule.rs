//! Policy routing rules (RTM_NEWRULE/RTM_DELRULE, struct fib_rule_hdr + FRA_*): constants and
//! the zero-copy [`Rule`] view.

use crate::netlink::attr::Table;

/// struct fib_rule_hdr: family, dst_len, src_len, tos, table, res1, res2, action, flags u32.
pub const FIB_RULE_HDR_LEN: usize = 12;

pub const FRA_DST: u16 = 1;
pub const FRA_SRC: u16 = 2;
pub const FRA_IIFNAME: u16 = 3;
pub const FRA_GOTO: u16 = 4;
/// Once FRA_GATEWAY: the address of a `nat` rule (kernels no longer keep it).
pub const FRA_GATEWAY: u16 = 5;
pub const FRA_PRIORITY: u16 = 6;
pub const FRA_FWMARK: u16 = 10;
/// Realms: from in the high 16 bits, to in the low ones.
pub const FRA_FLOW: u16 = 11;
/// Big-endian u64.
pub const FRA_TUN_ID: u16 = 12;
pub const FRA_SUPPRESS_IFGROUP: u16 = 13;
pub const FRA_SUPPRESS_PREFIXLEN: u16 = 14;
pub const FRA_TABLE: u16 = 15;
pub const FRA_FWMASK: u16 = 16;
pub const FRA_OIFNAME: u16 = 17;
pub const FRA_L3MDEV: u16 = 19;
/// struct fib_rule_uid_range: start u32, end u32.
pub const FRA_UID_RANGE: u16 = 20;
pub const FRA_PROTOCOL: u16 = 21;
pub const FRA_IP_PROTO: u16 = 22;
/// struct fib_rule_port_range: start u16, end u16.
pub const FRA_SPORT_RANGE: u16 = 23;
pub const FRA_DPORT_RANGE: u16 = 24;

pub const FR_ACT_UNSPEC: u8 = 0;
pub const FR_ACT_TO_TBL: u8 = 1;
pub const FR_ACT_GOTO: u8 = 2;
pub const FR_ACT_NOP: u8 = 3;
/// The route type RTN_NAT, which `nat`/`map-to` rules carry as their action.
pub const FR_ACT_NAT: u8 = 10;

pub const FIB_RULE_INVERT: u32 = 2;
pub const FIB_RULE_UNRESOLVED: u32 = 4;
pub const FIB_RULE_IIF_DETACHED: u32 = 8;
pub const FIB_RULE_OIF_DETACHED: u32 = 0x10;

/// One rule message, as slices into the message bytes. It borrows its attribute table (see
/// [`Rule::with`]): a rule holding the table would copy it each time it moves.
pub struct Rule<'a> {
    pub family: u8,
    pub dst_len: u8,
    pub src_len: u8,
    pub tos: u8,
    pub action: u8,
    pub flags: u32,
    /// FRA_TABLE when present, else the header's 8 bits.
    pub table: u32,
    /// FRA_PRIORITY, 0 without it.
    pub priority: u32,
    pub attr: &'a Table<'a, 32>,
}

impl<'a> Rule<'a> {
    /// `f` of the rule in `p` (a rule message's payload; `None` when too short).
    #[inline(always)]
    pub fn with<R>(p: &[u8], f: impl FnOnce(Option<&Rule>) -> R) -> R {
        let area = p.get(FIB_RULE_HDR_LEN..).unwrap_or_default();
        Table::with(area, |attr| f(Rule::parse(p, attr).as_ref()))
    }

    /// The rule in `p` (a rule message's payload) whose attributes `attr` holds.
    fn parse(p: &'a [u8], attr: &'a Table<'a, 32>) -> Option<Rule<'a>> {
        let h = p.get(..FIB_RULE_HDR_LEN)?;
        Some(Rule {
            family: h[0],
            dst_len: h[1],
            src_len: h[2],
            tos: h[3],
            action: h[7],
            flags: u32::from_ne_bytes([h[8], h[9], h[10], h[11]]),
            table: attr.u32(FRA_TABLE).unwrap_or(u32::from(h[4])),
            priority: attr.u32(FRA_PRIORITY).unwrap_or(0),
            attr,
        })
    }

    /// A u16 range attribute (ports) as (start, end).
    pub fn port_range(&self, kind: u16) -> Option<(u16, u16)> {
        let v = self.attr.get(kind)?;
        let b = v.get(..4)?;
        Some((
            u16::from_ne_bytes([b[0], b[1]]),
            u16::from_ne_bytes([b[2], b[3]]),
        ))
    }

    /// FRA_UID_RANGE as (start, end).
    pub fn uid_range(&self) -> Option<(u32, u32)> {
        let b = self.attr.get(FRA_UID_RANGE)?.get(..8)?;
        Some((
            u32::from_ne_bytes([b[0], b[1], b[2], b[3]]),
            u32::from_ne_bytes([b[4], b[5], b[6], b[7]]),
        ))
    }
}
