//! The one printer: iproute2's plain text and iproute2's JSON, written in one pass.
//!
//! Every call says where it applies ([`Show::Any`], [`Show::Fp`] = plain text only,
//! [`Show::Json`] = JSON only), like iproute2's `print_*(PRINT_ANY, key, fmt, value)`.
//! Plain text goes straight from `format_args!` into the writer; JSON is streamed into the
//! same writer by [`json::JsonState`]; nothing is buffered besides the writer itself.
//!
//! Write errors are remembered (the first one wins), later output is skipped, and
//! [`Printer::end`] returns the error after flushing, so call sites need no `?`.

mod buf;
mod color;
mod iptext;
pub mod json;

use std::fmt;
use std::io::{self, Write};

pub use buf::Buf;
use color::COLOR_RESET;
pub use color::{dark_background, Color};
pub use iptext::IpText;
pub use json::{Disp, JsonValue, Null};

/// Where one print call applies.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Show {
    /// Plain text and JSON (`PRINT_ANY`).
    Any,
    /// Plain text only (`PRINT_FP`).
    Fp,
    /// JSON only (`PRINT_JSON`).
    Json,
}

/// The output options from ip's command line (`-j`, `-p`, `-o`, `-c`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
#[allow(clippy::struct_excessive_bools)]
pub struct Style {
    pub json: bool,
    pub pretty: bool,
    pub oneline: bool,
    pub color: bool,
}

/// Plain text and JSON in one pass, over any writer (in production a `BufWriter<StdoutLock>`).
pub struct Printer<W: Write> {
    w: W,
    style: Style,
    dark: bool,
    json: json::JsonState,
    begun: bool,
    err: Option<io::Error>,
}

impl<W: Write> Printer<W> {
    /// A printer with the given options. With colour on, the palette follows `COLORFGBG`
    /// like ip does (override with [`Printer::set_dark_background`]).
    pub fn new(w: W, opts: Style) -> Self {
        let dark = opts.color
            && !opts.json
            && std::env::var_os("COLORFGBG")
                .is_some_and(|v| dark_background(std::os::unix::ffi::OsStrExt::as_bytes(&*v)));
        Printer {
            w,
            style: opts,
            dark,
            json: json::JsonState::new(opts.pretty),
            begun: false,
            err: None,
        }
    }

    #[cfg(test)]
    /// Chooses the bold palette (`ESC[1;3Nm`) used for dark backgrounds.
    pub fn set_dark_background(&mut self, dark: bool) {
        self.dark = dark;
    }

    pub fn is_json(&self) -> bool {
        self.style.json
    }

    #[cfg(test)]
    pub fn is_oneline(&self) -> bool {
        self.style.oneline
    }

    #[cfg(test)]
    pub fn style(&self) -> Style {
        self.style
    }

    /// Colour is used only for plain text.
    fn colored(&self) -> bool {
        self.style.color && !self.style.json
    }

    fn plain(&self, t: Show) -> bool {
        !self.style.json && t != Show::Json && self.err.is_none()
    }

    fn in_json(&self, t: Show) -> bool {
        self.style.json && t != Show::Fp && self.err.is_none()
    }

    #[inline(always)]
    fn keep(&mut self, r: io::Result<()>) {
        if let Err(e) = r {
            if self.err.is_none() {
                self.err = Some(e);
            }
        }
    }

    /// `new_json_obj()`: in JSON opens the top-level array (`[`, or `[ ` with `-p`).
    /// Nothing in plain text.
    pub fn begin(&mut self) {
        if self.style.json && !self.begun {
            self.begun = true;
            if self.err.is_none() {
                let r = self.json.open(&mut self.w, None, true);
                self.keep(r);
            }
        }
    }

    /// `delete_json_obj()`: in JSON closes whatever is still open (normally just the top-level
    /// array) and writes `"\n"`; then flushes. Returns the first write error, if any.
    /// Empty output is `[]\n` (`[ ]\n` with `-p`).
    pub fn end(&mut self) -> io::Result<()> {
        if self.begun {
            self.begun = false;
            if self.err.is_none() {
                let mut r = Ok(());
                while r.is_ok() && self.json.depth() > 0 {
                    r = self.json.close(&mut self.w);
                }
                let r = r.and_then(|()| self.w.write_all(b"\n"));
                self.keep(r);
            }
        }
        let r = self.w.flush();
        self.keep(r);
        match self.err.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Flushes without ending the document (what ip leaves behind when a dump fails midway).
    pub fn flush(&mut self) -> io::Result<()> {
        let r = self.w.flush();
        self.keep(r);
        match self.err.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// `open_json_object(key)`: JSON only; `None` inside an array.
    pub fn open_object(&mut self, key: Option<&str>) {
        if self.in_json(Show::Json) {
            let r = self.json.open(&mut self.w, key, false);
            self.keep(r);
        }
    }

    /// `close_json_object()`: JSON only.
    pub fn close_object(&mut self) {
        if self.in_json(Show::Json) {
            let r = self.json.close(&mut self.w);
            self.keep(r);
        }
    }

    #[cfg(test)]
    /// `open_json_array(t, key)`: JSON (unless `t` is `Fp`): `"key":[`; plain text (unless `t`
    /// is `Json`): writes `key` itself, as ip does with `is_json ? "flags" : "<"`.
    /// See [`Printer::open_list`] to give both at once.
    pub fn open_array(&mut self, t: Show, key: &str) {
        self.open_list(t, key, key);
    }

    /// JSON: opens the array `"key":[`; plain text: writes `plain` (e.g. `"<"`).
    /// An empty `key` opens an array without a key (an element of the current array).
    pub fn open_list(&mut self, t: Show, key: &str, plain: &str) {
        if self.in_json(t) {
            let k = if key.is_empty() { None } else { Some(key) };
            let r = self.json.open(&mut self.w, k, true);
            self.keep(r);
        } else if self.plain(t) {
            let r = self.w.write_all(plain.as_bytes());
            self.keep(r);
        }
    }

    /// `close_json_array(t, delim)`: JSON closes the array; plain text writes `delim`.
    pub fn close_array(&mut self, t: Show, delim: &str) {
        if self.in_json(t) {
            let r = self.json.close(&mut self.w);
            self.keep(r);
        } else if self.plain(t) {
            let r = self.w.write_all(delim.as_bytes());
            self.keep(r);
        }
    }

    /// One value: plain text writes `plain`; JSON writes `"key":v`, or the bare `v` when
    /// `key` is `None` (array elements).
    pub fn value<V: JsonValue + ?Sized>(
        &mut self,
        t: Show,
        key: Option<&str>,
        plain: fmt::Arguments,
        v: &V,
    ) {
        self.color_value(t, Color::None, key, plain, v);
    }

    /// Like [`Printer::value`], with the plain text wrapped in the colour's escape and the
    /// reset `ESC[0m` when colour is on (`print_color_*`).
    pub fn color_value<V: JsonValue + ?Sized>(
        &mut self,
        t: Show,
        c: Color,
        key: Option<&str>,
        plain: fmt::Arguments,
        v: &V,
    ) {
        if self.in_json(t) {
            let r = self.json.value(&mut self.w, key, v);
            self.keep(r);
        } else if self.plain(t) {
            self.colored_plain(c, |w| w.write_fmt(plain));
        }
    }

    /// Plain text written by `body`, inside colour `c`'s escape and reset when colour is on.
    fn colored_plain(&mut self, c: Color, body: impl FnOnce(&mut W) -> io::Result<()>) {
        let esc = if self.colored() {
            c.escape(self.dark)
        } else {
            b""
        };
        let mut r = if esc.is_empty() {
            Ok(())
        } else {
            self.w.write_all(esc)
        };
        r = r.and_then(|()| body(&mut self.w));
        if !esc.is_empty() {
            r = r.and_then(|()| self.w.write_all(COLOR_RESET));
        }
        self.keep(r);
    }

    /// A string value whose plain text is the string itself followed by `tail` (usually a
    /// space; inside the colour, as `"%s "` is), written without the formatting machinery:
    /// the common case of big dumps.
    pub fn color_text(&mut self, t: Show, c: Color, key: Option<&str>, text: &str, tail: &str) {
        self.text_value(t, c, key, text, tail, text);
    }

    /// Like [`Printer::color_text`] with another JSON value than the text (a number whose
    /// plain text was made with [`IpText`]'s `push_dec`/`push_hex`).
    pub fn text_value<V: JsonValue + ?Sized>(
        &mut self,
        t: Show,
        c: Color,
        key: Option<&str>,
        text: &str,
        tail: &str,
        v: &V,
    ) {
        if self.in_json(t) {
            let r = self.json.value(&mut self.w, key, v);
            self.keep(r);
        } else if self.plain(t) {
            self.colored_plain(c, |w| {
                w.write_all(text.as_bytes())
                    .and_then(|()| w.write_all(tail.as_bytes()))
            });
        }
    }

    /// A JSON-only member (`print_*(PRINT_JSON, key, NULL, v)`).
    pub fn json<V: JsonValue + ?Sized>(&mut self, key: &str, v: &V) {
        if self.in_json(Show::Json) {
            let r = self.json.value(&mut self.w, Some(key), v);
            self.keep(r);
        }
    }

    #[cfg(test)]
    /// A JSON-only bare value (an array element).
    pub fn json_element<V: JsonValue + ?Sized>(&mut self, v: &V) {
        if self.in_json(Show::Json) {
            let r = self.json.value(&mut self.w, None, v);
            self.keep(r);
        }
    }

    /// Plain-text only (no-op in JSON).
    pub fn fp(&mut self, a: fmt::Arguments) {
        if self.plain(Show::Fp) {
            let r = self.w.write_fmt(a);
            self.keep(r);
        }
    }

    /// Plain-text only, a fixed string.
    pub fn fp_str(&mut self, s: &str) {
        if self.plain(Show::Fp) {
            let r = self.w.write_all(s.as_bytes());
            self.keep(r);
        }
    }

    /// `print_nl()`: plain text `"\n"`, or `"\\"` with `-o`; nothing in JSON.
    /// (The newline that ends a record is plain `"\n"` even with `-o`: use `fp_str("\n")`.)
    pub fn nl(&mut self) {
        let s = if self.style.oneline { "\\" } else { "\n" };
        self.fp_str(s);
    }

    /// The writer itself, for callers that need raw access.
    pub fn out(&mut self) -> &mut W {
        &mut self.w
    }

    #[cfg(test)]
    /// Gives the writer back (without flushing or closing the JSON document).
    pub fn into_inner(self) -> W {
        self.w
    }
}

/// Converts the key argument of [`pr!`]: `"key"` or `None`.
pub trait IntoKey<'a> {
    fn into_key(self) -> Option<&'a str>;
}

impl<'a> IntoKey<'a> for &'a str {
    fn into_key(self) -> Option<&'a str> {
        Some(self)
    }
}

impl<'a> IntoKey<'a> for Option<&'a str> {
    fn into_key(self) -> Option<&'a str> {
        self
    }
}

/// One value, plain and JSON, from one argument:
///
/// * `pr!(p, Any, "mtu", "mtu {} ", mtu)` →
///   `p.value(Show::Any, Some("mtu"), format_args!("mtu {} ", mtu), &mtu)`;
/// * `pr!(p, Any, None, "{}", flag)` for an array element;
/// * `pr!(p, Any, @Ifname, "ifname", "{}: ", name)` for a coloured value (`color_value`);
/// * `pr!(p, Fp, "", " brd ")`: no value: plain text only with `Fp`; with `Any`/`Json` the
///   JSON side is `"key":null` (iproute2's `print_null`).
///
/// The value expression is evaluated once; the format string is checked at compile time.
/// For plain-only text with arguments that are not JSON values, use [`fp!`].
macro_rules! pr {
    ($p:expr, $t:ident, @$c:ident, $key:expr, $fmt:literal, $v:expr $(,)?) => {{
        let v = &$v;
        $p.color_value(
            $crate::output::Show::$t,
            $crate::output::Color::$c,
            $crate::output::IntoKey::into_key($key),
            format_args!($fmt, v),
            v,
        )
    }};
    ($p:expr, $t:ident, $key:expr, $fmt:literal, $v:expr $(,)?) => {{
        let v = &$v;
        $p.value(
            $crate::output::Show::$t,
            $crate::output::IntoKey::into_key($key),
            format_args!($fmt, v),
            v,
        )
    }};
    ($p:expr, $t:ident, $key:expr, $fmt:literal $(,)?) => {
        $p.value(
            $crate::output::Show::$t,
            $crate::output::IntoKey::into_key($key),
            format_args!($fmt),
            &$crate::output::Null,
        )
    };
}
pub(crate) use pr;

#[cfg(test)]
mod tests;
