//! `-m cgroup [!] --path PATH | [!] --cgroup CLASSID`: the xt `cgroup` match, revision 2
//! (`struct xt_cgroup_info_v2`: u8 has_path, has_classid, invert_path, invert_classid, then
//! a 512-byte path or a u32 classid, then the kernel's pointer; 528 bytes sent). Revision 1
//! (a 4096-byte path and the classid after it; 4112 bytes) and revision 0 (u32 id, u32
//! invert; 8 bytes), as older iptables wrote them, are read too.

use super::blob::save_string;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const HAS_PATH: usize = 0;
const HAS_CLASSID: usize = 1;
const INVERT_PATH: usize = 2;
const INVERT_CLASSID: usize = 3;
const PATH: usize = 4;
const PATH_LEN: usize = 512;
/// Revision 1: the path's length, the classid after it, the blob's size.
const PATH_LEN1: usize = 4096;
const SIZE1: usize = 4112;

const O_PATH: u8 = 1;
const O_CLASSID: u8 = 2;

const OPTS: &[Opt] = &[
    opt("path", Has::Required, O_PATH).once(),
    opt("cgroup", Has::Required, O_CLASSID).once(),
];

pub const DEF: Def = Def {
    name: "cgroup",
    rev: 2,
    size: 528,
    cmp: 516,
    opts: OPTS,
    help: include_str!("../help/m_cgroup.txt"),
    parse,
    decode,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    if o.id == O_PATH {
        let b = arg.value.as_bytes();
        e.put(PATH, &b[..b.len().min(PATH_LEN - 1)]);
        e.set_u8(HAS_PATH, 1);
        e.set_u8(INVERT_PATH, u8::from(arg.inv));
    } else {
        let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u32;
        e.set_u32(PATH, n);
        e.set_u8(HAS_CLASSID, 1);
        e.set_u8(INVERT_CLASSID, u8::from(arg.inv));
    }
    Ok(())
}

fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    let size = match rev {
        0 => 8,
        1 => SIZE1,
        2 => def.size,
        _ => return None,
    };
    (info.len() >= size).then(|| Ext::with(def, rev, &info[..size]))
}

/// What the rule holds, whichever the revision: the path or the classid, and `!`.
enum Held {
    Path(String, bool),
    Classid(u32, bool),
    Nothing,
}

fn held(e: &Ext) -> Held {
    if e.rev == 0 {
        return Held::Classid(e.u32(0), e.u32(4) != 0);
    }
    let (len, classid) = if e.rev == 1 {
        (PATH_LEN1, PATH + PATH_LEN1)
    } else {
        (PATH_LEN, PATH)
    };
    if e.u8(HAS_PATH) != 0 {
        Held::Path(e.cstr(PATH, len), e.u8(INVERT_PATH) != 0)
    } else if e.u8(HAS_CLASSID) != 0 {
        Held::Classid(e.u32(classid), e.u8(INVERT_CLASSID) != 0)
    } else {
        Held::Nothing
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    match held(e) {
        Held::Path(p, inv) => {
            out.push_str(if inv { " ! --path " } else { " --path " });
            save_string(out, &p);
        }
        Held::Classid(id, inv) => {
            out.push_str(if inv { " ! --cgroup " } else { " --cgroup " });
            out.push_str(&id.to_string());
        }
        Held::Nothing => {}
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" cgroup");
    let (word, inv) = match held(e) {
        Held::Path(p, inv) => (p, inv),
        Held::Classid(id, inv) => (id.to_string(), inv),
        Held::Nothing => return,
    };
    out.push_str(if inv { " ! " } else { " " });
    out.push_str(&word);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn older_revisions_read() {
        let words = |rev: u32, info: &[u8]| {
            let mut out = String::new();
            if let Some(e) = decode(&DEF, rev, info) {
                save(&e, &mut out, &Ctx::default());
            }
            out
        };
        let mut v0 = [0u8; 8];
        v0[..4].copy_from_slice(&7u32.to_ne_bytes());
        v0[4..].copy_from_slice(&1u32.to_ne_bytes());
        assert_eq!(words(0, &v0), " ! --cgroup 7");
        let mut v1 = vec![0u8; SIZE1];
        v1[HAS_CLASSID] = 1;
        v1[PATH + PATH_LEN1..PATH + PATH_LEN1 + 4].copy_from_slice(&9u32.to_ne_bytes());
        assert_eq!(words(1, &v1), " --cgroup 9");
        v1[HAS_PATH] = 1;
        v1[PATH..PATH + 4].copy_from_slice(b"a/b\0");
        assert_eq!(words(1, &v1), " --path \"a/b\"");
        assert_eq!(words(1, &v1[..100]), "");
        assert_eq!(words(3, &v1), "");
    }
}
