//! Request bytes of `ip xfrm policy|state get|delete`, `policy setdefault` and `state
//! allocspi` compared with those the reference sends for the same command line
//! (testdata/requests.tsv), and their refusals.

use super::{policy, policy_add, state, state_add};
use crate::cli::Args;
use crate::ip::captures;
use crate::ip::opts::Opts;

#[test]
fn requests_match_the_reference() {
    let tsv = include_str!("testdata/requests.tsv");
    let checked = captures::check(tsv, "xfrm", &mut |words| {
        let opts = Opts::default();
        let mut args = Args::from_strs(&words[2..]);
        match (words[0], words[1]) {
            ("policy", "get" | "delete") => policy::id_request(&mut args, &opts),
            ("policy", "add" | "update") => policy_add::request(&mut args, &opts),
            ("state", "add" | "update") => state_add::request(&mut args, &opts),
            ("state", "allocspi") => state::allocspi_request(&mut args),
            ("state", "get" | "delete") => state::id_request(&mut args),
            ("policy", "set") => policy::set_request(&mut args),
            ("policy", "setdefault") => policy::setdefault_request(&mut args).map(|v| v.to_vec()),
            _ => panic!("capture {words:?}"),
        }
    });
    assert!(checked > 420, "only {checked} captures");
}
