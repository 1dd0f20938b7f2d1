//! `type rmnet mux_id MUXID` and `type wwan linkid LINKID`: one number each, sent as
//! written (every time it is written), and printed back (`mux_id 5`, `linkid 7`).

use super::complaints::kind_usage;
use crate::cli::num::{get_u16, get_u32};
use crate::cli::{invarg, matches, Args};
use crate::error::Result;
use crate::ip::ifnames::Names;
use crate::netlink::attr::{self, Table};
use crate::output::{pr, Printer};
use netlink_packet_core::DefaultNla;
use std::io::Write;

/// IFLA_RMNET_MUX_ID and IFLA_WWAN_LINK_ID.
const ID: u16 = 1;

pub const RMNET_USAGE: &str = "Usage: ... rmnet mux_id MUXID\n\nMUXID := 1-254\n";
pub const WWAN_USAGE: &str = "Usage: ... wwan linkid LINKID\n\nWhere: LINKID := 0-4294967295\n";

/// rmnet's IFLA_INFO_DATA attributes (a u16 mux id).
pub fn parse_rmnet(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "mux_id") {
            let v = args.value()?;
            let id = get_u16(v).ok_or_else(|| invarg("mux_id is invalid", v))?;
            out.push(attr::u16(ID, id));
        } else {
            let prefix = (!matches(&w, "help")).then(|| format!("rmnet: unknown command \"{w}\"?"));
            return Err(kind_usage(prefix, RMNET_USAGE));
        }
    }
    Ok(out)
}

/// wwan's IFLA_INFO_DATA attributes (a u32 link id).
pub fn parse_wwan(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "linkid") {
            let v = args.value()?;
            let id = get_u32(v).ok_or_else(|| invarg("linkid", v))?;
            out.push(attr::u32(ID, id));
        } else {
            let prefix = (!matches(&w, "help")).then(|| format!("wwan: unknown command \"{w}\"?"));
            return Err(kind_usage(prefix, WWAN_USAGE));
        }
    }
    Ok(out)
}

/// `mux_id 5 `.
pub fn print_rmnet<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<4> = Table::new(data);
    if let Some(id) = a.u16(ID) {
        pr!(p, Any, "mux_id", "mux_id {} ", id);
    }
}

/// `linkid 7 `.
pub fn print_wwan<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<4> = Table::new(data);
    if let Some(id) = a.u32(ID) {
        pr!(p, Any, "linkid", "linkid {} ", id);
    }
}
