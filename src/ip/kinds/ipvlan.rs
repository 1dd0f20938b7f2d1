//! `type ipvlan|ipvtap [mode l2|l3|l3s] [bridge|private|vepa]` and its details
//! (`ipvlan  mode l3 private`).

use super::complaints::kind_usage;
use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::Names;
use crate::netlink::attr::{self, Table};
use crate::output::{Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

const MODE: u16 = 1;
const FLAGS: u16 = 2;
const MODES: [&str; 3] = ["l2", "l3", "l3s"];
const F_PRIVATE: u16 = 1;
const F_VEPA: u16 = 2;

pub fn usage(kind: &str) -> String {
    format!(
        "Usage: ... {kind} [ mode MODE ] [ FLAGS ]\n\
         \n\
         MODE: l3 | l3s | l2\n\
         FLAGS: bridge | private | vepa\n\
         (first values are the defaults if nothing is specified).\n"
    )
}

/// The IFLA_INFO_DATA attributes: each `mode` as written, then the flags (one word at most).
pub fn parse(kind: &str, args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    let mut flags: Option<u16> = None;
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "mode") {
            let v = args.value()?;
            let m = MODES.iter().position(|m| *m == v).ok_or_else(|| {
                Error::ip_fail(
                    "Error: argument of \"mode\" must be either \"l2\", \"l3\" or \"l3s\"",
                )
            })?;
            out.push(attr::u16(MODE, m as u16));
            continue;
        }
        // a second flag word is not an option any more
        let flag = [("bridge", 0), ("private", F_PRIVATE), ("vepa", F_VEPA)]
            .iter()
            .find(|(n, _)| flags.is_none() && matches(&w, n));
        match flag {
            Some(&(_, f)) => flags = Some(f),
            None => {
                let prefix =
                    (!matches(&w, "help")).then(|| format!("{kind}: unknown option \"{w}\"?"));
                return Err(kind_usage(prefix, &usage(kind)));
            }
        }
    }
    if !out.is_empty() || flags.is_some() {
        out.push(attr::u16(FLAGS, flags.unwrap_or(0)));
    }
    Ok(out)
}

/// ` mode l3 private ` / `"mode":"l3","private":true`.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<4> = Table::new(data);
    if let Some(m) = a.u16(MODE) {
        let name = MODES.get(usize::from(m)).copied().unwrap_or("unknown");
        p.value(
            Show::Any,
            Some("mode"),
            format_args!(" mode {name} "),
            &name,
        );
    }
    if let Some(f) = a.u16(FLAGS) {
        let name = if f & F_PRIVATE != 0 {
            "private"
        } else if f & F_VEPA != 0 {
            "vepa"
        } else {
            "bridge"
        };
        p.value(Show::Any, Some(name), format_args!("{name} "), &true);
    }
}
