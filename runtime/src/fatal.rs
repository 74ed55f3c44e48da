//! How runs end badly: Go's fatal panic text (`panic: ...` lines, the `[signal ...]`
//! line, `goroutine 1 [running]:` and the trace), Go's `fatal error: ...`, and aborts on
//! runtime bugs (inconsistent frames or metadata), which never continue silently.

use crate::goroutine::{current, try_current};
use crate::panic::Panic;
use std::fmt::Write as _;

/// Aborts the process with `deferjit runtime: <msg>`: an internal inconsistency that
/// cannot be handled without risking undefined behaviour.
pub fn runtime_bug(msg: &str) -> ! {
    let g = try_current();
    if !g.is_null() {
        // SAFETY: the goroutine is live; flush what the program printed so far.
        unsafe { (*g).out.flush() };
    }
    let text = format!("deferjit runtime: {msg}\n");
    // SAFETY: writes a valid buffer to fd 2.
    unsafe { libc::write(2, text.as_ptr().cast(), text.len()) };
    std::process::abort()
}

/// Go's `fatal error: <msg>`: prints it and ends the run with status 2 at once (no
/// deferred calls run).
pub fn fatal_error(msg: &str) -> ! {
    fatal_error_with_header("", msg)
}

/// [`fatal_error`] preceded by `header` lines (as Go's stack overflow report).
pub fn fatal_error_with_header(header: &str, msg: &str) -> ! {
    let text = format!("{header}fatal error: {msg}\n\ngoroutine 1 [running]:\n");
    let g = current();
    // SAFETY: the goroutine is live; no generated code is called while borrowed.
    unsafe {
        (*g).out.stderr(text.as_bytes());
        (*g).panic_text = Some(text);
        crate::walk::end_run(g, 2)
    }
}

/// The text Go prints for the fatal panic `p`, up to and including the trace.
///
/// # Safety
/// `p` must be the head of the goroutine's live panic chain.
pub unsafe fn fatal_panic_text(p: *mut Panic, sig: Option<usize>) -> String {
    // Oldest first.
    let mut chain = Vec::new();
    let mut q = p;
    while !q.is_null() {
        chain.push(q);
        // SAFETY: chain members are live panics.
        q = unsafe { (*q).link };
    }
    let mut out = Vec::<u8>::new();
    for (i, &q) in chain.iter().rev().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        out.extend_from_slice(b"panic: ");
        // SAFETY: live panic with a valid value.
        unsafe {
            out.extend_from_slice(&crate::print::panic_value_text((*q).typ, (*q).data));
            if (*q).recovered {
                out.extend_from_slice(b" [recovered]");
            }
        }
        out.push(b'\n');
    }
    let mut s = String::from_utf8_lossy(&out).into_owned();
    if let Some(pc) = sig {
        let _ = writeln!(
            s,
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc={pc:#x}]"
        );
    }
    s.push_str("\ngoroutine 1 [running]:\n");
    // SAFETY: `p` heads the live chain (caller).
    s.push_str(&unsafe { crate::walk::trace(p) });
    s
}
