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

use crate::ip::ifnames::Names;
use crate::ip::kinds;
use crate::ip::opts::Opts;
use crate::netlink::attr::{self, attrs, cstr, u32_of};
use crate::netlink::rtnl::link::*;
use crate::netlink::rtnl::AF_INET6;
use crate::output::{pr, Disp, Printer, Show};
use std::fmt;
use std::io::Write;

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
        let n = cstr(n);
        pr!(p, Any, "phys_port_name", "portname {} ", n);
    }
    if let Some(id) = l.get(IFLA_PHYS_PORT_ID) {
        pr!(p, Any, "phys_port_id", "portid {} ", Disp(HexBytes(id)));
    }
    if let Some(id) = l.get(IFLA_PHYS_SWITCH_ID) {
        pr!(p, Any, "phys_switch_id", "switchid {} ", Disp(HexBytes(id)));
    }
    if let Some(n) = l.get(IFLA_PARENT_DEV_BUS_NAME) {
        let n = cstr(n);
        pr!(p, Any, "parentbus", "parentbus {} ", n);
    }
    if let Some(n) = l.get(IFLA_PARENT_DEV_NAME) {
        let n = cstr(n);
        pr!(p, Any, "parentdev", "parentdev {} ", n);
    }
    if let Some(x) = l.get(IFLA_XDP) {
        xdp_programs(p, x);
    }
}

/// IFLA_LINKINFO: `"linkinfo":{"info_kind":…,"info_data":{…},"info_slave_kind":…,…}`.
fn linkinfo<W: Write>(p: &mut Printer<W>, info: &[u8], names: &mut Names) {
    let (mut kind, mut data, mut skind, mut sdata) = (None, None, None, None);
    for (k, v) in attrs(info) {
        match k {
            IFLA_INFO_KIND => kind = Some(cstr(v)),
            IFLA_INFO_DATA => data = Some(v),
            IFLA_INFO_SLAVE_KIND => skind = Some(cstr(v)),
            IFLA_INFO_SLAVE_DATA => sdata = Some(v),
            _ => {}
        }
    }
    p.open_object(Some("linkinfo"));
    if let Some(kind) = kind {
        p.nl();
        pr!(p, Any, "info_kind", "    {} ", kind);
        // the reference opens "info_data" for a kind it prints, but prints nothing without
        // the attribute
        if let Some(f) = kinds::printer(kind) {
            p.open_object(Some("info_data"));
            if let Some(d) = data {
                f(p, d, names);
            }
            p.close_object();
        }
    }
    if let Some(skind) = skind {
        p.nl();
        p.json("info_slave_kind", skind);
        p.fp(format_args!("    {skind}_slave "));
        if let Some(f) = kinds::slave_printer(skind) {
            p.open_object(Some("info_slave_data"));
            f(p, sdata.unwrap_or(&[]), names);
            p.close_object();
        }
    }
    p.close_object();
}

/// IFLA_AF_SPEC → AF_INET6 → IFLA_INET6_ADDR_GEN_MODE.
fn addr_gen_mode(l: &Link) -> Option<u8> {
    let inet6 = attr::find(l.get(IFLA_AF_SPEC)?, u16::from(AF_INET6))?;
    attr::find(inet6, IFLA_INET6_ADDR_GEN_MODE).and_then(attr::u8_of)
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
