//! `-j ULOG [--ulog-nlgroup N] [--ulog-cprange N] [--ulog-qthreshold N] [--ulog-prefix P]`:
//! the xt `ULOG` target, revision 0 (`struct ipt_ulog_info`: u32 nl_group as a bit mask,
//! size_t copy_range, size_t qthreshold, char prefix[32]; 56 bytes sent). Kernels dropped
//! it: loading it asks the kernel first (`probe`), as iptables-nft does.

use super::blob::{bad, save_string};
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const GROUP: usize = 0;
const RANGE: usize = 8;
const QTHRESHOLD: usize = 16;
const PREFIX: usize = 24;
const PREFIX_LEN: usize = 32;

const O_GROUP: u8 = 1;
const O_PREFIX: u8 = 2;
const O_RANGE: u8 = 3;
const O_QTHRESHOLD: u8 = 4;

const OPTS: &[Opt] = &[
    opt("ulog-nlgroup", Has::Required, O_GROUP).once().no_inv(),
    opt("ulog-prefix", Has::Required, O_PREFIX).once().no_inv(),
    opt("ulog-cprange", Has::Required, O_RANGE).once().no_inv(),
    opt("ulog-qthreshold", Has::Required, O_QTHRESHOLD)
        .once()
        .no_inv(),
];

pub const DEF: Def = Def {
    name: "ULOG",
    rev: 0,
    size: PREFIX + PREFIX_LEN,
    cmp: PREFIX + PREFIX_LEN,
    opts: OPTS,
    help: include_str!("../help/t_ULOG.txt"),
    init,
    parse,
    save,
    print,
    probe: true,
    fams: super::def::V4_ONLY,
    ..Def::TARGET
};

/// Group 1, a queue of 1.
fn init(e: &mut Ext) {
    e.set_u32(GROUP, 1);
    e.put(QTHRESHOLD, &1u64.to_ne_bytes());
}

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_GROUP => {
            let g = uint(e, o, arg.value, 1, 32)?;
            e.set_u32(GROUP, 1u32 << (g - 1));
        }
        O_PREFIX => {
            if arg.value.is_empty() {
                return Err(bad("Argument must have a minimum length of 1 characters\n"));
            }
            if arg.value.contains('\n') {
                return Err(bad("Newlines not allowed in --ulog-prefix"));
            }
            let p = arg.value.as_bytes();
            let p = &p[..p.len().min(PREFIX_LEN - 1)];
            e.put(PREFIX, &[0; PREFIX_LEN]);
            e.put(PREFIX, p);
        }
        O_RANGE => {
            // a negative number is refused, not wrapped
            let word = if arg.value.trim_start().starts_with('-') {
                "x"
            } else {
                arg.value
            };
            let n = uint(e, o, word, 0, u64::MAX)?;
            e.put(RANGE, &n.to_ne_bytes());
        }
        _ => {
            let n = uint(e, o, arg.value, 1, 50)?;
            e.put(QTHRESHOLD, &n.to_ne_bytes());
        }
    }
    Ok(())
}

fn u64_at(e: &Ext, at: usize) -> u64 {
    let b = e.bytes(at, 8);
    let mut a = [0u8; 8];
    if b.len() == 8 {
        a.copy_from_slice(b);
    }
    u64::from_ne_bytes(a)
}

/// The group number (the mask's lowest bit, as ffs() gives it; 0 for none).
fn group(e: &Ext) -> u32 {
    let g = e.u32(GROUP);
    if g == 0 {
        0
    } else {
        g.trailing_zeros() + 1
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    let prefix = e.cstr(PREFIX, PREFIX_LEN);
    if !prefix.is_empty() {
        out.push_str(" --ulog-prefix ");
        save_string(out, &prefix);
    }
    if e.u32(GROUP) != 1 {
        out.push_str(&format!(" --ulog-nlgroup {}", group(e)));
    }
    let range = u64_at(e, RANGE);
    if range != 0 {
        out.push_str(&format!(" --ulog-cprange {}", range as u32));
    }
    let q = u64_at(e, QTHRESHOLD);
    if q != 1 {
        out.push_str(&format!(" --ulog-qthreshold {}", q as u32));
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(&format!(
        " ULOG copy_range {} nlgroup {}",
        u64_at(e, RANGE) as u32,
        group(e)
    ));
    let prefix = e.cstr(PREFIX, PREFIX_LEN);
    if !prefix.is_empty() {
        out.push_str(&format!(" prefix \"{prefix}\""));
    }
    out.push_str(&format!(
        " queue_threshold {}",
        u64_at(e, QTHRESHOLD) as u32
    ));
}

#[cfg(test)]
mod tests {
    use crate::iptables::tests::{argv, sent_hex};

    /// What iptables-nft 1.8.9 sent (the kernel refuses the rule, so there is no dump).
    const SENT: &[(&str, &str)] = &[
        ("", "0100000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("--ulog-nlgroup 32 --ulog-cprange 100 --ulog-qthreshold 50 --ulog-prefix a\u{20}b", "0000008000000000640000000000000032000000000000006120620000000000000000000000000000000000000000000000000000000000"),
        ("--ulog-prefix 0123456789012345678901234567890123 --ulog-cprange 18446744073709551615", "0100000000000000ffffffffffffffff01000000000000003031323334353637383930313233343536373839303132333435363738393000"),
    ];

    #[test]
    fn ulog_blobs_as_iptables_nft_sends_them() {
        for (opts, want) in SENT {
            // the prefix with a space is one word
            let hex = if opts.contains("a\u{20}b") {
                let mut words = argv(
                    "-A INPUT -j ULOG",
                    "--ulog-nlgroup 32 --ulog-cprange 100 --ulog-qthreshold 50 --ulog-prefix",
                );
                words.push("a b".into());
                sent_hex(words)
            } else {
                sent_hex(argv("-A INPUT -j ULOG", opts))
            };
            assert!(hex.contains(want), "{opts}: {hex}");
        }
    }
}
