//! `-m comment --comment TEXT`: the xt `comment` match (a 256-byte string).

use super::blob::bad;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

const SIZE: usize = 256;

pub const OPTS: &[Opt] = &[opt("comment", Has::Required, 1)];

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comment {
    pub text: Option<Vec<u8>>,
}

impl Comment {
    pub fn parse(&mut self, arg: &str, _inv: bool) -> crate::error::Result<()> {
        if self.text.is_some() {
            return Err(super::blob::bad(
                "comment: option \"--comment\" can only be used once.\n",
            ));
        }
        let mut b = arg.as_bytes().to_vec();
        b.truncate(SIZE - 1);
        self.text = Some(b);
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        match self.text {
            Some(_) => Ok(()),
            None => Err(bad("comment: option \"--comment\" must be specified\n")),
        }
    }

    pub fn encode(&self, w: &mut Writer) {
        let mut info = [0u8; SIZE];
        let t = self.text.as_deref().unwrap_or(&[]);
        info[..t.len()].copy_from_slice(t);
        expr::xt(w, false, "comment", 0, &info);
    }

    pub fn decode(info: &[u8]) -> Option<Comment> {
        let b = info.get(..SIZE)?;
        let end = b.iter().position(|&c| c == 0).unwrap_or(SIZE);
        Some(Comment {
            text: Some(b[..end].to_vec()),
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(self.text.as_deref().unwrap_or(&[])).into_owned()
    }

    pub fn save(&self, out: &mut String) {
        out.push_str(" --comment ");
        save_string(out, &self.text());
    }

    pub fn print(&self, out: &mut String) {
        out.push_str(" /* ");
        out.push_str(&self.text());
        out.push_str(" */");
    }
}

/// A string as `-S` writes it: bare when it is one plain word, else in double quotes with
/// `"`, `'` and `\` escaped by a backslash.
pub fn save_string(out: &mut String, s: &str) {
    let plain = !s.is_empty()
        && !s
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '\\'));
    if plain {
        out.push_str(s);
        return;
    }
    out.push('"');
    for c in s.chars() {
        if matches!(c, '"' | '\'' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
}
