//! `_defer` records: the chain operations `rt_defer_alloc`, `rt_defer_push`, `rt_defer_next`,
//! `rt_defer_done`.

use crate::abi::DeferRecord;
use crate::goroutine::{current, g};
use crate::memory::alloc;
use std::ptr::null_mut;

/// `rt_defer_alloc(stub_fp, closure_size) -> record`.
pub extern "C" fn rt_defer_alloc(fp: usize, closure_size: i64) -> i64 {
    crate::goroutine::entered(fp);
    // SAFETY: short borrow; `take` may end the run on out-of-memory, which skips only
    // plain data.
    unsafe { g() }.pool.take(closure_size as usize, alloc) as i64
}

/// `rt_defer_push(record, frame_fp)`: links a record (stack or heap) on the chain.
///
/// # Safety
/// `rec` must be a valid record that stays alive until popped.
pub unsafe extern "C" fn rt_defer_push(_fp: usize, rec: i64, frame_fp: i64) {
    let g = current();
    let rec = rec as *mut DeferRecord;
    // SAFETY: `g` is the live goroutine; `rec` is valid (caller).
    unsafe {
        (*rec).frame_fp = frame_fp as usize;
        (*rec).link = (*g).defer_head;
        (*g).defer_head = rec;
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

/// `rt_defer_next(frame_fp) -> record or 0`.
pub extern "C" fn rt_defer_next(_fp: usize, frame_fp: i64) -> i64 {
    pop_for_frame(frame_fp as usize) as i64
}

/// `rt_defer_done(record)`: returns a heap record to the pool.
///
/// # Safety
/// `rec` must be a record popped from the chain whose deferred call has returned.
pub unsafe extern "C" fn rt_defer_done(_fp: usize, rec: i64) {
    // SAFETY: short borrow; `rec` is done (caller).
    unsafe { g().pool.give_back(rec as *mut DeferRecord) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::defer_size_class as size_class;
    use crate::goroutine::{install, Goroutine};
    use crate::sink::Output;

    #[test]
    fn classes() {
        assert_eq!(size_class(8), (1, 32));
        assert_eq!(size_class(0), (1, 32));
        assert_eq!(size_class(40), (3, 64));
        assert_eq!(size_class(5000).1, 8192);
    }

    #[test]
    fn pool_reuses_records() {
        let mut gr = Box::new(Goroutine::new(Output::Capture, None, 0));
        let prev = install(&mut *gr);
        let fp = 0x7000_0000usize;
        for i in 0..1_000_000i64 {
            let r = rt_defer_alloc(0, 8 + (i % 3) * 8);
            // SAFETY: a fresh record of the pool.
            unsafe { rt_defer_push(0, r, fp as i64) };
            let n = rt_defer_next(0, fp as i64);
            assert_eq!(n, r);
            assert_eq!(rt_defer_next(0, fp as i64), 0);
            // SAFETY: popped and done.
            unsafe { rt_defer_done(0, n) };
        }
        assert_eq!(gr.pool.allocated, 2);
        let before = gr.arena.total_bytes();
        // A chain of 1000 heap records, then all freed, twice: memory stays flat.
        for _ in 0..2 {
            let recs: Vec<i64> = (0..1000).map(|_| rt_defer_alloc(0, 16)).collect();
            for &r in &recs {
                // SAFETY: fresh records.
                unsafe { rt_defer_push(0, r, fp as i64) };
            }
            let mut n = 0;
            loop {
                let r = rt_defer_next(0, fp as i64);
                if r == 0 {
                    break;
                }
                // SAFETY: popped.
                unsafe { rt_defer_done(0, r) };
                n += 1;
            }
            assert_eq!(n, 1000);
        }
        assert!(gr.arena.total_bytes() - before < 200_000);
        assert_eq!(gr.pool.allocated, 1001);
        install(prev);
    }
}
