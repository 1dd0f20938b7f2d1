//! `-j CLUSTERIP --new --hashmode MODE --clustermac MAC --total-nodes N --local-node N
//! [--hash-init N]`: the xt `CLUSTERIP` target, revision 0 (`struct
//! ipt_clusterip_tgt_info`: u32 flags, u8 clustermac[6], u16 num_total_nodes, u16
//! num_local_nodes, u16 local_nodes[16], u32 hash_mode, u32 hash_initval, then the
//! kernel's pointer; 64 bytes sent). Kernels dropped it: loading it asks the kernel first
//! (`probe`), as iptables-nft does.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use super::values::parse_mac;
use crate::iptables::getopt::{opt, Has, Opt};

const FLAGS: usize = 0;
const MAC: usize = 4;
const TOTAL: usize = 10;
const NUM_LOCAL: usize = 12;
const LOCAL: usize = 14;
const HASH_MODE: usize = 48;
const HASH_INIT: usize = 52;

/// CLUSTERIP_FLAG_NEW.
const NEW: u32 = 1;

const O_NEW: u8 = 1;
const O_HASHMODE: u8 = 2;
const O_MAC: u8 = 3;
const O_TOTAL: u8 = 4;
const O_LOCAL: u8 = 5;
const O_INIT: u8 = 6;

const OPTS: &[Opt] = &[
    opt("new", Has::No, O_NEW).once(),
    opt("hashmode", Has::Required, O_HASHMODE).once(),
    opt("clustermac", Has::Required, O_MAC).once(),
    opt("total-nodes", Has::Required, O_TOTAL).once(),
    opt("local-node", Has::Required, O_LOCAL).once(),
    opt("hash-init", Has::Required, O_INIT).once(),
];

/// The hash modes by number (enum clusterip_hashmode).
const MODES: [&str; 3] = [
    "sourceip",
    "sourceip-sourceport",
    "sourceip-sourceport-destport",
];

pub const DEF: Def = Def {
    name: "CLUSTERIP",
    rev: 0,
    size: 64,
    cmp: 56,
    opts: OPTS,
    help: include_str!("../help/t_CLUSTERIP.txt"),
    parse,
    check,
    save,
    print,
    probe: true,
    fams: super::def::V4_ONLY,
    ..Def::TARGET
};

fn parse(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    match o.id {
        O_NEW => e.set_u32(FLAGS, e.u32(FLAGS) | NEW),
        O_HASHMODE => {
            let mode = MODES
                .iter()
                .position(|m| *m == arg.value)
                .ok_or_else(|| bad(format_args!("Unknown hashmode \"{}\"", arg.value)))?;
            e.set_u32(HASH_MODE, mode as u32);
        }
        O_MAC => {
            let mac = parse_mac(arg.value).ok_or_else(|| bad("Invalid MAC address specified."))?;
            if mac[0] & 1 == 0 {
                return Err(bad("MAC has to be a multicast ethernet address"));
            }
            e.put(MAC, &mac);
        }
        O_TOTAL => {
            let n = uint(e, o, arg.value, 0, 16)? as u16;
            e.set_u16(TOTAL, n);
        }
        O_LOCAL => {
            let n = uint(e, o, arg.value, 0, 16)? as u16;
            e.set_u16(NUM_LOCAL, 1);
            e.set_u16(LOCAL, n);
        }
        _ => {
            let n = uint(e, o, arg.value, 0, u64::from(u32::MAX))? as u32;
            e.set_u32(HASH_INIT, n);
        }
    }
    Ok(())
}

/// `--new` takes all four of mode, MAC and node numbers; without it, none of the options.
fn check(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    let needed = [O_HASHMODE, O_MAC, O_TOTAL, O_LOCAL];
    let ok = if e.given(O_NEW) {
        needed.iter().all(|&o| e.given(o))
    } else {
        e.seen == 0
    };
    if ok {
        Ok(())
    } else {
        Err(bad("CLUSTERIP target: Invalid parameter combination"))
    }
}

fn words(e: &Ext, sep: char) -> String {
    let mac: Vec<String> = e.bytes(MAC, 6).iter().map(|b| format!("{b:02X}")).collect();
    let mode = MODES.get(e.u32(HASH_MODE) as usize).copied().unwrap_or("");
    let s = |w: &str| {
        if sep == ' ' {
            format!(" --{w} ")
        } else {
            format!(" {}=", w.replace('-', "_"))
        }
    };
    format!(
        "{}{mode}{}{}{}{}{}{}{}{}",
        s("hashmode"),
        s("clustermac"),
        mac.join(":"),
        s("total-nodes"),
        e.u16(TOTAL),
        s("local-node"),
        e.u16(LOCAL),
        s("hash-init"),
        e.u32(HASH_INIT)
    )
}

fn save(e: &Ext, out: &mut String, _: &Ctx) {
    if e.u32(FLAGS) & NEW == 0 {
        return;
    }
    out.push_str(" --new");
    out.push_str(&words(e, ' '));
}

fn print(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" CLUSTERIP");
    if e.u32(FLAGS) & NEW != 0 {
        out.push_str(&words(e, '='));
    }
}

#[cfg(test)]
mod tests {
    use crate::iptables::tests::{argv, sent_hex};

    /// What iptables-nft 1.8.9 sent (the kernel refuses the rule, so there is no dump).
    const SENT: &[(&str, &str)] = &[
        ("", "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("--new --hashmode sourceip --clustermac 01:02:03:04:05:06 --total-nodes 2 --local-node 1", "01000000010203040506020001000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("--new --hashmode sourceip-sourceport-destport --clustermac 01:aa:03:04:05:06 --total-nodes 16 --local-node 16 --hash-init 7", "0100000001aa03040506100001001000000000000000000000000000000000000000000000000000000000000000000002000000070000000000000000000000"),
        ("--new --hashmode sourceip-sourceport --clustermac ff:ff:ff:ff:ff:ff --total-nodes 0 --local-node 0 --hash-init 4294967295", "01000000ffffffffffff000001000000000000000000000000000000000000000000000000000000000000000000000001000000ffffffff0000000000000000"),
    ];

    #[test]
    fn clusterip_blobs_as_iptables_nft_sends_them() {
        for (opts, want) in SENT {
            let hex = sent_hex(argv("-A INPUT -j CLUSTERIP", opts));
            assert!(hex.contains(&format!("44000300{want}")), "{opts}: {hex}");
        }
    }
}
