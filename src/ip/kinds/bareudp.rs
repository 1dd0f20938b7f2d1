//! `type bareudp dstport PORT ethertype PROTO [srcportmin PORT] [[no]multiproto]` and its
//! details (`bareudp dstport 6635 ethertype mpls_uc srcportmin 100 multiproto`).

use super::complaints::kind_usage;
use super::ethertype;
use crate::cli::num::get_u16;
use crate::cli::{duparg2, invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::Names;
use crate::netlink::attr::{self, Table};
use crate::output::{pr, Disp, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

const PORT: u16 = 1;
const ETHERTYPE: u16 = 2;
const SRCPORT_MIN: u16 = 3;
const MULTIPROTO_MODE: u16 = 4;

pub const USAGE: &str = "\
Usage: ... bareudp dstport PORT
\t\tethertype PROTO
\t\t[ srcportmin PORT ]
\t\t[ [no]multiproto ]

Where:\tPORT  := UDP_PORT
\tPROTO := ETHERTYPE

Note: ETHERTYPE can be given as number or as protocol name (\"ipv4\", \"ipv6\",
      \"mpls_uc\", etc.).
";

/// `Error: argument "KEY" is required` (exit 255).
fn required(key: &str) -> Error {
    Error::ip_usage(format_args!("Error: argument \"{key}\" is required"))
}

/// The IFLA_INFO_DATA attributes, all sent after the words are read.
pub fn parse(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let mut seen: Vec<u16> = Vec::new();
    let mut once = |id: u16, key: &str, v: &str| {
        if seen.contains(&id) {
            return Err(duparg2(key, v));
        }
        seen.push(id);
        Ok(())
    };
    let (mut port, mut proto, mut min, mut multi) = (None, None, None, false);
    while let Some(w) = args.next().map(str::to_string) {
        if matches(&w, "dstport") {
            let v = args.value()?;
            once(PORT, "dstport", v)?;
            port = Some(get_u16(v).ok_or_else(|| invarg("dstport", v))?);
        } else if matches(&w, "ethertype") {
            let v = args.value()?;
            once(ETHERTYPE, "ethertype", v)?;
            proto = Some(ethertype::parse(v).ok_or_else(|| invarg("ethertype", v))?);
        } else if matches(&w, "srcportmin") {
            let v = args.value()?;
            once(SRCPORT_MIN, "srcportmin", v)?;
            min = Some(get_u16(v).ok_or_else(|| invarg("srcportmin", v))?);
        } else if matches(&w, "multiproto") || matches(&w, "nomultiproto") {
            once(MULTIPROTO_MODE, &w, &w)?;
            multi = matches(&w, "multiproto");
        } else {
            let prefix =
                (!matches(&w, "help")).then(|| format!("bareudp: unknown command \"{w}\"?"));
            return Err(kind_usage(prefix, USAGE));
        }
    }
    let port = port.ok_or_else(|| required("dstport"))?;
    let proto = proto.ok_or_else(|| required("ethertype"))?;
    let mut out = vec![attr::u16_be(PORT, port), attr::u16_be(ETHERTYPE, proto)];
    if let Some(min) = min {
        out.push(attr::u16(SRCPORT_MIN, min));
    }
    if multi {
        out.push(attr::bytes(MULTIPROTO_MODE, &[]));
    }
    Ok(out)
}

/// `dstport 6635 ethertype mpls_uc srcportmin 100 multiproto `.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<8> = Table::new(data);
    if let Some(port) = a.be16(PORT) {
        pr!(p, Any, "dstport", "dstport {} ", port);
    }
    if let Some(proto) = a.be16(ETHERTYPE) {
        pr!(
            p,
            Any,
            "ethertype",
            "ethertype {} ",
            Disp(ethertype::Proto(proto))
        );
    }
    if let Some(min) = a.u16(SRCPORT_MIN) {
        pr!(p, Any, "srcportmin", "srcportmin {} ", min);
    }
    let multi = a.has(MULTIPROTO_MODE);
    p.value(Show::Json, Some("multiproto"), format_args!(""), &multi);
    p.fp_str(if multi {
        "multiproto "
    } else {
        "nomultiproto "
    });
}
