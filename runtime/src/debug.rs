//! Deliberate faults for tests of the fault handling: a runtime entry (SystemV, like every
//! runtime function; tests call it through a program's entry trampoline, so that it runs
//! as runtime code called by generated code) that reads from any address. Nothing in the
//! lowering ever calls it.

/// `rt_debug_fault(_, addr)`: reads the word at `addr` (a bad address faults inside the
/// runtime) and returns it.
///
/// # Safety
/// None for the caller to uphold beyond what the fault handling tests expect: a bad
/// `addr` is the point, and the process aborts with the runtime-fault report.
#[inline(never)]
pub unsafe extern "C" fn rt_debug_fault(_closure: usize, addr: usize) -> i64 {
    // SAFETY: deliberately none; see above.
    unsafe { std::ptr::read_volatile(addr as *const i64) }
}
