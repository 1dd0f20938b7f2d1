//! The one error value: the exact text the reference prints on stderr and its exit code.
//! `main` is the only place that prints it and exits.

use std::fmt;
use std::io;

/// An error as the user sees it: `text` goes to stderr verbatim, then the process exits with `code`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Everything to print on stderr (usually ends in a newline; empty when already reported).
    pub text: String,
    /// The exit status (see [`exit`]).
    pub code: i32,
}

pub type Result<T> = std::result::Result<T, Error>;

/// The exit statuses, named per applet.
pub mod exit {
    /// `ip`: a local failure (a bad value, a missing device, a failed dump).
    pub const IP_FAIL: i32 = 1;
    /// `ip`: the kernel refused the request.
    pub const IP_KERNEL: i32 = 2;
    /// `ip`: `parse_one_of` refusals exit with EINVAL.
    pub const IP_EINVAL: i32 = 22;
    /// `ip`: a usage error, a help screen, a failed namespace switch.
    pub const IP_USAGE: i32 = 255;
    /// `arp`: a usage error (net-tools' E_USAGE).
    pub const ARP_USAGE: i32 = 3;
    /// `arp`: any other failure (net-tools exits with -1).
    pub const ARP_FAIL: i32 = 255;
    /// `iptables`: xtables OTHER_PROBLEM (a kernel refusal in its words).
    pub const IPT_OTHER: i32 = 1;
    /// `iptables`: xtables PARAMETER_PROBLEM (bad command line).
    pub const IPT_PARAMETER: i32 = 2;
    /// `iptables`: xtables VERSION_PROBLEM (no such table).
    pub const IPT_VERSION: i32 = 3;
    /// `iptables`: xtables RESOURCE_PROBLEM (a failed chain deletion).
    pub const IPT_RESOURCE: i32 = 4;
    /// `ipkit` itself (`--install`, an unknown applet).
    pub const IPKIT_FAIL: i32 = 1;
}

impl Error {
    /// A one-line message; a newline is appended.
    fn line(code: i32, line: impl fmt::Display) -> Error {
        Error {
            text: format!("{line}\n"),
            code,
        }
    }
    /// Text printed exactly as given (usage screens end with their own newline).
    fn text(code: i32, text: impl Into<String>) -> Error {
        Error {
            text: text.into(),
            code,
        }
    }

    /// `ip`: a local failure, exit 1.
    pub fn ip_fail(line: impl fmt::Display) -> Error {
        Error::line(exit::IP_FAIL, line)
    }
    /// `ip`: several lines (or a usage screen) as given, exit 1.
    pub fn ip_fail_text(text: impl Into<String>) -> Error {
        Error::text(exit::IP_FAIL, text)
    }
    /// `ip`: the kernel's refusal in ip's words, exit 2.
    pub fn ip_kernel(line: impl fmt::Display) -> Error {
        Error::line(exit::IP_KERNEL, line)
    }
    /// `ip`: a `parse_one_of` refusal, exit 22.
    pub fn ip_einval(line: impl fmt::Display) -> Error {
        Error::line(exit::IP_EINVAL, line)
    }
    /// `ip`: a usage error, exit 255.
    pub fn ip_usage(line: impl fmt::Display) -> Error {
        Error::line(exit::IP_USAGE, line)
    }
    /// `ip`: a usage screen as given, exit 255.
    pub fn ip_usage_text(text: impl Into<String>) -> Error {
        Error::text(exit::IP_USAGE, text)
    }
    /// `arp`: a failure, exit 255.
    pub fn arp_fail(line: impl fmt::Display) -> Error {
        Error::line(exit::ARP_FAIL, line)
    }
    /// `arp`: a failure already reported (on stdout, as net-tools does some), exit 255.
    pub fn arp_reported() -> Error {
        Error::text(exit::ARP_FAIL, "")
    }
    /// `arp`: a usage error with its screen, exit 3.
    pub fn arp_usage_text(text: impl Into<String>) -> Error {
        Error::text(exit::ARP_USAGE, text)
    }
    /// `iptables`: a parameter problem: `iptables v1.8.9 (nf_tables): TEXT` and the `Try` line, exit 2.
    pub fn ipt_param(text: impl fmt::Display) -> Error {
        Error::text(
            exit::IPT_PARAMETER,
            format!("{IPT_PREFIX}{text}\n{IPT_TRY}"),
        )
    }
    /// `iptables`: an extension's parameter problem (xtables_error adds an empty line
    /// before the `Try` line), exit 2.
    pub fn ipt_ext_param(text: impl fmt::Display) -> Error {
        Error::ipt_param(format_args!("{text}\n"))
    }
    /// `iptables`: `iptables v1.8.9 (nf_tables): TEXT` without the `Try` line, exit `code`.
    pub fn ipt_prefixed(code: i32, text: impl fmt::Display) -> Error {
        Error::line(code, format_args!("{IPT_PREFIX}{text}"))
    }
    /// `iptables`: text printed as given, exit 2 (`Bad argument` has no prefix).
    pub fn ipt_other_raw(text: impl fmt::Display) -> Error {
        Error::text(exit::IPT_PARAMETER, text.to_string())
    }
    /// `iptables-restore`: text printed as given, with the exit code of the iptables error
    /// it rewords.
    pub fn ipt_coded(code: i32, text: impl Into<String>) -> Error {
        Error::text(code, text)
    }
    /// `iptables-save`/`iptables-restore`: text printed as given, exit 1.
    pub fn ipt_fail(text: impl fmt::Display) -> Error {
        Error::text(exit::IPT_OTHER, text.to_string())
    }
    /// `iptables: TEXT` (the kernel's refusal put into words), exit 1.
    pub fn ipt_other(text: impl fmt::Display) -> Error {
        Error::line(exit::IPT_OTHER, format_args!("{IPT_NAME}: {text}"))
    }
    /// `ipkit` itself: a failure, exit 1.
    pub fn ipkit(line: impl fmt::Display) -> Error {
        Error::line(exit::IPKIT_FAIL, line)
    }
    /// `ipkit` itself: a failure followed by its usage screen, exit 1.
    pub fn ipkit_text(text: impl Into<String>) -> Error {
        Error::text(exit::IPKIT_FAIL, text)
    }
    /// Nothing more to print (already reported), just the exit code.
    pub fn exit(code: i32) -> Error {
        Error {
            text: String::new(),
            code,
        }
    }
    /// Output failed (stdout closed, disk full): reported quietly on EPIPE.
    pub fn output(e: &io::Error) -> Error {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Error::exit(0)
        } else {
            Error::ipkit(format_args!("write error: {e}"))
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error::output(&e)
    }
}

/// Whether the xtables applet running is an IPv6 one (ip6tables, -save, -restore): their
/// messages name it, as the reference names itself after the program it runs as.
static IP6: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The applet running is ip6tables, ip6tables-save or ip6tables-restore.
pub fn set_ip6tables() {
    IP6.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// A text in the running xtables applet's name: the iptables one, or the ip6tables one.
#[derive(Clone, Copy)]
pub struct ByApplet(pub &'static str, pub &'static str);

impl ByApplet {
    pub fn get(self) -> &'static str {
        if IP6.load(std::sync::atomic::Ordering::Relaxed) {
            self.1
        } else {
            self.0
        }
    }
}

impl fmt::Display for ByApplet {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.get())
    }
}

/// The xtables applet's name (`iptables`, `ip6tables`).
pub const IPT_NAME: ByApplet = ByApplet("iptables", "ip6tables");
/// What every iptables error line starts with.
pub const IPT_PREFIX: ByApplet = ByApplet(
    "iptables v1.8.9 (nf_tables): ",
    "ip6tables v1.8.9 (nf_tables): ",
);
/// The line after an iptables parameter problem.
pub const IPT_TRY: ByApplet = ByApplet(
    "Try `iptables -h' or 'iptables --help' for more information.\n",
    "Try `ip6tables -h' or 'ip6tables --help' for more information.\n",
);

/// `strerror(errno)` as glibc spells it (the reference tools link glibc; musl's texts differ).
pub fn strerror(errno: i32) -> String {
    let text = match errno {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        3 => "No such process",
        4 => "Interrupted system call",
        5 => "Input/output error",
        6 => "No such device or address",
        7 => "Argument list too long",
        8 => "Exec format error",
        9 => "Bad file descriptor",
        10 => "No child processes",
        11 => "Resource temporarily unavailable",
        12 => "Cannot allocate memory",
        13 => "Permission denied",
        14 => "Bad address",
        15 => "Block device required",
        16 => "Device or resource busy",
        17 => "File exists",
        18 => "Invalid cross-device link",
        19 => "No such device",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        23 => "Too many open files in system",
        24 => "Too many open files",
        25 => "Inappropriate ioctl for device",
        26 => "Text file busy",
        27 => "File too large",
        28 => "No space left on device",
        29 => "Illegal seek",
        30 => "Read-only file system",
        31 => "Too many links",
        32 => "Broken pipe",
        33 => "Numerical argument out of domain",
        34 => "Numerical result out of range",
        35 => "Resource deadlock avoided",
        36 => "File name too long",
        37 => "No locks available",
        38 => "Function not implemented",
        39 => "Directory not empty",
        40 => "Too many levels of symbolic links",
        42 => "No message of desired type",
        43 => "Identifier removed",
        44 => "Channel number out of range",
        45 => "Level 2 not synchronized",
        46 => "Level 3 halted",
        47 => "Level 3 reset",
        48 => "Link number out of range",
        49 => "Protocol driver not attached",
        50 => "No CSI structure available",
        51 => "Level 2 halted",
        52 => "Invalid exchange",
        53 => "Invalid request descriptor",
        54 => "Exchange full",
        55 => "No anode",
        56 => "Invalid request code",
        57 => "Invalid slot",
        59 => "Bad font file format",
        60 => "Device not a stream",
        61 => "No data available",
        62 => "Timer expired",
        63 => "Out of streams resources",
        64 => "Machine is not on the network",
        65 => "Package not installed",
        66 => "Object is remote",
        67 => "Link has been severed",
        68 => "Advertise error",
        69 => "Srmount error",
        70 => "Communication error on send",
        71 => "Protocol error",
        72 => "Multihop attempted",
        73 => "RFS specific error",
        74 => "Bad message",
        75 => "Value too large for defined data type",
        76 => "Name not unique on network",
        77 => "File descriptor in bad state",
        78 => "Remote address changed",
        79 => "Can not access a needed shared library",
        80 => "Accessing a corrupted shared library",
        81 => ".lib section in a.out corrupted",
        82 => "Attempting to link in too many shared libraries",
        83 => "Cannot exec a shared library directly",
        84 => "Invalid or incomplete multibyte or wide character",
        85 => "Interrupted system call should be restarted",
        86 => "Streams pipe error",
        87 => "Too many users",
        88 => "Socket operation on non-socket",
        89 => "Destination address required",
        90 => "Message too long",
        91 => "Protocol wrong type for socket",
        92 => "Protocol not available",
        93 => "Protocol not supported",
        94 => "Socket type not supported",
        95 => "Operation not supported",
        96 => "Protocol family not supported",
        97 => "Address family not supported by protocol",
        98 => "Address already in use",
        99 => "Cannot assign requested address",
        100 => "Network is down",
        101 => "Network is unreachable",
        102 => "Network dropped connection on reset",
        103 => "Software caused connection abort",
        104 => "Connection reset by peer",
        105 => "No buffer space available",
        106 => "Transport endpoint is already connected",
        107 => "Transport endpoint is not connected",
        108 => "Cannot send after transport endpoint shutdown",
        109 => "Too many references: cannot splice",
        110 => "Connection timed out",
        111 => "Connection refused",
        112 => "Host is down",
        113 => "No route to host",
        114 => "Operation already in progress",
        115 => "Operation now in progress",
        116 => "Stale file handle",
        117 => "Structure needs cleaning",
        118 => "Not a XENIX named type file",
        119 => "No XENIX semaphores available",
        120 => "Is a named type file",
        121 => "Remote I/O error",
        122 => "Disk quota exceeded",
        123 => "No medium found",
        124 => "Wrong medium type",
        125 => "Operation canceled",
        126 => "Required key not available",
        127 => "Key has expired",
        128 => "Key has been revoked",
        129 => "Key was rejected by service",
        130 => "Owner died",
        131 => "State not recoverable",
        132 => "Operation not possible due to RF-kill",
        133 => "Memory page has hardware error",
        _ => return format!("Unknown error {errno}"),
    };
    text.to_string()
}

/// The glibc text for an `io::Error` (falls back to Rust's text when it has no errno).
pub fn io_text(e: &io::Error) -> String {
    match e.raw_os_error() {
        Some(n) => strerror(n),
        None => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strerror_matches_glibc_wording() {
        assert_eq!(strerror(2), "No such file or directory");
        assert_eq!(strerror(17), "File exists");
        assert_eq!(strerror(95), "Operation not supported");
        assert_eq!(strerror(9999), "Unknown error 9999");
    }

    #[test]
    fn broken_pipe_is_quiet() {
        let e = Error::output(&io::Error::from(io::ErrorKind::BrokenPipe));
        assert_eq!(e, Error::exit(0));
    }
}
