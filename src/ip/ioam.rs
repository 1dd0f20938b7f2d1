//! `ip ioam`: IPv6 IOAM namespaces and schemas (generic netlink IOAM6). Keywords are whole
//! words (no abbreviations), as the reference reads them.

use super::opts::Opts;
use super::{genl, usage};
use crate::cli::num::{get_u16, get_u32, strtoul};
use crate::cli::{incomplete, invarg, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use crate::netlink::genl::request;
use crate::netlink::Wire;
use crate::output::{Null, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

const IOAM6_GENL_VERSION: u8 = 1;
const CMD_ADD_NAMESPACE: u8 = 1;
const CMD_DEL_NAMESPACE: u8 = 2;
const CMD_DUMP_NAMESPACES: u8 = 3;
const CMD_ADD_SCHEMA: u8 = 4;
const CMD_DEL_SCHEMA: u8 = 5;
const CMD_DUMP_SCHEMAS: u8 = 6;
const CMD_NS_SET_SCHEMA: u8 = 7;

const ATTR_NS_ID: u16 = 1;
const ATTR_NS_DATA: u16 = 2;
const ATTR_NS_DATA_WIDE: u16 = 3;
const ATTR_SC_ID: u16 = 4;
const ATTR_SC_DATA: u16 = 5;
const ATTR_SC_NONE: u16 = 6;

/// The objects (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    ["namespace", "schema", "help"].into_iter()
}

fn unknown(w: &str) -> Error {
    invarg("Unknown", w)
}

fn value(args: &mut Args) -> Result<String> {
    args.next().map(str::to_string).ok_or_else(incomplete)
}

fn ns_id(v: &str) -> Result<u16> {
    get_u16(v).ok_or_else(|| invarg("Invalid namespace ID", v))
}

fn sc_id(v: &str) -> Result<u32> {
    get_u32(v).ok_or_else(|| invarg("Invalid schema ID", v))
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(obj) = args.next().map(str::to_string) else {
        return Err(Error::ip_usage_text(usage::IOAM));
    };
    let (cmd, attrs) = match obj.as_str() {
        "help" => return Err(Error::ip_usage_text(usage::IOAM)),
        "namespace" => {
            let sub = value(args)?;
            match sub.as_str() {
                "show" => return dump(CMD_DUMP_NAMESPACES, opts),
                "add" => {
                    let id = ns_id(&value(args)?)?;
                    let mut a = vec![attr::u16(ATTR_NS_ID, id)];
                    let (mut data, mut wide) = (None, None);
                    while let Some(w) = args.next().map(str::to_string) {
                        match w.as_str() {
                            "data" if data.is_none() && wide.is_none() => {
                                let v = value(args)?;
                                data = Some(get_u32(&v).ok_or_else(|| invarg("Invalid data", &v))?);
                            }
                            "wide" if wide.is_none() => {
                                let v = value(args)?;
                                // hexadecimal, `0x` or not (-1 is all ones)
                                wide = Some(
                                    strtoul(&v, 16)
                                        .ok_or_else(|| invarg("Invalid wide data", &v))?,
                                );
                            }
                            "data" | "wide" => return Err(invarg("Unexpected argument", &w)),
                            _ => return Err(invarg("Invalid argument", &w)),
                        }
                    }
                    if let Some(d) = data {
                        a.push(attr::u32(ATTR_NS_DATA, d));
                    }
                    if let Some(d) = wide {
                        a.push(attr::u64(ATTR_NS_DATA_WIDE, d));
                    }
                    (CMD_ADD_NAMESPACE, a)
                }
                "del" => {
                    let id = ns_id(&value(args)?)?;
                    (CMD_DEL_NAMESPACE, vec![attr::u16(ATTR_NS_ID, id)])
                }
                "set" => {
                    let id = ns_id(&value(args)?)?;
                    let w = value(args)?;
                    if w != "schema" {
                        return Err(unknown(&w));
                    }
                    let v = value(args)?;
                    let sc = if v == "none" {
                        attr::bytes(ATTR_SC_NONE, &[])
                    } else {
                        attr::u32(ATTR_SC_ID, sc_id(&v)?)
                    };
                    (CMD_NS_SET_SCHEMA, vec![attr::u16(ATTR_NS_ID, id), sc])
                }
                _ => return Err(unknown(&sub)),
            }
        }
        "schema" => {
            let sub = value(args)?;
            match sub.as_str() {
                "show" => return dump(CMD_DUMP_SCHEMAS, opts),
                "add" => {
                    let id = sc_id(&value(args)?)?;
                    let data = value(args)?;
                    let mut a: Vec<DefaultNla> = vec![attr::u32(ATTR_SC_ID, id)];
                    // the word and its NUL; an empty word gives an empty attribute
                    let mut d = data.into_bytes();
                    if !d.is_empty() {
                        d.push(0);
                    }
                    a.push(attr::bytes(ATTR_SC_DATA, &d));
                    (CMD_ADD_SCHEMA, a)
                }
                "del" => {
                    let id = sc_id(&value(args)?)?;
                    (CMD_DEL_SCHEMA, vec![attr::u32(ATTR_SC_ID, id)])
                }
                _ => return Err(unknown(&sub)),
            }
        }
        _ => return Err(unknown(&obj)),
    };
    let (mut sock, family) = genl::open("IOAM6")?;
    let req = request(cmd, IOAM6_GENL_VERSION, &attr::emit_all(&attrs));
    sock.ack(Wire(family, &req), 0)
        .map(|_| ())
        .map_err(genl::answers)
}

fn dump(cmd: u8, opts: &Opts) -> Result<()> {
    let (mut sock, family) = genl::open("IOAM6")?;
    let req = request(cmd, IOAM6_GENL_VERSION, &[]);
    genl::dump_print(&mut sock, family, &req, opts, &mut |p, a| {
        if cmd == CMD_DUMP_NAMESPACES {
            print_ns(p, a);
        } else {
            print_schema(p, a);
        }
    })
}

fn print_ns<W: Write>(p: &mut Printer<W>, a: &[u8]) {
    let t = attr::Table::<8>::new(a);
    let Some(id) = t.u16(ATTR_NS_ID) else {
        return;
    };
    p.open_object(None);
    p.value(
        Show::Any,
        Some("namespace"),
        format_args!("namespace {id}"),
        &id,
    );
    if let Some(sc) = t.u32(ATTR_SC_ID) {
        p.value(
            Show::Any,
            Some("schema"),
            format_args!(" [schema {sc}]"),
            &sc,
        );
    }
    if let Some(d) = t.u32(ATTR_NS_DATA) {
        p.value(
            Show::Any,
            Some("data"),
            format_args!(", data 0x{d:08x}"),
            format!("{d:x}").as_str(),
        );
    }
    if let Some(d) = t.u64(ATTR_NS_DATA_WIDE) {
        p.value(
            Show::Any,
            Some("wide"),
            format_args!(", wide 0x{d:016x}"),
            format!("{d:#x}").as_str(),
        );
    }
    p.fp_str("\n");
    p.close_object();
}

/// A schema; its data bytes go into the JSON object under empty keys, as the reference
/// writes them.
fn print_schema<W: Write>(p: &mut Printer<W>, a: &[u8]) {
    let t = attr::Table::<8>::new(a);
    let Some(id) = t.u32(ATTR_SC_ID) else {
        return;
    };
    p.open_object(None);
    p.value(Show::Any, Some("schema"), format_args!("schema {id}"), &id);
    if let Some(ns) = t.u16(ATTR_NS_ID) {
        p.value(
            Show::Any,
            Some("namespace"),
            format_args!(" [namespace {ns}]"),
            &ns,
        );
    }
    p.value(Show::Any, Some("data"), format_args!(", data:"), &Null);
    for b in t.get(ATTR_SC_DATA).unwrap_or(&[]) {
        p.value(Show::Any, Some(""), format_args!(" {b:02x}"), b);
    }
    p.fp_str("\n");
    p.close_object();
}
