//! `*testing.B`'s timer and settings: `b.ResetTimer`, `b.StopTimer`, `b.StartTimer`,
//! `b.ReportAllocs` and `b.SetBytes`, on the [`BenchState`] the benchmark runner hands to
//! the benchmark function.
//!
//! The runner starts the timer before it calls the function with `b.N` set and stops it
//! after ([`BenchState::started`], [`BenchState::stop`]); what it reports is the time
//! (and the allocations) counted while the timer ran, as `go test -bench` does.

use crate::abi::BenchState;

/// The monotonic clock in nanoseconds (the runner's and the entries' common clock).
pub fn now_ns() -> i64 {
    crate::clock::rt_time_nanotime(0)
}

impl BenchState {
    /// A state for a call with `b.N = n`, its timer running from `now` with the run's
    /// allocation counters at `alloc`.
    pub fn started(n: i64, now: i64, alloc: (u64, u64)) -> BenchState {
        BenchState {
            n,
            timer_on: 1,
            start_ns: now,
            elapsed_ns: 0,
            alloc_start: [alloc.0, alloc.1],
            allocated: [0, 0],
            bytes: 0,
            report_allocs: 0,
        }
    }

    /// `b.StopTimer()` at `now` with the allocation counters at `alloc`.
    pub fn stop(&mut self, now: i64, alloc: (u64, u64)) {
        if self.timer_on != 0 {
            self.elapsed_ns += now - self.start_ns;
            self.allocated[0] += alloc.0.saturating_sub(self.alloc_start[0]);
            self.allocated[1] += alloc.1.saturating_sub(self.alloc_start[1]);
            self.timer_on = 0;
        }
    }

    /// `b.StartTimer()`.
    pub fn start(&mut self, now: i64, alloc: (u64, u64)) {
        if self.timer_on == 0 {
            self.start_ns = now;
            self.alloc_start = [alloc.0, alloc.1];
            self.timer_on = 1;
        }
    }

    /// `b.ResetTimer()`: what was counted is dropped; a running timer goes on from now.
    pub fn reset(&mut self, now: i64, alloc: (u64, u64)) {
        if self.timer_on != 0 {
            self.start_ns = now;
            self.alloc_start = [alloc.0, alloc.1];
        }
        self.elapsed_ns = 0;
        self.allocated = [0, 0];
    }
}

/// The run's allocation counters (bytes, objects).
fn allocated() -> (u64, u64) {
    // SAFETY: a short borrow of the live run.
    let s = unsafe { crate::goroutine::run() }.heap.stats();
    (s.total_alloc, s.mallocs)
}

/// The state `b` points to.
///
/// # Safety
/// `b` is the `*testing.B` the runner passed: a live `BenchState` nothing else borrows.
unsafe fn state<'a>(b: i64) -> &'a mut BenchState {
    // SAFETY: caller's contract.
    unsafe { &mut *(b as *mut BenchState) }
}

/// `b.ResetTimer()`.
///
/// # Safety
/// Called by generated code with the benchmark's `*testing.B`.
pub unsafe extern "C" fn rt_bench_reset_timer(_fp: usize, b: i64) {
    // SAFETY: caller's contract.
    unsafe { state(b) }.reset(now_ns(), allocated());
}

/// `b.StartTimer()`.
///
/// # Safety
/// As [`rt_bench_reset_timer`].
pub unsafe extern "C" fn rt_bench_start_timer(_fp: usize, b: i64) {
    // SAFETY: caller's contract.
    unsafe { state(b) }.start(now_ns(), allocated());
}

/// `b.StopTimer()`.
///
/// # Safety
/// As [`rt_bench_reset_timer`].
pub unsafe extern "C" fn rt_bench_stop_timer(_fp: usize, b: i64) {
    // SAFETY: caller's contract.
    unsafe { state(b) }.stop(now_ns(), allocated());
}

/// `b.ReportAllocs()`.
///
/// # Safety
/// As [`rt_bench_reset_timer`].
pub unsafe extern "C" fn rt_bench_report_allocs(_fp: usize, b: i64) {
    // SAFETY: caller's contract.
    unsafe { state(b) }.report_allocs = 1;
}

/// `b.SetBytes(n)`.
///
/// # Safety
/// As [`rt_bench_reset_timer`].
pub unsafe extern "C" fn rt_bench_set_bytes(_fp: usize, b: i64, n: i64) {
    // SAFETY: caller's contract.
    unsafe { state(b) }.bytes = n;
}
