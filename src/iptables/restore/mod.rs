//! `iptables-restore [-c] [-n] [-t] [-T TABLE] [-w [S]] [-W U] [-v] [-V] [FILE]`: the save
//! format read line by line (line.rs); each line of a table's block adds its messages to the
//! block's batch as it is read (apply.rs), and the COMMIT sends the batch as one nf_tables
//! transaction bound to the ruleset generation the block read the kernel at. After a
//! concurrent change the whole block is planned again from its lines against the new
//! ruleset, and sent bound to the new generation. A bad line or a refusal anywhere in a
//! table changes nothing of it. Memory is one block: its lines and its batch.

mod apply;
mod args;
mod kernel;
mod line;
mod positional;

use super::family::Fam;
use super::parse::Command;
use super::plan::{create_table, push};
use super::rule::Rule;
use super::session::{Batch, Refused, Session};
use super::table::{self, TableDef};
use crate::cli::Args;
use crate::error::{exit, strerror, Error, Result};
use crate::netlink::nft::{self, Writer};
use apply::{chain_line, command, Fault, Model};
use args::{parse_args, Early, Opts, USAGE};
use line::{at_line, reword, Line, NAME, PREFIX, TRY};
use std::collections::HashMap;
use std::io::{BufRead, Write};

/// What `-v` printed, held until the end: a parameter problem ends without it (as
/// iptables-nft-restore's buffered stdout is not written then).
static HELD: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

fn say(t: &str) {
    if let Ok(mut h) = HELD.lock() {
        h.push_str(t);
    }
}

/// What `-v` printed so far, written.
fn release() -> Result<()> {
    let held = HELD.lock().map(|mut h| std::mem::take(&mut *h));
    std::io::stdout().write_all(held.unwrap_or_default().as_bytes())?;
    Ok(())
}

pub fn main(args: Args, fam: Fam) -> Result<()> {
    let r = run(args, fam);
    release()?;
    r
}

/// A line read, or its parameter problem, which ends without what -v printed.
fn read_line(t: &str, n: usize, table: &TableDef, counters: bool) -> Result<Line> {
    Line::read(t, n, table, counters).inspect_err(|e| {
        if e.code == exit::IPT_PARAMETER {
            if let Ok(mut h) = HELD.lock() {
                h.clear();
            }
        }
    })
}

fn run(args: Args, fam: Fam) -> Result<()> {
    let words = args.rest_lossy();
    let o = match parse_args(&words)? {
        Early::Print(t) => {
            std::io::stdout().write_all(t.as_bytes())?;
            return Ok(());
        }
        Early::Usage => {
            std::io::stderr().write_all(USAGE.as_bytes())?;
            return Ok(());
        }
        Early::Refused => return Err(args::refused()),
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
    let mut buf = Vec::new();
    let mut input = input;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        n += 1;
        let text = String::from_utf8_lossy(&buf);
        let t = text.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if let Some(b) = &mut block {
            if t == "COMMIT" {
                if let Some(b) = block.take() {
                    finish(&mut s, b, n, &o)?;
                    // what a table committed printed stays printed
                    release()?;
                }
                continue;
            }
            if t.starts_with('*') {
                return Err(Error::ipt_coded(
                    exit::IPT_PARAMETER,
                    format!("Bad argument `{t}'\nError occurred at line: {n}\n{TRY}"),
                ));
            }
            match read_line(t, n, b.table, o.counters)? {
                Line::Print(text) => {
                    release()?;
                    std::io::stdout().write_all(text.as_bytes())?;
                    return Ok(());
                }
                Line::Skip => {}
                read => {
                    b.text.push((n, t.to_string()));
                    b.add(read, &o, &mut s)?
                }
            }
            continue;
        }
        if let Some(name) = t.strip_prefix('*') {
            let Some(table) = table::tables(fam).iter().find(|d| d.name == name) else {
                return Err(at_line(
                    Error::ipt_param(format_args!("{NAME}: line {n} table name '{name}' invalid")),
                    n,
                ));
            };
            let skip = o.only.as_deref().is_some_and(|only| only != name);
            block = Some(Block::start(&mut s, table, skip, &o)?);
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

/// One table's block: the batch so far, the line each message came from, and the chains.
struct Block {
    table: &'static TableDef,
    batch: Batch,
    lines: Vec<usize>,
    model: Model,
    /// Not the table `-T` names (read, checked, not sent).
    skip: bool,
    /// An error iptables-nft finds only when it builds the batch: reported at the COMMIT.
    deferred: Option<Error>,
    /// The kernel's rules count (--noflush).
    noflush: bool,
    /// The kernel's rules of the chains a command looked at, read once.
    kernel_rules: HashMap<String, Vec<(u64, Option<Rule>)>>,
    /// The block's lines (number, text), to plan it again after a concurrent change.
    text: Vec<(usize, String)>,
    /// The ruleset generation the block read the kernel at (None: it read nothing).
    gen: Option<u32>,
    /// Planning again: listings are not printed a second time.
    quiet: bool,
    /// `-vv`: its batch's objects print at the COMMIT.
    objects: bool,
    /// `-v` text held back until the table's rules print (at its first command).
    pending: Option<String>,
    /// `-vv`: the kernel's chains of the table when it had it.
    kernel: Option<Vec<super::session::ChainInfo>>,
}

impl Opts {
    /// `-v` prints (it does not with --noflush or --test).
    fn loud(&self) -> bool {
        self.verbose > 0 && !self.noflush && !self.test
    }
}

/// `-v`: "Flushing chain `NAME'" for each of `names`.
fn flushing<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut t = String::new();
    for n in names {
        t.push_str(&format!("Flushing chain `{n}'\n"));
    }
    t
}

impl Block {
    /// `*table`: the table made if missing, and emptied unless --noflush (deleted with
    /// everything in it and made again); with --noflush its chains are read.
    fn start(
        s: &mut Option<Session>,
        table: &'static TableDef,
        skip: bool,
        o: &Opts,
    ) -> Result<Block> {
        let mut b = Block {
            table,
            batch: Vec::new(),
            lines: Vec::new(),
            model: Model::default(),
            noflush: o.noflush,
            skip,
            deferred: None,
            kernel_rules: HashMap::new(),
            text: Vec::new(),
            gen: None,
            quiet: false,
            objects: false,
            kernel: None,
            pending: None,
        };
        if o.loud() && !skip {
            let sess = session(s, table)?;
            if o.verbose > 1 {
                b.objects = true;
                let exists = sess
                    .tables()
                    .is_ok_and(|v| v.iter().any(|n| n == table.name));
                if exists {
                    b.kernel = Some(sess.chains().map_err(super::reply::refused)?);
                }
            }
            // the builtins, then the kernel's user chains (by name), flushed and deleted
            let mut users: Vec<String> = sess
                .chains()
                .unwrap_or_default()
                .into_iter()
                .filter(|c| c.hook.is_none())
                .map(|c| c.name)
                .collect();
            users.sort();
            let names = table.chains.iter().map(|c| c.name);
            let mut t = flushing(names.chain(users.iter().map(String::as_str)));
            for u in &users {
                t.push_str(&format!("Deleting chain `{u}'\n"));
            }
            // -vv of a table the kernel has: after its rules, read at the first command
            match b.kernel {
                Some(_) => b.pending = Some(t),
                None => say(&t),
            }
        }
        create_table(&mut b.batch, table);
        if o.noflush {
            let sess = session(s, table)?;
            b.gen = Some(sess.genid().map_err(|r| reword(super::reply::refused(r)))?);
            let chains = sess.chains().map_err(super::reply::refused)?;
            // the chains iptables sees: foreign base chains are none of its
            for c in chains {
                if super::view::kind_of(table, &c) != super::view::Kind::Foreign {
                    b.model.add(&c.name);
                }
            }
        } else {
            b.model.emptied = true;
            let mut w = Writer::new(table.fam.nfproto(), 0);
            w.str(nft::TABLE_NAME, table.name);
            let object = format!("table {}", table.name);
            push(&mut b.batch, nft::DELTABLE, w, 0, "TABLE_DEL", object);
            create_table(&mut b.batch, table);
        }
        b.lines.resize(b.batch.len(), 0);
        Ok(b)
    }

    /// A line's messages added to the batch (in test mode, once read and checked as a line,
    /// nothing: iptables-restore --test asks nothing of the ruleset).
    fn add(&mut self, line: Line, o: &Opts, s: &mut Option<Session>) -> Result<()> {
        if o.test {
            return Ok(());
        }
        let before = self.batch.len();
        let n = match line {
            Line::Chain {
                n,
                name,
                policy,
                counters,
            } => {
                let c = counters.filter(|_| o.counters);
                chain_line(
                    &mut self.batch,
                    self.table,
                    &mut self.model,
                    &name,
                    policy,
                    c,
                );
                n
            }
            Line::Print(_) | Line::Skip => return Ok(()),
            Line::Cmd { n, cmd, counters } => {
                if let Some(t) = self.pending.take() {
                    // the table's rules as iptables-nft-restore reads them, first
                    let mut text = super::debug::cache(session(s, self.table)?, None, None);
                    text.push_str(&t);
                    say(&text);
                }
                // ip6tables-nft-restore 1.8.9 sends every rule's counters as zero
                let c = counters.filter(|_| o.counters && !self.table.fam.is_v6());
                let loud = o.loud() && !self.skip && !self.quiet;
                match command(&mut self.batch, self.table, &mut self.model, &cmd, c) {
                    Ok(()) if loud => self.echo(&cmd)?,
                    Ok(()) => {}
                    Err(Fault::Line(e)) => {
                        // -A echoes its rules before its chain is looked for
                        if loud && cmd.command() == Command::Append {
                            self.echo(&cmd)?;
                        }
                        return Err(at_line(e, n));
                    }
                    Err(Fault::Commit(e)) => {
                        self.deferred.get_or_insert(e);
                    }
                    Err(Fault::Positional) => {
                        self.kernel_command(s, &cmd, c, n)
                            .map_err(|e| at_line(e, n))?;
                        if loud {
                            self.echo(&cmd)?;
                        }
                        return Ok(());
                    }
                }
                n
            }
        };
        self.lines
            .resize(self.lines.len() + self.batch.len() - before, n);
        Ok(())
    }
}

impl Block {
    /// `-v`: a command's rules echoed, a flush's chains named.
    fn echo(&self, cmd: &super::parse::Cmd) -> Result<()> {
        match cmd.command() {
            Command::Append | Command::Insert | Command::Delete | Command::Check => {
                let mut t = String::new();
                for r in super::rules::expand(cmd) {
                    super::list::echo_rule(&mut t, &r);
                }
                say(&t);
            }
            Command::Flush => match &cmd.chain {
                Some(c) => {
                    let t = flushing(std::iter::once(c.as_str()));
                    say(&t)
                }
                None => {
                    let user = self.model.chain_names().iter();
                    let user = user.filter(|c| self.table.base(c).is_none());
                    let base = self.table.chains.iter().map(|c| c.name);
                    let t = flushing(base.chain(user.map(|c| c.as_str())));
                    say(&t)
                }
            },
            _ => {}
        }
        Ok(())
    }

    /// The block planned again from its lines, against the ruleset as it is now.
    fn replan(self, s: &mut Option<Session>, o: &Opts) -> Result<Block> {
        let quiet = Opts {
            verbose: 0,
            only: o.only.clone(),
            file: None,
            ..*o
        };
        let mut b = Block::start(s, self.table, self.skip, &quiet)?;
        b.quiet = true;
        for (n, t) in &self.text {
            match Line::read(t, *n, b.table, o.counters)? {
                Line::Print(_) | Line::Skip => {}
                read => b.add(read, o, s)?,
            }
        }
        b.text = self.text;
        Ok(b)
    }

    /// A command answered from the chains as the batch would leave them (-D, -I N, -R, -C,
    /// -S, -L, -Z, -E). The kernel is read with --noflush, and for listings.
    fn kernel_command(
        &mut self,
        s: &mut Option<Session>,
        cmd: &super::parse::Cmd,
        counters: Option<(u64, u64)>,
        n: usize,
    ) -> Result<()> {
        let listing = matches!(cmd.command(), Command::List | Command::ListRules);
        if listing && self.quiet {
            return Ok(());
        }
        let session = match self.noflush || listing {
            true => {
                let sess = session(s, self.table)?;
                if self.gen.is_none() {
                    // what is read from here on is read at this generation
                    self.gen = Some(sess.genid().map_err(|r| reword(super::reply::refused(r)))?);
                }
                Some(sess)
            }
            false => None,
        };
        let mut k = positional::Kernel {
            session,
            cache: &mut self.kernel_rules,
        };
        if listing {
            release()?;
            let l = kernel::Listing {
                noflush: self.noflush,
                batch: &self.batch,
                table: self.table,
                user: self.model.chain_names(),
                kernel: &mut k,
            };
            return match cmd.command() {
                Command::List => kernel::list(l, cmd),
                _ => kernel::list_rules(l, cmd),
            };
        }
        let edit = positional::Edit {
            batch: &mut self.batch,
            lines: &mut self.lines,
            n,
            table: self.table,
            model: &mut self.model,
        };
        match cmd.command() {
            Command::Zero | Command::ZeroNum => kernel::zero(edit, &mut k, cmd),
            Command::Rename => kernel::rename(edit, &mut k, cmd),
            _ => positional::apply(edit, &mut k, cmd, counters),
        }
    }
}

fn session<'a>(s: &'a mut Option<Session>, table: &'static TableDef) -> Result<&'a mut Session> {
    let sess = match s {
        Some(sess) => sess,
        None => s.insert(Session::open(table).map_err(reword)?),
    };
    sess.table = table;
    Ok(sess)
}

/// COMMIT (at line `n`): the block's batch sent as one transaction, bound to the
/// generation the block read the kernel at; planned again and sent again after a concurrent
/// change.
fn finish(s: &mut Option<Session>, mut b: Block, n: usize, o: &Opts) -> Result<()> {
    if let Some(t) = b.pending.take() {
        say(&t);
    }
    if let Some(e) = b.deferred {
        return Err(at_line(e, n));
    }
    if b.skip {
        return Ok(());
    }
    if o.test {
        // nothing is sent, but the kernel is asked whether it would listen
        let sess = session(s, b.table)?;
        return match sess.ask_genid() {
            Err(Refused::Nack(nack)) => Err(Error::ipt_fail(format_args!(
                "{NAME}: line {n} failed: {}\n",
                super::reply::errno_text(nack.errno)
            ))),
            _ => Ok(()),
        };
    }
    // (a command that added nothing, e.g. -F of a builtin the block has not made: not known)
    let known = || {
        b.text
            .iter()
            .all(|(n, t)| t.starts_with(':') || b.lines.contains(n))
    };
    if b.objects && known() {
        let ops = b.batch.iter().zip(&b.lines).skip(3);
        let ops = ops.map(|(op, n)| (*n, op.kind, op.w.buf.as_slice(), op.name));
        if let Some(t) = super::debug::restore_batch(b.table, b.kernel.as_deref(), ops) {
            say(&t);
        }
    }
    for _ in 0..RETRIES {
        // A table replaced by nothing is gone (made first only so that deleting it cannot
        // fail); -v empties it chain by chain: it stays.
        if !b.noflush && !o.loud() && b.batch.len() == 3 && b.batch[1].kind == nft::DELTABLE {
            b.batch.truncate(2);
            b.lines.truncate(2);
        }
        let sess = session(s, b.table)?;
        let gen = match b.gen {
            Some(g) => g,
            None => sess.genid().map_err(|r| reword(super::reply::refused(r)))?,
        };
        let r = sess.send_at(gen, &b.batch);
        let more = std::mem::take(&mut sess.more_refused);
        match r {
            Err(Refused::Nack(nack)) if nack.errno == ERESTART => {
                b = b.replan(s, o)?;
                if let Some(e) = b.deferred.take() {
                    return Err(at_line(e, n));
                }
            }
            r => return r.map_err(|r| failed(r, more, &b.lines)),
        }
    }
    Err(reword(super::reply::refused(Refused::Nack(
        crate::netlink::Nack {
            errno: ERESTART,
            msg: None,
        },
    ))))
}

/// How often a block is planned again after a concurrent change before giving up.
const RETRIES: u32 = 1000;
/// ERESTART: the batch's generation is stale.
const ERESTART: i32 = 85;

/// A refused COMMIT in iptables-restore's words: every message the kernel refused, each
/// with its line.
fn failed(r: Refused, more: Vec<(i32, &'static str, String, usize)>, lines: &[usize]) -> Error {
    match r {
        Refused::Op(errno, name, object, at) => {
            let mut text = format!("{PREFIX}\n");
            for (errno, name, object, at) in std::iter::once((errno, name, object, at)).chain(more)
            {
                text.push_str(&format!(
                    "line {}: {name} failed ({}): {object}\n",
                    lines.get(at).copied().unwrap_or(0),
                    strerror(errno)
                ));
            }
            Error::ipt_coded(exit::IPT_RESOURCE, text)
        }
        r => reword(super::reply::refused(r)),
    }
}
