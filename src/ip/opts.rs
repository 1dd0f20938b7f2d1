//! What `ip`'s global options set, and the printer they ask for.

use crate::output::{Buf, Printer, Style};
use std::io::StdoutLock;

/// The global options, in the parser's order (`ip::main` reads them so), `true` when one
/// takes a value: for completion and hints, which read a command line without running it.
pub const GLOBALS: &[(&str, bool)] = &[
    ("-loops", true),
    ("-family", true),
    ("-4", false),
    ("-6", false),
    ("-0", false),
    ("-M", false),
    ("-B", false),
    ("-human", false),
    ("-iec", false),
    ("-stats", false),
    ("-details", false),
    ("-resolve", false),
    ("-oneline", false),
    ("-timestamp", false),
    ("-tshort", false),
    ("-Version", false),
    ("-force", false),
    ("-batch", true),
    ("-brief", false),
    ("-json", false),
    ("-pretty", false),
    ("-rcvbuf", true),
    ("-color", false),
    ("-help", false),
    ("-netns", true),
    ("-Numeric", false),
    ("-all", false),
    ("-echo", false),
];

/// The global option a word names (two leading dashes read as one, the first match in
/// [`GLOBALS`]' order), as `(name, takes a value)`.
pub fn global(word: &str) -> Option<(&'static str, bool)> {
    let opt = word
        .strip_prefix('-')
        .filter(|o| o.starts_with('-'))
        .unwrap_or(word);
    GLOBALS
        .iter()
        .find(|(g, _)| crate::cli::matches(opt, g))
        .copied()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ColorMode {
    #[default]
    Never,
    Auto,
    Always,
}

/// Everything the global options set.
#[derive(Clone, Debug, Default)]
pub struct Opts {
    /// AF_* of `-f`, `-4`, `-6`, `-0`, `-M`, `-B` (0: any).
    pub family: u8,
    pub human: u32,
    pub iec: bool,
    pub stats: u32,
    pub details: u32,
    pub resolve: bool,
    pub oneline: bool,
    pub timestamp: u32,
    /// `-tshort` given: timestamps in the short form.
    pub tshort: bool,
    pub force: bool,
    pub brief: bool,
    pub json: bool,
    pub pretty: bool,
    pub color: ColorMode,
    pub numeric: bool,
    pub all: bool,
    pub echo: bool,
    /// `-loops N` as atoi(3) reads it; None: the default (10 flush rounds).
    pub loops: Option<i32>,
    pub rcvbuf: u32,
    /// Set while running lines of a `-batch` file.
    pub batch: bool,
}

/// The printer of `ip`'s output: plain text or JSON into a buffered, locked stdout.
pub type Out = Printer<Buf<StdoutLock<'static>>>;

impl Opts {
    /// The printer style these options ask for.
    pub fn style(&self) -> Style {
        let color = match self.color {
            ColorMode::Never => false,
            ColorMode::Always => true,
            ColorMode::Auto => nix::unistd::isatty(std::io::stdout()).unwrap_or(false),
        };
        Style {
            json: self.json,
            pretty: self.pretty,
            oneline: self.oneline,
            color: color && !self.json,
        }
    }

    /// The printer for this command's output (plain or JSON as the options say).
    pub fn printer(&self) -> Out {
        printer(self.style())
    }
}

/// A printer of the given style on stdout.
pub fn printer(style: Style) -> Out {
    Printer::new(
        Buf::with_capacity(32 * 1024, std::io::stdout().lock()),
        style,
    )
}
