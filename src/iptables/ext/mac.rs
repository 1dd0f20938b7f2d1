//! `-m mac [!] --mac-source XX:XX:XX:XX:XX:XX`: the xt `mac` match, revision 0 (six address
//! bytes, two of padding, an int `invert`; 16 bytes as iptables-nft sends it).

use super::blob::{bad, ne32};
use crate::cli::num::strtoul;
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

pub const OPTS: &[Opt] = &[opt("mac-source", Has::Required, 1)];

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mac {
    pub addr: Option<[u8; 6]>,
    pub inv: bool,
}

/// Six colon-separated fields of at most two characters, each empty (0) or a hex number
/// up to 255 as strtoul reads it, as iptables takes them.
fn parse_mac(s: &str) -> Option<[u8; 6]> {
    let mut out = [0u8; 6];
    let mut fields = s.split(':');
    for b in out.iter_mut() {
        let f = fields.next()?;
        if f.len() > 2 {
            return None;
        }
        if !f.is_empty() {
            *b = u8::try_from(strtoul(f, 16)?).ok()?;
        }
    }
    fields.next().is_none().then_some(out)
}

impl Mac {
    pub fn parse(&mut self, arg: &str, inv: bool) -> crate::error::Result<()> {
        if self.addr.is_some() {
            return Err(bad("mac: option \"--mac-source\" can only be used once.\n"));
        }
        self.addr = Some(parse_mac(arg).ok_or_else(|| bad("Invalid MAC address specified."))?);
        self.inv = inv;
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        match self.addr {
            Some(_) => Ok(()),
            None => Err(bad("mac: option \"--mac-source\" must be specified\n")),
        }
    }

    pub fn encode(&self, w: &mut Writer) {
        let mut info = [0u8; 16];
        info[..6].copy_from_slice(&self.addr.unwrap_or_default());
        info[8..12].copy_from_slice(&u32::from(self.inv).to_ne_bytes());
        expr::xt(w, false, "mac", 0, &info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Mac> {
        if rev != 0 || info.len() < 12 {
            return None;
        }
        let mut addr = [0u8; 6];
        addr.copy_from_slice(&info[..6]);
        Some(Mac {
            addr: Some(addr),
            inv: ne32(info, 8) != 0,
        })
    }

    fn text(&self, out: &mut String) {
        if self.inv {
            out.push_str(" !");
        }
        out.push(' ');
        for (i, b) in self.addr.unwrap_or_default().iter().enumerate() {
            if i > 0 {
                out.push(':');
            }
            out.push_str(&format!("{b:02x}"));
        }
    }

    pub fn save(&self, out: &mut String) {
        out.push_str(if self.inv {
            " ! --mac-source"
        } else {
            " --mac-source"
        });
        let mut t = String::new();
        Mac {
            inv: false,
            ..self.clone()
        }
        .text(&mut t);
        out.push_str(&t);
    }

    pub fn print(&self, out: &mut String) {
        out.push_str(" MAC");
        self.text(out);
    }
}

#[cfg(test)]
mod tests {
    use super::parse_mac;

    #[test]
    fn mac_fields_as_iptables_reads_them() {
        let ok = [
            ("02:00:00:0A:bc:01", [2, 0, 0, 0xa, 0xbc, 1]),
            ("2:0:0:0:0:1", [2, 0, 0, 0, 0, 1]),
            ("02:00:00:00:00:", [2, 0, 0, 0, 0, 0]),
            (":00:00:00:00:01", [0, 0, 0, 0, 0, 1]),
            (" 2:00:00:00:00:01", [2, 0, 0, 0, 0, 1]),
        ];
        for (s, want) in ok {
            assert_eq!(parse_mac(s), Some(want), "{s}");
        }
        for s in [
            "002:00:00:00:00:01",
            "0x2:00:00:00:00:01",
            "02:00:00:00:00:1x",
            "02-00-00-00-00-01",
            "02:00:00:00:00:01:",
            "02:00:00:00:00:fff",
            "02:00:00:00:00:1 ",
            "02:00:00:00:00",
        ] {
            assert_eq!(parse_mac(s), None, "{s}");
        }
    }
}
