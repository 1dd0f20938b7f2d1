//! `iptables -h`: the reference's help screen word for word, followed by the help of the
//! target and the matches loaded so far (the `-p` protocol's match when no other was). Each
//! extension's section is its `Def::help` (the text files here).

use super::ext::Def;
use super::family::Fam;

const BASE: &str = include_str!("base.txt");

/// The help screen with the sections of `target` and `matches`.
pub fn text(fam: Fam, target: Option<&Def>, matches: impl Iterator<Item = &'static Def>) -> String {
    let mut t = match fam {
        Fam::V4 => BASE.to_string(),
        // ip6tables: its name, -4 and -6 the other way round, no -f
        Fam::V6 => BASE
            .replace("iptables ", "ip6tables ")
            .replace(
                "Nothing (line is ignored by ip6tables-restore)",
                "Error (line is ignored by ip6tables-restore)",
            )
            .replace(
                "Error (line is ignored by iptables-restore)",
                "Nothing (line is ignored by iptables-restore)",
            )
            .replace(
                "[!] --fragment\t-f\t\tmatch second or further fragments only\n",
                "",
            ),
    };
    if let Some(d) = target {
        t.push_str(d.help);
    }
    for m in matches {
        t.push_str(m.help);
    }
    t
}
