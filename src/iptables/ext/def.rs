//! What every extension is made of: its definition ([`Def`]), a rule's instance of it
//! ([`Ext`]: the definition and its blob), what it sees of the rule ([`Ctx`]), the generic
//! option checks iptables makes (once, `!`, exclusions, mandatory, also-requires) and the
//! defaults most extensions take.

use super::blob::{self, bad};
use crate::error::Result;
use crate::iptables::family::Fam;
use crate::iptables::getopt::{Opt, INV, MAND, NO_INV, ONCE};
use crate::netlink::nft::{expr, Writer};

/// What an extension sees of the rest of the rule (when parsing, checking, printing).
#[derive(Debug, Clone, Copy, Default)]
pub struct Ctx {
    /// `-p`'s number (0: any) and whether it is inverted.
    pub proto: u8,
    pub inv_proto: bool,
    /// `-n`: numbers, no names.
    pub numeric: bool,
    /// The rule's family.
    pub fam: Fam,
}

/// One extension: everything iptables knows of it.
pub struct Def {
    /// `-m NAME` / `-j NAME`, and the name `-S` prints.
    pub name: &'static str,
    /// Its name in the kernel (the xt match or target the blob is for), when not `name`.
    pub xt: &'static str,
    pub target: bool,
    /// The revision iptables-nft 1.8.9 writes, and its blob size.
    pub rev: u32,
    pub size: usize,
    /// The bytes of the blob two rules are compared on (the kernel's private tail is not).
    pub cmp: usize,
    pub opts: &'static [Opt],
    /// Its `-h` section (starts with an empty line).
    pub help: &'static str,
    /// The blob before any option (zeros unless set).
    pub init: fn(&mut Ext),
    /// One option (`Opt::id`), its argument (and the next word for `Has::Two`), `!`.
    pub parse: fn(&mut Ext, &Opt, Arg, &Ctx) -> Result<()>,
    /// The checks once the whole line was read (after the generic ones).
    pub check: fn(&Ext, &Ctx) -> Result<()>,
    /// Its nf_tables form (the xt blob unless native).
    pub encode: fn(&Ext, &mut Writer),
    /// A blob the kernel holds (this name, any revision) → the extension (None: unreadable).
    pub decode: fn(&'static Def, u32, &[u8]) -> Option<Ext>,
    /// Its `-S` words (after ` -m NAME` / ` -j NAME`).
    pub save: fn(&Ext, &mut String, &Ctx),
    /// Its words in `-L`'s last column.
    pub print: fn(&Ext, &mut String, &Ctx),
    /// Whether loading it asks the kernel whether it has the extension (NFT_COMPAT), with
    /// iptables-nft's warning when it has not: only for extensions kernels dropped.
    pub probe: bool,
    /// The families that load it ([`BOTH`], [`V4_ONLY`], [`V6_ONLY`]).
    pub fams: u8,
}

/// Loaded by iptables and ip6tables (a libxt extension).
pub const BOTH: u8 = 3;
/// Loaded by iptables only (libipt), by ip6tables only (libip6t).
pub const V4_ONLY: u8 = 1;
pub const V6_ONLY: u8 = 2;

impl Def {
    /// A match's defaults: its xt blob of zeros, written and read as it is (revision 0), no
    /// options, no checks, nothing printed. Each extension names what it has of its own and
    /// takes the rest (`..Def::MATCH`).
    pub const MATCH: Def = Def {
        name: "",
        xt: "",
        target: false,
        rev: 0,
        size: 0,
        cmp: 0,
        opts: &[],
        help: "",
        init: no_init,
        parse: no_opts,
        check: no_check,
        encode: xt_encode,
        decode: xt_decode,
        save: no_words,
        print: no_words,
        probe: false,
        fams: BOTH,
    };
    /// A target's defaults, the same.
    pub const TARGET: Def = Def {
        target: true,
        ..Def::MATCH
    };

    /// Whether the applets of family `fam` load it.
    pub fn in_fam(&self, fam: Fam) -> bool {
        self.fams & if fam.is_v6() { V6_ONLY } else { V4_ONLY } != 0
    }

    /// Loading it: for a `probe` extension, iptables-nft's warning when the kernel lacks it
    /// (asked once a process, as libxtables loads an extension once).
    pub fn load(&'static self) {
        if !self.probe {
            return;
        }
        static ASKED: std::sync::Mutex<Vec<(&str, bool)>> = std::sync::Mutex::new(Vec::new());
        let key = (self.name, self.target);
        if let Ok(mut asked) = ASKED.lock() {
            if asked.contains(&key) {
                return;
            }
            asked.push(key);
        }
        let family = crate::netlink::nft::NFPROTO_IPV4;
        if crate::netlink::nft::compat::supported(family, self.xt_name(), self.rev, self.target)
            == Some(false)
        {
            let _ = std::io::Write::write_all(
                &mut std::io::stderr(),
                format!(
                    "Warning: Extension {} revision {} not supported, missing kernel module?\n",
                    self.name, self.rev
                )
                .as_bytes(),
            );
        }
    }

    /// The xt extension's name in the kernel (its own name unless set).
    pub fn xt_name(&self) -> &'static str {
        if self.xt.is_empty() {
            self.name
        } else {
            self.xt
        }
    }
}

impl std::fmt::Debug for Def {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// An option's argument as the parser hands it over.
#[derive(Debug, Clone, Copy)]
pub struct Arg<'a> {
    pub value: &'a str,
    /// The word after it, for `Has::Two` and `Has::Optional` options (when it is not an
    /// option).
    pub second: Option<&'a str>,
    pub inv: bool,
}

/// A match or target of a rule: its definition and blob.
#[derive(Debug, Clone)]
pub struct Ext {
    pub def: &'static Def,
    pub rev: u32,
    pub data: Vec<u8>,
    /// The options given (bit = option id): parse-time bookkeeping, not part of the rule.
    pub seen: u64,
}

impl PartialEq for Ext {
    /// As iptables compares them: the same extension and the same blob (the compared part),
    /// whatever the revisions (an NFQUEUE blob of revision 2 equals the same bytes of 3).
    fn eq(&self, o: &Ext) -> bool {
        let n = self.def.cmp.min(self.data.len());
        std::ptr::eq(self.def, o.def)
            && self.data.len() == o.data.len()
            && self.data[..n] == o.data[..n]
    }
}

impl Eq for Ext {}

/// Option `id`'s bit in `Ext::seen` and in `Opt::excl`/`also`.
fn bit(id: u8) -> u64 {
    1u64 << (id & 63)
}

impl Ext {
    /// A fresh `def` (its blob as before any option).
    pub fn new(def: &'static Def) -> Ext {
        let mut e = Ext {
            def,
            rev: def.rev,
            data: vec![0; def.size],
            seen: 0,
        };
        (def.init)(&mut e);
        e
    }

    /// `def` holding `info` (revision `rev`) as the kernel dumped it.
    pub fn with(def: &'static Def, rev: u32, info: &[u8]) -> Ext {
        Ext {
            def,
            rev,
            data: info.to_vec(),
            seen: 0,
        }
    }

    pub fn name(&self) -> &'static str {
        self.def.name
    }

    /// The name iptables gives option `id` in its messages: its first (long) entry.
    pub fn option(&self, id: u8) -> &'static str {
        self.def
            .opts
            .iter()
            .find(|o| o.id == id)
            .map_or("", |o| o.name)
    }

    /// The options of the table, each once (its first entry), in the table's order.
    fn entries(&self) -> impl Iterator<Item = &'static Opt> {
        let opts = self.def.opts;
        opts.iter()
            .enumerate()
            .filter(move |(i, o)| !opts[..*i].iter().any(|p| p.id == o.id))
            .map(|(_, o)| o)
    }

    /// One option: the generic checks (once, `!`), the extension's parser (which sees the
    /// options given before this one in `seen`), then the options it cannot go with.
    pub fn parse(&mut self, o: &Opt, arg: Arg, ctx: &Ctx) -> Result<()> {
        let (name, ext) = (self.option(o.id), self.def.name);
        if o.flags & ONCE != 0 && self.given(o.id) {
            return Err(bad(format_args!(
                "{ext}: option \"--{name}\" can only be used once.\n"
            )));
        }
        // a target's options cannot be inverted unless marked so
        let target_inv = self.def.target && o.flags & INV == 0;
        if (o.flags & NO_INV != 0 || target_inv) && arg.inv {
            return Err(bad(format_args!(
                "{ext}: option \"--{name}\" cannot be inverted.\n"
            )));
        }
        // the value is read before the options it cannot go with are looked at
        (self.def.parse)(self, o, arg, ctx)?;
        if let Some(other) = self
            .entries()
            .find(|x| o.excl & bit(x.id) != 0 && self.given(x.id))
        {
            return Err(bad(format_args!(
                "{ext}: option \"--{name}\" cannot be used together with \"--{}\".\n",
                other.name
            )));
        }
        self.seen |= bit(o.id);
        Ok(())
    }

    /// The checks after the whole line: the extension's own, then, option by option in the
    /// table's order, the mandatory ones and the ones another needs.
    pub fn check(&self, ctx: &Ctx) -> Result<()> {
        (self.def.check)(self, ctx)?;
        let ext = self.def.name;
        for o in self.entries() {
            if o.flags & MAND != 0 && !self.given(o.id) {
                return Err(bad(format_args!(
                    "{ext}: option \"--{}\" must be specified\n",
                    o.name
                )));
            }
            if !self.given(o.id) {
                continue;
            }
            if let Some(need) = self
                .entries()
                .find(|x| o.also & bit(x.id) != 0 && !self.given(x.id))
            {
                return Err(bad(format_args!(
                    "{ext}: option \"--{}\" also requires \"--{}\".\n",
                    o.name, need.name
                )));
            }
        }
        Ok(())
    }

    /// Two of `ids` given: the first in the table's order and the first other one, as
    /// iptables names them when they cannot go together.
    pub fn exclusive(&self, ids: &[u8]) -> Result<()> {
        let given: Vec<&Opt> = self
            .entries()
            .filter(|o| ids.contains(&o.id) && self.given(o.id))
            .collect();
        if let [a, b, ..] = given.as_slice() {
            return Err(bad(format_args!(
                "{}: option \"--{}\" cannot be used together with \"--{}\".\n",
                self.def.name, a.name, b.name
            )));
        }
        Ok(())
    }

    /// Whether option `id` was given.
    pub fn given(&self, id: u8) -> bool {
        self.seen & bit(id) != 0
    }

    pub fn encode(&self, w: &mut Writer) {
        (self.def.encode)(self, w)
    }

    pub fn save(&self, out: &mut String, ctx: &Ctx) {
        (self.def.save)(self, out, ctx)
    }

    pub fn print(&self, out: &mut String, ctx: &Ctx) {
        (self.def.print)(self, out, ctx)
    }

    // Blob fields, host order (reads beyond the blob are 0; writes beyond it are dropped).
    pub fn u8(&self, at: usize) -> u8 {
        self.data.get(at).copied().unwrap_or(0)
    }
    pub fn u16(&self, at: usize) -> u16 {
        blob::ne16(&self.data, at)
    }
    pub fn u32(&self, at: usize) -> u32 {
        blob::ne32(&self.data, at)
    }
    pub fn be16(&self, at: usize) -> u16 {
        blob::be16(&self.data, at)
    }
    pub fn bytes(&self, at: usize, len: usize) -> &[u8] {
        self.data.get(at..at + len).unwrap_or(&[])
    }
    pub fn set_u8(&mut self, at: usize, v: u8) {
        self.put(at, &[v]);
    }
    pub fn set_u16(&mut self, at: usize, v: u16) {
        self.put(at, &v.to_ne_bytes());
    }
    pub fn set_u32(&mut self, at: usize, v: u32) {
        self.put(at, &v.to_ne_bytes());
    }
    pub fn set_be16(&mut self, at: usize, v: u16) {
        self.put(at, &v.to_be_bytes());
    }
    pub fn put(&mut self, at: usize, v: &[u8]) {
        if let Some(d) = self.data.get_mut(at..at + v.len()) {
            d.copy_from_slice(v);
        }
    }
    /// A NUL-terminated string field of `len` bytes.
    pub fn cstr(&self, at: usize, len: usize) -> String {
        let b = self.bytes(at, len);
        let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
        String::from_utf8_lossy(&b[..end]).into_owned()
    }
}

/// An option's unsigned number in `min..=max` (C forms: decimal, `0x…`, `0…`), with
/// libxtables' complaint otherwise.
pub fn uint(e: &Ext, o: &Opt, word: &str, min: u64, max: u64) -> Result<u64> {
    crate::cli::num::strtoul(word, 0)
        .filter(|v| (min..=max).contains(v))
        .ok_or_else(|| {
            bad(format_args!(
                "{}: bad value for option \"--{}\", or out of range ({min}-{max}).\n",
                e.def.name, o.name
            ))
        })
}

/// An option's `V[/M]` (C numbers, any base, each up to 2^32-1; no mask: None), with
/// libxtables' complaints otherwise.
pub fn mark_mask(e: &Ext, o: &Opt, word: &str) -> Result<(u32, Option<u32>)> {
    let (ext, name) = (e.def.name, e.option(o.id));
    let bad_int = || {
        bad(format_args!(
            "{ext}: bad integer value for option \"--{name}\", or out of range.\n"
        ))
    };
    let garbage = || {
        bad(format_args!(
            "{ext}: trailing garbage after value for option \"--{name}\".\n"
        ))
    };
    let num = |s: &str| {
        crate::cli::num::strtoul_prefix(s, 0)
            .and_then(|(v, n)| Some((u32::try_from(v).ok()?, n)))
            .ok_or_else(bad_int)
    };
    let (v, n) = num(word)?;
    let rest = &word[n..];
    if rest.is_empty() {
        return Ok((v, None));
    }
    let m = rest.strip_prefix('/').ok_or_else(garbage)?;
    let (m, n) = num(m)?;
    if n < rest.len() - 1 {
        return Err(garbage());
    }
    Ok((v, Some(m)))
}

/// `A[:B]` as libxtables reads a range option of numbers up to `max`: each part a C number
/// (an empty first part is 0, an empty second one `max`); a single part is both ends.
/// Returns the two ends and how many parts there were.
pub fn range(e: &Ext, o: &Opt, word: &str, max: u64) -> Result<(u64, u64, usize)> {
    let (ext, name) = (e.def.name, o.name);
    let parts: Vec<&str> = word.split(':').collect();
    if parts.len() > 2 {
        return Err(bad(format_args!(
            "{ext}: Too many components for option \"--{name}\" (max: 2)\n"
        )));
    }
    let mut at = 0;
    let mut out = [0u64, max];
    for (i, p) in parts.iter().enumerate() {
        let rest = word.get(at..).unwrap_or("");
        at += p.len() + 1;
        if p.is_empty() {
            continue;
        }
        let near = || {
            bad(format_args!(
                "{ext}: bad value for option \"--{name}\" near \"{rest}\", or out of range (0-{max}).\n"
            ))
        };
        let (v, used) = crate::cli::num::strtoul_prefix(p, 0).ok_or_else(near)?;
        if v > max {
            return Err(near());
        }
        if used < p.len() {
            let junk = rest.get(used..).unwrap_or("");
            return Err(bad(format_args!(
                "{ext}: Argument to \"--{name}\" has unexpected characters near \"{junk}\".\n"
            )));
        }
        out[i] = v;
    }
    if parts.len() == 1 {
        out[1] = out[0];
    }
    Ok((out[0], out[1], parts.len()))
}

/// The blob `u16 min, u16 max, u8 invert` (length, tcpmss): its range and inversion.
pub fn put_span16(e: &mut Ext, lo: u64, hi: u64, inv: bool) {
    e.set_u16(0, lo as u16);
    e.set_u16(2, hi as u16);
    e.set_u8(4, u8::from(inv));
}

/// That blob's range as `A` or `A:B`.
fn span16_text(e: &Ext) -> String {
    let (lo, hi) = (e.u16(0), e.u16(2));
    if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}:{hi}")
    }
}

/// That blob saved: ` [!]OPTION A[:B]` (`option` holds its spaces).
pub fn save_span16(e: &Ext, out: &mut String, option: &str) {
    if e.u8(4) != 0 {
        out.push_str(" !");
    }
    out.push_str(option);
    out.push_str(&span16_text(e));
}

/// That blob listed: `HEAD[!]A[:B]`.
pub fn print_span16(e: &Ext, out: &mut String, head: &str) {
    out.push_str(head);
    if e.u8(4) != 0 {
        out.push('!');
    }
    out.push_str(&span16_text(e));
}

/// A mark match's blob (`u32 mark, u32 mask, u8 invert`: mark, connmark) as `V` or `V/M`
/// (hex; no mask when it is all ones).
pub fn mark_match_text(e: &Ext, out: &mut String) {
    out.push_str(&blob::hex(e.u32(0)));
    if e.u32(4) != u32::MAX {
        out.push('/');
        out.push_str(&blob::hex(e.u32(4)));
    }
}

/// That blob saved: ` [!] --mark V[/M]`.
pub fn save_mark_match(e: &Ext, out: &mut String) {
    if e.u8(8) != 0 {
        out.push_str(" !");
    }
    out.push_str(" --mark ");
    mark_match_text(e, out);
}

/// The port ranges of dccp's and sctp's blobs (u16 min, max of the destination at 0, of the
/// source at 4) saved, each when given; `src` and `dst` say whether given and inverted.
pub fn save_port_ranges(e: &Ext, out: &mut String, src: (bool, bool), dst: (bool, bool)) {
    for ((given, inv), at, word) in [(src, 4, " --sport "), (dst, 0, " --dport ")] {
        if given {
            blob::save_ports(out, word, (e.u16(at), e.u16(at + 2), inv));
        }
    }
}

// Defaults for the `Def` functions.

/// No defaults: the blob starts as zeros.
pub fn no_init(_: &mut Ext) {}

/// No options to parse.
pub fn no_opts(_: &mut Ext, _: &Opt, _: Arg, _: &Ctx) -> Result<()> {
    Ok(())
}

/// Nothing printed.
pub fn no_words(_: &Ext, _: &mut String, _: &Ctx) {}

/// No checks of its own.
pub fn no_check(_: &Ext, _: &Ctx) -> Result<()> {
    Ok(())
}

/// The xt `match`/`target` expression holding the blob.
pub fn xt_encode(e: &Ext, w: &mut Writer) {
    expr::xt(w, e.def.target, e.def.xt_name(), e.rev, &e.data);
}

/// Its own revision only, with at least the blob's size (the bytes beyond it are kept).
pub fn xt_decode(def: &'static Def, rev: u32, info: &[u8]) -> Option<Ext> {
    (rev == def.rev && info.len() >= def.size).then(|| Ext::with(def, rev, &info[..def.size]))
}

/// Two options that cannot go together, as libxtables finds them after the line: the
/// first of `excl` (in the table's order) given with one it excludes (the first of those).
pub fn conflicts(e: &Ext, excl: &[(u8, &[u8])]) -> crate::error::Result<()> {
    for (id, others) in excl {
        if !e.given(*id) {
            continue;
        }
        let mut order: Vec<u8> = Vec::new();
        for o in e.def.opts {
            if !order.contains(&o.id) {
                order.push(o.id);
            }
        }
        if let Some(other) = order.iter().find(|i| others.contains(i) && e.given(**i)) {
            return Err(bad(format_args!(
                "{}: option \"--{}\" cannot be used together with \"--{}\".\n",
                e.def.name,
                e.option(*id),
                e.option(*other)
            )));
        }
    }
    Ok(())
}
