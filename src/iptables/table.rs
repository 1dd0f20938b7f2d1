//! The tables as data: name, nf_tables family, base chains with hook, priority and type.
//! A new table is a new entry here.

/// A base chain: name, netfilter hook, priority.
#[derive(Debug)]
pub struct BaseChain {
    pub name: &'static str,
    pub hook: u32,
    pub prio: i32,
}

#[derive(Debug)]
pub struct TableDef {
    pub name: &'static str,
    /// NFTA_CHAIN_TYPE of its base chains.
    pub kind: &'static str,
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
const LOCAL_OUT: u32 = 3;
const POST_ROUTING: u32 = 4;

pub const NAT: TableDef = TableDef {
    name: "nat",
    kind: "nat",
    chains: &[
        BaseChain {
            name: "PREROUTING",
            hook: PRE_ROUTING,
            prio: -100,
        },
        BaseChain {
            name: "INPUT",
            hook: LOCAL_IN,
            prio: 100,
        },
        BaseChain {
            name: "OUTPUT",
            hook: LOCAL_OUT,
            prio: -100,
        },
        BaseChain {
            name: "POSTROUTING",
            hook: POST_ROUTING,
            prio: 100,
        },
    ],
    no_drop: true,
};

/// The tables ipkit writes.
pub const TABLES: &[&TableDef] = &[&NAT];

/// The tables iptables knows of (others "do not exist").
pub const KNOWN: &[&str] = &["filter", "nat", "mangle", "raw", "security"];
