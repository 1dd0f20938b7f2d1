//! Request bytes of `ip neigh add/change/replace/delete` compared with those the reference
//! sends for the same command line (testdata/requests.tsv), and its refusals.

use super::modify::build;
use crate::cli::Args;
use crate::ip::opts::Opts;

/// The devices of the capture sandbox.
fn index(name: &str) -> Option<u32> {
    ["lo", "v0", "v1", "v2", "v3"]
        .iter()
        .position(|&n| n == name)
        .map(|i| i as u32 + 1)
}

/// The nlmsghdr's length: the fixtures hold whole messages.
const NLMSG_HDRLEN: usize = 16;

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
        let mut args = Args::from_strs(&words[1..]);
        let r = build(&mut args, &Opts::default(), &index);
        if wire == "-" {
            let e = r
                .err()
                .unwrap_or_else(|| panic!("ip neigh {argv}: accepted"));
            let text = text.replace("\\n", "\n");
            assert_eq!(
                (e.code, e.text.as_str()),
                (code.parse().unwrap_or(0), text.as_str()),
                "ip neigh {argv}"
            );
        } else {
            let m = r.unwrap_or_else(|e| panic!("ip neigh {argv}: {}", e.text));
            let hex: String = m.iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(hex, wire[NLMSG_HDRLEN * 2..], "ip neigh {argv}");
        }
        checked += 1;
    }
    assert!(checked > 20, "only {checked} fixtures");
}
