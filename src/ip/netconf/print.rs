//! One netconf message as `ip netconf` prints it (plain and JSON in one pass).

use crate::ip::ifnames::Names;
use crate::ip::opts::Out;
use crate::ip::prefix::family_name;
use crate::netlink::rtnl::netconf::*;
use crate::output::Show;

/// `inet v0 forwarding off rp_filter off … ` and the newline: the settings the message has.
pub fn print(p: &mut Out, nc: &Netconf, names: &mut Names) {
    p.open_object(None);
    let fam = family_name(nc.family);
    p.value(Show::Any, Some("family"), format_args!("{fam} "), fam);
    if let Some(i) = nc.ifindex() {
        let name = match i {
            NETCONFA_IFINDEX_ALL => "all".to_string(),
            NETCONFA_IFINDEX_DEFAULT => "default".to_string(),
            i => names.ifname(i as u32).into_owned(),
        };
        p.value(
            Show::Any,
            Some("interface"),
            format_args!("{name} "),
            name.as_str(),
        );
    }
    on_off(p, nc, NETCONFA_FORWARDING, "forwarding");
    if let Some(v) = nc.attr.u32(NETCONFA_RP_FILTER) {
        let w = match v {
            0 => "off",
            1 => "strict",
            2 => "loose",
            _ => "unknown mode",
        };
        p.value(
            Show::Any,
            Some("rp_filter"),
            format_args!("rp_filter {w} "),
            w,
        );
    }
    on_off(p, nc, NETCONFA_MC_FORWARDING, "mc_forwarding");
    on_off(p, nc, NETCONFA_PROXY_NEIGH, "proxy_neigh");
    on_off(
        p,
        nc,
        NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN,
        "ignore_routes_with_linkdown",
    );
    on_off(p, nc, NETCONFA_INPUT, "input");
    p.close_object();
    p.fp_str("\n");
}

fn on_off(p: &mut Out, nc: &Netconf, kind: u16, key: &str) {
    if let Some(v) = nc.attr.u32(kind) {
        let on = v != 0;
        let w = if on { "on" } else { "off" };
        p.value(Show::Any, Some(key), format_args!("{key} {w} "), &on);
    }
}
