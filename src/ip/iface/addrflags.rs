//! The address flags as `ip address` reads them (add, show and flush selectors) and prints
//! them.

use crate::netlink::rtnl::addr::*;

/// The flag names `ip address` reads.
pub const FLAG_NAMES: &[(&str, u32)] = &[
    ("secondary", IFA_F_SECONDARY),
    ("temporary", IFA_F_SECONDARY),
    ("nodad", IFA_F_NODAD),
    ("optimistic", IFA_F_OPTIMISTIC),
    ("dadfailed", IFA_F_DADFAILED),
    ("home", IFA_F_HOMEADDRESS),
    ("deprecated", IFA_F_DEPRECATED),
    ("tentative", IFA_F_TENTATIVE),
    ("permanent", IFA_F_PERMANENT),
    ("mngtmpaddr", IFA_F_MANAGETEMPADDR),
    ("noprefixroute", IFA_F_NOPREFIXROUTE),
    ("autojoin", IFA_F_MCAUTOJOIN),
    ("stable-privacy", IFA_F_STABLE_PRIVACY),
];

/// The flags in print order: (bit, name for inet, name for inet6).
pub const PRINTED: &[(u32, &str, &str)] = &[
    (IFA_F_SECONDARY, "secondary", "temporary"),
    (IFA_F_NODAD, "nodad", "nodad"),
    (IFA_F_OPTIMISTIC, "optimistic", "optimistic"),
    (IFA_F_DADFAILED, "dadfailed", "dadfailed"),
    (IFA_F_HOMEADDRESS, "home", "home"),
    (IFA_F_DEPRECATED, "deprecated", "deprecated"),
    (IFA_F_TENTATIVE, "tentative", "tentative"),
    (IFA_F_MANAGETEMPADDR, "mngtmpaddr", "mngtmpaddr"),
    (IFA_F_NOPREFIXROUTE, "noprefixroute", "noprefixroute"),
    (IFA_F_MCAUTOJOIN, "autojoin", "autojoin"),
    (IFA_F_STABLE_PRIVACY, "stable-privacy", "stable-privacy"),
];

/// The bit of flag `name` (0 for none).
pub fn flag_bits(name: &str) -> u32 {
    FLAG_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(0, |&(_, b)| b)
}
