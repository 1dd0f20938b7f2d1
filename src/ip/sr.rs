//! `ip sr`: segment routing (generic netlink family SEG6): the tunnel source address and the
//! HMAC keys. Only the first keyword and its own words are read; more words are passed over.

use super::opts::Opts;
use super::prefix::get_addr;
use super::{genl, usage};
use crate::cli::num::get_u32;
use crate::cli::{incomplete, invarg, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use crate::netlink::genl::{request, GENL_HDRLEN};
use crate::netlink::rtnl::{ip_of, AF_INET6};
use crate::netlink::Wire;
use crate::output::{IpText, Show};
use std::io::BufRead;

const SEG6_GENL_VERSION: u8 = 1;
const SEG6_CMD_SETHMAC: u8 = 1;
const SEG6_CMD_DUMPHMAC: u8 = 2;
const SEG6_CMD_SET_TUNSRC: u8 = 3;
const SEG6_CMD_GET_TUNSRC: u8 = 4;

const SEG6_ATTR_DST: u16 = 1;
const SEG6_ATTR_HMACKEYID: u16 = 3;
const SEG6_ATTR_SECRET: u16 = 4;
const SEG6_ATTR_SECRETLEN: u16 = 5;
const SEG6_ATTR_ALGID: u16 = 6;

/// The HMAC algorithms by their SEG6_HMAC_ALGO_* number.
const ALGOS: &[(&str, u8)] = &[("sha1", 1), ("sha256", 2)];

/// The subcommands (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    ["hmac", "tunsrc", "help"].into_iter()
}

fn usage_err() -> Error {
    Error::ip_usage_text(usage::SR)
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(first) = args.next().map(str::to_string) else {
        return Err(usage_err());
    };
    if matches(&first, "help") {
        return Err(usage_err());
    }
    let (cmd, attrs) = if matches(&first, "hmac") {
        let w = args.next().ok_or_else(incomplete)?.to_string();
        if matches(&w, "show") {
            (SEG6_CMD_DUMPHMAC, Vec::new())
        } else if matches(&w, "set") {
            let v = args.next().ok_or_else(incomplete)?;
            let keyid = get_u32(v)
                .filter(|&k| k != 0)
                .ok_or_else(|| invarg("hmac KEYID value is invalid", v))?;
            let v = args.next().ok_or_else(incomplete)?;
            let algo = ALGOS
                .iter()
                .find(|(n, _)| *n == v)
                .map(|(_, a)| *a)
                .ok_or_else(|| invarg("hmac ALGO value is invalid", v))?;
            let secret = read_secret()?;
            let mut a = vec![
                attr::u32(SEG6_ATTR_HMACKEYID, keyid),
                attr::u8(SEG6_ATTR_SECRETLEN, secret.len() as u8),
                attr::u8(SEG6_ATTR_ALGID, algo),
            ];
            if !secret.is_empty() {
                let mut s = secret.into_bytes();
                s.push(0);
                a.push(attr::bytes(SEG6_ATTR_SECRET, &s));
            }
            (SEG6_CMD_SETHMAC, a)
        } else {
            return Err(invarg("unknown", &w));
        }
    } else if matches(&first, "tunsrc") {
        let w = args.next().ok_or_else(incomplete)?.to_string();
        if matches(&w, "show") {
            (SEG6_CMD_GET_TUNSRC, Vec::new())
        } else if matches(&w, "set") {
            let v = args.next().ok_or_else(incomplete)?;
            let a = get_addr(v, AF_INET6)?;
            let mut b = [0u8; 16];
            let n = a.bytes().len().min(16);
            b[..n].copy_from_slice(&a.bytes()[..n]);
            (SEG6_CMD_SET_TUNSRC, vec![attr::bytes(SEG6_ATTR_DST, &b)])
        } else {
            return Err(invarg("unknown", &w));
        }
    } else {
        return Err(invarg("unknown", &first));
    };
    let (mut sock, family) = genl::open("SEG6")?;
    let req = request(cmd, SEG6_GENL_VERSION, &attr::emit_all(&attrs));
    match cmd {
        SEG6_CMD_GET_TUNSRC => {
            let mut p = opts.printer();
            let mut addr = None;
            sock.talk(Wire(family, &req), 0, &mut |m| {
                if m.kind == family {
                    addr = m
                        .payload
                        .get(GENL_HDRLEN..)
                        .and_then(|a| attr::find(a, SEG6_ATTR_DST))
                        .and_then(ip_of);
                }
                Ok(())
            })
            .map_err(genl::answers)?;
            p.begin();
            if let Some(a) = addr {
                p.open_object(None);
                p.fp_str("tunsrc addr ");
                p.value(
                    Show::Any,
                    Some("tunsrc"),
                    format_args!("{}\n", IpText::new(a).as_str()),
                    IpText::new(a).as_str(),
                );
                p.close_object();
            }
            p.end()?;
            Ok(())
        }
        SEG6_CMD_DUMPHMAC => {
            genl::dump_print(&mut sock, family, &req, opts, &mut |p, a| print_hmac(p, a))
        }
        _ => sock
            .ack(Wire(family, &req), 0)
            .map(|_| ())
            .map_err(genl::answers),
    }
}

/// One HMAC key of the dump (kernels with CONFIG_IPV6_SEG6_HMAC).
fn print_hmac<W: std::io::Write>(p: &mut crate::output::Printer<W>, a: &[u8]) {
    let id = attr::find(a, SEG6_ATTR_HMACKEYID).and_then(attr::u32_of);
    let algo = attr::find(a, SEG6_ATTR_ALGID).and_then(attr::u8_of);
    let secret = attr::find(a, SEG6_ATTR_SECRET)
        .map(attr::cstr)
        .unwrap_or("");
    let (Some(id), Some(algo)) = (id, algo) else {
        return;
    };
    let name = ALGOS
        .iter()
        .find(|(_, n)| *n == algo)
        .map_or("<unknown>", |(s, _)| *s);
    p.open_object(None);
    p.value(Show::Any, Some("hmac"), format_args!("hmac {id} "), &id);
    p.value(Show::Any, Some("algo"), format_args!("algo {name} "), name);
    p.value(
        Show::Any,
        Some("secret"),
        format_args!("secret \"{secret}\"\n"),
        secret,
    );
    p.close_object();
}

/// The secret of `hmac set`: a prompt on stderr, one line of stdin (no echo wanted, as
/// getpass does on a terminal), its newline taken off.
fn read_secret() -> Result<String> {
    eprint!("Enter secret for HMAC key ID (blank to delete): ");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(line)
}
