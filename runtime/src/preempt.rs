//! Preemption: the ticker that asks a goroutine running a loop to yield.
//!
//! One thread runs every goroutine of a run, so a goroutine that loops without blocking
//! (`for !done.Load() {}`) would keep the others from ever running. gc preempts such a
//! goroutine after 10 ms (sysmon). Here, a program that can start goroutines polls its
//! preemption word (`abi::PREEMPT_SYMBOL`) at every loop's back edge; a run registers the
//! word when it starts its first goroutine, and one process-wide ticker thread sets every
//! registered word each [`PREEMPT_PERIOD`]. The loop then calls `rt_preempt`, which clears
//! the word and yields as `runtime.Gosched` does. A run unregisters its word when it ends
//! (and the compiled code when it is freed), so the ticker never writes to freed memory.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, Once};
use std::time::Duration;

/// How often a looping goroutine is asked to yield (gc's sysmon: 10 ms).
pub const PREEMPT_PERIOD: Duration = Duration::from_millis(10);

/// The registered preemption words (addresses), each with its count of registrations.
static WORDS: Mutex<Vec<(usize, usize)>> = Mutex::new(Vec::new());
/// Signalled when a word is registered (the ticker sleeps while there is none).
static REGISTERED: Condvar = Condvar::new();
static START: Once = Once::new();

fn words() -> std::sync::MutexGuard<'static, Vec<(usize, usize)>> {
    WORDS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Starts setting the word at `addr` every [`PREEMPT_PERIOD`].
///
/// # Safety
/// `addr` is an 8-aligned word that stays valid until as many [`unregister`] calls.
pub unsafe fn register(addr: usize) {
    if addr == 0 {
        return;
    }
    START.call_once(|| {
        // Without the thread, loops are never preempted: correct programs that never
        // spin still run.
        let _ = std::thread::Builder::new()
            .name("deferjit-preempt".into())
            .stack_size(64 * 1024)
            .spawn(tick);
    });
    let mut w = words();
    match w.iter_mut().find(|(a, _)| *a == addr) {
        Some(entry) => entry.1 += 1,
        None => w.push((addr, 1)),
    }
    REGISTERED.notify_all();
}

/// Undoes one [`register`] of `addr`; the ticker stops writing the word once every
/// registration is undone (it is not writing it when this returns).
pub fn unregister(addr: usize) {
    let mut w = words();
    if let Some(i) = w.iter().position(|(a, _)| *a == addr) {
        w[i].1 -= 1;
        if w[i].1 == 0 {
            w.swap_remove(i);
        }
    }
}

/// Removes `addr` whatever its count (the code that holds the word is being freed).
pub fn forget(addr: usize) {
    words().retain(|(a, _)| *a != addr);
}

/// The ticker thread: sets every registered word, sleeps, and so on; waits while there
/// is none.
fn tick() {
    loop {
        {
            let mut w = words();
            while w.is_empty() {
                w = REGISTERED.wait(w).unwrap_or_else(|e| e.into_inner());
            }
            for &(addr, _) in w.iter() {
                // SAFETY: registered words stay valid while registered (`register`'s
                // contract), and the lock keeps them registered during the store.
                unsafe { AtomicU64::from_ptr(addr as *mut u64) }.store(1, Ordering::Relaxed);
            }
        }
        std::thread::sleep(PREEMPT_PERIOD);
    }
}
