//! ip6tables' `-m srh`: the xt `srh` match (segment routing header), revision 1 (`struct
//! ip6t_srh1`: u8 next_hdr, hdr_len, segs_left, last_entry, u16 tag, 2 bytes of padding,
//! the previous, next and last SIDs then their masks (16 bytes each), u16 mt_flags, u16
//! mt_invflags; 112 bytes sent). The -eq/-gt/-lt options of a field share its one byte: the last value given is
//! the value of each.

use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::addr::{host_mask6, prefix6, Net};
use crate::iptables::family::Fam;
use crate::iptables::getopt::{opt, Has, Opt};

const FLAGS: usize = 104;
const INVFLAGS: usize = 106;
/// The SIDs' addresses start here, their masks 48 bytes on.
const SIDS: usize = 8;
const MASKS: usize = 56;

/// The options in the order -S and -L show them (option id = index; flag = 1 << id):
/// the option's name, -L's word, where its value is (the byte of the field; tag: its u16,
/// SIDs: the SID's index).
const FIELDS: [(&str, &str, usize); 14] = [
    ("srh-next-hdr", "next-hdr", 0),
    ("srh-hdr-len-eq", "hdr-len-eq", 1),
    ("srh-hdr-len-gt", "hdr-len-gt", 1),
    ("srh-hdr-len-lt", "hdr-len-lt", 1),
    ("srh-segs-left-eq", "segs-left-eq", 2),
    ("srh-segs-left-gt", "segs-left-gt", 2),
    ("srh-segs-left-lt", "segs-left-lt", 2),
    ("srh-last-entry-eq", "last-entry-eq", 3),
    ("srh-last-entry-gt", "last-entry-gt", 3),
    ("srh-last-entry-lt", "last-entry-lt", 3),
    ("srh-tag", "tag", 4),
    ("srh-psid", "psid", 0),
    ("srh-nsid", "nsid", 1),
    ("srh-lsid", "lsid", 2),
];
const TAG: u8 = 10;
const PSID: u8 = 11;

const OPTS: &[Opt] = &[
    opt("srh-next-hdr", Has::Required, 0).once(),
    opt("srh-hdr-len-eq", Has::Required, 1).once(),
    opt("srh-hdr-len-gt", Has::Required, 2).once(),
    opt("srh-hdr-len-lt", Has::Required, 3).once(),
    opt("srh-segs-left-eq", Has::Required, 4).once(),
    opt("srh-segs-left-gt", Has::Required, 5).once(),
    opt("srh-segs-left-lt", Has::Required, 6).once(),
    opt("srh-last-entry-eq", Has::Required, 7).once(),
    opt("srh-last-entry-gt", Has::Required, 8).once(),
    opt("srh-last-entry-lt", Has::Required, 9).once(),
    opt("srh-tag", Has::Required, TAG).once(),
    opt("srh-psid", Has::Required, PSID).once(),
    opt("srh-nsid", Has::Required, 12).once(),
    opt("srh-lsid", Has::Required, 13).once(),
];

pub const DEF: Def = Def {
    name: "srh",
    rev: 1,
    size: 112,
    cmp: 108,
    opts: OPTS,
    help: include_str!("../help/m_srh.txt"),
    parse,
    decode,
    save,
    print,
    fams: super::def::V6_ONLY,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let Some(&(_, _, at)) = FIELDS.get(usize::from(o.id)) else {
        return Ok(());
    };
    match o.id {
        TAG => {
            let v = uint(e, o, arg.value, 0, 65535)? as u16;
            e.set_u16(at, v);
        }
        PSID.. => {
            let (addr, mask) = host_mask6(arg.value, e.def.name, o.name)?;
            // a mask that is no prefix is all ones
            let mask = prefix6(mask).map_or([0xff; 16], |_| mask);
            e.put(SIDS + 16 * at, &addr);
            e.put(MASKS + 16 * at, &mask);
        }
        _ => {
            let v = uint(e, o, arg.value, 0, 255)? as u8;
            e.set_u8(at, v);
        }
    }
    let bit = 1u16 << o.id;
    e.set_u16(FLAGS, e.u16(FLAGS) | bit);
    if arg.inv {
        e.set_u16(INVFLAGS, e.u16(INVFLAGS) | bit);
    }
    Ok(())
}

/// Revision 1, and revision 0 (`struct ip6t_srh`, 16 bytes, no SIDs), which ip6tables-nft
/// reads with revision 1's layout: its flags are beyond the blob, none is shown.
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    match rev {
        1 => super::def::xt_decode(def, rev, info),
        0 if info.len() >= 16 => Some(Ext::with(def, rev, &info[..16])),
        _ => None,
    }
}

/// Option `id`'s value as text.
fn value(e: &Ext, id: u8, at: usize) -> String {
    match id {
        TAG => e.u16(at).to_string(),
        PSID.. => {
            let mut n = Net::any(Fam::V6);
            n.addr.copy_from_slice(e.bytes(SIDS + 16 * at, 16));
            n.mask.copy_from_slice(e.bytes(MASKS + 16 * at, 16));
            n.text().as_str().to_string()
        }
        _ => e.u8(at).to_string(),
    }
}

/// The options set: (id, -S name, -L word, inverted?, value).
fn given(e: &Ext) -> impl Iterator<Item = (u8, &'static str, &'static str, bool, String)> + '_ {
    let (flags, inv) = (e.u16(FLAGS), e.u16(INVFLAGS));
    (0u8..)
        .zip(FIELDS)
        .filter(move |(id, _)| flags & 1 << id != 0)
        .map(move |(id, (name, word, at))| (id, name, word, inv & 1 << id != 0, value(e, id, at)))
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    for (_, name, _, inv, v) in given(e) {
        if inv {
            out.push_str(" !");
        }
        out.push_str(&format!(" --{name} {v}"));
    }
}

/// `srh next-hdr:[!]N … tag:[!]N psid [!] ADDR/LEN …` (a SID's `!` is a word of its own,
/// empty when not inverted).
fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" srh");
    for (id, _, word, inv, v) in given(e) {
        let bang = if inv { "!" } else { "" };
        if id >= PSID {
            out.push_str(&format!(" {word} {bang} {v}"));
        } else {
            out.push_str(&format!(" {word}:{bang}{v}"));
        }
    }
}
