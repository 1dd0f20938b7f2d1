//! `memcpy`, `memmove` and `memset` for the static binary. musl's copy moves the bytes a block's length
//! is not a multiple of eight one `movsb` at a time, and the size-optimised build (the 2 MiB
//! budget) calls `memcpy` for every struct it moves and every few bytes it appends:
//! `iptables-restore` of 10,000 rules spent a third of its user time there. These take
//! small blocks with two overlapping loads and stores, and larger ones with `rep movsb` /
//! `rep stosb`, which current x86-64 processors run at full width. Linked before musl's
//! archive, they are the ones every call resolves to. No loops: nothing the compiler could
//! turn back into a call to itself.

use std::arch::asm;
use std::ffi::c_void;

/// Copy `n` bytes from `src` to `dst` (not overlapping); returns `dst`.
///
/// # Safety
/// As C's `memcpy`: both ranges valid for `n` bytes and disjoint.
#[no_mangle]
pub unsafe extern "C" fn memcpy(dst: *mut c_void, src: *const c_void, n: usize) -> *mut c_void {
    let (d, s) = (dst.cast::<u8>(), src.cast::<u8>());
    // SAFETY: every access stays within `src[..n]` and `dst[..n]`, which the caller
    // guarantees valid and disjoint; unaligned reads and writes are allowed on x86-64.
    unsafe {
        if n <= 32 {
            if n >= 16 {
                let a = s.cast::<u128>().read_unaligned();
                let b = s.add(n - 16).cast::<u128>().read_unaligned();
                d.cast::<u128>().write_unaligned(a);
                d.add(n - 16).cast::<u128>().write_unaligned(b);
            } else if n >= 8 {
                let a = s.cast::<u64>().read_unaligned();
                let b = s.add(n - 8).cast::<u64>().read_unaligned();
                d.cast::<u64>().write_unaligned(a);
                d.add(n - 8).cast::<u64>().write_unaligned(b);
            } else if n >= 4 {
                let a = s.cast::<u32>().read_unaligned();
                let b = s.add(n - 4).cast::<u32>().read_unaligned();
                d.cast::<u32>().write_unaligned(a);
                d.add(n - 4).cast::<u32>().write_unaligned(b);
            } else if n > 0 {
                let (a, b, c) = (*s, *s.add(n / 2), *s.add(n - 1));
                *d = a;
                *d.add(n / 2) = b;
                *d.add(n - 1) = c;
            }
            return dst;
        }
        asm!("rep movsb", inout("rcx") n => _, inout("rdi") d => _, inout("rsi") s => _,
             options(nostack, preserves_flags));
    }
    dst
}

/// Copy `n` bytes from `src` to `dst`, which may overlap; returns `dst`. (musl's own
/// `memmove` jumps into the file of its `memcpy`: both are defined here or neither.)
///
/// # Safety
/// As C's `memmove`: both ranges valid for `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn memmove(dst: *mut c_void, src: *const c_void, n: usize) -> *mut c_void {
    let (d, s) = (dst as usize, src as usize);
    // SAFETY: the caller guarantees both ranges valid. Up to 32 bytes `memcpy` loads all
    // before it stores; a forward copy is right whenever `dst` does not start inside
    // `src[1..n]`; otherwise the bytes go from the end down (direction flag set, then
    // cleared again as the ABI requires).
    unsafe {
        if n <= 32 || d <= s || d >= s + n {
            return memcpy(dst, src, n);
        }
        asm!("std", "rep movsb", "cld", inout("rcx") n => _,
             inout("rdi") dst.cast::<u8>().add(n - 1) => _,
             inout("rsi") src.cast::<u8>().add(n - 1) => _, options(nostack));
    }
    dst
}

/// Fill `n` bytes at `dst` with the byte `c`; returns `dst`.
///
/// # Safety
/// As C's `memset`: `dst` valid for `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn memset(dst: *mut c_void, c: i32, n: usize) -> *mut c_void {
    let d = dst.cast::<u8>();
    // SAFETY: every write stays within `dst[..n]`, which the caller guarantees valid.
    unsafe {
        if n <= 16 {
            let v = (c as u8 as u64).wrapping_mul(0x0101_0101_0101_0101);
            if n >= 8 {
                d.cast::<u64>().write_unaligned(v);
                d.add(n - 8).cast::<u64>().write_unaligned(v);
            } else if n >= 4 {
                d.cast::<u32>().write_unaligned(v as u32);
                d.add(n - 4).cast::<u32>().write_unaligned(v as u32);
            } else if n > 0 {
                *d = c as u8;
                *d.add(n / 2) = c as u8;
                *d.add(n - 1) = c as u8;
            }
            return dst;
        }
        asm!("rep stosb", inout("rcx") n => _, inout("rdi") d => _, in("al") c as u8,
             options(nostack, preserves_flags));
    }
    dst
}

#[cfg(test)]
mod tests {
    use super::{memcpy, memmove, memset};

    fn pattern(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i * 7 + 3) as u8).collect()
    }

    #[test]
    fn copies_every_length_and_alignment() {
        for n in 0..300 {
            for off in 0..9 {
                let src = pattern(n + off);
                let mut dst = vec![0xeeu8; n + 20];
                // SAFETY: src[off..off + n] and dst[5..5 + n] are in bounds and disjoint.
                unsafe {
                    memcpy(
                        dst.as_mut_ptr().add(5).cast(),
                        src.as_ptr().add(off).cast(),
                        n,
                    )
                };
                assert_eq!(&dst[5..5 + n], &src[off..off + n], "n={n} off={off}");
                assert!(
                    dst[..5].iter().chain(&dst[5 + n..]).all(|&b| b == 0xee),
                    "n={n}"
                );
            }
        }
    }

    #[test]
    fn moves_overlapping_ranges_both_ways() {
        for n in 0..200 {
            for shift in 1..40 {
                let orig = pattern(n + shift);
                let mut up = orig.clone();
                // SAFETY: both ranges lie within `up` (n + shift bytes).
                unsafe { memmove(up.as_mut_ptr().add(shift).cast(), up.as_ptr().cast(), n) };
                assert_eq!(&up[shift..], &orig[..n], "up n={n} shift={shift}");
                let mut down = orig.clone();
                // SAFETY: as above.
                unsafe { memmove(down.as_mut_ptr().cast(), down.as_ptr().add(shift).cast(), n) };
                assert_eq!(&down[..n], &orig[shift..], "down n={n} shift={shift}");
            }
        }
    }

    #[test]
    fn fills_every_length() {
        for n in 0..300 {
            let mut dst = vec![0u8; n + 10];
            // SAFETY: dst[3..3 + n] is in bounds.
            unsafe { memset(dst.as_mut_ptr().add(3).cast(), 0x1ab, n) };
            assert!(dst[3..3 + n].iter().all(|&b| b == 0xab), "n={n}");
            assert!(
                dst[..3].iter().chain(&dst[3 + n..]).all(|&b| b == 0),
                "n={n}"
            );
        }
    }
}
