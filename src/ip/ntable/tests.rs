//! `ip ntable change` requests against the reference's, captured in testdata/requests.tsv.

use super::build;
use crate::cli::Args;
use crate::ip::captures;
use crate::ip::opts::Opts;

#[test]
fn change_requests_match_the_reference() {
    let tsv = include_str!("testdata/requests.tsv");
    let n = captures::check(tsv, "ntable", &mut |words| {
        let mut args = Args::from_strs(words.get(1..).unwrap_or_default());
        build(&mut args, &Opts::default(), &captures::index)
    });
    assert_eq!(n, tsv.lines().filter(|l| !l.starts_with('#')).count());
    assert!(n > 40);
}
