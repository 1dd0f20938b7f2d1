//! `iptables-save [-c] [-t TABLE] [-f FILE] [-M PROG] [-V]`: every existing table (or the one
//! named) in iptables-nft-save's order and format, streamed through one buffer.

use super::family::Fam;
use super::getopt::{getopt_long, opt, Has, Opt, Read, Short};
use super::list;
use super::reply::{parse_failed_as, refused};
use super::session::Session;
use super::show::policy_name;
use super::stream::{self, End, Item, Out, Plan};
use super::table::{self, TableDef};
use super::view::{Listed, View};
use crate::cli::Args;
use crate::error::{ByApplet, Error, Result, IPT_PREFIX};
use std::io::Write;

const NAME: ByApplet = ByApplet("iptables-save", "ip6tables-save");

/// The order iptables-nft-save prints the tables in (its own table list).
const ORDER: [&str; 5] = ["mangle", "security", "raw", "filter", "nat"];

const LONG: &[Opt] = &[
    opt("counters", Has::No, b'c'),
    opt("dump", Has::No, b'd'),
    opt("table", Has::Required, b't'),
    opt("modprobe", Has::Required, b'M'),
    opt("file", Has::Required, b'f'),
    opt("version", Has::No, b'V'),
];

const SHORT: &[(char, Short)] = &[
    ('b', Short::No),
    ('c', Short::No),
    ('d', Short::No),
    ('t', Short::Required),
    ('M', Short::Required),
    ('f', Short::Required),
    ('V', Short::No),
];

#[derive(Default)]
struct Opts {
    counters: bool,
    table: Option<String>,
    file: Option<String>,
    version: bool,
}

/// One option read: true when it ends the reading (-V).
fn set(o: &mut Opts, c: char, arg: Option<String>) -> bool {
    match c {
        'b' => {
            let _ = std::io::stderr().write_all(b"-b/--binary option is not implemented\n");
        }
        'c' => o.counters = true,
        't' => o.table = arg,
        'f' => o.file = arg,
        'V' => o.version = true,
        _ => {}
    }
    c == 'V'
}

/// getopt_long over "bcdt:M:f:V" and the long options, as iptables-save reads its words.
fn parse(words: &[String]) -> Result<Opts> {
    let mut o = Opts::default();
    let read =
        getopt_long(words, LONG, SHORT, &mut |c, arg| set(&mut o, c, arg)).map_err(|text| {
            Error::ipt_fail(format_args!(
                "{NAME}: {text}\nLook at manual page `{NAME}.8' for more information.\n"
            ))
        })?;
    match read {
        Read::Done(loose) if !loose.is_empty() => {
            Err(Error::ipt_fail("Unknown arguments found on commandline\n"))
        }
        _ => Ok(o),
    }
}

pub fn main(args: Args, fam: Fam) -> Result<()> {
    let words = args.rest_lossy();
    let o = parse(&words)?;
    let tables = table::tables(fam);
    if o.version {
        std::io::stdout().write_all(format!("{NAME} v1.8.9 (nf_tables)\n").as_bytes())?;
        return Ok(());
    }
    let sink: Box<dyn Write> = match &o.file {
        Some(path) => Box::new(std::fs::File::create(path).map_err(|e| {
            Error::ipt_fail(format_args!(
                "Failed to open file, error: {}\n",
                crate::error::io_text(&e)
            ))
        })?),
        None => Box::new(std::io::stdout().lock()),
    };
    let chosen: Vec<&'static TableDef> = match &o.table {
        Some(name) => match tables.iter().find(|t| t.name == name) {
            Some(t) => vec![*t],
            None => {
                return Err(Error::ipt_fail(format_args!(
                    "Table `{name}' does not exist\n"
                )))
            }
        },
        None => ORDER
            .iter()
            .filter_map(|n| tables.iter().find(|t| t.name == *n).copied())
            .collect(),
    };
    let mut s = Session::open(chosen[0]).map_err(as_save)?;
    // the generation first, as iptables-nft-save asks it (its failure is worded so)
    s.genid().map_err(|r| as_save(refused(r)))?;
    let existing = s.tables().map_err(refused)?;
    let mut sink = sink;
    for t in chosen {
        // Without -t, only the tables that exist; a named one is shown even when it does
        // not exist yet (its base chains as a listing shows them).
        if o.table.is_none() && !existing.iter().any(|e| e == t.name) {
            continue;
        }
        s.table = t;
        save_table(&mut s, t, o.counters, &mut sink)?;
    }
    sink.flush()?;
    Ok(())
}

/// An iptables error in iptables-save's name.
fn as_save(e: Error) -> Error {
    match e.text.strip_prefix(IPT_PREFIX.get()) {
        Some(rest) => Error::ipt_coded(e.code, format!("{NAME} v1.8.9 (nf_tables): {rest}")),
        None => e,
    }
}

/// One table: header, chains with policies and counters, rules, COMMIT, streamed
/// (stream.rs). A table holding a rule iptables does not read is iptables-nft-save's
/// one-line notice instead; a rule it reads but cannot put into words stops everything
/// there (after what came before it).
fn save_table(
    s: &mut Session,
    t: &'static TableDef,
    counters: bool,
    sink: &mut dyn Write,
) -> Result<()> {
    let view = View::read(s).map_err(refused)?;
    let listed: Vec<Listed> = view.listed().collect();
    let plan = Plan {
        listed: &listed,
        others: Vec::new(),
        count_refs: false,
        check: true,
    };
    let mut out = Out::new(sink);
    view.notice(&mut out.text, true);
    let now = now_text();
    out.text.push_str(&format!(
        "# Generated by {NAME} v1.8.9 (nf_tables) on {now}\n*{}\n",
        t.name
    ));
    for l in &listed {
        match l.policy() {
            Some((policy, (p, b))) => out.text.push_str(&format!(
                ":{} {} [{p}:{b}]\n",
                l.name(),
                policy_name(Some(policy)),
            )),
            None => out.text.push_str(&format!(":{} - [0:0]\n", l.name())),
        }
    }
    let end = stream::run(s, &plan, &mut out, &mut |out, item| {
        if let Item::Rule(i, _, rule) = item {
            if counters {
                out.text
                    .push_str(&format!("[{}:{}] ", rule.counters.0, rule.counters.1));
            }
            list::save_rule(&mut out.text, listed[i].name(), rule, false);
        }
    })?;
    match end {
        End::Done => {
            out.text
                .push_str(&format!("COMMIT\n# Completed on {}\n", now_text()));
            out.finish()?;
            Ok(())
        }
        End::Incompatible(_) => {
            drop(out);
            let line = format!("# Table `{}' is incompatible, use 'nft' tool.\n", t.name);
            sink.write_all(line.as_bytes())?;
            Ok(())
        }
        End::Failed(f) => Err(parse_failed_as(f, NAME.get())),
    }
}

/// The local time as ctime(3) writes it, without its newline: `Sun Nov 29 10:16:37 2026`.
fn now_text() -> String {
    let (secs, _) = crate::sys::time::now();
    crate::sys::time::localtime(secs).map_or_else(String::new, |tm| tm.asctime())
}

#[cfg(test)]
mod tests {
    use super::parse;

    /// Every long option is in the manual page.
    #[test]
    fn page_names_every_option() {
        let page = std::fs::read_to_string("man/iptables-save.8")
            .unwrap()
            .replace("\\-", "-");
        for o in super::LONG {
            assert!(page.contains(&format!("--{}", o.name)), "--{}", o.name);
        }
    }

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn options_as_getopt_reads_them() {
        let o = parse(&words("-ct nat")).expect("parses");
        assert!(o.counters);
        assert_eq!(o.table.as_deref(), Some("nat"));
        let o = parse(&words("--table=raw --c -M x")).expect("parses");
        assert_eq!(o.table.as_deref(), Some("raw"));
        assert!(o.counters);
        assert!(parse(&words("-V -t")).expect("stops at -V").version);
        for bad in ["-x", "--help", "-t", "--table", "extra", "--counters=1"] {
            assert!(parse(&words(bad)).is_err(), "{bad}");
        }
    }
}
