//! `ip address show`: addresses are dumped first (grouped per link, kernel order kept),
//! then the link dump streams out with each link's addresses under it.

use super::print::{print_addr, print_brief_addr};
use crate::cli::{matches, Args};
use crate::error::{Error, Result};
use crate::ip::iface::addrsel::AddrFilter;
use crate::ip::iface::print::{print_brief_name_state, print_link};
use crate::ip::iface::{stats, stream_links, Filter};
use crate::ip::ifnames::{self, Names};
use crate::ip::opts::Opts;
use crate::ip::{rtnl, usage};
use crate::netlink::rtnl::addr::Addr;
use crate::netlink::rtnl::AF_PACKET;
use crate::netlink::rtnl::RTM_NEWADDR;
use crate::netlink::Socket;
use crate::output::Show;
use netlink_packet_route::address::AddressMessage;
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};

/// Parse `ip addr show` selectors into the link and address filters.
pub fn parse_filters(args: &mut Args, opts: &Opts) -> Result<(Filter, AddrFilter)> {
    let mut f = Filter::default();
    let mut af = AddrFilter::new(opts.family);
    while let Some(w) = args.next().map(str::to_string) {
        if !f.parse_word(&w, args)? && !af.word(&w, args)? {
            if w != "dev" && matches(&w, "help") {
                return Err(Error::ip_usage_text(usage::ADDR));
            }
            f.parse_dev(&w, args)?;
        }
    }
    Ok((f, af))
}

/// All address messages of one dump, kept in one buffer and grouped by interface
/// (kernel order kept within an interface).
#[derive(Default)]
pub struct AddrTable {
    bytes: Vec<u8>,
    /// (ifindex, start, end), sorted by ifindex (stable)
    index: Vec<(u32, usize, usize)>,
}

impl AddrTable {
    /// Dump the addresses of `family` (0: all).
    pub fn dump(sock: &mut Socket, family: u8) -> Result<AddrTable> {
        let mut m = AddressMessage::default();
        m.header.family = AddressFamily::from(family);
        let mut t = AddrTable::default();
        rtnl::dump(sock, RouteNetlinkMessage::GetAddress(m), &mut |msg| {
            if msg.kind == RTM_NEWADDR {
                if let Some(a) = Addr::parse(msg.payload) {
                    let start = t.bytes.len();
                    t.bytes.extend_from_slice(msg.payload);
                    t.index.push((a.index, start, t.bytes.len()));
                }
            }
            Ok(())
        })
        .map_err(|f| rtnl::terminated(f, "Dump"))?;
        t.index.sort_by_key(|&(i, _, _)| i);
        Ok(t)
    }

    /// The addresses of interface `ifindex`, in kernel order.
    pub fn of(&self, ifindex: u32) -> impl Iterator<Item = Addr<'_>> {
        let first = self.index.partition_point(|&(i, _, _)| i < ifindex);
        self.index[first..]
            .iter()
            .take_while(move |&&(i, _, _)| i == ifindex)
            .filter_map(|&(_, s, e)| Addr::parse(&self.bytes[s..e]))
    }
}

pub fn show(args: &mut Args, opts: &Opts) -> Result<()> {
    let (filter, af) = parse_filters(args, opts)?;
    let mut sock = rtnl::open()?;
    let dev_index = match &filter.dev {
        Some(d) => Some(ifnames::index(d).ok_or_else(|| ifnames::does_not_exist(d))?),
        None => None,
    };
    // `-0` / `-f link`: the links alone, no addresses
    let link_only = af.family == AF_PACKET;
    let addrs = if link_only {
        AddrTable::default()
    } else {
        AddrTable::dump(&mut sock, af.family)?
    };
    let mut names = Names::default();
    let mut p = opts.printer();
    p.begin();
    let mut mine: Vec<Addr> = Vec::new();
    let mut query = filter.query(opts);
    // the device is asked for by its index (`ifN` is index N)
    query.dev = None;
    query.index = dev_index.unwrap_or(0);
    if !link_only {
        query.family = opts.family;
    }
    let r = stream_links(&mut sock, query, &mut names, &mut |l, names| {
        if dev_index.is_some_and(|i| i != l.index) || !filter.accepts(l) {
            return Ok(());
        }
        // the reference selects the links by all selectors, then prints every address
        // that passes all but `to` (those that fail `to` leave an empty JSON object)
        if af.narrows() && !link_only {
            // a link with no address of the family at all is shown unless a family is
            // asked for; one with addresses only when one of them passes
            let mut list = addrs.of(l.index).peekable();
            let shown = match list.peek() {
                None => af.family == 0,
                Some(_) => list.any(|a| af.accepts(&a, &|| l.name().to_string())),
            };
            if !shown {
                return Ok(());
            }
        }
        mine.clear();
        mine.extend(
            addrs
                .of(l.index)
                .filter(|a| af.accepts_but_to(a, &|| l.name().to_string())),
        );
        if opts.oneline && !opts.brief && !p.is_json() {
            for a in mine.iter().filter(|a| af.accepts_to(a)) {
                p.fp(format_args!("{}: {}", l.index, l.name()));
                print_addr(&mut p, a);
                p.fp_str("\n");
            }
            return Ok(());
        }
        if !filter.open_object(&mut p, l) {
            return Ok(());
        }
        if opts.brief {
            print_brief_name_state(&mut p, l, names);
            p.open_list(Show::Json, "addr_info", "");
            for a in mine.iter().filter(|a| af.accepts_to(a)) {
                print_brief_addr(&mut p, a);
            }
            p.close_array(Show::Json, "");
            p.fp_str("\n");
            p.close_object();
            return Ok(());
        }
        if af.label.is_none() {
            let mut o = opts.clone();
            o.stats = 0;
            o.family = af.family;
            print_link(&mut p, l, &o, names, true);
            p.fp_str("\n");
        }
        p.open_list(Show::Json, "addr_info", "");
        for a in &mine {
            p.open_object(None);
            if af.accepts_to(a) {
                print_addr(&mut p, a);
                p.fp_str("\n");
            }
            p.close_object();
        }
        p.close_array(Show::Json, "");
        if opts.stats > 0 {
            let f = stats::Fmt {
                human: opts.human,
                iec: opts.iec,
                lead_nl: false,
            };
            // (a link without counters gets the line break alone)
            stats::print(&mut p, l, opts.stats, &f);
            p.fp_str("\n");
        }
        p.close_object();
        Ok(())
    });
    p.end()?;
    r
}
