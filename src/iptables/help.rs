//! `iptables -h`: the reference's help screen, word for word.

pub const TEXT: &str = include_str!("help.txt");
