//! The command line, read as iptables 1.8.9 reads it: one pass in order, `!` before the
//! option it inverts, extension options known only once `-m`/`-p`/`-j` loaded them, the
//! optional chain and rule number taken from the next words, then the legality checks.

use super::addr::addresses;
use super::ext::{self, Arg, Ext, Target};
use super::family::Fam;
use super::getopt::{find, opt, Has, Opt};
use super::rule::{Iface, Net, Rule, PROTOS};
use crate::error::{Error, Result};
use crate::resolve::services;

pub use super::command::Command;
use super::command::OPTION_LETTERS;

/// What the command line asks for.
#[derive(Debug, Default)]
pub struct Cmd {
    pub commands: Vec<Command>,
    pub chain: Option<String>,
    pub rulenum: Option<u32>,
    pub newname: Option<String>,
    pub policy: Option<String>,
    pub table: Option<String>,
    pub rule: Rule,
    /// `-s`/`-d` lists (each combination is one rule).
    pub srcs: Vec<Net>,
    pub dsts: Vec<Net>,
    pub verbose: u32,
    pub numeric: bool,
    pub exact: bool,
    pub line_numbers: bool,
    pub counters: Option<(u64, u64)>,
    /// `-h`/`-V`: print this and stop.
    pub print_only: Option<String>,
    /// The option bits used (OPTION_LETTERS order).
    used: u16,
    /// Raw `-s`/`-d` words, resolved after parsing.
    src_word: Option<String>,
    dst_word: Option<String>,
    /// Printed on stderr before the command runs.
    pub warning: Option<String>,
    /// The other family's flag was read (`-6` for iptables, `-4` for ip6tables): the
    /// command line is refused, a restore line passed over.
    pub other_family: bool,
    /// `-w` and `-W` were given.
    pub wait: bool,
    pub wait_interval: bool,
    /// `-j`/`-g` name when it is not an extension (a chain).
    pub jump: Option<(String, bool)>,
}

impl Cmd {
    pub fn command(&self) -> Command {
        self.commands[0]
    }
    pub fn has(&self, c: Command) -> bool {
        self.commands.contains(&c)
    }
}

// Base option ids (the short letters).
pub const BASE: &[Opt] = &[
    opt("append", Has::Required, b'A'),
    opt("delete", Has::Required, b'D'),
    opt("check", Has::Required, b'C'),
    opt("insert", Has::Required, b'I'),
    opt("replace", Has::Required, b'R'),
    opt("list", Has::Optional, b'L'),
    opt("list-rules", Has::Optional, b'S'),
    opt("flush", Has::Optional, b'F'),
    opt("zero", Has::Optional, b'Z'),
    opt("new-chain", Has::Required, b'N'),
    opt("delete-chain", Has::Optional, b'X'),
    opt("rename-chain", Has::Required, b'E'),
    opt("policy", Has::Required, b'P'),
    opt("source", Has::Required, b's'),
    opt("destination", Has::Required, b'd'),
    opt("src", Has::Required, b's'),
    opt("dst", Has::Required, b'd'),
    opt("protocol", Has::Required, b'p'),
    opt("in-interface", Has::Required, b'i'),
    opt("jump", Has::Required, b'j'),
    opt("table", Has::Required, b't'),
    opt("match", Has::Required, b'm'),
    opt("numeric", Has::No, b'n'),
    opt("out-interface", Has::Required, b'o'),
    opt("verbose", Has::No, b'v'),
    opt("wait", Has::Optional, b'w'),
    opt("wait-interval", Has::Optional, b'W'),
    opt("exact", Has::No, b'x'),
    opt("fragments", Has::No, b'f'),
    opt("version", Has::No, b'V'),
    opt("help", Has::Optional, b'h'),
    opt("line-numbers", Has::No, b'0'),
    opt("modprobe", Has::Required, b'M'),
    opt("set-counters", Has::Required, b'c'),
    opt("goto", Has::Required, b'g'),
    opt("ipv4", Has::No, b'4'),
    opt("ipv6", Has::No, b'6'),
];

/// Short options and their arguments (getopt's optstring).
fn short(c: char) -> Option<Has> {
    Some(match c {
        'A' | 'C' | 'D' | 'R' | 'I' | 'M' | 'N' | 'E' | 'P' | 'o' | 'p' | 's' | 'd' | 'j' | 'i'
        | 't' | 'm' | 'c' | 'g' => Has::Required,
        'L' | 'S' | 'F' | 'Z' | 'X' | 'h' | 'w' | 'W' => Has::Optional,
        'V' | 'f' | 'b' | 'v' | 'n' | 'x' | '4' | '6' => Has::No,
        _ => return None,
    })
}

/// Who owns an option: the base set, a match (its index), or the target.
#[derive(Clone, Copy)]
enum Owner {
    Base,
    Match(usize),
    Target,
}

struct Parser {
    words: Vec<String>,
    at: usize,
    cmd: Cmd,
    inv: bool,
    /// The protocol's match was loaded implicitly already.
    proto_loaded: bool,
    /// `-p`'s word, lowercased (`-h` loads the match of that name; 135 loads ip6tables' mh
    /// only by the name `mh`).
    proto_word: String,
    /// How many matches were loaded before the target (its place in load order).
    target_at: usize,
    /// Words came after `--`.
    extra_words: bool,
}

pub fn parse(words: Vec<String>, fam: Fam) -> Result<Cmd> {
    parse_counted(words, fam, None)
}

/// A restore line's words, after its `[p:b]` when --counters reads it: those count as a `-c`
/// given before the words (a second one is refused, as a `-c` with a command that takes none).
pub fn parse_counted(words: Vec<String>, fam: Fam, counted: Option<(u64, u64)>) -> Result<Cmd> {
    let mut cmd = Cmd::default();
    cmd.rule.fam = fam;
    if counted.is_some() {
        cmd.counters = counted;
        if let Some(i) = OPTION_LETTERS.iter().position(|&l| l == 'c') {
            cmd.used |= 1 << i;
        }
    }
    let mut p = Parser {
        words,
        at: 0,
        cmd,
        inv: false,
        proto_loaded: false,
        proto_word: String::new(),
        target_at: 0,
        extra_words: false,
    };
    p.run()?;
    if p.cmd.print_only.is_some() || p.cmd.other_family {
        return Ok(p.cmd);
    }
    p.finish()?;
    Ok(p.cmd)
}

impl Parser {
    fn next_word_is_arg(&self) -> bool {
        self.words
            .get(self.at)
            .is_some_and(|w| !w.starts_with('-') && !w.starts_with('!'))
    }

    /// The next word, taken (each word is read once; only words ahead are looked at).
    fn take_next(&mut self) -> Option<String> {
        let w = self.words.get_mut(self.at).map(std::mem::take);
        if w.is_some() {
            self.at += 1;
        }
        w
    }

    fn run(&mut self) -> Result<()> {
        while self.at < self.words.len() {
            let word = std::mem::take(&mut self.words[self.at]);
            self.at += 1;
            if word == "!" {
                if self.inv {
                    return Err(Error::ipt_param("multiple consecutive ! not allowed"));
                }
                self.inv = true;
                continue;
            }
            if word == "--" {
                // getopt ends the options; iptables refuses any word after it (once the
                // extensions have made their checks)
                self.extra_words = self.at < self.words.len();
                break;
            }
            if let Some(long) = word.strip_prefix("--").filter(|l| !l.is_empty()) {
                self.long(&word, long)?;
            } else if word.len() > 1 && word.starts_with('-') {
                self.shorts(&word)?;
            } else {
                return Err(Error::ipt_other_raw(format_args!(
                    "Bad argument `{word}'\n{}",
                    crate::error::IPT_TRY
                )));
            }
            if self.cmd.print_only.is_some() || self.cmd.other_family {
                return Ok(());
            }
        }
        Ok(())
    }

    /// The option lists known now: the base ones, then the extensions' with the one loaded
    /// last first (so of two `-m tcp`, `--sport` goes to the second).
    fn sets(&self) -> Vec<(Owner, &'static [Opt])> {
        let matches = &self.cmd.rule.matches;
        let target_opts = self.cmd.rule.target.ext().map_or(&[][..], |e| e.def.opts);
        let mut v = Vec::with_capacity(matches.len() + 2);
        v.push((Owner::Base, BASE));
        // by the time they were loaded, last first; a match before a target loaded with it
        let mut target = Some((Owner::Target, target_opts));
        for (i, m) in matches.iter().enumerate().rev() {
            if self.target_at > i {
                v.extend(target.take());
            }
            v.push((Owner::Match(i), m.def.opts));
        }
        v.extend(target);
        v
    }

    fn long(&mut self, word: &str, long: &str) -> Result<()> {
        let (name, inline) = match long.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (long, None),
        };
        let found = {
            let sets = self.sets();
            find(name, sets.iter().map(|&(_, o)| o)).map(|(i, o)| (sets[i].0, o))
        };
        let Some((owner, o)) = found else {
            // iptables loads the protocol's match when an option is unknown, then retries.
            if self.load_proto_match() {
                return self.long(word, long);
            }
            return Err(Error::ipt_param(format_args!("unknown option \"{word}\"")));
        };
        let arg = match o.has {
            Has::No => {
                if inline.is_some() {
                    return Err(Error::ipt_param(format_args!(
                        "option \"--{}\" doesn't allow an argument",
                        o.name
                    )));
                }
                None
            }
            Has::Optional => inline,
            Has::Required | Has::Two => match inline {
                Some(v) => Some(v),
                None => match self.take_next() {
                    Some(v) => Some(v),
                    None => {
                        // as for an unknown option, iptables first loads the protocol's
                        // match and reads the option again
                        if self.load_proto_match() {
                            return self.long(word, long);
                        }
                        return Err(Error::ipt_param(format_args!(
                            "option \"{word}\" requires an argument"
                        )));
                    }
                },
            },
        };
        match owner {
            // iptables reads -p/-s/-d/-i/-o/-j's value as the last word read: with
            // `--source=x` that is the option's own word.
            Owner::Base if inline_eq(long) && WHOLE_WORD.contains(&(o.id as char)) => {
                self.base(o.id as char, Some(word.to_string()), word)
            }
            Owner::Base => self.base(o.id as char, arg, word),
            Owner::Match(_) | Owner::Target => {
                let inv = std::mem::take(&mut self.inv);
                let value = arg.unwrap_or_default();
                // `Has::Optional`: the next word when it is not an option (rateest's rates)
                let second = if matches!(o.has, Has::Two | Has::Optional) && self.next_word_is_arg()
                {
                    self.take_next()
                } else {
                    None
                };
                let arg = Arg {
                    value: &value,
                    second: second.as_deref(),
                    inv,
                };
                let ctx = self.cmd.rule.ctx(false);
                let ext = match (owner, &mut self.cmd.rule.target) {
                    (Owner::Match(i), _) => &mut self.cmd.rule.matches[i],
                    (_, Target::Ext(e)) => e,
                    _ => return Ok(()),
                };
                ext.parse(&o, arg, &ctx)
            }
        }
    }

    fn shorts(&mut self, word: &str) -> Result<()> {
        // the letters after the dash, each with the rest of the word after it
        let letters = word.get(1..).unwrap_or_default();
        let mut chars = letters.char_indices();
        while let Some((at, c)) = chars.next() {
            let Some(has) = short(c) else {
                return Err(Error::ipt_param(format_args!("unknown option \"{word}\"")));
            };
            let rest = letters.get(at + c.len_utf8()..).unwrap_or_default();
            let arg = match has {
                Has::No => None,
                Has::Optional => {
                    chars = "".char_indices();
                    (!rest.is_empty()).then(|| rest.to_string())
                }
                Has::Required | Has::Two => {
                    chars = "".char_indices();
                    if !rest.is_empty() && WHOLE_WORD.contains(&c) {
                        // the value is the last word read: this one (`-ptcp` is `-ptcp`)
                        Some(word.to_string())
                    } else if !rest.is_empty() {
                        Some(rest.to_string())
                    } else {
                        match self.take_next() {
                            Some(v) => Some(v),
                            None => {
                                return Err(Error::ipt_param(format_args!(
                                    "option \"-{c}\" requires an argument"
                                )))
                            }
                        }
                    }
                }
            };
            self.base(c, arg, word)?;
            if self.cmd.print_only.is_some() || self.cmd.other_family {
                return Ok(());
            }
        }
        Ok(())
    }

    /// Load the match of the `-p` protocol (tcp, udp, icmp, sctp, dccp, esp, ah, ipcomp), once.
    fn load_proto_match(&mut self) -> bool {
        if self.proto_loaded {
            return false;
        }
        let Some((p, _)) = self.cmd.rule.proto else {
            return false;
        };
        let v6 = self.cmd.rule.fam.is_v6();
        let name = match p {
            // ip6tables: the match named after the protocol (58 is ipv6-icmp, icmp6's alias;
            // 135 only by the name `mh`, its other names naming no match)
            58 if v6 => "icmp6",
            135 if v6 && self.proto_word == "mh" => "mh",
            6 => "tcp",
            17 => "udp",
            1 => "icmp",
            132 => "sctp",
            33 => "dccp",
            50 => "esp",
            51 => "ah",
            108 => "ipcomp",
            _ => return false,
        };
        self.proto_loaded = true;
        match ext::find_match(name, self.cmd.rule.fam) {
            Some(d) => {
                self.cmd.rule.matches.push(Ext::new(d));
                true
            }
            None => false,
        }
    }

    fn set_command(&mut self, c: Command) -> Result<()> {
        // -Z goes with one -L or -S; the message names the first command it cannot go with
        let partners = |a: Command, b: Command| {
            let both = [a, b];
            both.contains(&Command::Zero)
                && (both.contains(&Command::List) || both.contains(&Command::ListRules))
        };
        if let Some(&old) = self.cmd.commands.iter().find(|&&old| !partners(old, c)) {
            return Err(Error::ipt_param(format_args!(
                "Cannot use -{} with -{}",
                c.letter(),
                old.letter()
            )));
        }
        self.cmd.commands.push(c);
        Ok(())
    }

    fn use_opt(&mut self, c: char) -> Result<()> {
        if let Some(i) = OPTION_LETTERS.iter().position(|&l| l == c) {
            if self.cmd.used & (1 << i) != 0 && c != 'v' {
                return Err(Error::ipt_param(format_args!(
                    "multiple -{c} flags not allowed"
                )));
            }
            self.cmd.used |= 1 << i;
        }
        Ok(())
    }

    fn rulenum(word: &str) -> Result<u32> {
        // a C int: above 2^31-1 it is no rule number
        match crate::cli::num::strtoul(word.trim_start(), 0)
            .filter(|&n| n <= i32::MAX as u64)
            .and_then(|n| u32::try_from(n).ok())
        {
            Some(n) if n > 0 => Ok(n),
            _ => Err(Error::ipt_param(format_args!(
                "Invalid rule number `{word}'"
            ))),
        }
    }

    /// The optional chain (and rule number) of -L/-S/-Z/-F/-X.
    fn optional_chain(&mut self, arg: Option<String>, number: bool) -> Result<()> {
        let chain = match arg {
            Some(a) => Some(a),
            None if self.next_word_is_arg() => self.take_next(),
            None => None,
        };
        self.cmd.chain = chain;
        if number && self.cmd.chain.is_some() && self.next_word_is_arg() {
            let w = self.take_next().unwrap_or_default();
            self.cmd.rulenum = Some(Self::rulenum(&w)?);
        }
        Ok(())
    }

    fn base(&mut self, c: char, arg: Option<String>, word: &str) -> Result<()> {
        // a flag given twice, and -N's name, are judged before a `!` in front of them
        self.use_opt(if c == 'g' { 'j' } else { c })?;
        if c == 'N' {
            new_chain_name(arg.as_deref().unwrap_or(""), self.cmd.rule.fam)?;
        }
        // `!` before an option it cannot invert: each says so in its own words (a few
        // just drop it)
        if self.inv {
            let word = match c {
                's' | 'd' | 'p' | 'i' | 'o' | 'f' => None,
                'j' | 'g' => Some("cannot have ! before -j".to_string()),
                'c' | 'v' | 'n' | 'x' | '0' => Some(format!("cannot have ! before -{c}")),
                'm' => Some("unexpected ! flag before --match".to_string()),
                't' => Some("unexpected ! flag before --table".to_string()),
                'w' | 'W' | 'M' | '4' | 'h' => {
                    self.inv = false;
                    None
                }
                'V' => {
                    self.cmd.print_only = Some("Not 1.8.9 (nf_tables) ;-)\n".to_string());
                    return Ok(());
                }
                _ => Some("unexpected '!' flag".to_string()),
            };
            if let Some(w) = word {
                return Err(Error::ipt_param(w));
            }
        }
        // the options whose value is optional look at `arg`; the others own it as `a`
        let (arg, a) = if matches!(c, 'L' | 'S' | 'Z' | 'F' | 'X' | 'w' | 'W') {
            (arg, String::new())
        } else {
            (None, arg.unwrap_or_default())
        };
        match c {
            'A' | 'C' | 'I' | 'D' | 'R' | 'N' | 'E' | 'P' => {
                let cmd = match c {
                    'A' => Command::Append,
                    'C' => Command::Check,
                    'I' => Command::Insert,
                    'D' => Command::Delete,
                    'R' => Command::Replace,
                    'N' => Command::NewChain,
                    'E' => Command::Rename,
                    _ => Command::SetPolicy,
                };
                self.set_command(cmd)?;
                self.cmd.chain = Some(a);
                match c {
                    'D' if self.next_word_is_arg() => {
                        let w = self.take_next().unwrap_or_default();
                        self.cmd.rulenum = Some(Self::rulenum(&w)?);
                        if let Some(x) = self.cmd.commands.last_mut() {
                            *x = Command::DeleteNum;
                        }
                    }
                    'I' if self.next_word_is_arg() => {
                        let w = self.take_next().unwrap_or_default();
                        self.cmd.rulenum = Some(Self::rulenum(&w)?);
                    }
                    'R' => {
                        if !self.next_word_is_arg() {
                            return Err(Error::ipt_param("-R requires a rule number"));
                        }
                        let w = self.take_next().unwrap_or_default();
                        self.cmd.rulenum = Some(Self::rulenum(&w)?);
                    }
                    'E' => {
                        if !self.next_word_is_arg() {
                            return Err(Error::ipt_param(
                                "-E requires old-chain-name and new-chain-name",
                            ));
                        }
                        self.cmd.newname = self.take_next();
                    }
                    'P' => {
                        if !self.next_word_is_arg() {
                            return Err(Error::ipt_param("-P requires a chain and a policy"));
                        }
                        self.cmd.policy = self.take_next();
                    }
                    _ => {}
                }
            }
            'L' | 'S' | 'Z' => {
                let cmd = match c {
                    'L' => Command::List,
                    'S' => Command::ListRules,
                    _ => Command::Zero,
                };
                self.set_command(cmd)?;
                // With -L/-S, -Z takes no chain of its own.
                if !(c == 'Z' && self.cmd.commands.len() > 1) {
                    self.optional_chain(arg, true)?;
                    if c == 'Z' && self.cmd.rulenum.is_some() {
                        if let Some(x) = self.cmd.commands.last_mut() {
                            *x = Command::ZeroNum;
                        }
                    }
                }
            }
            'F' | 'X' => {
                self.set_command(if c == 'F' {
                    Command::Flush
                } else {
                    Command::DelChain
                })?;
                self.optional_chain(arg, false)?;
            }
            'V' => {
                self.cmd.print_only =
                    Some(format!("{} v1.8.9 (nf_tables)\n", crate::error::IPT_NAME));
            }
            'h' => {
                // The match named as the protocol was (not by its number) counts when no
                // match was loaded.
                if self.cmd.rule.matches.is_empty() && self.cmd.rule.proto.is_some() {
                    let word = &self.proto_word;
                    let name = ext::icmp6::alias(word).unwrap_or(word);
                    if let Some(d) = ext::find_match(name, self.cmd.rule.fam) {
                        self.cmd.rule.matches.push(Ext::new(d));
                    }
                }
                let target = self.cmd.rule.target.ext().map(|e| e.def);
                let matches = self.cmd.rule.matches.iter().map(|m| m.def);
                self.cmd.print_only = Some(super::help::text(self.cmd.rule.fam, target, matches));
            }
            't' => {
                self.cmd.table = Some(a);
            }
            's' | 'd' => {
                let inv = std::mem::take(&mut self.inv);
                if c == 's' {
                    self.cmd.src_word = Some(a);
                    self.cmd.rule.src = Some((Net::any(self.cmd.rule.fam), inv));
                } else {
                    self.cmd.dst_word = Some(a);
                    self.cmd.rule.dst = Some((Net::any(self.cmd.rule.fam), inv));
                }
            }
            'p' => {
                let inv = std::mem::take(&mut self.inv);
                let p = protocol(&a)?;
                self.proto_word = a.to_ascii_lowercase();
                if p == 0 && inv {
                    return Err(Error::ipt_param("rule would never match protocol"));
                }
                // ip6tables: the extension headers are no layer 4 protocol (said the
                // moment -p is read)
                if self.cmd.rule.fam == Fam::V6 && !inv && matches!(p, 43 | 44 | 51 | 60) {
                    let _ = std::io::Write::write_all(
                        &mut std::io::stderr(),
                        format!(
                            "Warning: never matched protocol: {}. use extension match instead.\n",
                            a.to_ascii_lowercase()
                        )
                        .as_bytes(),
                    );
                }
                self.cmd.rule.proto = (p != 0 || inv).then_some((p, inv));
            }
            'i' | 'o' => {
                let inv = std::mem::take(&mut self.inv);
                ext::check_iface_len(&a)?;
                if a.contains(['/', ' ']) {
                    // said the moment the option is read, whatever comes after it
                    let _ = std::io::Write::write_all(
                        &mut std::io::stderr(),
                        format!("Warning: weird character in interface `{a}' ('/' and ' ' are not allowed by the kernel).\n").as_bytes(),
                    );
                }
                let iface = Some(Iface { name: a, inv });
                if c == 'i' {
                    self.cmd.rule.iif = iface;
                } else {
                    self.cmd.rule.oif = iface;
                }
            }
            'f' => {
                if self.cmd.rule.fam == Fam::V6 {
                    return Err(Error::ipt_param(
                        "`-f' is not supported in IPv6, use -m frag instead",
                    ));
                }
                let inv = std::mem::take(&mut self.inv);
                self.cmd.rule.frag = Some(!inv);
            }
            'j' | 'g' => {
                if a.is_empty() {
                    return Err(Error::ipt_param("Invalid target name (too short)"));
                }
                if a.len() > 28 {
                    return Err(Error::ipt_param(format_args!(
                        "Invalid target name `{a}' (28 chars max)"
                    )));
                }
                if a.bytes().any(|b| b.is_ascii_whitespace() || b == 0x0b) {
                    return Err(Error::ipt_param(format_args!("Invalid target name `{a}'")));
                }
                self.target_at = self.cmd.rule.matches.len();
                if c == 'g' {
                    self.cmd.jump = Some((a.clone(), true));
                    self.cmd.rule.target = Target::Verdict(ext::verdict::Verdict::Goto(a));
                    return Ok(());
                }
                self.cmd.rule.target = match (
                    ext::find_target(&a, self.cmd.rule.fam),
                    ext::verdict::Verdict::named(&a),
                ) {
                    (Some(d), _) => {
                        d.load();
                        Target::Ext(Ext::new(d))
                    }
                    (None, Some(v)) => Target::Verdict(v),
                    (None, None) => {
                        self.cmd.jump = Some((a.clone(), false));
                        Target::Verdict(ext::verdict::Verdict::Jump(a))
                    }
                };
            }
            'm' => match ext::find_match(ext::icmp6::alias(&a).unwrap_or(&a), self.cmd.rule.fam) {
                Some(d) => {
                    d.load();
                    self.cmd.rule.matches.push(Ext::new(d))
                }
                None => {
                    return Err(Error::ipt_ext_param(format_args!(
                        "Couldn't load match `{}':No such file or directory",
                        ext::icmp6::alias(&a).unwrap_or(&a)
                    )))
                }
            },
            'n' => {
                self.cmd.numeric = true;
            }
            'v' => {
                self.cmd.verbose += 1;
            }
            'x' => {
                self.cmd.exact = true;
            }
            '0' => {
                self.cmd.line_numbers = true;
            }
            'c' => {
                if !self.next_word_is_arg() {
                    return Err(Error::ipt_param("-c requires packet and byte counter"));
                }
                let bytes = self.take_next().unwrap_or_default();
                // sscanf("%llu"): a decimal number at the start of the word
                let count = crate::cli::num::scan_ull;
                let p =
                    count(&a).ok_or_else(|| Error::ipt_param("-c packet counter not numeric"))?;
                let b =
                    count(&bytes).ok_or_else(|| Error::ipt_param("-c byte counter not numeric"))?;
                self.cmd.counters = Some((p, b));
            }
            'w' | 'W' => {
                let value = match arg {
                    Some(v) => Some(v),
                    None if self.next_word_is_arg() => self.take_next(),
                    None => None,
                };
                if c == 'W' {
                    if value.is_none() {
                        return Err(Error::ipt_param("wait interval value required"));
                    }
                    self.cmd.wait_interval = true;
                } else {
                    self.cmd.wait = true;
                }
                if let Some(v) = value {
                    // sscanf("%i"): a number (any C base) at the start of the word
                    if crate::cli::num::strtoul_prefix(&v, 0).is_none() {
                        return Err(Error::ipt_param(if c == 'w' {
                            "wait seconds not numeric"
                        } else {
                            "wait interval not numeric"
                        }));
                    }
                }
            }
            'M' | 'b' => {}
            // the other family's flag: only the `Try` line
            '4' | '6' if (c == '6') == (self.cmd.rule.fam == Fam::V6) => {}
            '4' | '6' => self.cmd.other_family = true,
            _ => {
                return Err(Error::ipt_param(format_args!("unknown option \"{word}\"")));
            }
        }
        Ok(())
    }

    /// The checks after the whole line: a command, legal options, extension checks,
    /// addresses resolved.
    fn finish(&mut self) -> Result<()> {
        // in iptables' order: -W, the extensions' own checks, a command, `!`, legal options
        if self.cmd.wait_interval {
            let mut e = Error::ipt_ext_param("--wait-interval only makes sense with --wait");
            if self.cmd.wait {
                e.text.clear();
                e.code = 0;
            }
            e.text
                .insert_str(0, "Ignoring deprecated --wait-interval option.\n");
            if !self.cmd.wait {
                return Err(e);
            }
            self.cmd.warning = Some(e.text);
        }
        let ctx = self.cmd.rule.ctx(false);
        for m in &self.cmd.rule.matches {
            m.check(&ctx)?;
        }
        if let Target::Ext(t) = &self.cmd.rule.target {
            t.check(&ctx)?;
        }
        if self.extra_words {
            return Err(Error::ipt_param("unknown arguments found on commandline"));
        }
        if self.cmd.commands.is_empty() {
            return Err(Error::ipt_param("no command specified"));
        }
        if self.inv {
            return Err(Error::ipt_param("nothing appropriate following !"));
        }
        for (i, letter) in OPTION_LETTERS.iter().enumerate() {
            if self.cmd.used & (1 << i) == 0 {
                continue;
            }
            let legal = self.cmd.commands.iter().any(|c| c.illegal()[i] != b'x');
            if !legal {
                return Err(Error::ipt_param(format_args!(
                    "Illegal option `-{letter}' with this command"
                )));
            }
        }
        for m in &self.cmd.rule.matches {
            ext::ports::check_proto(m, &ctx)?;
        }
        if let Some(w) = self.cmd.src_word.take() {
            self.cmd.srcs = addresses(&w, self.cmd.rule.fam)?;
        }
        if let Some(w) = self.cmd.dst_word.take() {
            self.cmd.dsts = addresses(&w, self.cmd.rule.fam)?;
        }
        if self.cmd.commands.first() == Some(&Command::Replace)
            && (self.cmd.srcs.len() > 1 || self.cmd.dsts.len() > 1)
        {
            return Err(Error::ipt_param(
                "Replacement rule does not specify a unique address",
            ));
        }
        let inv = |a: &Option<(Net, bool)>| a.is_some_and(|(_, i)| i);
        if (inv(&self.cmd.rule.src) && self.cmd.srcs.len() > 1)
            || (inv(&self.cmd.rule.dst) && self.cmd.dsts.len() > 1)
        {
            return Err(Error::ipt_param(
                "! not allowed with multiple source or destination IP addresses",
            ));
        }
        Ok(())
    }
}

/// The options whose value iptables takes as the last word getopt read (the option's own
/// word when the value is attached to it).
const WHOLE_WORD: &[char] = &['p', 's', 'd', 'i', 'o', 'j'];

fn inline_eq(long: &str) -> bool {
    long.contains('=')
}

/// `-p`: a name iptables knows, a name in /etc/protocols, or a number; `all` is 0.
pub fn protocol(word: &str) -> Result<u8> {
    let lower = word.to_ascii_lowercase();
    if lower == "all" {
        return Ok(0);
    }
    if let Some(n) = crate::cli::num::strtoul(word, 0) {
        return u8::try_from(n)
            .map_err(|_| Error::ipt_param(format_args!("unknown protocol \"{lower}\" specified")));
    }
    if let Some((_, n)) = PROTOS.iter().find(|(s, _)| *s == lower) {
        return Ok(*n);
    }
    services::proto_number(&lower)
        .ok_or_else(|| Error::ipt_param(format_args!("unknown protocol \"{lower}\" specified")))
}

/// The name `-N` is given, checked as iptables checks it the moment it reads the option
/// (before the words after it).
pub fn new_chain_name(name: &str, fam: Fam) -> Result<()> {
    if name.len() > 28 {
        return Err(Error::ipt_param(format_args!(
            "chain name `{name}' too long (must be under 29 chars)"
        )));
    }
    if let Some(c @ ('-' | '!')) = name.chars().next() {
        return Err(Error::ipt_param(format_args!(
            "chain name not allowed to start with `{c}'"
        )));
    }
    let verdict = ext::verdict::Verdict::named(name).is_some();
    if ext::find_target(name, fam).is_some() || verdict || name == "QUEUE" {
        return Err(Error::ipt_param(
            "chain name may not clash with target name",
        ));
    }
    if name.is_empty() || name.chars().any(|c| c.is_whitespace()) {
        return Err(Error::ipt_param(format_args!(
            "Invalid chain name `{name}'"
        )));
    }
    Ok(())
}
