//! `type xfrm [dev PHYS_DEV] [if_id IF-ID] [external]` and its details.

use super::tunnel;
use crate::cli::num::get_u32;
use crate::cli::{invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::Names;
use crate::netlink::attr::{self, Table};
use crate::output::Printer;
use netlink_packet_core::DefaultNla;
use std::io::Write;

const LINK: u16 = 1;
const IF_ID: u16 = 2;
const COLLECT_METADATA: u16 = 3;

pub const USAGE: &str = include_str!("usage/xfrm.txt");

/// The IFLA_INFO_DATA attributes of `type xfrm WORDS`.
pub fn parse(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let (mut link, mut if_id, mut external) = (0u32, 0u32, false);
    while let Some(w) = args.next().map(str::to_string) {
        let w = w.as_str();
        if matches(w, "dev") {
            link = tunnel::dev(args.value()?)?;
        } else if matches(w, "if_id") {
            let v = args.value()?;
            if_id = get_u32(v)
                .filter(|&i| i != 0)
                .ok_or_else(|| invarg("if_id value is invalid", v))?;
        } else if w == "external" {
            external = true;
        } else {
            return Err(tunnel::usage(USAGE));
        }
    }
    if external {
        if if_id != 0 || link != 0 {
            return Err(Error::ip_fail(
                "xfrmi: both 'external' and if_id/link cannot be specified",
            ));
        }
        return Ok(vec![attr::bytes(COLLECT_METADATA, &[])]);
    }
    if if_id == 0 {
        return Err(Error::ip_usage("Error: argument \"IF_ID\" is required"));
    }
    let mut out = vec![attr::u32(IF_ID, if_id)];
    if link != 0 {
        out.push(attr::u32(LINK, link));
    }
    Ok(out)
}

/// `external ` or `if_id 0x5 `.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<4> = Table::new(data);
    if a.has(COLLECT_METADATA) {
        tunnel::print_external(p, true);
    } else if let Some(id) = a.u32(IF_ID) {
        tunnel::hex(p, "if_id", "if_id", u64::from(id));
    }
}
