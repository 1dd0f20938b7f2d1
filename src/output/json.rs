//! A streaming JSON writer that lays text out exactly as iproute2 6.1 does.
//!
//! The rules were measured by running `ip -j` and `ip -j -p` (see the tests in
//! `output/mod.rs`, which hold the recorded strings):
//!
//! * compact: no whitespace at all; the document ends with `"\n"` (written by the printer);
//! * pretty: every object member starts on its own line, indented 4 spaces per open
//!   container (the top-level array counts), and is written `"key": value`;
//!   a non-empty object closes with a newline, the parent's indent and `}`;
//!   an empty object is `{}`;
//! * pretty arrays open with `"[ "` and their elements follow on the same line, separated
//!   by a bare `,` (`[ "UP","LOWER_UP" ]`, `[ {` … `},{` … `} ]`); a non-empty array closes
//!   with `" ]"`, an empty one with `"]"` (so `[ ]`);
//! * strings: only `"` `\` and the control characters `\b \f \n \r \t` are escaped; every other
//!   byte (other control characters, DEL, non-ASCII, even invalid UTF-8) is copied as is.

use std::fmt;
use std::io::{self, Write};

/// A value that can be written as one JSON scalar.
pub trait JsonValue {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()>;
}

/// JSON `null`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Null;

impl JsonValue for Null {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(b"null")
    }
}

impl JsonValue for str {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        write_string(w, self.as_bytes())
    }
}

impl JsonValue for String {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        write_string(w, self.as_bytes())
    }
}

/// Raw bytes as a JSON string, copied like iproute2 does (no UTF-8 check).
impl JsonValue for [u8] {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        write_string(w, self)
    }
}

impl JsonValue for bool {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(if *self { b"true" } else { b"false" })
    }
}

impl JsonValue for char {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        let mut buf = [0u8; 4];
        write_string(w, self.encode_utf8(&mut buf).as_bytes())
    }
}

/// The decimal digits of a number (after a minus sign when `negative`), written without the
/// formatting machinery: numbers are most of what a big JSON dump holds.
fn write_decimal<W: Write + ?Sized>(w: &mut W, negative: bool, mut v: u64) -> io::Result<()> {
    let mut buf = [0u8; 21];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if negative {
        i -= 1;
        buf[i] = b'-';
    }
    w.write_all(&buf[i..])
}

macro_rules! json_unsigned {
    ($($t:ty),*) => {$(
        impl JsonValue for $t {
            fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
                write_decimal(w, false, *self as u64)
            }
        }
    )*};
}
json_unsigned!(u8, u16, u32, u64, usize);

macro_rules! json_signed {
    ($($t:ty),*) => {$(
        impl JsonValue for $t {
            fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
                let v = *self as i64;
                write_decimal(w, v < 0, v.unsigned_abs())
            }
        }
    )*};
}
json_signed!(i8, i16, i32, i64, isize);

macro_rules! json_display_string {
    ($($t:ty),*) => {$(
        /// Written as a string through its `Display` (addresses never need escaping).
        impl JsonValue for $t {
            fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
                write!(w, "\"{}\"", self)
            }
        }
    )*};
}
json_display_string!(std::net::IpAddr, std::net::Ipv4Addr, std::net::Ipv6Addr);

impl<T: JsonValue + ?Sized> JsonValue for &T {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        (**self).write_json(w)
    }
}

/// `None` is written as `null`.
impl<T: JsonValue> JsonValue for Option<T> {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        match self {
            Some(v) => v.write_json(w),
            None => w.write_all(b"null"),
        }
    }
}

/// Any `Display` value written as an escaped JSON string, without building a `String`.
#[derive(Clone, Copy, Debug)]
pub struct Disp<T>(pub T);

impl<T: fmt::Display> fmt::Display for Disp<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: fmt::Display> JsonValue for Disp<T> {
    fn write_json<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        struct Esc<'a, W: Write + ?Sized> {
            w: &'a mut W,
            err: Option<io::Error>,
        }
        impl<W: Write + ?Sized> fmt::Write for Esc<'_, W> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                write_escaped(self.w, s.as_bytes()).map_err(|e| {
                    self.err = Some(e);
                    fmt::Error
                })
            }
        }
        w.write_all(b"\"")?;
        let mut esc = Esc {
            w: &mut *w,
            err: None,
        };
        if fmt::write(&mut esc, format_args!("{}", self.0)).is_err() {
            return Err(esc
                .err
                .unwrap_or_else(|| io::Error::other("formatter error")));
        }
        w.write_all(b"\"")
    }
}

/// Writes `"…"` with iproute2's escaping.
pub fn write_string<W: Write + ?Sized>(w: &mut W, s: &[u8]) -> io::Result<()> {
    w.write_all(b"\"")?;
    write_escaped(w, s)?;
    w.write_all(b"\"")
}

/// Writes the inside of a JSON string: runs of plain bytes go out in one call.
pub fn write_escaped<W: Write + ?Sized>(w: &mut W, s: &[u8]) -> io::Result<()> {
    let mut start = 0;
    for (i, &b) in s.iter().enumerate() {
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            _ => continue,
        };
        if start < i {
            w.write_all(&s[start..i])?;
        }
        w.write_all(esc)?;
        start = i + 1;
    }
    if start < s.len() {
        w.write_all(&s[start..])?;
    }
    Ok(())
}

const SPACES: &[u8; 64] = b"                                                                ";

fn indent<W: Write + ?Sized>(w: &mut W, n: usize) -> io::Result<()> {
    let mut left = n;
    while left > 0 {
        let k = left.min(SPACES.len());
        w.write_all(&SPACES[..k])?;
        left -= k;
    }
    Ok(())
}

/// Nesting state of the JSON document being streamed. No allocation: one bit per level
/// says "array", one says "has members"; levels deeper than 64 are written as if they
/// were empty objects (never happens with ip's output, and never panics).
#[derive(Clone, Copy, Debug, Default)]
pub struct JsonState {
    pretty: bool,
    depth: u32,
    arrays: u64,
    nonempty: u64,
}

impl JsonState {
    pub fn new(pretty: bool) -> Self {
        JsonState {
            pretty,
            ..Default::default()
        }
    }

    /// Number of open containers.
    pub fn depth(&self) -> u32 {
        self.depth
    }

    fn bit(depth: u32) -> u64 {
        match depth {
            1..=64 => 1u64 << (depth - 1),
            _ => 0,
        }
    }

    fn in_array(&self) -> bool {
        self.arrays & Self::bit(self.depth) != 0
    }

    /// Separator, line break/indent and `"key":` before a new member of the current container.
    pub fn member<W: Write + ?Sized>(&mut self, w: &mut W, key: Option<&str>) -> io::Result<()> {
        if self.depth > 0 {
            let bit = Self::bit(self.depth);
            if self.nonempty & bit != 0 {
                w.write_all(b",")?;
            }
            self.nonempty |= bit;
            // a member with a name always starts a line (even inside an array, where
            // `ip -d -j -p tuntap` puts `"name"`/`"pid"` pairs)
            if self.pretty && (!self.in_array() || key.is_some()) {
                w.write_all(b"\n")?;
                indent(w, 4 * self.depth as usize)?;
            }
        }
        if let Some(k) = key {
            write_string(w, k.as_bytes())?;
            w.write_all(if self.pretty { b": " } else { b":" })?;
        }
        Ok(())
    }

    /// One member: `"key":value`, or a bare value when `key` is `None`.
    pub fn value<W: Write + ?Sized, V: JsonValue + ?Sized>(
        &mut self,
        w: &mut W,
        key: Option<&str>,
        v: &V,
    ) -> io::Result<()> {
        self.member(w, key)?;
        v.write_json(w)
    }

    /// Opens an object (`array == false`) or an array as a member of the current container.
    pub fn open<W: Write + ?Sized>(
        &mut self,
        w: &mut W,
        key: Option<&str>,
        array: bool,
    ) -> io::Result<()> {
        self.member(w, key)?;
        w.write_all(match (array, self.pretty) {
            (true, true) => b"[ ",
            (true, false) => b"[",
            (false, _) => b"{",
        })?;
        self.depth = self.depth.saturating_add(1);
        let bit = Self::bit(self.depth);
        self.nonempty &= !bit;
        if array {
            self.arrays |= bit;
        } else {
            self.arrays &= !bit;
        }
        Ok(())
    }

    /// Closes the innermost container (no-op when none is open).
    pub fn close<W: Write + ?Sized>(&mut self, w: &mut W) -> io::Result<()> {
        if self.depth == 0 {
            return Ok(());
        }
        let bit = Self::bit(self.depth);
        let array = self.arrays & bit != 0;
        let nonempty = self.nonempty & bit != 0;
        self.depth -= 1;
        match (array, self.pretty && nonempty) {
            (true, true) => w.write_all(b" ]"),
            (true, false) => w.write_all(b"]"),
            (false, true) => {
                w.write_all(b"\n")?;
                indent(w, 4 * self.depth as usize)?;
                w.write_all(b"}")
            }
            (false, false) => w.write_all(b"}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_decimal() {
        let mut w = Vec::new();
        for v in [0i64, 7, -1, i64::MIN, i64::MAX] {
            v.write_json(&mut w).unwrap();
            w.push(b' ');
        }
        u64::MAX.write_json(&mut w).unwrap();
        w.push(b' ');
        (-128i8).write_json(&mut w).unwrap();
        assert_eq!(
            String::from_utf8(w).unwrap(),
            "0 7 -1 -9223372036854775808 9223372036854775807 18446744073709551615 -128"
        );
    }

    fn json<V: JsonValue + ?Sized>(v: &V) -> String {
        let mut out = Vec::new();
        v.write_json(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn scalars() {
        assert_eq!(json(&0u8), "0");
        assert_eq!(json(&u64::MAX), "18446744073709551615");
        assert_eq!(json(&-5i32), "-5");
        assert_eq!(json(&i64::MIN), "-9223372036854775808");
        assert_eq!(json(&true), "true");
        assert_eq!(json(&false), "false");
        assert_eq!(json(&Null), "null");
        assert_eq!(json(&None::<u32>), "null");
        assert_eq!(json(&Some(4u32)), "4");
        assert_eq!(json("lo"), "\"lo\"");
        assert_eq!(json(&String::from("x")), "\"x\"");
        assert_eq!(json(&&"y"), "\"y\"");
        assert_eq!(json(&'é'), "\"é\"");
        let a: std::net::IpAddr = "fe80::1".parse().unwrap();
        assert_eq!(json(&a), "\"fe80::1\"");
        assert_eq!(json(&std::net::Ipv4Addr::new(10, 0, 0, 1)), "\"10.0.0.1\"");
        assert_eq!(
            json(&Disp(format_args!("{}/{}", "a\"b", 24))),
            "\"a\\\"b/24\""
        );
    }

    #[test]
    fn escaping_matches_iproute2() {
        // Alias set to printf 'A\001\002\b\t\n\v\f\r\033\037 "\\/\x7f\xc3\xa9\xff\xfeZ'
        // on a veth; `ip -j link show d0 | od -c` showed the ifalias value as:
        //   " A 001 002 \ b \ t \ n \v \ f \ r 033 037 sp \ " \ \ / 177 303 251 377 376 Z "
        let alias: &[u8] = b"A\x01\x02\x08\t\n\x0b\x0c\r\x1b\x1f \"\\/\x7f\xc3\xa9\xff\xfeZ";
        let mut out = Vec::new();
        alias.write_json(&mut out).unwrap();
        assert_eq!(
            out,
            b"\"A\x01\x02\\b\\t\\n\x0b\\f\\r\x1b\x1f \\\"\\\\/\x7f\xc3\xa9\xff\xfeZ\"".to_vec()
        );
        // ip link set d0 alias "a\"b\\c<>&'é<TAB>x" -> "ifalias":"a\"b\\c<>&'é\tx"
        assert_eq!(json("a\"b\\c<>&'é\tx"), "\"a\\\"b\\\\c<>&'é\\tx\"");
        assert_eq!(json(""), "\"\"");
    }

    #[test]
    fn deep_nesting_never_panics() {
        let mut st = JsonState::new(true);
        let mut out = Vec::new();
        for _ in 0..100 {
            st.open(&mut out, Some("k"), false).unwrap();
        }
        for _ in 0..101 {
            st.close(&mut out).unwrap();
        }
        assert_eq!(st.depth(), 0);
    }

    #[test]
    fn indent_longer_than_buffer() {
        let mut out = Vec::new();
        indent(&mut out, 130).unwrap();
        assert_eq!(out.len(), 130);
        assert!(out.iter().all(|&b| b == b' '));
    }
}
