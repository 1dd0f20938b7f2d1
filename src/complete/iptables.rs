//! What `iptables` completes: options from the parser's own table (and the options of the
//! matches and target the line loads), tables, live chain names, targets, matches,
//! protocols and links.

use super::live;
use crate::iptables::ext::{match_names, options_of, target_names};
use crate::iptables::family::Fam;
use crate::iptables::parse::BASE;
use crate::iptables::rule::PROTOS;
use crate::iptables::session::Session;
use crate::iptables::table::{tables, TableDef};

/// The short options a user types most, in iptables' help order.
const SHORT: &[&str] = &[
    "-A", "-C", "-D", "-I", "-R", "-L", "-S", "-F", "-Z", "-N", "-X", "-P", "-E", "-p", "-s", "-d",
    "-i", "-j", "-g", "-m", "-n", "-o", "-t", "-v", "-w", "-x", "-c",
];

/// Options whose value is a chain of the table.
const CHAIN_OPTIONS: &[&str] = &[
    "-A",
    "-C",
    "-D",
    "-I",
    "-R",
    "-L",
    "-S",
    "-F",
    "-Z",
    "-X",
    "-P",
    "-E",
    "--append",
    "--check",
    "--delete",
    "--insert",
    "--replace",
    "--list",
    "--list-rules",
    "--flush",
    "--zero",
    "--delete-chain",
    "--policy",
    "--rename-chain",
];

/// The chains of `table`: its base chains, then the user chains the kernel has (when it
/// can be asked).
fn chains(table: &'static TableDef) -> Vec<String> {
    let mut names: Vec<String> = table.chains.iter().map(|c| c.name.to_string()).collect();
    if let Ok(mut s) = Session::open(table) {
        if let Ok(list) = s.chains() {
            for c in list {
                if !names.contains(&c.name) {
                    names.push(c.name);
                }
            }
        }
    }
    names
}

/// The candidates for the last of `words` (the words after `iptables`).
pub fn complete(words: &[String], fam: Fam) -> Vec<String> {
    let Some((cur, done)) = words.split_last() else {
        return Vec::new();
    };
    let Some(&first) = tables(fam).first() else {
        return Vec::new();
    };
    let mut table: &'static TableDef = first;
    let mut loaded: Vec<&str> = Vec::new();
    for pair in done.windows(2) {
        let (opt, val) = (pair[0].as_str(), pair[1].as_str());
        match opt {
            "-t" | "--table" => {
                if let Some(t) = tables(fam).iter().find(|t| t.name == val) {
                    table = t;
                }
            }
            "-m" | "--match" | "-p" | "--protocol" | "-j" | "--jump" => loaded.push(val),
            _ => {}
        }
    }
    let prev = done.last().map(String::as_str).unwrap_or("");
    let before = done
        .len()
        .checked_sub(2)
        .and_then(|i| done.get(i))
        .map(String::as_str);
    if matches!(before, Some("-P" | "--policy")) {
        return ["ACCEPT", "DROP"].iter().map(|s| s.to_string()).collect();
    }
    let list = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    match prev {
        "-t" | "--table" => return tables(fam).iter().map(|t| t.name.to_string()).collect(),
        "-m" | "--match" => return match_names(fam).map(String::from).collect(),
        "-p" | "--protocol" => {
            let mut l: Vec<String> = PROTOS.iter().map(|(n, _)| n.to_string()).collect();
            l.push("all".to_string());
            return l;
        }
        "-j" | "--jump" | "-g" | "--goto" => {
            let mut l: Vec<String> = target_names(fam).map(String::from).collect();
            for c in chains(table) {
                if table.base(&c).is_none() {
                    l.push(c);
                }
            }
            return l;
        }
        "-i" | "--in-interface" | "-o" | "--out-interface" => return live::links(None),
        p if CHAIN_OPTIONS.contains(&p) => return chains(table),
        _ => {}
    }
    if !cur.starts_with('-') {
        return Vec::new();
    }
    let mut out = list(SHORT);
    out.extend(BASE.iter().map(|o| format!("--{}", o.name)));
    for name in loaded {
        for o in options_of(name, fam) {
            let o = format!("--{}", o.name);
            if !out.contains(&o) {
                out.push(o);
            }
        }
    }
    out
}
