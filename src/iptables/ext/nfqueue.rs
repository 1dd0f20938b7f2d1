//! `-j NFQUEUE [--queue-num N | --queue-balance A:B] [--queue-bypass] [--queue-cpu-fanout]`:
//! the xt `NFQUEUE` target, revision 3 (`struct xt_NFQ_info_v3`: u16 queuenum, u16
//! queues_total, u16 flags (NFQ_FLAG_BYPASS 1, NFQ_FLAG_CPU_FANOUT 2); 8 bytes sent). The
//! older revisions read too: 0 (queuenum), 1 (and queues_total), 2 (and u16 bypass).

use super::blob::bad;
use super::def::range;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const NUM: usize = 0;
const TOTAL: usize = 2;
const FLAGS: usize = 4;
const BYPASS: u16 = 1;
const CPU_FANOUT: u16 = 2;

const O_NUM: u8 = 1;
const O_BALANCE: u8 = 2;
const O_BYPASS: u8 = 3;
const O_FANOUT: u8 = 4;

const OPTS: &[Opt] = &[
    opt("queue-num", Has::Required, O_NUM).once().no_inv(),
    opt("queue-balance", Has::Required, O_BALANCE)
        .once()
        .no_inv(),
    opt("queue-bypass", Has::No, O_BYPASS).once().no_inv(),
    opt("queue-cpu-fanout", Has::No, O_FANOUT)
        .once()
        .no_inv()
        .also(&[O_BALANCE]),
];

pub const DEF: Def = Def {
    name: "NFQUEUE",
    rev: 3,
    size: 8,
    cmp: 6,
    opts: OPTS,
    help: include_str!("../help/t_NFQUEUE.txt"),
    init,
    parse,
    check,
    decode,
    save,
    print,
    ..Def::TARGET
};

/// One queue, queue 0.
fn init(e: &mut Ext) {
    e.set_u16(TOTAL, 1);
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_NUM => {
            let n = uint(e, o, arg.value, 0, 65535)? as u16;
            e.set_u16(NUM, n);
        }
        O_BALANCE => {
            let (lo, hi, parts) = range(e, o, arg.value, 65535)?;
            if parts < 2 {
                return Err(bad(format_args!("Bad range \"{}\"", arg.value)));
            }
            if lo >= hi {
                return Err(bad(format_args!("{lo} should be less than {hi}")));
            }
            e.set_u16(NUM, lo as u16);
            e.set_u16(TOTAL, (hi - lo + 1) as u16);
        }
        O_BYPASS => e.set_u16(FLAGS, e.u16(FLAGS) | BYPASS),
        _ => e.set_u16(FLAGS, e.u16(FLAGS) | CPU_FANOUT),
    }
    Ok(())
}

fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    e.exclusive(&[O_NUM, O_BALANCE])
}

/// Any revision: its fields as they are (revision 0 has one queue and no flags).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    (rev <= 3 && info.len() >= def.size).then(|| Ext::with(def, rev, &info[..def.size]))
}

/// Queue, queue count and flags of any revision.
fn fields(e: &Ext) -> (u16, u16, u16) {
    let total = if e.rev >= 1 { e.u16(TOTAL) } else { 1 };
    let flags = if e.rev >= 2 { e.u16(FLAGS) } else { 0 };
    (e.u16(NUM), total, flags)
}

fn words(e: &Ext, out: &mut String, lead: &str, flags_lead: &str) {
    let (num, total, flags) = fields(e);
    if total > 1 {
        let last = u32::from(num) + u32::from(total) - 1;
        out.push_str(&format!("{lead}balance {num}:{last}"));
    } else {
        out.push_str(&format!("{lead}num {num}"));
    }
    if flags & BYPASS != 0 {
        out.push_str(flags_lead);
        out.push_str("bypass");
    }
    if flags & CPU_FANOUT != 0 {
        out.push_str(flags_lead);
        out.push_str("cpu-fanout");
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, " --queue-", " --queue-");
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    words(e, out, " NFQUEUE ", " ");
}
