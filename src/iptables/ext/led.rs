//! `-j LED --led-trigger-id NAME [--led-delay MS|inf] [--led-always-blink]`: the xt `LED`
//! target, revision 0 (`struct xt_led_info`: char id[27] holding `netfilter-NAME`, u8
//! always_blink, u32 delay, the kernel's pointer; 40 bytes sent). Kernels built without it
//! refuse it: loading it asks the kernel first (`probe`), as iptables-nft does.

use super::blob::bad;
use super::def::{Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

const ID: usize = 0;
const ID_LEN: usize = 27;
const BLINK: usize = 27;
const DELAY: usize = 28;
/// What iptables puts before the name.
const TRIGGER: &str = "netfilter-";

const O_ID: u8 = 1;
const O_DELAY: u8 = 2;
const O_BLINK: u8 = 3;

const OPTS: &[Opt] = &[
    opt("led-trigger-id", Has::Required, O_ID)
        .once()
        .no_inv()
        .mand(),
    opt("led-delay", Has::Required, O_DELAY).once().no_inv(),
    opt("led-always-blink", Has::No, O_BLINK).once().no_inv(),
];

pub const DEF: Def = Def {
    name: "LED",
    rev: 0,
    size: 40,
    cmp: 32,
    opts: OPTS,
    help: include_str!("../help/t_LED.txt"),
    parse,
    save,
    print,
    probe: true,
    ..Def::TARGET
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_ID => {
            if arg.value.len() > 16 {
                return Err(bad(
                    "Argument must have a maximum length of 16 characters\n",
                ));
            }
            let id = format!("{TRIGGER}{}", arg.value);
            e.put(ID, &[0; ID_LEN]);
            e.put(ID, id.as_bytes());
        }
        O_DELAY => {
            let delay = if arg.value == "inf" {
                Some(u32::MAX)
            } else {
                crate::cli::num::strtoul(arg.value, 0).and_then(|v| u32::try_from(v).ok())
            };
            let delay =
                delay.ok_or_else(|| bad("Delay value must be within range 0..4294967295"))?;
            e.set_u32(DELAY, delay);
        }
        _ => e.set_u8(BLINK, 1),
    }
    Ok(())
}

/// The name given (what follows `netfilter-`).
fn name(e: &Ext) -> String {
    let id = e.cstr(ID, ID_LEN);
    id.strip_prefix(TRIGGER).map(str::to_string).unwrap_or(id)
}

fn delay_text(e: &Ext) -> String {
    match e.u32(DELAY) {
        u32::MAX => "inf".to_string(),
        d => d.to_string(),
    }
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" --led-trigger-id \"");
    out.push_str(&name(e));
    out.push('"');
    if e.u32(DELAY) != 0 {
        out.push_str(" --led-delay ");
        out.push_str(&delay_text(e));
    }
    if e.u8(BLINK) != 0 {
        out.push_str(" --led-always-blink");
    }
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" led-trigger-id:\"");
    out.push_str(&name(e));
    out.push_str("\" ");
    if e.u32(DELAY) != 0 {
        out.push_str("led-delay ");
        out.push_str(&delay_text(e));
        out.push_str("ms ");
    }
    if e.u8(BLINK) != 0 {
        out.push_str("led-always-blink ");
    }
}

#[cfg(test)]
mod tests {
    use crate::iptables::tests::{argv, sent_hex};

    /// What iptables-nft 1.8.9 sent (the kernel here has no LED, so there is no dump).
    const SENT: &[(&str, &str)] = &[
        (
            "--led-trigger-id x",
            "6e657466696c7465722d780000000000000000000000000000000000000000000000000000000000",
        ),
        (
            "--led-trigger-id y --led-delay inf",
            "6e657466696c7465722d790000000000000000000000000000000000ffffffff0000000000000000",
        ),
    ];

    #[test]
    fn led_blobs_as_iptables_nft_sends_them() {
        for (opts, want) in SENT {
            let hex = sent_hex(argv("-A INPUT -j LED", opts));
            assert!(hex.contains(want), "{opts}: {hex}");
        }
    }
}
