//! The `iptables` mistakes of the hint table, recognised from the error and the words.

use super::context::Ctx;
use crate::iptables::ext::options_of;

/// The option in `unknown option "--X"`.
fn unknown_option<'a>(ctx: &'a Ctx) -> Option<&'a str> {
    let rest = ctx
        .err
        .strip_prefix(crate::error::IPT_PREFIX.get())?
        .strip_prefix("unknown option \"")?;
    rest.strip_suffix('"')
}

/// Where `word` first stands among the words.
fn position(ctx: &Ctx, word: &str) -> Option<usize> {
    ctx.words.iter().position(|w| w == word)
}

/// The protocol's port options.
const PORT_OPTIONS: &[&str] = &["--dport", "--sport", "--destination-port", "--source-port"];

/// `--dport 80` without `-p tcp`.
pub fn port_without_protocol(ctx: &Ctx) -> Option<String> {
    let opt = unknown_option(ctx)?;
    if !PORT_OPTIONS.contains(&opt) {
        return None;
    }
    let at = position(ctx, opt)?;
    let protocol = ctx.words[..at]
        .iter()
        .any(|w| w.starts_with("-p") || (w.len() > 3 && "--protocol".starts_with(w.as_str())));
    if protocol {
        return None;
    }
    Some(format!(
        "`{opt}` is an option of a protocol: put `-p tcp` (or `-p udp`) before it"
    ))
}

/// The targets' own options, with their target.
const TARGET_OPTIONS: &[(&str, &str)] = &[
    ("--to-destination", "DNAT"),
    ("--to-source", "SNAT"),
    ("--to-ports", "MASQUERADE"),
    ("--reject-with", "REJECT"),
    ("--log-prefix", "LOG"),
    ("--log-level", "LOG"),
    ("--set-mark", "MARK"),
    ("--set-xmark", "MARK"),
];

/// `--to-destination 10.0.0.2 -j DNAT`: the target's options come after it.
pub fn target_option_first(ctx: &Ctx) -> Option<String> {
    let opt = unknown_option(ctx)?;
    let &(_, usual) = TARGET_OPTIONS.iter().find(|(o, _)| *o == opt)?;
    let at = position(ctx, opt)?;
    let jump = |w: &String| w == "-j" || w == "--jump";
    let before = ctx.words[..at]
        .iter()
        .rposition(jump)
        .and_then(|j| ctx.words.get(j + 1));
    let after = ctx.words[at..]
        .iter()
        .position(jump)
        .and_then(|j| ctx.words.get(at + j + 1));
    let owns = |t: &str| {
        options_of(t, crate::iptables::family::Fam::V4)
            .iter()
            .any(|o| opt.strip_prefix("--") == Some(o.name))
    };
    Some(match (before, after) {
        // the option already follows its target: the target is another one
        (Some(t), _) if !owns(t) => {
            format!("`{opt}` is not an option of `-j {t}`; it belongs to `-j {usual}`")
        }
        (Some(_), _) => return None,
        (None, Some(t)) if owns(t) => {
            format!("`{opt}` is an option of `-j {t}`: put it after `-j {t}`")
        }
        (None, Some(t)) => {
            format!("`{opt}` is not an option of `-j {t}`; it belongs to `-j {usual}`, after it")
        }
        (None, None) => {
            format!("`{opt}` is an option of a target (`-j {usual}`): put it after the `-j`")
        }
    })
}

/// The short options and their long names.
const SHORT: &[(char, &str)] = &[
    ('A', "append"),
    ('C', "check"),
    ('D', "delete"),
    ('I', "insert"),
    ('R', "replace"),
    ('L', "list"),
    ('S', "list-rules"),
    ('F', "flush"),
    ('Z', "zero"),
    ('N', "new-chain"),
    ('X', "delete-chain"),
    ('P', "policy"),
    ('E', "rename-chain"),
    ('t', "table"),
    ('j', "jump"),
    ('g', "goto"),
    ('p', "protocol"),
    ('s', "source"),
    ('d', "destination"),
    ('i', "in-interface"),
    ('o', "out-interface"),
    ('m', "match"),
    ('n', "numeric"),
    ('v', "verbose"),
    ('x', "exact"),
    ('c', "set-counters"),
    ('w', "wait"),
    ('f', "fragment"),
];

/// `--A POSTROUTING`: one dash too many.
pub fn double_dash(ctx: &Ctx) -> Option<String> {
    let opt = unknown_option(ctx)?;
    let mut letters = opt.strip_prefix("--")?.chars();
    let (Some(c), None) = (letters.next(), letters.next()) else {
        return None;
    };
    let &(_, long) = SHORT.iter().find(|(s, _)| *s == c)?;
    Some(format!(
        "`{opt}` has one dash too many: write `-{c}` (or `--{long}`)"
    ))
}

/// The targets a tutorial names.
const TARGETS: &[&str] = &[
    "ACCEPT",
    "DROP",
    "RETURN",
    "REJECT",
    "LOG",
    "MASQUERADE",
    "SNAT",
    "DNAT",
    "REDIRECT",
    "MARK",
];

/// `-A POSTROUTING -s 10.0.0.0/24 MASQUERADE`: the target without `-j`.
pub fn target_without_jump(ctx: &Ctx) -> Option<String> {
    let rest = ctx.err.strip_prefix("Bad argument `")?;
    let word = rest.strip_suffix('\'')?;
    if !TARGETS.contains(&word) {
        return None;
    }
    Some(format!("a target follows `-j`: write `-j {word}`"))
}
