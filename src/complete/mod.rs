//! `ipkit --complete APPLET WORD...`: the candidates for the last word of a command line,
//! one per line, for the shell completions in `completions/`. They come from the parsers'
//! own tables (see ip.rs and iptables.rs) and from the system (links, namespaces, route
//! tables, chains), so the completions cannot drift from what the parsers accept. A line
//! `@command` asks the shell to complete a command name instead.

mod ip;
mod iptables;
use crate::iptables::family::Fam;
mod live;

use crate::error::Result;
use std::io::Write;

/// arp's options (its option parser's words).
const ARP_OPTIONS: &[&str] = &[
    "-a",
    "-e",
    "-n",
    "-v",
    "-V",
    "-h",
    "-i",
    "-H",
    "-A",
    "-s",
    "-d",
    "-f",
    "-D",
    "--all",
    "--numeric",
    "--verbose",
    "--version",
    "--help",
    "--device",
    "--hw-type",
    "--protocol",
    "--set",
    "--delete",
    "--file",
    "--use-device",
];

/// ipkit's own options.
const IPKIT_OPTIONS: &[&str] = &["--list", "--install", "--hints", "--help", "--complete"];

/// The candidates for `words` (an applet name, then the line's words after it, the last
/// being the one to complete; it may be empty).
pub fn candidates(applets: &[&str], words: &[String]) -> Vec<String> {
    let Some((applet, rest)) = words.split_first() else {
        return Vec::new();
    };
    let all = match applet.as_str() {
        "ip" => match ip::complete(rest) {
            ip::Answer::Words(w) => w,
            ip::Answer::Command => vec!["@command".to_string()],
            ip::Answer::Nested { netns, mut words } => {
                // the command by its base name (`/bin/ip` is `ip`), when it is an applet
                let Some(command) = words.first_mut() else {
                    return Vec::new();
                };
                *command = command.rsplit('/').next().unwrap_or("").to_string();
                if !applets.contains(&command.as_str()) || netns.is_some_and(|n| !live::enter(&n)) {
                    return Vec::new();
                }
                return candidates(applets, &words);
            }
        },
        "iptables" => iptables::complete(rest, Fam::V4),
        "ip6tables" => iptables::complete(rest, Fam::V6),
        "arp" => match rest.len() {
            0 => Vec::new(),
            n if matches!(
                rest.get(n.wrapping_sub(2)).map(String::as_str),
                Some("-i" | "--device")
            ) =>
            {
                live::links(None)
            }
            _ => ARP_OPTIONS.iter().map(|s| s.to_string()).collect(),
        },
        "ipkit" => match rest {
            [_] => IPKIT_OPTIONS
                .iter()
                .chain(applets)
                .map(|s| s.to_string())
                .collect(),
            [first, ..] if applets.contains(&first.as_str()) => return candidates(applets, rest),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let cur = rest.last().map(String::as_str).unwrap_or("");
    all.into_iter()
        .filter(|c| c.starts_with('@') || c.starts_with(cur))
        .collect()
}

/// `ipkit --complete APPLET WORD...`: print the candidates, a line each.
pub fn run(applets: &[&str], words: &[String]) -> Result<()> {
    let mut out = String::new();
    for c in candidates(applets, words) {
        out.push_str(&c);
        out.push('\n');
    }
    std::io::stdout().write_all(out.as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests;
