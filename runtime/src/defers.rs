//! `_defer` records: `rt_defer_refill` (the slow path of a heap record when its pool list
//! is empty) and the runtime's own unlinking of a frame's records during a panic. Generated
//! code pushes, pops and recycles records inline (see `abi::DeferRecord`).

use crate::abi::DeferRecord;
use crate::goroutine::{current, g};
use std::ptr::null_mut;

/// `rt_defer_refill(stub_fp, closure_size)`: puts a new heap record for a closure of
/// `closure_size` bytes on the (empty) free list of its size class, from which generated
/// code then pops it. Returning nothing lets its stub preserve every register.
pub extern "C" fn rt_defer_refill(fp: usize, closure_size: i64) {
    crate::goroutine::entered(fp);
    // SAFETY: short borrow; `take` may end the run on out-of-memory, which skips only
    // plain data; the record is fresh and unused, so it can go on the free list.
    unsafe {
        let pool = &mut g().pool;
        let rec = pool.take(closure_size as usize, record_alloc);
        pool.give_back(rec);
    }
}

/// Memory for a new heap record: from the run's record arena (records are pooled, never
/// collected; the collector scans the arena for the pointers their closures hold).
fn record_alloc(size: usize) -> *mut u8 {
    // SAFETY: a short exclusive borrow; no generated code runs meanwhile.
    match unsafe { crate::goroutine::run() }.records.alloc(size) {
        Some(p) => p,
        None => crate::fatal::fatal_error("runtime: out of memory"),
    }
}

/// Unlinks and returns the newest record if it belongs to the frame `frame_fp`.
pub fn pop_for_frame(frame_fp: usize) -> *mut DeferRecord {
    let g = current();
    // SAFETY: `g` is the live goroutine; chain records are valid while linked.
    unsafe {
        let head = (*g).defer_head;
        if !head.is_null() && (*head).frame_fp == frame_fp {
            (*g).defer_head = (*head).link;
            (*head).link = null_mut();
            head
        } else {
            null_mut()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::defer_size_class as size_class;
    use crate::goroutine::install;

    #[test]
    fn classes() {
        assert_eq!(size_class(8), (1, 32));
        assert_eq!(size_class(0), (1, 32));
        assert_eq!(size_class(40), (3, 64));
        assert_eq!(size_class(5000).1, 8192);
    }

    /// Links `rec` on the chain for frame `fp`, as generated code does inline.
    ///
    /// # Safety
    /// `rec` must be a valid record that stays alive until popped.
    unsafe fn push(rec: i64, fp: i64) {
        let g = current();
        let rec = rec as *mut DeferRecord;
        // SAFETY: `g` is the live goroutine; `rec` is valid (caller).
        unsafe {
            (*rec).frame_fp = fp as usize;
            (*rec).link = (*g).defer_head;
            (*g).defer_head = rec;
        }
    }

    fn next(fp: i64) -> i64 {
        pop_for_frame(fp as usize) as i64
    }

    /// A heap record for `size` bytes of closure, as generated code takes one: refill the
    /// free list when empty, then pop it.
    fn take(size: i64) -> i64 {
        // SAFETY: short borrows of the installed goroutine's pool.
        unsafe {
            if g().pool.is_empty_for(size as usize) {
                rt_defer_refill(0, size);
            }
            g().pool.take(size as usize, |_| unreachable!("refilled")) as i64
        }
    }

    /// Gives a popped record back to the pool, as generated code does inline.
    ///
    /// # Safety
    /// `rec` must be a popped record whose deferred call has returned.
    unsafe fn done(rec: i64) {
        // SAFETY: short borrow; `rec` is done (caller).
        unsafe { g().pool.give_back(rec as *mut DeferRecord) }
    }

    #[test]
    fn pool_reuses_records() {
        let (run, mut gr) = crate::goroutine::test_goroutine();
        let prev = install(&mut *gr);
        let fp = 0x7000_0000usize;
        for i in 0..1_000_000i64 {
            let r = take(8 + (i % 3) * 8);
            // SAFETY: a fresh record of the pool.
            unsafe { push(r, fp as i64) };
            let n = next(fp as i64);
            assert_eq!(n, r);
            assert_eq!(next(fp as i64), 0);
            // SAFETY: popped and done.
            unsafe { done(n) };
        }
        assert_eq!(gr.pool.allocated, 2);
        let before = run.records.total_bytes();
        // A chain of 1000 heap records, then all freed, twice: memory stays flat.
        for _ in 0..2 {
            let recs: Vec<i64> = (0..1000).map(|_| take(16)).collect();
            for &r in &recs {
                // SAFETY: fresh records.
                unsafe { push(r, fp as i64) };
            }
            let mut n = 0;
            loop {
                let r = next(fp as i64);
                if r == 0 {
                    break;
                }
                // SAFETY: popped.
                unsafe { done(r) };
                n += 1;
            }
            assert_eq!(n, 1000);
        }
        assert!(run.records.total_bytes() - before < 200_000);
        assert_eq!(gr.pool.allocated, 1001);
        install(prev);
    }
}
