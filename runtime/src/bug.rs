//! Aborting on a runtime bug: an internal inconsistency (frames, metadata, records) that
//! cannot be handled without risking undefined behaviour ends the process with a clear
//! message, never continues silently.

use crate::goroutine::try_current;

/// Aborts the process with `deferjit runtime: <msg>`: an internal inconsistency that
/// cannot be handled without risking undefined behaviour.
pub fn runtime_bug(msg: &str) -> ! {
    let g = try_current();
    if !g.is_null() {
        // SAFETY: the goroutine is live; flush what the program printed so far.
        unsafe { (*(*g).run).out.flush() };
    }
    let text = format!("deferjit runtime: {msg}\n");
    // SAFETY: writes a valid buffer to fd 2.
    unsafe { libc::write(2, text.as_ptr().cast(), text.len()) };
    std::process::abort()
}
