//! The per-run arena of runtime records (heap defer records, which are pooled and never
//! collected): bump allocation in chunks, all freed together when the run ends, with an
//! optional limit on the total bytes taken from the system.

use std::alloc::{alloc_zeroed, dealloc, Layout};

const MIN_CHUNK: usize = 64 * 1024;
/// Alignment (and size granularity) of every allocation.
pub const ALIGN: usize = 16;

/// A bump allocator; memory it hands out stays valid until it is dropped.
pub struct Arena {
    chunks: Vec<(*mut u8, usize)>,
    cur: usize,
    end: usize,
    next_chunk: usize,
    total: usize,
    limit: Option<usize>,
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
        }
    }

    /// The memory handed out so far, as ranges `[lo, hi)` (the collector scans them).
    pub fn used_ranges(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.chunks.iter().map(move |&(p, size)| {
            let lo = p as usize;
            if (lo..lo + size).contains(&self.cur) || self.cur == lo + size {
                (lo, self.cur)
            } else {
                (lo, lo + size)
            }
        })
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
}
