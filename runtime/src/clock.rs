//! Package time's clocks and sleep: the runtime entries behind the bodyless functions of
//! `lib/time/time.go` (the wall clock, the monotonic clock, and `time.Sleep`, which
//! blocks the run's thread while there is one goroutine, and else lets the others run).

/// Reads clock `id` as (seconds, nanoseconds).
fn clock(id: libc::clockid_t) -> (i64, i64) {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clocks used here always exist.
    unsafe { libc::clock_gettime(id, &mut ts) };
    (ts.tv_sec, ts.tv_nsec)
}

/// `time.walltime() (sec, nsec int64)`: the wall clock, seconds and nanoseconds since
/// the Unix epoch.
pub extern "C" fn rt_time_walltime(_fp: usize) -> crate::words::Words2 {
    let (s, ns) = clock(libc::CLOCK_REALTIME);
    crate::words::Words2::new(s as usize, ns as usize)
}

/// `time.nanotime() int64`: the monotonic clock in nanoseconds (its origin is arbitrary).
pub extern "C" fn rt_time_nanotime(_fp: usize) -> i64 {
    let (s, ns) = clock(libc::CLOCK_MONOTONIC);
    s.wrapping_mul(1_000_000_000).wrapping_add(ns)
}

/// Longest single nap of [`rt_time_sleep`]: a run's deadline is checked this often.
const NAP_NS: i64 = 20_000_000;

/// `time.Sleep(d)`: pauses the run for at least `d` nanoseconds (nothing for `d <= 0`).
/// The run's `--timeout` still ends a long sleep on time.
pub extern "C" fn rt_time_sleep(fp: usize, d: i64) {
    if d <= 0 {
        return;
    }
    if crate::sched::has_goroutines() {
        // Other goroutines run meanwhile.
        crate::goroutine::entered(fp);
        // SAFETY: inside a runtime entry called by generated code; nothing held.
        unsafe { crate::sched::sleep(d) };
        return;
    }
    let end = rt_time_nanotime(0).saturating_add(d);
    loop {
        let left = end - rt_time_nanotime(0);
        if left <= 0 {
            return;
        }
        let nap = left.min(NAP_NS);
        let ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: nap,
        };
        // SAFETY: a valid timespec; an early wake-up (a signal) only shortens this nap.
        unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
        crate::signals::timeout_point();
    }
}
