//! The words of `ip tunnel add|change|del|show` read into the structure the ioctls take:
//! struct ip_tunnel_parm (IPv4) or struct ip6_tnl_parm2 (`ip -6 tunnel`), with the
//! reference's complaints; and those of `prl` and `6rd`.

use crate::cli::num::{get_u8, strtoul};
use crate::cli::{duparg2, invarg, matches, Args};
use crate::error::{Error, Result};
use crate::ip::ifnames;
use crate::ip::prefix::{get_addr, get_prefix, Inet};
use crate::ip::rtnames;
use crate::ip::usage;
use crate::netlink::rtnl::{AF_INET, AF_INET6};

const GRE_CSUM: u16 = 0x8000;
const GRE_KEY: u16 = 0x2000;
const GRE_SEQ: u16 = 0x1000;
/// SIT_ISATAP and VTI_ISVTI: host value 1 in a big-endian field (bytes `01 00`).
const ISATAP_OR_ISVTI: u16 = 0x0100;
const IP_DF: u16 = 0x4000;

const IPPROTO_IPIP: u8 = 4;
const IPPROTO_GRE: u8 = 47;
const IPPROTO_IPV6: u8 = 41;

const IP6_IGN_ENCAP_LIMIT: u32 = 0x1;
const IP6_USE_ORIG_TCLASS: u32 = 0x2;
const IP6_USE_ORIG_FLOWLABEL: u32 = 0x4;
const IP6_RCV_DSCP_COPY: u32 = 0x10;
const IP6_ALLOW_LOCAL_REMOTE: u32 = 0x40;
const FLOWINFO_TCLASS: u32 = 0x0ff0_0000;
const FLOWINFO_FLOWLABEL: u32 = 0x000f_ffff;

/// What both families share: the name, the lower device, GRE keys and flags.
#[derive(Default, Clone)]
pub struct Common {
    pub name: String,
    pub link: u32,
    pub iflags: u16,
    pub oflags: u16,
    pub ikey: [u8; 4],
    pub okey: [u8; 4],
}

/// struct ip_tunnel_parm.
#[derive(Clone)]
pub struct Parm4 {
    pub c: Common,
    pub tos: u8,
    pub frag_off: u16,
    pub ttl: u8,
    pub proto: u8,
    pub saddr: [u8; 4],
    pub daddr: [u8; 4],
}

/// struct ip6_tnl_parm2.
#[derive(Clone)]
pub struct Parm6 {
    pub c: Common,
    pub proto: u8,
    pub encap_limit: u8,
    pub hop_limit: u8,
    pub flowinfo: u32,
    pub flags: u32,
    pub laddr: [u8; 16],
    pub raddr: [u8; 16],
}

impl Common {
    fn name_bytes(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let n = self.name.len().min(15);
        out[..n].copy_from_slice(&self.name.as_bytes()[..n]);
        out
    }

    fn gre_tail(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.iflags.to_be_bytes());
        out.extend_from_slice(&self.oflags.to_be_bytes());
        out.extend_from_slice(&self.ikey);
        out.extend_from_slice(&self.okey);
    }

    /// The key, seq and csum words, and any other word: the name (`name NAME` or bare),
    /// `help`'s usage screen, or a complaint.
    fn word(&mut self, w: &str, args: &mut Args, help: &str) -> Result<()> {
        let flag = |c: &mut Common, bit: u16, i: bool, o: bool| {
            if i {
                c.iflags |= bit;
            }
            if o {
                c.oflags |= bit;
            }
        };
        match w {
            "key" => {
                let k = key("key", args.value()?)?;
                (self.ikey, self.okey) = (k, k);
                flag(self, GRE_KEY, true, true);
            }
            "ikey" => {
                self.ikey = key("ikey", args.value()?)?;
                flag(self, GRE_KEY, true, false);
            }
            "okey" => {
                self.okey = key("okey", args.value()?)?;
                flag(self, GRE_KEY, false, true);
            }
            "seq" => flag(self, GRE_SEQ, true, true),
            "iseq" => flag(self, GRE_SEQ, true, false),
            "oseq" => flag(self, GRE_SEQ, false, true),
            "csum" => flag(self, GRE_CSUM, true, true),
            "icsum" => flag(self, GRE_CSUM, true, false),
            "ocsum" => flag(self, GRE_CSUM, false, true),
            _ => {
                let w = if w == "name" {
                    args.value()?.to_string()
                } else {
                    if matches(w, "help") {
                        return Err(Error::ip_usage_text(help));
                    }
                    w.to_string()
                };
                if !self.name.is_empty() {
                    return Err(duparg2("name", &w));
                }
                if w.len() >= 16 || w.is_empty() || w.contains(['/', ' ']) {
                    return Err(invarg("\"name\" not a valid ifname", &w));
                }
                self.name = w;
            }
        }
        Ok(())
    }
}

/// A GRE key in network order: a dotted quad or a number.
fn key(name: &str, v: &str) -> Result<[u8; 4]> {
    let parsed = if v.contains('.') {
        crate::ip::prefix::parse_ipv4(v)
    } else {
        crate::cli::num::get_u32(v).map(u32::to_be_bytes)
    };
    parsed.ok_or_else(|| {
        Error::ip_usage(format_args!(
            "invalid value for \"{name}\": \"{v}\"; it should be an unsigned integer"
        ))
    })
}

/// `dev NAME`'s index, or `Cannot find device "NAME"` (exit 1).
fn dev(v: &str) -> Result<u32> {
    ifnames::require(v)
}

/// An address of `family`: `any` is zeros; IPv4 words complain as `ip tunnel` does.
fn addr<const N: usize>(v: &str, family: u8) -> Result<[u8; N]> {
    let a = if family == AF_INET {
        crate::ip::prefix::parse_addr(v, AF_INET).ok_or_else(|| {
            Error::ip_fail(format_args!(
                "Error: an IP address is expected rather than \"{v}\""
            ))
        })?
    } else {
        get_addr(v, family)?
    };
    let mut out = [0u8; N];
    if let Some(b) = a.bytes().get(..N) {
        out.copy_from_slice(b);
    }
    Ok(out)
}

impl Parm4 {
    /// `ip tunnel …` words (`help` is the usage screen).
    pub fn parse(args: &mut Args) -> Result<Parm4> {
        let mut p = Parm4 {
            c: Common::default(),
            tos: 0,
            frag_off: IP_DF,
            ttl: 0,
            proto: 0,
            saddr: [0; 4],
            daddr: [0; 4],
        };
        let mut isatap_or_vti = false;
        while let Some(w) = args.next().map(str::to_string) {
            let w = w.as_str();
            match w {
                "mode" => {
                    let v = args.value()?;
                    let (proto, special) = match v {
                        "ipip" | "ip/ip" => (IPPROTO_IPIP, false),
                        "gre" | "gre/ip" => (IPPROTO_GRE, false),
                        "sit" | "ipv6/ip" => (IPPROTO_IPV6, false),
                        "isatap" => (IPPROTO_IPV6, true),
                        "vti" => (IPPROTO_IPIP, true),
                        _ => {
                            return Err(Error::ip_usage(format_args!(
                                "Unknown tunnel mode \"{v}\""
                            )))
                        }
                    };
                    if p.proto != 0 && p.proto != proto {
                        return Err(Error::ip_usage(
                            "You managed to ask for more than one tunnel mode.",
                        ));
                    }
                    p.proto = proto;
                    if special {
                        isatap_or_vti = true;
                        p.c.iflags |= ISATAP_OR_ISVTI;
                    }
                }
                "nopmtudisc" => p.frag_off = 0,
                "pmtudisc" => p.frag_off = IP_DF,
                "remote" => p.daddr = addr(args.value()?, AF_INET)?,
                "local" => p.saddr = addr(args.value()?, AF_INET)?,
                "dev" => p.c.link = dev(args.value()?)?,
                "ttl" | "hoplimit" => {
                    let v = args.value()?;
                    p.ttl = if v == "inherit" {
                        0
                    } else {
                        get_u8(v).ok_or_else(|| invarg("invalid TTL\n", v))?
                    };
                }
                _ if w == "tos" || w == "tclass" || matches(w, "dsfield") => {
                    let v = args.value()?;
                    p.tos = if v == "inherit" {
                        1
                    } else if let Some(rest) = v.strip_prefix("inherit/") {
                        rtnames::dsfield_a2n(rest)
                            .ok_or_else(|| invarg("bad TOS value", "inherit"))?
                            | 1
                    } else {
                        rtnames::dsfield_a2n(v).ok_or_else(|| invarg("bad TOS value", v))?
                    };
                }
                _ => p.c.word(w, args, usage::TUNNEL)?,
            }
        }
        let keyed = (p.c.iflags | p.c.oflags) & GRE_KEY != 0;
        let vti = isatap_or_vti && p.proto == IPPROTO_IPIP;
        if (p.proto == IPPROTO_IPIP && !vti || p.proto == IPPROTO_IPV6) && keyed {
            return Err(Error::ip_fail(
                "Keys are not allowed with ipip and sit tunnels",
            ));
        }
        if p.daddr[0] & 0xf0 == 0xe0 {
            if p.saddr == [0; 4] {
                return Err(Error::ip_fail(
                    "A broadcast tunnel requires a source address",
                ));
            }
            if p.c.iflags & GRE_KEY == 0 {
                p.c.iflags |= GRE_KEY;
                p.c.ikey = p.daddr;
            }
            if p.c.oflags & GRE_KEY == 0 {
                p.c.oflags |= GRE_KEY;
                p.c.okey = p.daddr;
            }
        }
        if p.ttl != 0 && p.frag_off == 0 {
            return Err(Error::ip_fail("ttl != 0 and nopmtudisc are incompatible"));
        }
        Ok(p)
    }

    /// The base device of the mode (`tunl0`, `gre0`, `sit0`, `ip_vti0`), or "".
    pub fn base(&self) -> &'static str {
        match self.proto {
            IPPROTO_IPIP if self.c.iflags & ISATAP_OR_ISVTI != 0 => "ip_vti0",
            IPPROTO_IPIP => "tunl0",
            IPPROTO_GRE => "gre0",
            IPPROTO_IPV6 => "sit0",
            _ => "",
        }
    }

    /// The 52 bytes of struct ip_tunnel_parm.
    pub fn bytes(&self) -> Vec<u8> {
        let mut out = self.c.name_bytes().to_vec();
        out.extend_from_slice(&(self.c.link as i32).to_ne_bytes());
        self.c.gre_tail(&mut out);
        // struct iphdr: version 4, ihl 5
        out.extend_from_slice(&[0x45, self.tos, 0, 0, 0, 0]);
        out.extend_from_slice(&self.frag_off.to_be_bytes());
        out.extend_from_slice(&[self.ttl, self.proto, 0, 0]);
        out.extend_from_slice(&self.saddr);
        out.extend_from_slice(&self.daddr);
        out
    }
}

impl Parm6 {
    /// `ip -6 tunnel …` words.
    pub fn parse(args: &mut Args) -> Result<Parm6> {
        let mut p = Parm6 {
            c: Common::default(),
            proto: IPPROTO_IPV6,
            encap_limit: 4,
            hop_limit: 64,
            flowinfo: 0,
            flags: 0,
            laddr: [0; 16],
            raddr: [0; 16],
        };
        while let Some(w) = args.next().map(str::to_string) {
            let w = w.as_str();
            match w {
                "mode" => {
                    let v = args.value()?;
                    p.proto = match v {
                        "ipv6/ipv6" | "ip6ip6" => IPPROTO_IPV6,
                        "ip/ipv6" | "ipv4/ipv6" | "ipip6" | "ip4ip6" => IPPROTO_IPIP,
                        "any/ipv6" | "any" => 0,
                        "gre/ipv6" | "ip6gre" => IPPROTO_GRE,
                        "vti6" => {
                            p.c.iflags |= ISATAP_OR_ISVTI;
                            IPPROTO_IPV6
                        }
                        _ => {
                            return Err(Error::ip_usage(format_args!(
                                "Unknown tunnel mode \"{v}\""
                            )))
                        }
                    };
                }
                "remote" => p.raddr = addr(args.value()?, AF_INET6)?,
                "local" => p.laddr = addr(args.value()?, AF_INET6)?,
                "dev" => p.c.link = dev(args.value()?)?,
                "encaplimit" => {
                    let v = args.value()?;
                    if v == "none" {
                        p.flags |= IP6_IGN_ENCAP_LIMIT;
                    } else {
                        p.encap_limit = get_u8(v).unwrap_or(0);
                        p.flags &= !IP6_IGN_ENCAP_LIMIT;
                    }
                }
                "hoplimit" | "ttl" => {
                    let v = args.value()?;
                    p.hop_limit = get_u8(v).ok_or_else(|| invarg("invalid TTL", v))?;
                }
                _ if w == "tclass" || w == "tc" || w == "tos" || matches(w, "dsfield") => {
                    let v = args.value()?;
                    if v == "inherit" {
                        p.flags |= IP6_USE_ORIG_TCLASS;
                    } else {
                        let t = strtoul(v, 16)
                            .and_then(|t| u8::try_from(t).ok())
                            .ok_or_else(|| invarg("invalid TClass", v))?;
                        p.flowinfo = (p.flowinfo & !FLOWINFO_TCLASS) | (u32::from(t) << 20);
                        p.flags &= !IP6_USE_ORIG_TCLASS;
                    }
                }
                "flowlabel" | "fl" => {
                    let v = args.value()?;
                    if v == "inherit" {
                        p.flags |= IP6_USE_ORIG_FLOWLABEL;
                    } else {
                        let f = strtoul(v, 16)
                            .filter(|&f| f <= u64::from(FLOWINFO_FLOWLABEL))
                            .ok_or_else(|| invarg("invalid Flowlabel", v))?;
                        p.flowinfo = (p.flowinfo & !FLOWINFO_FLOWLABEL) | f as u32;
                        p.flags &= !IP6_USE_ORIG_FLOWLABEL;
                    }
                }
                "dscp" => {
                    let v = args.value()?;
                    if v != "inherit" {
                        return Err(invarg("not inherit", v));
                    }
                    p.flags |= IP6_RCV_DSCP_COPY;
                }
                "allow-localremote" => p.flags |= IP6_ALLOW_LOCAL_REMOTE,
                "noallow-localremote" => p.flags &= !IP6_ALLOW_LOCAL_REMOTE,
                _ => p.c.word(w, args, usage::TUNNEL6)?,
            }
        }
        Ok(p)
    }

    /// The base device of the mode (`ip6tnl0`, `ip6gre0`, `ip6_vti0`).
    pub fn base(&self) -> &'static str {
        if self.proto == IPPROTO_GRE {
            "ip6gre0"
        } else if self.c.iflags & ISATAP_OR_ISVTI != 0 {
            "ip6_vti0"
        } else {
            "ip6tnl0"
        }
    }

    /// The 76 bytes of struct ip6_tnl_parm2.
    pub fn bytes(&self) -> Vec<u8> {
        let mut out = self.c.name_bytes().to_vec();
        out.extend_from_slice(&(self.c.link as i32).to_ne_bytes());
        out.extend_from_slice(&[self.proto, self.encap_limit, self.hop_limit, 0]);
        out.extend_from_slice(&self.flowinfo.to_be_bytes());
        out.extend_from_slice(&self.flags.to_ne_bytes());
        out.extend_from_slice(&self.laddr);
        out.extend_from_slice(&self.raddr);
        self.c.gre_tail(&mut out);
        out
    }
}

/// `ip tunnel prl` (a potential router list entry): the ioctl (0 when none was asked for),
/// the device, and struct ip_tunnel_prl.
pub fn parse_prl(args: &mut Args) -> Result<(u64, String, Vec<u8>)> {
    use crate::sys::tunnel::{SIOCADDPRL, SIOCDELPRL};
    let (mut cmd, mut dev, mut addr4, mut flags) = (0u64, String::new(), [0u8; 4], 0u16);
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "prl-default" | "prl-nodefault" | "prl-delete" => {
                addr4 = addr(args.value()?, AF_INET)?;
                (cmd, flags) = match w.as_str() {
                    "prl-default" => (SIOCADDPRL, 1),
                    "prl-nodefault" => (SIOCADDPRL, 0),
                    _ => (SIOCDELPRL, 0),
                };
            }
            "dev" => dev = args.value()?.to_string(),
            _ => {
                return Err(Error::ip_usage(format_args!(
                    "Invalid PRL parameter \"{w}\""
                )))
            }
        }
    }
    if dev.is_empty() {
        return Err(Error::ip_usage("Must specify device"));
    }
    let mut data = addr4.to_vec();
    data.extend_from_slice(&flags.to_ne_bytes());
    data.extend_from_slice(&[0; 10]);
    Ok((cmd, dev, data))
}

/// `ip tunnel 6rd`: the ioctl (0 when none was asked for), the device, and struct
/// ip_tunnel_6rd.
pub fn parse_6rd(args: &mut Args) -> Result<(u64, String, Vec<u8>)> {
    use crate::sys::tunnel::{SIOCADD6RD, SIOCDEL6RD};
    let (mut cmd, mut dev) = (0u64, String::new());
    let (mut prefix, mut relay): (Option<Inet>, Option<Inet>) = (None, None);
    while let Some(w) = args.next().map(str::to_string) {
        match w.as_str() {
            "6rd-prefix" => {
                prefix = Some(get_prefix(args.value()?, AF_INET6)?);
                cmd = SIOCADD6RD;
            }
            "6rd-relay_prefix" => {
                relay = Some(get_prefix(args.value()?, AF_INET)?);
                cmd = SIOCADD6RD;
            }
            "6rd-reset" => cmd = SIOCDEL6RD,
            "dev" => dev = args.value()?.to_string(),
            _ => {
                return Err(Error::ip_usage(format_args!(
                    "Invalid 6RD parameter \"{w}\""
                )))
            }
        }
    }
    if dev.is_empty() {
        return Err(Error::ip_usage("Must specify device"));
    }
    let mut data = [0u8; 24];
    if let Some(p) = &prefix {
        let b = p.bytes();
        let n = b.len().min(16);
        data[..n].copy_from_slice(&b[..n]);
        data[20..22].copy_from_slice(&p.bitlen.to_ne_bytes());
    }
    if let Some(r) = &relay {
        let b = r.bytes();
        let n = b.len().min(4);
        data[16..16 + n].copy_from_slice(&b[..n]);
        data[22..24].copy_from_slice(&r.bitlen.to_ne_bytes());
    }
    Ok((cmd, dev, data.to_vec()))
}
