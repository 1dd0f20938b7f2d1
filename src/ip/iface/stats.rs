//! `ip -s link`: the RX/TX counter block (IFLA_STATS64), plain columns sized to fit, and JSON.

use crate::ip::opts::Out;
use crate::netlink::rtnl::link::{Link, IFLA_CARRIER_CHANGES};
use crate::output::Printer;
use std::io::Write;

/// Fields of struct rtnl_link_stats64, by position.
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
}

fn get(raw: &[u8], f: F) -> u64 {
    let i = f as usize * 8;
    raw.get(i..i + 8)
        .and_then(|b| b.try_into().ok())
        .map(u64::from_ne_bytes)
        .unwrap_or(0)
}

/// A counter as `-h` / `-iec` print it, else the plain number.
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
    if u == 0 {
        v.to_string()
    } else if iec {
        format!("{x:.2}{}i", units[u])
    } else {
        format!("{x:.2}{}", units[u])
    }
}

#[derive(Clone, Copy)]
pub struct Fmt {
    pub human: u32,
    pub iec: bool,
    /// Start with a line break (after the link lines) rather than on a fresh line.
    pub lead_nl: bool,
}

/// The counter block after the link lines.
pub fn print(p: &mut Out, l: &Link, raw: &[u8], level: u32, f: &Fmt) {
    let changes = l.u32(IFLA_CARRIER_CHANGES).unwrap_or(0) as u64;
    counters(p, Some(changes), raw, level, f);
}

/// The counter block of struct rtnl_link_stats64 `raw`; `changes` (the carrier changes of
/// `ip -s -s link`) ends the TX errors when known (`ip stats` has none).
pub fn counters<W: Write>(
    p: &mut Printer<W>,
    changes: Option<u64>,
    raw: &[u8],
    level: u32,
    f: &Fmt,
) {
    let rx = [
        get(raw, F::RxBytes),
        get(raw, F::RxPackets),
        get(raw, F::RxErrors),
        get(raw, F::RxDropped),
        get(raw, F::RxMissed),
        get(raw, F::Multicast),
    ];
    let tx = [
        get(raw, F::TxBytes),
        get(raw, F::TxPackets),
        get(raw, F::TxErrors),
        get(raw, F::TxDropped),
        get(raw, F::TxCarrier),
        get(raw, F::Collisions),
    ];
    let rx_err = [
        get(raw, F::RxLength),
        get(raw, F::RxCrc),
        get(raw, F::RxFrame),
        get(raw, F::RxFifo),
        get(raw, F::RxOver),
    ];
    let tx_err = [
        get(raw, F::TxAborted),
        get(raw, F::TxFifo),
        get(raw, F::TxWindow),
        get(raw, F::TxHeartbeat),
        changes.unwrap_or(0),
    ];
    let tx_err = &tx_err[..if changes.is_some() { 5 } else { 4 }];
    if p.is_json() {
        p.open_object(Some("stats64"));
        p.open_object(Some("rx"));
        let keys = [
            "bytes",
            "packets",
            "errors",
            "dropped",
            "over_errors",
            "multicast",
        ];
        let vals = [rx[0], rx[1], rx[2], rx[3], get(raw, F::RxOver), rx[5]];
        for (k, v) in keys.iter().zip(vals) {
            p.json(k, &v);
        }
        if level > 1 {
            let keys = [
                "length_errors",
                "crc_errors",
                "frame_errors",
                "fifo_errors",
                "missed_errors",
            ];
            let vals = [
                rx_err[0],
                rx_err[1],
                rx_err[2],
                rx_err[3],
                get(raw, F::RxMissed),
            ];
            for (k, v) in keys.iter().zip(vals) {
                p.json(k, &v);
            }
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
        for (k, v) in keys.iter().zip(tx) {
            p.json(k, &v);
        }
        if level > 1 {
            let keys = [
                "aborted_errors",
                "fifo_errors",
                "window_errors",
                "heartbeat_errors",
                "carrier_changes",
            ];
            for (k, v) in keys.iter().zip(tx_err.iter().copied()) {
                p.json(k, &v);
            }
        }
        p.close_object();
        p.close_object();
        return;
    }
    let txt = |v: &[u64]| -> Vec<String> { v.iter().map(|&x| human(x, f.human, f.iec)).collect() };
    let (rx, tx, rx_err, tx_err) = (txt(&rx), txt(&tx), txt(&rx_err), txt(tx_err));
    // column widths: at least the defaults, wide enough for every value in the column
    let mut w = [10usize, 7, 6, 7, 7, 7];
    for row in [&rx, &tx] {
        for (i, s) in row.iter().enumerate() {
            w[i] = w[i].max(s.len());
        }
    }
    if level > 1 {
        for row in [&rx_err, &tx_err] {
            for (i, s) in row.iter().enumerate() {
                w[i + 1] = w[i + 1].max(s.len());
            }
        }
    }
    let mut first_line = !f.lead_nl;
    let mut head = |p: &mut Printer<W>, title: &str, words: [&str; 6]| {
        if !std::mem::take(&mut first_line) {
            p.nl();
        }
        p.fp(format_args!(
            "    {title}{:>width$}",
            words[0],
            width = w[0] - title.len()
        ));
        for (i, word) in words.iter().enumerate().skip(1) {
            p.fp(format_args!(" {word:>width$}", width = w[i]));
        }
        // the empty head of the `compressed` column (printed only when nonzero)
        p.fp_str("           ");
    };
    let values = |p: &mut Printer<W>, first: Option<&str>, vals: &[String]| {
        p.nl();
        p.fp(format_args!("    {:>w0$}", first.unwrap_or(""), w0 = w[0]));
        for (i, v) in vals.iter().enumerate() {
            p.fp(format_args!(" {v:>width$}", width = w[i + 1]));
        }
        p.fp_str(" ");
    };
    let err_head = |p: &mut Printer<W>, title: &str, words: [&str; 5]| {
        p.nl();
        p.fp(format_args!("    {title:<w0$}", w0 = w[0]));
        for (i, word) in words.iter().enumerate() {
            p.fp(format_args!(" {word:>width$}", width = w[i + 1]));
        }
    };
    head(
        p,
        "RX:",
        ["bytes", "packets", "errors", "dropped", "missed", "mcast"],
    );
    values(p, Some(&rx[0]), &rx[1..]);
    if level > 1 {
        err_head(
            p,
            "RX errors:",
            ["length", "crc", "frame", "fifo", "overrun"],
        );
        values(p, None, &rx_err);
    }
    head(
        p,
        "TX:",
        [
            "bytes", "packets", "errors", "dropped", "carrier", "collsns",
        ],
    );
    values(p, Some(&tx[0]), &tx[1..]);
    if level > 1 {
        err_head(
            p,
            "TX errors:",
            [
                "aborted",
                "fifo",
                "window",
                "heartbt",
                if changes.is_some() { "transns" } else { "" },
            ],
        );
        values(p, None, &tx_err);
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
    }
}
