//! `ip link property add|del dev NAME altname ALT...`: alternative interface names.

use crate::cli::{self, matches, Args};
use crate::error::{Error, Result};
use crate::ip::Opts;
use crate::netlink::Fail;
use netlink_packet_core::{NLM_F_APPEND, NLM_F_EXCL};
use netlink_packet_route::link::{LinkAttribute, LinkMessage, Prop};
use netlink_packet_route::RouteNetlinkMessage;

pub fn property(args: &mut Args, _: &Opts) -> Result<()> {
    let Some(op) = args.next().map(str::to_string) else {
        return Err(Error::raw(255, super::USAGE));
    };
    let add = if matches(&op, "add") {
        true
    } else if matches(&op, "delete") {
        false
    } else {
        return Err(Error::msg(255, "Operator required"));
    };
    let mut dev: Option<String> = None;
    let mut names: Vec<Prop> = Vec::new();
    while let Some(w) = args.next().map(str::to_string) {
        if w == "altname" {
            names.push(Prop::AltIfName(args.value()?.to_string()));
            continue;
        }
        let name = if w == "dev" {
            args.value()?.to_string()
        } else {
            w.clone()
        };
        if dev.is_some() {
            return Err(cli::duparg2("dev", &name));
        }
        dev = Some(name);
    }
    let Some(dev) = dev else {
        return Err(Error::msg(
            255,
            "Not enough of information: \"dev\" argument is required.",
        ));
    };
    let index = crate::ip::dev::require(&dev)?;
    if names.is_empty() {
        return Ok(());
    }
    let mut m = LinkMessage::default();
    m.header.index = index;
    m.attributes.push(LinkAttribute::PropList(names));
    let (msg, flags) = if add {
        (
            RouteNetlinkMessage::NewLinkProp(m),
            NLM_F_EXCL | NLM_F_APPEND,
        )
    } else {
        (RouteNetlinkMessage::DelLinkProp(m), 0)
    };
    let mut sock = super::show::open_socket()?;
    sock.ack(msg, flags).map_err(Fail::rtnl)
}
