//! The table's chains as iptables-nft 1.8.9 sees them, in one place for every command and
//! for iptables-save: a base chain is iptables' own builtin only when its name is a builtin
//! of this table and its hook, priority and type are the builtin's (its policy does not
//! count); a chain without a hook is a user chain whatever its name; every other base chain
//! is foreign: invisible to the commands that name a chain, never read, but announced by
//! the listings' notice. A builtin whose name a foreign (or user) chain holds is missing:
//! listed empty, and made again (and refused by the kernel) by the commands that make it.

use super::session::{ChainInfo, Refused, Session};
use super::table::{BaseChain, TableDef};
use crate::netlink::nft;

/// What a chain of the kernel is to iptables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Builtin,
    User,
    Foreign,
}

/// A chain as a listing shows it: a builtin (the kernel's, or a missing one shown empty
/// with policy ACCEPT) or a user chain.
#[derive(Debug, Clone, Copy)]
pub enum Listed<'a> {
    Builtin(&'a BaseChain, Option<&'a ChainInfo>),
    User(&'a ChainInfo),
}

impl<'a> Listed<'a> {
    pub fn name(&self) -> &'a str {
        match self {
            Listed::Builtin(b, _) => b.name,
            Listed::User(c) => &c.name,
        }
    }

    /// The kernel's chain, when there is one.
    pub fn info(&self) -> Option<&'a ChainInfo> {
        match self {
            Listed::Builtin(_, c) => *c,
            Listed::User(c) => Some(c),
        }
    }

    pub fn is_builtin(&self) -> bool {
        matches!(self, Listed::Builtin(..))
    }

    /// The policy a listing shows (ACCEPT for a missing builtin) and its counters.
    pub fn policy(&self) -> Option<(u32, (u64, u64))> {
        match self {
            Listed::Builtin(_, Some(c)) => Some((c.policy.unwrap_or(nft::NF_ACCEPT), c.counters)),
            Listed::Builtin(_, None) => Some((nft::NF_ACCEPT, (0, 0))),
            Listed::User(_) => None,
        }
    }
}

/// The chains of one table, sorted into iptables' kinds.
pub struct View {
    pub table: &'static TableDef,
    /// Every chain of the table, as the kernel dumped them.
    pub all: Vec<ChainInfo>,
    /// The compatible builtins, by the table's builtin order (None: missing).
    builtins: Vec<Option<usize>>,
    /// The user chains (no hook), sorted by name.
    users: Vec<usize>,
    /// Whether there are foreign base chains, and whether one has a builtin's name.
    pub foreign: bool,
    pub foreign_builtin_name: bool,
}

/// What chain `c` of `table` is to iptables.
pub fn kind_of(table: &TableDef, c: &ChainInfo) -> Kind {
    match (c.hook, table.base(&c.name)) {
        (None, _) => Kind::User,
        (Some(_), Some(b)) if is_builtin(c, b) => Kind::Builtin,
        _ => Kind::Foreign,
    }
}

/// Whether base chain `c` is the table's builtin `b`.
fn is_builtin(c: &ChainInfo, b: &BaseChain) -> bool {
    c.name == b.name && c.hook == Some((b.hook, b.prio)) && c.kind == b.kind
}

impl View {
    /// The table's chains from the kernel.
    pub fn read(s: &mut Session) -> Result<View, Refused> {
        let all = s.chains()?;
        Ok(View::new(s.table, all))
    }

    pub fn new(table: &'static TableDef, all: Vec<ChainInfo>) -> View {
        let mut builtins = vec![None; table.chains.len()];
        let mut users = Vec::new();
        let (mut foreign, mut foreign_builtin_name) = (false, false);
        for (i, c) in all.iter().enumerate() {
            if c.hook.is_none() {
                users.push(i);
                continue;
            }
            match table.chains.iter().position(|b| is_builtin(c, b)) {
                Some(k) => builtins[k] = Some(i),
                None => {
                    foreign = true;
                    foreign_builtin_name |= table.base(&c.name).is_some();
                }
            }
        }
        users.sort_by(|&a, &b| all[a].name.cmp(&all[b].name));
        View {
            table,
            all,
            builtins,
            users,
            foreign,
            foreign_builtin_name,
        }
    }

    /// What chain `c` (one of `all`) is.
    pub fn kind(&self, c: &ChainInfo) -> Kind {
        kind_of(self.table, c)
    }

    /// The compatible builtin named `name` (None: not a builtin name, or missing).
    pub fn builtin(&self, name: &str) -> Option<&ChainInfo> {
        let k = self.table.chains.iter().position(|b| b.name == name)?;
        self.builtins[k].map(|i| &self.all[i])
    }

    /// The user chain named `name`.
    pub fn user(&self, name: &str) -> Option<&ChainInfo> {
        self.users
            .binary_search_by(|&i| self.all[i].name.as_str().cmp(name))
            .ok()
            .map(|k| &self.all[self.users[k]])
    }

    /// The chain iptables finds by `name`: the builtin, else the user chain.
    pub fn find(&self, name: &str) -> Option<&ChainInfo> {
        self.builtin(name).or_else(|| self.user(name))
    }

    /// Every chain a listing shows, in its order: the builtins, then the user chains by name.
    pub fn listed(&self) -> impl Iterator<Item = Listed<'_>> {
        let builtins = self
            .table
            .chains
            .iter()
            .zip(&self.builtins)
            .map(|(b, i)| Listed::Builtin(b, i.map(|i| &self.all[i])));
        builtins.chain(self.users.iter().map(|&i| Listed::User(&self.all[i])))
    }

    /// The chain a listing of `name` alone shows: a builtin by that name (even a missing
    /// one, even with a user chain of the same name), else the user chain.
    pub fn listed_one(&self, name: &str) -> Option<Listed<'_>> {
        if let Some(b) = self.table.base(name) {
            return Some(Listed::Builtin(b, self.builtin(name)));
        }
        self.user(name).map(Listed::User)
    }

    /// The notice a listing of the whole table prints first.
    pub fn notice(&self, out: &mut String, whole: bool) {
        if (whole && self.foreign) || (!whole && self.foreign_builtin_name) {
            out.push_str(&format!(
                "# Table `{}' contains incompatible base-chains, use 'nft' tool to list them.\n",
                self.table.name
            ));
        }
    }
}
