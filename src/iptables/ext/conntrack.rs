//! `-m conntrack` (every option) and `-m state --state`: both the xt `conntrack` match,
//! revision 3 (`struct xt_conntrack_mtinfo3`, 168 bytes); `state` is conntrack with the
//! STATE_ALIAS flag. Revisions 1 and 2 are read with the revision-3 layout (as iptables-nft
//! reads them), and the old `state` match (revision 0) with its own printer.

use super::blob::{bad, port_range};
use super::def::{no_init, Arg, Ctx, Def, Ext};
use crate::iptables::addr::{addr_mask6_text, host_mask_fam};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::resolve::{self, services};

const SIZE: usize = 168;

/// The blob (revision 3; integers host order, the ports too; addresses network order).
const ADDR_ORIGSRC: usize = 0;
const ADDR_ORIGDST: usize = 32;
const ADDR_REPLSRC: usize = 64;
const ADDR_REPLDST: usize = 96;
const EXPIRES_MIN: usize = 128;
const EXPIRES_MAX: usize = 132;
const L4PROTO: usize = 136;
const PORT_ORIGSRC: usize = 138;
const PORT_ORIGDST: usize = 140;
const PORT_REPLSRC: usize = 142;
const PORT_REPLDST: usize = 144;
const MATCH_FLAGS: usize = 146;
const INVERT_FLAGS: usize = 148;
const STATE_MASK: usize = 150;
const STATUS_MASK: usize = 152;
/// The high ports follow the low ones by 16 bytes.
const HIGH: usize = 16;

/// XT_CONNTRACK_* flags.
const F_STATE: u16 = 0x1;
const F_PROTO: u16 = 0x2;
const F_ORIGSRC: u16 = 0x4;
const F_ORIGDST: u16 = 0x8;
const F_REPLSRC: u16 = 0x10;
const F_REPLDST: u16 = 0x20;
const F_STATUS: u16 = 0x40;
const F_EXPIRES: u16 = 0x80;
const F_ORIGSRC_PORT: u16 = 0x100;
const F_ORIGDST_PORT: u16 = 0x200;
const F_REPLSRC_PORT: u16 = 0x400;
const F_REPLDST_PORT: u16 = 0x800;
const F_DIRECTION: u16 = 0x1000;
const F_STATE_ALIAS: u16 = 0x2000;

/// Option ids.
const O_STATE: u8 = 1;
const O_PROTO: u8 = 2;
const O_ORIGSRC: u8 = 3;
const O_ORIGDST: u8 = 4;
const O_REPLSRC: u8 = 5;
const O_REPLDST: u8 = 6;
const O_ORIGSRC_PORT: u8 = 7;
const O_ORIGDST_PORT: u8 = 8;
const O_REPLSRC_PORT: u8 = 9;
const O_REPLDST_PORT: u8 = 10;
const O_STATUS: u8 = 11;
const O_EXPIRE: u8 = 12;
const O_DIR: u8 = 13;

const CONNTRACK_OPTS: &[Opt] = &[
    opt("ctstate", Has::Required, O_STATE).once(),
    opt("ctproto", Has::Required, O_PROTO).once(),
    opt("ctorigsrc", Has::Required, O_ORIGSRC).once(),
    opt("ctorigdst", Has::Required, O_ORIGDST).once(),
    opt("ctreplsrc", Has::Required, O_REPLSRC).once(),
    opt("ctrepldst", Has::Required, O_REPLDST).once(),
    opt("ctorigsrcport", Has::Required, O_ORIGSRC_PORT).once(),
    opt("ctorigdstport", Has::Required, O_ORIGDST_PORT).once(),
    opt("ctreplsrcport", Has::Required, O_REPLSRC_PORT).once(),
    opt("ctrepldstport", Has::Required, O_REPLDST_PORT).once(),
    opt("ctstatus", Has::Required, O_STATUS).once(),
    opt("ctexpire", Has::Required, O_EXPIRE).once(),
    opt("ctdir", Has::Required, O_DIR).once().no_inv(),
];
const STATE_OPTS: &[Opt] = &[opt("state", Has::Required, O_STATE).once().mand()];

pub const CONNTRACK: Def = Def {
    name: "conntrack",
    rev: 3,
    size: SIZE,
    cmp: SIZE,
    opts: CONNTRACK_OPTS,
    help: include_str!("../help/m_conntrack.txt"),
    parse,
    check,
    decode,
    save,
    print,
    ..Def::MATCH
};

pub const STATE: Def = Def {
    name: "state",
    xt: "conntrack",
    opts: STATE_OPTS,
    help: include_str!("../help/m_state.txt"),
    init: init_state,
    ..CONNTRACK
};

/// The old `state` match (revision 0, `struct xt_state_info`: u32 statemask), as older
/// iptables wrote it: read and printed, never written.
pub const STATE0: Def = Def {
    name: "state",
    xt: "state",
    rev: 0,
    size: 8,
    cmp: 4,
    opts: &[],
    help: "",
    init: no_init,
    check: super::def::no_check,
    decode: super::def::xt_decode,
    save: save_state0,
    print: print_state0,
    ..CONNTRACK
};

fn init_state(e: &mut Ext) {
    e.set_u16(MATCH_FLAGS, F_STATE_ALIAS);
}

fn is_state(e: &Ext) -> bool {
    e.u16(MATCH_FLAGS) & F_STATE_ALIAS != 0
}

/// State names and bits, in the order they are printed.
const STATES: &[(&str, u16)] = &[
    ("INVALID", 0x1),
    ("NEW", 0x8),
    ("RELATED", 0x4),
    ("ESTABLISHED", 0x2),
    ("UNTRACKED", 0x100),
    ("SNAT", 0x40),
    ("DNAT", 0x80),
];

/// Status names and bits (NONE is none).
const STATUSES: &[(&str, u16)] = &[
    ("NONE", 0),
    ("EXPECTED", 0x1),
    ("SEEN_REPLY", 0x2),
    ("ASSURED", 0x4),
    ("CONFIRMED", 0x8),
];

/// The address options: (flag, blob offset, word).
const ADDRS: [(u16, usize, &str); 4] = [
    (F_ORIGSRC, ADDR_ORIGSRC, "ctorigsrc"),
    (F_ORIGDST, ADDR_ORIGDST, "ctorigdst"),
    (F_REPLSRC, ADDR_REPLSRC, "ctreplsrc"),
    (F_REPLDST, ADDR_REPLDST, "ctrepldst"),
];

/// The port options: (flag, blob offset of the low port, word).
const PORTS: [(u16, usize, &str); 4] = [
    (F_ORIGSRC_PORT, PORT_ORIGSRC, "ctorigsrcport"),
    (F_ORIGDST_PORT, PORT_ORIGDST, "ctorigdstport"),
    (F_REPLSRC_PORT, PORT_REPLSRC, "ctreplsrcport"),
    (F_REPLDST_PORT, PORT_REPLDST, "ctrepldstport"),
];

/// A comma list of names: the bits set (a bad item is reported with the rest of the list
/// from it on, in iptables' words).
fn names(list: &str, known: &[(&str, u16)], what: &str) -> crate::error::Result<u16> {
    let mut mask = 0;
    let mut at = 0;
    for item in list.split(',') {
        match known.iter().find(|(n, _)| n.eq_ignore_ascii_case(item)) {
            Some((_, bit)) => mask |= bit,
            None => return Err(bad(format_args!("Bad {what} \"{}\"", &list[at..]))),
        }
        at += item.len() + 1;
    }
    Ok(mask)
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    let v = arg.value;
    let flag = match o.id {
        O_STATE => {
            let mask = if is_state(e) {
                if v.is_empty() || v.ends_with(',') {
                    return Err(bad("\"--state\" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED"));
                }
                names(v, &STATES[..5], "state")?
            } else {
                names(v, STATES, "ctstate")?
            };
            e.set_u16(STATE_MASK, mask);
            F_STATE
        }
        O_PROTO => {
            let p = match v {
                "all" => 0,
                _ => crate::cli::num::strtoul(v, 0)
                    .and_then(|n| u8::try_from(n).ok())
                    .or_else(|| services::proto_number(v))
                    .ok_or_else(|| bad(format_args!("unknown protocol \"{v}\" specified")))?,
            };
            e.set_u16(L4PROTO, u16::from(p));
            F_PROTO
        }
        O_ORIGSRC..=O_REPLDST => {
            let (flag, at, _) = ADDRS[usize::from(o.id - O_ORIGSRC)];
            let (addr, mask) = host_mask_fam(v, "conntrack", o.name, true, ctx.fam)?;
            e.put(at, &addr);
            e.put(at + 16, &mask);
            flag
        }
        O_ORIGSRC_PORT..=O_REPLDST_PORT => {
            let (flag, at, _) = PORTS[usize::from(o.id - O_ORIGSRC_PORT)];
            let (lo, hi) = port_range(v, "conntrack", o.name)?;
            e.set_u16(at, lo);
            e.set_u16(at + HIGH, hi);
            flag
        }
        O_STATUS => {
            e.set_u16(STATUS_MASK, names(v, STATUSES, "ctstatus")?);
            F_STATUS
        }
        O_EXPIRE => {
            let (lo, hi) = expire(v)?;
            e.set_u32(EXPIRES_MIN, lo);
            e.set_u32(EXPIRES_MAX, hi);
            F_EXPIRES
        }
        _ => {
            if v.eq_ignore_ascii_case("REPLY") {
                e.set_u16(INVERT_FLAGS, e.u16(INVERT_FLAGS) | F_DIRECTION);
            } else if !v.eq_ignore_ascii_case("ORIGINAL") {
                return Err(bad(format_args!(
                    "conntrack: Bad value for \"--ctdir\" option: \"{v}\""
                )));
            }
            F_DIRECTION
        }
    };
    e.set_u16(MATCH_FLAGS, e.u16(MATCH_FLAGS) | flag);
    if arg.inv {
        e.set_u16(INVERT_FLAGS, e.u16(INVERT_FLAGS) | flag);
    }
    Ok(())
}

/// `A[:B]` seconds: each a C number up to 4294967295; an empty low is 0, an empty high the
/// largest.
fn expire(word: &str) -> crate::error::Result<(u32, u32)> {
    let parts: Vec<&str> = word.split(':').collect();
    if parts.len() > 2 {
        return Err(bad(
            "conntrack: Too many components for option \"--ctexpire\" (max: 2)\n",
        ));
    }
    let mut at = 0;
    let mut out = [0u32, u32::MAX];
    for (i, p) in parts.iter().enumerate() {
        let rest = &word[at..];
        at += p.len() + 1;
        if p.is_empty() {
            if i == 0 {
                out[0] = 0;
            }
            continue;
        }
        let near = || {
            bad(format_args!(
                "conntrack: bad value for option \"--ctexpire\" near \"{rest}\", or out of range (0-4294967295).\n"
            ))
        };
        let (v, used) = crate::cli::num::strtoul_prefix(p, 0).ok_or_else(near)?;
        let v = u32::try_from(v).map_err(|_| near())?;
        if used < p.len() {
            let junk = &rest[used..];
            return Err(bad(format_args!(
                "conntrack: Argument to \"--ctexpire\" has unexpected characters near \"{junk}\".\n"
            )));
        }
        out[i] = v;
    }
    if parts.len() == 1 {
        out[1] = out[0];
    }
    Ok((out[0], out[1]))
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if !is_state(e) && e.u16(MATCH_FLAGS) == 0 {
        return Err(bad("conntrack: At least one option is required"));
    }
    Ok(())
}

/// Revisions 1, 2 and 3 (read with the revision-3 layout, the bytes a shorter blob lacks
/// as zeros); the state alias flag makes it `-m state`.
fn decode(_: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    let size = match rev {
        1 => 152,
        2 => 160,
        3 => SIZE,
        _ => return None,
    };
    let mut e = Ext::with(&CONNTRACK, rev, info.get(..size)?);
    if is_state(&e) {
        e.def = &STATE;
    }
    Some(e)
}

/// The names of the bits of `mask` in `known`'s order.
fn list(out: &mut String, mask: u16, known: &[(&str, u16)]) {
    let mut sep = "";
    for (name, bit) in known {
        if *bit != 0 && mask & bit != 0 {
            out.push_str(sep);
            out.push_str(name);
            sep = ",";
        }
    }
}

/// An address and its mask as -S (and -L) print them: the address, then nothing for a whole
/// address, `/N` for a prefix, or the dotted mask.
fn addr_text(e: &Ext, at: usize, ctx: &Ctx, save: bool) -> String {
    if ctx.fam.is_v6() {
        return addr6_text(e, at, ctx, save);
    }
    let a: [u8; 4] = e.bytes(at, 4).try_into().unwrap_or([0; 4]);
    let m: [u8; 4] = e.bytes(at + 16, 4).try_into().unwrap_or([0; 4]);
    let ip = std::net::Ipv4Addr::from(a);
    let mut t = if save || ctx.numeric {
        ip.to_string()
    } else if a == [0; 4] {
        return "anywhere".to_string();
    } else {
        resolve::name_of(&ip.to_string())
            .or_else(|| services::network_name(a).map(str::to_string))
            .unwrap_or_else(|| ip.to_string())
    };
    let bits = u32::from_be_bytes(m);
    if bits != u32::MAX {
        t.push('/');
        let n = bits.leading_ones();
        if bits.checked_shl(n).unwrap_or(0) == 0 {
            t.push_str(&n.to_string());
        } else {
            t.push_str(&std::net::Ipv4Addr::from(m).to_string());
        }
    }
    t
}

/// The same for IPv6 (`-L` names a host, `anywhere` for `::`).
fn addr6_text(e: &Ext, at: usize, ctx: &Ctx, save: bool) -> String {
    let (a, m) = (e.bytes(at, 16), e.bytes(at + 16, 16));
    let text = addr_mask6_text(a, m);
    if save || ctx.numeric {
        return text;
    }
    if a.iter().all(|&b| b == 0) {
        return "anywhere".to_string();
    }
    let host = text.split('/').next().unwrap_or_default();
    match resolve::name_of(host) {
        Some(name) => format!("{name}{}", &text[host.len()..]),
        None => text,
    }
}

/// Its words: `-S`'s (`--ctstate X`) or `-L`'s (`ctstate X`), `!` before each.
fn words(e: &Ext, out: &mut String, ctx: &Ctx, save: bool) {
    let flags = e.u16(MATCH_FLAGS);
    let inv = e.u16(INVERT_FLAGS);
    let dash = if save { "--" } else { "" };
    let word = |out: &mut String, flag: u16, name: &str| {
        if inv & flag != 0 {
            out.push_str(" !");
        }
        out.push(' ');
        out.push_str(dash);
        out.push_str(name);
    };
    if flags & F_STATE != 0 {
        word(out, F_STATE, if is_state(e) { "state" } else { "ctstate" });
        let mask = e.u16(STATE_MASK);
        if STATES.iter().any(|(_, b)| mask & b != 0) {
            out.push(' ');
            list(out, mask, STATES);
        }
    }
    if flags & F_PROTO != 0 {
        word(out, F_PROTO, "ctproto");
        out.push_str(&format!(" {}", e.u16(L4PROTO)));
    }
    for (flag, at, name) in ADDRS {
        if flags & flag != 0 {
            word(out, flag, name);
            out.push(' ');
            out.push_str(&addr_text(e, at, ctx, save));
        }
    }
    for (flag, at, name) in PORTS {
        if flags & flag != 0 {
            word(out, flag, name);
            let (lo, hi) = (e.u16(at), e.u16(at + HIGH));
            if hi == lo || hi == 0 {
                out.push_str(&format!(" {lo}"));
            } else {
                out.push_str(&format!(" {lo}:{hi}"));
            }
        }
    }
    if flags & F_STATUS != 0 {
        word(out, F_STATUS, "ctstatus");
        let mask = e.u16(STATUS_MASK);
        if mask == 0 {
            out.push_str(" NONE");
        } else if STATUSES.iter().any(|(_, b)| mask & b != 0) {
            out.push(' ');
            list(out, mask, STATUSES);
        }
    }
    if flags & F_EXPIRES != 0 {
        word(out, F_EXPIRES, "ctexpire");
        let (lo, hi) = (e.u32(EXPIRES_MIN), e.u32(EXPIRES_MAX));
        if lo == hi {
            out.push_str(&format!(" {lo}"));
        } else {
            out.push_str(&format!(" {lo}:{hi}"));
        }
    }
    if flags & F_DIRECTION != 0 {
        out.push(' ');
        out.push_str(dash);
        out.push_str(if inv & F_DIRECTION != 0 {
            "ctdir REPLY"
        } else {
            "ctdir ORIGINAL"
        });
    }
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    words(e, out, ctx, true);
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    words(e, out, ctx, false);
}

/// The old state match's list: UNTRACKED is conntrack's bit, the list may be empty.
fn state0_list(e: &Ext, out: &mut String) {
    let mask = e.u32(0) as u16;
    list(out, mask, &STATES[..5]);
}

fn save_state0(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" --state ");
    state0_list(e, out);
}

fn print_state0(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" state ");
    state0_list(e, out);
}
