//! Request bytes of `ip neigh add/change/replace/delete` compared with those the reference
//! sends for the same command line (testdata/requests.tsv), and its refusals.

use super::modify::build;
use crate::cli::Args;
use crate::ip::captures;
use crate::ip::opts::Opts;

#[test]
fn requests_match_the_reference() {
    let tsv = include_str!("testdata/requests.tsv");
    let checked = captures::check(tsv, "neigh", &mut |words| {
        let mut args = Args::from_strs(&words[1..]);
        build(&mut args, &Opts::default(), &captures::index)
    });
    assert!(checked > 20, "only {checked} captures");
}
