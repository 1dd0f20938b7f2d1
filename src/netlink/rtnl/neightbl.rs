//! Neighbour tables (RTM_*NEIGHTBL): struct ndtmsg, NDTA_* and the NDTA_PARMS nest's NDTPA_*.

pub const RTM_NEWNEIGHTBL: u16 = 64;
pub const RTM_GETNEIGHTBL: u16 = 66;
pub const RTM_SETNEIGHTBL: u16 = 67;

/// struct ndtmsg: family, two pad bytes, a pad u16.
pub const NDTM_LEN: usize = 4;

pub const NDTA_NAME: u16 = 1;
pub const NDTA_THRESH1: u16 = 2;
pub const NDTA_THRESH2: u16 = 3;
pub const NDTA_THRESH3: u16 = 4;
/// struct ndt_config: key_len u16, entry_size u16, entries, last_flush, last_rand,
/// hash_rnd, hash_mask, hash_chain_gc, proxy_qlen (u32 each).
pub const NDTA_CONFIG: u16 = 5;
pub const NDTA_PARMS: u16 = 6;
/// struct ndt_stats: eleven u64 counters.
pub const NDTA_STATS: u16 = 7;
pub const NDTA_GC_INTERVAL: u16 = 8;

pub const NDTPA_IFINDEX: u16 = 1;
pub const NDTPA_REFCNT: u16 = 2;
pub const NDTPA_REACHABLE_TIME: u16 = 3;
pub const NDTPA_BASE_REACHABLE_TIME: u16 = 4;
pub const NDTPA_RETRANS_TIME: u16 = 5;
pub const NDTPA_GC_STALETIME: u16 = 6;
pub const NDTPA_DELAY_PROBE_TIME: u16 = 7;
pub const NDTPA_QUEUE_LEN: u16 = 8;
pub const NDTPA_APP_PROBES: u16 = 9;
pub const NDTPA_UCAST_PROBES: u16 = 10;
pub const NDTPA_MCAST_PROBES: u16 = 11;
pub const NDTPA_ANYCAST_DELAY: u16 = 12;
pub const NDTPA_PROXY_DELAY: u16 = 13;
pub const NDTPA_PROXY_QLEN: u16 = 14;
pub const NDTPA_LOCKTIME: u16 = 15;
