//! The bpf(2) system call, as far as ipkit needs it: a pinned eBPF object opened by its path
//! in a bpf file system (BPF_OBJ_GET).

use nix::errno::Errno;
use std::ffi::CStr;
use std::os::fd::{FromRawFd, OwnedFd, RawFd};

/// `enum bpf_cmd`'s BPF_OBJ_GET.
const BPF_OBJ_GET: nix::libc::c_long = 7;
/// `file_flags`: open the object read-only.
pub const F_RDONLY: u32 = 1 << 3;

/// `union bpf_attr` as BPF_OBJ_GET reads it (the size passed is this struct's).
#[repr(C)]
struct ObjGet {
    pathname: u64,
    bpf_fd: u32,
    file_flags: u32,
}

/// The object pinned at `path`, opened with `flags` (the kernel's descriptors are close-on-exec).
pub fn obj_get(path: &CStr, flags: u32) -> Result<OwnedFd, Errno> {
    let attr = ObjGet {
        pathname: path.as_ptr() as u64,
        bpf_fd: 0,
        file_flags: flags,
    };
    let size = std::mem::size_of::<ObjGet>();
    // SAFETY: BPF_OBJ_GET only reads `attr` (laid out as the kernel's, its size passed) and
    // the NUL-terminated path it points to, both alive for the call; a result that is not
    // negative is a new descriptor nothing else owns, so the OwnedFd may take it.
    let fd = unsafe {
        let r = nix::libc::syscall(
            nix::libc::SYS_bpf,
            BPF_OBJ_GET,
            &attr as *const ObjGet,
            size,
        );
        RawFd::try_from(r)
            .ok()
            .filter(|&fd| fd >= 0)
            .map(|fd| OwnedFd::from_raw_fd(fd))
    };
    fd.ok_or_else(Errno::last)
}
