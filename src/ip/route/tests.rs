//! Request bytes of `ip route add/change/replace/prepend/append/delete` compared with those
//! the reference sends for the same command line (testdata/requests.tsv), and its refusals.

use super::modify::build;
use crate::cli::Args;
use crate::ip::opts::Opts;
use crate::netlink::rtnl::{RTM_DELROUTE, RTM_NEWROUTE};

/// The devices of the capture sandbox.
fn index(name: &str) -> Option<u32> {
    ["lo", "v0", "v1", "v2", "v3"]
        .iter()
        .position(|&n| n == name)
        .map(|i| i as u32 + 1)
}

/// The nlmsghdr's length: the fixtures hold whole messages.
const NLMSG_HDRLEN: usize = 16;

fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn requests_match_the_reference() {
    let mut checked = 0;
    for line in include_str!("testdata/requests.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [argv, wire, code, text] = cols[..] else {
            panic!("bad fixture line {line:?}");
        };
        let words: Vec<&str> = argv.split(' ').collect();
        let cmd = if words[0] == "del" {
            RTM_DELROUTE
        } else {
            RTM_NEWROUTE
        };
        let mut args = Args::from_strs(&words[1..]);
        let r = build(&mut args, &Opts::default(), cmd, &index);
        if wire == "-" {
            let e = r
                .err()
                .unwrap_or_else(|| panic!("ip route {argv}: accepted"));
            let text = text.replace("\\n", "\n");
            assert_eq!(
                (e.code, e.text.as_str()),
                (code.parse().unwrap_or(0), text.as_str()),
                "ip route {argv}"
            );
        } else {
            let m = r.unwrap_or_else(|e| panic!("ip route {argv}: {}", e.text));
            assert_eq!(hex(&m), wire[NLMSG_HDRLEN * 2..], "ip route {argv}");
        }
        checked += 1;
    }
    assert!(checked > 90, "only {checked} fixtures");
}
