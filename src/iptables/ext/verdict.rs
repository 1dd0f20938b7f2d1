//! The standard targets: ACCEPT, DROP, RETURN, and jumps (`-j CHAIN`) and gotos (`-g CHAIN`)
//! to user chains: a native `immediate` verdict.

use crate::netlink::nft::expr::{self, NFT_GOTO, NFT_JUMP, NFT_RETURN};
use crate::netlink::nft::{Writer, NF_ACCEPT, NF_DROP};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Accept,
    Drop,
    Return,
    Jump(String),
    Goto(String),
}

impl Verdict {
    pub fn named(name: &str) -> Option<Verdict> {
        Some(match name {
            "ACCEPT" => Verdict::Accept,
            "DROP" => Verdict::Drop,
            "RETURN" => Verdict::Return,
            _ => return None,
        })
    }

    pub fn name(&self) -> &str {
        match self {
            Verdict::Accept => "ACCEPT",
            Verdict::Drop => "DROP",
            Verdict::Return => "RETURN",
            Verdict::Jump(c) | Verdict::Goto(c) => c,
        }
    }

    pub fn encode(&self, w: &mut Writer) {
        match self {
            Verdict::Accept => expr::verdict(w, NF_ACCEPT as i32, None),
            Verdict::Drop => expr::verdict(w, NF_DROP as i32, None),
            Verdict::Return => expr::verdict(w, NFT_RETURN, None),
            Verdict::Jump(c) => expr::verdict(w, NFT_JUMP, Some(c)),
            Verdict::Goto(c) => expr::verdict(w, NFT_GOTO, Some(c)),
        }
    }

    /// The verdict of an `immediate` expression.
    pub fn decode(code: i32, chain: Option<&str>) -> Option<Verdict> {
        Some(match (code, chain) {
            (c, None) if c == NF_ACCEPT as i32 => Verdict::Accept,
            (c, None) if c == NF_DROP as i32 => Verdict::Drop,
            (NFT_RETURN, None) => Verdict::Return,
            (NFT_JUMP, Some(c)) => Verdict::Jump(c.to_string()),
            (NFT_GOTO, Some(c)) => Verdict::Goto(c.to_string()),
            _ => return None,
        })
    }

    pub fn save(&self, out: &mut String) {
        out.push_str(if matches!(self, Verdict::Goto(_)) {
            " -g "
        } else {
            " -j "
        });
        out.push_str(self.name());
    }
}
