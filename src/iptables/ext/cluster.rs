//! `-m cluster --cluster-total-nodes N [!] --cluster-local-node N |
//! [!] --cluster-local-nodemask M --cluster-hash-seed S`: the xt `cluster` match, revision 0
//! (`struct xt_cluster_match_info`: u32 total_nodes, node_mask, hash_seed, flags; 16 bytes).

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const TOTAL: usize = 0;
const MASK: usize = 4;
const SEED: usize = 8;
const FLAGS: usize = 12;
/// XT_CLUSTER_F_INV.
const INV: u32 = 1;

const O_TOTAL: u8 = 1;
const O_NODE: u8 = 2;
const O_MASK: u8 = 3;
const O_SEED: u8 = 4;

const OPTS: &[Opt] = &[
    opt("cluster-total-nodes", Has::Required, O_TOTAL)
        .once()
        .no_inv()
        .mand(),
    opt("cluster-local-node", Has::Required, O_NODE).once(),
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
    let max = u64::from(u32::MAX);
    match o.id {
        O_TOTAL => {
            let n = uint(e, o, arg.value, 1, 32)? as u32;
            e.set_u32(TOTAL, n);
        }
        O_NODE => {
            let n = uint(e, o, arg.value, 1, 32)? as u32;
            e.set_u32(MASK, 1u32 << (n - 1));
        }
        O_MASK => {
            let n = uint(e, o, arg.value, 0, max)? as u32;
            e.set_u32(MASK, n);
        }
        _ => {
            let n = uint(e, o, arg.value, 0, max)? as u32;
            e.set_u32(SEED, n);
        }
    }
    if arg.inv {
        e.set_u32(FLAGS, e.u32(FLAGS) | INV);
    }
    Ok(())
}

/// After the generic checks: one of node and mask, within the total.
fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    e.exclusive(&[O_NODE, O_MASK])?;
    for o in [O_TOTAL, O_SEED] {
        if !e.given(o) {
            return Err(bad(format_args!(
                "cluster: option \"--{}\" must be specified\n",
                e.option(o)
            )));
        }
    }
    let total = e.u32(TOTAL);
    if e.given(O_NODE) {
        if e.u32(MASK) > 1u32.checked_shl(total.saturating_sub(1)).unwrap_or(0) {
            return Err(bad(
                "cluster match: `--cluster-local-node' must be <= `--cluster-total-nodes'",
            ));
        }
    } else if e.given(O_MASK) {
        if u64::from(e.u32(MASK)) >= 1u64 << total.min(32) {
            return Err(bad(
                "cluster match: `--cluster-local-nodemask' too big for `--cluster-total-nodes'",
            ));
        }
    } else {
        return Err(bad(
            "cluster match: `--cluster-local-node' or`--cluster-local-nodemask' is missing",
        ));
    }
    Ok(())
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(if e.u32(FLAGS) & INV != 0 { " !" } else { "" });
    out.push_str(&format!(
        " --cluster-local-nodemask 0x{:08x} --cluster-total-nodes {} --cluster-hash-seed 0x{:08x}",
        e.u32(MASK),
        e.u32(TOTAL),
        e.u32(SEED)
    ));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" cluster ");
    out.push_str(if e.u32(FLAGS) & INV != 0 { "!" } else { "" });
    out.push_str(&format!(
        "node_mask=0x{:08x} total_nodes={} hash_seed=0x{:08x}",
        e.u32(MASK),
        e.u32(TOTAL),
        e.u32(SEED)
    ));
}
