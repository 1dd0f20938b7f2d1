//! `-j SECMARK --selctx CONTEXT`: the xt `SECMARK` target, revision 1 (`struct
//! xt_secmark_target_info_v1`: u8 mode (SEL 1), char secctx[256], u32 secid the kernel
//! fills; 264 bytes sent, 257 compared). Revision 0 (u8 mode, u32 secid, then the context)
//! is read too. The kernel takes it only with an SELinux policy loaded, so its listing is
//! not checked against iptables' (the context is written bare).

use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const MODE: usize = 0;
const CTX: usize = 1;
const CTX_LEN: usize = 256;
/// SECMARK_MODE_SEL.
const SEL: u8 = 1;

const OPTS: &[Opt] = &[opt("selctx", Has::Required, 1).once().no_inv().mand()];

pub const DEF: Def = Def {
    name: "SECMARK",
    rev: 1,
    size: 264,
    cmp: 257,
    opts: OPTS,
    help: include_str!("../help/t_SECMARK.txt"),
    parse,
    decode,
    save,
    print,
    ..Def::TARGET
};

fn parse(e: &mut Ext, _: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let b = arg.value.as_bytes();
    e.set_u8(MODE, SEL);
    e.put(CTX, &b[..b.len().min(CTX_LEN - 1)]);
    Ok(())
}

/// Revision 1, and revision 0 (its context after the secid, at 8).
fn decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    match rev {
        1 => Some(Ext::with(def, rev, info.get(..def.size)?)),
        0 => Some(Ext::with(def, rev, info.get(..264)?)),
        _ => None,
    }
}

fn context(e: &Ext) -> String {
    e.cstr(if e.rev == 0 { 8 } else { CTX }, CTX_LEN)
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u8(MODE) == SEL {
        out.push_str(" --selctx ");
        out.push_str(&context(e));
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" SECMARK ");
    if e.u8(MODE) == SEL {
        out.push_str("selctx ");
        out.push_str(&context(e));
    } else {
        out.push_str(&format!("invalid mode {}", e.u8(MODE)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What iptables-nft 1.8.9 sent for `--selctx system_u:object_r:ssh_packet_t:s0` (the
    /// kernel without SELinux refuses the rule, so it is no fixture line).
    #[test]
    fn blob_as_iptables_nft_sends_it() {
        let mut e = Ext::new(&DEF);
        let word = "system_u:object_r:ssh_packet_t:s0";
        let arg = Arg {
            value: word,
            second: None,
            inv: false,
        };
        assert!(parse(&mut e, &OPTS[0], arg, &Ctx::default()).is_ok());
        let mut want = vec![0u8; 264];
        want[0] = 1;
        want[1..1 + word.len()].copy_from_slice(word.as_bytes());
        assert_eq!(e.data, want);
    }
}
