//! `ip vrf`: show the VRF devices, identify a process's VRF (its cgroup), pids and exec.
//! Devices of kind `vrf` are found in a link dump (the kernel may not filter by kind: the
//! kind is checked here too).

use super::opts::Opts;
use super::{rtnl, usage};
use crate::cli::num::strtoul;
use crate::cli::{invarg, Args};
use crate::error::{io_text, Error, Result};
use crate::netlink::attr;
use crate::netlink::rtnl::link::{
    Link, IFINFOMSG_LEN, IFLA_IFNAME, IFLA_INFO_DATA, IFLA_INFO_KIND, IFLA_LINKINFO,
};
use crate::netlink::rtnl::{RTM_GETLINK, RTM_NEWLINK};
use crate::netlink::{Socket, Wire};
use crate::output::Show;

/// IFLA_VRF_TABLE in a vrf's IFLA_INFO_DATA.
const IFLA_VRF_TABLE: u16 = 1;

use crate::ip::subcmd::{self, Sub};

fn help(_: &mut Args, _: &Opts) -> Result<()> {
    Err(usage_err())
}

fn usage_err() -> Error {
    Error::ip_usage_text(usage::VRF)
}

/// The subcommands in the reference's order.
const SUBS: &[(&str, Sub)] = &[
    ("show", show),
    ("list", show),
    ("lst", show),
    ("exec", exec),
    ("identify", identify),
    ("pids", pids),
    ("help", help),
];

/// The subcommands, in the parser's order (for completion).
pub fn sub_names() -> impl Iterator<Item = &'static str> {
    SUBS.iter().map(|(n, _)| *n)
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    subcmd::dispatch(args, opts, "vrf", SUBS, show)
}

/// A vrf's name and table, when `l` is one.
fn vrf_of(l: &Link) -> Option<(String, u32)> {
    if l.kind(false) != Some("vrf") {
        return None;
    }
    let info = l.get(IFLA_LINKINFO)?;
    let table = attr::find(info, IFLA_INFO_DATA)
        .and_then(|d| attr::find(d, IFLA_VRF_TABLE))
        .and_then(attr::u32_of)
        .unwrap_or(0);
    Some((l.name().to_string(), table))
}

/// RTM_GETLINK by name: the vrf of that name, if the device is one.
fn lookup(sock: &mut Socket, name: &str) -> Option<(String, u32)> {
    let mut m = vec![0u8; IFINFOMSG_LEN];
    let mut v = name.as_bytes().to_vec();
    v.push(0);
    m.extend(attr::emit_all(&[attr::bytes(IFLA_IFNAME, &v)]));
    let mut found = None;
    let _ = sock.talk(Wire(RTM_GETLINK, &m), 0, &mut |msg| {
        if msg.kind == RTM_NEWLINK {
            found = Link::parse(msg.payload).as_ref().and_then(vrf_of);
        }
        Ok(())
    });
    found
}

/// The dump request: every link of kind vrf.
fn dump_request() -> Vec<u8> {
    let mut m = vec![0u8; IFINFOMSG_LEN];
    m.extend(attr::emit_all(&[attr::nest(
        IFLA_LINKINFO,
        &[attr::bytes(IFLA_INFO_KIND, b"vrf")],
    )]));
    m
}

fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    if args.len() > 1 {
        return Err(usage_err());
    }
    let mut sock = rtnl::open()?;
    let mut vrfs = Vec::new();
    if let Some(name) = args.next() {
        match lookup(&mut sock, name) {
            Some(v) => vrfs.push(v),
            None => return Err(Error::ip_usage("Invalid VRF")),
        }
    } else {
        rtnl::dump(&mut sock, Wire(RTM_GETLINK, &dump_request()), &mut |m| {
            if m.kind == RTM_NEWLINK {
                if let Some(v) = Link::parse(m.payload).as_ref().and_then(vrf_of) {
                    vrfs.push(v);
                }
            }
            Ok(())
        })
        .map_err(|f| rtnl::terminated(f, "Dump"))?;
    }
    let mut p = opts.printer();
    p.begin();
    p.fp_str("Name              Table\n-----------------------\n");
    for (name, table) in &vrfs {
        p.open_object(None);
        p.value(
            Show::Any,
            Some("name"),
            format_args!("{name:<16}  "),
            name.as_str(),
        );
        p.value(
            Show::Any,
            Some("table"),
            format_args!("{table:>5}\n"),
            table,
        );
        p.close_object();
    }
    if vrfs.is_empty() {
        p.fp_str("No VRF has been configured\n");
    }
    p.end()?;
    Ok(())
}

/// The VRF a process's cgroup names (`…::/vrf/NAME`), printed; nothing when it has none.
fn identify(args: &mut Args, _opts: &Opts) -> Result<()> {
    if args.len() > 1 {
        let extra = args.rest_lossy().get(1).cloned().unwrap_or_default();
        return Err(invarg("Extra arguments specified\n", &extra));
    }
    let pid = match args.next() {
        Some(w) => strtoul(w, 10)
            .and_then(|v| u32::try_from(v).ok())
            .ok_or_else(|| invarg("Invalid pid\n", w))?,
        None => std::process::id(),
    };
    let text = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).map_err(|e| {
        Error::ip_fail(format_args!(
            "Failed to lookup vrf association: {}",
            io_text(&e)
        ))
    })?;
    for line in text.lines() {
        if let Some((_, name)) = line.split_once("::/vrf/") {
            println!("{name}");
            break;
        }
    }
    Ok(())
}

/// The processes of a VRF's cgroup; on this kernel no device is a vrf.
fn pids(args: &mut Args, _opts: &Opts) -> Result<()> {
    if args.len() != 1 {
        return Err(Error::ip_fail("Invalid arguments"));
    }
    let name = args.next().unwrap_or("").to_string();
    if lookup(&mut *rtnl::open()?, &name).is_none() {
        return Err(Error::ip_fail("Invalid VRF name"));
    }
    Err(Error::ip_fail(format_args!(
        "ipkit: \"ip vrf pids\" of a VRF device is not implemented yet"
    )))
}

/// Run a command bound to a VRF: the checks the reference makes; binding (a BPF program on a
/// cgroup) is not done.
fn exec(args: &mut Args, _opts: &Opts) -> Result<()> {
    let Some(name) = args.next().map(str::to_string) else {
        return Err(Error::ip_fail("No VRF name specified"));
    };
    if args.is_empty() {
        return Err(Error::ip_fail("No command specified"));
    }
    if lookup(&mut *rtnl::open()?, &name).is_none() {
        return Err(Error::ip_usage("Invalid VRF name"));
    }
    Err(Error::ip_fail(format_args!(
        "ipkit: \"ip vrf exec\" in a VRF device is not implemented yet"
    )))
}
