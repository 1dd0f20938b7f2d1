//! `ip -d link show`: the details after the link-layer line.
//!
//! Everything here was learned by running iproute2 6.1's `ip -d link show` (plain, `-j`,
//! `-j -p`, `-o`) on real links and on recorded kernel messages with single attributes
//! changed, removed or added (see the tests). Attributes ip 6.1 does not print (the kernel
//! sends many newer ones) are ignored.
//!
//! Layout: ` promiscuity N  allmulti N minmtu N maxmtu N `, then for IFLA_LINKINFO a line
//! `    KIND ` with the kind's data and a line `    KIND_slave ` with the port's data, then
//! `addrgenmode … numtxqueues … gro_max_size N `, the physical port names, and in plain
//! text the attached XDP programs on lines of their own.

mod bridge;
mod kinds;

use super::show::{Link, Names};
use crate::ip::Opts;
use crate::netlink::attrs;
use crate::output::{pr, Disp, JsonValue, Printer, Show};
use std::fmt;
use std::io::{self, Write};

const IFLA_LINKINFO: u16 = 18;
const IFLA_AF_SPEC: u16 = 26;
const IFLA_PROMISCUITY: u16 = 30;
const IFLA_NUM_TX_QUEUES: u16 = 31;
const IFLA_NUM_RX_QUEUES: u16 = 32;
const IFLA_PHYS_PORT_ID: u16 = 34;
const IFLA_PHYS_SWITCH_ID: u16 = 36;
const IFLA_PHYS_PORT_NAME: u16 = 38;
const IFLA_GSO_MAX_SEGS: u16 = 40;
const IFLA_GSO_MAX_SIZE: u16 = 41;
const IFLA_XDP: u16 = 43;
const IFLA_MIN_MTU: u16 = 50;
const IFLA_MAX_MTU: u16 = 51;
const IFLA_PARENT_DEV_NAME: u16 = 56;
const IFLA_PARENT_DEV_BUS_NAME: u16 = 57;
const IFLA_GRO_MAX_SIZE: u16 = 58;
const IFLA_TSO_MAX_SIZE: u16 = 59;
const IFLA_TSO_MAX_SEGS: u16 = 60;
const IFLA_ALLMULTI: u16 = 61;

const IFLA_INFO_KIND: u16 = 1;
const IFLA_INFO_DATA: u16 = 2;
const IFLA_INFO_SLAVE_KIND: u16 = 4;
const IFLA_INFO_SLAVE_DATA: u16 = 5;

const AF_INET6: u16 = 10;
const IFLA_INET6_ADDR_GEN_MODE: u16 = 8;

const IFLA_XDP_ATTACHED: u16 = 2;
const IFLA_XDP_PROG_ID: u16 = 4;
const IFLA_XDP_DRV_PROG_ID: u16 = 5;
const IFLA_XDP_SKB_PROG_ID: u16 = 6;
const IFLA_XDP_HW_PROG_ID: u16 = 7;
const XDP_ATTACHED_MULTI: u8 = 4;

/// Everything `-d` adds after `link/ether … brd …` (and `link-netns …`), as `ip -d link`
/// prints it.
///
/// Not printed (yet): VF information (IFLA_VFINFO_LIST, SR-IOV hardware only), the data of
/// kinds other than bridge, bridge ports, vlan, macvlan, macvtap and tun (only their names), and
/// the BPF program details ip looks up for attached XDP programs (name, tag, jited).
pub fn print<W: Write>(p: &mut Printer<W>, l: &Link, names: &mut Names, _opts: &Opts) {
    print_details(p, l, names, true);
}

/// The same for `ip -d address show`, which leaves out `addrgenmode`.
#[allow(dead_code)] // for `ip address show`'s call site
pub fn print_addr<W: Write>(p: &mut Printer<W>, l: &Link, names: &mut Names, _opts: &Opts) {
    print_details(p, l, names, false);
}

fn print_details<W: Write>(p: &mut Printer<W>, l: &Link, names: &mut Names, link_cmd: bool) {
    if let Some(v) = l.u32(IFLA_PROMISCUITY) {
        pr!(p, Any, "promiscuity", " promiscuity {} ", v);
    }
    if let Some(v) = l.u32(IFLA_ALLMULTI) {
        pr!(p, Any, "allmulti", " allmulti {} ", v);
    }
    if let Some(v) = l.u32(IFLA_MIN_MTU) {
        pr!(p, Any, "min_mtu", "minmtu {} ", v);
    }
    if let Some(v) = l.u32(IFLA_MAX_MTU) {
        pr!(p, Any, "max_mtu", "maxmtu {} ", v);
    }
    if let Some(info) = l.get(IFLA_LINKINFO) {
        linkinfo(p, info, names);
    }
    if let Some(mode) = addr_gen_mode(l).filter(|_| link_cmd) {
        let name = match mode {
            0 => Some("eui64"),
            1 => Some("none"),
            2 => Some("stable_secret"),
            3 => Some("random"),
            _ => None,
        };
        match name {
            Some(n) => pr!(p, Any, "inet6_addr_gen_mode", "addrgenmode {} ", n),
            None => {
                let v = Disp(HexByte(mode));
                pr!(p, Any, "inet6_addr_gen_mode", "addrgenmode {} ", v)
            }
        }
    }
    for (attr, key, plain) in [
        (IFLA_NUM_TX_QUEUES, "num_tx_queues", "numtxqueues"),
        (IFLA_NUM_RX_QUEUES, "num_rx_queues", "numrxqueues"),
        (IFLA_GSO_MAX_SIZE, "gso_max_size", "gso_max_size"),
        (IFLA_GSO_MAX_SEGS, "gso_max_segs", "gso_max_segs"),
        (IFLA_TSO_MAX_SIZE, "tso_max_size", "tso_max_size"),
        (IFLA_TSO_MAX_SEGS, "tso_max_segs", "tso_max_segs"),
        (IFLA_GRO_MAX_SIZE, "gro_max_size", "gro_max_size"),
    ] {
        if let Some(v) = l.u32(attr) {
            p.value(Show::Any, Some(key), format_args!("{plain} {v} "), &v);
        }
    }
    if let Some(n) = l.get(IFLA_PHYS_PORT_NAME) {
        let n = super::show::cstr(n);
        pr!(p, Any, "phys_port_name", "portname {} ", n);
    }
    if let Some(id) = l.get(IFLA_PHYS_PORT_ID) {
        pr!(p, Any, "phys_port_id", "portid {} ", Disp(HexBytes(id)));
    }
    if let Some(id) = l.get(IFLA_PHYS_SWITCH_ID) {
        pr!(p, Any, "phys_switch_id", "switchid {} ", Disp(HexBytes(id)));
    }
    if let Some(n) = l.get(IFLA_PARENT_DEV_BUS_NAME) {
        let n = super::show::cstr(n);
        pr!(p, Any, "parentbus", "parentbus {} ", n);
    }
    if let Some(n) = l.get(IFLA_PARENT_DEV_NAME) {
        let n = super::show::cstr(n);
        pr!(p, Any, "parentdev", "parentdev {} ", n);
    }
    if let Some(x) = l.get(IFLA_XDP) {
        xdp_programs(p, x);
    }
}

/// Prints one kind's IFLA_INFO_DATA.
type KindPrinter<W> = fn(&mut Printer<W>, &[u8]);

/// IFLA_LINKINFO: `"linkinfo":{"info_kind":…,"info_data":{…},"info_slave_kind":…,…}`.
fn linkinfo<W: Write>(p: &mut Printer<W>, info: &[u8], names: &mut Names) {
    let (mut kind, mut data, mut skind, mut sdata) = (None, None, None, None);
    for (k, v) in attrs(info) {
        match k {
            IFLA_INFO_KIND => kind = Some(super::show::cstr(v)),
            IFLA_INFO_DATA => data = Some(v),
            IFLA_INFO_SLAVE_KIND => skind = Some(super::show::cstr(v)),
            IFLA_INFO_SLAVE_DATA => sdata = Some(v),
            _ => {}
        }
    }
    p.open_object(Some("linkinfo"));
    if let Some(kind) = kind {
        p.nl();
        pr!(p, Any, "info_kind", "    {} ", kind);
        let printer: Option<KindPrinter<W>> = match kind {
            "bridge" => Some(bridge::print),
            "vlan" => Some(kinds::vlan),
            "macvlan" | "macvtap" => Some(kinds::macvlan),
            "tun" => Some(kinds::tun),
            _ => None,
        };
        if let Some(f) = printer {
            p.open_object(Some("info_data"));
            f(p, data.unwrap_or(&[]));
            p.close_object();
        }
    }
    if let Some(skind) = skind {
        p.nl();
        p.json("info_slave_kind", skind);
        p.fp(format_args!("    {skind}_slave "));
        if skind == "bridge" {
            p.open_object(Some("info_slave_data"));
            bridge::print_port(p, sdata.unwrap_or(&[]), names);
            p.close_object();
        }
    }
    p.close_object();
}

/// IFLA_AF_SPEC → AF_INET6 → IFLA_INET6_ADDR_GEN_MODE.
fn addr_gen_mode(l: &Link) -> Option<u8> {
    let inet6 = attrs(l.get(IFLA_AF_SPEC)?).find(|&(k, _)| k == AF_INET6)?.1;
    attrs(inet6)
        .find(|&(k, _)| k == IFLA_INET6_ADDR_GEN_MODE)?
        .1
        .first()
        .copied()
}

/// Plain text only: one line per attached XDP program (`-j` shows them with the flags).
fn xdp_programs<W: Write>(p: &mut Printer<W>, x: &[u8]) {
    let mut mode = 0;
    let mut ids = [None; 4];
    for (k, v) in attrs(x) {
        match k {
            IFLA_XDP_ATTACHED => mode = v.first().copied().unwrap_or(0),
            IFLA_XDP_PROG_ID => ids[0] = u32_of(v),
            IFLA_XDP_SKB_PROG_ID => ids[1] = u32_of(v),
            IFLA_XDP_DRV_PROG_ID => ids[2] = u32_of(v),
            IFLA_XDP_HW_PROG_ID => ids[3] = u32_of(v),
            _ => {}
        }
    }
    if mode == 0 {
        return;
    }
    let names = ["xdp", "xdpgeneric", "xdpdrv", "xdpoffload"];
    for (i, (id, name)) in ids.iter().zip(names).enumerate() {
        if i > 0 && mode != XDP_ATTACHED_MULTI {
            break;
        }
        if let Some(id) = id {
            p.nl();
            p.fp(format_args!("    prog/{name} id {id} "));
        }
    }
}

pub(super) fn u8_of(v: &[u8]) -> Option<u8> {
    v.first().copied()
}

pub(super) fn u16_of(v: &[u8]) -> Option<u16> {
    Some(u16::from_ne_bytes(v.get(..2)?.try_into().ok()?))
}

pub(super) fn u32_of(v: &[u8]) -> Option<u32> {
    Some(u32::from_ne_bytes(v.get(..4)?.try_into().ok()?))
}

pub(super) fn u64_of(v: &[u8]) -> Option<u64> {
    Some(u64::from_ne_bytes(v.get(..8)?.try_into().ok()?))
}

/// `0x07`: ip's `%#04x` of an unknown address generation mode.
struct HexByte(u8);

impl fmt::Display for HexByte {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:02x}", self.0)
    }
}

/// Bytes as one run of hex digits (`0102ab`).
struct HexBytes<'a>(&'a [u8]);

impl fmt::Display for HexBytes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

/// C's `%#x`: `0` for zero, else `0x…`.
pub(super) struct AltHex(pub u32);

impl fmt::Display for AltHex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 0 {
            f.write_str("0")
        } else {
            write!(f, "{:#x}", self.0)
        }
    }
}

/// A bridge timer (hundredths of a second): plain `%4i.%.2i`, JSON a bare number `%i.%.2i`,
/// with ip's arithmetic (microseconds in 64 bits, seconds cut to 32 bits).
pub(super) struct Timer(pub u64);

impl Timer {
    fn parts(&self) -> (i32, u64) {
        let us = self.0.wrapping_mul(10_000);
        ((us / 1_000_000) as i32, us % 1_000_000 / 10_000)
    }
}

impl fmt::Display for Timer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (s, c) = self.parts();
        write!(f, "{s:4}.{c:02}")
    }
}

impl JsonValue for Timer {
    fn write_json<X: Write + ?Sized>(&self, w: &mut X) -> io::Result<()> {
        let (s, c) = self.parts();
        write!(w, "{s}.{c:02}")
    }
}

/// An Ethernet protocol number as ip names it (`802.1Q`, `ip`, …, else `[N]`).
pub(super) struct Proto(pub u16);

impl fmt::Display for Proto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match LL_PROTOS.iter().find(|&&(n, _)| n == self.0) {
            Some((_, name)) => f.write_str(name),
            None => write!(f, "[{}]", self.0),
        }
    }
}

/// The protocol names ip 6.1 prints (found by running it on every value 0..=0xffff).
const LL_PROTOS: &[(u16, &str)] = &[
    (0x0001, "802_3"),
    (0x0002, "ax25"),
    (0x0003, "all"),
    (0x0004, "802_2"),
    (0x0005, "snap"),
    (0x0006, "ddcmp"),
    (0x0007, "wan_ppp"),
    (0x0008, "ppp_mp"),
    (0x0009, "localtalk"),
    (0x000c, "can"),
    (0x0010, "ppptalk"),
    (0x0011, "tr_802_2"),
    (0x0015, "mobitex"),
    (0x0016, "control"),
    (0x0017, "irda"),
    (0x0018, "econet"),
    (0x0060, "loop"),
    (0x0200, "pup"),
    (0x0201, "pupat"),
    (0x0800, "ip"),
    (0x0805, "x25"),
    (0x0806, "arp"),
    (0x08ff, "bpq"),
    (0x0a00, "ieeepup"),
    (0x0a01, "ieeepupat"),
    (0x6000, "dec"),
    (0x6001, "dna_dl"),
    (0x6002, "dna_rc"),
    (0x6003, "dna_rt"),
    (0x6004, "lat"),
    (0x6005, "diag"),
    (0x6006, "cust"),
    (0x6007, "sca"),
    (0x6558, "teb"),
    (0x8035, "rarp"),
    (0x809b, "atalk"),
    (0x80f3, "aarp"),
    (0x8100, "802.1Q"),
    (0x8137, "ipx"),
    (0x86dd, "ipv6"),
    (0x8847, "mpls_uc"),
    (0x8848, "mpls_mc"),
    (0x884c, "atmmpoa"),
    (0x8863, "ppp_disc"),
    (0x8864, "ppp_ses"),
    (0x8884, "atmfate"),
    (0x8892, "profinet"),
    (0x88a2, "aoe"),
    (0x88a4, "ethercat"),
    (0x88a8, "802.1ad"),
    (0x88ca, "tipc"),
    (0x88cc, "LLDP"),
];

#[cfg(test)]
mod tests;
