//! The run's pool of heap `_defer` records (gc's is per P; a run has one): free lists per
//! size class ([`crate::abi::defer_size_class`]), laid out as the ABI says so that
//! generated code pops them inline.

use crate::abi::{defer_size_class as size_class, DeferRecord, DEFER_POOL_CLASSES};
use crate::bug::runtime_bug;
use std::ptr::null_mut;

/// Free lists of heap records, per size class, linked through `DeferRecord::link`. The
/// heads are inline, first, so that generated code reaches them at a fixed offset from
/// the goroutine (`abi::G_POOL_LISTS_OFFSET`).
#[repr(C)]
pub struct DeferPool {
    free: [*mut DeferRecord; DEFER_POOL_CLASSES],
    /// Records ever taken from the arena (for tests and statistics).
    pub allocated: usize,
}

impl Default for DeferPool {
    fn default() -> Self {
        Self::new()
    }
}

impl DeferPool {
    /// An empty pool.
    pub fn new() -> DeferPool {
        DeferPool {
            free: [null_mut(); DEFER_POOL_CLASSES],
            allocated: 0,
        }
    }

    /// Whether the free list for a closure of `closure_size` bytes is empty.
    pub fn is_empty_for(&self, closure_size: usize) -> bool {
        self.free[size_class(closure_size).0].is_null()
    }

    /// A heap record for a closure of `closure_size` bytes: `heap_class` and
    /// `closure_size` set, not linked. New records come from `alloc` (the run's arena).
    pub fn take(
        &mut self,
        closure_size: usize,
        alloc: impl FnOnce(usize) -> *mut u8,
    ) -> *mut DeferRecord {
        let (class, size) = size_class(closure_size);
        let head = self.free[class];
        let rec = if head.is_null() {
            self.allocated += 1;
            alloc(size) as *mut DeferRecord
        } else {
            // SAFETY: free-list entries are records of this class owned by the pool.
            self.free[class] = unsafe { (*head).link };
            head
        };
        // SAFETY: `rec` is a record of at least `size` bytes owned by the caller now.
        unsafe {
            (*rec).link = null_mut();
            (*rec).frame_fp = 0;
            (*rec).heap_class = class as u32 + 1;
            (*rec).closure_size = closure_size as u32;
        }
        rec
    }

    /// Takes every free record of `other` (and its count of records allocated): a
    /// goroutine that ended leaves its records to the next one (see `sched`), so that the
    /// run's records are reused across its goroutines as gc's per-P pool reuses them.
    pub fn absorb(&mut self, other: &mut DeferPool) {
        for class in 0..DEFER_POOL_CLASSES {
            let mut rec = std::mem::replace(&mut other.free[class], null_mut());
            while !rec.is_null() {
                // SAFETY: free-list entries are unused records owned by `other`, now ours.
                unsafe {
                    let next = (*rec).link;
                    (*rec).link = self.free[class];
                    self.free[class] = rec;
                    rec = next;
                }
            }
        }
        self.allocated += std::mem::take(&mut other.allocated);
    }

    /// The addresses of the records on the free lists (the collector skips them: a free
    /// record's closure bytes are stale).
    pub fn free_records(&self) -> impl Iterator<Item = usize> + '_ {
        self.free.iter().flat_map(|&head| {
            std::iter::successors((!head.is_null()).then_some(head), |&rec| {
                // SAFETY: free-list entries are unused records owned by the pool.
                let next = unsafe { (*rec).link };
                (!next.is_null()).then_some(next)
            })
            .map(|r| r as usize)
        })
    }

    /// Returns a heap record to its free list; stack records are ignored.
    ///
    /// # Safety
    /// `rec` must be a record not on the chain and no longer used.
    pub unsafe fn give_back(&mut self, rec: *mut DeferRecord) {
        // SAFETY: `rec` is a valid record (caller).
        let hc = unsafe { (*rec).heap_class } as usize;
        if hc == 0 {
            return;
        }
        let class = hc - 1;
        if class >= self.free.len() {
            runtime_bug(&format!("defer record {rec:p} has bad heap class {hc}"));
        }
        // SAFETY: as above.
        unsafe { (*rec).link = self.free[class] };
        self.free[class] = rec;
    }
}

// The free-list heads start the pool (generated code's view; see `goroutine`).
const _: () = assert!(std::mem::offset_of!(DeferPool, free) == 0);
