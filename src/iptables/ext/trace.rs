//! `-j TRACE`: written natively, as iptables-nft does (`meta nftrace set 1`: the value in
//! register 9, then the meta set). It has no options and no blob.

use super::def::{Def, Ext};
use crate::netlink::nft::{expr, Writer};

pub const DEF: Def = Def {
    name: "TRACE",
    xt: "",
    rev: 0,
    size: 0,
    cmp: 0,
    opts: &[],
    help: include_str!("../help/t_TRACE.txt"),
    encode,
    decode: |_, _, _| None,
    save: |_, _, _| {},
    print: |_, _, _| {},
    ..Def::TARGET
};

fn encode(_: &Ext, w: &mut Writer) {
    expr::meta_set_value(w, expr::META_NFTRACE, &[1]);
}

/// The target a native `meta nftrace set` stands for.
pub fn native() -> Ext {
    Ext::new(&DEF)
}
