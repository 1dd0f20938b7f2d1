//! `-j IDLETIMER --timeout SECONDS --label NAME [--alarm]`: the xt `IDLETIMER` target,
//! revision 1 (`struct idletimer_tg_info_v1`: u32 timeout, char label[28], u8 send_nl_msg,
//! u8 timer_type (1: alarm), then the kernel's pointer; 48 bytes sent). Revision 0 (no
//! flags, 40 bytes) reads too.

use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};
use crate::netlink::nft::{expr, Writer};

const TIMEOUT: usize = 0;
const LABEL: usize = 4;
const LABEL_LEN: usize = 28;
const TIMER_TYPE: usize = 33;
const ALARM: u8 = 1;
/// Revision 0's blob: timeout, label, the kernel's pointer.
const REV0_SIZE: usize = 40;

const O_TIMEOUT: u8 = 1;
const O_LABEL: u8 = 2;
const O_ALARM: u8 = 3;

const OPTS: &[Opt] = &[
    opt("timeout", Has::Required, O_TIMEOUT)
        .once()
        .no_inv()
        .mand(),
    opt("label", Has::Required, O_LABEL).once().no_inv().mand(),
    opt("alarm", Has::No, O_ALARM).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "IDLETIMER",
    rev: 1,
    size: 48,
    cmp: 40,
    opts: OPTS,
    help: include_str!("../help/t_IDLETIMER.txt"),
    parse,
    encode,
    decode,
    save,
    print,
    ..Def::TARGET
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_TIMEOUT => {
            let t = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u32;
            e.set_u32(TIMEOUT, t);
        }
        O_LABEL => {
            let l = &arg.value.as_bytes()[..arg.value.len().min(LABEL_LEN - 1)];
            e.put(LABEL, &[0; LABEL_LEN]);
            e.put(LABEL, l);
        }
        _ => e.set_u8(TIMER_TYPE, ALARM),
    }
    Ok(())
}

/// Revision 1, or 0 (40 bytes, no timer type: held as 48, with zeros after, the way
/// iptables compares it with a rule of revision 1).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    let size = match rev {
        0 => REV0_SIZE,
        1 => def.size,
        _ => return None,
    };
    let mut e = Ext::with(def, rev, info.get(..size)?);
    e.data.resize(def.size, 0);
    Some(e)
}

/// The blob of revision 0 as sent (the padding dropped).
fn encode(e: &Ext, w: &mut Writer) {
    let size = if e.rev == 0 { REV0_SIZE } else { e.def.size };
    expr::xt(w, true, e.def.xt_name(), e.rev, e.bytes(0, size));
}

fn alarm(e: &Ext) -> bool {
    e.rev >= 1 && e.u8(TIMER_TYPE) == ALARM
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(
        " --timeout {} --label {}",
        e.u32(TIMEOUT),
        e.cstr(LABEL, LABEL_LEN)
    ));
    if alarm(e) {
        out.push_str(" --alarm");
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(
        " timeout:{} label:{}",
        e.u32(TIMEOUT),
        e.cstr(LABEL, LABEL_LEN)
    ));
    if alarm(e) {
        out.push_str(" alarm");
    }
}
