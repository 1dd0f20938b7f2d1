//! `type geneve OPTIONS` and its details (`geneve id 5 remote 1.2.3.4 ttl auto dstport 6081
//! …`), as ip 6.1 reads and prints them.
//!
//! `ttl inherit` and `df` go out as they are written; the VNI, the remote, the label, TTL and
//! TOS (when making the device, or when given), the port, `external`, `innerprotoinherit` and
//! the checksum switches come last, in that order. A keyword may be given once.

use super::complaints::kind_usage;
use super::host::Host;
use super::tunnel;
use super::vxlan::{host_text, print_df_label, print_tos, print_ttl, udp_csums, VXLAN_DF};
use crate::cli::num::{get_u16, get_u32};
use crate::cli::{duparg2, invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames::Names;
use crate::ip::prefix::{get_addr, Inet, Special};
use crate::ip::rtnames;
use crate::netlink::attr::{self, Table};
use crate::netlink::rtnl::{AF_INET, AF_INET6};
use crate::output::{pr, Printer, Show};
use netlink_packet_core::DefaultNla;
use std::io::Write;

const ID: u16 = 1;
const REMOTE: u16 = 2;
const TTL: u16 = 3;
const TOS: u16 = 4;
const PORT: u16 = 5;
const COLLECT_METADATA: u16 = 6;
const REMOTE6: u16 = 7;
const UDP_CSUM: u16 = 8;
const UDP_ZERO_CSUM6_TX: u16 = 9;
const UDP_ZERO_CSUM6_RX: u16 = 10;
const LABEL: u16 = 11;
const TTL_INHERIT: u16 = 12;
const DF: u16 = 13;
const INNER_PROTO_INHERIT: u16 = 14;

pub const USAGE: &str = "\
Usage: ... geneve id VNI
\t\tremote ADDR
\t\t[ ttl TTL ]
\t\t[ tos TOS ]
\t\t[ df DF ]
\t\t[ flowlabel LABEL ]
\t\t[ dstport PORT ]
\t\t[ [no]external ]
\t\t[ [no]udpcsum ]
\t\t[ [no]udp6zerocsumtx ]
\t\t[ [no]udp6zerocsumrx ]
\t\t[ innerprotoinherit ]

Where:\tVNI   := 0-16777215
\tADDR  := IP_ADDRESS
\tTOS   := { NUMBER | inherit }
\tTTL   := { 1..255 | auto | inherit }
\tDF    := { unset | set | inherit }
\tLABEL := 0-1048575
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Id,
    Remote,
    Ttl,
    Tos,
    Df,
    Label,
    DstPort,
    /// A u8 switch kept for the end: attribute, value.
    Switch(u16, u8),
    External(bool),
    InnerProtoInherit,
    Help,
}

/// The keywords in the reference's order (the first one a word is a prefix of wins; the
/// `bool` says the word must be spelt out).
const KEYS: &[(&str, bool, Key)] = &[
    ("id", false, Key::Id),
    ("vni", false, Key::Id),
    ("remote", false, Key::Remote),
    ("ttl", false, Key::Ttl),
    ("hoplimit", false, Key::Ttl),
    ("tos", false, Key::Tos),
    ("dsfield", false, Key::Tos),
    ("df", false, Key::Df),
    ("label", false, Key::Label),
    ("flowlabel", false, Key::Label),
    ("dstport", false, Key::DstPort),
    ("external", false, Key::External(true)),
    ("noexternal", false, Key::External(false)),
    ("udpcsum", false, Key::Switch(UDP_CSUM, 1)),
    ("noudpcsum", false, Key::Switch(UDP_CSUM, 0)),
    ("udp6zerocsumtx", false, Key::Switch(UDP_ZERO_CSUM6_TX, 1)),
    ("noudp6zerocsumtx", false, Key::Switch(UDP_ZERO_CSUM6_TX, 0)),
    ("udp6zerocsumrx", false, Key::Switch(UDP_ZERO_CSUM6_RX, 1)),
    ("noudp6zerocsumrx", false, Key::Switch(UDP_ZERO_CSUM6_RX, 0)),
    ("innerprotoinherit", true, Key::InnerProtoInherit),
    ("help", false, Key::Help),
];

#[derive(Default)]
struct State {
    seen: Vec<u16>,
    vni: Option<u32>,
    remote: Option<Inet>,
    ttl: Option<u8>,
    tos: Option<u8>,
    label: Option<u32>,
    dstport: u16,
    external: bool,
    inner_proto_inherit: bool,
    switches: Vec<(u16, u8)>,
}

impl State {
    fn once(&mut self, id: u16, key: &str, v: &str) -> Result<()> {
        if self.seen.contains(&id) {
            return Err(duparg2(key, v));
        }
        self.seen.push(id);
        Ok(())
    }
}

/// The geneve's IFLA_INFO_DATA attributes.
pub fn parse(args: &mut Args, host: &mut dyn Host) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    let mut st = State::default();
    while let Some(w) = args.next().map(str::to_string) {
        let Some(key) = KEYS
            .iter()
            .find(|(name, exact, _)| {
                if *exact {
                    w == *name
                } else {
                    matches(&w, name)
                }
            })
            .map(|&(_, _, k)| k)
        else {
            let prefix = format!("geneve: unknown command \"{w}\"?");
            return Err(kind_usage(Some(prefix), USAGE));
        };
        match key {
            Key::Help => return Err(kind_usage(None, USAGE)),
            Key::Switch(id, on) => {
                st.once(id, &w, &w)?;
                st.switches.push((id, on));
            }
            Key::External(on) => {
                st.once(COLLECT_METADATA, &w, &w)?;
                st.external = on;
            }
            Key::InnerProtoInherit => {
                st.once(INNER_PROTO_INHERIT, &w, &w)?;
                st.inner_proto_inherit = true;
            }
            _ => value(key, args, &mut st, &mut out)?,
        }
    }
    if !st.external && st.vni.is_none() {
        return Err(Error::ip_fail("geneve: missing virtual network identifier"));
    }
    if st.external && st.vni.is_some() {
        return Err(Error::ip_fail(
            "geneve: both 'external' and vni cannot be specified",
        ));
    }
    let create = host.create();
    if create && !st.external && st.remote.is_none() {
        return Err(Error::ip_fail("geneve: remote link partner not specified"));
    }
    out.push(attr::u32(ID, st.vni.unwrap_or(0)));
    if let Some(a) = &st.remote {
        let id = if a.family == AF_INET { REMOTE } else { REMOTE6 };
        out.push(attr::bytes(id, a.bytes()));
    }
    if create || st.label.is_some() {
        out.push(attr::bytes(LABEL, &st.label.unwrap_or(0).to_be_bytes()));
    }
    if create || st.ttl.is_some() {
        out.push(attr::u8(TTL, st.ttl.unwrap_or(0)));
    }
    if create || st.tos.is_some() {
        out.push(attr::u8(TOS, st.tos.unwrap_or(0)));
    }
    if st.dstport != 0 {
        out.push(attr::u16_be(PORT, st.dstport));
    }
    if st.external {
        out.push(attr::bytes(COLLECT_METADATA, &[]));
    }
    if st.inner_proto_inherit {
        out.push(attr::bytes(INNER_PROTO_INHERIT, &[]));
    }
    for (id, on) in st.switches {
        out.push(attr::u8(id, on));
    }
    Ok(out)
}

fn value(key: Key, args: &mut Args, st: &mut State, out: &mut Vec<DefaultNla>) -> Result<()> {
    let v = args.value()?.to_string();
    match key {
        Key::Id => {
            st.once(ID, "id", &v)?;
            let id = get_u32(&v)
                .filter(|&id| id < 1 << 24)
                .ok_or_else(|| invarg("invalid id", &v))?;
            st.vni = Some(id);
        }
        Key::Remote => {
            st.once(REMOTE, "remote", &v)?;
            let a = get_addr(&v, 0)?;
            if a.special != Special::No
                || (a.family != AF_INET && a.family != AF_INET6)
                || a.is_multicast()
            {
                return Err(invarg("invalid remote address", &v));
            }
            st.remote = Some(a);
        }
        Key::Ttl => {
            st.once(TTL, "ttl", &v)?;
            if v == "inherit" {
                out.push(attr::u8(TTL_INHERIT, 1));
            } else if v != "auto" {
                let t = get_u32(&v).ok_or_else(|| invarg("invalid TTL", &v))?;
                if t > 255 {
                    return Err(invarg("TTL must be <= 255", &v));
                }
                st.ttl = Some(t as u8);
            } else {
                st.ttl = Some(0);
            }
        }
        Key::Tos => {
            st.once(TOS, "tos", &v)?;
            st.tos = Some(if v == "inherit" {
                1
            } else {
                rtnames::dsfield_a2n(&v).ok_or_else(|| invarg("bad TOS value", &v))?
            });
        }
        Key::Df => {
            st.once(DF, "df", &v)?;
            let df = VXLAN_DF
                .iter()
                .position(|d| *d == v)
                .ok_or_else(|| invarg("DF must be 'unset', 'set' or 'inherit'", &v))?;
            out.push(attr::u8(DF, df as u8));
        }
        Key::Label => {
            st.once(LABEL, "flowlabel", &v)?;
            let l = get_u32(&v)
                .filter(|&l| l <= 0xfffff)
                .ok_or_else(|| invarg("invalid flowlabel", &v))?;
            st.label = Some(l);
        }
        Key::DstPort => {
            st.once(PORT, "dstport", &v)?;
            st.dstport = get_u16(&v).ok_or_else(|| invarg("dstport", &v))?;
        }
        _ => {}
    }
    Ok(())
}

/// `geneve id 5 remote 1.2.3.4 ttl auto dstport 6081 udpcsum …`.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], _: &mut Names) {
    let a: Table<16> = Table::new(data);
    tunnel::print_external(p, a.has(COLLECT_METADATA));
    if let Some(id) = a.u32(ID) {
        pr!(p, Any, "id", "id {} ", id);
    }
    for (id, family, key) in [(REMOTE, AF_INET, "remote"), (REMOTE6, AF_INET6, "remote6")] {
        if let Some(text) = a.get(id).and_then(|b| host_text(family, b)) {
            p.value(
                Show::Any,
                Some(key),
                format_args!("remote {text} "),
                &text.as_str(),
            );
            break;
        }
    }
    print_ttl(p, a.u8(TTL_INHERIT), a.u8(TTL));
    print_tos(p, a.u8(TOS));
    print_df_label(p, a.u8(DF), a.get(LABEL));
    if let Some(port) = a.be16(PORT) {
        pr!(p, Any, "port", "dstport {} ", port);
    }
    udp_csums(
        p,
        a.u8(UDP_CSUM),
        a.u8(UDP_ZERO_CSUM6_TX),
        a.u8(UDP_ZERO_CSUM6_RX),
    );
    if a.has(INNER_PROTO_INHERIT) {
        p.value(
            Show::Any,
            Some("inner_proto_inherit"),
            format_args!("innerprotoinherit "),
            &true,
        );
    }
}
