//! The words of `ip xfrm` both ways: XFRM protocols, modes, directions, actions, policy
//! types, share, and upper-layer protocols (/etc/protocols).

use crate::resolve::services;
use std::borrow::Cow;

pub const PROTOS: &[(&str, u8)] = &[
    ("esp", 50),
    ("ah", 51),
    ("comp", 108),
    ("route2", 43),
    ("hao", 60),
];
pub const MODES: &[(&str, u8)] = &[
    ("transport", 0),
    ("tunnel", 1),
    ("ro", 2),
    ("in_trigger", 3),
    ("beet", 4),
];
pub const DIRS: &[(&str, u8)] = &[("in", 0), ("out", 1), ("fwd", 2)];
pub const ACTIONS: &[(&str, u8)] = &[("allow", 0), ("block", 1)];
pub const PTYPES: &[(&str, u8)] = &[("main", 0), ("sub", 1)];
const SHARES: &[(&str, u8)] = &[("any", 0), ("session", 1), ("user", 2), ("unique", 3)];

fn name(table: &[(&'static str, u8)], v: u8) -> Cow<'static, str> {
    match table.iter().find(|(_, n)| *n == v) {
        Some((w, _)) => Cow::Borrowed(*w),
        None => Cow::Owned(v.to_string()),
    }
}

/// The exact word of `table`, if any.
pub fn value(table: &[(&str, u8)], word: &str) -> Option<u8> {
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

pub fn xfrm_proto(v: u8) -> Cow<'static, str> {
    name(PROTOS, v)
}

pub fn mode(v: u8) -> Cow<'static, str> {
    name(MODES, v)
}

pub fn dir(v: u8) -> Cow<'static, str> {
    name(DIRS, v)
}

pub fn action(v: u8) -> Cow<'static, str> {
    name(ACTIONS, v)
}

pub fn ptype(v: u8) -> Cow<'static, str> {
    name(PTYPES, v)
}

pub fn share(v: u8) -> Cow<'static, str> {
    name(SHARES, v)
}

/// An upper-layer protocol: its /etc/protocols name, else the number.
pub fn ipproto(v: u8) -> Cow<'static, str> {
    match services::proto_name(v) {
        Some(n) => Cow::Borrowed(n),
        None => Cow::Owned(v.to_string()),
    }
}
