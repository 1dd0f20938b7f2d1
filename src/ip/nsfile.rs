//! Namespace files, shared by `ip -n NAME`, `ip netns`, `ip link … netns` and the link
//! printer: the run directory, name validation, the switch into a named namespace, and the
//! ids the current namespace gives the named ones.

use super::rtnl;
use crate::error::{io_text, Error, Result};
use crate::netlink::rtnl::nsid;
use crate::netlink::Socket;
use nix::mount::{mount, umount2, MntFlags, MsFlags};
use nix::sched::{setns, unshare, CloneFlags};
use std::fs::File;
use std::os::fd::AsRawFd;
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;

/// Where named namespaces live (`/var/run/netns` is a link to it on Debian).
pub const RUN_DIR: &str = "/run/netns";
/// Per-namespace configuration bind-mounted over /etc by `exec`.
pub const ETC_DIR: &str = "/etc/netns";

pub fn path(name: &str) -> PathBuf {
    let mut p = PathBuf::from(RUN_DIR);
    p.push(name);
    p
}

/// The reference refuses names with a slash, empty names, `.` and `..`.
pub fn valid_name(name: &str) -> bool {
    !(name.is_empty() || name.len() > 255 || name.contains('/') || name == "." || name == "..")
}

pub fn check_name(name: &str) -> Result<()> {
    if valid_name(name) {
        Ok(())
    } else {
        Err(Error::ip_usage(format_args!(
            "Invalid netns name \"{name}\""
        )))
    }
}

fn errno_text(e: nix::Error) -> String {
    crate::error::strerror(e as i32)
}

/// Enter the named namespace the way the reference does for `-n NAME` and `exec`:
/// setns, a private mount namespace with `/` as a slave, a fresh /sys for the new
/// namespace, and /etc/netns/NAME/* bound over /etc. Exit code 255 on failure.
pub fn switch(name: &str) -> Result<()> {
    let file = File::open(path(name)).map_err(|e| {
        Error::ip_usage(format_args!(
            "Cannot open network namespace \"{name}\": {}",
            io_text(&e)
        ))
    })?;
    setns(&file, CloneFlags::CLONE_NEWNET).map_err(|e| {
        Error::ip_usage(format_args!(
            "setting the network namespace \"{name}\" failed: {}",
            errno_text(e)
        ))
    })?;
    drop(file);
    unshare(CloneFlags::CLONE_NEWNS)
        .map_err(|e| Error::ip_usage(format_args!("unshare failed: {}", errno_text(e))))?;
    // Don't let our mounts leak back to the parent namespace.
    mount(
        Some(""),
        "/",
        Some("none"),
        MsFlags::MS_SLAVE | MsFlags::MS_REC,
        None::<&str>,
    )
    .map_err(|e| {
        Error::ip_usage(format_args!(
            "\"mount --make-rslave /\" failed: {}",
            errno_text(e)
        ))
    })?;
    // Mount a version of /sys that describes the new network namespace.
    let mut flags = MsFlags::empty();
    if let Ok(st) = nix::sys::statvfs::statvfs("/sys") {
        if st.flags().contains(nix::sys::statvfs::FsFlags::ST_RDONLY) {
            flags |= MsFlags::MS_RDONLY;
        }
    }
    let _ = umount2("/sys", MntFlags::MNT_DETACH);
    mount(Some(name), "/sys", Some("sysfs"), flags, None::<&str>)
        .map_err(|e| Error::ip_usage(format_args!("mount of /sys failed: {}", errno_text(e))))?;
    bind_etc(name);
    Ok(())
}

/// Bind every entry of /etc/netns/NAME over the same name in /etc (errors are reported, not fatal).
fn bind_etc(name: &str) {
    let dir = PathBuf::from(ETC_DIR).join(name);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for ent in entries.flatten() {
        let fname = ent.file_name();
        let src = dir.join(&fname);
        let dst = PathBuf::from("/etc").join(&fname);
        if let Err(e) = mount(
            Some(&src),
            &dst,
            Some("none"),
            MsFlags::MS_BIND,
            None::<&str>,
        ) {
            eprintln!(
                "Bind {} -> {} failed: {}",
                src.display(),
                dst.display(),
                errno_text(e)
            );
        }
    }
}

/// Device and inode of a namespace file, to compare namespaces.
pub fn ns_id(p: &std::path::Path) -> std::io::Result<(u64, u64)> {
    let m = std::fs::metadata(p)?;
    Ok((m.dev(), m.ino()))
}

/// The names in /run/netns in directory order (the reference lists them unsorted).
pub fn names() -> Vec<String> {
    let Ok(rd) = std::fs::read_dir(RUN_DIR) else {
        return Vec::new();
    };
    rd.flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

/// The id the current namespace gives the namespace at `p` (-1: none, or no such file).
/// A refusal is reported the way the reference reports it and counts as none.
pub fn nsid_of_path(sock: &mut Socket, p: &std::path::Path) -> i32 {
    match File::open(p) {
        Ok(f) => nsid::of_fd(sock, f.as_raw_fd()).unwrap_or_else(|fail| {
            eprint!("{}", rtnl::answers(fail).text);
            -1
        }),
        Err(_) => -1,
    }
}

/// (nsid, name) for every /run/netns entry, -1 for the ones without an id.
pub fn nsids(sock: &mut Socket) -> Vec<(i32, String)> {
    names()
        .into_iter()
        .map(|n| (nsid_of_path(sock, &path(&n)), n))
        .collect()
}

/// (nsid, name) for every /run/netns entry the current namespace has numbered.
pub fn nsid_names() -> Vec<(i32, String)> {
    let names = names();
    if names.is_empty() {
        return Vec::new();
    }
    let Ok(mut sock) = Socket::route() else {
        return Vec::new();
    };
    names
        .into_iter()
        .map(|n| (nsid_of_path(&mut sock, &path(&n)), n))
        .filter(|(i, _)| *i >= 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_like_the_reference() {
        assert!(valid_name("red"));
        assert!(valid_name("a b"));
        assert!(valid_name("..."));
        assert!(!valid_name(""));
        assert!(!valid_name("."));
        assert!(!valid_name(".."));
        assert!(!valid_name("a/b"));
        assert_eq!(
            check_name("a/b").unwrap_err().text,
            "Invalid netns name \"a/b\"\n"
        );
    }
}
