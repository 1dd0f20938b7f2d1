//! `ip addrlabel`: IPv6 address labels (RFC 3484 policy table). list, add/del, flush.

use super::opts::Opts;
use super::prefix::get_prefix;
use super::{ifnames, rtnl, usage};
use crate::cli::num::get_u32;
use crate::cli::{incomplete, invarg, Args};
use crate::error::{Error, Result};
use crate::netlink::rtnl::addrlabel::*;
use crate::netlink::rtnl::{ip_of, AF_INET6};
use crate::netlink::{attr, Wire};
use crate::output::{Color, IpText, Printer, Show};
use netlink_packet_core::{NLM_F_CREATE, NLM_F_EXCL};
use std::io::Write;

use crate::ip::subcmd::{self, Sub};

fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(Error::ip_usage_text(usage::ADDRLABEL))
}

/// The subcommands in the reference's order.
const SUBS: &[(&str, Sub)] = &[
    ("add", add),
    ("delete", delete),
    ("list", list),
    ("lst", list),
    ("show", list),
    ("flush", flush),
    ("help", help),
];

/// The subcommands, in the parser's order (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    SUBS.iter().map(|(n, _)| *n)
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    subcmd::dispatch(args, opts, "addrlabel", SUBS, list)
}

/// The family of the requests: `-f`'s, else inet6.
fn family(opts: &Opts) -> u8 {
    if opts.family == 0 {
        AF_INET6
    } else {
        opts.family
    }
}

fn print<W: Write>(p: &mut Printer<W>, l: &Label) {
    p.open_object(None);
    if let Some(a) = l.attr.get(IFAL_ADDRESS).and_then(ip_of) {
        p.fp_str("prefix ");
        p.color_text(
            Show::Any,
            Color::for_family(l.family),
            Some("address"),
            IpText::new(a).as_str(),
            "",
        );
        p.value(
            Show::Any,
            Some("prefixlen"),
            format_args!("/{} ", l.prefixlen),
            &l.prefixlen,
        );
    }
    if l.index != 0 {
        let name = ifnames::name(l.index);
        p.fp_str("dev ");
        p.color_text(Show::Any, Color::Ifname, Some("ifname"), &name, " ");
    }
    if let Some(label) = l.attr.u32(IFAL_LABEL) {
        p.value(
            Show::Any,
            Some("label"),
            format_args!("label {label} "),
            &label,
        );
    }
    p.fp_str("\n");
    p.close_object();
}

fn dump_request(opts: &Opts) -> [u8; IFAL_HDR_LEN] {
    header(family(opts), 0, 0)
}

fn list(args: &mut Args, opts: &Opts) -> Result<()> {
    if !args.is_empty() {
        return Err(Error::ip_fail(
            "\"ip addrlabel show\" does not take any arguments.",
        ));
    }
    let mut sock = rtnl::open()?;
    let mut p = opts.printer();
    p.begin();
    let req = dump_request(opts);
    let r = rtnl::dump(&mut sock, Wire(RTM_GETADDRLABEL, &req), &mut |m| {
        if m.kind == RTM_NEWADDRLABEL {
            if let Some(l) = Label::parse(m.payload) {
                print(&mut p, &l);
            }
        }
        Ok(())
    });
    match r {
        Ok(()) => Ok(p.end()?),
        Err(f) => {
            // the reference leaves its JSON array open and ends with exit code 255
            p.flush()?;
            Err(Error::ip_usage_text(rtnl::terminated(f, "Dump").text))
        }
    }
}

/// Every label of the dump deleted: each message sent back as it came, as RTM_DELADDRLABEL.
fn flush(args: &mut Args, opts: &Opts) -> Result<()> {
    if !args.is_empty() {
        return Err(Error::ip_fail(
            "\"ip addrlabel flush\" does not allow extra arguments",
        ));
    }
    let mut sock = rtnl::open()?;
    let req = dump_request(opts);
    let mut all: Vec<Vec<u8>> = Vec::new();
    rtnl::dump(&mut sock, Wire(RTM_GETADDRLABEL, &req), &mut |m| {
        if m.kind == RTM_NEWADDRLABEL {
            all.push(m.payload.to_vec());
        }
        Ok(())
    })
    .map_err(|f| rtnl::terminated(f, "Flush"))?;
    for m in &all {
        rtnl::talk(&mut sock, Wire(RTM_DELADDRLABEL, m), 0, &mut |_| Ok(()))
            .map_err(|f| rtnl::terminated(f, "Flush"))?;
    }
    Ok(())
}

fn add(args: &mut Args, opts: &Opts) -> Result<()> {
    modify(args, opts, RTM_NEWADDRLABEL, NLM_F_CREATE | NLM_F_EXCL)
}

fn delete(args: &mut Args, opts: &Opts) -> Result<()> {
    modify(args, opts, RTM_DELADDRLABEL, 0)
}

fn modify(args: &mut Args, opts: &Opts, cmd: u16, flags: u16) -> Result<()> {
    let m = build(args, opts)?;
    rtnl::ack(&mut *rtnl::open()?, Wire(cmd, &m), flags)
}

/// The request's payload: `prefix`, `dev`, `label` (the last of each counts; other words
/// are passed over, as the reference passes them), header, IFAL_LABEL, IFAL_ADDRESS.
pub fn build(args: &mut Args, opts: &Opts) -> Result<Vec<u8>> {
    let (mut prefix, mut label, mut index) = (None, None, 0u32);
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "prefix" => {
                prefix = Some(get_prefix(
                    args.next().ok_or_else(incomplete)?,
                    opts.family,
                )?)
            }
            "dev" => {
                let v = args.next().ok_or_else(incomplete)?;
                index = ifnames::index(v).ok_or_else(|| invarg("dev is invalid\n", v))?;
            }
            "label" => {
                let v = args.next().ok_or_else(incomplete)?;
                label = Some(
                    get_u32(v)
                        .filter(|&l| l != u32::MAX)
                        .ok_or_else(|| invarg("label is invalid\n", v))?,
                );
            }
            _ => {}
        }
    }
    let Some(prefix) = prefix else {
        return Err(Error::ip_fail(
            "Not enough information: \"prefix\" argument is required.",
        ));
    };
    let Some(label) = label else {
        return Err(Error::ip_fail(
            "Not enough information: \"label\" argument is required.",
        ));
    };
    let mut m = header(family(opts), prefix.bitlen as u8, index).to_vec();
    m.extend(attr::emit_all(&[
        attr::u32(IFAL_LABEL, label),
        attr::bytes(IFAL_ADDRESS, prefix.bytes()),
    ]));
    Ok(m)
}
