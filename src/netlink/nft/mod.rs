//! nf_tables over NETLINK_NETFILTER: message types, attribute numbers, the request writer
//! (nfgenmsg + attributes, nests flagged NLA_F_NESTED as libmnl writes them) and zero-copy
//! views of the generation, chain and rule messages. Expressions: [`expr`].

pub mod compat;
pub mod expr;
mod wire;

pub use wire::Writer;

use super::attr::{be32_of as be32, be64_of as be64, Table};

/// NFNL_SUBSYS_NFTABLES: the high byte of every nf_tables message type.
pub const SUBSYS: u16 = 10;
/// The batch framing messages (NFNL_MSG_BATCH_BEGIN/END; nfgenmsg.res_id = SUBSYS).
pub const BATCH_BEGIN: u16 = 16;
pub const BATCH_END: u16 = 17;
/// NFNL_BATCH_GENID: the generation a batch was computed from (be32).
pub const BATCH_GENID: u16 = 1;

/// NFT_MSG_*.
pub const NEWTABLE: u16 = 0;
pub const GETTABLE: u16 = 1;
pub const DELTABLE: u16 = 2;
pub const NEWCHAIN: u16 = 3;
pub const GETCHAIN: u16 = 4;
pub const DELCHAIN: u16 = 5;
pub const NEWRULE: u16 = 6;
pub const GETRULE: u16 = 7;
pub const DELRULE: u16 = 8;
pub const NEWGEN: u16 = 15;
pub const GETGEN: u16 = 16;

/// The message type of NFT_MSG_`msg`.
pub const fn kind(msg: u16) -> u16 {
    (SUBSYS << 8) | msg
}

/// NFPROTO_IPV4 and NFPROTO_IPV6 (nfgenmsg.family of the `ip` and `ip6` tables); NFPROTO_UNSPEC.
pub const NFPROTO_IPV4: u8 = 2;
pub const NFPROTO_IPV6: u8 = 10;
pub const NFPROTO_UNSPEC: u8 = 0;

/// NFTA_TABLE_*.
pub const TABLE_NAME: u16 = 1;
/// NFTA_CHAIN_*.
pub const CHAIN_TABLE: u16 = 1;
pub const CHAIN_HANDLE: u16 = 2;
pub const CHAIN_NAME: u16 = 3;
pub const CHAIN_HOOK: u16 = 4;
pub const CHAIN_POLICY: u16 = 5;
pub const CHAIN_USE: u16 = 6;
pub const CHAIN_TYPE: u16 = 7;
pub const CHAIN_COUNTERS: u16 = 8;
pub const CHAIN_FLAGS: u16 = 10;
/// NFTA_HOOK_*.
pub const HOOK_HOOKNUM: u16 = 1;
pub const HOOK_PRIORITY: u16 = 2;
/// NFTA_COUNTER_* (chain counters and the counter expression).
pub const COUNTER_BYTES: u16 = 1;
pub const COUNTER_PACKETS: u16 = 2;
/// NFTA_RULE_*.
pub const RULE_TABLE: u16 = 1;
pub const RULE_CHAIN: u16 = 2;
pub const RULE_HANDLE: u16 = 3;
pub const RULE_EXPRESSIONS: u16 = 4;
pub const RULE_COMPAT: u16 = 5;
pub const RULE_POSITION: u16 = 6;
pub const RULE_USERDATA: u16 = 7;
/// A rule's id within one batch, and "before the rule with this id" (NEWRULE).
pub const RULE_ID: u16 = 9;
pub const RULE_POSITION_ID: u16 = 10;
/// NFTA_RULE_COMPAT_*.
pub const RULE_COMPAT_PROTO: u16 = 1;
pub const RULE_COMPAT_FLAGS: u16 = 2;
/// NFTA_GEN_ID.
pub const GEN_ID: u16 = 1;

/// NF_ACCEPT / NF_DROP as chain policies and verdict codes.
pub const NF_DROP: u32 = 0;
pub const NF_ACCEPT: u32 = 1;

/// The attributes of a received nf_tables message (after nfgenmsg).
pub fn body(payload: &[u8]) -> &[u8] {
    payload.get(4..).unwrap_or(&[])
}

/// The generation in a NEWGEN message.
pub fn gen_id(payload: &[u8]) -> Option<u32> {
    Table::<4>::new(body(payload)).get(GEN_ID).and_then(be32)
}

/// (packets, bytes) of an NFTA_*_COUNTERS nest or a counter expression's data.
pub fn counters(nest: &[u8]) -> (u64, u64) {
    let t = Table::<4>::new(nest);
    let get = |k| t.get(k).and_then(be64).unwrap_or(0);
    (get(COUNTER_PACKETS), get(COUNTER_BYTES))
}

/// A chain as dumped (NFT_MSG_NEWCHAIN).
#[derive(Debug, Clone, Copy)]
pub struct Chain<'a> {
    pub table: &'a str,
    pub name: &'a str,
    pub handle: u64,
    /// (hook number, priority) of a base chain.
    pub hook: Option<(u32, i32)>,
    pub policy: Option<u32>,
    /// NFTA_CHAIN_TYPE of a base chain (`filter`, `nat`, `route`).
    pub kind: &'a str,
    /// How many rules jump or go to it.
    pub uses: u32,
    pub counters: Option<(u64, u64)>,
    /// NFTA_CHAIN_FLAGS, when dumped.
    pub flags: Option<u32>,
}

impl<'a> Chain<'a> {
    pub fn parse(payload: &'a [u8]) -> Option<Chain<'a>> {
        let t = Table::<16>::new(body(payload));
        let hook = t.get(CHAIN_HOOK).map(|h| {
            let h = Table::<4>::new(h);
            let num = h.get(HOOK_HOOKNUM).and_then(be32).unwrap_or(0);
            let prio = h.get(HOOK_PRIORITY).and_then(be32).unwrap_or(0) as i32;
            (num, prio)
        });
        Some(Chain {
            table: t.str(CHAIN_TABLE).unwrap_or(""),
            name: t.str(CHAIN_NAME)?,
            handle: t.get(CHAIN_HANDLE).and_then(be64).unwrap_or(0),
            hook,
            policy: t.get(CHAIN_POLICY).and_then(be32),
            kind: t.str(CHAIN_TYPE).unwrap_or(""),
            uses: t.get(CHAIN_USE).and_then(be32).unwrap_or(0),
            counters: t.get(CHAIN_COUNTERS).map(counters),
            flags: t.get(CHAIN_FLAGS).and_then(be32),
        })
    }
}

/// A rule as dumped (NFT_MSG_NEWRULE).
#[derive(Debug, Clone, Copy)]
pub struct Rule<'a> {
    pub handle: u64,
    /// The NFTA_RULE_EXPRESSIONS nest's payload (see [`expr::list`]).
    pub exprs: &'a [u8],
    /// NFTA_RULE_USERDATA (nft comments), kept when a rule is rewritten.
    pub userdata: Option<&'a [u8]>,
}

impl<'a> Rule<'a> {
    pub fn parse(payload: &'a [u8]) -> Option<Rule<'a>> {
        let t = Table::<12>::new(body(payload));
        Some(Rule {
            handle: t.get(RULE_HANDLE).and_then(be64)?,
            exprs: t.get(RULE_EXPRESSIONS).unwrap_or(&[]),
            userdata: t.get(RULE_USERDATA),
        })
    }
}
