//! iproute2-style argument handling: a cursor over argv, `matches()` prefix keywords and the
//! reference's standard complaints (`NEXT_ARG`, `invarg`, `duparg`, ...).

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
}

/// `Command line is not complete. Try option "help"` (exit 255).
pub fn incomplete() -> Error {
    Error::msg(255, "Command line is not complete. Try option \"help\"")
}

/// `Error: argument "ARG" is wrong: WHAT` (exit 255).
pub fn invarg(what: &str, arg: &str) -> Error {
    Error::msg(
        255,
        format_args!("Error: argument \"{arg}\" is wrong: {what}"),
    )
}

/// `Error: duplicate "KEY": "ARG" is the second value.` (exit 255).
pub fn duparg(key: &str, arg: &str) -> Error {
    Error::msg(
        255,
        format_args!("Error: duplicate \"{key}\": \"{arg}\" is the second value."),
    )
}

/// `Error: either "KEY" is duplicate, or "ARG" is a garbage.` (exit 255).
pub fn duparg2(key: &str, arg: &str) -> Error {
    Error::msg(
        255,
        format_args!("Error: either \"{key}\" is duplicate, or \"{arg}\" is a garbage."),
    )
}

/// Parse an unsigned integer the way strtoul(…, 0) does for iproute2's get_unsigned:
/// decimal, 0x hex or leading-0 octal, whole string, no sign.
pub fn parse_u32(s: &str) -> Option<u32> {
    parse_u64(s).and_then(|v| u32::try_from(v).ok())
}

pub fn parse_u64(s: &str) -> Option<u64> {
    if s.is_empty() || s.starts_with('-') || s.starts_with('+') {
        return None;
    }
    let (digits, radix) = if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (h, 16)
    } else if s.len() > 1 && s.starts_with('0') {
        (&s[1..], 8)
    } else {
        (s, 10)
    };
    if digits.is_empty() {
        return None;
    }
    u64::from_str_radix(digits, radix).ok()
}

/// strtol(…, 0) on the whole string, for signed values.
pub fn parse_i32(s: &str) -> Option<i32> {
    match s.strip_prefix('-') {
        Some(rest) => parse_u64(rest)
            .and_then(|v| i64::try_from(v).ok())
            .and_then(|v| i32::try_from(-v).ok()),
        None => parse_u64(s.strip_prefix('+').unwrap_or(s)).and_then(|v| i32::try_from(v).ok()),
    }
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

    #[test]
    fn numbers_like_strtoul() {
        assert_eq!(parse_u32("10"), Some(10));
        assert_eq!(parse_u32("0x10"), Some(16));
        assert_eq!(parse_u32("010"), Some(8));
        assert_eq!(parse_u32("0"), Some(0));
        assert_eq!(parse_u32("-1"), None);
        assert_eq!(parse_u32("1a"), None);
        assert_eq!(parse_u32("4294967296"), None);
        assert_eq!(parse_i32("-1"), Some(-1));
    }
}
