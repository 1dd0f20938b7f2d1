//! `-m set [!] --match-set NAME src|dst[,…] [--return-nomatch] [! --update-counters]
//! [! --update-subcounters] [[!] --packets-eq N | --packets-lt N | --packets-gt N] [same
//! with --bytes-*]`: the xt `set` match, revision 4 (`struct xt_set_info_match_v4`: the set
//! (u16 index, u8 dim, u8 flags), two counters (u64 value, u8 op), u32 flags; 48 bytes).
//! `-j SET [--add-set NAME F [--exist] [--timeout N]] [--del-set NAME F] [--map-set NAME F
//! [--map-mark] [--map-prio] [--map-queue]]`: the xt `SET` target, revision 3 (`struct
//! xt_set_info_target_v3`: three sets, u32 flags, u32 timeout; 24 bytes sent).
//!
//! Sets are named on the command line and held by index in the rule: the kernel's ipset
//! subsystem (nfnetlink) gives one for the other.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::attr;
use crate::netlink::{Socket, Wire};

/// IPSET_INVALID_ID: no set.
const NO_SET: u16 = 0xffff;
/// IPSET_DIM_MAX: at most this many src/dst words.
const DIM_MAX: usize = 6;
/// The set's flags byte: IPSET_INV_MATCH, and bit N for a `src` in dimension N.
const INV_MATCH: u8 = 1;

/// IPSET_FLAG_* (the u32 flags).
const FLAG_EXIST: u32 = 1 << 0;
const FLAG_SKIP_COUNTER: u32 = 1 << 3;
const FLAG_SKIP_SUBCOUNTER: u32 = 1 << 4;
const FLAG_RETURN_NOMATCH: u32 = 1 << 7;
const FLAG_MAP_MARK: u32 = 1 << 8;
const FLAG_MAP_PRIO: u32 = 1 << 9;
const FLAG_MAP_QUEUE: u32 = 1 << 10;

/// IPSET_COUNTER_* compare ops.
const OP_NONE: u8 = 0;
const OP_EQ: u8 = 1;
const OP_NE: u8 = 2;
const OP_LT: u8 = 3;
const OP_GT: u8 = 4;

// The match's blob.
const M_SET: usize = 0;
const M_PACKETS: usize = 8;
const M_BYTES: usize = 24;
/// A counter's op after its u64 value.
const OP: usize = 8;
const M_FLAGS: usize = 40;

// The target's blob.
const T_ADD: usize = 0;
const T_DEL: usize = 4;
const T_MAP: usize = 8;
const T_FLAGS: usize = 12;
const T_TIMEOUT: usize = 16;

const O_MATCH_SET: u8 = 1;
const O_RETURN_NOMATCH: u8 = 2;
const O_UPDATE_COUNTERS: u8 = 3;
const O_UPDATE_SUBCOUNTERS: u8 = 4;
const O_PACKETS_EQ: u8 = 5;
const O_PACKETS_LT: u8 = 6;
const O_PACKETS_GT: u8 = 7;
const O_BYTES_EQ: u8 = 8;
const O_BYTES_LT: u8 = 9;
const O_BYTES_GT: u8 = 10;

const MATCH_OPTS: &[Opt] = &[
    opt("match-set", Has::Two, O_MATCH_SET),
    opt("return-nomatch", Has::No, O_RETURN_NOMATCH),
    opt("update-counters", Has::No, O_UPDATE_COUNTERS),
    opt("update-subcounters", Has::No, O_UPDATE_SUBCOUNTERS),
    opt("packets-eq", Has::Required, O_PACKETS_EQ),
    opt("packets-lt", Has::Required, O_PACKETS_LT),
    opt("packets-gt", Has::Required, O_PACKETS_GT),
    opt("bytes-eq", Has::Required, O_BYTES_EQ),
    opt("bytes-lt", Has::Required, O_BYTES_LT),
    opt("bytes-gt", Has::Required, O_BYTES_GT),
];

pub const MATCH: Def = Def {
    name: "set",
    rev: 4,
    size: 48,
    cmp: 48,
    opts: MATCH_OPTS,
    help: include_str!("../help/m_set.txt"),
    init: init_match,
    parse: parse_match,
    check: check_match,
    save: save_match,
    print: print_match,
    ..Def::MATCH
};

const O_ADD: u8 = 1;
const O_DEL: u8 = 2;
const O_MAP: u8 = 3;
const O_EXIST: u8 = 4;
const O_TIMEOUT: u8 = 5;
const O_MAP_MARK: u8 = 6;
const O_MAP_PRIO: u8 = 7;
const O_MAP_QUEUE: u8 = 8;

// SET's options take a `!` and ignore it
const TARGET_OPTS: &[Opt] = &[
    opt("add-set", Has::Two, O_ADD).inv(),
    opt("del-set", Has::Two, O_DEL).inv(),
    opt("map-set", Has::Two, O_MAP).inv(),
    opt("exist", Has::No, O_EXIST).inv(),
    opt("timeout", Has::Required, O_TIMEOUT).inv(),
    opt("map-mark", Has::No, O_MAP_MARK).inv(),
    opt("map-prio", Has::No, O_MAP_PRIO).inv(),
    opt("map-queue", Has::No, O_MAP_QUEUE).inv(),
];

pub const TARGET: Def = Def {
    name: "SET",
    rev: 3,
    size: 24,
    cmp: 20,
    opts: TARGET_OPTS,
    help: include_str!("../help/t_SET.txt"),
    init: init_target,
    parse: parse_target,
    check: check_target,
    save: save_target,
    print: print_target,
    ..Def::TARGET
};

// The kernel's ipset subsystem over nfnetlink.

/// NFNL_SUBSYS_IPSET, and its commands GET_BYNAME and GET_BYINDEX.
const SUBSYS_IPSET: u16 = 6;
const CMD_GET_BYNAME: u16 = 14;
const CMD_GET_BYINDEX: u16 = 15;
/// IPSET_ATTR_*, and the protocol version asked for.
const ATTR_PROTOCOL: u16 = 1;
const ATTR_SETNAME: u16 = 2;
const ATTR_FAMILY: u16 = 5;
const ATTR_INDEX: u16 = 11;
const PROTOCOL: u8 = 7;
const NLA_F_NET_BYTEORDER: u16 = 0x4000;

/// One ipset request, its reply's attributes (None: refused or no answer).
fn ipset(cmd: u16, body: impl FnOnce(&mut crate::netlink::nft::Writer)) -> Option<Vec<u8>> {
    let mut sock = Socket::open(netlink_sys::protocols::NETLINK_NETFILTER).ok()?;
    let mut w = crate::netlink::nft::Writer::new(nix::libc::AF_INET as u8, 0);
    w.put(ATTR_PROTOCOL, &[PROTOCOL]);
    body(&mut w);
    let mut reply = None;
    sock.talk(Wire((SUBSYS_IPSET << 8) | cmd, &w.buf), 0, &mut |m| {
        reply = m.payload.get(4..).map(<[u8]>::to_vec);
        Ok(())
    })
    .ok()?;
    reply
}

/// The kernel's index of set `name`, and the set's family (NFPROTO_*; 0: any).
fn index_of(name: &str) -> Option<(u16, u8)> {
    let r = ipset(CMD_GET_BYNAME, |w| {
        w.str(ATTR_SETNAME, name);
    })?;
    let index = attr::find(&r, ATTR_INDEX).and_then(attr::be16_of)?;
    let family = attr::find(&r, ATTR_FAMILY)
        .and_then(|v| v.first().copied())
        .unwrap_or(0);
    Some((index, family))
}

/// The name of the set of kernel index `index`.
fn name_of(index: u16) -> Option<String> {
    let r = ipset(CMD_GET_BYINDEX, |w| {
        w.put(ATTR_INDEX | NLA_F_NET_BYTEORDER, &index.to_be_bytes());
    })?;
    attr::find(&r, ATTR_SETNAME).map(attr::cstring)
}

/// `NAME FLAGS` of `--OPTION`: the set's index, dimension and src bits (at `at`).
fn parse_set(
    e: &mut Ext,
    at: usize,
    option: &str,
    arg: Arg,
    ctx: &Ctx,
) -> crate::error::Result<()> {
    let Some(flags) = arg.second else {
        return Err(bad(format_args!("--{option} requires two args.")));
    };
    let name = arg.value;
    if name.len() > 31 {
        return Err(bad(format_args!(
            "setname `{name}' too long, max 31 characters."
        )));
    }
    let (index, family) =
        index_of(name).ok_or_else(|| bad(format_args!("Set {name} doesn't exist.\n")))?;
    // a set of the other family is refused (one of any family is taken)
    let other = match ctx.fam {
        crate::iptables::family::Fam::V4 => (crate::netlink::nft::NFPROTO_IPV6, "IPv6"),
        crate::iptables::family::Fam::V6 => (crate::netlink::nft::NFPROTO_IPV4, "IPv4"),
    };
    if family == other.0 {
        return Err(bad(format_args!(
            "The protocol family of set {name} is {}, which is not applicable.\n",
            other.1
        )));
    }
    let mut dim = 0;
    let mut src = 0u8;
    for word in flags.split(',') {
        if dim == DIM_MAX {
            return Err(bad("Can't be more src/dst options than 6."));
        }
        dim += 1;
        match word {
            "src" => src |= 1 << dim,
            "dst" => {}
            _ => {
                return Err(bad(
                    "You must spefify (the comma separated list of) 'src' or 'dst'.",
                ))
            }
        }
    }
    e.set_u16(at, index);
    e.set_u8(at + 2, dim as u8);
    e.set_u8(at + 3, e.u8(at + 3) | src);
    Ok(())
}

/// `NAME src,dst,…` of the set at `at`.
fn set_words(e: &Ext, at: usize) -> String {
    let index = e.u16(at);
    let name = name_of(index).unwrap_or_else(|| format!("#{index}"));
    let flags = e.u8(at + 3);
    let dims: Vec<&str> = (1..=usize::from(e.u8(at + 2)).min(DIM_MAX))
        .map(|i| if flags & (1 << i) != 0 { "src" } else { "dst" })
        .collect();
    format!("{name} {}", dims.join(","))
}

fn init_match(e: &mut Ext) {
    e.set_u16(M_SET, NO_SET);
}

fn parse_match(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_MATCH_SET => {
            if e.given(O_MATCH_SET) {
                return Err(bad("--match-set can be specified only once"));
            }
            parse_set(e, M_SET, o.name, arg, ctx)?;
            if arg.inv {
                e.set_u8(M_SET + 3, e.u8(M_SET + 3) | INV_MATCH);
            }
        }
        O_RETURN_NOMATCH => {
            if arg.inv {
                return Err(bad("--return-nomatch flag cannot be inverted"));
            }
            e.set_u32(M_FLAGS, e.u32(M_FLAGS) | FLAG_RETURN_NOMATCH);
        }
        O_UPDATE_COUNTERS | O_UPDATE_SUBCOUNTERS => {
            if arg.inv {
                let f = if o.id == O_UPDATE_COUNTERS {
                    FLAG_SKIP_COUNTER
                } else {
                    FLAG_SKIP_SUBCOUNTER
                };
                e.set_u32(M_FLAGS, e.u32(M_FLAGS) | f);
            }
        }
        _ => {
            let (at, what) = if o.id <= O_PACKETS_GT {
                (M_PACKETS, "packets")
            } else {
                (M_BYTES, "bytes")
            };
            if e.u8(at + OP) != OP_NONE {
                return Err(bad(format_args!(
                    "only one of the --{what}-[eq|lt|gt] is allowed"
                )));
            }
            let op = match (o.id - O_PACKETS_EQ) % 3 {
                0 if arg.inv => OP_NE,
                0 => OP_EQ,
                _ if arg.inv => {
                    return Err(bad(format_args!("--{} option cannot be inverted", o.name)))
                }
                1 => OP_LT,
                _ => OP_GT,
            };
            let v = arg.value;
            let n = crate::cli::num::strtoul(v, 0)
                .filter(|_| !v.trim_start().starts_with('-'))
                .ok_or_else(|| bad(format_args!("Cannot parse {v} as a counter value")))?;
            e.put(at, &n.to_ne_bytes());
            e.set_u8(at + OP, op);
        }
    }
    Ok(())
}

fn check_match(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if !e.given(O_MATCH_SET) {
        return Err(bad("You must specify `--match-set' with proper arguments"));
    }
    Ok(())
}

fn counter(e: &Ext, at: usize) -> u64 {
    let b = e.bytes(at, 8);
    b.try_into().map_or(0, u64::from_ne_bytes)
}

fn match_words(e: &Ext, out: &mut String, lead: &str) {
    if e.u8(M_SET + 3) & INV_MATCH != 0 {
        out.push_str(" !");
    }
    out.push_str(&format!("{lead}match-set {}", set_words(e, M_SET)));
    let flags = e.u32(M_FLAGS);
    if flags & FLAG_RETURN_NOMATCH != 0 {
        out.push_str(&format!("{lead}return-nomatch"));
    }
    if flags & FLAG_SKIP_COUNTER != 0 {
        out.push_str(&format!(" !{lead}update-counters"));
    }
    if flags & FLAG_SKIP_SUBCOUNTER != 0 {
        out.push_str(&format!(" !{lead}update-subcounters"));
    }
    for (at, what) in [(M_PACKETS, "packets"), (M_BYTES, "bytes")] {
        let (inv, op) = match e.u8(at + OP) {
            OP_EQ => ("", "eq"),
            OP_NE => (" !", "eq"),
            OP_LT => ("", "lt"),
            OP_GT => ("", "gt"),
            _ => continue,
        };
        out.push_str(&format!("{inv}{lead}{what}-{op} {}", counter(e, at)));
    }
}

fn save_match(e: &Ext, out: &mut String, _: &Ctx) {
    match_words(e, out, " --");
}

fn print_match(e: &Ext, out: &mut String, _: &Ctx) {
    match_words(e, out, " ");
}

fn init_target(e: &mut Ext) {
    e.set_u16(T_ADD, NO_SET);
    e.set_u16(T_DEL, NO_SET);
    e.set_u16(T_MAP, NO_SET);
    e.set_u32(T_TIMEOUT, u32::MAX);
}

fn parse_target(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    let flag = match o.id {
        O_ADD | O_DEL | O_MAP => {
            if e.given(o.id) {
                return Err(bad(format_args!("--{} can be specified only once", o.name)));
            }
            let at = match o.id {
                O_ADD => T_ADD,
                O_DEL => T_DEL,
                _ => T_MAP,
            };
            return parse_set(e, at, o.name, arg, ctx);
        }
        O_TIMEOUT => {
            let n = crate::cli::num::strtoul(arg.value, 0)
                .filter(|&n| n < u64::from(u32::MAX) && !arg.value.trim_start().starts_with('-'))
                .ok_or_else(|| {
                    bad("Invalid value for option --timeout or out of range 0-4294967294")
                })?;
            e.set_u32(T_TIMEOUT, n as u32);
            return Ok(());
        }
        O_EXIST => FLAG_EXIST,
        O_MAP_MARK => FLAG_MAP_MARK,
        O_MAP_PRIO => FLAG_MAP_PRIO,
        _ => FLAG_MAP_QUEUE,
    };
    e.set_u32(T_FLAGS, e.u32(T_FLAGS) | flag);
    Ok(())
}

fn check_target(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if !(e.given(O_ADD) || e.given(O_DEL) || e.given(O_MAP)) {
        return Err(bad(
            "You must specify either `--add-set' or `--del-set' or `--map-set'",
        ));
    }
    if !e.given(O_ADD) {
        if e.given(O_EXIST) {
            return Err(bad("Flag `--exist' can be used with `--add-set' only"));
        }
        if e.given(O_TIMEOUT) {
            return Err(bad("Option `--timeout' can be used with `--add-set' only"));
        }
    }
    let map = [
        (O_MAP_MARK, "map-mark"),
        (O_MAP_PRIO, "map-prio"),
        (O_MAP_QUEUE, "map-queue"),
    ];
    if !e.given(O_MAP) {
        if let Some((_, name)) = map.iter().find(|(id, _)| e.given(*id)) {
            return Err(bad(format_args!(
                "Flag `--{name}' can be used with `--map-set' only"
            )));
        }
    } else if !map.iter().any(|(id, _)| e.given(*id)) {
        return Err(bad(
            "You must specify flags `--map-mark' or '--map-prio` or `--map-queue'",
        ));
    }
    Ok(())
}

fn target_words(e: &Ext, out: &mut String, lead: &str) {
    let flags = e.u32(T_FLAGS);
    if e.u16(T_ADD) != NO_SET {
        out.push_str(&format!("{lead}add-set {}", set_words(e, T_ADD)));
        if flags & FLAG_EXIST != 0 {
            out.push_str(&format!("{lead}exist"));
        }
        if e.u32(T_TIMEOUT) != u32::MAX {
            out.push_str(&format!("{lead}timeout {}", e.u32(T_TIMEOUT)));
        }
    }
    if e.u16(T_DEL) != NO_SET {
        out.push_str(&format!("{lead}del-set {}", set_words(e, T_DEL)));
    }
    if e.u16(T_MAP) != NO_SET {
        out.push_str(&format!("{lead}map-set {}", set_words(e, T_MAP)));
        for (bit, name) in [
            (FLAG_MAP_MARK, "map-mark"),
            (FLAG_MAP_PRIO, "map-prio"),
            (FLAG_MAP_QUEUE, "map-queue"),
        ] {
            if flags & bit != 0 {
                out.push_str(&format!("{lead}{name}"));
            }
        }
    }
}

fn save_target(e: &Ext, out: &mut String, _: &Ctx) {
    target_words(e, out, " --");
}

fn print_target(e: &Ext, out: &mut String, _: &Ctx) {
    target_words(e, out, " ");
}
