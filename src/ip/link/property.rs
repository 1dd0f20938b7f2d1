//! `ip link property add|del dev NAME altname ALT...`: alternative interface names.

use crate::cli::{self, matches, Args};
use crate::error::{Error, Result};
use crate::ip::opts::Opts;
use crate::ip::{ifnames, rtnl, usage};
use netlink_packet_core::{NLM_F_APPEND, NLM_F_EXCL};
use netlink_packet_route::link::{LinkAttribute, LinkMessage, Prop};
use netlink_packet_route::RouteNetlinkMessage;

pub fn property(args: &mut Args, _: &Opts) -> Result<()> {
    let Some(op) = args.next().map(str::to_string) else {
        return Err(Error::ip_usage_text(usage::LINK));
    };
    let add = if matches(&op, "add") {
        true
    } else if matches(&op, "delete") {
        false
    } else {
        return Err(Error::ip_usage("Operator required"));
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
        return Err(Error::ip_usage(
            "Not enough of information: \"dev\" argument is required.",
        ));
    };
    let index = ifnames::require(&dev)?;
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
    rtnl::ack(&mut *rtnl::open()?, msg, flags)
}
