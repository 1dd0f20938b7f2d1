//! The tables as data: name and base chains with hook, priority and chain type, as
//! iptables-nft creates them. A new table is a new entry here.

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
    chains: &[
        chain("INPUT", LOCAL_IN, 0, "filter"),
        chain("FORWARD", FORWARD, 0, "filter"),
        chain("OUTPUT", LOCAL_OUT, 0, "filter"),
    ],
    no_drop: false,
};

pub const NAT: TableDef = TableDef {
    name: "nat",
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
    chains: &[
        chain("PREROUTING", PRE_ROUTING, -300, "filter"),
        chain("OUTPUT", LOCAL_OUT, -300, "filter"),
    ],
    no_drop: false,
};

pub const SECURITY: TableDef = TableDef {
    name: "security",
    chains: &[
        chain("INPUT", LOCAL_IN, 150, "filter"),
        chain("FORWARD", FORWARD, 150, "filter"),
        chain("OUTPUT", LOCAL_OUT, 150, "filter"),
    ],
    no_drop: false,
};

/// The tables iptables knows, in the order iptables-save prints them.
pub const TABLES: &[&TableDef] = &[&FILTER, &NAT, &MANGLE, &RAW, &SECURITY];
