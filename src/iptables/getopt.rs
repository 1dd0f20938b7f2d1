//! getopt_long as iptables uses it: long options match exactly or by an unambiguous prefix
//! of the options known at that point (the base ones and those of the extensions loaded so
//! far), an argument after `=` or in the next word.

/// Whether an option takes an argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Has {
    No,
    Required,
    Optional,
    /// An argument and, when it is not an option, the word after it too (`--tcp-flags M C`).
    Two,
}

/// Generic option flags (`Opt::flags`), checked (by `ext::Ext`) before an extension's parser
/// sees the option or after the line, with iptables' own words.
pub const ONCE: u8 = 1;
pub const NO_INV: u8 = 2;
pub const MAND: u8 = 4;
/// A target's option that takes a `!` (and ignores it, as SET's do); no other target's does.
pub const INV: u8 = 8;

/// A long option: its name, argument, the id its owner knows it by, and the generic
/// checks iptables makes of an extension's option (`ext::ONCE`, `NO_INV`, `MAND`; `excl`:
/// the ids of the options it cannot be used with).
#[derive(Debug, Clone, Copy)]
pub struct Opt {
    pub name: &'static str,
    pub has: Has,
    pub id: u8,
    pub flags: u8,
    pub excl: u64,
    /// The ids of the options it needs.
    pub also: u64,
}

pub const fn opt(name: &'static str, has: Has, id: u8) -> Opt {
    Opt {
        name,
        has,
        id,
        flags: 0,
        excl: 0,
        also: 0,
    }
}

impl Opt {
    /// Given at most once.
    pub const fn once(mut self) -> Opt {
        self.flags |= ONCE;
        self
    }
    /// Refused after `!`.
    pub const fn no_inv(mut self) -> Opt {
        self.flags |= NO_INV;
        self
    }
    /// Required.
    pub const fn inv(mut self) -> Opt {
        self.flags |= INV;
        self
    }
    pub const fn mand(mut self) -> Opt {
        self.flags |= MAND;
        self
    }
    /// Not together with the options of these ids (refused when it is read).
    pub const fn excl(mut self, ids: &[u8]) -> Opt {
        self.excl |= bits(ids);
        self
    }
    /// Needs the options of these ids (checked after the line).
    pub const fn also(mut self, ids: &[u8]) -> Opt {
        self.also |= bits(ids);
        self
    }
}

const fn bits(ids: &[u8]) -> u64 {
    let mut b = 0;
    let mut i = 0;
    while i < ids.len() {
        b |= 1u64 << (ids[i] & 63);
        i += 1;
    }
    b
}

/// Which of `sets` (lists of options, in order) holds the option `word` names: an exact
/// name, or a prefix of exactly one option (prefixes of several options that are the same
/// option of the same owner are not ambiguous). Returns (set index, option).
pub fn find<'a>(word: &str, sets: impl IntoIterator<Item = &'a [Opt]>) -> Option<(usize, Opt)> {
    let mut hit: Option<(usize, Opt)> = None;
    let mut ambiguous = false;
    for (i, set) in sets.into_iter().enumerate() {
        for o in set.iter() {
            if o.name == word {
                return Some((i, *o));
            }
            if o.name.starts_with(word) {
                match hit {
                    None => hit = Some((i, *o)),
                    Some((j, h)) if j == i && h.id == o.id && h.has == o.has => {}
                    Some(_) => ambiguous = true,
                }
            }
        }
    }
    if ambiguous {
        None
    } else {
        hit
    }
}

/// A short option's argument: none, required, or the next word when it is a number
/// (iptables' `-w [seconds]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Short {
    No,
    Required,
    NextNumber,
}

/// What [`getopt_long`] read.
pub enum Read {
    /// Every word was read: these were not options.
    Done(Vec<String>),
    /// `on` asked to stop (-V, -h).
    Stopped,
}

/// getopt_long as iptables-save and iptables-restore read their words: long options by a
/// unique prefix (`--name=value` or `--name value`), clusters of short options (`-ct nat`,
/// `-tnat`), `--` ending the options. Each option goes to `on(letter, argument)`, which
/// returns true to stop. A complaint comes back as getopt's text (without the program name).
pub fn getopt_long(
    words: &[String],
    long: &[Opt],
    short: &[(char, Short)],
    on: &mut dyn FnMut(char, Option<String>) -> bool,
) -> Result<Read, String> {
    let kind = |c: char| short.iter().find(|(s, _)| *s == c).map(|(_, k)| *k);
    // -w/-W (short or long, last of their word) take the next word when it is a number
    let number_next = |i: usize| {
        words
            .get(i)
            .is_some_and(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut loose: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        i += 1;
        if w == "--" {
            loose.extend(words[i..].iter().cloned());
            break;
        } else if let Some(name) = w.strip_prefix("--") {
            let (name, inline) = match name.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (name, None),
            };
            let Some((_, o)) = find(name, [long]) else {
                let mut all = long.iter().filter(|o| o.name.starts_with(name)).peekable();
                if name.is_empty() || all.peek().is_none() {
                    return Err(format!("unrecognized option '{w}'"));
                }
                let mut text = format!("option '--{name}' is ambiguous; possibilities:");
                for o in all {
                    text.push_str(&format!(" '--{}'", o.name));
                }
                return Err(text);
            };
            let c = char::from(o.id);
            let arg = match (o.has, inline) {
                (Has::No, Some(_)) => {
                    return Err(format!("option '--{}' doesn't allow an argument", o.name))
                }
                (Has::Required, None) => match words.get(i) {
                    Some(v) => {
                        i += 1;
                        Some(v.clone())
                    }
                    None => return Err(format!("option '--{}' requires an argument", o.name)),
                },
                (_, inline) => inline,
            };
            if arg.is_none() && kind(c) == Some(Short::NextNumber) && number_next(i) {
                i += 1;
            }
            if on(c, arg) {
                return Ok(Read::Stopped);
            }
        } else if let Some(cluster) = w.strip_prefix('-').filter(|c| !c.is_empty()) {
            for (at, c) in cluster.char_indices() {
                let Some(k) = kind(c) else {
                    return Err(format!("invalid option -- '{c}'"));
                };
                let rest = &cluster[at + c.len_utf8()..];
                if k != Short::Required {
                    if k == Short::NextNumber && rest.is_empty() && number_next(i) {
                        i += 1;
                    }
                    if on(c, None) {
                        return Ok(Read::Stopped);
                    }
                    continue;
                }
                let arg = if !rest.is_empty() {
                    rest.to_string()
                } else if let Some(v) = words.get(i) {
                    i += 1;
                    v.clone()
                } else {
                    return Err(format!("option requires an argument -- '{c}'"));
                };
                if on(c, Some(arg)) {
                    return Ok(Read::Stopped);
                }
                break;
            }
        } else {
            loose.push(w.clone());
        }
    }
    Ok(Read::Done(loose))
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &[Opt] = &[
        opt("list", Has::Optional, b'L'),
        opt("list-rules", Has::Optional, b'S'),
        opt("line-numbers", Has::No, b'0'),
        opt("source", Has::Required, b's'),
        opt("src", Has::Required, b's'),
    ];
    const B: &[Opt] = &[
        opt("dport", Has::Required, 1),
        opt("sport", Has::Required, 2),
    ];

    #[test]
    fn prefixes() {
        assert_eq!(find("list", [A]).map(|(_, o)| o.id), Some(b'L'));
        assert!(find("li", [A]).is_none(), "ambiguous");
        assert_eq!(find("list-", [A]).map(|(_, o)| o.id), Some(b'S'));
        assert_eq!(
            find("s", [A]).map(|(_, o)| o.id),
            Some(b's'),
            "same option twice"
        );
        assert_eq!(find("dp", [A, B]).map(|(i, o)| (i, o.id)), Some((1, 1)));
        assert!(find("so", [A, B]).is_some());
        assert!(find("nope", [A, B]).is_none());
    }
}
