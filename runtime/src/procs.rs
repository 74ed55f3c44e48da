//! What package `runtime` reports about processors and goroutines: `NumCPU`,
//! `GOMAXPROCS` (a setting that schedules nothing yet: a run has one goroutine).

use std::sync::atomic::{AtomicI64, Ordering};

/// The `GOMAXPROCS` setting; 0 until first read or set (then the CPU count).
static MAXPROCS: AtomicI64 = AtomicI64::new(0);

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
    let prev = match MAXPROCS.load(Ordering::Relaxed) {
        0 => num_cpu(),
        p => p,
    };
    if n >= 1 {
        MAXPROCS.store(n, Ordering::Relaxed);
    }
    prev
}
