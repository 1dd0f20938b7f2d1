//! The tables as data: name and base chains with hook, priority and chain type, as
//! iptables-nft creates them, for each family. A new table is a new entry here.

use super::family::Fam;

/// A base chain: name, netfilter hook, priority, NFTA_CHAIN_TYPE.
#[derive(Debug)]
pub struct BaseChain {
    pub name: &'static str,
    pub hook: u32,
    pub prio: i32,
    pub kind: &'static str,
}

#[derive(Debug)]
pub struct TableDef {
    pub name: &'static str,
    /// The family of its rules (the `ip` or `ip6` table of this name).
    pub fam: Fam,
    pub chains: &'static [BaseChain],
    /// Whether DROP is refused (the nat table is not for filtering).
    pub no_drop: bool,
}

impl TableDef {
    pub fn base(&self, name: &str) -> Option<&'static BaseChain> {
        self.chains.iter().find(|c| c.name == name)
    }
}

/// NF_INET_* hooks.
const PRE_ROUTING: u32 = 0;
const LOCAL_IN: u32 = 1;
const FORWARD: u32 = 2;
const LOCAL_OUT: u32 = 3;
const POST_ROUTING: u32 = 4;

const fn chain(name: &'static str, hook: u32, prio: i32, kind: &'static str) -> BaseChain {
    BaseChain {
        name,
        hook,
        prio,
        kind,
    }
}

/// The default table (no `-t`).
pub const FILTER: TableDef = TableDef {
    name: "filter",
    fam: Fam::V4,
    chains: &[
        chain("INPUT", LOCAL_IN, 0, "filter"),
        chain("FORWARD", FORWARD, 0, "filter"),
        chain("OUTPUT", LOCAL_OUT, 0, "filter"),
    ],
    no_drop: false,
};

pub const NAT: TableDef = TableDef {
    name: "nat",
    fam: Fam::V4,
    chains: &[
        chain("PREROUTING", PRE_ROUTING, -100, "nat"),
        chain("INPUT", LOCAL_IN, 100, "nat"),
        chain("OUTPUT", LOCAL_OUT, -100, "nat"),
        chain("POSTROUTING", POST_ROUTING, 100, "nat"),
    ],
    no_drop: true,
};

/// Its OUTPUT chain is of type `route` (a changed mark or address reroutes the packet).
pub const MANGLE: TableDef = TableDef {
    name: "mangle",
    fam: Fam::V4,
    chains: &[
        chain("PREROUTING", PRE_ROUTING, -150, "filter"),
        chain("INPUT", LOCAL_IN, -150, "filter"),
        chain("FORWARD", FORWARD, -150, "filter"),
        chain("OUTPUT", LOCAL_OUT, -150, "route"),
        chain("POSTROUTING", POST_ROUTING, -150, "filter"),
    ],
    no_drop: false,
};

pub const RAW: TableDef = TableDef {
    name: "raw",
    fam: Fam::V4,
    chains: &[
        chain("PREROUTING", PRE_ROUTING, -300, "filter"),
        chain("OUTPUT", LOCAL_OUT, -300, "filter"),
    ],
    no_drop: false,
};

pub const SECURITY: TableDef = TableDef {
    name: "security",
    fam: Fam::V4,
    chains: &[
        chain("INPUT", LOCAL_IN, 150, "filter"),
        chain("FORWARD", FORWARD, 150, "filter"),
        chain("OUTPUT", LOCAL_OUT, 150, "filter"),
    ],
    no_drop: false,
};

/// The tables iptables knows, in the order iptables-save prints them.
pub const TABLES: &[&TableDef] = &[&FILTER, &NAT, &MANGLE, &RAW, &SECURITY];

/// The same tables in the `ip6` family (ip6tables).
const fn six(t: TableDef) -> TableDef {
    TableDef { fam: Fam::V6, ..t }
}
pub const FILTER6: TableDef = six(FILTER);
const NAT6: TableDef = six(NAT);
const MANGLE6: TableDef = six(MANGLE);
const RAW6: TableDef = six(RAW);
const SECURITY6: TableDef = six(SECURITY);
pub const TABLES6: &[&TableDef] = &[&FILTER6, &NAT6, &MANGLE6, &RAW6, &SECURITY6];

/// The tables of family `fam`.
pub fn tables(fam: Fam) -> &'static [&'static TableDef] {
    match fam {
        Fam::V4 => TABLES,
        Fam::V6 => TABLES6,
    }
}
