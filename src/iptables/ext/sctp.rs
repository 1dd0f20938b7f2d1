//! `-p sctp [-m sctp] [!] --sport P[:Q] [!] --dport P[:Q] [!] --chunk-types all|any|only
//! CHUNK[:FLAGS],…`: the xt `sctp` match, revision 0 (`struct xt_sctp_info`: u16 dpts[2],
//! u16 spts[2], u32 chunkmap[64] (the kernel's 256-byte map), u32 chunk_match_type, 4 ×
//! (u8 chunktype, flag, flag_mask), int flag_count, u32 flags, u32 invflags; 296 bytes sent).
//!
//! iptables 1.8.9 stores a flag entry's chunk type as the index of the name in its table,
//! which is the chunk type only up to SHUTDOWN_COMPLETE (I_DATA's flags are stored as 15);
//! ipkit writes the same bytes.

use super::blob::bad;
use super::def::{save_port_ranges, Arg, Ctx, Def, Ext};
use super::values::{print_span, span};
use crate::iptables::getopt::{opt, Has, Opt};

const DPTS: usize = 0;
const SPTS: usize = 4;
const CHUNKMAP: usize = 8;
const MAP_LEN: usize = 256;
const MATCH_TYPE: usize = 264;
const FLAG_INFO: usize = 268;
const FLAG_COUNT: usize = 280;
const FLAGS: usize = 284;
const INVFLAGS: usize = 288;
const NUM_FLAGS: usize = 4;

/// XT_SCTP_* (both `flags` and `invflags`).
const SRC_PORTS: u32 = 1;
const DEST_PORTS: u32 = 2;
const CHUNK_TYPES: u32 = 4;

/// SCTP_CHUNK_MATCH_*: (value, the word `-S` and `-L` print).
const MATCH_TYPES: &[(u32, &str)] = &[(1, "any"), (2, "all"), (4, "only")];

const SPORT: u8 = 1;
const DPORT: u8 = 2;
const CHUNKS: u8 = 3;

const OPTS: &[Opt] = &[
    opt("source-port", Has::Required, SPORT),
    opt("sport", Has::Required, SPORT),
    opt("destination-port", Has::Required, DPORT),
    opt("dport", Has::Required, DPORT),
    opt("chunk-types", Has::Two, CHUNKS),
];

pub const DEF: Def = Def {
    name: "sctp",
    rev: 0,
    size: 296,
    cmp: 292,
    opts: OPTS,
    help: include_str!("../help/m_sctp.txt"),
    init,
    parse,
    save,
    print,
    ..Def::MATCH
};

/// iptables' chunk names in its order (the index is what a flag entry holds), their chunk
/// types, and the flag letters each takes (the first letter is the highest bit).
const CHUNK_NAMES: &[(&str, u8, &str)] = &[
    ("DATA", 0, "IUBE"),
    ("INIT", 1, ""),
    ("INIT_ACK", 2, ""),
    ("SACK", 3, ""),
    ("HEARTBEAT", 4, ""),
    ("HEARTBEAT_ACK", 5, ""),
    ("ABORT", 6, "T"),
    ("SHUTDOWN", 7, ""),
    ("SHUTDOWN_ACK", 8, ""),
    ("ERROR", 9, ""),
    ("COOKIE_ECHO", 10, ""),
    ("COOKIE_ACK", 11, ""),
    ("ECN_ECNE", 12, ""),
    ("ECN_CWR", 13, ""),
    ("SHUTDOWN_COMPLETE", 14, "T"),
    ("I_DATA", 64, "IUBE"),
    ("RE_CONFIG", 130, ""),
    ("PAD", 132, ""),
    ("ASCONF", 193, ""),
    ("ASCONF_ACK", 128, ""),
    ("FORWARD_TSN", 192, ""),
    ("I_FORWARD_TSN", 194, ""),
];

/// The flag entries start unused (chunk type 0xff).
fn init(e: &mut Ext) {
    for i in 0..NUM_FLAGS {
        e.set_u8(FLAG_INFO + 3 * i, 0xff);
    }
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let bit = match o.id {
        SPORT | DPORT => {
            let (at, bit, long) = if o.id == SPORT {
                (SPTS, SRC_PORTS, "--source-port")
            } else {
                (DPTS, DEST_PORTS, "--destination-port")
            };
            if e.given(o.id) {
                return Err(bad(format_args!("Only one `{long}' allowed")));
            }
            let (a, b) = span(arg.value, "sctp")?;
            e.set_u16(at, a);
            e.set_u16(at + 2, b);
            bit
        }
        _ => {
            if e.given(CHUNKS) {
                return Err(bad("Only one `--chunk-types' allowed"));
            }
            let chunks = arg
                .second
                .ok_or_else(|| bad("--chunk-types requires two args"))?;
            let (kind, _) = MATCH_TYPES
                .iter()
                .find(|(_, n)| n.eq_ignore_ascii_case(arg.value))
                .ok_or_else(|| bad("Match type has to be one of \"ALL\", \"ANY\" or \"ONLY\""))?;
            e.set_u32(MATCH_TYPE, *kind);
            parse_chunks(e, chunks)?;
            CHUNK_TYPES
        }
    };
    e.set_u32(FLAGS, e.u32(FLAGS) | bit);
    if arg.inv {
        e.set_u32(INVFLAGS, e.u32(INVFLAGS) | bit);
    }
    Ok(())
}

/// `ALL`, `NONE`, or `NAME[:FLAGS]` words separated by commas (empty ones skipped).
fn parse_chunks(e: &mut Ext, word: &str) -> crate::error::Result<()> {
    if word.eq_ignore_ascii_case("ALL") {
        e.put(CHUNKMAP, &[0xff; MAP_LEN]);
        return Ok(());
    }
    if word.eq_ignore_ascii_case("NONE") {
        return Ok(());
    }
    for item in word.split(',').filter(|w| !w.is_empty()) {
        let (name, flags) = match item.split_once(':') {
            Some((n, f)) => (n, Some(f)),
            None => (item, None),
        };
        let Some((index, (_, kind, letters))) = CHUNK_NAMES
            .iter()
            .enumerate()
            .find(|(_, (n, ..))| n.eq_ignore_ascii_case(name))
        else {
            return Err(bad(format_args!("Unknown sctp chunk `{name}'")));
        };
        let at = CHUNKMAP + 4 * usize::from(kind / 32);
        e.set_u32(at, e.u32(at) | 1 << (kind % 32));
        if let Some(flags) = flags.filter(|f| !f.is_empty()) {
            set_flags(e, index, letters, flags)?;
        }
    }
    Ok(())
}

/// A chunk's flags: an upper-case letter wants the flag set, a lower-case one unset.
fn set_flags(e: &mut Ext, index: usize, letters: &str, flags: &str) -> crate::error::Result<()> {
    let invalid = || bad(format_args!("Invalid flags for chunk type {index}"));
    let count = usize::try_from(e.u32(FLAG_COUNT))
        .unwrap_or(0)
        .min(NUM_FLAGS);
    let slot = (0..count).find(|i| usize::from(e.u8(FLAG_INFO + 3 * i)) == index);
    let slot = match slot {
        Some(s) => s,
        None if count < NUM_FLAGS => {
            e.set_u8(FLAG_INFO + 3 * count, index as u8);
            e.set_u32(FLAG_COUNT, count as u32 + 1);
            count
        }
        // only four names take flags: never reached
        None => return Ok(()),
    };
    let at = FLAG_INFO + 3 * slot;
    for c in flags.chars() {
        let pos = letters
            .chars()
            .position(|l| l.eq_ignore_ascii_case(&c))
            .ok_or_else(invalid)?;
        let bit = 1u8 << (letters.len() - 1 - pos);
        if c.is_ascii_uppercase() {
            e.set_u8(at + 1, e.u8(at + 1) | bit);
        }
        e.set_u8(at + 2, e.u8(at + 2) | bit);
    }
    Ok(())
}

fn has(e: &Ext, bit: u32) -> (bool, bool) {
    (e.u32(FLAGS) & bit != 0, e.u32(INVFLAGS) & bit != 0)
}

fn chunk_set(e: &Ext, kind: usize) -> bool {
    e.u32(CHUNKMAP + kind / 32 * 4) & 1 << (kind % 32) != 0
}

/// The chunk list: `ALL`, `NONE`, or each chunk in order with its flags.
fn chunk_list(e: &Ext, out: &mut String, numeric: bool) {
    let map = e.bytes(CHUNKMAP, MAP_LEN);
    if map.iter().all(|&b| b == 0xff) {
        out.push_str("ALL");
        return;
    }
    if map.iter().all(|&b| b == 0) {
        out.push_str("NONE");
        return;
    }
    let count = usize::try_from(e.u32(FLAG_COUNT))
        .unwrap_or(0)
        .min(NUM_FLAGS);
    let mut sep = "";
    for kind in 0..256usize {
        if !chunk_set(e, kind) {
            continue;
        }
        out.push_str(sep);
        sep = ",";
        let named = CHUNK_NAMES.iter().find(|(_, k, _)| usize::from(*k) == kind);
        // a chunk type without a name prints as nothing unless numeric
        match named {
            Some((n, ..)) if !numeric => out.push_str(n),
            _ if !numeric => {}
            _ => out.push_str(&format!("0x{kind:04X}")),
        }
        let letters = named.map_or("", |(_, _, l)| *l);
        let Some(at) = (0..count)
            .map(|i| FLAG_INFO + 3 * i)
            .find(|&at| usize::from(e.u8(at)) == kind)
        else {
            continue;
        };
        let (flag, mask) = (e.u8(at + 1), e.u8(at + 2));
        if mask == 0 || letters.is_empty() {
            continue;
        }
        out.push(':');
        for (pos, l) in letters.chars().enumerate() {
            let bit = 1u8 << (letters.len() - 1 - pos);
            if mask & bit == 0 {
                continue;
            }
            out.push(if flag & bit != 0 {
                l
            } else {
                l.to_ascii_lowercase()
            });
        }
    }
}

fn match_type(e: &Ext) -> &'static str {
    let kind = e.u32(MATCH_TYPE);
    MATCH_TYPES
        .iter()
        .find(|(v, _)| *v == kind)
        .map_or("", |(_, n)| *n)
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    save_port_ranges(e, out, has(e, SRC_PORTS), has(e, DEST_PORTS));
    let (given, inv) = has(e, CHUNK_TYPES);
    if given {
        if inv {
            out.push_str(" !");
        }
        out.push_str(" --chunk-types ");
        out.push_str(match_type(e));
        out.push(' ');
        chunk_list(e, out, false);
    }
}

fn print(e: &Ext, out: &mut String, ctx: &Ctx) {
    out.push_str(" sctp");
    for (bit, at, word) in [(SRC_PORTS, SPTS, " spt"), (DEST_PORTS, DPTS, " dpt")] {
        let (given, inv) = has(e, bit);
        let span = (e.u16(at), e.u16(at + 2), inv);
        if given && span != (0, 65535, false) {
            print_span(out, word, span, "sctp", ctx.numeric);
        }
    }
    let (given, inv) = has(e, CHUNK_TYPES);
    if given {
        out.push(' ');
        if inv {
            out.push_str("! ");
        }
        out.push_str(match_type(e));
        out.push(' ');
        chunk_list(e, out, ctx.numeric);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_flags_are_stored_by_name_index() {
        let mut e = Ext::new(&DEF);
        parse_chunks(&mut e, "I_DATA:I,DATA:u,DATA:B").expect("parses");
        assert_eq!(e.bytes(FLAG_INFO, 6), &[15, 8, 8, 0, 2, 6]);
        assert_eq!(e.u32(FLAG_COUNT), 2);
        assert!(chunk_set(&e, 0) && chunk_set(&e, 64) && !chunk_set(&e, 15));
        let mut s = String::new();
        chunk_list(&e, &mut s, false);
        assert_eq!(s, "DATA:uB,I_DATA");
    }
}
