//! `ip mptcp`: the MPTCP path manager's endpoints and limits (generic netlink mptcp_pm).

use super::opts::Opts;
use super::prefix::get_addr;
use super::{genl, ifnames, rtnl, usage};
use crate::cli::num::{get_u16, get_u32, get_u8};
use crate::cli::{incomplete, invarg, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use crate::netlink::genl::{request, GENL_HDRLEN};
use crate::netlink::rtnl::{ip_of, AF_INET};
use crate::netlink::{Socket, Wire};
use crate::output::{IpText, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

mod monitor;
#[cfg(test)]
mod tests;

const MPTCP_PM_VER: u8 = 1;
const CMD_ADD_ADDR: u8 = 1;
const CMD_DEL_ADDR: u8 = 2;
const CMD_GET_ADDR: u8 = 3;
const CMD_FLUSH_ADDRS: u8 = 4;
const CMD_SET_LIMITS: u8 = 5;
const CMD_GET_LIMITS: u8 = 6;
const CMD_SET_FLAGS: u8 = 7;

const ATTR_ADDR: u16 = 1;
const ATTR_RCV_ADD_ADDRS: u16 = 2;
const ATTR_SUBFLOWS: u16 = 3;
const NLA_F_NESTED: u16 = 0x8000;

const ADDR_FAMILY: u16 = 1;
const ADDR_ID: u16 = 2;
const ADDR_ADDR4: u16 = 3;
const ADDR_ADDR6: u16 = 4;
const ADDR_PORT: u16 = 5;
const ADDR_FLAGS: u16 = 6;
const ADDR_IF_IDX: u16 = 7;

const SIGNAL: u32 = 1;
const SUBFLOW: u32 = 2;
const BACKUP: u32 = 4;
const FULLMESH: u32 = 8;

/// The flag words in the printer's order.
const FLAGS: &[(&str, u32)] = &[
    ("signal", SIGNAL),
    ("subflow", SUBFLOW),
    ("backup", BACKUP),
    ("fullmesh", FULLMESH),
    ("implicit", 16),
];

fn usage_err() -> Error {
    Error::ip_usage_text(usage::MPTCP)
}

fn unknown(cmd: &str) -> Error {
    Error::ip_usage(format_args!(
        "Command \"{cmd}\" is unknown, try \"ip mptcp help\"."
    ))
}

/// The objects and subcommands (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    ["endpoint", "limits", "monitor", "help"].into_iter()
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(obj) = args.next().map(str::to_string) else {
        return Err(usage_err());
    };
    if matches(&obj, "help") {
        return Err(usage_err());
    }
    if matches(&obj, "endpoint") {
        let Some(cmd) = args.next().map(str::to_string) else {
            return show(args, opts);
        };
        if matches(&cmd, "add") {
            let m = endpoint(args, Mode::Add)?;
            return ack(CMD_ADD_ADDR, &m);
        }
        if matches(&cmd, "delete") {
            let m = endpoint(args, Mode::Delete)?;
            return ack(CMD_DEL_ADDR, &m);
        }
        if matches(&cmd, "change") {
            let m = endpoint(args, Mode::Change)?;
            return ack(CMD_SET_FLAGS, &m);
        }
        if matches(&cmd, "show") {
            return show(args, opts);
        }
        if matches(&cmd, "flush") {
            return ack(CMD_FLUSH_ADDRS, &[]);
        }
        return Err(unknown(&cmd));
    }
    if matches(&obj, "limits") {
        let Some(cmd) = args.next().map(str::to_string) else {
            return limits_show(args);
        };
        if matches(&cmd, "set") {
            let attrs = limits(args)?;
            return ack(CMD_SET_LIMITS, &attrs);
        }
        if matches(&cmd, "show") {
            return limits_show(args);
        }
        return Err(unknown(&cmd));
    }
    if matches(&obj, "monitor") {
        if let Some(w) = args.next() {
            return Err(unknown(w));
        }
        return monitor();
    }
    Err(unknown(&obj))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Add,
    Delete,
    Change,
    Show,
}

fn missarg(what: &str) -> Error {
    Error::ip_usage(format_args!("Error: argument \"{what}\" is required"))
}

/// The endpoint words: flags, `id`, `dev`, `port`, else an address. Returns the
/// request's attributes: MPTCP_PM_ATTR_ADDR nesting id, flags, ifindex, port, family,
/// address.
fn endpoint(args: &mut Args, mode: Mode) -> Result<Vec<DefaultNla>> {
    let (mut flags, mut id, mut ifindex, mut port, mut addr) = (0u32, None, None, None, None);
    while let Some(w) = args.next().map(str::to_string) {
        let set = match w.as_str() {
            "signal" | "subflow" if mode == Mode::Change => {
                return Err(invarg("invalid flags, backup and fullmesh only", &w));
            }
            "signal" => Some((SIGNAL, true)),
            "subflow" => Some((SUBFLOW, true)),
            "backup" => Some((BACKUP, true)),
            "fullmesh" => Some((FULLMESH, true)),
            "nobackup" => Some((BACKUP, false)),
            "nofullmesh" => Some((FULLMESH, false)),
            _ => None,
        };
        if let Some((bit, on)) = set {
            // `nobackup`/`nofullmesh` clear a flag of a change; elsewhere they do nothing
            if on {
                flags |= bit;
            } else if mode == Mode::Change {
                flags &= !bit;
            }
            continue;
        }
        match w.as_str() {
            "id" => {
                let v = args.next().ok_or_else(incomplete)?;
                id = Some(get_u8(v).ok_or_else(|| invarg("invalid ID\n", v))?);
            }
            "dev" => {
                let v = args.next().ok_or_else(incomplete)?;
                ifindex =
                    Some(ifnames::index(v).ok_or_else(|| invarg("device does not exist\n", v))?);
            }
            "port" => {
                let v = args.next().ok_or_else(incomplete)?;
                port = Some(get_u16(v).ok_or_else(|| invarg("expected port", v))?);
            }
            _ => addr = Some(get_addr(&w, 0)?),
        }
    }
    match mode {
        Mode::Add => {
            if addr.is_none() {
                return Err(missarg("ADDRESS"));
            }
            if port.is_some() && flags & SIGNAL == 0 {
                return Err(invarg("flags must have signal when using port", "port"));
            }
            if flags & SIGNAL != 0 && flags & FULLMESH != 0 {
                return Err(invarg(
                    "flags mustn't have both signal and fullmesh",
                    "fullmesh",
                ));
            }
        }
        Mode::Delete => match id {
            None => return Err(missarg("ID")),
            Some(0) if addr.is_none() => {
                return Err(invarg(
                    "address is needed for deleting id 0 address\n",
                    "ID",
                ))
            }
            Some(i) if i != 0 && addr.is_some() => {
                return Err(invarg("invalid for non-zero id address\n", "ADDRESS"))
            }
            _ => {}
        },
        Mode::Change => {
            if id.is_some() && port.is_some() {
                return Err(invarg("port can't be used with id", "port"));
            }
        }
        Mode::Show => {}
    }
    let mut inner = Vec::new();
    if let Some(i) = id {
        inner.push(attr::u8(ADDR_ID, i));
    }
    if flags != 0 {
        inner.push(attr::u32(ADDR_FLAGS, flags));
    }
    if let Some(i) = ifindex {
        inner.push(attr::u32(ADDR_IF_IDX, i));
    }
    if let Some(p) = port {
        inner.push(attr::u16(ADDR_PORT, p));
    }
    if let Some(a) = addr {
        inner.push(attr::u16(ADDR_FAMILY, u16::from(a.family)));
        let kind = if a.family == AF_INET {
            ADDR_ADDR4
        } else {
            ADDR_ADDR6
        };
        inner.push(attr::bytes(kind, a.bytes()));
    }
    Ok(vec![attr::nest(ATTR_ADDR | NLA_F_NESTED, &inner)])
}

/// A request answered by its ACK (refusals exit 2, as rtnetlink's).
fn ack(cmd: u8, attrs: &[DefaultNla]) -> Result<()> {
    let (mut sock, family) = genl::open("mptcp_pm")?;
    let req = request(cmd, MPTCP_PM_VER, &attr::emit_all(attrs));
    rtnl::ack(&mut sock, Wire(family, &req), 0)
}

fn print_endpoint<W: Write>(p: &mut Printer<W>, a: &[u8]) {
    let Some(nest) = attr::find(a, ATTR_ADDR) else {
        return;
    };
    let t = attr::Table::<8>::new(nest);
    p.open_object(None);
    if let Some(ip) = t
        .get(ADDR_ADDR4)
        .or_else(|| t.get(ADDR_ADDR6))
        .and_then(ip_of)
    {
        let text = IpText::new(ip);
        p.value(
            Show::Any,
            Some("address"),
            format_args!("{} ", text.as_str()),
            text.as_str(),
        );
    }
    if let Some(port) = t.u16(ADDR_PORT).filter(|&p| p != 0) {
        p.value(Show::Any, Some("port"), format_args!("port {port} "), &port);
    }
    if let Some(id) = t.u8(ADDR_ID) {
        p.value(Show::Any, Some("id"), format_args!("id {id} "), &id);
    }
    if let Some(flags) = t.u32(ADDR_FLAGS) {
        for (name, bit) in FLAGS {
            if flags & bit != 0 {
                p.value(Show::Any, Some(name), format_args!("{name} "), &true);
            }
        }
    }
    if let Some(i) = t.u32(ADDR_IF_IDX).filter(|&i| i != 0) {
        let name = ifnames::name(i);
        p.value(
            Show::Any,
            Some("dev"),
            format_args!("dev {name} "),
            name.as_str(),
        );
    }
    p.fp_str("\n");
    p.close_object();
}

/// `endpoint show [id ID] [ADDRESS]`: one endpoint, or the dump.
fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let attrs = endpoint(args, Mode::Show)?;
    let one = !args_had_selector(&attrs);
    let (mut sock, family) = genl::open("mptcp_pm")?;
    let mut p = opts.printer();
    if one {
        let req = request(CMD_GET_ADDR, MPTCP_PM_VER, &attr::emit_all(&attrs));
        let mut answer = None;
        talk(&mut sock, family, &req, &mut answer)?;
        p.begin();
        if let Some(a) = answer {
            print_endpoint(&mut p, &a);
        }
        p.end()?;
        return Ok(());
    }
    let req = request(CMD_GET_ADDR, MPTCP_PM_VER, &[]);
    p.begin();
    let r = sock.dump(Wire(family, &req), &mut |m| {
        if m.kind == family {
            if let Some(a) = m.payload.get(GENL_HDRLEN..) {
                print_endpoint(&mut p, a);
            }
        }
        Ok(())
    });
    match r {
        Ok(_) => Ok(p.end()?),
        Err(f) => {
            p.flush()?;
            Err(rtnl::terminated(f, "Dump"))
        }
    }
}

/// Whether the nested address is empty (no id, no address: the whole dump is shown).
fn args_had_selector(attrs: &[DefaultNla]) -> bool {
    let b = attr::emit_all(attrs);
    b.len() <= 4
}

/// One request and its one answer's attributes.
fn talk(sock: &mut Socket, family: u16, req: &[u8], out: &mut Option<Vec<u8>>) -> Result<()> {
    rtnl::talk(sock, Wire(family, req), 0, &mut |m| {
        if m.kind == family {
            *out = m.payload.get(GENL_HDRLEN..).map(<[u8]>::to_vec);
        }
        Ok(())
    })
    .map_err(rtnl::answers)
}

/// `limits set|show` words: `subflows N`, `add_addr_accepted N`.
fn limits(args: &mut Args) -> Result<Vec<DefaultNla>> {
    let (mut rcv, mut sub) = (None, None);
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "subflows" => {
                let v = args.next().ok_or_else(incomplete)?;
                sub = Some(get_u32(v).ok_or_else(|| invarg("invalid subflows\n", v))?);
            }
            "add_addr_accepted" => {
                let v = args.next().ok_or_else(incomplete)?;
                rcv = Some(get_u32(v).ok_or_else(|| invarg("invalid add_addr_accepted\n", v))?);
            }
            _ => return Err(invarg("unknown limit", &w)),
        }
    }
    let mut a = Vec::new();
    if let Some(v) = rcv {
        a.push(attr::u32(ATTR_RCV_ADD_ADDRS, v));
    }
    if let Some(v) = sub {
        a.push(attr::u32(ATTR_SUBFLOWS, v));
    }
    Ok(a)
}

/// `limits show`: plain text even under `-j`, as the reference prints it.
fn limits_show(args: &mut Args) -> Result<()> {
    limits(args)?;
    let (mut sock, family) = genl::open("mptcp_pm")?;
    let req = request(CMD_GET_LIMITS, MPTCP_PM_VER, &[]);
    let mut answer = None;
    talk(&mut sock, family, &req, &mut answer)?;
    if let Some(a) = answer {
        let mut line = String::new();
        if let Some(v) = attr::find(&a, ATTR_RCV_ADD_ADDRS).and_then(attr::u32_of) {
            line.push_str(&format!("add_addr_accepted {v} "));
        }
        if let Some(v) = attr::find(&a, ATTR_SUBFLOWS).and_then(attr::u32_of) {
            line.push_str(&format!("subflows {v} "));
        }
        println!("{line}");
    }
    Ok(())
}

/// `ip mptcp monitor`: each event as it arrives, until a signal or a closed stdout ends it.
fn monitor() -> Result<()> {
    let (mut sock, family) = genl::open("mptcp_pm")?;
    let group = crate::netlink::genl::family(&mut sock, "mptcp_pm", "mptcp_pm_events")
        .map(|(_, g)| g)
        .unwrap_or(0);
    drop(sock);
    let mut l = crate::netlink::listen::Listener::genl(group)
        .map_err(|e| Error::ip_fail(format_args!("Cannot open netlink socket: {e}")))?;
    let (mut out, mut err) = (String::new(), String::new());
    loop {
        let buf = match l.recv() {
            Ok((b, _)) => b,
            Err(e) if e.raw_os_error() == Some(nix::libc::ENOBUFS) => continue,
            Err(e) => return Err(Error::ip_fail(format_args!("netlink receive error {e}"))),
        };
        let end = monitor::datagram(buf, family, &mut out, &mut err);
        // the complaints come before the datagram's lines reach stdout
        eprint!("{err}");
        let mut so = std::io::stdout().lock();
        so.write_all(out.as_bytes())?;
        so.flush()?;
        out.clear();
        err.clear();
        if let Some(code) = end {
            return Err(Error::exit(code));
        }
    }
}
