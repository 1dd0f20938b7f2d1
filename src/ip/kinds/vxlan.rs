//! `type vxlan OPTIONS` and its details (`vxlan id 7 remote 10.0.0.6 local 10.0.0.5 dev eth0
//! srcport 0 0 dstport 4789 …`), as ip 6.1 reads and prints them.
//!
//! The reference sends most options in the order they are written; the VNI, the local and
//! remote/group addresses, `learning` and `dstport` come last, in that order. A keyword may
//! be given once (`either "KEY" is duplicate, or "V" is a garbage.`).

use super::complaints::kind_usage;
use super::host::Host;
use crate::cli::num::{get_u16, get_u32};
use crate::cli::{duparg2, incomplete, invarg, matches, Args};
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
const GROUP: u16 = 2;
const LINK: u16 = 3;
const LOCAL: u16 = 4;
const TTL: u16 = 5;
const TOS: u16 = 6;
const LEARNING: u16 = 7;
const AGEING: u16 = 8;
const LIMIT: u16 = 9;
const PORT_RANGE: u16 = 10;
const PROXY: u16 = 11;
const RSC: u16 = 12;
const L2MISS: u16 = 13;
const L3MISS: u16 = 14;
const PORT: u16 = 15;
const GROUP6: u16 = 16;
const LOCAL6: u16 = 17;
const UDP_CSUM: u16 = 18;
const UDP_ZERO_CSUM6_TX: u16 = 19;
const UDP_ZERO_CSUM6_RX: u16 = 20;
const REMCSUM_TX: u16 = 21;
const REMCSUM_RX: u16 = 22;
const GBP: u16 = 23;
const COLLECT_METADATA: u16 = 25;
const LABEL: u16 = 26;
const GPE: u16 = 27;
const TTL_INHERIT: u16 = 28;
const DF: u16 = 29;
const VNIFILTER: u16 = 30;

pub(super) const VXLAN_DF: [&str; 3] = ["unset", "set", "inherit"];

pub const USAGE: &str = "\
Usage: ... vxlan id VNI
\t\t[ { group | remote } IP_ADDRESS ]
\t\t[ local ADDR ]
\t\t[ ttl TTL ]
\t\t[ tos TOS ]
\t\t[ df DF ]
\t\t[ flowlabel LABEL ]
\t\t[ dev PHYS_DEV ]
\t\t[ dstport PORT ]
\t\t[ srcport MIN MAX ]
\t\t[ [no]learning ]
\t\t[ [no]proxy ]
\t\t[ [no]rsc ]
\t\t[ [no]l2miss ]
\t\t[ [no]l3miss ]
\t\t[ ageing SECONDS ]
\t\t[ maxaddress NUMBER ]
\t\t[ [no]udpcsum ]
\t\t[ [no]udp6zerocsumtx ]
\t\t[ [no]udp6zerocsumrx ]
\t\t[ [no]remcsumtx ] [ [no]remcsumrx ]
\t\t[ [no]external ] [ gbp ] [ gpe ]
\t\t[ [no]vnifilter ]

Where:\tVNI\t:= 0-16777215
\tADDR\t:= { IP_ADDRESS | any }
\tTOS\t:= { NUMBER | inherit }
\tTTL\t:= { 1..255 | auto | inherit }
\tDF\t:= { unset | set | inherit }
\tLABEL := 0-1048575
";

/// The keywords in the reference's order (the first one a word is a prefix of wins; the
/// `bool` says the word must be spelt out), and what each one does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Id,
    Group,
    Remote,
    Local,
    Dev,
    Ttl,
    Tos,
    Df,
    Label,
    Ageing,
    MaxAddress,
    SrcPort,
    DstPort,
    /// A u8 switch: attribute, value.
    Switch(u16, u8),
    /// A flag attribute without a value.
    Flag(u16),
    Help,
}

const KEYS: &[(&str, bool, Key)] = &[
    ("id", false, Key::Id),
    ("vni", false, Key::Id),
    ("group", false, Key::Group),
    ("remote", false, Key::Remote),
    ("local", false, Key::Local),
    ("dev", false, Key::Dev),
    ("ttl", false, Key::Ttl),
    ("hoplimit", false, Key::Ttl),
    ("tos", false, Key::Tos),
    ("dsfield", false, Key::Tos),
    ("df", false, Key::Df),
    ("label", false, Key::Label),
    ("flowlabel", false, Key::Label),
    ("ageing", false, Key::Ageing),
    ("maxaddress", false, Key::MaxAddress),
    ("srcport", false, Key::SrcPort),
    ("port", false, Key::SrcPort),
    ("dstport", false, Key::DstPort),
    ("nolearning", false, Key::Switch(LEARNING, 0)),
    ("learning", false, Key::Switch(LEARNING, 1)),
    ("noproxy", false, Key::Switch(PROXY, 0)),
    ("proxy", false, Key::Switch(PROXY, 1)),
    ("norsc", false, Key::Switch(RSC, 0)),
    ("rsc", false, Key::Switch(RSC, 1)),
    ("nol2miss", false, Key::Switch(L2MISS, 0)),
    ("l2miss", false, Key::Switch(L2MISS, 1)),
    ("nol3miss", false, Key::Switch(L3MISS, 0)),
    ("l3miss", false, Key::Switch(L3MISS, 1)),
    ("udpcsum", false, Key::Switch(UDP_CSUM, 1)),
    ("noudpcsum", false, Key::Switch(UDP_CSUM, 0)),
    ("udp6zerocsumtx", false, Key::Switch(UDP_ZERO_CSUM6_TX, 1)),
    ("noudp6zerocsumtx", false, Key::Switch(UDP_ZERO_CSUM6_TX, 0)),
    ("udp6zerocsumrx", false, Key::Switch(UDP_ZERO_CSUM6_RX, 1)),
    ("noudp6zerocsumrx", false, Key::Switch(UDP_ZERO_CSUM6_RX, 0)),
    ("remcsumtx", false, Key::Switch(REMCSUM_TX, 1)),
    ("noremcsumtx", false, Key::Switch(REMCSUM_TX, 0)),
    ("remcsumrx", false, Key::Switch(REMCSUM_RX, 1)),
    ("noremcsumrx", false, Key::Switch(REMCSUM_RX, 0)),
    ("external", false, Key::Switch(COLLECT_METADATA, 1)),
    ("noexternal", false, Key::Switch(COLLECT_METADATA, 0)),
    ("gbp", false, Key::Flag(GBP)),
    ("gpe", false, Key::Flag(GPE)),
    ("vnifilter", true, Key::Switch(VNIFILTER, 1)),
    ("novnifilter", true, Key::Switch(VNIFILTER, 0)),
    ("help", false, Key::Help),
];

fn find(w: &str) -> Option<Key> {
    KEYS.iter()
        .find(|(name, exact, _)| if *exact { w == *name } else { matches(w, name) })
        .map(|&(_, _, k)| k)
}

/// What the parser keeps for the end of the words.
#[derive(Default)]
struct State {
    /// The attributes (or keys) already given, for the duplicate check.
    seen: Vec<u16>,
    vni: Option<u32>,
    /// The family of the first address written; the others must match it.
    family: u8,
    local: Option<Inet>,
    remote: Option<Inet>,
    group: Option<Inet>,
    learning: Option<u8>,
    dstport: Option<u16>,
    external: bool,
    vnifilter: bool,
    gpe: bool,
    dev: bool,
}

/// Keys of the duplicate check that are no attribute of their own.
const SEEN_REMOTE: u16 = 0x1000;
const SEEN_GROUP: u16 = 0x1001;
const SEEN_LOCAL: u16 = 0x1002;

impl State {
    fn once(&mut self, id: u16, key: &str, v: &str) -> Result<()> {
        if self.seen.contains(&id) {
            return Err(duparg2(key, v));
        }
        self.seen.push(id);
        Ok(())
    }

    /// An address of the family the first one had.
    fn addr(&mut self, v: &str, what: &str) -> Result<Inet> {
        let a = get_addr(v, self.family)?;
        if a.special != Special::No || (a.family != AF_INET && a.family != AF_INET6) {
            return Err(invarg(&format!("invalid {what} address"), v));
        }
        if self.family == 0 {
            self.family = a.family;
        }
        Ok(a)
    }
}

/// The vxlan's IFLA_INFO_DATA attributes.
pub fn parse(args: &mut Args, host: &mut dyn Host) -> Result<Vec<DefaultNla>> {
    let mut out = Vec::new();
    let mut st = State::default();
    while let Some(w) = args.next().map(str::to_string) {
        let Some(key) = find(&w) else {
            let prefix = format!("vxlan: unknown command \"{w}\"?");
            return Err(kind_usage(Some(prefix), USAGE));
        };
        match key {
            Key::Help => return Err(kind_usage(None, USAGE)),
            Key::Switch(id, on) => {
                st.once(id, &w, &w)?;
                match id {
                    LEARNING => st.learning = Some(on),
                    COLLECT_METADATA => {
                        st.external = on != 0;
                        out.push(attr::u8(id, on));
                    }
                    VNIFILTER => {
                        st.vnifilter = on != 0;
                        out.push(attr::u8(id, on));
                    }
                    _ => out.push(attr::u8(id, on)),
                }
            }
            Key::Flag(id) => {
                st.once(id, &w, &w)?;
                st.gpe |= id == GPE;
                out.push(attr::bytes(id, &[]));
            }
            _ => value(key, args, &mut st, &mut out, host)?,
        }
    }
    if st.external && st.vni.is_some() {
        return Err(Error::ip_fail(
            "vxlan: both 'external' and vni cannot be specified",
        ));
    }
    if st.vnifilter && !st.external {
        return Err(Error::ip_fail(
            "vxlan: vnifilter is valid only when 'external' is set",
        ));
    }
    let create = host.create();
    if create && !st.external && st.vni.is_none() {
        return Err(Error::ip_fail("vxlan: missing virtual network identifier"));
    }
    if st.group.is_some() && !st.dev {
        return Err(Error::ip_fail(
            "vxlan: 'group' requires 'dev' to be specified",
        ));
    }
    if create && st.dstport.is_none() && !st.gpe {
        std::io::stderr().write_all(
            b"vxlan: destination port not specified\n\
              Will use Linux kernel default (non-standard value)\n\
              Use 'dstport 4789' to get the IANA assigned value\n\
              Use 'dstport 0' to get default and quiet this message\n",
        )?;
    }
    if let Some(vni) = st.vni {
        out.push(attr::u32(ID, vni));
    }
    let by_family = |a: &Inet, v4: u16, v6: u16| {
        attr::bytes(if a.family == AF_INET { v4 } else { v6 }, a.bytes())
    };
    if let Some(a) = &st.local {
        out.push(by_family(a, LOCAL, LOCAL6));
    }
    if let Some(a) = st.remote.as_ref().or(st.group.as_ref()) {
        out.push(by_family(a, GROUP, GROUP6));
    }
    match st.learning {
        Some(l) => out.push(attr::u8(LEARNING, l)),
        None if create => out.push(attr::u8(LEARNING, u8::from(!st.external))),
        None => {}
    }
    // VXLAN-GPE's own port when none is written
    let dstport = st.dstport.or(st.gpe.then_some(4790));
    if let Some(port) = dstport.filter(|&p| p != 0) {
        out.push(attr::u16_be(PORT, port));
    }
    Ok(out)
}

/// A keyword with a value (or two).
fn value(
    key: Key,
    args: &mut Args,
    st: &mut State,
    out: &mut Vec<DefaultNla>,
    host: &mut dyn Host,
) -> Result<()> {
    let v = args.value()?.to_string();
    match key {
        Key::Id => {
            st.once(ID, "id", &v)?;
            let id = get_u32(&v)
                .filter(|&id| id < 1 << 24)
                .ok_or_else(|| invarg("invalid id", &v))?;
            st.vni = Some(id);
        }
        Key::Group | Key::Remote => {
            let (me, other, name) = if key == Key::Group {
                (SEEN_GROUP, SEEN_REMOTE, "group")
            } else {
                (SEEN_REMOTE, SEEN_GROUP, "remote")
            };
            st.once(me, name, &v)?;
            if st.seen.contains(&other) {
                return Err(Error::ip_fail(
                    "vxlan: both group and remote cannot be specified",
                ));
            }
            let a = st.addr(&v, name)?;
            if a.is_multicast() != (key == Key::Group) {
                return Err(invarg(&format!("invalid {name} address"), &v));
            }
            if key == Key::Group {
                st.group = Some(a);
            } else {
                st.remote = Some(a);
            }
        }
        Key::Local => {
            st.once(SEEN_LOCAL, "local", &v)?;
            st.local = Some(st.addr(&v, "local")?);
        }
        Key::Dev => {
            st.once(LINK, "dev", &v)?;
            // exit 255 here, where `ip link` itself exits 1
            let index = host
                .index(&v)
                .ok_or_else(|| Error::ip_usage(format_args!("Cannot find device \"{v}\"")))?;
            st.dev = true;
            out.push(attr::u32(LINK, index));
        }
        Key::Ttl => {
            st.once(TTL, "ttl", &v)?;
            if v == "inherit" {
                out.push(attr::bytes(TTL_INHERIT, &[]));
            } else {
                let ttl = if v == "auto" {
                    0
                } else {
                    let t = get_u32(&v).ok_or_else(|| invarg("invalid TTL", &v))?;
                    if t > 255 {
                        return Err(invarg("TTL must be <= 255", &v));
                    }
                    t as u8
                };
                out.push(attr::u8(TTL, ttl));
            }
        }
        Key::Tos => {
            st.once(TOS, "tos", &v)?;
            let tos = if v == "inherit" {
                1
            } else {
                rtnames::dsfield_a2n(&v).ok_or_else(|| invarg("bad TOS value", &v))?
            };
            out.push(attr::u8(TOS, tos));
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
            out.push(attr::bytes(LABEL, &l.to_be_bytes()));
        }
        Key::Ageing => {
            st.once(AGEING, "ageing", &v)?;
            let a = get_u32(&v).ok_or_else(|| invarg("ageing timer", &v))?;
            out.push(attr::u32(AGEING, a));
        }
        Key::MaxAddress => {
            st.once(LIMIT, "maxaddress", &v)?;
            let n = if v == "unlimited" {
                0
            } else {
                get_u32(&v).ok_or_else(|| invarg("max addresses", &v))?
            };
            out.push(attr::u32(LIMIT, n));
        }
        Key::SrcPort => {
            st.once(PORT_RANGE, "srcport", &v)?;
            let lo = get_u16(&v).ok_or_else(|| invarg("min port", &v))?;
            let hi_word = args.next().ok_or_else(incomplete)?.to_string();
            let hi = get_u16(&hi_word).ok_or_else(|| invarg("max port", &hi_word))?;
            let mut range = lo.to_be_bytes().to_vec();
            range.extend_from_slice(&hi.to_be_bytes());
            out.push(attr::bytes(PORT_RANGE, &range));
        }
        Key::DstPort => {
            st.once(PORT, "dstport", &v)?;
            st.dstport = Some(get_u16(&v).ok_or_else(|| invarg("dst port", &v))?);
        }
        Key::Switch(..) | Key::Flag(_) | Key::Help => {}
    }
    Ok(())
}

/// `tos 0x10 ` (vxlan and geneve alike): when not 0, `inherit` for 1; its hex in JSON.
pub(super) fn print_tos<W: Write>(p: &mut Printer<W>, tos: Option<u8>) {
    if let Some(tos) = tos.filter(|&t| t != 0) {
        let hex = format!("0x{tos:x}");
        p.value(Show::Json, Some("tos"), format_args!(""), &hex.as_str());
        if tos == 1 {
            p.fp_str("tos inherit ");
        } else {
            p.fp(format_args!("tos {hex} "));
        }
    }
}

/// `ttl 5 `: `inherit` (plain only) when the inherit switch is on, `auto` for 0.
pub(super) fn print_ttl<W: Write>(p: &mut Printer<W>, inherit: Option<u8>, ttl: Option<u8>) {
    if inherit.is_some_and(|v| v != 0) {
        p.fp_str("ttl inherit ");
    } else if let Some(ttl) = ttl {
        p.value(Show::Json, Some("ttl"), format_args!(""), &ttl);
        if ttl == 0 {
            p.fp_str("ttl auto ");
        } else {
            p.fp(format_args!("ttl {ttl} "));
        }
    }
}

/// `df set flowlabel 0x5 `: the DF in JSON even when unset (nothing past the known values),
/// a non-zero label.
pub(super) fn print_df_label<W: Write>(p: &mut Printer<W>, df: Option<u8>, label: Option<&[u8]>) {
    if let Some(name) = df.and_then(|d| VXLAN_DF.get(usize::from(d))) {
        p.value(Show::Json, Some("df"), format_args!(""), name);
        if *name != "unset" {
            p.fp(format_args!("df {name} "));
        }
    }
    if let Some(label) = label.and_then(attr::be32_of).filter(|&l| l != 0) {
        let hex = format!("0x{label:x}");
        p.value(
            Show::Any,
            Some("label"),
            format_args!("flowlabel {hex} "),
            &hex.as_str(),
        );
    }
}

/// An address's text, or its name under `-r`.
pub(super) fn host_text(family: u8, b: &[u8]) -> Option<String> {
    let ip = match family {
        AF_INET => std::net::IpAddr::from(<[u8; 4]>::try_from(b.get(..4)?).ok()?),
        _ => std::net::IpAddr::from(<[u8; 16]>::try_from(b.get(..16)?).ok()?),
    };
    Some(rtnames::host_name(ip).unwrap_or_else(|| ip.to_string()))
}

/// `plain` when the u8 switch is on, `"key":true` (only when on).
fn when_on<W: Write>(p: &mut Printer<W>, a: &Table<32>, id: u16, key: &str, plain: &str) {
    if a.u8(id).is_some_and(|v| v != 0) {
        p.value(Show::Any, Some(key), format_args!("{plain} "), &true);
    }
}

/// `[no]plain` / `"key":bool`, whenever the attribute is there.
fn both_ways<W: Write>(p: &mut Printer<W>, v: Option<u8>, key: &str, plain: &str) {
    if let Some(v) = v {
        let on = v != 0;
        p.value(Show::Json, Some(key), format_args!(""), &on);
        p.fp(format_args!("{}{plain} ", if on { "" } else { "no" }));
    }
}

/// The UDP checksum settings vxlan and geneve share: `[no]udpcsum`,
/// `[no]udp6zerocsumtx`, `[no]udp6zerocsumrx`, each when its attribute is there.
pub(super) fn udp_csums<W: Write>(
    p: &mut Printer<W>,
    csum: Option<u8>,
    zero6_tx: Option<u8>,
    zero6_rx: Option<u8>,
) {
    both_ways(p, csum, "udp_csum", "udpcsum");
    both_ways(p, zero6_tx, "udp_zero_csum6_tx", "udp6zerocsumtx");
    both_ways(p, zero6_rx, "udp_zero_csum6_rx", "udp6zerocsumrx");
}

/// `vxlan id 7 remote 10.0.0.6 local 10.0.0.5 dev eth0 srcport 0 0 dstport 4789 …`.
pub fn print<W: Write>(p: &mut Printer<W>, data: &[u8], names: &mut Names) {
    let a: Table<32> = Table::new(data);
    if a.u8(COLLECT_METADATA).is_some_and(|v| v != 0) {
        p.value(
            Show::Any,
            Some("external"),
            format_args!("external "),
            &true,
        );
    }
    if a.u8(VNIFILTER).is_some_and(|v| v != 0) {
        p.value(
            Show::Any,
            Some("vnifilter"),
            format_args!("vnifilter"),
            &true,
        );
    }
    if let Some(id) = a.u32(ID) {
        pr!(p, Any, "id", "id {} ", id);
    }
    let remote = [
        (GROUP, AF_INET, "group", "remote"),
        (GROUP6, AF_INET6, "group6", "remote6"),
    ];
    for (id, family, gkey, rkey) in remote {
        let Some(b) = a.get(id) else {
            continue;
        };
        let Some(text) = host_text(family, b) else {
            continue;
        };
        let multicast = match family {
            AF_INET => b.first().is_some_and(|x| x & 0xf0 == 0xe0),
            _ => b.first() == Some(&0xff),
        };
        let (key, plain) = if multicast {
            (gkey, "group")
        } else {
            (rkey, "remote")
        };
        p.value(
            Show::Any,
            Some(key),
            format_args!("{plain} {text} "),
            &text.as_str(),
        );
        break;
    }
    for (id, family, key) in [(LOCAL, AF_INET, "local"), (LOCAL6, AF_INET6, "local6")] {
        if let Some(text) = a.get(id).and_then(|b| host_text(family, b)) {
            p.value(
                Show::Any,
                Some(key),
                format_args!("local {text} "),
                &text.as_str(),
            );
            break;
        }
    }
    if let Some(link) = a.u32(LINK).filter(|&l| l != 0) {
        let name = names.ifname(link).into_owned();
        p.value(
            Show::Any,
            Some("link"),
            format_args!("dev {name} "),
            &name.as_str(),
        );
    }
    if let Some(r) = a.get(PORT_RANGE) {
        if let (Some(lo), Some(hi)) = (
            r.get(..2).and_then(attr::be16_of),
            r.get(2..4).and_then(attr::be16_of),
        ) {
            p.open_object(Some("port_range"));
            pr!(p, Any, "low", "srcport {} ", lo);
            pr!(p, Any, "high", "{} ", hi);
            p.close_object();
        }
    }
    if let Some(port) = a.be16(PORT) {
        pr!(p, Any, "port", "dstport {} ", port);
    }
    if let Some(l) = a.u8(LEARNING) {
        p.value(Show::Json, Some("learning"), format_args!(""), &(l != 0));
        if l == 0 {
            p.fp_str("nolearning ");
        }
    }
    when_on(p, &a, PROXY, "proxy", "proxy");
    when_on(p, &a, RSC, "rsc", "rsc");
    when_on(p, &a, L2MISS, "l2miss", "l2miss");
    when_on(p, &a, L3MISS, "l3miss", "l3miss");
    print_tos(p, a.u8(TOS));
    print_ttl(p, a.u8(TTL_INHERIT), a.u8(TTL));
    print_df_label(p, a.u8(DF), a.get(LABEL));
    if let Some(ageing) = a.u32(AGEING) {
        pr!(p, Any, "ageing", "ageing {} ", ageing);
    }
    if let Some(limit) = a.u32(LIMIT).filter(|&l| l != 0) {
        pr!(p, Any, "limit", "maxaddr {} ", limit);
    }
    udp_csums(
        p,
        a.u8(UDP_CSUM),
        a.u8(UDP_ZERO_CSUM6_TX),
        a.u8(UDP_ZERO_CSUM6_RX),
    );
    when_on(p, &a, REMCSUM_TX, "remcsum_tx", "remcsumtx");
    when_on(p, &a, REMCSUM_RX, "remcsum_rx", "remcsumrx");
    if a.has(GBP) {
        p.value(Show::Any, Some("gbp"), format_args!("gbp "), &true);
    }
    if a.has(GPE) {
        p.value(Show::Any, Some("gpe"), format_args!("gpe "), &true);
    }
}
