//! `ip tunnel` against the reference's captures (testdata/ioctls.tsv): the first ioctl
//! (command, device and the bytes of its structure), or the refusal's text and exit code,
//! or nothing asked of the kernel but the link list.

use super::{plan, Plan};
use crate::cli::Args;
use crate::netlink::rtnl::{AF_INET, AF_INET6};

fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn ioctls_match_the_reference() {
    let mut checked = 0;
    for line in include_str!("testdata/ioctls.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let [argv, io, code, text] = cols[..] else {
            panic!("bad capture line {line:?}");
        };
        let mut words: Vec<&str> = argv.split(' ').collect();
        let family = match words.first() {
            Some(&"-6") => AF_INET6,
            Some(&"-4") => AF_INET,
            _ => 0,
        };
        if family != 0 {
            words.remove(0);
        }
        assert!(matches!(words.first(), Some(&"tunnel" | &"tunl")), "{argv}");
        let r = plan(&mut Args::from_strs(&words[1..]), family);
        if io != "-" {
            let [cmd, dev, data] = io.splitn(3, ':').collect::<Vec<_>>()[..] else {
                panic!("bad ioctl {io}");
            };
            let Ok(Plan::Ioctl {
                dev: d,
                cmd: c,
                data: bytes,
                ..
            }) = r
            else {
                panic!("ip {argv}: no ioctl");
            };
            assert_eq!(format!("{c:x}"), cmd, "ip {argv}");
            assert_eq!(d, dev, "ip {argv}");
            let n = bytes.len() * 2;
            assert_eq!(hex(&bytes), data[..n], "ip {argv}");
        } else if code == "0" {
            assert!(matches!(r, Ok(Plan::ShowAll)), "ip {argv}");
        } else {
            let Err(e) = r else {
                panic!("ip {argv}: accepted");
            };
            let want = text.replace("\\n", "\n").replace("\\t", "\t");
            let got = format!(
                "{}{}",
                e.text,
                if e.text.ends_with('\n') { "" } else { "\n" }
            );
            assert_eq!(
                (e.code, got.as_str()),
                (code.parse().unwrap_or(0), want.as_str()),
                "ip {argv}"
            );
        }
        checked += 1;
    }
    assert!(checked > 150, "only {checked} captures");
}
