//! What package `runtime` reports about processors and goroutines: `NumCPU`,
//! `GOMAXPROCS` (the run's setting, which schedules nothing: one thread runs its
//! goroutines), and the goroutine's stack limit that `runtime/debug.SetMaxStack` sets.

/// The number of CPUs this process may use, as `runtime.NumCPU` reports it.
fn num_cpu() -> i64 {
    std::thread::available_parallelism().map_or(1, |n| n.get() as i64)
}

/// `rt_num_cpu(stub_fp) -> n`: `runtime.NumCPU()`.
pub extern "C" fn rt_num_cpu(_fp: usize) -> i64 {
    num_cpu()
}

/// `rt_gomaxprocs(stub_fp, n) -> previous`: `runtime.GOMAXPROCS(n)`; `n < 1` only reads.
pub extern "C" fn rt_gomaxprocs(_fp: usize, n: i64) -> i64 {
    // SAFETY: a short borrow of the live run.
    let host = unsafe { &mut crate::goroutine::run().host };
    let prev = host.gomaxprocs;
    if n >= 1 {
        host.gomaxprocs = n;
    }
    prev
}

/// `runtime/debug.setMaxStack(stub_fp, n) -> previous`: `debug.SetMaxStack(n)`: the
/// goroutine's stack may grow to `n` bytes (within what its thread reserved); overflowing
/// it is Go's `fatal error: stack overflow` naming that limit.
pub extern "C" fn rt_debug_set_max_stack(_fp: usize, n: i64) -> i64 {
    let g = crate::goroutine::current();
    // SAFETY: this thread's live goroutine, inside a call of generated code; the guard
    // word is the program's, which the stubs read.
    unsafe {
        let prev = (*(*g).run).stack_limit as i64;
        let n = n.max(0) as usize;
        (*(*g).run).stack_limit = n;
        let (lo, hi) = ((*g).stack_lo, (*g).stack_hi);
        if lo != 0 && hi > lo + crate::abi::STACK_RESERVE {
            let floor = lo + crate::abi::STACK_RESERVE;
            (*g).stack_guard = hi.saturating_sub(n).max(floor);
            if !(*(*g).run).guard_word.is_null() {
                (*(*g).run).guard_word.write_volatile((*g).stack_guard);
            }
        }
        prev
    }
}
