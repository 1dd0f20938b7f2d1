//! Names from /etc/iproute2 (rt_scopes, group): the reference's built-in names, renamed or
//! extended by the files where they are present, both ways (name → number, number → name).

use crate::cli::matches;
use crate::cli::num::{get_u32, strtol, strtoul};
use crate::output::IpText;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// `ip -N`: numbers instead of names for every table, protocol, scope, realm, group, route
/// type and link type printed.
static NUMERIC: AtomicBool = AtomicBool::new(false);

pub fn set_numeric(on: bool) {
    NUMERIC.store(on, Ordering::Relaxed);
}

pub fn numeric() -> bool {
    NUMERIC.load(Ordering::Relaxed)
}

/// `ip -r`: host names instead of addresses where the reference resolves them.
static RESOLVE: AtomicBool = AtomicBool::new(false);

pub fn set_resolve(on: bool) {
    RESOLVE.store(on, Ordering::Relaxed);
}

/// The name of a host address under `-r` (IPv4: the hosts file, then DNS), else None.
pub fn host_name(ip: std::net::IpAddr) -> Option<String> {
    if !RESOLVE.load(Ordering::Relaxed) {
        return None;
    }
    match ip {
        std::net::IpAddr::V4(a) => crate::resolve::name_of(&a.to_string()),
        std::net::IpAddr::V6(_) => None,
    }
}

const RT_SCOPES: &str = "/etc/iproute2/rt_scopes";
const GROUP: &str = "/etc/iproute2/group";
const RT_TABLES: &str = "/etc/iproute2/rt_tables";
const RT_PROTOS: &str = "/etc/iproute2/rt_protos";
const RT_REALMS: &str = "/etc/iproute2/rt_realms";
const RT_DSFIELD: &str = "/etc/iproute2/rt_dsfield";

/// The built-in table names (RT_TABLE_*).
const TABLES: &[(u32, &str)] = &[(253, "default"), (254, "main"), (255, "local")];

/// The built-in protocol names (RTPROT_*).
const PROTOS: &[(u32, &str)] = &[
    (0, "unspec"),
    (1, "redirect"),
    (2, "kernel"),
    (3, "boot"),
    (4, "static"),
    (8, "gated"),
    (9, "ra"),
    (10, "mrt"),
    (11, "zebra"),
    (12, "bird"),
    (13, "dnrouted"),
    (14, "xorp"),
    (15, "ntk"),
    (16, "dhcp"),
    (18, "keepalived"),
    (42, "babel"),
    (99, "openr"),
    (186, "bgp"),
    (187, "isis"),
    (188, "ospf"),
    (189, "rip"),
    (192, "eigrp"),
];

/// The route types (RTN_*), by number.
const ROUTE_TYPES: &[&str] = &[
    "none",
    "unicast",
    "local",
    "broadcast",
    "anycast",
    "multicast",
    "blackhole",
    "unreachable",
    "prohibit",
    "throw",
    "nat",
    "xresolve",
];

/// The built-in scope names (RT_SCOPE_*).
const SCOPES: &[(u32, &str)] = &[
    (0, "global"),
    (200, "site"),
    (253, "link"),
    (254, "host"),
    (255, "nowhere"),
];

/// The `NUMBER NAME` lines of an iproute2 table file (`0x%x %s` or `%d %s`, as sscanf reads
/// them). A line that is neither a comment nor an entry stops the reading, with the
/// reference's complaint on stderr.
pub fn read_table(path: &str, text: &str) -> Vec<(i64, String)> {
    let mut out = Vec::new();
    for line in text.split_inclusive('\n') {
        let t = line.trim_start_matches([' ', '\t']);
        if t.is_empty() || t.starts_with('#') || t.starts_with('\n') {
            continue;
        }
        match table_entry(t) {
            Some(entry) => out.push(entry),
            None => {
                // the line keeps its own newline, as fgets reads it
                eprintln!("Database {path} is corrupted at {line}");
                break;
            }
        }
    }
    out
}

/// `0x%x %s` or `%d %s` (as sscanf reads them).
fn table_entry(t: &str) -> Option<(i64, String)> {
    let b = t.as_bytes();
    let (id, rest) = if b.len() > 2
        && b[0] == b'0'
        && (b[1] == b'x' || b[1] == b'X')
        && b[2].is_ascii_hexdigit()
    {
        let end = 2 + t[2..].bytes().take_while(u8::is_ascii_hexdigit).count();
        (i64::from_str_radix(&t[2..end], 16).ok()?, &t[end..])
    } else {
        let sign = usize::from(matches!(b.first(), Some(b'-' | b'+')));
        let end = sign + t[sign..].bytes().take_while(u8::is_ascii_digit).count();
        if end == sign {
            return None;
        }
        (t[..end].parse::<i64>().ok()?, &t[end..])
    };
    let name: String = rest
        .trim_start()
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    (!name.is_empty()).then_some((id, name))
}

/// The names of a table: the built-in ones, then the file's entries with ids up to `max`
/// (a file entry renames a built-in one), sorted by id.
fn table(path: &str, builtin: &[(u32, &str)], max: u32) -> Vec<(u32, String)> {
    let mut names: Vec<(u32, String)> = builtin.iter().map(|&(i, n)| (i, n.into())).collect();
    add_file(&mut names, path, max);
    names.sort_by_key(|(i, _)| *i);
    names
}

/// A table extended by `PATH.d/*.conf` too, in directory order (rt_tables, rt_protos).
fn table_with_dir(path: &str, builtin: &[(u32, &str)], max: u32) -> Vec<(u32, String)> {
    let mut names = table(path, builtin, max);
    if let Ok(dir) = std::fs::read_dir(format!("{path}.d")) {
        for e in dir.flatten() {
            let file = e.path();
            if file.extension().is_some_and(|x| x == "conf") {
                add_file(&mut names, &file.to_string_lossy(), max);
            }
        }
    }
    names.sort_by_key(|(i, _)| *i);
    names
}

/// The entries of `path` with ids up to `max`, each replacing the name its id had.
fn add_file(names: &mut Vec<(u32, String)>, path: &str, max: u32) {
    if let Ok(text) = std::fs::read_to_string(path) {
        for (id, name) in read_table(path, &text) {
            let Some(id) = u32::try_from(id).ok().filter(|&i| i <= max) else {
                continue;
            };
            names.retain(|(i, _)| *i != id);
            names.push((id, name));
        }
    }
}

/// The scope names, the file read once, when first needed.
static SCOPE_NAMES: OnceLock<Vec<(u32, String)>> = OnceLock::new();

fn scopes() -> &'static [(u32, String)] {
    SCOPE_NAMES.get_or_init(|| table(RT_SCOPES, SCOPES, 255))
}

/// A scope word: a name (the lowest number with that name wins) or a number 0-255 in any C
/// base (`rtnl_rtscope_a2n`).
pub fn scope_a2n(word: &str) -> Option<u8> {
    if let Some((id, _)) = scopes().iter().find(|(_, n)| n == word) {
        return u8::try_from(*id).ok();
    }
    strtoul(word, 0).and_then(|v| u8::try_from(v).ok())
}

/// The name of scope `id`, or its number (`rtnl_rtscope_n2a`). Like the reference, a
/// built-in name is printed without reading the file until something else has read it.
pub fn scope_n2a(id: u8) -> Name {
    if SCOPE_NAMES.get().is_none() && !numeric() {
        if let Some(&(_, n)) = SCOPES.iter().find(|&&(i, _)| i == u32::from(id)) {
            return Name::Named(n);
        }
    }
    name_of(scopes(), u32::from(id))
}

/// The group names of /etc/iproute2/group, read once.
fn groups() -> &'static [(u32, String)] {
    static NAMES: OnceLock<Vec<(u32, String)>> = OnceLock::new();
    NAMES.get_or_init(|| table(GROUP, &[], u32::MAX))
}

/// A device group by its name in /etc/iproute2/group; `default` is 0 unless the file gives
/// the name to another group (renaming group 0 in the file keeps `default` working).
pub fn group_by_name(word: &str) -> Option<u32> {
    match groups().iter().find(|(_, n)| n == word) {
        Some(&(id, _)) => Some(id),
        None => (word == "default").then_some(0),
    }
}

/// The name of group `id` (`rtnl_group_n2a`): the file's, else `default` for 0, else the
/// number.
pub fn group_n2a(id: u32) -> String {
    if numeric() {
        return id.to_string();
    }
    match groups().iter().find(|(i, _)| *i == id) {
        Some((_, n)) => n.clone(),
        None if id == 0 => "default".to_string(),
        None => id.to_string(),
    }
}

/// A device group: a name from /etc/iproute2/group, else a non-negative number in any C
/// base (`rtnl_group_a2n`).
pub fn group_a2n(word: &str) -> Option<u32> {
    group_by_name(word).or_else(|| group_number(word))
}

/// A group number: `strtol` in any base, cut to a C `int`, not negative.
pub fn group_number(word: &str) -> Option<u32> {
    strtol(word, 0)
        .map(|n| n as i32)
        .and_then(|n| u32::try_from(n).ok())
}

fn tables() -> &'static [(u32, String)] {
    static NAMES: OnceLock<Vec<(u32, String)>> = OnceLock::new();
    NAMES.get_or_init(|| table_with_dir(RT_TABLES, TABLES, u32::MAX))
}

fn protos() -> &'static [(u32, String)] {
    static NAMES: OnceLock<Vec<(u32, String)>> = OnceLock::new();
    NAMES.get_or_init(|| table_with_dir(RT_PROTOS, PROTOS, 255))
}

/// A name from an rt file, or the number's digits where it has none (or with `-N`): the
/// text of a table, protocol, scope or realm, without an allocation (dumps print one a line).
pub enum Name {
    Named(&'static str),
    Number(IpText),
}

impl std::ops::Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Name::Named(n) => n,
            Name::Number(t) => t.as_str(),
        }
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self)
    }
}

fn name_of(names: &'static [(u32, String)], id: u32) -> Name {
    match names.iter().find(|(i, _)| *i == id) {
        Some((_, n)) if !numeric() => Name::Named(n),
        _ => {
            let mut t = IpText::empty();
            t.push_dec(id.into());
            Name::Number(t)
        }
    }
}

/// The routing tables' names (for completion).
pub fn table_names() -> Vec<&'static str> {
    tables().iter().map(|(_, n)| n.as_str()).collect()
}

/// A routing table: a name or a number (`rtnl_rttable_a2n`).
pub fn table_a2n(word: &str) -> Option<u32> {
    match tables().iter().find(|(_, n)| n == word) {
        Some(&(id, _)) => Some(id),
        None => get_u32(word),
    }
}

/// The name of table `id`, or its number (`rtnl_rttable_n2a`).
pub fn table_n2a(id: u32) -> Name {
    name_of(tables(), id)
}

/// A route protocol: a name or a number 0-255 (`rtnl_rtprot_a2n`).
pub fn proto_a2n(word: &str) -> Option<u8> {
    match protos().iter().find(|(_, n)| n == word) {
        Some(&(id, _)) => u8::try_from(id).ok(),
        None => strtoul(word, 0).and_then(|v| u8::try_from(v).ok()),
    }
}

/// The name of protocol `id`, or its number (`rtnl_rtprot_n2a`).
pub fn proto_n2a(id: u8) -> Name {
    name_of(protos(), u32::from(id))
}

fn realms() -> &'static [(u32, String)] {
    static NAMES: OnceLock<Vec<(u32, String)>> = OnceLock::new();
    NAMES.get_or_init(|| table(RT_REALMS, &[(0, "cosmos")], 255))
}

/// A realm: a name or a number in any C base (`rtnl_rtrealm_a2n`).
pub fn realm_a2n(word: &str) -> Option<u32> {
    match realms().iter().find(|(_, n)| n == word) {
        Some(&(id, _)) => Some(id),
        None => get_u32(word),
    }
}

/// The name of realm `id`, or its number (`rtnl_rtrealm_n2a`).
pub fn realm_n2a(id: u32) -> Name {
    name_of(realms(), id)
}

/// `realms FROM/TO` or `realm TO` (a name or any 32-bit number): the RTA_FLOW value (from
/// in the high 16 bits).
pub fn realms_a2n(word: &str) -> Option<u32> {
    match word.split_once('/') {
        None => realm_a2n(word),
        Some((from, to)) => {
            // each side a realm up to 255; nothing after the slash is realm 0
            let part = |w: &str| realm_a2n(w).filter(|&v| v <= 0xff);
            let to = if to.is_empty() { 0 } else { part(to)? };
            Some(part(from)? << 16 | to)
        }
    }
}

fn dsfields() -> &'static [(u32, String)] {
    static NAMES: OnceLock<Vec<(u32, String)>> = OnceLock::new();
    NAMES.get_or_init(|| table(RT_DSFIELD, &[], 255))
}

/// A DS field (`tos`/`dsfield`): a name from rt_dsfield or a hex number up to 0xff
/// (`rtnl_dsfield_a2n`).
pub fn dsfield_a2n(word: &str) -> Option<u8> {
    match dsfields().iter().find(|(_, n)| n == word) {
        Some(&(id, _)) => u8::try_from(id).ok(),
        None => strtoul(word, 16).and_then(|v| u8::try_from(v).ok()),
    }
}

/// The name of DS field `id`, or `0x%02x`.
pub fn dsfield_n2a(id: u8) -> String {
    dsfields()
        .iter()
        .find(|(i, _)| *i == u32::from(id))
        .map_or_else(|| format!("0x{id:02x}"), |(_, n)| n.clone())
}

/// A route type: a name (`local`, `nat`, `brd` and `throw` whole, the others abbreviated as
/// the reference allows, first match in its order) or a number (`rtnl_rtntype_a2n`).
pub fn route_type_a2n(word: &str) -> Option<u8> {
    const WHOLE: &[(&str, u8)] = &[("local", 2), ("nat", 10), ("brd", 3), ("throw", 9)];
    const ABBREVIATED: &[(&str, u8)] = &[
        ("broadcast", 3),
        ("anycast", 4),
        ("multicast", 5),
        ("prohibit", 8),
        ("unreachable", 7),
        ("blackhole", 6),
        ("xresolve", 11),
        ("unicast", 1),
    ];
    if let Some(&(_, t)) = WHOLE.iter().find(|(n, _)| *n == word) {
        return Some(t);
    }
    if let Some(&(_, t)) = ABBREVIATED.iter().find(|(n, _)| matches(word, n)) {
        return Some(t);
    }
    strtoul(word, 0).and_then(|v| u8::try_from(v).ok())
}

/// The name of route type `id`, or its number.
pub fn route_type_n2a(id: u8) -> String {
    if numeric() {
        return id.to_string();
    }
    ROUTE_TYPES
        .get(usize::from(id))
        .map_or_else(|| id.to_string(), |n| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_lines_like_sscanf() {
        let t = "# device group names\n0\tdefault\n0x10 sixteen\n010 ten\n";
        assert_eq!(
            read_table("x", t),
            vec![
                (0, "default".to_string()),
                (16, "sixteen".to_string()),
                (10, "ten".to_string())
            ]
        );
        assert_eq!(read_table("x", "1 one\nbad\n2 two\n").len(), 1);
    }

    #[test]
    fn scope_table_lines() {
        let t = "# c\n\n0\tglobal\n100\tmyscope\n7 \t seven # c\n  200  site\n0x20 hexy\n300 big\n-5 neg\n012 dec\n9\tnine#x\n";
        assert_eq!(
            read_table("f", t),
            vec![
                (0, "global".to_string()),
                (100, "myscope".to_string()),
                (7, "seven".to_string()),
                (200, "site".to_string()),
                (32, "hexy".to_string()),
                (300, "big".to_string()),
                (-5, "neg".to_string()),
                (12, "dec".to_string()),
                (9, "nine#x".to_string()),
            ]
        );
        // a corrupted line stops the reading
        assert_eq!(
            read_table("f", "1 one\nfoo bar\n2 two\n"),
            vec![(1, "one".to_string())]
        );
        assert_eq!(scope_a2n("0x0ff"), Some(255));
        assert_eq!(scope_a2n(" 5"), Some(5));
        assert_eq!(scope_a2n("-0"), Some(0));
        assert_eq!(scope_a2n("256"), None);
        assert_eq!(scope_a2n("h"), None);
    }
}
