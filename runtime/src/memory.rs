//! Heap allocation for generated code (`rt_alloc`, `rt_alloc_noscan`) and the runtime,
//! through the collector, and the address of zero-sized objects.

use crate::heap::Scan;

/// `size` zeroed bytes from the run's heap for an object whose words are scanned as
/// `scan` says; ends the run with Go's `fatal error: runtime: out of memory` past the
/// run's limit.
pub fn alloc(size: usize, scan: Scan) -> *mut u8 {
    crate::collector::alloc(size, scan)
}

/// As [`alloc`], for an object that holds no pointers (the collector does not scan it).
pub fn alloc_noscan(size: usize) -> *mut u8 {
    crate::collector::alloc(size, Scan::NoScan)
}

/// Where every zero-sized allocation and variable lives (gc's `runtime.zerobase`): two
/// `new(struct{})` are equal pointers. Nothing is ever stored through it.
pub static ZEROBASE: u64 = 0;

/// The address of [`ZEROBASE`], as generated code embeds it.
pub fn zerobase() -> usize {
    &ZEROBASE as *const u64 as usize
}

/// `rt_alloc(stub_fp, size, ptr_map) -> ptr`: zeroed heap memory for an object that may
/// hold pointers, an array of the elements `ptr_map` describes (see `abi::PtrMap`),
/// 8-aligned; a zero size gives [`ZEROBASE`].
///
/// # Safety
/// `ptr_map` must be a pointer map of the code, which outlives the run.
pub unsafe extern "C" fn rt_alloc(fp: usize, size: i64, ptr_map: i64) -> i64 {
    crate::goroutine::entered(fp);
    if size < 0 {
        crate::fatal::fatal_error("runtime: out of memory");
    }
    // SAFETY: the code's map (caller).
    let scan = unsafe { Scan::of(ptr_map as *const crate::abi::PtrMap) };
    crate::collector::alloc_at(fp, size as usize, scan) as i64
}

/// `rt_alloc_noscan(stub_fp, size) -> ptr`: as [`rt_alloc`], for an object without
/// pointers.
pub extern "C" fn rt_alloc_noscan(fp: usize, size: i64) -> i64 {
    crate::goroutine::entered(fp);
    if size < 0 {
        crate::fatal::fatal_error("runtime: out of memory");
    }
    crate::collector::alloc_at(fp, size as usize, Scan::NoScan) as i64
}
