//! `ip token [ list | set | del | get ] [ TOKEN ] [ dev DEV ]`: the IPv6 tokenized interface
//! identifiers: listed from an AF_INET6 link dump (IFLA_INET6_TOKEN inside IFLA_PROTINFO),
//! set or cleared with RTM_SETLINK of family AF_INET6 (inside IFLA_AF_SPEC → AF_INET6).

use super::ifnames::{self, Names};
use super::opts::Opts;
use super::{prefix, rtnl, usage};
use crate::cli::{self, matches, Args};
use crate::error::{Error, Result};
use crate::netlink::attr;
use crate::netlink::rtnl::link::{
    Link, IFF_LOOPBACK, IFF_NOARP, IFLA_AF_SPEC, IFLA_INET6_TOKEN, IFLA_PROTINFO,
};
use crate::netlink::rtnl::{AF_INET6, RTM_GETLINK};
use crate::netlink::Wire;
use crate::output::{Color, IpText, Printer, Show};
use std::io::Write;
use std::net::{IpAddr, Ipv6Addr};

const RTM_SETLINK: u16 = 19;
/// struct ifinfomsg.
const IFINFOMSG_LEN: usize = 16;

fn help() -> Error {
    Error::ip_usage_text(usage::TOKEN)
}

pub fn run(args: &mut Args, opts: &Opts) -> Result<()> {
    let Some(w) = args.next() else {
        return list(args, opts, &ifnames::index);
    };
    if matches(w, "list") || matches(w, "lst") || matches(w, "show") || matches(w, "get") {
        list(args, opts, &ifnames::index)
    } else if matches(w, "set") || matches(w, "add") {
        let req = request(args, false, &ifnames::index)?;
        modify(&req)
    } else if matches(w, "delete") {
        let req = request(args, true, &ifnames::index)?;
        modify(&req)
    } else if matches(w, "help") {
        Err(help())
    } else {
        Err(Error::ip_usage(format_args!(
            "Command \"{w}\" is unknown, try \"ip token help\"."
        )))
    }
}

/// `dev DEV`, or the reference's complaint.
fn device(name: &str, index: &dyn Fn(&str) -> Option<u32>) -> Result<u32> {
    index(name).ok_or_else(|| cli::invarg("dev is invalid\n", name))
}

/// `set TOKEN dev DEV` (the first token and the first device count, other words are
/// passed over) or `del dev DEV` (no token read: all zeros): the RTM_SETLINK payload.
pub fn request(
    args: &mut Args,
    delete: bool,
    index: &dyn Fn(&str) -> Option<u32>,
) -> Result<Vec<u8>> {
    let mut dev: Option<u32> = None;
    let mut token: Option<Vec<u8>> = delete.then(|| vec![0u8; 16]);
    while let Some(w) = args.next() {
        if w == "dev" {
            let name = args.next().ok_or_else(cli::incomplete)?;
            if dev.is_none() {
                dev = Some(device(name, index)?);
            }
        } else if matches(w, "help") {
            return Err(help());
        } else if token.is_none() {
            token = Some(prefix::get_prefix(w, AF_INET6)?.bytes().to_vec());
        }
    }
    let Some(token) = token else {
        return Err(Error::ip_fail("Not enough information: token is required."));
    };
    let Some(dev) = dev else {
        return Err(Error::ip_fail(
            "Not enough information: \"dev\" argument is required.",
        ));
    };
    let mut m = vec![0u8; IFINFOMSG_LEN];
    m[0] = AF_INET6;
    m[4..8].copy_from_slice(&dev.to_ne_bytes());
    let spec = attr::nest(
        IFLA_AF_SPEC,
        &[attr::nest(
            u16::from(AF_INET6),
            &[attr::bytes(IFLA_INET6_TOKEN, &token)],
        )],
    );
    m.extend_from_slice(&attr::emit_all(&[spec]));
    Ok(m)
}

fn modify(req: &[u8]) -> Result<()> {
    let mut sock = rtnl::open()?;
    rtnl::ack(&mut sock, Wire(RTM_SETLINK, req), 0)
}

/// `list`/`get [dev DEV]`: only `dev` is read (the first; other words are passed over).
fn list(args: &mut Args, opts: &Opts, index: &dyn Fn(&str) -> Option<u32>) -> Result<()> {
    let mut dev = None;
    while let Some(w) = args.next() {
        if w == "dev" && dev.is_none() {
            let name = args.next().ok_or_else(cli::incomplete)?;
            dev = Some(device(name, index)?);
        }
    }
    let mut sock = rtnl::open()?;
    let mut p = opts.printer();
    let mut names = Names::default();
    p.begin();
    let mut req = [0u8; IFINFOMSG_LEN];
    req[0] = AF_INET6;
    let r = rtnl::dump(&mut sock, Wire(RTM_GETLINK, &req), &mut |m| {
        if let Some(l) = Link::parse(m.payload) {
            print(&mut p, &l, dev, &mut names);
        }
        Ok(())
    });
    match r {
        Ok(()) => Ok(p.end()?),
        Err(fail) => {
            p.flush()?;
            Err(rtnl::terminated(fail, "Dump"))
        }
    }
}

/// One link's token (`token ::1 dev v0`), unless it is a loopback or NOARP device (which
/// take none) or not the one asked for.
pub fn print<W: Write>(p: &mut Printer<W>, l: &Link, dev: Option<u32>, names: &mut Names) {
    if l.flags & (IFF_LOOPBACK | IFF_NOARP) != 0 || dev.is_some_and(|d| d != l.index) {
        return;
    }
    let Some(t) = l
        .get(IFLA_PROTINFO)
        .and_then(|s| attr::find(s, IFLA_INET6_TOKEN))
        .and_then(|t| <[u8; 16]>::try_from(t).ok())
    else {
        return;
    };
    let text = IpText::new(IpAddr::V6(Ipv6Addr::from(t)));
    p.open_object(None);
    p.fp_str("token ");
    p.color_text(
        Show::Any,
        Color::for_family(AF_INET6),
        Some("token"),
        text.as_str(),
        "",
    );
    p.fp_str(" dev ");
    let name = names.ifname(l.index);
    p.color_text(Show::Any, Color::Ifname, Some("ifname"), &name, "\n");
    p.close_object();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ip::captures;

    #[test]
    fn requests_match_the_reference() {
        let checked = captures::check(include_str!("token_requests.tsv"), "token", &mut |words| {
            let (cmd, rest) = words.split_first().unwrap_or((&"", &[]));
            let delete = matches(cmd, "delete");
            request(&mut Args::from_strs(rest), delete, &|n| {
                captures::index(n).or_else(|| ifnames::if_number(n))
            })
        });
        assert!(checked > 15, "only {checked} captures");
    }
}
