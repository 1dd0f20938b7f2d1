//! `ip xfrm policy add|update`: SELECTOR, dir, ctx, mark, if_id, index, ptype, action,
//! priority, flags, LIMIT-LIST and TMPL-LIST into `xfrm_userpolicy_info` and its attributes.

use super::names;
use super::print::POLICY_FLAGS;
use super::sel::Sel;
use super::sock::open;
use super::words::{self, addr16, value, Id};
use crate::cli::num::get_u32;
use crate::cli::{duparg, invarg, Args};
use crate::error::{Error, Result};
use crate::ip::opts::Opts;
use crate::ip::rtnl;
use crate::netlink::attr;
use crate::netlink::xfrm::{
    POLICY_INFO_LEN, TMPL_LEN, XFRMA_IF_ID, XFRMA_POLICY_TYPE, XFRMA_TMPL, XFRM_MSG_NEWPOLICY,
};
use crate::netlink::Wire;

const XFRM_MSG_UPDPOLICY: u16 = 25;

/// One `tmpl`: its ID, mode, reqid and level (`use` is optional).
fn tmpl(args: &mut Args, family: u8) -> Result<[u8; TMPL_LEN]> {
    if args.is_empty() {
        return Err(crate::cli::incomplete());
    }
    let mut id = Id::default();
    let mut id_read = false;
    let (mut mode, mut reqid, mut optional) = (0u8, 0u32, 0u8);
    while let Some(w) = args.peek().map(str::to_string) {
        match w.as_str() {
            "mode" | "reqid" | "level" => {
                args.next();
                let v = value(args)?;
                match w.as_str() {
                    "mode" => {
                        mode = names::value(names::MODES, &v)
                            .ok_or_else(|| invarg("MODE value is invalid", &v))?;
                    }
                    "reqid" => {
                        reqid = get_u32(&v).ok_or_else(|| invarg("REQID value is invalid", &v))?;
                    }
                    _ => {
                        optional = match v.as_str() {
                            "required" => 0,
                            "use" => 1,
                            _ => return Err(invarg("LEVEL value is invalid\n", &v)),
                        };
                    }
                }
            }
            _ if !id_read => {
                id_read = true;
                id.parse(args)?;
            }
            _ => break,
        }
    }
    let mut t = [0u8; TMPL_LEN];
    t[..16].copy_from_slice(&addr16(&id.dst));
    t[16..20].copy_from_slice(&id.spi.unwrap_or(0).to_be_bytes());
    t[20] = id.proto.unwrap_or(0);
    let fam = match id.family() {
        0 => family,
        f => f,
    };
    t[24..26].copy_from_slice(&u16::from(fam).to_ne_bytes());
    t[28..44].copy_from_slice(&addr16(&id.src));
    t[44..48].copy_from_slice(&reqid.to_ne_bytes());
    t[48] = mode;
    t[50] = optional;
    t[52..].fill(0xff);
    Ok(t)
}

/// The SELECTOR words, read together where the first of them stands.
pub const SEL_WORDS: &[&str] = &[
    "src", "dst", "dev", "proto", "sport", "dport", "type", "code", "key",
];

/// The request of `add`/`update`: `xfrm_userpolicy_info`, then ptype, templates, mark,
/// security context and if_id, as the reference orders them.
pub fn request(args: &mut Args, opts: &Opts) -> Result<Vec<u8>> {
    let mut sel = Sel::default();
    let mut sel_read = false;
    let (mut dir, mut ptype, mut ctx) = (None, None, None);
    let (mut index, mut priority, mut action, mut flags) = (0u32, 0u32, 0u8, 0u8);
    let (mut mark, mut if_id) = (None, None);
    let mut lft = words::lifetime_default();
    let mut tmpls: Vec<[u8; TMPL_LEN]> = Vec::new();
    while let Some(w) = args.peek().map(str::to_string) {
        let dup = match w.as_str() {
            "dir" => dir.is_some(),
            "ctx" => ctx.is_some(),
            "ptype" => ptype.is_some(),
            _ => false,
        };
        if dup {
            return Err(duparg(&w, &w));
        }
        match w.as_str() {
            "dir" | "ctx" | "ptype" | "index" | "action" | "priority" | "if_id" => {
                args.next();
                let v = value(args)?;
                let bad = |what: &str| invarg(what, &v);
                match w.as_str() {
                    "dir" => {
                        dir = Some(
                            names::value(names::DIRS, &v)
                                .ok_or_else(|| bad("DIR value is invalid"))?,
                        );
                    }
                    "ctx" => ctx = Some(v.clone()),
                    "ptype" => {
                        ptype = Some(
                            names::value(names::PTYPES, &v)
                                .ok_or_else(|| bad("PTYPE value is invalid"))?,
                        );
                    }
                    "index" => index = get_u32(&v).ok_or_else(|| bad("INDEX value is invalid"))?,
                    "action" => {
                        action = names::value(names::ACTIONS, &v)
                            .ok_or_else(|| bad("ACTION value is invalid\n"))?;
                    }
                    "priority" => {
                        priority = get_u32(&v).ok_or_else(|| bad("PRIORITY value is invalid"))?;
                    }
                    _ => if_id = Some(get_u32(&v).ok_or_else(|| bad("IF_ID value is invalid"))?),
                }
            }
            "mark" => {
                args.next();
                mark = Some(words::mark(args)?);
            }
            "flag" => {
                args.next();
                flags |= words::flag_list(args, POLICY_FLAGS)?;
            }
            "limit" => {
                args.next();
                words::limit(args, &mut lft)?;
            }
            "tmpl" => {
                args.next();
                // without addresses, the family of the selector's addresses read so far
                let fam = sel.src.or(sel.dst).map_or(opts.family, |a| a.family);
                tmpls.push(tmpl(args, fam)?);
            }
            _ if !sel_read => {
                sel_read = true;
                while let Some(s) = args
                    .peek()
                    .filter(|s| SEL_WORDS.contains(s))
                    .map(str::to_string)
                {
                    args.next();
                    sel.word(&s, args)?;
                }
                sel.check()?;
            }
            _ => return Err(duparg("unknown", &w)),
        }
    }
    let Some(dir) = dir else {
        return Err(Error::ip_fail("Not enough information: DIR is required."));
    };
    let wire = sel.wire(opts.family);
    let mut m = Vec::with_capacity(POLICY_INFO_LEN + 64 * tmpls.len() + 64);
    m.extend_from_slice(&wire);
    for v in lft {
        m.extend_from_slice(&v.to_ne_bytes());
    }
    m.extend_from_slice(&[0; 32]);
    m.extend_from_slice(&priority.to_ne_bytes());
    m.extend_from_slice(&index.to_ne_bytes());
    m.extend_from_slice(&[dir, action, flags, 0, 0, 0, 0, 0]);
    let mut items = Vec::new();
    if let Some(t) = ptype {
        items.push(attr::bytes(XFRMA_POLICY_TYPE, &[t, 0, 0, 0, 0, 0]));
    }
    if !tmpls.is_empty() {
        let mut all = Vec::with_capacity(TMPL_LEN * tmpls.len());
        for t in tmpls {
            all.extend_from_slice(&t);
        }
        items.push(attr::bytes(XFRMA_TMPL, &all));
    }
    items.extend(words::mark_attr(mark));
    if let Some(c) = &ctx {
        items.push(words::sec_ctx(c));
    }
    if let Some(i) = if_id {
        items.push(attr::u32(XFRMA_IF_ID, i));
    }
    m.extend_from_slice(&attr::emit_all(&items));
    Ok(m)
}

/// `add` (NEWPOLICY) and `update` (UPDPOLICY).
pub fn add(args: &mut Args, opts: &Opts) -> Result<()> {
    send(args, opts, XFRM_MSG_NEWPOLICY)
}

pub fn update(args: &mut Args, opts: &Opts) -> Result<()> {
    send(args, opts, XFRM_MSG_UPDPOLICY)
}

fn send(args: &mut Args, opts: &Opts, kind: u16) -> Result<()> {
    let req = request(args, opts)?;
    let mut sock = open()?;
    rtnl::ack(&mut sock, Wire(kind, &req), 0)
}
