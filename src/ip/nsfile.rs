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
/// namespace, and /etc/netns/NAME/* bound over /etc. Exit code 255 on failure. Where the
/// reference fails, ipkit goes on: a refused /sys mount is a warning, and a file of
/// /etc/netns/NAME goes onto a dangling /etc symlink itself.
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
    if let Err(e) = mount(Some(name), "/sys", Some("sysfs"), flags, None::<&str>) {
        // The reference stops here (exit 255): a user namespace that owns the network
        // namespace may not mount a sysfs where parts of /sys are masked ("mount too
        // revealing", rootless containers). ipkit says the same and runs the command. In
        // that case the old /sys could not be unmounted either (it is locked), so the
        // command sees it, describing the namespace the process came from; were it
        // unmounted, the command would find /sys empty.
        eprintln!("mount of /sys failed: {}", errno_text(e));
    }
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
            // mount(2) follows a symbolic link (/etc/resolv.conf on systemd-resolved
            // hosts), so a dangling one fails with ENOENT where the reference stops; ipkit
            // puts the file on the link itself.
            let link = dst
                .symlink_metadata()
                .is_ok_and(|m| m.file_type().is_symlink());
            if e == nix::Error::ENOENT && link && bind_on_link(&src, &dst).is_ok() {
                continue;
            }
            eprintln!(
                "Bind {} -> {} failed: {}",
                src.display(),
                dst.display(),
                errno_text(e)
            );
        }
    }
}

/// open_tree(2) and move_mount(2) flags (linux/mount.h).
const OPEN_TREE_CLONE: nix::libc::c_uint = 1;
const OPEN_TREE_CLOEXEC: nix::libc::c_uint = nix::libc::O_CLOEXEC as nix::libc::c_uint;
const MOVE_MOUNT_F_EMPTY_PATH: nix::libc::c_uint = 4;

/// Bind `src` onto the symbolic link `dst` itself rather than where it points: a clone of
/// `src` (open_tree) moved onto `dst` (move_mount without MOVE_MOUNT_T_SYMLINKS, which does
/// not follow the link). Linux 5.2 and later.
fn bind_on_link(src: &std::path::Path, dst: &std::path::Path) -> nix::Result<()> {
    use nix::libc;
    use std::ffi::CString;
    use std::os::fd::{FromRawFd, OwnedFd};
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &std::path::Path| CString::new(p.as_os_str().as_bytes());
    let (Ok(src), Ok(dst)) = (c(src), c(dst)) else {
        return Err(nix::Error::EINVAL);
    };
    // SAFETY: `src` is a NUL-terminated path that lives through the call; the other
    // arguments are plain integers. The result is a new file descriptor or -1.
    let fd = unsafe {
        libc::syscall(
            libc::SYS_open_tree,
            libc::AT_FDCWD,
            src.as_ptr(),
            OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC,
        )
    };
    if fd < 0 {
        return Err(nix::Error::last());
    }
    let Ok(fd) = i32::try_from(fd) else {
        return Err(nix::Error::EBADF);
    };
    // SAFETY: `fd` was just returned by open_tree and nothing else owns it.
    let tree = unsafe { OwnedFd::from_raw_fd(fd) };
    // SAFETY: the empty path with MOVE_MOUNT_F_EMPTY_PATH names `tree` itself; `dst` is a
    // NUL-terminated path that lives through the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_move_mount,
            tree.as_raw_fd(),
            c"".as_ptr(),
            libc::AT_FDCWD,
            dst.as_ptr(),
            MOVE_MOUNT_F_EMPTY_PATH,
        )
    };
    if r < 0 {
        Err(nix::Error::last())
    } else {
        Ok(())
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

/// The names in /run/netns, sorted (for hints and completion).
pub fn sorted_names() -> Vec<String> {
    let mut names = names();
    names.sort();
    names
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
