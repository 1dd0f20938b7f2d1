//! The tunnel kinds against the reference: the request `ip link add t0 type KIND WORDS` sends
//! (testdata/tunnel_requests.tsv, byte for byte, or the refusal's text and exit code), and
//! their details printed from crafted IFLA_INFO_DATA (testdata/tunnel_details.tsv).

use super::{parse, printer};
use crate::cli::Args;
use crate::error::Result;
use crate::ip::ifnames::Names;
use crate::netlink::attr;
use crate::output::{Printer, Style};
use netlink_packet_core::DefaultNla;

const IFLA_IFNAME: u16 = 3;
const IFLA_LINKINFO: u16 = 18;
const IFLA_INFO_KIND: u16 = 1;
const IFLA_INFO_DATA: u16 = 2;

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap_or(0))
        .collect()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

/// A link being made, with no devices and no veth peer.
struct NoHost;

impl super::host::Host for NoHost {
    fn create(&self) -> bool {
        true
    }
    fn index(&mut self, _: &str) -> Option<u32> {
        None
    }
    fn peer(&mut self, _: &mut Args) -> Result<Vec<u8>> {
        Ok(Vec::new())
    }
}

/// The body of `ip link add NAME type KIND WORDS` (struct ifinfomsg, IFLA_IFNAME,
/// IFLA_LINKINFO) as the link parser lays it out.
fn request(name: &str, kind: &str, words: &[&str]) -> Result<Vec<u8>> {
    let mut args = Args::from_strs(words);
    let data = parse(kind, &mut args, &mut NoHost)?;
    let mut name0 = name.as_bytes().to_vec();
    name0.push(0);
    let mut info = vec![attr::bytes(IFLA_INFO_KIND, kind.as_bytes())];
    if let Some(d) = data {
        info.push(DefaultNla::new(IFLA_INFO_DATA, d));
    }
    let mut out = vec![0u8; 16];
    out.extend(attr::emit_all(&[
        attr::bytes(IFLA_IFNAME, &name0),
        attr::nest(IFLA_LINKINFO, &info),
    ]));
    Ok(out)
}

#[test]
fn requests_match_the_reference() {
    let mut checked = 0;
    for line in include_str!("testdata/tunnel_requests.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let [argv, wire, code, text] = cols[..] else {
            panic!("bad capture line {line:?}");
        };
        let words: Vec<&str> = argv.split(' ').collect();
        let ["add", name, "type", kind, rest @ ..] = &words[..] else {
            panic!("capture {argv}");
        };
        let r = request(name, kind, rest);
        if wire == "-" {
            let e = r
                .err()
                .unwrap_or_else(|| panic!("ip link {argv}: accepted"));
            let want = text.replace("\\n", "\n").replace("\\t", "\t");
            let got = format!(
                "{}{}",
                e.text,
                if e.text.ends_with('\n') { "" } else { "\n" }
            );
            assert_eq!(
                (e.code, got.as_str()),
                (code.parse().unwrap_or(0), want.as_str()),
                "ip link {argv}"
            );
        } else {
            let m = r.unwrap_or_else(|e| panic!("ip link {argv}: {}", e.text));
            assert_eq!(hex(&m), wire[32..], "ip link {argv}");
        }
        checked += 1;
    }
    assert!(checked > 500, "only {checked} captures");
}

const PLAIN: Style = Style {
    json: false,
    pretty: false,
    oneline: false,
    color: false,
};

/// The details of one kind's data as ipkit prints them in `style`.
fn details(kind: &str, data: &[u8], style: Style) -> String {
    let mut names = Names::known(&[(1, "lo")]);
    let mut p = Printer::new(Vec::new(), style);
    p.begin();
    p.open_object(None);
    if let Some(f) = printer(kind) {
        f(&mut p, data, &mut names);
    }
    p.close_object();
    p.end().unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8(p.into_inner()).unwrap_or_default()
}

#[test]
fn details_match_the_reference() {
    check_details(include_str!("testdata/tunnel_details.tsv"), 40);
    check_details(include_str!("testdata/details.tsv"), 20);
}

/// Every line of `tsv` printed as the reference printed it, plain and JSON.
fn check_details(tsv: &str, min: usize) {
    let (mut checked, mut wrong) = (0, Vec::new());
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, kind, data, text, json] = cols[..] else {
            panic!("bad details line {line:?}");
        };
        let want = text
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .replace("\\\\", "\\");
        assert_eq!(details(kind, &unhex(data), PLAIN), want, "{name}");
        let oneline = Style {
            oneline: true,
            ..PLAIN
        };
        // -o: every line break of the details is a backslash
        let one = want.replace('\n', "\\");
        assert_eq!(details(kind, &unhex(data), oneline), one, "{name} -o");
        let style = Style {
            json: true,
            ..PLAIN
        };
        let got = details(kind, &unhex(data), style);
        let got = got.trim_end();
        let got = got.strip_prefix('[').and_then(|g| g.strip_suffix(']'));
        if got != Some(json) {
            wrong.push(format!("{name}:\n  got  {got:?}\n  want {json}"));
        }
        checked += 1;
    }
    assert!(wrong.is_empty(), "JSON differs:\n{}", wrong.join("\n"));
    assert!(checked > min, "only {checked} cases");
}

#[test]
fn damaged_data_does_not_panic() {
    let both = [
        include_str!("testdata/tunnel_details.tsv"),
        include_str!("testdata/details.tsv"),
    ];
    for line in both
        .iter()
        .flat_map(|t| t.lines())
        .filter(|l| !l.starts_with('#'))
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let [_, kind, data, _, _] = cols[..] else {
            continue;
        };
        let data = unhex(data);
        for i in 0..data.len() {
            for b in [0x00, 0x04, 0x05, 0xff] {
                let mut d = data.clone();
                d[i] = b;
                details(kind, &d, PLAIN);
                details(
                    kind,
                    &d[..i],
                    Style {
                        json: true,
                        ..PLAIN
                    },
                );
            }
        }
    }
}
