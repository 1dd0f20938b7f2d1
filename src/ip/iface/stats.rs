//! `ip -s link`: the RX/TX counter block (IFLA_STATS64, else the 32-bit IFLA_STATS), plain
//! columns sized to fit, and JSON; `ip stats` prints its link counters with it too.

use crate::netlink::rtnl::link::{Link, IFLA_CARRIER_CHANGES, IFLA_STATS, IFLA_STATS64};
use crate::output::Printer;
use std::io::Write;

/// Fields of struct rtnl_link_stats64 (and, up to rx_nohandler, of the 32-bit struct
/// rtnl_link_stats), by position.
#[derive(Clone, Copy)]
enum F {
    RxPackets = 0,
    TxPackets,
    RxBytes,
    TxBytes,
    RxErrors,
    TxErrors,
    RxDropped,
    TxDropped,
    Multicast,
    Collisions,
    RxLength,
    RxOver,
    RxCrc,
    RxFrame,
    RxFifo,
    RxMissed,
    TxAborted,
    TxCarrier,
    TxFifo,
    TxHeartbeat,
    TxWindow,
    RxCompressed,
    TxCompressed,
    RxNohandler,
    RxOtherhost,
}

/// The 25 fields of struct rtnl_link_stats64, in the order of [`F`].
pub type Counters = [u64; 25];

/// The first `n` fields of a struct of `N`-byte words as the reference reads them: the
/// attribute copied over a zeroed struct (a short one leaves the later fields 0, a longer
/// one is cut; x86 byte order).
fn read<const N: usize>(raw: &[u8], n: usize) -> Counters {
    let mut v = [0u64; 25];
    for (x, c) in v.iter_mut().zip(raw.chunks(N)).take(n) {
        let mut b = [0u8; 8];
        if let Some(d) = b.get_mut(..c.len()) {
            d.copy_from_slice(c);
        }
        *x = u64::from_le_bytes(b);
    }
    v
}

/// The link's counters and their JSON key: IFLA_STATS64, else IFLA_STATS.
pub fn of_link(l: &Link) -> Option<(Counters, &'static str)> {
    if let Some(s) = l.get(IFLA_STATS64) {
        return Some((read::<8>(s, 25), "stats64"));
    }
    // The 32-bit struct has no rx_otherhost_dropped: 0 here. (The reference prints whatever
    // its own copy of the field held, uninitialised memory; the kernel sends IFLA_STATS64.)
    Some((read::<4>(l.get(IFLA_STATS)?, 24), "stats"))
}

/// The counters of struct rtnl_link_stats64 `raw` (`ip stats`).
pub fn of64(raw: &[u8]) -> Counters {
    read::<8>(raw, 25)
}

/// A counter as `-h` / `-iec` print it (three significant digits), else the plain number.
fn human(v: u64, human: u32, iec: bool) -> String {
    if human == 0 {
        return v.to_string();
    }
    let base = if iec { 1024.0 } else { 1000.0 };
    let units = ["", "k", "M", "G", "T", "P", "E"];
    let mut x = v as f64;
    let mut u = 0;
    while x >= base && u + 1 < units.len() {
        x /= base;
        u += 1;
    }
    let prec = if x < 10.0 {
        2
    } else if x < 100.0 {
        1
    } else {
        0
    };
    match units.get(u) {
        Some(&unit) if u > 0 => format!("{x:.prec$}{unit}{}", if iec { "i" } else { "" }),
        _ => v.to_string(),
    }
}

#[derive(Clone, Copy)]
pub struct Fmt {
    pub human: u32,
    pub iec: bool,
    /// Start with a line break (after the link lines) rather than on a fresh line.
    pub lead_nl: bool,
}

/// The counter block after the link lines; false (nothing printed) when the link has no
/// counters.
pub fn print<W: Write>(p: &mut Printer<W>, l: &Link, level: u32, f: &Fmt) -> bool {
    let Some((v, key)) = of_link(l) else {
        return false;
    };
    let changes = l.u32(IFLA_CARRIER_CHANGES).unwrap_or(0) as u64;
    counters(p, key, Some(changes), &v, level, f);
    true
}

/// The counter block of `v` (JSON object `key`); `changes` (the carrier changes of
/// `ip -s -s link`) ends the TX errors when known (`ip stats` has none). The rarely set
/// counters appear only when nonzero: `compressed` as a seventh RX / TX column (its empty
/// head otherwise), `nohandler` (in that column) and `otherhost` after the RX errors.
pub fn counters<W: Write>(
    p: &mut Printer<W>,
    key: &str,
    changes: Option<u64>,
    v: &Counters,
    level: u32,
    f: &Fmt,
) {
    let g = |x: F| v.get(x as usize).copied().unwrap_or(0);
    use F::*;
    let rx = [
        RxBytes,
        RxPackets,
        RxErrors,
        RxDropped,
        RxMissed,
        Multicast,
        RxCompressed,
    ];
    let tx = [
        TxBytes,
        TxPackets,
        TxErrors,
        TxDropped,
        TxCarrier,
        Collisions,
        TxCompressed,
    ];
    let rx_err = [
        RxLength,
        RxCrc,
        RxFrame,
        RxFifo,
        RxOver,
        RxNohandler,
        RxOtherhost,
    ];
    let tx_err = [TxAborted, TxFifo, TxWindow, TxHeartbeat];
    let detail = level > 1;
    if p.is_json() {
        p.open_object(Some(key));
        let opt = |p: &mut Printer<W>, k: &str, x: F| {
            if g(x) != 0 {
                p.json(k, &g(x));
            }
        };
        p.open_object(Some("rx"));
        let keys = [
            "bytes",
            "packets",
            "errors",
            "dropped",
            "over_errors",
            "multicast",
        ];
        for (k, x) in keys
            .iter()
            .zip([RxBytes, RxPackets, RxErrors, RxDropped, RxOver, Multicast])
        {
            p.json(k, &g(x));
        }
        opt(p, "compressed", RxCompressed);
        if detail {
            let keys = [
                "length_errors",
                "crc_errors",
                "frame_errors",
                "fifo_errors",
                "missed_errors",
            ];
            for (k, x) in keys
                .iter()
                .zip([RxLength, RxCrc, RxFrame, RxFifo, RxMissed])
            {
                p.json(k, &g(x));
            }
            opt(p, "nohandler", RxNohandler);
            opt(p, "otherhost", RxOtherhost);
        }
        p.close_object();
        p.open_object(Some("tx"));
        let keys = [
            "bytes",
            "packets",
            "errors",
            "dropped",
            "carrier_errors",
            "collisions",
        ];
        for (k, x) in keys.iter().zip(tx) {
            p.json(k, &g(x));
        }
        opt(p, "compressed", TxCompressed);
        if detail {
            let keys = [
                "aborted_errors",
                "fifo_errors",
                "window_errors",
                "heartbeat_errors",
            ];
            for (k, x) in keys.iter().zip(tx_err) {
                p.json(k, &g(x));
            }
            if let Some(c) = changes {
                p.json("carrier_changes", &c);
            }
        }
        p.close_object();
        p.close_object();
        return;
    }
    let txt = |x: u64| human(x, f.human, f.iec);
    let rx: Vec<String> = rx.iter().map(|&x| txt(g(x))).collect();
    let tx: Vec<String> = tx.iter().map(|&x| txt(g(x))).collect();
    let rx_err: Vec<String> = rx_err.iter().map(|&x| txt(g(x))).collect();
    let mut tx_err: Vec<String> = tx_err.iter().map(|&x| txt(g(x))).collect();
    // column widths: at least the defaults, wide enough for every value in the column; the
    // reference sizes the columns one to the right of the TX errors it prints (and not for
    // the carrier changes)
    let mut w = [10usize, 7, 6, 7, 7, 7, 10, 9];
    let mut widen = |row: &[String], from: usize| {
        for (i, s) in row.iter().enumerate() {
            if let Some(c) = w.get_mut(i + from) {
                *c = (*c).max(s.len());
            }
        }
    };
    widen(&rx, 0);
    widen(&tx, 0);
    if detail {
        widen(&rx_err, 1);
        widen(&tx_err, 2);
    }
    let wd = |i: usize| w.get(i).copied().unwrap_or(0);
    if let Some(c) = changes {
        tx_err.push(c.to_string());
    }
    let nonzero = |x: F| g(x) != 0;
    let mut first_line = !f.lead_nl;
    let mut head = |p: &mut Printer<W>, title: &str, words: [&str; 6], compressed: bool| {
        if !std::mem::take(&mut first_line) {
            p.nl();
        }
        p.fp(format_args!(
            "    {title}{:>width$}",
            words[0],
            width = wd(0) - title.len()
        ));
        for (i, word) in words.iter().enumerate().skip(1) {
            p.fp(format_args!(" {word:>width$}", width = wd(i)));
        }
        let word = if compressed { "compressed" } else { "" };
        p.fp(format_args!(" {word:>width$}", width = wd(6)));
    };
    // a row of values from column `from` on (the empty first column of the error rows)
    let values = |p: &mut Printer<W>, first: Option<&str>, vals: &[&String]| {
        p.nl();
        p.fp(format_args!("    {:>w0$}", first.unwrap_or(""), w0 = wd(0)));
        for (i, v) in vals.iter().enumerate() {
            p.fp(format_args!(" {v:>width$}", width = wd(i + 1)));
        }
        p.fp_str(" ");
    };
    // an errors line and its values: (head word, value, column) each
    // (a column without a value: a head only)
    let err_row = |p: &mut Printer<W>, title: &str, cols: &[(&str, Option<&str>, usize)]| {
        p.nl();
        p.fp(format_args!("    {title:<w0$}", w0 = wd(0)));
        for (word, _, c) in cols {
            p.fp(format_args!(" {word:>width$}", width = wd(*c)));
        }
        p.nl();
        p.fp(format_args!("    {:w0$}", "", w0 = wd(0)));
        for (_, v, c) in cols {
            let Some(v) = v else { continue };
            p.fp(format_args!(" {v:>width$}", width = wd(*c)));
        }
        p.fp_str(" ");
    };
    // the main rows: six columns, the seventh (compressed) when nonzero
    fn main(row: &[String], comp: bool) -> Vec<&String> {
        row.iter().skip(1).take(if comp { 6 } else { 5 }).collect()
    }
    let rx_comp = nonzero(RxCompressed);
    head(
        p,
        "RX:",
        ["bytes", "packets", "errors", "dropped", "missed", "mcast"],
        rx_comp,
    );
    values(p, rx.first().map(String::as_str), &main(&rx, rx_comp));
    if detail {
        let words = [
            "length",
            "crc",
            "frame",
            "fifo",
            "overrun",
            "nohandler",
            "otherhost",
        ];
        // nohandler (in the compressed column) and otherhost (after it) only when nonzero
        let shown = [
            true,
            true,
            true,
            true,
            true,
            nonzero(RxNohandler),
            nonzero(RxOtherhost),
        ];
        let cols: Vec<(&str, Option<&str>, usize)> = words
            .iter()
            .zip(&rx_err)
            .zip(shown)
            .enumerate()
            .filter(|(_, (_, s))| *s)
            .map(|(i, ((w, v), _))| (*w, Some(v.as_str()), i + 1))
            .collect();
        err_row(p, "RX errors:", &cols);
    }
    let tx_comp = nonzero(TxCompressed);
    let words = [
        "bytes", "packets", "errors", "dropped", "carrier", "collsns",
    ];
    head(p, "TX:", words, tx_comp);
    values(p, tx.first().map(String::as_str), &main(&tx, tx_comp));
    if detail {
        let mut cols: Vec<(&str, Option<&str>, usize)> = ["aborted", "fifo", "window", "heartbt"]
            .iter()
            .zip(&tx_err)
            .enumerate()
            .map(|(i, (w, v))| (*w, Some(v.as_str()), i + 1))
            .collect();
        // the carrier changes; `ip stats` has none but the column's blank head
        cols.push(match changes {
            Some(_) => ("transns", tx_err.last().map(String::as_str), 5),
            None => ("", None, 5),
        });
        err_row(p, "TX errors:", &cols);
    }
}

#[cfg(test)]
mod tests {
    use super::human;

    #[test]
    fn human_units_like_ip() {
        assert_eq!(human(5713728, 1, false), "5.71M");
        assert_eq!(human(4003, 1, false), "4.00k");
        assert_eq!(human(5713728, 1, true), "5.45Mi");
        assert_eq!(human(4003, 1, true), "3.91ki");
        assert_eq!(human(0, 1, false), "0");
        assert_eq!(human(999, 1, false), "999");
        assert_eq!(human(4003, 0, false), "4003");
        // three significant digits, the precision chosen before rounding
        assert_eq!(human(9995, 1, false), "9.99k");
        assert_eq!(human(9999, 1, false), "10.00k");
        assert_eq!(human(99950, 1, false), "100.0k");
        assert_eq!(human(999500, 1, false), "1000k");
        assert_eq!(human(123456789012, 1, false), "123G");
        assert_eq!(human(u64::MAX, 1, false), "18.4E");
        assert_eq!(human(u64::MAX, 1, true), "16.0Ei");
        assert_eq!(human(1048575, 1, true), "1024ki");
    }
}
