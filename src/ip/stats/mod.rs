//! `ip stats`: show a device's (or every device's) statistics groups (RTM_GETSTATS, the
//! groups, subgroups and suites chosen by the words) and `set dev DEV l3_stats on|off`
//! (RTM_SETSTATS).

mod desc;
mod print;

use super::opts::Opts;
use super::{ifnames, rtnl, usage};
use crate::cli::{duparg2, incomplete, one_of, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use crate::netlink::rtnl::stats::*;
use crate::netlink::Wire;
use desc::{Desc, DESCS};

/// The groups in the order the reference looks them up.
const GROUPS: &[&str] = &["link", "offload", "xstats", "xstats_slave", "afstats"];

type Sub = fn(&mut Args, &Opts) -> Result<()>;

const SUBS: &[(&str, Sub)] = &[("show", show), ("set", set), ("help", help)];

/// The subcommands (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    SUBS.iter().map(|(n, _)| *n)
}

/// The usage screen on stderr, and yet exit 0.
fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error {
        text: usage::STATS.to_string(),
        code: 0,
    })
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(cmd) = args.next().map(str::to_string) else {
        return show(args, opts);
    };
    match SUBS.iter().find(|(n, _)| *n == cmd) {
        Some((_, f)) => f(args, opts),
        None => Err(Error::ip_fail(format_args!(
            "Command \"{cmd}\" is unknown, try \"ip stats help\"."
        ))),
    }
}

/// `What is "WORD"?` and the usage screen (exit 22).
fn what_is(w: &str) -> Error {
    Error::ip_einval(format_args!(
        "What is \"{w}\"?\n{}",
        usage::STATS.trim_end()
    ))
}

/// The bit of each descriptor for which `pick` holds.
fn bits(pick: impl Fn(&Desc) -> bool) -> u32 {
    DESCS
        .iter()
        .enumerate()
        .filter(|(_, x)| pick(x))
        .fold(0, |m, (i, _)| m | 1 << i)
}

/// The descriptors the words of `show` select (a bit each), and the device's name.
pub fn select(args: &mut Args) -> Result<(u32, Option<String>)> {
    let (mut sel, mut pending) = (0u32, 0u32);
    let (mut group, mut sub): (Option<&str>, Option<&str>) = (None, None);
    // the first subgroup (suite) after a group (subgroup) narrows it, later ones add
    let (mut narrowed_group, mut narrowed_sub) = (false, false);
    let mut dev: Option<String> = None;
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "dev" => {
                let v = args.next().ok_or_else(incomplete)?;
                if dev.is_some() {
                    return Err(duparg2("dev", v));
                }
                dev = Some(v.to_string());
            }
            "group" => {
                let v = args.next().ok_or_else(incomplete)?;
                let Some(g) = GROUPS.iter().find(|g| **g == v) else {
                    return Err(Error::ip_einval(format_args!(
                        "Error: no group named {v} found inside top-level"
                    )));
                };
                sel |= pending;
                pending = bits(|x| x.group == *g);
                (group, sub, narrowed_group) = (Some(*g), None, false);
            }
            "subgroup" => {
                let v = args.next().ok_or_else(incomplete)?;
                let Some(g) = group else {
                    return Err(Error::ip_einval(format_args!(
                        "Error: subgroup {v} requested without selecting a group first"
                    )));
                };
                if DESCS.iter().any(|x| x.group == g && x.sub.is_empty()) {
                    return Err(Error::ip_einval(format_args!(
                        "Error: subgroup {v} requested inside leaf group {g}"
                    )));
                }
                let Some(s) = DESCS.iter().find(|x| x.group == g && x.sub == v) else {
                    return Err(Error::ip_einval(format_args!(
                        "Error: no subgroup named {v} found inside {g}"
                    )));
                };
                let these = bits(|x| x.group == g && x.sub == s.sub);
                if std::mem::replace(&mut narrowed_group, true) {
                    pending |= these;
                } else {
                    pending = these;
                }
                (sub, narrowed_sub) = (Some(s.sub), false);
            }
            "suite" => {
                let v = args.next().ok_or_else(incomplete)?;
                let Some(g) = group else {
                    return Err(Error::ip_einval(format_args!(
                        "Error: suite {v} requested without selecting a group first"
                    )));
                };
                let Some(s) = sub else {
                    return Err(Error::ip_einval(format_args!(
                        "Error: suite {v} requested without selecting a subgroup first"
                    )));
                };
                let mine = |x: &Desc| x.group == g && x.sub == s;
                if DESCS.iter().any(|x| mine(x) && x.suite.is_empty()) {
                    return Err(Error::ip_einval(format_args!(
                        "Error: suite {v} requested inside leaf subgroup {s}"
                    )));
                }
                if !DESCS.iter().any(|x| mine(x) && x.suite == v) {
                    return Err(Error::ip_einval(format_args!(
                        "Error: no suite named {v} found inside {s}"
                    )));
                }
                let these = bits(|x| mine(x) && x.suite == v);
                if !std::mem::replace(&mut narrowed_sub, true) {
                    pending &= !bits(mine);
                }
                pending |= these;
            }
            _ => return Err(what_is(&w)),
        }
    }
    sel |= pending;
    if sel == 0 {
        sel = bits(|_| true);
    }
    Ok((sel, dev))
}

/// The request's filter mask and, when only some offload subgroups are chosen, the
/// IFLA_STATS_GET_FILTERS nest.
pub fn request(sel: u32, ifindex: u32) -> Vec<u8> {
    let (mut mask, mut offload) = (0u32, 0u32);
    for (i, x) in DESCS.iter().enumerate() {
        if sel & 1 << i != 0 {
            mask |= filter_bit(x.attr);
            offload |= x.offload;
        }
    }
    let mut m = header(ifindex, mask).to_vec();
    if offload != 0 && offload != 0b111 {
        const NLA_F_NESTED: u16 = 0x8000;
        m.extend(attr::emit_all(&[attr::nest(
            NLA_F_NESTED | IFLA_STATS_GET_FILTERS,
            &[attr::u32(IFLA_STATS_LINK_OFFLOAD_XSTATS, offload)],
        )]));
    }
    m
}

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let (sel, dev) = select(args)?;
    let index = match &dev {
        Some(d) => ifnames::require(d)?,
        None => 0,
    };
    let req = request(sel, index);
    let mut sock = rtnl::open()?;
    let mut p = opts.printer();
    p.begin();
    let level = opts.stats;
    let f = crate::ip::iface::stats::Fmt {
        human: opts.human,
        iec: opts.iec,
        lead_nl: true,
    };
    if index != 0 {
        let r = sock.get_one(Wire(RTM_GETSTATS, &req), &mut |m| {
            if m.kind == RTM_NEWSTATS {
                print::message(&mut p, m.payload, sel, level, &f);
            }
        });
        if let Err(f) = r {
            p.flush()?;
            return Err(rtnl::answers(f));
        }
    } else {
        rtnl::dump(&mut sock, Wire(RTM_GETSTATS, &req), &mut |m| {
            if m.kind == RTM_NEWSTATS {
                print::message(&mut p, m.payload, sel, level, &f);
                p.nl();
            }
            Ok(())
        })
        .map_err(|f| rtnl::terminated(f, "Dump"))?;
    }
    Ok(p.end()?)
}

/// `set`'s payload: the device's header and the l3_stats switch.
pub fn build(args: &mut Args, index: &dyn Fn(&str) -> Option<u32>) -> Result<Vec<u8>> {
    let (mut dev, mut l3): (Option<String>, Option<u8>) = (None, None);
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "dev" => {
                let v = args.next().ok_or_else(incomplete)?;
                if dev.is_some() {
                    return Err(duparg2("dev", v));
                }
                dev = Some(v.to_string());
            }
            "l3_stats" => {
                let v = args.next().ok_or_else(incomplete)?;
                if l3.is_some() {
                    return Err(Error::ip_einval(
                        "A statistics suite to toggle was already given.",
                    ));
                }
                l3 = Some(one_of("l3_stats", v, &["off", "on"])? as u8);
            }
            _ => return Err(what_is(&w)),
        }
    }
    let Some(dev) = dev else {
        return Err(Error::ip_usage(
            "Not enough information: \"dev\" argument is required.",
        ));
    };
    let Some(l3) = l3 else {
        return Err(Error::ip_usage(
            "Not enough information: stat type to toggle is required.",
        ));
    };
    let i = index(&dev).ok_or_else(|| ifnames::cannot_find(&dev))?;
    let mut m = header(i, 0).to_vec();
    m.extend(attr::emit_all(&[attr::u8(
        IFLA_STATS_SET_OFFLOAD_XSTATS_L3_STATS,
        l3,
    )]));
    Ok(m)
}

fn set(args: &mut Args, _: &Opts) -> Result<()> {
    let m = build(args, &ifnames::index)?;
    rtnl::ack(&mut *rtnl::open()?, Wire(RTM_SETSTATS, &m), 0)
}

#[cfg(test)]
mod tests;
