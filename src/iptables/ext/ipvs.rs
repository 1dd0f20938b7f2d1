//! `-m ipvs [!] --ipvs [!] --vproto P [!] --vaddr A[/M] [!] --vport P --vdir ORIGINAL|REPLY
//! [!] --vmethod GATE|IPIP|MASQ [!] --vportctl P`: the xt `ipvs` match, revision 0
//! (`struct xt_ipvs_mtinfo`: union nf_inet_addr vaddr, vmask, be16 vport, u8 l4proto, u8
//! fwd_method, be16 vportctl, u8 invert, u8 bitmask; 40 bytes sent). Kernels without IPVS
//! lack it: loading it asks the kernel first (`probe`), as iptables-nft does.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::addr;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::resolve::services;

const VADDR: usize = 0;
const VMASK: usize = 16;
const VPORT: usize = 32;
const PROTO: usize = 34;
const METHOD: usize = 35;
const VPORTCTL: usize = 36;
const INVERT: usize = 38;
const BITMASK: usize = 39;

/// XT_IPVS_*: the option ids are their bit numbers.
const O_IPVS: u8 = 0;
const O_PROTO: u8 = 1;
const O_VADDR: u8 = 2;
const O_VPORT: u8 = 3;
const O_DIR: u8 = 4;
const O_METHOD: u8 = 5;
const O_VPORTCTL: u8 = 6;

const OPTS: &[Opt] = &[
    opt("ipvs", Has::No, O_IPVS).once(),
    opt("vproto", Has::Required, O_PROTO).once(),
    opt("vaddr", Has::Required, O_VADDR).once(),
    opt("vport", Has::Required, O_VPORT).once(),
    opt("vdir", Has::Required, O_DIR).once().no_inv(),
    opt("vmethod", Has::Required, O_METHOD).once(),
    opt("vportctl", Has::Required, O_VPORTCTL).once(),
];

/// IP_VS_CONN_F_* forwarding methods.
const METHODS: [(&str, u8); 3] = [("GATE", 3), ("IPIP", 2), ("MASQ", 0)];

pub const DEF: Def = Def {
    name: "ipvs",
    rev: 0,
    size: 40,
    cmp: 40,
    opts: OPTS,
    help: include_str!("../help/m_ipvs.txt"),
    parse,
    check,
    save,
    print,
    probe: true,
    ..Def::MATCH
};

/// A port: a decimal number (as a C int, kept modulo 2^16) or a service name.
fn port(s: &str) -> crate::error::Result<u16> {
    crate::cli::num::strtoul(s, 10)
        .map(|v| v as i32)
        .filter(|&v| v >= 0)
        .map(|v| v as u16)
        .or_else(|| services::port_of(s, "tcp"))
        .ok_or_else(|| bad(format_args!("Port \"{s}\" does not resolve to anything.\n")))
}

/// A protocol as `-p` reads it: `all` (0), a number up to 255, or a name of /etc/protocols.
fn protocol(word: &str) -> crate::error::Result<u8> {
    let lower = word.to_ascii_lowercase();
    if lower == "all" {
        return Ok(0);
    }
    let found = match crate::cli::num::strtoul(word, 0) {
        Some(n) => u8::try_from(n).ok(),
        None => services::proto_number(&lower),
    };
    found.ok_or_else(|| bad(format_args!("unknown protocol \"{lower}\" specified")))
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let mut inv = arg.inv;
    match o.id {
        O_IPVS => {}
        O_PROTO => {
            let p = protocol(arg.value)?;
            e.set_u8(PROTO, p);
        }
        O_VADDR => {
            let (host, mask) = match arg.value.split_once('/') {
                Some((h, m)) => (h, Some(m)),
                None => (arg.value, None),
            };
            let a = match addr::inet_aton(host) {
                Some(a) => a,
                None if host.contains(':') => {
                    return Err(bad(
                        "getaddrinfo: Address family for hostname not supported\n",
                    ))
                }
                None => *addr::host_addrs(host)
                    .first()
                    .ok_or_else(|| bad("getaddrinfo: Name or service not known\n"))?,
            };
            e.put(VADDR, &a);
            let mut m = [0xffu8; 16];
            if let Some(mask) = mask {
                let four = match crate::cli::num::strtoul(mask, 10) {
                    Some(n) if n <= 32 => Some(addr::prefix_mask(n as u32)),
                    Some(_) => None,
                    None => addr::dotted(mask),
                };
                if let Some(four) = four {
                    m = [0; 16];
                    m[..4].copy_from_slice(&four);
                }
            }
            e.put(VMASK, &m);
        }
        O_VPORT => {
            let p = port(arg.value)?;
            e.set_be16(VPORT, p);
        }
        O_VPORTCTL => {
            let p = port(arg.value)?;
            e.set_be16(VPORTCTL, p);
        }
        O_DIR => {
            inv = if arg.value.eq_ignore_ascii_case("ORIGINAL") {
                false
            } else if arg.value.eq_ignore_ascii_case("REPLY") {
                true
            } else {
                return Err(bad(format_args!(
                    "ipvs: Bad value for \"--vdir\" option: \"{}\"",
                    arg.value
                )));
            };
        }
        _ => {
            let m = METHODS
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(arg.value))
                .ok_or_else(|| {
                    bad(format_args!(
                        "ipvs: Bad value for \"--vmethod\" option: \"{}\"",
                        arg.value
                    ))
                })?;
            e.set_u8(METHOD, m.1);
        }
    }
    let bit = 1u8 << o.id;
    // every option implies --ipvs
    e.set_u8(BITMASK, e.u8(BITMASK) | bit | 1);
    if inv {
        e.set_u8(INVERT, e.u8(INVERT) | bit);
    }
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.seen == 0 {
        return Err(bad("IPVS: At least one option is required"));
    }
    Ok(())
}

fn addr_text(e: &Ext) -> String {
    let a = e.bytes(VADDR, 4);
    let m = e.bytes(VMASK, 16);
    let host: String = a
        .iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(".");
    if m.iter().all(|&b| b == 0xff) || m.get(..4) == Some(&[0xff; 4]) {
        return host;
    }
    let bits: u32 = m.iter().take(4).map(|b| b.count_ones()).sum();
    format!("{host}/{bits}")
}

fn method_name(m: u8) -> &'static str {
    METHODS
        .iter()
        .find(|(_, v)| *v == m)
        .map_or("UNKNOWN", |(n, _)| n)
}

/// The words of the options set: (inverted, name, value).
fn words(e: &Ext) -> Vec<(bool, &'static str, String)> {
    let (bits, inv) = (e.u8(BITMASK), e.u8(INVERT));
    let on = |b: u8| bits & (1 << b) != 0;
    let not = |b: u8| inv & (1 << b) != 0;
    let mut v = Vec::new();
    if on(O_IPVS) {
        v.push((not(O_IPVS), "ipvs", String::new()));
    }
    if on(O_PROTO) {
        v.push((not(O_PROTO), "vproto", e.u8(PROTO).to_string()));
    }
    if on(O_VADDR) {
        v.push((not(O_VADDR), "vaddr", addr_text(e)));
    }
    if on(O_VPORT) {
        v.push((not(O_VPORT), "vport", e.be16(VPORT).to_string()));
    }
    if on(O_DIR) {
        let d = if not(O_DIR) { "REPLY" } else { "ORIGINAL" };
        v.push((false, "vdir", d.to_string()));
    }
    if on(O_METHOD) {
        v.push((
            not(O_METHOD),
            "vmethod",
            method_name(e.u8(METHOD)).to_string(),
        ));
    }
    if on(O_VPORTCTL) {
        v.push((not(O_VPORTCTL), "vportctl", e.be16(VPORTCTL).to_string()));
    }
    v
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    for (inv, name, value) in words(e) {
        out.push_str(if inv { " ! --" } else { " --" });
        out.push_str(name);
        if !value.is_empty() {
            out.push(' ');
            out.push_str(&value);
        }
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    for (inv, name, value) in words(e) {
        out.push_str(if inv { " !" } else { "" });
        out.push(' ');
        out.push_str(name);
        if !value.is_empty() {
            out.push(' ');
            out.push_str(&value);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::iptables::tests::{argv, sent_hex};

    /// What iptables-nft 1.8.9 sent (the kernel without IPVS refuses the rule).
    const SENT: &[(&str, &str)] = &[
        ("--ipvs", "00000000000000000000000000000000000000000000000000000000000000000000000000000001"),
        ("! --ipvs", "00000000000000000000000000000000000000000000000000000000000000000000000000000101"),
        ("--vproto tcp --vaddr 10.0.0.0/8 --vport 80 --vdir ORIGINAL --vmethod GATE --vportctl 21", "0a000000000000000000000000000000ff000000000000000000000000000000005006030015007f"),
        ("--vmethod MASQ --vaddr 1.2.3.4/255.255.0.0", "01020304000000000000000000000000ffff00000000000000000000000000000000000000000025"),
        ("! --vproto 17 ! --vaddr 10.1.2.3 ! --vport http --vdir REPLY ! --vmethod IPIP ! --vportctl 21", "0a010203000000000000000000000000ffffffffffffffffffffffffffffffff0050110200157e7f"),
        ("--vport 70000 --vproto all --vdir original --vmethod gate --vaddr 1.2.3.4/33", "01020304000000000000000000000000ffffffffffffffffffffffffffffffff117000030000003f"),
    ];

    #[test]
    fn ipvs_blobs_as_iptables_nft_sends_them() {
        for (opts, want) in SENT {
            let hex = sent_hex(argv("-A INPUT -m ipvs", opts));
            assert!(hex.contains(&format!("2c000300{want}")), "{opts}: {hex}");
        }
    }
}
