//! SAs and policies as the reference prints them: a block of lines per object (`-o` turns
//! each newline into a backslash), more with `-s` (indexes, lifetimes, statistics, the flags
//! as bits).

use super::names;
use crate::ip::ifnames;
use crate::ip::opts::{Opts, Out};
use crate::netlink::attr::{attrs, Table};
use crate::netlink::xfrm::{
    mark, replay_state, LifetimeCfg, LifetimeCur, PolicyInfo, SaInfo, Selector, Tmpl, XFRMA_IF_ID,
    XFRMA_MARK, XFRMA_MAX, XFRMA_POLICY_TYPE, XFRMA_REPLAY_VAL, XFRMA_TMPL,
};
use std::fmt::Write;

const AF_INET: u16 = 2;
const AF_INET6: u16 = 10;

/// One object's lines on the printer: each newline is the printer's (a backslash under `-o`);
/// `finish` ends the object (its one line under `-o`).
pub struct Block<'a> {
    p: &'a mut Out,
    /// Written before each line after the first (when it has text).
    indent: &'static str,
    pending: bool,
}

impl Block<'_> {
    pub fn new(p: &mut Out) -> Block<'_> {
        Block::indented(p, "")
    }

    pub fn indented<'a>(p: &'a mut Out, indent: &'static str) -> Block<'a> {
        Block {
            p,
            indent,
            pending: false,
        }
    }

    fn text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if std::mem::take(&mut self.pending) {
            self.p.fp_str(self.indent);
        }
        self.p.fp_str(s);
    }
}

impl std::fmt::Write for Block<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let mut lines = s.split('\n');
        if let Some(first) = lines.next() {
            self.text(first);
        }
        for l in lines {
            self.p.nl();
            self.pending = true;
            self.text(l);
        }
        Ok(())
    }
}

/// The printer of `ip xfrm`: plain text whatever `-j`/`-c` say (the reference has no other).
pub fn printer(opts: &Opts) -> Out {
    let mut o = opts.clone();
    o.json = false;
    o.pretty = false;
    o.color = crate::ip::opts::ColorMode::Never;
    o.printer()
}

/// An address of `family` (its first 4 bytes for inet), as text; other families in hex.
pub fn addr(family: u16, a: &[u8; 16]) -> String {
    match family {
        AF_INET => std::net::Ipv4Addr::new(a[0], a[1], a[2], a[3]).to_string(),
        AF_INET6 => std::net::Ipv6Addr::from(*a).to_string(),
        _ => "???".to_string(),
    }
}

/// The flags as the reference shows them under `-s`: eight binary digits after `0x`.
fn bits(flags: u8) -> String {
    format!("(0x{flags:08b})")
}

/// `flag NAMES` (unknown bits in hex), and under `-s` the bits; nothing without flags and `-s`.
fn flag_list(b: &mut Block, flags: u8, table: &[(&str, u8)], stats: bool) {
    if flags == 0 && !stats {
        return;
    }
    let _ = b.write_str("flag ");
    let mut rest = flags;
    let mut first = true;
    for (name, bit) in table {
        if rest & bit != 0 {
            if !first {
                let _ = b.write_str(" ");
            }
            let _ = b.write_str(name);
            first = false;
            rest &= !bit;
        }
    }
    if rest != 0 {
        if !first {
            let _ = b.write_str(" ");
        }
        let _ = write!(b, "{rest:x}");
    }
    if stats {
        let _ = write!(b, " {}", bits(flags));
    }
}

/// `src A/P dst B/P [proto P [ports|type/code|key]] [dev D] [uid U]` (the line goes on).
pub fn selector(b: &mut Block, s: &Selector, stats: bool) {
    let _ = write!(
        b,
        "src {}/{} dst {}/{} ",
        addr(s.family, &s.saddr),
        s.prefixlen_s,
        addr(s.family, &s.daddr),
        s.prefixlen_d
    );
    if s.proto != 0 {
        let _ = write!(b, "proto {} ", names::ipproto(s.proto));
        match s.proto {
            6 | 17 | 132 | 33 => {
                if s.sport_mask != 0 {
                    let _ = write!(b, "sport {} ", s.sport);
                }
                if s.dport_mask != 0 {
                    let _ = write!(b, "dport {} ", s.dport);
                }
            }
            1 | 58 | 135 => {
                if s.sport_mask != 0 {
                    let _ = write!(b, "type {} ", s.sport);
                }
                if s.dport_mask != 0 {
                    let _ = write!(b, "code {} ", s.dport);
                }
            }
            47 if s.sport_mask != 0 || s.dport_mask != 0 => {
                let key = (u32::from(s.sport) << 16) | u32::from(s.dport);
                let _ = write!(b, "key {key} ");
            }
            _ => {}
        }
    }
    if s.ifindex != 0 {
        let index = s.ifindex as u32;
        let name = ifnames::name(index);
        if name.is_empty() {
            let _ = write!(b, "dev if{index} ");
        } else {
            let _ = write!(b, "dev {name} ");
        }
    }
    if stats {
        let _ = write!(b, "uid {}", s.user);
    }
}

fn limit(v: u64) -> String {
    if v == u64::MAX {
        "(INF)".to_string()
    } else {
        v.to_string()
    }
}

fn date(t: u64) -> String {
    let tm = i64::try_from(t).ok().and_then(crate::sys::time::localtime);
    match tm {
        Some(tm) => format!(
            "{}-{:02}-{:02} {:02}:{:02}:{:02}",
            tm.year,
            tm.mon + 1,
            tm.mday,
            tm.hour,
            tm.min,
            tm.sec
        ),
        None => String::new(),
    }
}

/// The `-s` lifetime lines.
pub fn lifetimes(b: &mut Block, c: &LifetimeCfg, cur: &LifetimeCur) {
    let v = c.0;
    let _ = writeln!(b, "\tlifetime config:");
    let _ = writeln!(
        b,
        "\t  limit: soft {}(bytes), hard {}(bytes)",
        limit(v[0]),
        limit(v[1])
    );
    let _ = writeln!(
        b,
        "\t  limit: soft {}(packets), hard {}(packets)",
        limit(v[2]),
        limit(v[3])
    );
    let _ = writeln!(b, "\t  expire add: soft {}(sec), hard {}(sec)", v[4], v[5]);
    let _ = writeln!(b, "\t  expire use: soft {}(sec), hard {}(sec)", v[6], v[7]);
    let u = cur.0;
    let _ = writeln!(b, "\tlifetime current:");
    let _ = writeln!(b, "\t  {}(bytes), {}(packets)", u[0], u[1]);
    let used = if u[3] == 0 {
        "-".to_string()
    } else {
        date(u[3])
    };
    let added = if u[2] == 0 {
        "-".to_string()
    } else {
        date(u[2])
    };
    let _ = writeln!(b, "\t  add {added} use {used}");
}

fn mark_line(b: &mut Block, t: &Table<'_, XFRMA_MAX>) {
    if let Some((v, m)) = t.get(XFRMA_MARK).and_then(mark) {
        let _ = writeln!(b, "\tmark 0x{v:x}/0x{m:x} ");
    }
}

fn tmpl(b: &mut Block, t: &Tmpl, stats: bool) {
    let _ = writeln!(
        b,
        "\ttmpl src {} dst {}",
        addr(t.family, &t.saddr),
        addr(t.family, &t.daddr)
    );
    let _ = write!(b, "\t\tproto {} ", names::xfrm_proto(t.proto));
    if stats {
        let _ = write!(b, "spi 0x{:08x}({}) ", t.spi, t.spi);
        let _ = write!(b, "reqid {}(0x{:08x}) ", t.reqid, t.reqid);
    } else {
        if t.spi != 0 {
            let _ = write!(b, "spi 0x{:08x} ", t.spi);
        }
        let _ = write!(b, "reqid {} ", t.reqid);
    }
    let _ = writeln!(b, "mode {}", names::mode(t.mode));
    if t.optional != 0 || stats {
        let _ = b.write_str("\t\tlevel ");
        let _ = b.write_str(if t.optional != 0 { "use " } else { "required " });
        if stats {
            let _ = write!(b, "share {} ", names::share(t.share));
        }
        let _ = b.write_str("\n");
    }
    if stats {
        let _ = writeln!(
            b,
            "\t\tenc-mask {:x} auth-mask {:x} comp-mask {:x}",
            t.ealgos, t.aalgos, t.calgos
        );
    }
}

pub const POLICY_FLAGS: &[(&str, u8)] = &[("localok", 1), ("icmp", 2)];
pub const SA_FLAGS: &[(&str, u8)] = &[
    ("noecn", 1),
    ("decap-dscp", 2),
    ("nopmtudisc", 4),
    ("wildrecv", 8),
    ("icmp", 16),
    ("af-unspec", 32),
    ("align4", 64),
    ("esn", 128),
];

/// One policy's block.
pub fn policy(out: &mut Out, p: &PolicyInfo<'_>, opts: &Opts) {
    policy_lines(out, p, opts);
    end(out, opts);
}

/// The end of an object's block: its one line ends under `-o`.
pub fn end(out: &mut Out, opts: &Opts) {
    if opts.oneline {
        out.fp_str("\n");
    }
}

/// One more line of an object's block (`\thard 1` of an expiry).
pub fn line(out: &mut Out, text: std::fmt::Arguments) {
    let _ = Block::new(out).write_fmt(text);
}

/// A selector on one line (its newline not written).
pub fn selector_line(out: &mut Out, s: &Selector, stats: bool) {
    selector(&mut Block::new(out), s, stats);
}

/// A policy's lines, its block not ended.
pub fn policy_lines(out: &mut Out, p: &PolicyInfo<'_>, opts: &Opts) {
    policy_lines_indented(out, p, opts, "");
}

/// A policy's lines, each after the first behind `indent` (the policy of an acquire).
pub fn policy_lines_indented(out: &mut Out, p: &PolicyInfo<'_>, opts: &Opts, indent: &'static str) {
    let stats = opts.stats > 0;
    let t: Table<'_, XFRMA_MAX> = Table::new(p.attrs);
    let mut b = Block::indented(out, indent);
    selector(&mut b, &p.sel, stats);
    let _ = write!(b, "\n\tdir {} ", names::dir(p.dir));
    if stats || p.action != 0 {
        let _ = write!(b, "action {} ", names::action(p.action));
    }
    if stats {
        let _ = write!(b, "index {} ", p.index);
    }
    let _ = write!(b, "priority {} ", p.priority);
    if let Some(&ptype) = t.get(XFRMA_POLICY_TYPE).and_then(|v| v.first()) {
        let _ = write!(b, "ptype {} ", names::ptype(ptype));
    }
    if stats {
        let _ = write!(b, "share {} ", names::share(p.share));
    }
    flag_list(&mut b, p.flags, POLICY_FLAGS, stats);
    let _ = b.write_str("\n");
    if stats {
        lifetimes(&mut b, &p.lft, &p.cur);
    }
    mark_line(&mut b, &t);
    for (kind, v) in attrs(p.attrs) {
        if kind == XFRMA_TMPL {
            for tm in Tmpl::all(v) {
                tmpl(&mut b, &tm, stats);
            }
        }
    }
    if let Some(id) = t.u32(XFRMA_IF_ID) {
        let _ = writeln!(b, "\tif_id 0x{id:x}");
    }
}

/// One SA's block.
pub fn sa(out: &mut Out, s: &SaInfo<'_>, opts: &Opts) {
    sa_lines(out, s, opts);
    end(out, opts);
}

/// An SA's lines, its block not ended.
pub fn sa_lines(out: &mut Out, s: &SaInfo<'_>, opts: &Opts) {
    let stats = opts.stats > 0;
    let t: Table<'_, XFRMA_MAX> = Table::new(s.attrs);
    let mut b = Block::new(out);
    let _ = writeln!(
        b,
        "src {} dst {}",
        addr(s.family, &s.saddr),
        addr(s.family, &s.daddr)
    );
    let _ = write!(b, "\tproto {} ", names::xfrm_proto(s.proto));
    if stats {
        let _ = write!(b, "spi 0x{:08x}({}) ", s.spi, s.spi);
        let _ = write!(b, "reqid {}(0x{:08x}) ", s.reqid, s.reqid);
    } else {
        let _ = write!(b, "spi 0x{:08x} reqid {} ", s.spi, s.reqid);
    }
    let _ = writeln!(b, "mode {}", names::mode(s.mode));
    let _ = write!(b, "\treplay-window {} ", s.replay_window);
    if stats {
        let _ = write!(b, "seq 0x{:08x} ", s.seq);
    }
    flag_list(&mut b, s.flags, SA_FLAGS, stats);
    let _ = b.write_str("\n");
    mark_line(&mut b, &t);
    if let Some([oseq, seq, bitmap]) = t.get(XFRMA_REPLAY_VAL).and_then(replay_state) {
        let _ = writeln!(
            b,
            "\tanti-replay context: seq 0x{seq:x}, oseq 0x{oseq:x}, bitmap 0x{bitmap:08x}"
        );
    }
    let _ = b.write_str("\tsel ");
    let mut sel = s.sel;
    if sel.family == 0 {
        sel.family = s.family;
    }
    selector(&mut b, &sel, stats);
    let _ = b.write_str("\n");
    if stats {
        lifetimes(&mut b, &s.lft, &s.cur);
        let _ = writeln!(b, "\tstats:");
        let _ = writeln!(
            b,
            "\t  replay-window {} replay {} failed {}",
            s.stats[0], s.stats[1], s.stats[2]
        );
    }
}

/// The default policies (`getdefault`, and their change in `monitor`): in, fwd, out.
pub fn defaults(p: &mut Out, v: [u8; 3]) {
    let word = |v: u8| match v {
        1 => "block".to_string(),
        2 => "accept".to_string(),
        n => n.to_string(),
    };
    p.fp(format_args!(
        "Default policies:\n in:  {}\n fwd: {}\n out: {}\n",
        word(v[0]),
        word(v[1]),
        word(v[2])
    ));
}
