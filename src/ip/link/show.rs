//! `ip link show`: one RTM_GETLINK dump (or one GETLINK for `dev NAME`), printed as it
//! streams in. Attributes are read straight from the message bytes (no per-link allocation).

use crate::cli::Args;
use crate::error::Result;
use crate::ip::iface::{print, stream_links, Filter};
use crate::ip::ifnames::{self, Names};
use crate::ip::opts::Opts;
use crate::ip::rtnl;

pub fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let filter = Filter::parse(args)?;
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
