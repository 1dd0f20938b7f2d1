//! `arp` (net-tools 2.10): the options, then the listing (show.rs: /proc/net/arp, Linux
//! style or BSD style `-a`) or a change (set.rs: `-s`, `-Ds`, `-d`, `-f`, through the
//! kernel's SIOCSARP/SIOCDARP in ioctl.rs).

mod ioctl;
mod opts;
mod set;
mod show;

use opts::{Mode, Opts, HW_LIST, USAGE};

use crate::error::{Error, Result};

const VERSION: &str = "net-tools 2.10\n+I18N +SELINUX\nAF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\nHW: (ether) +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 \n";

fn usage_error(msg: &str) -> Error {
    Error::arp_usage_text(format!("{msg}\n{USAGE}{HW_LIST}"))
}

pub fn main(args: crate::cli::Args) -> Result<()> {
    use lexopt::prelude::*;
    let mut o = Opts {
        bsd: false,
        linux: false,
        hw: None,
        numeric: false,
        verbose: false,
        device: None,
        words: Vec::new(),
        mode: Mode::Show,
        use_device: false,
    };
    let mut p = lexopt::Parser::from_args(args.rest_raw().to_vec());
    // getopt's wording for an option without its value
    let missing = |c: char| usage_error(&format!("arp: option requires an argument -- '{c}'"));
    loop {
        let arg = match p.next() {
            Ok(Some(a)) => a,
            Ok(None) => break,
            Err(e) => return Err(usage_error(&format!("arp: {e}"))),
        };
        match arg {
            Short('a') | Long("all") => o.bsd = true,
            Short('e') => o.linux = true,
            Short('n') | Long("numeric") => o.numeric = true,
            Short('v') | Long("verbose") => o.verbose = true,
            Short('V') | Long("version") => {
                print!("{VERSION}");
                return Ok(());
            }
            Short('h') | Long("help") => {
                print!("{USAGE}");
                eprint!("{HW_LIST}");
                return Ok(());
            }
            Short('i') | Long("device") => {
                let v = p.value().map_err(|_| missing('i'))?;
                o.device = Some(v.to_string_lossy().into_owned());
            }
            Short('H') | Short('t') | Long("hw-type") => {
                let v = p.value().map_err(|_| missing('H'))?;
                let v = v.to_string_lossy().into_owned();
                let t = hw_name_known(&v).ok_or_else(|| {
                    Error::arp_fail(format_args!("arp: {v}: unknown hardware type."))
                })?;
                o.hw = Some(t);
            }
            Short('A') | Short('p') | Long("protocol") => {
                let v = p.value().map_err(|_| missing('A'))?;
                let v = v.to_string_lossy().into_owned();
                match v.as_str() {
                    "inet" => {}
                    "inet6" | "unix" | "ipx" | "ax25" | "netrom" | "x25" | "ddp" | "econet"
                    | "rose" => {
                        return Err(Error::arp_fail(format_args!(
                            "arp: {v}: kernel only supports 'inet'."
                        )))
                    }
                    _ => {
                        return Err(Error::arp_fail(format_args!(
                            "arp: {v}: unknown address family."
                        )))
                    }
                }
            }
            Short('s') | Long("set") => o.mode = Mode::Set,
            Short('d') | Long("delete") => o.mode = Mode::Delete,
            Short('f') | Long("file") => o.mode = Mode::File,
            Short('D') | Long("use-device") => o.use_device = true,
            Short(c) => return Err(usage_error(&format!("arp: invalid option -- '{c}'"))),
            Long(l) => return Err(usage_error(&format!("arp: unrecognized option '--{l}'"))),
            Value(v) => o.words.push(v.to_string_lossy().into_owned()),
        }
    }
    match o.mode {
        Mode::Show => show::display(&o),
        Mode::Set => set::set(&o),
        Mode::Delete => set::delete(&o),
        Mode::File => set::file(&o),
    }
}

fn hw_name_known(name: &str) -> Option<u32> {
    [1u32, 3, 0, 270, 7, 15, 774, 780, 783, 271, 27, 781]
        .into_iter()
        .find(|&t| show::hw_name(t) == Some(name))
}
