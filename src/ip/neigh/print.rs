//! One neighbour entry as `ip neigh show` prints it (plain, `-br`, JSON; `-s` adds the
//! reference count, the timers and the probes).

use super::filter::refcnt;
use crate::ip::iface::print;
use crate::ip::ifnames::Names;
use crate::ip::lladdr::Mac;
use crate::ip::opts::{Opts, Out};
use crate::netlink::attr::u32_of;
use crate::netlink::rtnl::neigh::*;
use crate::netlink::rtnl::{ip_of, AF_INET, AF_INET6};
use crate::output::{Color, IpText, Show};

/// NUD states in print order.
const STATES: &[(u16, &str)] = &[
    (NUD_INCOMPLETE, "INCOMPLETE"),
    (NUD_REACHABLE, "REACHABLE"),
    (NUD_STALE, "STALE"),
    (NUD_DELAY, "DELAY"),
    (NUD_PROBE, "PROBE"),
    (NUD_FAILED, "FAILED"),
    (NUD_NOARP, "NOARP"),
    (NUD_PERMANENT, "PERMANENT"),
];

/// Neighbour flags shown as words (JSON: `"word": null`).
const FLAGS: &[(u8, &str)] = &[
    (NTF_ROUTER, "router"),
    (NTF_PROXY, "proxy"),
    (NTF_EXT_LEARNED, "extern_learn"),
    (NTF_OFFLOADED, "offload"),
];

/// Print `n` (already selected); `with_dev` false when the selector named the device.
pub fn print_one(p: &mut Out, n: &Neigh, with_dev: bool, opts: &Opts, names: &mut Names) {
    let (ifindex, state, flags) = (n.index, n.state, n.flags);
    let Some(dst) = n.attr.get(NDA_DST).and_then(ip_of) else {
        return;
    };
    let lladdr = n.attr.get(NDA_LLADDR);
    let cache = n.attr.get(NDA_CACHEINFO);
    let probes = n.attr.get(NDA_PROBES).and_then(u32_of);
    let color = Color::for_family(if dst.is_ipv4() { AF_INET } else { AF_INET6 });
    let d = IpText::new(dst);
    let d = d.as_str();
    let dev = names.ifname(ifindex);
    p.open_object(None);
    if opts.brief {
        p.color_value(Show::Any, color, Some("dst"), format_args!("{d:<39} "), d);
        if with_dev {
            p.color_value(
                Show::Any,
                Color::Ifname,
                Some("dev"),
                format_args!("{dev:<16} "),
                &*dev,
            );
        }
        if let Some(l) = lladdr {
            let mac = Mac(l).to_string();
            p.color_value(
                Show::Any,
                Color::Mac,
                Some("lladdr"),
                format_args!("{mac}"),
                mac.as_str(),
            );
        }
        p.fp_str("\n");
        p.close_object();
        return;
    }
    p.color_text(Show::Any, color, Some("dst"), d, " ");
    if with_dev {
        print::dev(p, &dev);
    }
    if let Some(l) = lladdr {
        let mac = Mac(l).to_string();
        p.fp_str("lladdr ");
        p.color_text(Show::Any, Color::Mac, Some("lladdr"), &mac, " ");
    }
    let ext = n.attr.u32(NDA_FLAGS_EXT).unwrap_or(0);
    for &(bit, word) in FLAGS {
        if flags & bit != 0 {
            p.value(
                Show::Any,
                Some(word),
                format_args!("{word} "),
                &crate::output::Null,
            );
        }
    }
    if ext & NTF_EXT_MANAGED != 0 {
        p.value(
            Show::Any,
            Some("managed"),
            format_args!("managed "),
            &crate::output::Null,
        );
    }
    if opts.stats > 0 {
        if let Some(r) = refcnt(n).filter(|&r| r != 0) {
            p.value(Show::Any, Some("refcnt"), format_args!(" ref {r}"), &r);
        }
        if let Some(c) = cache.filter(|c| c.len() >= 12) {
            let hz = |i: usize| u32::from_ne_bytes([c[i], c[i + 1], c[i + 2], c[i + 3]]) / 100;
            let (confirmed, used, updated) = (hz(0), hz(4), hz(8));
            p.value(Show::Any, Some("used"), format_args!(" used {used}"), &used);
            p.value(
                Show::Any,
                Some("confirmed"),
                format_args!("/{confirmed}"),
                &confirmed,
            );
            p.value(
                Show::Any,
                Some("updated"),
                format_args!("/{updated}"),
                &updated,
            );
        }
        if let Some(pr) = probes {
            p.value(Show::Any, Some("probes"), format_args!("probes {pr} "), &pr);
        }
    }
    if state != 0 {
        p.open_list(Show::Json, "state", "");
        for &(bit, name) in STATES {
            if state & bit != 0 {
                p.color_text(Show::Any, Color::None, None, name, " ");
            }
        }
        p.close_array(Show::Json, "");
    }
    p.fp_str("\n");
    p.close_object();
}
