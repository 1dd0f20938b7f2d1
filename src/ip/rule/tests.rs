//! Request bytes of `ip rule add|delete` compared with those the reference sends for the same
//! command line (testdata/requests.tsv), and its refusals.

use super::modify::build;
use crate::cli::Args;
use crate::ip::captures;
use crate::ip::opts::Opts;
use crate::netlink::rtnl::{
    AF_BRIDGE, AF_INET, AF_INET6, AF_MPLS, AF_PACKET, RTM_DELRULE, RTM_NEWRULE,
};

#[test]
fn requests_match_the_reference() {
    let tsv = include_str!("testdata/requests.tsv");
    let checked = captures::check(tsv, "rule", &mut |words| {
        let mut opts = Opts::default();
        let mut i = 0;
        while let Some(w) = words.get(i).filter(|w| w.starts_with('-')) {
            opts.family = match *w {
                "-4" => AF_INET,
                "-6" => AF_INET6,
                "-0" => AF_PACKET,
                "-M" => AF_MPLS,
                "-B" => AF_BRIDGE,
                "-f" => {
                    i += 1;
                    AF_INET6
                }
                _ => panic!("option {w}"),
            };
            i += 1;
        }
        let sub = words[i];
        let cmd = if "delete".starts_with(sub) {
            RTM_DELRULE
        } else {
            RTM_NEWRULE
        };
        build(&mut Args::from_strs(&words[i + 1..]), &opts, cmd)
    });
    assert!(checked > 300, "only {checked} captures");
}
