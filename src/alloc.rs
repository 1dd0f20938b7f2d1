//! The global allocator: power-of-two size classes with free lists, carved from 256 KiB
//! chunks. musl's allocator maps and unmaps memory for every few medium-sized blocks,
//! which made a 4,000-link dump spend more time in mmap/munmap than in netlink; a
//! short-lived command needs no more than this. Blocks over 64 KiB go to the system.
//! Each thread has its own lists.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

const MIN_SHIFT: usize = 4; // 16 bytes
const MAX_SHIFT: usize = 16; // 64 KiB
const CLASSES: usize = MAX_SHIFT - MIN_SHIFT + 1;
const CHUNK: usize = 256 * 1024;

struct State {
    free: [*mut u8; CLASSES],
    next: *mut u8,
    end: *mut u8,
}

thread_local! {
    // Each thread carves and reuses its own blocks: no lock, no contention when helper
    // threads allocate beside the main one (a block freed by another thread joins that
    // thread's lists). Constant, without a destructor: usable at any time, never allocates.
    static STATE: UnsafeCell<State> = const {
        UnsafeCell::new(State {
            free: [null_mut(); CLASSES],
            next: null_mut(),
            end: null_mut(),
        })
    };
}

pub struct Pool;

impl Pool {
    pub const fn new() -> Pool {
        Pool
    }

    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        // SAFETY: the state is this thread's own, and `f` never re-enters the allocator
        // (it calls only the system allocator), so this is the only reference.
        STATE.with(|s| f(unsafe { &mut *s.get() }))
    }
}

impl Default for Pool {
    fn default() -> Self {
        Pool::new()
    }
}

/// The size class of a layout, or None when it goes to the system allocator.
#[inline(always)]
fn class(l: &Layout) -> Option<usize> {
    let size = l.size().max(l.align()).max(1 << MIN_SHIFT);
    if size > 1 << MAX_SHIFT || l.align() > 4096 {
        return None;
    }
    let shift = usize::BITS as usize - (size - 1).leading_zeros() as usize;
    Some(shift - MIN_SHIFT)
}

unsafe impl GlobalAlloc for Pool {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let Some(c) = class(&l) else {
            return System.alloc(l);
        };
        let size = 1usize << (c + MIN_SHIFT);
        self.with(|s| {
            let head = s.free[c];
            if !head.is_null() {
                // SAFETY: a free block holds the pointer to the next free block.
                s.free[c] = unsafe { *(head as *mut *mut u8) };
                return head;
            }
            // blocks are aligned to their size (a power of two up to 64 KiB)
            let mut p = s.next as usize;
            p = (p + size - 1) & !(size - 1);
            if s.next.is_null() || p + size > s.end as usize {
                // SAFETY: a valid, non-zero layout.
                let chunk = unsafe {
                    System.alloc(Layout::from_size_align_unchecked(CHUNK, 1 << MAX_SHIFT))
                };
                if chunk.is_null() {
                    return null_mut();
                }
                s.end = unsafe { chunk.add(CHUNK) };
                p = chunk as usize;
            }
            s.next = (p + size) as *mut u8;
            p as *mut u8
        })
    }

    unsafe fn dealloc(&self, ptr: *mut u8, l: Layout) {
        let Some(c) = class(&l) else {
            return System.dealloc(ptr, l);
        };
        self.with(|s| {
            // SAFETY: the block is at least 16 bytes and ours again.
            unsafe { *(ptr as *mut *mut u8) = s.free[c] };
            s.free[c] = ptr;
        });
    }

    unsafe fn realloc(&self, ptr: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        let new = Layout::from_size_align_unchecked(new_size, l.align());
        match (class(&l), class(&new)) {
            (Some(a), Some(b)) if a == b => ptr,
            (None, None) => System.realloc(ptr, l, new_size),
            _ => {
                let n = self.alloc(new);
                if !n.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, n, l.size().min(new_size));
                    self.dealloc(ptr, l);
                }
                n
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_powers_of_two() {
        let c = |s, a| class(&Layout::from_size_align(s, a).unwrap());
        assert_eq!(c(1, 1), Some(0));
        assert_eq!(c(16, 8), Some(0));
        assert_eq!(c(17, 8), Some(1));
        assert_eq!(c(65536, 8), Some(12));
        assert_eq!(c(65537, 8), None);
    }

    #[test]
    fn blocks_are_reused_and_aligned() {
        let pool = Pool::new();
        let l = Layout::from_size_align(100, 8).unwrap();
        unsafe {
            let a = pool.alloc(l);
            assert_eq!(a as usize % 128, 0);
            a.write_bytes(0xab, 100);
            pool.dealloc(a, l);
            let b = pool.alloc(l);
            assert_eq!(a, b);
            b.write_bytes(0xab, 100);
            let c = pool.realloc(b, l, 120);
            assert_eq!(c, b);
            let d = pool.realloc(c, l, 1000);
            assert_eq!(*d, 0xab);
            pool.dealloc(d, Layout::from_size_align(1000, 8).unwrap());
        }
    }

    #[test]
    fn threads_allocate_side_by_side() {
        // blocks made in one thread and freed in another stay whole
        let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
        let maker = std::thread::spawn(move || {
            for i in 0..20_000usize {
                tx.send(vec![(i % 251) as u8; 16 + i % 3000]).unwrap();
            }
        });
        let mut own = Vec::new();
        for (i, v) in rx.into_iter().enumerate() {
            assert_eq!(v.len(), 16 + i % 3000);
            assert!(v.iter().all(|&b| b == (i % 251) as u8));
            own.push(vec![i as u8; 40]);
            if own.len() > 100 {
                own.clear();
            }
        }
        maker.join().unwrap();
    }
}
