//! How runs end badly: Go's fatal panic text (`panic: ...` lines, the `[signal ...]`
//! line, `goroutine 1 [running]:` and the trace), Go's `fatal error: ...` reports (out of
//! memory, stack overflow) and deferjit's own (timeout, fault in generated code). Runtime
//! bugs abort in `bug`.
//!
//! Fatal reports are written into the run's preallocated [`Report`] with `core::fmt` (no
//! allocation, no lock), streamed with raw `write(2)`s, and moved to the captured stderr
//! and the outcome's `panic_text` only once the run has ended (`Session::finish_call`):
//! the stack-overflow, fault and timeout reports are made from the signal handler.

use crate::goroutine::Panic;
use crate::goroutine::{current, Goroutine};
use crate::sink::Report;
use crate::traceback::{write_trace, Trace};
use std::fmt::Write as _;

thread_local! {
    /// Set while this thread writes a fatal report and ends its run (until the session
    /// takes the report over): what must not allocate. Tests watch it from a global
    /// allocator.
    static REPORTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this thread is writing a fatal report (see `REPORTING`).
pub fn reporting() -> bool {
    REPORTING.with(|r| r.get())
}

/// Marks the start or the end of a fatal report on this thread. Public only so that
/// tests can check the allocation watch itself.
#[doc(hidden)]
pub fn set_reporting(on: bool) {
    REPORTING.with(|r| r.set(on));
}

/// Starts a fatal report of the run of `g`: marks this thread as reporting and clears
/// the report buffer.
///
/// # Safety
/// `g` must be this thread's live goroutine; the reference must not outlive the report.
pub unsafe fn begin_report<'a>(g: *mut Goroutine) -> &'a mut Report {
    set_reporting(true);
    // SAFETY: live goroutine (caller).
    let r = unsafe { &mut (*(*g).run).report };
    r.clear();
    r
}

/// Marks the report written, streams it, and records the end of the run with `status`;
/// returns where the run resumes (the entry trampoline's handler). Allocates nothing and
/// takes no lock: usable from the signal handler.
///
/// # Safety
/// `g` must be this thread's live goroutine inside a call of its entry trampoline, with
/// its report filled in; the caller resumes at the result (or rewrites a signal context
/// to it) with nothing left to drop in the frames it abandons.
pub unsafe fn finish_report(g: *mut Goroutine, status: i32) -> crate::arch::Resume {
    // SAFETY: live goroutine (caller); plain field accesses and raw writes.
    unsafe {
        (*(*g).run).report.ready = true;
        let report: *const Report = &(*(*g).run).report;
        (*(*g).run).out.write_report((*report).as_bytes());
        crate::frames::begin_end(g, status)
    }
}

/// Go's `fatal error: <msg>` for a runtime entry (out of memory): the report with the
/// trace from the stub through which generated code entered the runtime, then the end
/// of the run with status 2 at once (no deferred calls run).
pub fn fatal_error(msg: &str) -> ! {
    let g = current();
    // SAFETY: the goroutine is live and inside its entry call (runtime entries run only
    // there); `stub_fp` is the stub frame of the current entry (or 0); nothing in the
    // frames the resume abandons needs dropping (callers hold plain data only).
    unsafe {
        let fp = (*g).stub_fp;
        let panics = (*g).panic_head;
        let r = begin_report(g);
        let _ = write!(
            r,
            "fatal error: {msg}\n\ngoroutine {} [running]:\n",
            (*g).id
        );
        if fp != 0 {
            let _ = write_trace(r, Trace::from_stub(g, fp, false, panics));
        }
        let _ = crate::traceback::write_created_by(r, g);
        let resume = finish_report(g, 2);
        crate::arch::resume(resume)
    }
}

/// Writes Go's stack-overflow report into the run's report: the configured limit, the
/// `runtime: sp=... stack=[lo, hi]` line, `fatal error: stack overflow` and the trace.
///
/// # Safety
/// `g` must be this thread's live goroutine and `frames` a walk of its stack.
pub unsafe fn write_overflow_report(g: *mut Goroutine, sp: usize, frames: Trace) {
    // SAFETY: live goroutine (caller).
    unsafe {
        let (limit, lo, hi) = ((*(*g).run).stack_limit, (*g).stack_lo, (*g).stack_hi);
        let id = (*g).id;
        let r = begin_report(g);
        let _ = write!(
            r,
            "runtime: goroutine stack exceeds {limit}-byte limit\nruntime: sp={sp:#x} stack=[{lo:#x}, {hi:#x}]\nfatal error: stack overflow\n\ngoroutine {id} [running]:\n"
        );
        let _ = write_trace(r, frames);
        let _ = crate::traceback::write_created_by(r, g);
    }
}

/// The text Go prints for the fatal panic `p`, up to and including the trace; `sig`: the
/// pc and the address of a nil dereference in flight (the `[signal SIGSEGV ...]` line).
///
/// # Safety
/// `p` must be the head of the goroutine's live panic chain.
pub unsafe fn fatal_panic_text(p: *mut Panic, sig: Option<(usize, usize)>) -> Vec<u8> {
    // Oldest first.
    let mut chain = Vec::new();
    let mut q = p;
    while !q.is_null() {
        // SAFETY: chain members are live panics.
        unsafe {
            // A Goexit in progress is no panic: Go prints none for it.
            if !(*q).goexit {
                chain.push(q);
            }
            q = (*q).link;
        }
    }
    let mut out = Vec::<u8>::new();
    for (i, &q) in chain.iter().rev().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        out.extend_from_slice(b"panic: ");
        // SAFETY: live panic with a valid value.
        unsafe {
            out.extend_from_slice(&crate::format::panic_value_text((*q).typ, (*q).data));
            if (*q).recovered {
                out.extend_from_slice(b" [recovered]");
            }
        }
        out.push(b'\n');
    }
    // The panic values' bytes go out as they are (a string need not be UTF-8).
    let mut s = String::new();
    if let Some((pc, addr)) = sig {
        let _ = writeln!(
            s,
            "[signal SIGSEGV: segmentation violation code=0x1 addr={addr:#x} pc={pc:#x}]"
        );
    }
    let g = current();
    // SAFETY: `p` heads the live chain of this thread's goroutine (caller).
    unsafe {
        let _ = write!(s, "\ngoroutine {} [running]:\n", (*g).id);
        let _ = write_trace(&mut s, Trace::from_stub(g, (*p).start_fp, (*p).explicit, p));
        let _ = crate::traceback::write_created_by(&mut s, g);
    }
    out.extend_from_slice(s.as_bytes());
    out
}
