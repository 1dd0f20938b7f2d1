//! `iptables -h`: the reference's help screen word for word, followed by the help of the
//! target and the matches loaded so far (the `-p` protocol's match when no other was). Each
//! extension's section is its `Def::help` (the text files here).

use super::ext::Def;

const BASE: &str = include_str!("base.txt");

/// The help screen with the sections of `target` and `matches`.
pub fn text(target: Option<&Def>, matches: impl Iterator<Item = &'static Def>) -> String {
    let mut t = BASE.to_string();
    if let Some(d) = target {
        t.push_str(d.help);
    }
    for m in matches {
        t.push_str(m.help);
    }
    t
}
