//! `type macvlan|macvtap mode MODE [nopromisc|nodst|flag FLAG] [bcqueuelen LEN]`, and its
//! details (`mode bridge [nopromisc] [nodst] bcqueuelen N usedbcqueuelen N [remotes …]`).

use super::complaints::kind_usage;
use crate::cli::num::get_u32;
use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::Names;
use crate::ip::lladdr::Mac;
use crate::netlink::attr::{self, attrs, Table};
use crate::output::{pr, Disp, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

const IFLA_MACVLAN_MODE: u16 = 1;
const IFLA_MACVLAN_FLAGS: u16 = 2;
const IFLA_MACVLAN_MACADDR: u16 = 4;
const IFLA_MACVLAN_MACADDR_DATA: u16 = 5;
const IFLA_MACVLAN_MACADDR_COUNT: u16 = 6;
const IFLA_MACVLAN_BC_QUEUE_LEN: u16 = 7;
const IFLA_MACVLAN_BC_QUEUE_LEN_USED: u16 = 8;
const MODE_PASSTHRU: u32 = 8;
const FLAG_NOPROMISC: u16 = 1;
const FLAG_NODST: u16 = 2;

const MODES: &[(&str, u32)] = &[
    ("private", 1),
    ("vepa", 2),
    ("bridge", 4),
    ("passthru", MODE_PASSTHRU),
    ("source", 16),
];

pub(super) fn usage(kind: &str) -> String {
    format!(
        "Usage: ... {kind} mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]\n\
         \n\
         MODE: private | vepa | bridge | passthru | source\n\
         MODE_FLAG: null | nopromisc | nodst\n\
         MODE_OPTS: for mode \"source\":\n\
         \tmacaddr {{ {{ add | del }} <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }}\n\
         BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]\n"
    )
}

fn bad_value(key: &str, expected: &str, v: &str) -> Error {
    Error::ip_fail(format_args!(
        "Error: argument of \"{key}\" must be {expected}, not \"{v}\""
    ))
}

#[derive(Default)]
struct State {
    mode: Option<u32>,
    flags: Option<u16>,
}

impl State {
    fn flag(&mut self, kind: &str, flag: u16) -> Result<()> {
        if flag == FLAG_NOPROMISC && self.mode != Some(MODE_PASSTHRU) {
            let prefix = format!("{kind}: nopromisc flag only valid in passthru mode");
            return Err(kind_usage(Some(prefix), &usage(kind)));
        }
        *self.flags.get_or_insert(0) |= flag;
        Ok(())
    }
}

/// The macvlan's IFLA_INFO_DATA attributes (mode and flags come last).
pub fn parse(kind: &str, args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    let mut st = State::default();
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "mode") {
            let v = args.value()?;
            let m = MODES.iter().find(|(n, _)| *n == v).ok_or_else(|| {
                let modes = "\"private\", \"vepa\", \"bridge\", \"passthru\" or \"source\"";
                bad_value("mode", modes, v)
            })?;
            st.mode = Some(m.1);
        } else if matches(&w, "flag") {
            let v = args.value()?.to_string();
            match v.as_str() {
                "nopromisc" => st.flag(kind, FLAG_NOPROMISC)?,
                "nodst" => st.flag(kind, FLAG_NODST)?,
                "null" => st.flag(kind, 0)?,
                _ => {
                    let flags = "\"nopromisc\", \"nodst\" or \"null\"";
                    return Err(bad_value("flag", flags, &v));
                }
            }
        } else if matches(&w, "nopromisc") {
            st.flag(kind, FLAG_NOPROMISC)?;
        } else if matches(&w, "nodst") {
            st.flag(kind, FLAG_NODST)?;
        } else if matches(&w, "bcqueuelen") {
            let v = args.value()?;
            let n = get_u32(v)
                .ok_or_else(|| bad_value("bcqueuelen", "a positive integer [0-4294967295]", v))?;
            out.push(attr::u32(IFLA_MACVLAN_BC_QUEUE_LEN, n));
        } else if matches(&w, "macaddr") {
            macaddr(kind, args, &mut out)?;
        } else {
            let prefix = (!matches(&w, "help")).then(|| format!("{kind}: unknown option \"{w}\"?"));
            return Err(kind_usage(prefix, &usage(kind)));
        }
    }
    if let Some(m) = st.mode {
        out.push(attr::u32(IFLA_MACVLAN_MODE, m));
    }
    if let Some(f) = st.flags {
        out.push(attr::u16(IFLA_MACVLAN_FLAGS, f));
    }
    Ok(out)
}

const MACVLAN_MODE_SOURCE: u32 = 16;

const IFLA_MACVLAN_MACADDR_MODE: u16 = 3;

/// `macaddr { add|del MAC | flush | set [MAC …] }` (the operation spelt out): the mode and the
/// address(es), where written. `set` takes the words that are whole MAC addresses; a word
/// that is no address at all is named on stderr (`"x" is invalid lladdr.`) and left for the
/// next option.
fn macaddr(kind: &str, args: &mut Args, out: &mut Vec<DefaultNla>) -> Result<()> {
    let op = args.value()?.to_string();
    let mode = match op.as_str() {
        "add" => 0,
        "del" => 1,
        "flush" => 2,
        "set" => 3,
        _ => return Err(kind_usage(None, &usage(kind))),
    };
    out.push(attr::u32(IFLA_MACVLAN_MACADDR_MODE, mode));
    match mode {
        0 | 1 => {
            let mac = crate::ip::lladdr::get(args.value()?)?;
            out.push(attr::bytes(IFLA_MACVLAN_MACADDR, &mac));
        }
        3 => {
            let mut items = Vec::new();
            while let Some(w) = args.peek() {
                match crate::ip::lladdr::parse(w) {
                    Ok(mac) if mac.len() == 6 => {
                        items.push(attr::bytes(IFLA_MACVLAN_MACADDR, &mac));
                        args.next();
                    }
                    Ok(_) => break,
                    Err(part) => {
                        let line = format!("{}\n", crate::ip::lladdr::invalid(part));
                        std::io::stderr().write_all(line.as_bytes())?;
                        break;
                    }
                }
            }
            out.push(attr::nest(IFLA_MACVLAN_MACADDR_DATA, &items));
        }
        _ => {}
    }
    Ok(())
}

/// `mode bridge [nopromisc] [nodst] bcqueuelen N usedbcqueuelen N [remotes (N) MAC…] `.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<16> = Table::new(data);
    let Some(mode) = a.u32(IFLA_MACVLAN_MODE) else {
        return;
    };
    let name = match mode {
        1 => "private",
        2 => "vepa",
        4 => "bridge",
        8 => "passthru",
        MACVLAN_MODE_SOURCE => "source",
        _ => "unknown",
    };
    pr!(p, Any, "mode", "mode {} ", name);
    if let Some(f) = a.u16(IFLA_MACVLAN_FLAGS) {
        for (bit, flag) in [(1, "nopromisc"), (2, "nodst")] {
            if f & bit != 0 {
                p.value(Show::Any, Some(flag), format_args!("{flag} "), &true);
            }
        }
    }
    if let Some(n) = a.u32(IFLA_MACVLAN_BC_QUEUE_LEN) {
        pr!(p, Any, "bcqueuelen", "bcqueuelen {} ", n);
    }
    if let Some(n) = a.u32(IFLA_MACVLAN_BC_QUEUE_LEN_USED) {
        pr!(p, Any, "usedbcqueuelen", "usedbcqueuelen {} ", n);
    }
    if mode != MACVLAN_MODE_SOURCE {
        return;
    }
    let Some(count) = a.u32(IFLA_MACVLAN_MACADDR_COUNT) else {
        return;
    };
    pr!(p, Any, "macaddr_count", "remotes ({}) ", count);
    if let Some(list) = a.get(IFLA_MACVLAN_MACADDR_DATA) {
        p.open_list(Show::Json, "macaddr_data", "");
        for (k, v) in attrs(list) {
            if k != IFLA_MACVLAN_MACADDR {
                continue;
            }
            let Some(mac) = v.get(..6) else {
                continue;
            };
            let m = Disp(Mac(mac));
            p.value(Show::Any, None, format_args!("{m} "), &m);
        }
        p.close_array(Show::Json, "");
    }
}
