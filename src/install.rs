//! `ipkit --install DIR [--man MANDIR] [--completions]`: the applets' links, and the manual
//! pages and shell completions this binary carries (it needs no files of its own).

use crate::error::io_text;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Why an install stopped: a bad command line (the usage follows), or a file system error.
pub enum Fail {
    Usage(&'static str),
    Io(String),
}

/// The manual pages of `man/`, gzip-compressed by build.rs: (section, file name, bytes).
const PAGES: &[(&str, &str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/pages.rs"));

const BASH: &str = include_str!("../completions/ipkit.bash");
const ZSH: &str = include_str!("../completions/_ipkit");
const FISH: &str = include_str!("../completions/ipkit.fish");

/// The commands the completions serve.
const COMPLETED: &[&str] = &["ip", "arp", "iptables", "ip6tables", "ipkit"];

/// `args`: what follows `--install`.
pub fn run(applets: &[&str], args: &[OsString]) -> Result<(), Fail> {
    let mut dir = None;
    let mut man = None;
    let mut completions = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.to_str() {
            Some("--man") => match it.next() {
                Some(m) => man = Some(PathBuf::from(m)),
                None => return Err(Fail::Usage("--man needs a directory")),
            },
            Some("--completions") => completions = true,
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => return Err(Fail::Usage("takes one directory")),
        }
    }
    let dir = dir.ok_or(Fail::Usage("needs a directory"))?;
    links(applets, &dir)?;
    if let Some(man) = man {
        for (section, name, bytes) in PAGES {
            write(&man.join(section).join(name), bytes)?;
        }
    }
    if completions {
        let share = dir.join("..").join("share");
        for c in COMPLETED {
            write(
                &share.join("bash-completion/completions").join(c),
                BASH.as_bytes(),
            )?;
            write(
                &share
                    .join("fish/vendor_completions.d")
                    .join(format!("{c}.fish")),
                FISH.as_bytes(),
            )?;
        }
        write(&share.join("zsh/site-functions/_ipkit"), ZSH.as_bytes())?;
    }
    Ok(())
}

fn io(what: &str, path: &Path, e: &std::io::Error) -> Fail {
    Fail::Io(format!(
        "ipkit: cannot {what} {}: {}",
        path.display(),
        io_text(e)
    ))
}

/// Write one file (and the directories it needs). A file that is there and not ipkit's
/// (iproute2's `ip.8`, bash-completion's `ip`) is left alone, as the links are.
fn write(path: &Path, bytes: &[u8]) -> Result<(), Fail> {
    if let Ok(old) = std::fs::read(path) {
        if !ours(path, &old) {
            return Err(Fail::Io(format!(
                "ipkit: {} exists and is not ipkit's; not replacing it",
                path.display()
            )));
        }
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| io("create", parent, &e))?;
    }
    std::fs::write(path, bytes).map_err(|e| io("write", path, &e))
}

/// Whether a file there is one ipkit wrote: it names ipkit (a page, a completion), or it
/// is one of the compressed pages this binary carries.
fn ours(path: &Path, old: &[u8]) -> bool {
    old.windows(5).any(|w| w == b"ipkit")
        || PAGES
            .iter()
            .any(|(_, name, bytes)| path.ends_with(name) && *bytes == old)
}

/// DIR/APPLET links to this executable; a link to it already is kept, anything else stops.
fn links(applets: &[&str], dir: &Path) -> Result<(), Fail> {
    let me = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(|e| {
            Fail::Io(format!(
                "ipkit: cannot find own executable: {}",
                io_text(&e)
            ))
        })?;
    for name in applets {
        let link = dir.join(name);
        match std::fs::symlink_metadata(&link) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::canonicalize(&link).ok();
                if target.as_deref() != Some(me.as_path()) {
                    return Err(Fail::Io(format!(
                        "ipkit: {} exists and links elsewhere; not replacing it",
                        link.display()
                    )));
                }
                continue;
            }
            Ok(_) => {
                return Err(Fail::Io(format!(
                    "ipkit: {} exists and is not a link to ipkit; not replacing it",
                    link.display()
                )))
            }
            Err(_) => {}
        }
        std::os::unix::fs::symlink(&me, &link).map_err(|e| io("create", &link, &e))?;
    }
    Ok(())
}
