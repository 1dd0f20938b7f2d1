//! How `ip address` prints one address: the full form under its link, the brief form, and
//! the form with the device in front (`-echo`, `flush -s -s`).

use crate::ip::iface::addrflags::PRINTED;
use crate::ip::ifnames;
use crate::ip::opts::Out;
use crate::ip::rtnames::scope_n2a;
use crate::netlink::rtnl::addr::*;
use crate::netlink::rtnl::{AF_INET, AF_INET6};
use crate::output::{Color, Show};

/// The family word before an address (`inet`, `inet6`, `family N`).
fn family_word(f: u8) -> String {
    match f {
        AF_INET => "inet".into(),
        AF_INET6 => "inet6".into(),
        n => format!("family {n}"),
    }
}

pub fn print_brief_addr(p: &mut Out, a: &Addr) {
    if a.local_peer().0.is_none() {
        return;
    }
    p.open_object(None);
    print_local_peer_len(p, a);
    p.close_object();
}

/// `LOCAL[ peer PEER]/LEN ` (coloured by family), shared by the full and the brief form.
fn print_local_peer_len(p: &mut Out, a: &Addr) {
    let c = Color::for_family(a.family);
    let (local, peer) = a.local_peer();
    if let Some(l) = local {
        let s = l.to_string();
        p.color_value(Show::Any, c, Some("local"), format_args!("{s}"), s.as_str());
    }
    if let Some(pe) = peer {
        let s = pe.to_string();
        p.fp_str(" peer ");
        p.color_value(
            Show::Any,
            c,
            Some("address"),
            format_args!("{s}"),
            s.as_str(),
        );
    }
    p.value(
        Show::Any,
        Some("prefixlen"),
        format_args!("/{} ", a.plen),
        &a.plen,
    );
}

/// `    inet 10.0.0.1/24 brd … scope global FLAGS label` + the lifetimes line.
pub fn print_addr(p: &mut Out, a: &Addr) {
    let fam = family_word(a.family);
    let c = Color::for_family(a.family);
    p.value(
        Show::Any,
        Some("family"),
        format_args!("    {fam} "),
        fam.as_str(),
    );
    print_local_peer_len(p, a);
    if let Some(m) = a.attr.u32(IFA_RT_PRIORITY) {
        p.value(Show::Any, Some("metric"), format_args!("metric {m} "), &m);
    }
    if let Some(b) = a.ip(IFA_BROADCAST) {
        let s = b.to_string();
        p.fp_str("brd ");
        p.color_value(
            Show::Any,
            c,
            Some("broadcast"),
            format_args!("{s} "),
            s.as_str(),
        );
    }
    if let Some(b) = a.ip(IFA_ANYCAST) {
        let s = b.to_string();
        p.fp_str("any ");
        p.color_value(
            Show::Any,
            c,
            Some("anycast"),
            format_args!("{s} "),
            s.as_str(),
        );
    }
    let scope = scope_n2a(a.scope);
    p.value(
        Show::Any,
        Some("scope"),
        format_args!("scope {scope} "),
        &*scope,
    );
    for &(bit, v4, v6) in PRINTED {
        if a.flags & bit != 0 {
            let n = if a.family == AF_INET6 { v6 } else { v4 };
            p.value(Show::Any, Some(n), format_args!("{n} "), &true);
        }
        if bit == IFA_F_TENTATIVE && a.flags & IFA_F_PERMANENT == 0 {
            p.value(Show::Any, Some("dynamic"), format_args!("dynamic "), &true);
        }
    }
    if let Some(lbl) = a.label() {
        p.value(Show::Any, Some("label"), format_args!("{lbl}"), lbl);
    }
    let (valid, pref) = a.lifetimes();
    p.nl();
    p.fp_str("       valid_lft ");
    lifetime(p, "valid_life_time", valid);
    p.fp_str(" preferred_lft ");
    lifetime(p, "preferred_life_time", pref);
}

fn lifetime(p: &mut Out, key: &str, v: u32) {
    if v == INFINITY_LIFE_TIME {
        p.value(Show::Any, Some(key), format_args!("forever"), &v);
    } else {
        p.value(Show::Any, Some(key), format_args!("{v}sec"), &v);
    }
}

/// One address the way `ip` prints it outside a link listing (`-echo`, `flush -s -s`):
/// `3: v0    inet 10.0.0.1/24 scope global v0` and the lifetimes line.
pub fn print_one(p: &mut Out, a: &Addr) {
    print_one_named(p, a, &ifnames::name(a.index));
}

/// [`print_one`] with the interface's name given.
pub fn print_one_named(p: &mut Out, a: &Addr, name: &str) {
    p.value(
        Show::Any,
        Some("index"),
        format_args!("{}: ", a.index),
        &a.index,
    );
    p.value(Show::Any, Some("dev"), format_args!("{name}"), name);
    print_addr(p, a);
    p.fp_str("\n");
}
