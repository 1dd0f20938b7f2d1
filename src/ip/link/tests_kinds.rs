//! `ip link add/set … type KIND OPTIONS`: the whole request (header flags included) compared
//! with what the reference sent for the same command line, or its refusal (exit code and
//! text), from the captures in `src/ip/kinds/testdata/requests.tsv`.

use super::env::Env;
use super::modify::{request, Cmd};
use super::options::Globals;
use crate::cli::Args;
use crate::error::Error;
use crate::ip::captures;
use netlink_packet_core::{
    NetlinkHeader, NetlinkMessage, NetlinkPayload, NLM_F_ACK, NLM_F_REQUEST,
};
use std::path::Path;

/// The capture sandbox: lo=1 v0=2 v1=3 v2=4 v3=5, veths all.
struct Capture;

impl Env for Capture {
    fn index(&mut self, name: &str) -> Option<u32> {
        captures::index(name)
    }
    fn netns_fd(&mut self, _: &Path) -> Option<i32> {
        None
    }
    fn nsid(&mut self, _: &Path) -> Option<i32> {
        None
    }
    fn addr_len(&mut self, _: u32) -> Option<usize> {
        Some(6)
    }
    fn kind(&mut self, _: u32) -> Option<String> {
        Some("veth".to_string())
    }
    fn group(&mut self, name: &str) -> Option<u32> {
        (name == "default").then_some(0)
    }
    fn info_data(&mut self, _: u32) -> bool {
        true
    }
}

/// `CMD ARGS...` (after `ip link`) → the whole request in hex, sequence number zero.
fn build(argv: &str) -> Result<String, Error> {
    let words: Vec<&str> = argv.split(' ').collect();
    let cmd = match words.first() {
        Some(&"add") => Cmd::Add,
        Some(&"replace") => Cmd::Replace,
        Some(&"set") | Some(&"change") => Cmd::Set,
        other => panic!("capture command {other:?}"),
    };
    let mut args = Args::from_strs(words.get(1..).unwrap_or(&[]));
    let (msg, flags) = request(cmd, &mut args, Globals::default(), &mut Capture)?;
    let mut header = NetlinkHeader::default();
    header.flags = flags | NLM_F_REQUEST | NLM_F_ACK;
    let mut nl = NetlinkMessage::new(header, NetlinkPayload::InnerMessage(msg));
    nl.finalize();
    let mut buf = vec![0; nl.buffer_len()];
    nl.serialize(&mut buf);
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

#[test]
fn kind_requests_match_the_captures() {
    let tsv = include_str!("../kinds/testdata/requests.tsv");
    let mut bad = Vec::new();
    let mut checked = 0;
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [argv, wire, code, text] = cols[..] else {
            panic!("bad capture line {line:?}");
        };
        checked += 1;
        match (build(argv), wire) {
            (Ok(got), want) if got == want => {}
            (Err(e), "-") => {
                let text = text
                    .replace("\\n", "\n")
                    .replace("\\t", "\t")
                    .replace("\\\\", "\\");
                if (e.code.to_string().as_str(), e.text.as_str()) != (code, text.as_str()) {
                    bad.push(format!(
                        "{argv}\n  want {code} {text:?}\n  got  {} {:?}",
                        e.code, e.text
                    ));
                }
            }
            (Ok(got), want) => bad.push(format!("{argv}\n  want {want}\n  got  {got}")),
            (Err(e), want) => bad.push(format!("{argv}\n  want {want}\n  error {e:?}")),
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert!(checked > 100, "only {checked} captures");
}
