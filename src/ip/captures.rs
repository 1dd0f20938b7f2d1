//! Test support: the request captures an object's `testdata/requests.tsv` holds (argv, the
//! message the reference sent or `-`, its exit code, its stderr), checked against the
//! object's request builder.

use crate::error::Result;
use crate::netlink::NLMSG_HDRLEN;

/// The devices of the capture sandbox (lo=1, v0=2, v1=3, v2=4, v3=5).
pub fn index(name: &str) -> Option<u32> {
    ["lo", "v0", "v1", "v2", "v3"]
        .iter()
        .position(|&n| n == name)
        .map(|i| i as u32 + 1)
}

/// Check every capture of `tsv` against `build` (given the argv's words after `ip OBJECT`):
/// the payload byte for byte, or the refusal's exit code and text. Returns how many.
pub fn check(tsv: &str, object: &str, build: &mut dyn FnMut(&[&str]) -> Result<Vec<u8>>) -> usize {
    let mut checked = 0;
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [argv, wire, code, text] = cols[..] else {
            panic!("bad capture line {line:?}");
        };
        let words: Vec<&str> = argv.split(' ').collect();
        let r = build(&words);
        if wire == "-" {
            let e = r
                .err()
                .unwrap_or_else(|| panic!("ip {object} {argv}: accepted"));
            let text = text.replace("\\n", "\n");
            assert_eq!(
                (e.code, e.text.as_str()),
                (code.parse().unwrap_or(0), text.as_str()),
                "ip {object} {argv}"
            );
        } else {
            let m = r.unwrap_or_else(|e| panic!("ip {object} {argv}: {}", e.text));
            let hex: String = m.iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(hex, wire[NLMSG_HDRLEN * 2..], "ip {object} {argv}");
        }
        checked += 1;
    }
    checked
}
