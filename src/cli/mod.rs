//! iproute2-style argument handling: a cursor over argv, `matches()` prefix keywords, the
//! reference's standard complaints (`NEXT_ARG`, `invarg`, `duparg`, ...), `on_off`/`one_of`,
//! C number parsing ([`num`]) and shell patterns ([`glob`]).

pub mod glob;
pub mod num;

use crate::error::Error;
use std::ffi::OsString;

/// True when `arg` is a non-empty prefix of `keyword` (iproute2's `matches()`).
/// Ambiguity is never an error: callers test keywords in the reference's table order.
pub fn matches(arg: &str, keyword: &str) -> bool {
    !arg.is_empty() && keyword.starts_with(arg)
}

/// First entry of `table` (in order) that `arg` is a prefix of.
pub fn lookup<T: Copy>(arg: &str, table: &[(&str, T)]) -> Option<T> {
    table
        .iter()
        .find(|(kw, _)| matches(arg, kw))
        .map(|&(_, v)| v)
}

/// The value of the entry of `table` named exactly `arg`.
pub fn lookup_exact<T: Copy>(arg: &str, table: &[(&str, T)]) -> Option<T> {
    table.iter().find(|(kw, _)| *kw == arg).map(|&(_, v)| v)
}

/// A cursor over the remaining words of a command line.
#[derive(Debug, Clone, Default)]
pub struct Args {
    words: Vec<String>,
    raw: Vec<OsString>,
    pos: usize,
}

impl Args {
    pub fn new(raw: Vec<OsString>) -> Args {
        let words = raw
            .iter()
            .map(|w| w.to_string_lossy().into_owned())
            .collect();
        Args { words, raw, pos: 0 }
    }

    pub fn from_strs<S: AsRef<str>>(words: &[S]) -> Args {
        Args::new(words.iter().map(|w| OsString::from(w.as_ref())).collect())
    }

    /// The current word, if any.
    pub fn peek(&self) -> Option<&str> {
        self.words.get(self.pos).map(String::as_str)
    }

    /// Take the current word.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<&str> {
        let w = self.words.get(self.pos)?;
        self.pos += 1;
        Some(w.as_str())
    }

    /// iproute2's `NEXT_ARG()`: the value that must follow a keyword.
    pub fn value(&mut self) -> Result<&str, Error> {
        if self.pos >= self.words.len() {
            return Err(incomplete());
        }
        self.pos += 1;
        Ok(self.words[self.pos - 1].as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.pos >= self.words.len()
    }

    pub fn len(&self) -> usize {
        self.words.len() - self.pos.min(self.words.len())
    }

    /// The remaining words, untouched (for `exec`).
    pub fn rest_raw(&self) -> &[OsString] {
        &self.raw[self.pos.min(self.raw.len())..]
    }

    /// The remaining words as text (bytes that are not UTF-8 become U+FFFD).
    pub fn rest_lossy(&self) -> Vec<String> {
        self.rest_raw()
            .iter()
            .map(|w| w.to_string_lossy().into_owned())
            .collect()
    }
}

/// `Command line is not complete. Try option "help"` (exit 255).
pub fn incomplete() -> Error {
    Error::ip_usage("Command line is not complete. Try option \"help\"")
}

/// `Error: argument "ARG" is wrong: WHAT` (exit 255).
pub fn invarg(what: &str, arg: &str) -> Error {
    Error::ip_usage(format_args!("Error: argument \"{arg}\" is wrong: {what}"))
}

/// `Error: duplicate "KEY": "ARG" is the second value.` (exit 255).
pub fn duparg(key: &str, arg: &str) -> Error {
    Error::ip_usage(format_args!(
        "Error: duplicate \"{key}\": \"{arg}\" is the second value."
    ))
}

/// `Error: either "KEY" is duplicate, or "ARG" is a garbage.` (exit 255).
pub fn duparg2(key: &str, arg: &str) -> Error {
    Error::ip_usage(format_args!(
        "Error: either \"{key}\" is duplicate, or \"{arg}\" is a garbage."
    ))
}

/// `Error: argument of "KEY" must be "on" or "off", not "V"` (exit 1): iproute2's `parse_on_off`.
pub fn on_off(key: &str, v: &str) -> Result<bool, Error> {
    match v {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(Error::ip_fail(format_args!(
            "Error: argument of \"{key}\" must be \"on\" or \"off\", not \"{v}\""
        ))),
    }
}

/// iproute2's `parse_one_of`: the index of the first of `words` that `v` is a prefix of,
/// else `Error: argument of "KEY" must be one of "A", "B", not "V"` (exit 22).
pub fn one_of(key: &str, v: &str, words: &[&str]) -> Result<usize, Error> {
    words.iter().position(|w| matches(v, w)).ok_or_else(|| {
        let list: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
        Error::ip_einval(format_args!(
            "Error: argument of \"{key}\" must be one of {}, not \"{v}\"",
            list.join(", ")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_is_prefix_and_never_empty() {
        assert!(matches("l", "link"));
        assert!(matches("link", "link"));
        assert!(!matches("links", "link"));
        assert!(!matches("", "link"));
    }

    #[test]
    fn lookup_takes_first_in_order() {
        let t = [("set", 1), ("show", 2)];
        assert_eq!(lookup("s", &t), Some(1));
        assert_eq!(lookup("sh", &t), Some(2));
        assert_eq!(lookup("x", &t), None);
    }

    #[test]
    fn value_reports_incomplete() {
        let mut a = Args::from_strs(&["dev"]);
        assert_eq!(a.next(), Some("dev"));
        assert_eq!(a.value().unwrap_err(), incomplete());
    }
}
