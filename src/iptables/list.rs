//! The printers: `-S` lines (iptables-save syntax) and `-L` tables (columns, `-n`, `-v`,
//! `-x`, `--line-numbers`), one rule at a time into the output buffer.

use super::ext::Target;
use super::family::Fam;
use super::rule::{proto_name, Iface, Net, Rule};
use crate::resolve::{self, services};

/// `-p` as -S writes it: /etc/protocols' name, iptables' own, or the number.
fn proto_word(p: u8) -> String {
    services::proto_name(p)
        .or_else(|| proto_name(p))
        .map(str::to_string)
        .unwrap_or_else(|| p.to_string())
}

fn save_addr(out: &mut String, flag: &str, a: &Option<(Net, bool)>) {
    if let Some((net, inv)) = a {
        if net.prefix() == Some(0) {
            return;
        }
        if *inv {
            out.push_str(" !");
        }
        out.push_str(flag);
        out.push_str(net.text().as_str());
    }
}

fn save_iface(out: &mut String, flag: &str, i: &Option<Iface>) {
    if let Some(i) = i {
        if i.name == "+" && !i.inv {
            return;
        }
        if i.inv {
            out.push_str(" !");
        }
        out.push_str(flag);
        out.push_str(&i.name);
    }
}

/// One `-A CHAIN …` line (with `-c P B` before the target under -v).
pub fn save_rule(out: &mut String, chain: &str, r: &Rule, counters: bool) {
    out.push_str("-A ");
    out.push_str(chain);
    save_addr(out, " -s ", &r.src);
    save_addr(out, " -d ", &r.dst);
    save_iface(out, " -i ", &r.iif);
    save_iface(out, " -o ", &r.oif);
    if let Some((p, inv)) = r.proto {
        if inv {
            out.push_str(" !");
        }
        out.push_str(" -p ");
        out.push_str(&proto_word(p));
    }
    match r.frag {
        Some(true) => out.push_str(" -f"),
        Some(false) => out.push_str(" ! -f"),
        None => {}
    }
    let ctx = r.ctx(true);
    for m in &r.matches {
        out.push_str(" -m ");
        out.push_str(m.name());
        m.save(out, &ctx);
    }
    if counters {
        out.push_str(&format!(" -c {} {}", r.counters.0, r.counters.1));
    }
    r.target.save(out, &ctx);
    out.push('\n');
}

/// The options of `-L`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    pub numeric: bool,
    pub verbose: bool,
    pub exact: bool,
    pub line_numbers: bool,
}

/// `Chain NAME (policy P …)` / `Chain NAME (N references)` and the column header.
pub fn chain_header(
    out: &mut String,
    s: Style,
    name: &str,
    policy: Option<(&str, u64, u64)>,
    refs: u32,
) {
    out.push_str("Chain ");
    out.push_str(name);
    match policy {
        Some((p, pk, by)) if s.verbose => {
            out.push_str(&format!(" (policy {p} {pk} packets, {by} bytes)\n"))
        }
        Some((p, _, _)) => out.push_str(&format!(" (policy {p})\n")),
        None => out.push_str(&format!(" ({refs} references)\n")),
    }
    columns(out, s);
}

/// The header of -L's columns.
pub fn columns(out: &mut String, s: Style) {
    if s.line_numbers {
        out.push_str("num  ");
    }
    if s.verbose {
        out.push_str(if s.exact {
            "    pkts      bytes "
        } else {
            " pkts bytes "
        });
    }
    out.push_str("target     prot opt ");
    if s.verbose {
        out.push_str("in     out     ");
    }
    out.push_str("source               destination         \n");
}

/// `s` left-aligned in `width` columns (longer text is not cut).
fn pad(out: &mut String, s: &str, width: usize) {
    out.push_str(s);
    for _ in s.len()..width {
        out.push(' ');
    }
}

/// `n` right-aligned in `width` columns.
fn rpad_num(out: &mut String, n: u64, width: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut v = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for _ in (digits.len() - i)..width {
        out.push(' ');
    }
    out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or("0"));
}

/// A counter in -L -v's width: exact (`%8llu`) or shortened with K/M/G/T (`%5llu`).
fn count(out: &mut String, n: u64, exact: bool) {
    if exact {
        rpad_num(out, n, 8);
        out.push(' ');
        return;
    }
    if n <= 99999 {
        rpad_num(out, n, 5);
        out.push(' ');
        return;
    }
    let mut n = n;
    for unit in ['K', 'M', 'G', 'T'] {
        n = (n + 500) / 1000;
        if n <= 9999 || unit == 'T' {
            rpad_num(out, n, 4);
            out.push(unit);
            out.push(' ');
            return;
        }
    }
}

/// An address column: `!` (or a space), the text, padded to 20 columns together, a space.
fn addr_col(out: &mut String, a: &Option<(Net, bool)>, numeric: bool, fam: Fam) {
    let (net, inv) = a.unwrap_or((Net::any(fam), false));
    out.push(if inv { '!' } else { ' ' });
    let prefix = net.prefix();
    // ip6tables: any address of zeros, whatever its mask
    let any = match fam {
        Fam::V4 => prefix == Some(0),
        Fam::V6 => net.addr == [0; 16],
    };
    if any && !numeric {
        return pad19(out, "anywhere");
    }
    let host = net.is_host();
    let text = net.text();
    let mask = text.as_str().split_once('/').map(|(_, m)| m).unwrap_or("");
    // A name: the host's (hosts file, DNS), else the network's (/etc/networks).
    let ip = net.host();
    let name = if numeric || (fam == Fam::V6 && !host) {
        None
    } else {
        resolve::name_of(ip.as_str()).or_else(|| {
            let a = &net.addr;
            (!net.fam.is_v6())
                .then(|| services::network_name([a[0], a[1], a[2], a[3]]))
                .flatten()
                .map(str::to_string)
        })
    };
    match (name, host) {
        (Some(n), true) => pad19(out, &n),
        (Some(n), false) => {
            let mut t = String::with_capacity(n.len() + 1 + mask.len());
            t.push_str(&n);
            t.push('/');
            t.push_str(mask);
            pad19(out, &t)
        }
        (None, true) => pad19(out, ip.as_str()),
        (None, false) => pad19(out, text.as_str()),
    }
}

/// `s` padded to 19 columns, then the column's separating space.
fn pad19(out: &mut String, s: &str) {
    pad(out, s, 19);
    out.push(' ');
}

fn iface_text(i: &Option<Iface>, numeric: bool) -> String {
    match i {
        Some(i) if i.name != "+" || i.inv => format!("{}{}", if i.inv { "!" } else { "" }, i.name),
        _ if numeric => "*".to_string(),
        _ => "any".to_string(),
    }
}

/// One row of -L.
pub fn list_rule(out: &mut String, s: Style, num: usize, r: &Rule) {
    if s.line_numbers {
        let before = out.len();
        rpad_num(out, num as u64, 0);
        let w = out.len() - before;
        for _ in w..4 {
            out.push(' ');
        }
        out.push(' ');
    }
    if s.verbose {
        count(out, r.counters.0, s.exact);
        count(out, r.counters.1, s.exact);
    }
    pad(out, r.target.list_name().unwrap_or(""), 9);
    out.push(' ');
    let (p, inv) = r.proto.unwrap_or((0, false));
    out.push(if inv { '!' } else { ' ' });
    if s.numeric {
        let before = out.len();
        rpad_num(out, u64::from(p), 0);
        for _ in (out.len() - before)..4 {
            out.push(' ');
        }
    } else if p == 0 {
        out.push_str("all ");
    } else {
        pad(out, &proto_word(p), 4);
    }
    out.push(' ');
    out.push_str(match r.frag {
        Some(true) => "-f",
        Some(false) => "!f",
        None => "--",
    });
    out.push(' ');
    if s.verbose {
        out.push(' ');
        pad(out, &iface_text(&r.iif, s.numeric), 6);
        out.push(' ');
        pad(out, &iface_text(&r.oif, s.numeric), 6);
        out.push(' ');
    }
    addr_col(out, &r.src, s.numeric, r.fam);
    addr_col(out, &r.dst, s.numeric, r.fam);
    if matches!(
        r.target,
        Target::Verdict(super::ext::verdict::Verdict::Goto(_))
    ) {
        out.push_str("[goto] ");
    }
    let ctx = r.ctx(s.numeric);
    for m in &r.matches {
        m.print(out, &ctx);
    }
    r.target.print(out, &ctx);
    out.push('\n');
}

/// The rule `-v` echoes for -A/-I/-R/-D/-C: `TARGET  PROTO opt -- in IF out IF  SRC  -> DST  …`.
pub fn echo_rule(out: &mut String, r: &Rule) {
    let target = r.target.list_name().unwrap_or("");
    let (p, inv) = r.proto.unwrap_or((0, false));
    let pname = if p == 0 {
        "all".to_string()
    } else {
        proto_word(p)
    };
    let iface = |i: &Option<Iface>| iface_text(i, true);
    let addr = |a: &Option<(Net, bool)>| {
        let (net, inv) = a.unwrap_or((Net::any(r.fam), false));
        let text = if net.is_host() {
            net.host()
        } else {
            net.text()
        };
        (if inv { '!' } else { ' ' }, text)
    };
    let frag = match r.frag {
        Some(true) => "-f",
        Some(false) => "!f",
        None => "--",
    };
    let (si, st) = addr(&r.src);
    let (di, dt) = addr(&r.dst);
    let (st, dt) = (st.as_str(), dt.as_str());
    let (pi, ii, oi) = (if inv { '!' } else { ' ' }, iface(&r.iif), iface(&r.oif));
    // ip6tables puts the destination's `!` before the arrow
    out.push_str(&match r.fam {
        Fam::V4 => {
            format!("{target} {pi}{pname} opt {frag} in {ii} out {oi} {si}{st}  ->{di}{dt}  ")
        }
        Fam::V6 => {
            format!("{target} {pi}{pname} opt {frag} in {ii} out {oi} {si}{st} {di}-> {dt}  ")
        }
    });
    if matches!(
        r.target,
        Target::Verdict(super::ext::verdict::Verdict::Goto(_))
    ) {
        out.push_str("[goto] ");
    }
    let ctx = r.ctx(true);
    for m in &r.matches {
        m.print(out, &ctx);
    }
    r.target.print(out, &ctx);
    out.push('\n');
}
