//! One line of a restore file: `:CHAIN POLICY [p:b]` or a command (with `[p:b]` in front),
//! split into words as iptables-restore splits them, and iptables' errors reworded for it.

use crate::error::{ByApplet, IPT_NAME, IPT_PREFIX, IPT_TRY};
use crate::error::{Error, Result};
use crate::iptables::parse;
use crate::iptables::table::TableDef;
use crate::netlink::nft;

pub const NAME: ByApplet = ByApplet("iptables-restore", "ip6tables-restore");
pub const PREFIX: ByApplet = ByApplet(
    "iptables-restore v1.8.9 (nf_tables): ",
    "ip6tables-restore v1.8.9 (nf_tables): ",
);
pub const TRY: ByApplet = ByApplet(
    "Try `iptables-restore -h' or 'iptables-restore --help' for more information.\n",
    "Try `ip6tables-restore -h' or 'ip6tables-restore --help' for more information.\n",
);

/// A line of a block, read.
pub enum Line {
    /// `:NAME POLICY [p:b]`
    Chain {
        n: usize,
        name: String,
        policy: Option<u32>,
        counters: Option<(u64, u64)>,
    },
    /// A command, with the `[p:b]` in front of it.
    Cmd {
        n: usize,
        cmd: Box<parse::Cmd>,
        counters: Option<(u64, u64)>,
    },
    /// `-h`/`-V`: printed, and the restore ends there.
    Print(String),
    /// A command with the other family's flag (`-6` for iptables-restore, `-4` for
    /// ip6tables-restore): passed over.
    Skip,
}

/// `[p:b]` as iptables-restore reads it (anything else counts as none).
fn counters(text: &str) -> Option<(u64, u64)> {
    let (p, b) = counter_parts(text);
    p.zip(b)
}

/// The packet and byte numbers of `p:b`, each read on its own.
fn counter_parts(text: &str) -> (Option<u64>, Option<u64>) {
    let (p, b) = text.split_once(':').unwrap_or((text, ""));
    (p.parse().ok(), b.parse().ok())
}

impl Line {
    pub fn read(t: &str, n: usize, table: &TableDef, with_counters: bool) -> Result<Line> {
        if let Some(rest) = t.strip_prefix(':') {
            let mut w = rest.split_whitespace();
            let name = w.next().unwrap_or("").to_string();
            if name.is_empty() {
                return Err(at_line(
                    Error::ipt_param(format_args!("{NAME}: line {n} chain name invalid")),
                    n,
                ));
            }
            if let Some(c @ ('-' | '!')) = name.chars().next() {
                return Err(at_line(
                    Error::ipt_param(format_args!("chain name not allowed to start with `{c}'")),
                    n,
                ));
            }
            let Some(policy) = w.next() else {
                return Err(at_line(
                    Error::ipt_param(format_args!("{NAME}: line {n} policy invalid")),
                    n,
                ));
            };
            let policy = match policy {
                "-" => None,
                "ACCEPT" if table.base(&name).is_some() => Some(nft::NF_ACCEPT),
                "DROP" if table.base(&name).is_some() => Some(nft::NF_DROP),
                _ if table.base(&name).is_some() => {
                    return Err(Error::ipt_fail(format_args!(
                        "{NAME}: line {n} failed: Bad policy name.\n"
                    )))
                }
                _ => None,
            };
            let c = w
                .next()
                .and_then(|c| c.strip_prefix('[')?.strip_suffix(']'))
                .and_then(counters);
            return Ok(Line::Chain {
                n,
                name,
                policy,
                counters: c,
            });
        }
        if t.starts_with('[') && !t.contains(']') {
            return Err(at_line(
                Error::ipt_param(format_args!("Bad line {n}: need ]")),
                n,
            ));
        }
        let (c, rest) = match t.strip_prefix('[').and_then(|r| r.split_once(']')) {
            Some((inside, rest)) => {
                let (p, b) = counter_parts(inside);
                let bad = match (p, b) {
                    (None, _) => Some("packet"),
                    (_, None) => Some("byte"),
                    _ => None,
                };
                if let (true, Some(what)) = (with_counters, bad) {
                    return Err(at_line(
                        Error::ipt_param(format_args!("-c {what} counter not numeric")),
                        n,
                    ));
                }
                (p.zip(b), rest)
            }
            None => (None, t),
        };
        let words = split_words(rest);
        let counted = c.filter(|_| with_counters);
        let mut cmd = parse::parse_counted(words, table.fam, counted).map_err(|e| at_line(e, n))?;
        if cmd.other_family {
            return Ok(Line::Skip);
        }
        if let Some(text) = cmd.print_only.take() {
            // iptables' -V or -h, in iptables-restore's name
            let (ipt, restore) = (IPT_NAME.get(), NAME.get());
            let text = text
                .replacen(&format!("{ipt} v1.8.9"), &format!("{restore} v1.8.9"), 1)
                .replace(&format!("Usage: {ipt} -"), &format!("Usage: {restore} -"))
                .replace(&format!("       {ipt} -"), &format!("       {restore} -"));
            return Ok(Line::Print(text));
        }
        if cmd.table.is_some() {
            return Err(at_line(
                Error::ipt_param("The -t option cannot be used in iptables-restore.\n"),
                n,
            ));
        }
        cmd.table = Some(table.name.to_string());
        crate::iptables::checks::check_rule_spec(&cmd, table).map_err(|e| at_line(e, n))?;
        Ok(Line::Cmd {
            n,
            cmd: Box::new(cmd),
            counters: c,
        })
    }
}

/// A line split as iptables-restore splits it: on blanks, with double quotes grouping
/// (a `\"` inside them is a quote).
fn split_words(line: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(24);
    let mut cur = String::new();
    let mut quoted = false;
    let mut have = false;
    // `run` is where the current stretch of plain characters began: it is copied whole
    let mut run = 0;
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // a byte at a time; a character only where one is not ASCII
        let c = match b {
            0..=0x7f => char::from(b),
            _ => line.get(i..).and_then(|r| r.chars().next()).unwrap_or('\0'),
        };
        let len = c.len_utf8();
        let special = match c {
            '"' => true,
            '\\' => quoted,
            // most characters are plain ASCII: no Unicode table to look at
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '.' | '/' | ':' | '_' | ',' => false,
            _ => !quoted && c.is_whitespace(),
        };
        if !special {
            i += len;
            continue;
        }
        cur.push_str(line.get(run..i).unwrap_or_default());
        run = i + len;
        match c {
            '\\' => {
                if bytes.get(i + 1) == Some(&b'"') {
                    cur.push('"');
                    i += 1;
                    run = i + 1;
                } else {
                    cur.push('\\');
                }
            }
            '"' => {
                quoted = !quoted;
                have = true;
            }
            _ => {
                if have || !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                have = false;
            }
        }
        i += len;
    }
    cur.push_str(line.get(run..).unwrap_or_default());
    if have || !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// An iptables error in iptables-restore's name (not tied to a line).
pub fn reword(e: Error) -> Error {
    match e.text.strip_prefix(IPT_PREFIX.get()) {
        Some(rest) => Error::ipt_coded(e.code, format!("{PREFIX}{rest}")),
        None => e,
    }
}

/// An iptables error put as iptables-restore words it for line `n`.
pub fn at_line(e: Error, n: usize) -> Error {
    let mut text = e.text;
    if let Some(rest) = text.strip_prefix(IPT_PREFIX.get()) {
        text = format!("{PREFIX}{rest}");
    }
    if let Some(rest) = text.strip_prefix("iptables: ") {
        return Error::ipt_fail(format_args!("{NAME}: line {n} failed: {rest}"));
    }
    if let Some(head) = text.strip_suffix(IPT_TRY.get()) {
        text = format!("{head}Error occurred at line: {n}\n{TRY}");
    }
    Error::ipt_coded(e.code, text)
}

#[cfg(test)]
mod tests {
    use super::split_words;

    #[test]
    fn words_as_restore_splits_them() {
        assert_eq!(
            split_words(r#"-A INPUT -m comment --comment "a b \" c" -j ACCEPT"#),
            [
                "-A",
                "INPUT",
                "-m",
                "comment",
                "--comment",
                "a b \" c",
                "-j",
                "ACCEPT"
            ]
        );
        assert_eq!(split_words(r#"--comment """#), ["--comment", ""]);
        assert_eq!(split_words("  -A\tX  "), ["-A", "X"]);
        assert_eq!(
            split_words(r#"a"b c"d \x "\y" "\"#),
            ["ab cd", "\\x", "\\y", "\\"]
        );
        assert_eq!(split_words("é\u{a0}ü \"\""), ["é", "ü", ""]);
    }
}
