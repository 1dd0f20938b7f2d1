//! `-m cluster --cluster-total-nodes N [!] --cluster-local-node N |
//! [!] --cluster-local-nodemask M --cluster-hash-seed S`: the xt `cluster` match, revision
//! 0 (`struct xt_cluster_match_info`: u32 total_nodes, u32 node_mask, u32 hash_seed, u32
//! flags; 16 bytes).

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const TOTAL: usize = 0;
const MASK: usize = 4;
const SEED: usize = 8;
const FLAGS: usize = 12;
const F_INV: u32 = 1;

const O_TOTAL: u8 = 1;
const O_NODE: u8 = 2;
const O_MASK: u8 = 3;
const O_SEED: u8 = 4;

const OPTS: &[Opt] = &[
    opt("cluster-total-nodes", Has::Required, O_TOTAL)
        .once()
        .no_inv()
        .mand(),
    opt("cluster-local-node", Has::Required, O_NODE)
        .once()
        .excl(&[O_MASK]),
    // `--cluster-local-node` names the pair whichever comes second
    opt("cluster-local-nodemask", Has::Required, O_MASK).once(),
    opt("cluster-hash-seed", Has::Required, O_SEED)
        .once()
        .no_inv()
        .mand(),
];

pub const DEF: Def = Def {
    name: "cluster",
    rev: 0,
    size: 16,
    cmp: 16,
    opts: OPTS,
    help: include_str!("../help/m_cluster.txt"),
    parse,
    check,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_TOTAL => {
            let n = uint(e, o, arg.value, 1, 32)? as u32;
            e.set_u32(TOTAL, n);
        }
        O_NODE => {
            let n = uint(e, o, arg.value, 1, 32)? as u32;
            e.set_u32(MASK, 1 << (n - 1));
        }
        O_MASK => {
            if e.given(O_NODE) {
                return Err(bad("cluster: option \"--cluster-local-node\" cannot be used together with \"--cluster-local-nodemask\".\n"));
            }
            let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u32;
            e.set_u32(MASK, n);
        }
        _ => {
            let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u32;
            e.set_u32(SEED, n);
        }
    }
    if arg.inv {
        e.set_u32(FLAGS, e.u32(FLAGS) | F_INV);
    }
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if !e.given(O_TOTAL) {
        return Ok(()); // the generic check names it
    }
    if !e.given(O_NODE) && !e.given(O_MASK) {
        return Err(bad(
            "cluster match: `--cluster-local-node' or`--cluster-local-nodemask' is missing",
        ));
    }
    let total = e.u32(TOTAL);
    let mask = e.u32(MASK);
    if e.given(O_NODE) && mask.trailing_zeros() + 1 > total {
        return Err(bad(
            "cluster match: `--cluster-local-node' must be <= `--cluster-total-nodes'",
        ));
    }
    if e.given(O_MASK) && u64::from(mask) >= 1u64 << total {
        return Err(bad(
            "cluster match: `--cluster-local-nodemask' too big for `--cluster-total-nodes'",
        ));
    }
    Ok(())
}

fn inv(e: &Ext) -> &'static str {
    if e.u32(FLAGS) & F_INV != 0 {
        "!"
    } else {
        ""
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let i = inv(e);
    if !i.is_empty() {
        out.push_str(" !");
    }
    out.push_str(&format!(
        " --cluster-local-nodemask 0x{:08x} --cluster-total-nodes {} --cluster-hash-seed 0x{:08x}",
        e.u32(MASK),
        e.u32(TOTAL),
        e.u32(SEED)
    ));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(
        " cluster {}node_mask=0x{:08x} total_nodes={} hash_seed=0x{:08x}",
        inv(e),
        e.u32(MASK),
        e.u32(TOTAL),
        e.u32(SEED)
    ));
}
