//! `ip link show`: one RTM_GETLINK dump (or one GETLINK for `dev NAME`), printed as it
//! streams in. Attributes are read straight from the message bytes (no per-link allocation).

use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::ip::iface::addrsel::AddrFilter;
use crate::ip::iface::{print, stream_links, Filter};
use crate::ip::ifnames::{self, Names};
use crate::ip::opts::Opts;
use crate::ip::{rtnl, usage};
use crate::netlink::rtnl::AF_PACKET;

/// The selectors of `ip link show`. The reference reads them with `ip address show`'s parser:
/// `label PATTERN` is taken, and then no link matches (their addresses would, but `link show`
/// prints none), so only the JSON objects the other selectors let through stay, empty; the
/// other address selectors (`scope`, `permanent`, `-tentative`, …) are read and ignored, and
/// `to` refuses any prefix (a link-layer context); a bare `help` is the usage screen.
fn parse(args: &mut Args) -> Result<(Filter, bool)> {
    let mut f = Filter::default();
    let mut addrs = AddrFilter::new(AF_PACKET);
    let mut label = false;
    while let Some(w) = args.next().map(str::to_string) {
        if w == "label" {
            args.value()?;
            label = true;
        } else if !f.parse_word(&w, args)? && !addrs.word(&w, args)? {
            if w != "dev" && matches(&w, "help") {
                return Err(Error::ip_usage_text(usage::LINK));
            }
            f.parse_dev(&w, args)?;
        }
    }
    Ok((f, label))
}

pub fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let (filter, label) = parse(args)?;
    let mut sock = rtnl::open()?;
    let mut names = Names::default();
    // a missing device is reported before anything is printed (no `[]` either)
    if let Some(d) = &filter.dev {
        if ifnames::index(d).is_none() {
            return Err(ifnames::does_not_exist(d));
        }
    }
    let mut p = opts.printer();
    p.begin();
    let r = stream_links(
        &mut sock,
        filter.query(opts),
        &mut names,
        &mut |l, names| {
            if !filter.accepts(l) {
                return Ok(());
            }
            if !filter.open_object(&mut p, l) {
                return Ok(());
            }
            if label {
                p.close_object();
                return Ok(());
            }
            if opts.brief {
                print::print_brief(&mut p, l, names);
            } else {
                print::print_link(&mut p, l, opts, names, false);
            }
            p.fp_str("\n");
            p.close_object();
            Ok(())
        },
    );
    p.end()?;
    r
}
