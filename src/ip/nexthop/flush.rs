//! `ip nexthop flush [SELECTOR]`: the groups first (unless only groups were asked for), then
//! the rest, each selected nexthop deleted by its own request; `Flushed N nexthops`.

use super::show::{view, Filter};
use crate::cli::Args;
use crate::error::{Error, Result};
use crate::ip::opts::Opts;
use crate::ip::{ifnames, rtnl};
use crate::netlink::attr;
use crate::netlink::rtnl::nexthop::*;
use crate::netlink::Wire;

pub fn flush(args: &mut Args, opts: &Opts) -> Result<()> {
    let f = Filter::parse(args, &ifnames::index)?;
    let mut sock = rtnl::open()?;
    if let Some(id) = f.id {
        // one named nexthop: deleted, a refusal exits 1
        return rtnl::ack(&mut sock, Wire(RTM_DELNEXTHOP, &delete_request(id)), 0)
            .map_err(|e| Error::ip_fail(e.text.trim_end()));
    }
    let mut count = 0usize;
    let passes: &[bool] = if f.groups { &[true] } else { &[true, false] };
    for &groups in passes {
        let mut ids = Vec::new();
        let req = f.request(opts.family, groups);
        rtnl::dump(&mut sock, Wire(RTM_GETNEXTHOP, &req), &mut |msg| {
            if let Some(nh) = view(&msg).filter(|nh| f.accepts(nh)) {
                ids.extend(nh.id());
            }
            Ok(())
        })
        .map_err(|f| rtnl::terminated(f, "Dump"))?;
        for id in ids {
            rtnl::ack(&mut sock, Wire(RTM_DELNEXTHOP, &delete_request(id)), 0)?;
            count += 1;
        }
    }
    if count == 0 {
        println!("Nothing to flush");
    } else {
        println!("Flushed {count} nexthops");
    }
    Ok(())
}

fn delete_request(id: u32) -> Vec<u8> {
    let mut m = vec![0u8; NHMSG_LEN];
    m.extend(attr::emit_all(&[attr::u32(NHA_ID, id)]));
    m
}
