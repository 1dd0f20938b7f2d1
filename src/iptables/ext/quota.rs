//! `-m quota [!] --quota BYTES`: the xt `quota` match, revision 0 (`struct xt_quota_info`:
//! u32 flags (XT_QUOTA_INVERT), u32 pad, u64 quota, then the kernel's pointer; 24 bytes).

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const FLAGS: usize = 0;
const QUOTA: usize = 8;
const INVERT: u32 = 1;

const OPTS: &[Opt] = &[opt("quota", Has::Required, 1).once().mand()];

pub const DEF: Def = Def {
    name: "quota",
    rev: 0,
    size: 24,
    cmp: 16,
    opts: OPTS,
    help: include_str!("../help/m_quota.txt"),
    parse,
    save,
    print,
    ..Def::MATCH
};

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let v = arg.value;
    let n = crate::cli::num::strtoul(v, 0)
        .filter(|_| !v.trim_start().starts_with('-'))
        .ok_or_else(|| {
            bad(format_args!(
                "quota: bad value for option \"--quota\", or out of range (0-{}).\n",
                u64::MAX
            ))
        })?;
    e.put(QUOTA, &n.to_ne_bytes());
    if arg.inv {
        e.set_u32(FLAGS, INVERT);
    }
    Ok(())
}

fn quota(e: &Ext) -> u64 {
    e.bytes(QUOTA, 8).try_into().map_or(0, u64::from_ne_bytes)
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u32(FLAGS) & INVERT != 0 {
        out.push_str(" !");
    }
    out.push_str(&format!(" --quota {}", quota(e)));
}

/// `-L` does not show the inversion.
fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(" quota: {} bytes", quota(e)));
}
