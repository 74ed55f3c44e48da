//! The per-run arena: bump allocation in chunks, all freed together when the run ends,
//! with an optional limit on the total bytes taken from the system. It counts what it
//! hands out as Go's allocator counts for `go test -benchmem`: objects, and bytes
//! rounded up to Go's size classes.

use std::alloc::{alloc_zeroed, dealloc, Layout};

const MIN_CHUNK: usize = 64 * 1024;
const ALIGN: usize = 16;

/// A bump allocator; memory it hands out stays valid until it is dropped.
pub struct Arena {
    chunks: Vec<(*mut u8, usize)>,
    cur: usize,
    end: usize,
    next_chunk: usize,
    total: usize,
    limit: Option<usize>,
    /// Bytes handed out, each allocation rounded up to Go's size class.
    allocated: u64,
    /// Allocations handed out (zero-sized ones aside, as Go's zerobase).
    allocations: u64,
}

/// Address handed out for zero-sized allocations (Go's `zerobase`): never null.
pub static ZERO_BASE: u64 = 0;

impl Arena {
    /// A new, empty arena; `limit` caps the bytes it takes from the system.
    pub fn new(limit: Option<usize>) -> Arena {
        Arena {
            chunks: Vec::new(),
            cur: 0,
            end: 0,
            next_chunk: MIN_CHUNK,
            total: 0,
            limit,
            allocated: 0,
            allocations: 0,
        }
    }

    /// Bytes and objects handed out so far, as Go's `MemStats.TotalAlloc` and `Mallocs`
    /// count them.
    pub fn allocated(&self) -> (u64, u64) {
        (self.allocated, self.allocations)
    }

    /// Bytes taken from the system so far.
    pub fn total_bytes(&self) -> usize {
        self.total
    }

    /// `size` zeroed bytes, 16-aligned; `None` when the limit would be exceeded or the
    /// system refuses.
    pub fn alloc(&mut self, size: usize) -> Option<*mut u8> {
        if size == 0 {
            return Some(&ZERO_BASE as *const u64 as *mut u8);
        }
        self.allocated += go_size_class(size) as u64;
        self.allocations += 1;
        let size = size.checked_add(ALIGN - 1)? & !(ALIGN - 1);
        if self.end - self.cur >= size {
            let p = self.cur;
            self.cur += size;
            return Some(p as *mut u8);
        }
        if size > MIN_CHUNK / 4 {
            // A big object gets a chunk of its own; the current chunk stays in use.
            let p = self.new_chunk(size)?;
            return Some(p);
        }
        let chunk = self.next_chunk;
        let p = self.new_chunk(chunk)? as usize;
        self.next_chunk = (self.next_chunk * 2).min(16 * 1024 * 1024);
        self.cur = p + size;
        self.end = p + chunk;
        Some(p as *mut u8)
    }

    fn new_chunk(&mut self, size: usize) -> Option<*mut u8> {
        let total = self.total.checked_add(size)?;
        if let Some(limit) = self.limit {
            if total > limit {
                return None;
            }
        }
        let layout = Layout::from_size_align(size, ALIGN).ok()?;
        // SAFETY: size > 0 (checked by the callers) and the layout is valid.
        let p = unsafe { alloc_zeroed(layout) };
        if p.is_null() {
            return None;
        }
        self.total = total;
        self.chunks.push((p, size));
        Some(p)
    }
}

/// The size Go's allocator gives an object of `size` bytes: its size class (Go 1.23's
/// `runtime/sizeclasses.go`), or whole 8 KiB pages above 32 KiB.
fn go_size_class(size: usize) -> usize {
    const CLASSES: [usize; 67] = [
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
        352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
        2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
        9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
        28672, 32768,
    ];
    // A binary search: this runs on every allocation.
    match CLASSES.get(CLASSES.partition_point(|&c| c < size)) {
        Some(&c) => c,
        None => size.div_ceil(8192) * 8192,
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        for &(p, size) in &self.chunks {
            // SAFETY: allocated in `new_chunk` with exactly this layout.
            unsafe { dealloc(p, Layout::from_size_align_unchecked(size, ALIGN)) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bump_zeroed_aligned() {
        let mut a = Arena::new(None);
        let p = a.alloc(24).unwrap();
        let q = a.alloc(8).unwrap();
        assert_eq!(p as usize % 16, 0);
        assert_eq!(q as usize, p as usize + 32);
        // SAFETY: 24 fresh bytes.
        assert!(unsafe { std::slice::from_raw_parts(p, 24) }
            .iter()
            .all(|&b| b == 0));
        let big = a.alloc(1 << 20).unwrap();
        assert!(!big.is_null());
        assert!(!a.alloc(0).unwrap().is_null());
    }

    #[test]
    fn counts_as_go() {
        let mut a = Arena::new(None);
        a.alloc(0).unwrap();
        a.alloc(16).unwrap();
        a.alloc(17).unwrap();
        a.alloc(40_000).unwrap();
        assert_eq!(a.allocated(), (16 + 24 + 40_960, 3));
    }

    #[test]
    fn limit() {
        let mut a = Arena::new(Some(100_000));
        assert!(a.alloc(1000).is_some());
        assert!(a.alloc(200_000).is_none());
    }
}
