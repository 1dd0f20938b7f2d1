//! `-m recent`: the xt `recent` match, revision 1 (`struct xt_recent_mtinfo_v1`: u32
//! seconds, u32 hit_count, u8 check_set, u8 invert, char name[200], u8 side, then the
//! 16-byte mask at 212, all ones unless `--mask` gives its first 4 bytes; 232 bytes sent). Revision 0 (the same without the mask, 216 bytes)
//! is read and printed without `--mask`.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::resolve::{self, Miss};

const SECONDS: usize = 0;
const HIT_COUNT: usize = 4;
const CHECK_SET: usize = 8;
const INVERT: usize = 9;
const NAME: usize = 10;
const NAME_LEN: usize = 200;
const SIDE: usize = 210;
const MASK: usize = 212;

/// XT_RECENT_* bits of check_set.
const F_CHECK: u8 = 1;
const F_SET: u8 = 2;
const F_UPDATE: u8 = 4;
const F_REMOVE: u8 = 8;
const F_TTL: u8 = 16;
const F_REAP: u8 = 32;

/// Option ids.
const O_SET: u8 = 1;
const O_RCHECK: u8 = 2;
const O_UPDATE: u8 = 3;
const O_REMOVE: u8 = 4;
const O_SECONDS: u8 = 5;
const O_REAP: u8 = 6;
const O_HITCOUNT: u8 = 7;
const O_RTTL: u8 = 8;
const O_NAME: u8 = 9;
const O_RSOURCE: u8 = 10;
const O_RDEST: u8 = 11;
const O_MASK: u8 = 12;

const OPTS: &[Opt] = &[
    opt("set", Has::No, O_SET).once(),
    opt("rcheck", Has::No, O_RCHECK).once(),
    opt("update", Has::No, O_UPDATE).once(),
    opt("remove", Has::No, O_REMOVE).once(),
    opt("seconds", Has::Required, O_SECONDS).once().no_inv(),
    opt("reap", Has::No, O_REAP)
        .once()
        .no_inv()
        .also(&[O_SECONDS]),
    opt("hitcount", Has::Required, O_HITCOUNT).once().no_inv(),
    opt("rttl", Has::No, O_RTTL).once().no_inv(),
    opt("name", Has::Required, O_NAME).once().no_inv(),
    opt("rsource", Has::No, O_RSOURCE).once().no_inv(),
    opt("rdest", Has::No, O_RDEST).once().no_inv(),
    opt("mask", Has::Required, O_MASK).once().no_inv(),
];

/// The options that cannot go together, as iptables names them (after the whole line).
const CONFLICTS: &[(u8, u8)] = &[
    (O_RTTL, O_SET),
    (O_RTTL, O_REMOVE),
    (O_SET, O_RCHECK),
    (O_SET, O_UPDATE),
    (O_SET, O_REMOVE),
    (O_RCHECK, O_UPDATE),
    (O_RCHECK, O_REMOVE),
    (O_UPDATE, O_REMOVE),
];

pub const DEF: Def = Def {
    name: "recent",
    rev: 1,
    size: 232,
    cmp: 228,
    opts: OPTS,
    help: include_str!("../help/m_recent.txt"),
    init,
    parse,
    check,
    decode,
    save,
    print,
    ..Def::MATCH
};

/// Name DEFAULT, the whole address, the source side.
fn init(e: &mut Ext) {
    e.put(NAME, b"DEFAULT");
    e.put(MASK, &[255; 16]);
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, ctx: &Ctx) -> crate::error::Result<()> {
    let flag = |e: &mut Ext, f: u8| e.set_u8(CHECK_SET, e.u8(CHECK_SET) | f);
    match o.id {
        O_SET | O_RCHECK | O_UPDATE | O_REMOVE => {
            let f = [F_SET, F_CHECK, F_UPDATE, F_REMOVE][usize::from(o.id - O_SET)];
            flag(e, f);
            if arg.inv {
                e.set_u8(INVERT, 1);
            }
        }
        O_SECONDS => {
            let v = uint(e, o, arg.value, 1, u64::from(u32::MAX))?;
            e.set_u32(SECONDS, v as u32);
        }
        O_REAP => flag(e, F_REAP),
        O_HITCOUNT => {
            let v = uint(e, o, arg.value, 0, u64::from(u32::MAX))?;
            e.set_u32(HIT_COUNT, v as u32);
        }
        O_RTTL => flag(e, F_TTL),
        O_NAME => {
            // the name replaces the start of DEFAULT (what is past its NUL stays)
            let b = arg.value.as_bytes();
            let b = &b[..b.len().min(NAME_LEN - 1)];
            e.put(NAME, b);
            e.set_u8(NAME + b.len(), 0);
        }
        O_RSOURCE => e.set_u8(SIDE, 0),
        O_RDEST => e.set_u8(SIDE, 1),
        _ if ctx.fam.is_v6() => e.put(MASK, &crate::iptables::addr::one_host6(arg.value)?),
        _ => {
            // an IPv4 address in the 16-byte union: the rest zeros
            let mut m = [0u8; 16];
            m[..4].copy_from_slice(&mask(arg.value)?);
            e.put(MASK, &m);
        }
    }
    Ok(())
}

/// `--mask`: an address (inet_aton's forms) or a host name's first address.
fn mask(word: &str) -> crate::error::Result<[u8; 4]> {
    if let Some(a) = crate::iptables::addr::inet_aton(word) {
        return Ok(a);
    }
    if word.contains(':') {
        return Err(bad(
            "getaddrinfo: Address family for hostname not supported\n",
        ));
    }
    // a word no host name can be is not looked up
    let hostname = word
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_'));
    if !hostname {
        return Err(bad("getaddrinfo: Name or service not known\n"));
    }
    match resolve::addrs_of(word) {
        Ok(list) => list
            .first()
            .and_then(|a| a.parse::<std::net::Ipv4Addr>().ok())
            .map(|a| a.octets())
            .ok_or_else(|| bad("getaddrinfo: Name or service not known\n")),
        Err(Miss::Failed) => Err(bad("getaddrinfo: Temporary failure in name resolution\n")),
        Err(Miss::NotFound) => Err(bad("getaddrinfo: Name or service not known\n")),
    }
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if let Some((a, b)) = CONFLICTS.iter().find(|(a, b)| e.given(*a) && e.given(*b)) {
        return Err(bad(format_args!(
            "recent: option \"--{}\" cannot be used together with \"--{}\".\n",
            e.option(*a),
            e.option(*b)
        )));
    }
    if !(e.given(O_SET) || e.given(O_RCHECK) || e.given(O_UPDATE) || e.given(O_REMOVE)) {
        return Err(bad(
            "recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'",
        ));
    }
    Ok(())
}

/// Revision 1, and revision 0 (no mask).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    match rev {
        1 if info.len() >= def.size => Some(Ext::with(def, rev, &info[..def.size])),
        0 if info.len() >= 211 => Some(Ext::with(def, rev, &info[..info.len().min(216)])),
        _ => None,
    }
}

fn mask_text(e: &Ext, ctx: &Ctx) -> Option<String> {
    (e.rev >= 1).then(|| {
        if ctx.fam.is_v6() {
            let m: [u8; 16] = e.bytes(MASK, 16).try_into().unwrap_or([0; 16]);
            let a = std::net::Ipv6Addr::from(m);
            return crate::output::IpText::new(a.into()).as_str().to_string();
        }
        let m = e.bytes(MASK, 4);
        std::net::Ipv4Addr::new(
            m.first().copied().unwrap_or(0),
            m.get(1).copied().unwrap_or(0),
            m.get(2).copied().unwrap_or(0),
            m.get(3).copied().unwrap_or(0),
        )
        .to_string()
    })
}

fn command(f: u8) -> Option<usize> {
    [F_SET, F_CHECK, F_UPDATE, F_REMOVE]
        .iter()
        .position(|b| f & b != 0)
}

fn save(e: &Ext, out: &mut String, ctx: &Ctx) {
    let f = e.u8(CHECK_SET);
    if e.u8(INVERT) != 0 {
        out.push_str(" !");
    }
    if let Some(i) = command(f) {
        out.push_str([" --set", " --rcheck", " --update", " --remove"][i]);
    }
    if e.u32(SECONDS) != 0 {
        out.push_str(&format!(" --seconds {}", e.u32(SECONDS) as i32));
    }
    if f & F_REAP != 0 {
        out.push_str(" --reap");
    }
    if e.u32(HIT_COUNT) != 0 {
        out.push_str(&format!(" --hitcount {}", e.u32(HIT_COUNT) as i32));
    }
    if f & F_TTL != 0 {
        out.push_str(" --rttl");
    }
    out.push_str(" --name ");
    out.push_str(&e.cstr(NAME, NAME_LEN));
    if let Some(m) = mask_text(e, ctx) {
        out.push_str(" --mask ");
        out.push_str(&m);
    }
    out.push_str(if e.u8(SIDE) == 1 {
        " --rdest"
    } else {
        " --rsource"
    });
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    let f = e.u8(CHECK_SET);
    if e.u8(INVERT) != 0 {
        out.push_str(" !");
    }
    out.push_str(" recent:");
    if let Some(i) = command(f) {
        out.push_str([" SET", " CHECK", " UPDATE", " REMOVE"][i]);
    }
    if e.u32(SECONDS) != 0 {
        out.push_str(&format!(" seconds: {}", e.u32(SECONDS) as i32));
    }
    if f & F_REAP != 0 {
        out.push_str(" reap");
    }
    if e.u32(HIT_COUNT) != 0 {
        out.push_str(&format!(" hit_count: {}", e.u32(HIT_COUNT) as i32));
    }
    if f & F_TTL != 0 {
        out.push_str(" TTL-Match");
    }
    out.push_str(" name: ");
    out.push_str(&e.cstr(NAME, NAME_LEN));
    out.push_str(if e.u8(SIDE) == 1 {
        " side: dest"
    } else {
        " side: source"
    });
    if let Some(m) = mask_text(e, ctx) {
        out.push_str(" mask: ");
        out.push_str(&m);
    }
}
