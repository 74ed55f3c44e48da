//! Package sync's semaphores (gc's `sema.go`, on one thread): a count in Go memory, and
//! the goroutines waiting for it. `Mutex`, `RWMutex`, `WaitGroup` and `Cond` in
//! lib/sync are built on them; the runtime entries behind its bodyless functions.

use crate::goroutine::{current, run};
use crate::sched::{park, ready};

/// Why a goroutine waits on a semaphore, as Go's traces say, by lib/sync's numbering.
const REASONS: [&str; 5] = [
    "semacquire",
    "sync.Mutex.Lock",
    "sync.RWMutex.RLock",
    "sync.RWMutex.Lock",
    "sync.Cond.Wait",
];

/// `sync.semacquire(stub_fp, addr, reason)`: takes one from the count at `addr`, waiting
/// until there is one (a release hands it over directly).
///
/// # Safety
/// Called by generated code: `addr` points to a live `uint32`.
pub unsafe extern "C" fn rt_sync_semacquire(fp: usize, addr: i64, reason: i64) {
    crate::goroutine::entered(fp);
    let count = addr as *mut u32;
    // SAFETY: a live uint32 (caller).
    unsafe {
        if *count > 0 {
            *count -= 1;
            return;
        }
    }
    let g = current();
    // SAFETY: the current run; a short borrow.
    unsafe { run() }
        .sched
        .semas
        .entry(addr as usize)
        .or_default()
        .push_back(g);
    let why = REASONS.get(reason as usize).copied().unwrap_or(REASONS[0]);
    // SAFETY: inside a runtime entry, nothing held.
    unsafe { park(why) };
}

/// `sync.semrelease(stub_fp, addr)`: gives one to the first goroutine waiting on `addr`,
/// which runs next, or else adds one to the count.
///
/// # Safety
/// Called by generated code: `addr` points to a live `uint32`.
pub unsafe extern "C" fn rt_sync_semrelease(_fp: usize, addr: i64) {
    // SAFETY: the current run; a short borrow.
    let semas = &mut unsafe { run() }.sched.semas;
    let waiter = semas.get_mut(&(addr as usize)).and_then(|q| q.pop_front());
    if semas.get(&(addr as usize)).is_some_and(|q| q.is_empty()) {
        semas.remove(&(addr as usize));
    }
    match waiter {
        // SAFETY: a live goroutine of the run, waiting.
        Some(g) => unsafe { ready(g, true) },
        // SAFETY: a live uint32 (caller).
        None => unsafe { *(addr as *mut u32) += 1 },
    }
}

/// `sync.fatal(stub_fp, ptr, len)`: Go's `fatal error: sync: ...` (unlocking an
/// unlocked mutex), which no recover stops.
///
/// # Safety
/// `(ptr, len)` must be a valid string.
pub unsafe extern "C" fn rt_sync_fatal(fp: usize, ptr: i64, len: i64) -> ! {
    crate::goroutine::entered(fp);
    // SAFETY: a valid string (caller).
    let msg = unsafe { crate::strings::bytes(ptr as usize, len as usize) };
    crate::fatal::fatal_error(&String::from_utf8_lossy(msg))
}
