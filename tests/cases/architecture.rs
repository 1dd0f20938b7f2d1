//! The shape ARCHITECTURE.md describes, checked on the source tree: no import circles
//! between files, no `ip` object importing another object's module, shared modules and layers
//! importing no command, small files, no dead-code allowances outside tests.
//!
//! Imports are read from the text: `use`/paths starting with `crate::`, `super::` or `self::`,
//! and paths through child modules a file declares. Test modules (`tests.rs`, and what follows
//! `#[cfg(test)] mod tests {`) are left out.

use crate::common::manifest_dir;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The `ip` objects (commands); everything else under `src/ip/` is shared.
const OBJECTS: &[&str] = &[
    "addr",
    "link",
    "maddr",
    "monitor",
    "mroute",
    "neigh",
    "netconf",
    "ntable",
    "stats",
    "netns",
    "nexthop",
    "route",
    "rule",
    "tcpmetrics",
    "token",
    "tuntap",
    "tunnel",
];
/// The layers under the applets.
const LAYERS: &[&str] = &["cli", "error", "netlink", "output", "alloc", "mem", "sys"];
/// The applets.
const APPLETS: &[&str] = &["ip", "arp", "iptables"];
const MAX_LINES: usize = 900;

/// A source file: its module path (`ip::link::show`) and its code without tests.
struct File {
    path: PathBuf,
    module: Vec<String>,
    code: String,
}

fn sources() -> Vec<File> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let src = manifest_dir().join("src");
    let mut paths = Vec::new();
    walk(&src, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "tests.rs"))
        .map(|p| {
            let rel = p.strip_prefix(&src).unwrap().with_extension("");
            let mut module: Vec<String> = rel
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect();
            if module.last().is_some_and(|l| l == "mod" || l == "main") {
                module.pop();
            }
            let text = fs::read_to_string(&p).unwrap();
            let code = match text.find("#[cfg(test)]\nmod tests {") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            File {
                path: p,
                module,
                code,
            }
        })
        .collect()
}

/// The paths a file names (`crate::a::b`, `super::c`, `{x, y::z}` groups expanded), each as
/// its segments.
fn named_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < bytes.len() {
        let starts = ["crate::", "super::", "self::"]
            .iter()
            .find(|s| bytes[i..].starts_with(s.as_bytes()))
            .filter(|_| i == 0 || !(word(bytes[i - 1]) || bytes[i - 1] == b':'));
        if starts.is_none() {
            i += 1;
            continue;
        }
        // the path up to the first character that is not a word or `::`
        let mut j = i;
        while j < bytes.len() && (word(bytes[j]) || bytes[j..].starts_with(b"::")) {
            j += if bytes[j] == b':' { 2 } else { 1 };
        }
        let base: Vec<String> = code[i..j]
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if code[..j].ends_with("::") && bytes.get(j) == Some(&b'{') {
            let end = code[j..].find('}').map_or(code.len(), |e| j + e);
            for item in code[j + 1..end].split(',') {
                let item = item.split(" as ").next().unwrap_or("").trim();
                if item.is_empty() || item == "self" {
                    continue;
                }
                let mut p = base.clone();
                p.extend(item.split("::").map(|s| s.trim().to_string()));
                out.push(p);
            }
            i = end;
        } else {
            out.push(base);
            i = j;
        }
    }
    out
}

/// The file a path points into: the longest prefix that is a module.
fn resolve(
    from: &[String],
    path: &[String],
    modules: &BTreeMap<Vec<String>, usize>,
) -> Option<usize> {
    let (mut base, mut rest) = match path.first().map(String::as_str) {
        Some("crate") => (Vec::new(), &path[1..]),
        Some("self") => (from.to_vec(), &path[1..]),
        Some("super") => (from.to_vec(), path),
        _ => return None,
    };
    while rest.first().is_some_and(|s| s == "super") {
        base.pop();
        rest = &rest[1..];
    }
    (0..=rest.len()).rev().find_map(|n| {
        let mut m = base.clone();
        m.extend_from_slice(&rest[..n]);
        modules.get(&m).copied()
    })
}

/// file → the files it imports from.
fn imports(files: &[File]) -> Vec<BTreeSet<usize>> {
    let modules: BTreeMap<Vec<String>, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.module.clone(), i))
        .collect();
    files
        .iter()
        .enumerate()
        .map(|(me, f)| {
            let mut paths = named_paths(&f.code);
            // paths through the child modules this file declares (`mod show;` … `show::run`)
            for line in f.code.lines() {
                let l = line.trim_start();
                let l = l.strip_prefix("pub ").unwrap_or(l);
                if let Some(child) = l.strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) {
                    let pat = format!("{child}::");
                    for (k, _) in f.code.match_indices(&pat) {
                        let before = f.code[..k].chars().last();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                            continue;
                        }
                        let tail: String = f.code[k..]
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                            .collect();
                        let mut p = vec!["self".to_string()];
                        p.extend(
                            tail.split("::")
                                .filter(|s| !s.is_empty())
                                .map(str::to_string),
                        );
                        paths.push(p);
                    }
                }
            }
            paths
                .iter()
                .filter_map(|p| resolve(&f.module, p, &modules))
                .filter(|&t| t != me)
                .collect()
        })
        .collect()
}

fn name(f: &File) -> String {
    f.path
        .strip_prefix(manifest_dir())
        .unwrap_or(&f.path)
        .display()
        .to_string()
}

#[test]
fn no_import_circles() {
    let files = sources();
    let edges = imports(&files);
    // a file on a circle reaches itself
    let mut circles = Vec::new();
    for start in 0..files.len() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<usize> = edges[start].iter().copied().collect();
        while let Some(n) = todo.pop() {
            if n == start {
                circles.push(name(&files[start]));
                break;
            }
            if seen.insert(n) {
                todo.extend(edges[n].iter().copied());
            }
        }
    }
    assert!(circles.is_empty(), "files on an import circle: {circles:?}");
}

#[test]
fn objects_import_shared_modules_only() {
    let files = sources();
    let edges = imports(&files);
    let object = |m: &[String]| -> Option<String> {
        (m.len() >= 2 && m[0] == "ip" && OBJECTS.contains(&m[1].as_str())).then(|| m[1].clone())
    };
    let mut bad = Vec::new();
    for (i, f) in files.iter().enumerate() {
        for &t in &edges[i] {
            let to = &files[t].module;
            let (from_obj, to_obj) = (object(&f.module), object(to));
            let layer = f
                .module
                .first()
                .is_some_and(|m| LAYERS.contains(&m.as_str()));
            let shared_ip = f.module.first().is_some_and(|m| m == "ip")
                && f.module.len() >= 2
                && from_obj.is_none();
            let to_applet = to.first().is_some_and(|m| APPLETS.contains(&m.as_str()));
            if (to_obj.is_some() && from_obj.is_some() && from_obj != to_obj)
                || (shared_ip && to_obj.is_some())
                || (layer && to_applet)
            {
                bad.push(format!("{} -> {}", name(f), name(&files[t])));
            }
        }
    }
    assert!(bad.is_empty(), "imports against the layering: {bad:#?}");
}

#[test]
fn files_stay_small_and_without_dead_code_allowances() {
    let mut bad = Vec::new();
    for f in sources() {
        let text = fs::read_to_string(&f.path).unwrap();
        if text.lines().count() > MAX_LINES {
            bad.push(format!("{}: over {MAX_LINES} lines", name(&f)));
        }
        if f.code.contains("allow(dead_code") || f.code.contains("allow(unused") {
            bad.push(format!("{}: a dead-code allowance", name(&f)));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_checker_sees_imports() {
    // a guard against a checker that finds nothing: known edges must be found
    let files = sources();
    let edges = imports(&files);
    let idx = |m: &str| {
        files
            .iter()
            .position(|f| f.module.join("::") == m)
            .unwrap_or_else(|| panic!("no module {m}"))
    };
    assert!(edges[idx("ip::link::show")].contains(&idx("ip::iface")));
    assert!(edges[idx("ip::addr::show")].contains(&idx("ip::iface::print")));
    assert!(edges[idx("ip")].contains(&idx("ip::addr")));
    assert!(edges[idx("netlink::socket")].contains(&idx("netlink::ack")));
}
