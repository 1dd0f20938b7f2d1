//! `type vrf table TABLEID` and the details of a VRF (`vrf table 10`) and of its ports
//! (`vrf_slave table 10`).

use super::complaints::kind_usage;
use crate::cli::{invarg, matches, Args};
use crate::error::Result;
use crate::ip::ifnames::Names;
use crate::ip::rtnames;
use crate::netlink::attr::{self, Table};
use crate::output::{pr, Printer};
use netlink_packet_core::DefaultNla;
use std::io::Write;

/// IFLA_VRF_TABLE, and IFLA_VRF_PORT_TABLE of a port's slave data.
const TABLE: u16 = 1;

pub const USAGE: &str = "Usage: ... vrf table TABLEID\n";

/// The VRF's IFLA_INFO_DATA attributes (every `table` given, in order).
pub fn parse(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "table") {
            let v = args.value()?;
            let t = rtnames::table_a2n(v).ok_or_else(|| invarg("invalid table ID\n", v))?;
            out.push(attr::u32(TABLE, t));
        } else {
            let prefix = (!matches(&w, "help")).then(|| format!("vrf: unknown option \"{w}\"?"));
            return Err(kind_usage(prefix, USAGE));
        }
    }
    Ok(out)
}

/// `table 10 ` / `"table":10` (a VRF and a VRF port alike).
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<4> = Table::new(data);
    if let Some(t) = a.u32(TABLE) {
        pr!(p, Any, "table", "table {} ", t);
    }
}
