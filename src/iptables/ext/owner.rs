//! `-m owner [!] --uid-owner U[-U] [!] --gid-owner G[-G] [!] --socket-exists
//! [--suppl-groups]`: the xt `owner` match, revision 1 (u32 uid min/max, gid min/max,
//! u8 match, u8 invert; 24 bytes). Names come from /etc/passwd and /etc/group.

use super::blob::{bad, ne32};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};
use crate::resolve::services;

const UID: u8 = 1;
const GID: u8 = 2;
const SOCKET: u8 = 4;
const SUPPL: u8 = 8;

pub const OPTS: &[Opt] = &[
    opt("uid-owner", Has::Required, UID),
    opt("gid-owner", Has::Required, GID),
    opt("socket-exists", Has::No, SOCKET),
    opt("suppl-groups", Has::No, SUPPL),
];

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Owner {
    pub uid: (u32, u32),
    pub gid: (u32, u32),
    pub flags: u8,
    pub invert: u8,
}

/// `ID`, `NAME` or `ID-ID`.
fn range(arg: &str, group: bool, option: &str) -> crate::error::Result<(u32, u32)> {
    let fail = || {
        bad(format_args!(
            "owner: Bad value for \"--{option}\" option: \"{arg}\""
        ))
    };
    let one =
        |s: &str| -> Option<u32> { s.parse::<u32>().ok().or_else(|| services::id_of(s, group)) };
    match arg.split_once('-') {
        Some((a, b)) => match (a.parse::<u32>(), b.parse::<u32>()) {
            (Ok(a), Ok(b)) if a <= b => Ok((a, b)),
            _ => one(arg).map(|i| (i, i)).ok_or_else(fail),
        },
        None => one(arg).map(|i| (i, i)).ok_or_else(fail),
    }
}

impl Owner {
    pub fn parse(&mut self, id: u8, arg: &str, inv: bool) -> crate::error::Result<()> {
        match id {
            UID => self.uid = range(arg, false, "uid-owner")?,
            GID => self.gid = range(arg, true, "gid-owner")?,
            SUPPL if self.flags & GID == 0 => {
                return Err(bad(
                    "owner: Bad value for \"--suppl-groups\" option: \"you need to use --gid-owner first\"",
                ))
            }
            _ => {}
        }
        self.flags |= id;
        if inv {
            self.invert |= id;
        }
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        let mut info = [0u8; 24];
        info[0..4].copy_from_slice(&self.uid.0.to_ne_bytes());
        info[4..8].copy_from_slice(&self.uid.1.to_ne_bytes());
        info[8..12].copy_from_slice(&self.gid.0.to_ne_bytes());
        info[12..16].copy_from_slice(&self.gid.1.to_ne_bytes());
        info[16] = self.flags;
        info[17] = self.invert;
        expr::xt(w, false, "owner", 1, &info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Owner> {
        if rev != 1 || info.len() < 18 {
            return None;
        }
        Some(Owner {
            uid: (ne32(info, 0), ne32(info, 4)),
            gid: (ne32(info, 8), ne32(info, 12)),
            flags: info[16],
            invert: info[17],
        })
    }

    fn ids(out: &mut String, (a, b): (u32, u32), group: bool, names: bool) {
        if a != b {
            out.push_str(&format!("{a}-{b}"));
        } else if let Some(n) = names.then(|| services::id_name(a, group)).flatten() {
            out.push_str(n);
        } else {
            out.push_str(&a.to_string());
        }
    }

    fn bang(&self, bit: u8, out: &mut String) {
        if self.invert & bit != 0 {
            out.push_str(" !");
        }
    }

    pub fn save(&self, out: &mut String) {
        if self.flags & UID != 0 {
            self.bang(UID, out);
            out.push_str(" --uid-owner ");
            Self::ids(out, self.uid, false, false);
        }
        if self.flags & GID != 0 {
            self.bang(GID, out);
            out.push_str(" --gid-owner ");
            Self::ids(out, self.gid, true, false);
        }
        if self.flags & SOCKET != 0 {
            self.bang(SOCKET, out);
            out.push_str(" --socket-exists");
        }
        if self.flags & SUPPL != 0 {
            out.push_str(" --suppl-groups");
        }
    }

    pub fn print(&self, out: &mut String, numeric: bool) {
        if self.flags & UID != 0 {
            self.bang(UID, out);
            out.push_str(" owner UID match ");
            Self::ids(out, self.uid, false, !numeric);
        }
        if self.flags & GID != 0 {
            self.bang(GID, out);
            out.push_str(" owner GID match ");
            Self::ids(out, self.gid, true, !numeric);
            if self.flags & SUPPL != 0 {
                out.push_str(" incl. suppl. groups");
            }
        }
        if self.flags & SOCKET != 0 {
            self.bang(SOCKET, out);
            out.push_str(" owner socket exists");
        }
    }
}
