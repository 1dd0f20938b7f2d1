//! ipkit: one static binary that is `ip`, `arp` and `iptables` (chosen by the name it is called by).
//! `main` is the only place that exits.

mod alloc;
mod arp;
mod cli;
mod complete;
mod error;
mod hints;
mod install;
mod ip;
mod iptables;
mod mem;
mod netlink;
mod output;
mod resolve;
mod sys;

use error::{Error, Result};
use std::ffi::OsString;
use std::io::Write;
use std::path::Path;

/// The applets, in `--list` order.
#[global_allocator]
static GLOBAL: alloc::Pool = alloc::Pool::new();

type Applet = fn(cli::Args) -> Result<()>;

const APPLETS: &[(&str, Applet)] = &[
    ("ip", ip::main),
    ("arp", arp::main),
    ("iptables", iptables::main),
    ("iptables-save", iptables::save_main),
    ("iptables-restore", iptables::restore_main),
    ("ip6tables", iptables::main6),
    ("ip6tables-save", iptables::save6_main),
    ("ip6tables-restore", iptables::restore6_main),
];

const USAGE: &str = "\
Usage: ipkit APPLET [ARGS...]     run an applet (or call ipkit through a link named after it)
       ipkit --list               print the applet names
       ipkit --install DIR [--man MANDIR] [--completions]
                                  make DIR/APPLET symbolic links to this binary (and
                                  write the manual pages, the shell completions)
       ipkit --hints              list the mistakes a hint follows (at a terminal)
       ipkit --complete APPLET WORD...
                                  the completions of the last WORD (for completions/)
Applets: ip, arp, iptables, iptables-save, iptables-restore, ip6tables, ip6tables-save,
         ip6tables-restore
";

/// The applets' names, in `--list` order.
fn applet_names() -> Vec<&'static str> {
    APPLETS.iter().map(|(n, _)| *n).collect()
}

fn applet(name: &str) -> Option<(&'static str, Applet)> {
    APPLETS.iter().find(|(n, _)| *n == name).copied()
}

/// Run what `argv` asks for; `ran` is set to the applet's name and where its words start.
fn run(mut argv: Vec<OsString>, ran: &mut Option<(&'static str, usize)>) -> Result<()> {
    let argv0 = if argv.is_empty() {
        OsString::from("ipkit")
    } else {
        argv.remove(0)
    };
    let base = Path::new(&argv0)
        .file_name()
        .map(|b| b.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some((name, f)) = applet(&base) {
        *ran = Some((name, 1));
        return f(cli::Args::new(argv));
    }
    let first = argv.first().map(|a| a.to_string_lossy().into_owned());
    match first.as_deref() {
        None | Some("--help") | Some("-h") => {
            std::io::stdout().write_all(USAGE.as_bytes())?;
            Ok(())
        }
        Some("--list") => {
            let mut out = String::new();
            for (n, _) in APPLETS {
                out.push_str(n);
                out.push('\n');
            }
            std::io::stdout().write_all(out.as_bytes())?;
            Ok(())
        }
        Some("--complete") => {
            let words: Vec<String> = argv[1..]
                .iter()
                .map(|w| w.to_string_lossy().into_owned())
                .collect();
            complete::run(&applet_names(), &words)
        }
        Some("--hints") => {
            std::io::stdout().write_all(hints::list().as_bytes())?;
            Ok(())
        }
        Some("--install") => install::run(&applet_names(), &argv[1..]).map_err(|e| match e {
            install::Fail::Usage(what) => {
                Error::ipkit_text(format!("ipkit: --install {what}\n{USAGE}"))
            }
            install::Fail::Io(line) => Error::ipkit(line),
        }),
        Some(name) => match applet(name) {
            Some((name, f)) => {
                *ran = Some((name, 2));
                argv.remove(0);
                f(cli::Args::new(argv))
            }
            None => Err(Error::ipkit_text(format!(
                "ipkit: unknown applet '{name}'\n{USAGE}"
            ))),
        },
    }
}

fn main() {
    // Like the C tools: a closed stdout pipe ends the process quietly.
    // SAFETY: called first thing, before any other thread exists; SIG_DFL is a valid handler.
    unsafe {
        nix::libc::signal(nix::libc::SIGPIPE, nix::libc::SIG_DFL);
    }
    let mut ran = None;
    let code = match run(std::env::args_os().collect(), &mut ran) {
        Ok(()) => 0,
        Err(e) => {
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().write_all(e.text.as_bytes());
            // the words again (read only on this path: a run that succeeds keeps no copy)
            if let Some((name, from)) = ran {
                let words: Vec<String> = std::env::args_os()
                    .skip(from)
                    .map(|w| w.to_string_lossy().into_owned())
                    .collect();
                hints::after(name, &words, &e);
            }
            e.code
        }
    };
    std::process::exit(code);
}

/// Unit tests run in this binary, linked without unwind tables (build.rs): a failing
/// assertion cannot unwind to the harness, which aborts with only "failed to initiate
/// panic". This hook, installed before the harness starts, first says which test failed and
/// why, on stderr itself (the harness captures only the print macros).
#[cfg(test)]
mod failing_tests_say_why {
    fn install() {
        std::panic::set_hook(Box::new(|info| {
            let thread = std::thread::current();
            let name = thread.name().unwrap_or("?");
            let _ = writeln!(std::io::stderr(), "test {name} failed: {info}");
        }));
    }

    use std::io::Write;

    #[used]
    #[link_section = ".init_array"]
    static INSTALL: extern "C" fn() = {
        extern "C" fn run() {
            install();
        }
        run
    };
}
