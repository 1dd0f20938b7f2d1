//! `-m multiport --sports/--dports/--ports LIST`: the xt `multiport` match, revision 1
//! (`struct xt_multiport_v1`: u8 flags, u8 count, u16 ports[15], u8 pflags[15], u8 invert).

use super::blob::bad;
use super::ports::{port, port_text};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

const SOURCE: u8 = 0;
const DESTINATION: u8 = 1;
const EITHER: u8 = 2;
const MAX: usize = 15;

pub const OPTS: &[Opt] = &[
    opt("source-ports", Has::Required, SOURCE),
    opt("sports", Has::Required, SOURCE),
    opt("destination-ports", Has::Required, DESTINATION),
    opt("dports", Has::Required, DESTINATION),
    opt("ports", Has::Required, EITHER),
];

#[derive(Debug, Clone, Eq)]
pub struct Multiport {
    pub flags: u8,
    /// (port, starts a range with the next one).
    pub ports: Vec<(u16, bool)>,
    pub inv: bool,
    pub given: bool,
    pub proto: Option<u8>,
}

impl Multiport {
    pub fn new(proto: Option<u8>) -> Multiport {
        Multiport {
            flags: 0,
            ports: Vec::new(),
            inv: false,
            given: false,
            proto,
        }
    }

    fn proto_name(&self) -> &'static str {
        if self.proto == Some(17) {
            "udp"
        } else {
            "tcp"
        }
    }

    pub fn parse(&mut self, id: u8, arg: &str, inv: bool) -> crate::error::Result<()> {
        if self.given {
            let name = |f: u8| match f {
                SOURCE => "source-ports",
                DESTINATION => "destination-ports",
                _ => "ports",
            };
            return Err(bad(format_args!(
                "multiport: option \"--{}\" cannot be used together with \"--{}\".\n",
                name(id),
                name(self.flags)
            )));
        }
        match self.proto {
            Some(6 | 17 | 33 | 132 | 136) => {}
            Some(_) => {
                return Err(bad(
                    "multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP",
                ))
            }
            None => {
                return Err(bad(
                    "multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'",
                ))
            }
        }
        let proto = self.proto.unwrap_or(6);
        let mut list = Vec::new();
        for item in arg.split(',') {
            match item.split_once(':') {
                Some((a, b)) => {
                    let (a, b) = (port(a, proto)?, port(b, proto)?);
                    if a >= b {
                        return Err(bad("invalid portrange specified"));
                    }
                    list.push((a, true));
                    list.push((b, false));
                }
                None => list.push((port(item, proto)?, false)),
            }
            if list.len() > MAX {
                return Err(bad("too many ports specified"));
            }
        }
        self.flags = id;
        self.ports = list;
        self.inv = inv;
        self.given = true;
        Ok(())
    }

    pub fn check(&self) -> crate::error::Result<()> {
        if !self.given {
            return Err(bad("multiport expection an option"));
        }
        Ok(())
    }

    pub fn encode(&self, w: &mut Writer) {
        let mut info = [0u8; 48];
        info[0] = self.flags;
        info[1] = self.ports.len() as u8;
        for (i, (p, range)) in self.ports.iter().enumerate() {
            info[2 + 2 * i..4 + 2 * i].copy_from_slice(&p.to_ne_bytes());
            info[32 + i] = *range as u8;
        }
        info[47] = self.inv as u8;
        expr::xt(w, false, "multiport", 1, &info);
    }

    pub fn decode(rev: u32, info: &[u8]) -> Option<Multiport> {
        if rev != 1 || info.len() < 48 {
            return None;
        }
        let count = usize::from(info[1]).min(MAX);
        let ports = (0..count)
            .map(|i| (super::blob::ne16(info, 2 + 2 * i), info[32 + i] != 0))
            .collect();
        Some(Multiport {
            flags: info[0],
            ports,
            inv: info[47] != 0,
            given: true,
            proto: None,
        })
    }

    fn list(&self, out: &mut String, numeric: bool) {
        let mut sep = "";
        for (p, range) in &self.ports {
            out.push_str(sep);
            port_text(out, *p, self.proto_name(), numeric);
            sep = if *range { ":" } else { "," };
        }
    }

    pub fn save(&self, out: &mut String) {
        if self.inv {
            out.push_str(" !");
        }
        out.push_str(match self.flags {
            SOURCE => " --sports ",
            DESTINATION => " --dports ",
            _ => " --ports ",
        });
        self.list(out, true);
    }

    pub fn print(&self, out: &mut String, numeric: bool) {
        out.push_str(" multiport ");
        out.push_str(match self.flags {
            SOURCE => "sports ",
            DESTINATION => "dports ",
            _ => "ports ",
        });
        if self.inv {
            out.push_str(" !");
        }
        self.list(out, numeric);
    }
}

/// Equal when the blobs are (the protocol is the rule's, compared there).
impl PartialEq for Multiport {
    fn eq(&self, o: &Multiport) -> bool {
        (self.flags, &self.ports, self.inv) == (o.flags, &o.ports, o.inv)
    }
}
