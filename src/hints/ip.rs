//! The `ip` mistakes of the hint table, each recognised from the error and the words, and
//! where it helps, from what the system holds (namespace names, where a device lives, which
//! prefixes the interfaces reach).

use super::context::{command, seen, Ctx};
use super::probe;
use crate::cli::matches;
use crate::ip::nsfile;
use crate::ip::opts::global;
use std::net::IpAddr;

/// The text between the first pair of double quotes after `prefix` (`Object "arp" is…`).
fn quoted<'a>(err: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = err.strip_prefix(prefix)?.strip_prefix('"')?;
    rest.split_once('"').map(|(q, _)| q)
}

/// A global option word that is `-netns` (`-n`, `-net`, `--netns`…).
fn is_netns_option(word: &str) -> bool {
    word.starts_with('-') && global(word).is_some_and(|(g, _)| g == "-netns")
}

/// Whether the global options (the leading `-` words and their values) include `-batch`
/// (`-b`, `--batch`…), read in ip's order of options.
pub fn batch_option(words: &[String]) -> bool {
    let mut it = words.iter();
    while let Some(w) = it.next() {
        if !w.starts_with('-') || w == "--" {
            return false;
        }
        match global(w) {
            Some(("-batch", _)) => return true,
            Some((_, true)) => {
                it.next();
            }
            _ => {}
        }
    }
    false
}

/// The command again, with `-n NAME` for `netns` (or no `-n` for None) instead of the one
/// it had: its other global options, then the object and its arguments.
fn retarget(ctx: &Ctx, netns: Option<&str>) -> Option<String> {
    let rest = seen(|s| s.rest)??;
    let at = ctx.words.len().checked_sub(rest)?;
    let mut words = vec!["ip"];
    if let Some(n) = netns {
        words.extend(["-n", n]);
    }
    let mut globals = ctx.words[..at].iter();
    while let Some(w) = globals.next() {
        if is_netns_option(w) {
            globals.next();
        } else {
            words.push(w);
        }
    }
    words.extend(ctx.words[at..].iter().map(String::as_str));
    Some(command(&words))
}

/// `ip - n red link …`: iproute2 reads `-` as `-loops` and `n` as its value, then `red` as
/// the object.
pub fn spaced_option(ctx: &Ctx) -> Option<String> {
    let at = ctx.words.iter().position(|w| w == "-")?;
    let opt = ctx.words.get(at + 1)?;
    let name = ctx.words.get(at + 2)?;
    if !matches(opt, "netns") || quoted(ctx.err, "Object ")? != name {
        return None;
    }
    let mut words = vec!["ip"];
    words.extend(ctx.words[..at].iter().map(String::as_str));
    words.push("-n");
    words.extend(ctx.words[at + 2..].iter().map(String::as_str));
    Some(format!(
        "`- {opt}` has a space inside the option: `{}`",
        command(&words)
    ))
}

/// `ip -n red arp`.
pub fn arp_object(ctx: &Ctx) -> Option<String> {
    if quoted(ctx.err, "Object ")? != "arp" {
        return None;
    }
    Some(match ctx.netns {
        Some(n) => format!(
            "`arp` is not an `ip` object: the neighbour table is `{}`, or run arp there with `{}`",
            command(&["ip", "-n", n, "neigh"]),
            command(&["ip", "netns", "exec", n, "arp"])
        ),
        None => {
            "`arp` is not an `ip` object: the neighbour table is `ip neigh` (or the `arp` command)"
                .to_string()
        }
    })
}

/// `ip -ns route`, `ip -ns red route`.
pub fn ns_option(ctx: &Ctx) -> Option<String> {
    if quoted(ctx.err, "Option ")? != "-ns" {
        return None;
    }
    let at = ctx.words.iter().position(|w| w == "-ns" || w == "--ns")?;
    let names = nsfile::sorted_names();
    let next = ctx.words.get(at + 1);
    let mut words = vec!["ip"];
    words.extend(ctx.words[..at].iter().map(String::as_str));
    words.push("-n");
    match next {
        Some(n) if names.contains(n) => {}
        _ => words.push(names.first().map_or("NAME", String::as_str)),
    }
    words.extend(ctx.words[at + 1..].iter().map(String::as_str));
    Some(format!(
        "the namespace option is `-n NAME` (or `-netns NAME`): `{}`",
        command(&words)
    ))
}

/// `ip -n nosuch …` and `ip netns exec nosuch …`: the namespaces that do exist.
pub fn no_such_namespace(ctx: &Ctx) -> Option<String> {
    let name = quoted(ctx.err, "Cannot open network namespace ")?;
    if !ctx.err.ends_with(": No such file or directory")
        || !nsfile::valid_name(name)
        || name == "(null)"
    {
        return None;
    }
    let add = command(&["ip", "netns", "add", name]);
    let names = nsfile::sorted_names();
    Some(if names.is_empty() {
        format!("there are no network namespaces yet: `{add}` makes one")
    } else {
        format!(
            "the namespaces are: {} (`{add}` makes a new one)",
            names.join(", ")
        )
    })
}

/// `ip -n blue addr add … dev veth-red` where veth-red is in red: say where it is.
pub fn device_elsewhere(ctx: &Ctx) -> Option<String> {
    let dev = quoted(ctx.err, "Cannot find device ")?;
    let found = probe::find_device(dev)?;
    // `ip link set DEV netns red` again: it is there already
    if let Some(n) = &found {
        let moving = ctx.words.windows(2).any(|p| p[0] == "netns" && p[1] == *n);
        if moving {
            return Some(format!("`{dev}` is in namespace {n} already"));
        }
    }
    let cmd = retarget(ctx, found.as_deref())?;
    Some(match found {
        Some(n) => format!("`{dev}` is in namespace {n}: `{cmd}`"),
        None => format!("`{dev}` is in the default namespace: `{cmd}`"),
    })
}

/// `ip link set veth-red netns red` before `ip netns add red`.
pub fn netns_value(ctx: &Ctx) -> Option<String> {
    let name = quoted(ctx.err, "Error: argument ")?;
    if !ctx.err.ends_with("is wrong: Invalid \"netns\" value") || !nsfile::valid_name(name) {
        return None;
    }
    if nsfile::path(name).exists() {
        return None;
    }
    Some(format!(
        "there is no network namespace \"{name}\": make it first with `{}`",
        command(&["ip", "netns", "add", name])
    ))
}

/// `ip route add … via GW` where no interface's prefix holds GW: the prefixes that are reachable.
pub fn unreachable_gateway(ctx: &Ctx) -> Option<String> {
    if ctx.err != "Error: Nexthop has invalid gateway." {
        return None;
    }
    let at = ctx.words.iter().position(|w| w == "via")?;
    let mut next = ctx.words[at + 1..].iter();
    let mut word = next.next()?;
    if word == "inet" || word == "inet6" {
        word = next.next()?;
    }
    let gw: IpAddr = word.parse().ok()?;
    let reach = probe::connected(gw)?;
    let here = match ctx.netns {
        Some(n) => format!("in namespace {n}"),
        None => "here".to_string(),
    };
    if reach.iter().any(|r| r.holds(gw)) {
        return None;
    }
    Some(if reach.is_empty() {
        format!(
            "no interface {here} reaches {gw}: none has an address and is up (`ip addr add ADDR/LEN dev DEV`, `ip link set DEV up`)"
        )
    } else {
        let list: Vec<String> = reach.iter().map(|r| r.to_string()).collect();
        format!(
            "no interface {here} reaches {gw}; the directly reachable prefixes are {}",
            list.join(", ")
        )
    })
}
