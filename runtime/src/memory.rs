//! Arena allocation for generated code and the runtime (`rt_alloc`), with Go's fatal
//! out-of-memory error when the run's memory limit is exceeded.

use crate::goroutine::g;

/// `size` zeroed, 16-aligned bytes from the run's arena; ends the run with Go's
/// `fatal error: runtime: out of memory` when the limit is exceeded.
pub fn alloc(size: usize) -> *mut u8 {
    // SAFETY: a short exclusive borrow; no generated code is called while it lives.
    let r = unsafe { g() }.arena.alloc(size);
    match r {
        Some(p) => p,
        None => crate::fatal::fatal_error("runtime: out of memory"),
    }
}

/// `rt_alloc(stub_fp, size) -> ptr`: zeroed arena memory, 8-aligned (16 in fact).
pub extern "C" fn rt_alloc(fp: usize, size: i64) -> i64 {
    crate::goroutine::entered(fp);
    if size < 0 {
        crate::fatal::fatal_error("runtime: out of memory");
    }
    alloc(size as usize) as i64
}
