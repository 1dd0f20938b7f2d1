//! `iptables-restore [-c] [-n] [-t] [-T TABLE] [-w [S]] [-W U] [-v] [-V] [FILE]`: the save
//! format read line by line; each table's block, up to its COMMIT, becomes one nf_tables
//! batch bound to the ruleset generation (recomputed on a concurrent change), so a bad line
//! or a refusal anywhere in a table changes nothing of it. Memory is bounded by one block.

use super::codec::{self, Place};
use super::getopt::{find, opt, Has, Opt};
use super::parse::{self, Command};
use super::plan::{base_chain_msg, create_table, push};
use super::rules::expand;
use super::session::{Batch, Refused, Session};
use super::table::{TableDef, TABLES};
use crate::cli::Args;
use crate::error::{exit, strerror, Error, Result};
use crate::error::{IPT_PREFIX, IPT_TRY};
use crate::netlink::nft::{self, Writer};
use netlink_packet_core::{NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL};

/// NLM_F_NONREC: delete only what is empty and unused.
const NLM_F_NONREC: u16 = 0x100;
use std::io::{BufRead, Write};

const NAME: &str = "iptables-restore";
const PREFIX: &str = "iptables-restore v1.8.9 (nf_tables): ";
const TRY: &str = "Try `iptables-restore -h' or 'iptables-restore --help' for more information.\n";

const USAGE: &str = "\
Usage: iptables-restore [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]
\t   [ --counters ]
\t   [ --verbose ]
\t   [ --version]
\t   [ --test ]
\t   [ --help ]
\t   [ --noflush ]
\t   [ --table=<TABLE> ]
\t   [ --modprobe=<command> ]
\t   [ --ipv4 ]
\t   [ --ipv6 ]
";

const LONG: &[Opt] = &[
    opt("counters", Has::No, b'c'),
    opt("verbose", Has::No, b'v'),
    opt("version", Has::No, b'V'),
    opt("test", Has::No, b't'),
    opt("help", Has::No, b'h'),
    opt("noflush", Has::No, b'n'),
    opt("table", Has::Required, b'T'),
    opt("modprobe", Has::Required, b'M'),
    opt("wait", Has::No, b'w'),
    opt("wait-interval", Has::No, b'W'),
    opt("ipv4", Has::No, b'4'),
    opt("ipv6", Has::No, b'6'),
];

/// Short options: (letter, takes an argument: 0 no, 1 required). `-w`/`-W` take the next
/// word too when it is a number.
const SHORT: &[(char, u8)] = &[
    ('b', 0),
    ('c', 0),
    ('v', 0),
    ('V', 0),
    ('t', 0),
    ('h', 0),
    ('n', 0),
    ('T', 1),
    ('M', 1),
    ('w', 0),
    ('W', 0),
    ('4', 0),
    ('6', 0),
];

#[derive(Default)]
struct Opts {
    counters: bool,
    test: bool,
    noflush: bool,
    only: Option<String>,
    file: Option<String>,
}

fn usage_error(line: impl std::fmt::Display) -> Error {
    Error::ipt_fail(format_args!(
        "{NAME}: {line}\nTry `{NAME} -h' for more information.\n"
    ))
}

enum Early {
    Go(Opts),
    Print(String),
    /// The usage screen, which -h writes on stderr.
    Usage,
}

fn parse_args(words: &[String]) -> Result<Early> {
    let mut o = Opts::default();
    let mut loose: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        i += 1;
        let (c, inline) = if w == "--" {
            loose.extend(words[i..].iter().cloned());
            break;
        } else if let Some(long) = w.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            let Some((_, op)) = find(name, &[LONG]) else {
                return Err(usage_error(format_args!("unrecognized option '{w}'")));
            };
            let arg = match op.has {
                Has::No if inline.is_some() => {
                    return Err(usage_error(format_args!(
                        "option '--{}' doesn't allow an argument",
                        op.name
                    )))
                }
                Has::Required if inline.is_none() => match words.get(i) {
                    Some(v) => {
                        i += 1;
                        Some(v.clone())
                    }
                    None => {
                        return Err(usage_error(format_args!(
                            "option '--{}' requires an argument",
                            op.name
                        )))
                    }
                },
                _ => inline,
            };
            (char::from(op.id), arg)
        } else if let Some(cluster) = w.strip_prefix('-').filter(|c| !c.is_empty()) {
            let mut last = None;
            for (at, c) in cluster.char_indices() {
                let Some(&(_, takes)) = SHORT.iter().find(|(s, _)| *s == c) else {
                    return Err(usage_error(format_args!("invalid option -- '{c}'")));
                };
                let rest = &cluster[at + c.len_utf8()..];
                if takes == 0 {
                    if rest.is_empty() {
                        last = Some((c, None));
                        break;
                    }
                    if let Some(e) = set(&mut o, c, None) {
                        return Ok(e);
                    }
                    continue;
                }
                let arg = if !rest.is_empty() {
                    Some(rest.to_string())
                } else {
                    match words.get(i) {
                        Some(v) => {
                            i += 1;
                            Some(v.clone())
                        }
                        None => {
                            return Err(usage_error(format_args!(
                                "option requires an argument -- '{c}'"
                            )))
                        }
                    }
                };
                last = Some((c, arg));
                break;
            }
            match last {
                Some(x) => x,
                None => continue,
            }
        } else {
            loose.push(w.clone());
            continue;
        };
        if matches!(c, 'w' | 'W')
            && words
                .get(i)
                .is_some_and(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
        {
            i += 1;
        }
        if let Some(e) = set(&mut o, c, inline) {
            return Ok(e);
        }
    }
    match loose.as_slice() {
        [] => {}
        [f] => o.file = Some(f.clone()),
        _ => return Err(Error::ipt_fail("Unknown arguments found on commandline\n")),
    }
    Ok(Early::Go(o))
}

/// One option read; Some when it ends the reading (-V, -h).
fn set(o: &mut Opts, c: char, arg: Option<String>) -> Option<Early> {
    match c {
        'c' => o.counters = true,
        't' => o.test = true,
        'n' => o.noflush = true,
        'T' => o.only = arg,
        'b' => {
            let _ = std::io::stderr().write_all(b"-b/--binary option is not implemented\n");
        }
        'V' => return Some(Early::Print(format!("{NAME} v1.8.9 (nf_tables)\n"))),
        'h' => return Some(Early::Usage),
        _ => {}
    }
    None
}

pub fn main(args: Args) -> Result<()> {
    let words: Vec<String> = args
        .rest_raw()
        .iter()
        .map(|w| w.to_string_lossy().into_owned())
        .collect();
    let o = match parse_args(&words)? {
        Early::Print(t) => {
            std::io::stdout().write_all(t.as_bytes())?;
            return Ok(());
        }
        Early::Usage => {
            std::io::stderr().write_all(USAGE.as_bytes())?;
            return Ok(());
        }
        Early::Go(o) => o,
    };
    let input: Box<dyn BufRead> = match &o.file {
        Some(path) => Box::new(std::io::BufReader::new(std::fs::File::open(path).map_err(
            |e| {
                Error::ipt_fail(format_args!(
                    "Can't open {path}: {}\n",
                    crate::error::io_text(&e)
                ))
            },
        )?)),
        None => Box::new(std::io::stdin().lock()),
    };
    let mut s: Option<Session> = None;
    let mut block: Option<Block> = None;
    let mut n = 0usize;
    for line in input.split(b'\n') {
        let line = line?;
        n += 1;
        let text = String::from_utf8_lossy(&line);
        let t = text.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if let Some(b) = &mut block {
            if t == "COMMIT" {
                let mut b = block.take().unwrap_or_default();
                b.commit_line = n;
                if b.skip || o.test {
                    continue;
                }
                let sess = match &mut s {
                    Some(sess) => sess,
                    None => s.insert(Session::open(b.table)?),
                };
                sess.table = b.table;
                commit(sess, &b, &o)?;
                continue;
            }
            if t.starts_with('*') {
                return Err(Error::ipt_coded(
                    exit::IPT_PARAMETER,
                    format!("Bad argument `{t}'\nError occurred at line: {n}\n{TRY}"),
                ));
            }
            // Parsed now, so a bad line is reported before anything is sent.
            let parsed = Line::read(t, n, b.table, o.counters)?;
            b.lines.push(parsed);
            continue;
        }
        if let Some(name) = t.strip_prefix('*') {
            let Some(table) = TABLES.iter().find(|d| d.name == name) else {
                return Err(at_line(
                    Error::ipt_param(format_args!("{NAME}: line {n} table name '{name}' invalid")),
                    n,
                ));
            };
            let skip = o.only.as_deref().is_some_and(|only| only != name);
            block = Some(Block {
                table,
                lines: Vec::new(),
                skip,
                commit_line: 0,
            });
            continue;
        }
        if t == "COMMIT" {
            return Err(Error::ipt_fail(format_args!("{NAME}: line {n} failed\n")));
        }
    }
    if block.is_some() {
        return Err(Error::ipt_fail(format_args!(
            "{NAME}: COMMIT expected at line {}\n",
            n + 1
        )));
    }
    Ok(())
}

/// One table's lines, up to its COMMIT.
struct Block {
    table: &'static TableDef,
    lines: Vec<Line>,
    /// Not the table `-T` names.
    skip: bool,
    commit_line: usize,
}

impl Default for Block {
    fn default() -> Block {
        Block {
            table: &super::table::FILTER,
            lines: Vec::new(),
            skip: true,
            commit_line: 0,
        }
    }
}

/// A line of a block, read.
enum Line {
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
}

/// `[p:b]` as iptables-restore reads it (anything else counts as none).
fn counters(text: &str) -> Option<(u64, u64)> {
    let (p, b) = text.split_once(':')?;
    Some((p.parse().ok()?, b.parse().ok()?))
}

impl Line {
    fn read(t: &str, n: usize, table: &TableDef, with_counters: bool) -> Result<Line> {
        if let Some(rest) = t.strip_prefix(':') {
            let mut w = rest.split_whitespace();
            let name = w.next().unwrap_or("").to_string();
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
        let (c, rest) = match t.strip_prefix('[').and_then(|r| r.split_once(']')) {
            Some((inside, rest)) => {
                if with_counters {
                    let (p, b) = inside.split_once(':').unwrap_or((inside, ""));
                    let what = if p.parse::<u64>().is_err() {
                        Some("packet")
                    } else if b.parse::<u64>().is_err() {
                        Some("byte")
                    } else {
                        None
                    };
                    if let Some(what) = what {
                        return Err(at_line(
                            Error::ipt_param(format_args!("-c {what} counter not numeric")),
                            n,
                        ));
                    }
                }
                (counters(inside), rest)
            }
            None => (None, t),
        };
        let words = split_words(rest);
        if words.iter().any(|w| w == "-t" || w.starts_with("--table")) {
            return Err(at_line(
                Error::ipt_param("The -t option cannot be used in iptables-restore.\n"),
                n,
            ));
        }
        let mut cmd = parse::parse(words).map_err(|e| at_line(e, n))?;
        cmd.table = Some(table.name.to_string());
        super::checks::check_rule_spec(&cmd, table).map_err(|e| at_line(e, n))?;
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
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut have = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => {
                quoted = !quoted;
                have = true;
            }
            c if c.is_whitespace() && !quoted => {
                if have || !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                have = false;
            }
            c => cur.push(c),
        }
    }
    if have || !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// An iptables error put as iptables-restore words it for line `n`.
fn at_line(e: Error, n: usize) -> Error {
    let mut text = e.text;
    if let Some(rest) = text.strip_prefix(IPT_PREFIX) {
        text = format!("{PREFIX}{rest}");
    }
    if let Some(rest) = text.strip_prefix("iptables: ") {
        return Error::ipt_fail(format_args!("{NAME}: line {n} failed: {rest}"));
    }
    if let Some(head) = text.strip_suffix(IPT_TRY) {
        text = format!("{head}Error occurred at line: {n}\n{TRY}");
    }
    Error::ipt_coded(e.code, text)
}

/// What the block has made so far: chains by name (base or not).
struct Model {
    chains: Vec<String>,
}

impl Model {
    fn has(&self, name: &str) -> bool {
        self.chains.iter().any(|c| c == name)
    }
}

/// Send one block as one batch bound to the generation (planned again after a concurrent
/// change, from the state then).
fn commit(s: &mut Session, b: &Block, o: &Opts) -> Result<()> {
    let mut lines_of_ops: Vec<usize> = Vec::new();
    let r = s.change(&mut |s, batch| {
        lines_of_ops.clear();
        plan(s, b, o, batch, &mut lines_of_ops)
    });
    r.map_err(|r| match r {
        Refused::Op(errno, name, object, at) => Error::ipt_coded(
            exit::IPT_RESOURCE,
            format!(
                "{PREFIX}\nline {}: {name} failed ({}): {object}\n",
                lines_of_ops.get(at).copied().unwrap_or(0),
                strerror(errno)
            ),
        ),
        Refused::Other(e) => e,
        r => super::reply::refused(r),
    })
}

fn plan(
    s: &mut Session,
    b: &Block,
    o: &Opts,
    batch: &mut Batch,
    lines: &mut Vec<usize>,
) -> std::result::Result<(), Refused> {
    let table = b.table;
    let mut model = Model { chains: Vec::new() };
    create_table(batch, table);
    lines.push(0);
    if o.noflush {
        model.chains = s.chains()?.into_iter().map(|c| c.name).collect();
    } else {
        // The table emptied: deleted (with everything in it) and made again.
        let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
        w.str(nft::TABLE_NAME, table.name);
        push(
            batch,
            nft::DELTABLE,
            w,
            0,
            "TABLE_DEL",
            format!("table {}", table.name),
        );
        lines.push(0);
        create_table(batch, table);
        lines.push(0);
    }
    for line in &b.lines {
        let before = batch.len();
        match line {
            Line::Chain {
                n,
                name,
                policy,
                counters,
            } => {
                chain_line(
                    batch,
                    table,
                    &mut model,
                    name,
                    *policy,
                    counters.filter(|_| o.counters),
                );
                lines.resize(lines.len() + batch.len() - before, *n);
            }
            Line::Cmd { n, cmd, counters } => {
                command(
                    batch,
                    table,
                    &mut model,
                    cmd,
                    counters.filter(|_| o.counters),
                )
                .map_err(|f| match f {
                    Fault::Line(e) => Refused::Other(at_line(e, *n)),
                    // found while the batch is built: iptables-nft names the COMMIT line
                    Fault::Commit(e) => Refused::Other(at_line(e, b.commit_line)),
                })?;
                lines.resize(lines.len() + batch.len() - before, *n);
            }
        }
    }
    Ok(())
}

/// `:NAME POLICY [p:b]`: a base chain with its policy, or a user chain.
fn chain_line(
    batch: &mut Batch,
    table: &TableDef,
    model: &mut Model,
    name: &str,
    policy: Option<u32>,
    counters: Option<(u64, u64)>,
) {
    let w = match table.base(name) {
        Some(base) => {
            let mut w = base_chain_msg(table, base, policy.unwrap_or(nft::NF_ACCEPT));
            if let Some((p, b)) = counters {
                w.nest(nft::CHAIN_COUNTERS, |c| {
                    c.be64(nft::COUNTER_PACKETS, p).be64(nft::COUNTER_BYTES, b);
                });
            }
            w
        }
        None => {
            let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
            w.str(nft::CHAIN_TABLE, table.name)
                .str(nft::CHAIN_NAME, name);
            w
        }
    };
    push(
        batch,
        nft::NEWCHAIN,
        w,
        NLM_F_CREATE,
        "CHAIN_ADD",
        format!("chain {name}"),
    );
    if !model.has(name) {
        model.chains.push(name.to_string());
    }
}

/// A base chain named by a command, made (policy ACCEPT) when the block has not made it.
fn ensure_base(batch: &mut Batch, table: &TableDef, model: &mut Model, name: &str) {
    if model.has(name) {
        return;
    }
    if let Some(base) = table.base(name) {
        let w = base_chain_msg(table, base, nft::NF_ACCEPT);
        push(
            batch,
            nft::NEWCHAIN,
            w,
            NLM_F_CREATE,
            "CHAIN_ADD",
            format!("chain {name}"),
        );
        model.chains.push(name.to_string());
    }
}

/// A command's error, and which line it is reported at.
enum Fault {
    Line(Error),
    Commit(Error),
}

impl From<Error> for Fault {
    fn from(e: Error) -> Fault {
        Fault::Line(e)
    }
}

fn command(
    batch: &mut Batch,
    table: &TableDef,
    model: &mut Model,
    cmd: &parse::Cmd,
    counters: Option<(u64, u64)>,
) -> std::result::Result<(), Fault> {
    let chain = cmd.chain.clone().unwrap_or_default();
    let no_chain = || Error::ipt_other("No chain/target/match by that name.");
    match cmd.command() {
        Command::Append | Command::Insert if cmd.rulenum.unwrap_or(1) == 1 => {
            if !model.has(&chain) && table.base(&chain).is_none() {
                return Err(no_chain().into());
            }
            if let Some((target, _)) = &cmd.jump {
                if table.base(target).is_none() && !model.has(target) {
                    return Err(Fault::Commit(Error::ipt_param(format_args!(
                        "Chain '{target}' does not exist"
                    ))));
                }
            }
            ensure_base(batch, table, model, &chain);
            let append = cmd.command() == Command::Append;
            let mut rules = expand(cmd);
            if !append {
                rules.reverse();
            }
            for mut r in rules {
                if let Some(c) = counters {
                    r.counters = c;
                }
                let (flags, name) = if append {
                    (NLM_F_CREATE | NLM_F_APPEND, "RULE_APPEND")
                } else {
                    (NLM_F_CREATE, "RULE_INSERT")
                };
                let w = codec::rule_msg(table.name, &chain, &r, Place::default());
                push(
                    batch,
                    nft::NEWRULE,
                    w,
                    flags,
                    name,
                    format!("rule in chain {chain}"),
                );
            }
        }
        Command::NewChain => {
            if model.has(&chain) || table.base(&chain).is_some() {
                return Err(Error::ipt_other("Chain already exists.").into());
            }
            let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
            w.str(nft::CHAIN_TABLE, table.name)
                .str(nft::CHAIN_NAME, &chain);
            let object = format!("chain {chain}");
            push(
                batch,
                nft::NEWCHAIN,
                w,
                NLM_F_CREATE | NLM_F_EXCL,
                "CHAIN_ADD",
                object,
            );
            model.chains.push(chain);
        }
        Command::SetPolicy => {
            let Some(base) = table.base(&chain) else {
                return Err(Error::ipt_other("Bad built-in chain name.").into());
            };
            let policy = match cmd.policy.as_deref() {
                Some("DROP") => nft::NF_DROP,
                _ => nft::NF_ACCEPT,
            };
            let w = base_chain_msg(table, base, policy);
            push(
                batch,
                nft::NEWCHAIN,
                w,
                NLM_F_CREATE,
                "CHAIN_ADD",
                format!("chain {chain}"),
            );
            if !model.has(&chain) {
                model.chains.push(chain);
            }
        }
        Command::Flush => {
            let targets: Vec<String> = match &cmd.chain {
                Some(c) if model.has(c) => vec![c.clone()],
                Some(c) if table.base(c).is_some() => Vec::new(),
                Some(_) => return Err(no_chain().into()),
                None => model.chains.clone(),
            };
            for c in targets {
                let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
                w.str(nft::RULE_TABLE, table.name).str(nft::RULE_CHAIN, &c);
                push(
                    batch,
                    nft::DELRULE,
                    w,
                    0,
                    "RULE_FLUSH",
                    format!("chain {c}"),
                );
            }
        }
        Command::DelChain => {
            let targets: Vec<String> = match &cmd.chain {
                Some(c) if model.has(c) => vec![c.clone()],
                Some(_) => return Err(no_chain().into()),
                None => model
                    .chains
                    .iter()
                    .filter(|c| table.base(c).is_none())
                    .cloned()
                    .collect(),
            };
            for c in targets {
                let mut w = Writer::new(nft::NFPROTO_IPV4, 0);
                w.str(nft::CHAIN_TABLE, table.name).str(nft::CHAIN_NAME, &c);
                // NLM_F_NONREC: a chain still holding rules or jumped to is refused (EBUSY),
                // not emptied
                let flags = NLM_F_NONREC;
                push(
                    batch,
                    nft::DELCHAIN,
                    w,
                    flags,
                    "CHAIN_DEL",
                    format!("chain {c}"),
                );
                model.chains.retain(|x| *x != c);
            }
        }
        other => {
            return Err(Error::ipt_fail(format_args!(
                "ipkit: {NAME}: -{} inside a restore file is not implemented yet\n",
                other.letter()
            ))
            .into())
        }
    }
    Ok(())
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
    }
}
