//! `-m physdev [!] --physdev-in NAME[+] [!] --physdev-out NAME[+] [!] --physdev-is-in
//! [!] --physdev-is-out [!] --physdev-is-bridged`: the xt `physdev` match, revision 0
//! (`struct xt_physdev_info`: in name and mask, out name and mask, 16 bytes each, then the
//! invert and bitmask bytes; 72 bytes as iptables-nft sends it).

use super::blob::{bad, check_iface_len};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

/// Option ids are the bits of the bitmask (and of invert).
const IN: u8 = 0x01;
const OUT: u8 = 0x02;
const BRIDGED: u8 = 0x04;
const IS_IN: u8 = 0x08;
const IS_OUT: u8 = 0x10;

pub const OPTS: &[Opt] = &[
    opt("physdev-in", Has::Required, IN),
    opt("physdev-out", Has::Required, OUT),
    opt("physdev-is-in", Has::No, IS_IN),
    opt("physdev-is-out", Has::No, IS_OUT),
    opt("physdev-is-bridged", Has::No, BRIDGED),
];

/// The options in the order -S prints them.
const ORDER: [(u8, &str); 5] = [
    (IN, "physdev-in"),
    (OUT, "physdev-out"),
    (IS_IN, "physdev-is-in"),
    (IS_OUT, "physdev-is-out"),
    (BRIDGED, "physdev-is-bridged"),
];

const INVERT: usize = 64;
const BITMASK: usize = 65;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Physdev {
    pub info: [u8; 72],
}

impl Default for Physdev {
    fn default() -> Physdev {
        Physdev { info: [0; 72] }
    }
}

impl Physdev {
    pub fn parse(&mut self, id: u8, arg: &str, inv: bool) -> crate::error::Result<()> {
        if self.info[BITMASK] & id != 0 {
            let name = ORDER.iter().find(|(b, _)| *b == id).map_or("", |(_, n)| *n);
            return Err(bad(format_args!(
                "physdev: option \"--{name}\" can only be used once.\n"
            )));
        }
        if id == IN || id == OUT {
            check_iface_len(arg)?;
            let at = if id == IN { 0 } else { 32 };
            let name = arg.as_bytes();
            self.info[at..at + name.len()].copy_from_slice(name);
            // the bytes compared: the name and its NUL, or the part before a final `+`
            let covered = match name.strip_suffix(b"+") {
                Some(stem) => stem.len(),
                None => name.len() + 1,
            };
            self.info[at + 16..at + 16 + covered].fill(0xff);
        }
        self.info[BITMASK] |= id;
        if inv {
            self.info[INVERT] |= id;
        }
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        if self.info[BITMASK] == 0 {
            return Err(bad("PHYSDEV: no physdev option specified"));
        }
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        expr::xt(w, false, "physdev", 0, &self.info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Physdev> {
        if rev != 0 || info.len() < 66 {
            return None;
        }
        let mut p = Physdev::default();
        p.info[..66].copy_from_slice(&info[..66]);
        Some(p)
    }

    fn name(&self, at: usize) -> String {
        let b = &self.info[at..at + 16];
        let end = b.iter().position(|&c| c == 0).unwrap_or(16);
        String::from_utf8_lossy(&b[..end]).into_owned()
    }

    pub fn save(&self, out: &mut String) {
        for (bit, option) in ORDER {
            if self.info[BITMASK] & bit == 0 {
                continue;
            }
            if self.info[INVERT] & bit != 0 {
                out.push_str(" !");
            }
            out.push_str(" --");
            out.push_str(option);
            match bit {
                IN => out.push_str(&format!(" {}", self.name(0))),
                OUT => out.push_str(&format!(" {}", self.name(32))),
                _ => {}
            }
        }
    }

    pub fn print(&self, out: &mut String) {
        out.push_str(" PHYSDEV match");
        self.save(out);
    }
}
