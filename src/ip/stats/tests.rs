//! `ip stats` requests against the reference's, captured in testdata/requests.tsv.

use super::{build, request, select};
use crate::cli::Args;
use crate::ip::captures;

#[test]
fn requests_match_the_reference() {
    let tsv = include_str!("testdata/requests.tsv");
    let n = captures::check(tsv, "stats", &mut |words| {
        let mut args = Args::from_strs(words.get(1..).unwrap_or_default());
        match words.first().copied() {
            Some("set") => build(&mut args, &captures::index),
            _ => {
                let (sel, dev) = select(&mut args)?;
                let i = dev.as_deref().map_or(Some(0), captures::index).unwrap_or(0);
                Ok(request(sel, i))
            }
        }
    });
    assert_eq!(n, tsv.lines().filter(|l| !l.starts_with('#')).count());
    assert!(n > 20);
}
