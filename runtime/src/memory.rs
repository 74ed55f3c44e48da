//! Arena allocation for generated code and the runtime (`rt_alloc`), with Go's fatal
//! out-of-memory error when the run's memory limit is exceeded.

use crate::goroutine::run;

/// `size` zeroed, 16-aligned bytes from the run's arena; ends the run with Go's
/// `fatal error: runtime: out of memory` when the limit is exceeded.
pub fn alloc(size: usize) -> *mut u8 {
    // SAFETY: a short exclusive borrow; no generated code is called while it lives.
    let r = unsafe { run() }.arena.alloc(size);
    match r {
        Some(p) => p,
        None => crate::fatal::fatal_error("runtime: out of memory"),
    }
}

/// Where every zero-sized allocation and variable lives (gc's `runtime.zerobase`): two
/// `new(struct{})` are equal pointers. Nothing is ever stored through it.
pub static ZEROBASE: u64 = 0;

/// The address of [`ZEROBASE`], as generated code embeds it.
pub fn zerobase() -> usize {
    &ZEROBASE as *const u64 as usize
}

/// `rt_alloc(stub_fp, size) -> ptr`: zeroed arena memory, 8-aligned (16 in fact); a
/// zero size gives [`ZEROBASE`].
pub extern "C" fn rt_alloc(fp: usize, size: i64) -> i64 {
    crate::goroutine::entered(fp);
    if size < 0 {
        crate::fatal::fatal_error("runtime: out of memory");
    }
    if size == 0 {
        return zerobase() as i64;
    }
    alloc(size as usize) as i64
}
