//! The usage screens, one file each under `usage/`, as the reference prints them.

pub const IP: &str = include_str!("usage/ip.txt");
pub const ADDR: &str = include_str!("usage/addr.txt");
pub const LINK: &str = include_str!("usage/link.txt");
pub const NEIGH: &str = include_str!("usage/neigh.txt");
pub const NETNS: &str = include_str!("usage/netns.txt");
pub const ROUTE: &str = include_str!("usage/route.txt");
pub const RULE: &str = include_str!("usage/rule.txt");
pub const XFRM: &str = include_str!("usage/xfrm.txt");
pub const XFRM_STATE: &str = include_str!("usage/xfrm-state.txt");
pub const XFRM_POLICY: &str = include_str!("usage/xfrm-policy.txt");
