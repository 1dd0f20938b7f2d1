//! `-m ecn [!] --ecn-tcp-cwr [!] --ecn-tcp-ece [!] --ecn-ip-ect N` (`struct xt_ecn_info`: u8
//! operation, u8 invert, u8 ip_ect, u8 tcp ect; revision 0) and the `ECN` target (`struct
//! ipt_ECN_info`: u8 operation, u8 ip_ect, u8 tcp bits ece (bit 0) and cwr (bit 1);
//! revision 0) with `--ecn-tcp-remove`, `--ecn-tcp-cwr 0|1`, `--ecn-tcp-ece 0|1`,
//! `--ecn-ip-ect 0..3`. Both 8-byte xt blobs.

use super::blob::bad;
use super::def::{uint, Arg, Ctx, Def, Ext};
use crate::iptables::getopt::{opt, Has, Opt};

/// The operation bits, the same in both blobs (XT_ECN_OP_MATCH_*, IPT_ECN_OP_SET_*).
const OP_IP: u8 = 0x01;
const OP_ECE: u8 = 0x10;
const OP_CWR: u8 = 0x20;

/// The match's blob.
const M_OP: usize = 0;
const M_INVERT: usize = 1;
const M_ECT: usize = 2;

const M_CWR: u8 = 1;
const M_ECE: u8 = 2;
const M_IP: u8 = 3;

const MATCH_OPTS: &[Opt] = &[
    opt("ecn-tcp-cwr", Has::No, M_CWR).once(),
    opt("ecn-tcp-ece", Has::No, M_ECE).once(),
    opt("ecn-ip-ect", Has::Required, M_IP).once(),
];

pub const MATCH: Def = Def {
    name: "ecn",
    rev: 0,
    size: 8,
    cmp: 4,
    opts: MATCH_OPTS,
    help: include_str!("../help/m_ecn.txt"),
    parse: parse_match,
    check: check_match,
    save: save_match,
    print: print_match,
    ..Def::MATCH
};

/// The target's blob.
const T_OP: usize = 0;
const T_ECT: usize = 1;
const T_TCP: usize = 2;
const ECE_BIT: u8 = 1;
const CWR_BIT: u8 = 2;

const T_REMOVE: u8 = 1;
const T_CWR: u8 = 2;
const T_ECE: u8 = 3;
const T_IP: u8 = 4;

const TARGET_OPTS: &[Opt] = &[
    opt("ecn-tcp-remove", Has::No, T_REMOVE).once().no_inv(),
    opt("ecn-tcp-cwr", Has::Required, T_CWR).once().no_inv(),
    opt("ecn-tcp-ece", Has::Required, T_ECE).once().no_inv(),
    opt("ecn-ip-ect", Has::Required, T_IP).once().no_inv(),
];

pub const TARGET: Def = Def {
    name: "ECN",
    rev: 0,
    size: 8,
    cmp: 3,
    opts: TARGET_OPTS,
    help: include_str!("../help/t_ECN.txt"),
    parse: parse_target,
    check: check_target,
    save: save_target,
    print: print_target,
    fams: super::def::V4_ONLY,
    ..Def::TARGET
};

fn parse_match(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let bit = match o.id {
        M_CWR => OP_CWR,
        M_ECE => OP_ECE,
        _ => {
            let v = uint(e, o, arg.value, 0, 3)? as u8;
            e.set_u8(M_ECT, v);
            OP_IP
        }
    };
    e.set_u8(M_OP, e.u8(M_OP) | bit);
    if arg.inv {
        e.set_u8(M_INVERT, e.u8(M_INVERT) | bit);
    }
    Ok(())
}

fn check_match(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.seen == 0 {
        return Err(bad("ECN match: some option required"));
    }
    Ok(())
}

/// The match's parts in the reference's order: (bit, `-S` option, `-L` word).
const PARTS: &[(u8, &str, &str)] = &[
    (OP_ECE, "--ecn-tcp-ece", "ECE"),
    (OP_CWR, "--ecn-tcp-cwr", "CWR"),
    (OP_IP, "--ecn-ip-ect", "ECT="),
];

fn match_words(e: &Ext, out: &mut String, save: bool) {
    let (op, inv) = (e.u8(M_OP), e.u8(M_INVERT));
    for &(bit, opt, word) in PARTS {
        if op & bit == 0 {
            continue;
        }
        let not = inv & bit != 0;
        if save {
            out.push_str(if not { " ! " } else { " " });
            out.push_str(opt);
            if bit == OP_IP {
                out.push_str(&format!(" {}", e.u8(M_ECT)));
            }
        } else {
            out.push_str(if not { " !" } else { " " });
            out.push_str(word);
            if bit == OP_IP {
                out.push_str(&e.u8(M_ECT).to_string());
            }
        }
    }
}

fn save_match(e: &Ext, out: &mut String, _: &Ctx) {
    match_words(e, out, true);
}

fn print_match(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" ECN match");
    match_words(e, out, false);
}

fn parse_target(e: &mut Ext, o: &Opt, arg: Arg, _: &Ctx) -> crate::error::Result<()> {
    let (op, tcp) = (e.u8(T_OP), e.u8(T_TCP));
    match o.id {
        T_REMOVE => {
            e.set_u8(T_OP, op | OP_ECE | OP_CWR);
            e.set_u8(T_TCP, tcp & !(ECE_BIT | CWR_BIT));
        }
        T_CWR | T_ECE => {
            let on = uint(e, o, arg.value, 0, 1)? != 0;
            let (opbit, bit) = if o.id == T_CWR {
                (OP_CWR, CWR_BIT)
            } else {
                (OP_ECE, ECE_BIT)
            };
            e.set_u8(T_OP, op | opbit);
            e.set_u8(T_TCP, if on { tcp | bit } else { tcp & !bit });
        }
        _ => {
            let v = uint(e, o, arg.value, 0, 3)? as u8;
            e.set_u8(T_ECT, v);
            e.set_u8(T_OP, op | OP_IP);
        }
    }
    Ok(())
}

fn check_target(e: &Ext, _: &Ctx) -> crate::error::Result<()> {
    if e.given(T_REMOVE) {
        e.exclusive(&[T_REMOVE, T_CWR])?;
        e.exclusive(&[T_REMOVE, T_ECE])?;
    }
    if e.u8(T_OP) == 0 {
        return Err(bad("ECN target: An operation is required"));
    }
    Ok(())
}

/// `--ecn-tcp-remove`: both TCP bits set to 0 and nothing else.
fn removes(e: &Ext) -> bool {
    e.u8(T_OP) == OP_ECE | OP_CWR && e.u8(T_TCP) & (ECE_BIT | CWR_BIT) == 0
}

fn target_words(e: &Ext, out: &mut String, save: bool) {
    let (op, tcp) = (e.u8(T_OP), e.u8(T_TCP));
    let bit = |b: u8| u8::from(tcp & b != 0);
    if op & OP_ECE != 0 {
        out.push_str(&if save {
            format!(" --ecn-tcp-ece {}", bit(ECE_BIT))
        } else {
            format!(" ECE={}", bit(ECE_BIT))
        });
    }
    if op & OP_CWR != 0 {
        out.push_str(&if save {
            format!(" --ecn-tcp-cwr {}", bit(CWR_BIT))
        } else {
            format!(" CWR={}", bit(CWR_BIT))
        });
    }
    if op & OP_IP != 0 {
        out.push_str(&if save {
            format!(" --ecn-ip-ect {}", e.u8(T_ECT))
        } else {
            format!(" ECT codepoint={}", e.u8(T_ECT))
        });
    }
}

fn save_target(e: &Ext, out: &mut String, _: &Ctx) {
    if removes(e) {
        out.push_str(" --ecn-tcp-remove");
    } else {
        target_words(e, out, true);
    }
}

fn print_target(e: &Ext, out: &mut String, _: &Ctx) {
    out.push_str(" ECN");
    if removes(e) {
        out.push_str(" TCP remove");
    } else {
        target_words(e, out, false);
    }
}
