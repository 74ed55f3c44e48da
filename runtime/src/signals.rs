//! The runtime's signal handling: turns what would kill the host process into the end of
//! one run, and never lets a fault in the runtime's own code go unreported. A handler on
//! a per-run alternate signal stack recognizes
//! - a fault in generated code in the guard area below a run thread's stack: Go's
//!   `fatal error: stack overflow` (status 2), with the configured limit, Go's
//!   `runtime: sp=... stack=[lo, hi]` line and the trace (elided as gc elides it);
//! - any other fault in registered JIT code (SIGSEGV, SIGBUS, SIGILL from a `trap`,
//!   SIGFPE): a runtime or compiler bug, reported with the function name and offset
//!   (`deferjit: fault SIGILL in JIT code at main.f+0x1c (ud2 trap)`), status
//!   [`STATUS_FAULT`]; the host survives;
//! - the watchdog's SIGURG after a run's deadline, when the interrupted PC is in registered
//!   JIT code: `deferjit: run timed out after 2s`, status [`STATUS_TIMEOUT`] (when the PC is
//!   in Rust or libc the handler does nothing: SIGURG is installed without `SA_RESTART`,
//!   so a blocked `write(2)` returns and the runtime gives up its output, and the watchdog
//!   signals again a millisecond later);
//! - a fault raised by the kernel while a run thread executes runtime code (Rust or libc):
//!   a runtime bug, memory may be corrupt: as gc, `fatal error: unexpected signal during
//!   runtime execution` with Go's `[signal ...]` line, where in the runtime it happened and
//!   the Go frames that called it, then the process aborts.
//!
//! In the first three cases the handler writes the report into the run's preallocated
//! buffer (no allocation, no lock: registry reads never block, output goes out with raw
//! `write(2)`) and rewrites the signal context to resume at the entry trampoline's
//! registered handler, exactly as `os.Exit` does; JIT frames hold nothing that needs
//! dropping, so abandoning them is sound. Other signals go to the previously installed
//! handler; a signal that does not kill the process never leaves the handlers uninstalled.

use crate::goroutine::{try_current, Goroutine};
use crate::traceback::Trace;
use std::fmt::Write as _;
use std::sync::atomic::Ordering;
use std::sync::Once;

/// Exit status of a run ended by its deadline (as coreutils' `timeout`).
pub const STATUS_TIMEOUT: i32 = 124;
/// Exit status of a run ended by an unexpected fault in JIT code (sysexits' EX_SOFTWARE:
/// an internal software error of deferjit).
pub const STATUS_FAULT: i32 = 70;
/// The signal the watchdog sends to a run thread whose deadline passed.
pub const TIMEOUT_SIGNAL: libc::c_int = libc::SIGURG;

const SIGNALS: [libc::c_int; 5] = [
    libc::SIGSEGV,
    libc::SIGBUS,
    libc::SIGILL,
    libc::SIGFPE,
    TIMEOUT_SIGNAL,
];

static INSTALL: Once = Once::new();
static mut PREV: [std::mem::MaybeUninit<libc::sigaction>; 5] =
    [const { std::mem::MaybeUninit::zeroed() }; 5];
/// Our own action for each signal (to reinstall after a previous handler removed it).
static mut OURS: [std::mem::MaybeUninit<libc::sigaction>; 5] =
    [const { std::mem::MaybeUninit::zeroed() }; 5];

/// How far below the stack's low end a fault still counts as an overflow.
const GUARD_REACH: usize = 1 << 20;
/// The alternate signal stack of a run thread: room for a report with its trace.
const ALTSTACK_SIZE: usize = 256 * 1024;
/// How long the handler waits, in all, for another thread to finish registering code.
const REGISTRY_WAIT_US: u32 = 1_000_000;

/// Installs the process-wide handlers (once).
pub fn install_handler() {
    INSTALL.call_once(|| {
        crate::faults::remember_runtime_object(handler as *const () as usize);
        // SAFETY: installs a handler with SA_SIGINFO|SA_ONSTACK (and SA_RESTART except
        // for the watchdog's signal); the previous actions are saved before any signal can
        // reach ours (Once ensures a single writer).
        unsafe {
            for (i, &sig) in SIGNALS.iter().enumerate() {
                let mut sa: libc::sigaction = std::mem::zeroed();
                sa.sa_sigaction = handler as *const () as usize;
                sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                if sig != TIMEOUT_SIGNAL {
                    sa.sa_flags |= libc::SA_RESTART;
                }
                libc::sigemptyset(&mut sa.sa_mask);
                (&raw mut OURS[i]).cast::<libc::sigaction>().write(sa);
                libc::sigaction(sig, &sa, (&raw mut PREV[i]).cast());
            }
        }
    });
}

/// A run thread's alternate signal stack (ours, replacing any smaller one), with the
/// one it replaced, to restore with [`release_altstack`].
pub struct AltStack {
    map: usize,
    prev: libc::stack_t,
}

/// Gives the current thread an alternate signal stack of [`ALTSTACK_SIZE`] (above a
/// guard page), keeping the previous one to restore.
pub fn ensure_altstack() -> Option<AltStack> {
    // SAFETY: queries and sets this thread's alternate stack with a fresh mapping.
    unsafe {
        let mut prev: libc::stack_t = std::mem::zeroed();
        libc::sigaltstack(std::ptr::null(), &mut prev);
        let p = libc::mmap(
            std::ptr::null_mut(),
            ALTSTACK_SIZE + 4096,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        );
        if p == libc::MAP_FAILED {
            return None;
        }
        libc::mprotect(p, 4096, libc::PROT_NONE);
        let st = libc::stack_t {
            ss_sp: (p as usize + 4096) as *mut libc::c_void,
            ss_flags: 0,
            ss_size: ALTSTACK_SIZE,
        };
        if libc::sigaltstack(&st, std::ptr::null_mut()) != 0 {
            libc::munmap(p, ALTSTACK_SIZE + 4096);
            return None;
        }
        Some(AltStack {
            map: p as usize,
            prev,
        })
    }
}

/// Restores the alternate stack that [`ensure_altstack`] replaced and frees ours.
pub fn release_altstack(a: AltStack) {
    // SAFETY: reinstalls the previous alternate stack (or disables it), then unmaps ours,
    // which no handler uses any more (we are not in a handler).
    unsafe {
        let mut prev = a.prev;
        if prev.ss_flags & libc::SS_ONSTACK != 0 {
            prev.ss_flags &= !libc::SS_ONSTACK;
        }
        libc::sigaltstack(&prev, std::ptr::null_mut());
        libc::munmap(a.map as *mut libc::c_void, ALTSTACK_SIZE + 4096);
    }
}

/// Whether `pc` is in registered JIT code; never blocks for long (a signal may have
/// interrupted a registry reader or writer): `None` when the registry stayed busy.
fn in_jit_code(pc: usize, wait_us: u32) -> Option<bool> {
    let mut waited = 0;
    loop {
        if let Some(b) = crate::registry::try_contains(pc) {
            return Some(b);
        }
        if waited >= wait_us {
            return None;
        }
        let ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 50_000,
        };
        // SAFETY: sleeps 50 µs (async-signal-safe).
        unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
        waited += 50;
    }
}

/// Ends the run of `g` from the signal handler: the report (already written) goes out,
/// and the interrupted context resumes at the entry trampoline's handler with `status`.
///
/// # Safety
/// `g` must be this thread's live goroutine inside a call of its entry trampoline, `uc`
/// the context of a signal that interrupted its generated code.
unsafe fn end_from_signal(g: *mut Goroutine, uc: *mut libc::ucontext_t, status: i32) {
    // SAFETY: the caller's contract; the resume point is the entry's registered handler.
    unsafe {
        let r = crate::fatal::finish_report(g, status);
        crate::arch::redirect(uc, r);
    }
}

/// Whether `g` is inside a call of its entry trampoline (so its run can be ended).
///
/// # Safety
/// `g` must be this thread's live goroutine.
unsafe fn in_entry_call(g: *const Goroutine) -> bool {
    // SAFETY: plain field reads (caller).
    unsafe { (*g).entry_fp != 0 && (*g).entry_handler != 0 && (*(*g).run).ended.is_none() }
}

extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: reads this thread's errno, restored below (the report may write).
    let errno = unsafe { *libc::__errno_location() };
    // SAFETY: `info`/`ctx` are the kernel's for this signal on this thread.
    unsafe { handle(sig, info, ctx as *mut libc::ucontext_t) };
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = errno };
}

/// # Safety
/// Called from the signal handler with the kernel's arguments.
unsafe fn handle(sig: libc::c_int, info: *mut libc::siginfo_t, uc: *mut libc::ucontext_t) {
    let g = try_current();
    // SAFETY: the kernel's context and info; `g` (if any) is this thread's live goroutine,
    // read without locks (only this thread writes it).
    unsafe {
        let regs = crate::arch::interrupted(uc);
        if sig == TIMEOUT_SIGNAL {
            if !g.is_null() {
                if let Some(ctl) = (*(*g).run).control.as_ref() {
                    if ctl.timed_out.load(Ordering::Acquire)
                        && !ctl.fired.load(Ordering::Acquire)
                        && in_entry_call(g)
                        && in_jit_code(regs.pc, 0) == Some(true)
                    {
                        ctl.fired.store(true, Ordering::Release);
                        write_timeout_report(g);
                        end_from_signal(g, uc, STATUS_TIMEOUT);
                    }
                    // Ours: handled, or the watchdog signals again later.
                    return;
                }
            }
            return chain(sig, info, uc);
        }
        // A fault the kernel raised (not a signal sent with kill/raise/tgkill).
        let from_kernel = (*info).si_code > 0;
        if g.is_null() || !from_kernel {
            return chain(sig, info, uc);
        }
        let addr = (*info).si_addr() as usize;
        match in_jit_code(regs.pc, REGISTRY_WAIT_US) {
            Some(true) if in_entry_call(g) => {
                let lo = (*g).stack_lo;
                let overflow = (sig == libc::SIGSEGV || sig == libc::SIGBUS)
                    && lo != 0
                    && addr < lo + 4096
                    && addr + GUARD_REACH >= lo;
                crate::fatal::set_reporting(true);
                if overflow {
                    let frames = Trace::from_pc(g, regs.pc, regs.fp, regs.sp, (*g).panic_head);
                    crate::fatal::write_overflow_report(g, regs.sp, frames);
                    end_from_signal(g, uc, 2);
                } else {
                    let r = crate::fatal::begin_report(g);
                    let _ = r.write_str("deferjit: fault ");
                    let _ = crate::faults::describe_jit_fault(r, sig, addr, regs.pc);
                    let _ = r.write_str("\n");
                    end_from_signal(g, uc, STATUS_FAULT);
                }
            }
            // In runtime code (or JIT code outside a call of the entry trampoline, or the
            // registry could not be read): nothing can be resumed safely.
            _ => crate::faults::runtime_fault(g, sig, info, regs),
        }
    }
}

/// Ends the run with the timeout report if its deadline has passed: called by runtime
/// entries that may have been blocked in a system call (output) at a point where their
/// frames hold nothing that needs dropping.
pub fn timeout_point() {
    let g = try_current();
    if g.is_null() {
        return;
    }
    // SAFETY: this thread's live goroutine; the run is inside its entry call (checked),
    // and the caller's frames hold nothing to drop (caller's contract).
    unsafe {
        let Some(ctl) = (*(*g).run).control.as_ref() else {
            return;
        };
        if !ctl.timed_out.load(Ordering::Acquire) || !in_entry_call(g) {
            return;
        }
        if ctl.fired.swap(true, Ordering::AcqRel) {
            return;
        }
        write_timeout_report(g);
        let r = crate::fatal::finish_report(g, STATUS_TIMEOUT);
        crate::arch::resume(r)
    }
}

/// `deferjit: run timed out after 2s` into the run's report.
///
/// # Safety
/// `g` must be this thread's live goroutine.
unsafe fn write_timeout_report(g: *mut Goroutine) {
    // SAFETY: live goroutine (caller).
    unsafe {
        let after = (*(*g).run).control.as_ref().and_then(|c| c.timeout);
        let r = crate::fatal::begin_report(g);
        let _ = match after {
            Some(d) => writeln!(r, "deferjit: run timed out after {d:?}"),
            None => writeln!(r, "deferjit: run timed out"),
        };
    }
}

/// Hands a signal that is not ours to the previously installed action, without leaving
/// the process without our handlers when it survives.
///
/// # Safety
/// Called from the signal handler with the kernel's arguments.
unsafe fn chain(sig: libc::c_int, info: *mut libc::siginfo_t, uc: *mut libc::ucontext_t) {
    let Some(i) = SIGNALS.iter().position(|&s| s == sig) else {
        return;
    };
    // SAFETY: PREV[i] and OURS[i] were written once by `install_handler` before our
    // handler could run.
    unsafe {
        let prev: *const libc::sigaction = (&raw const PREV[i]).cast();
        let prev = &*prev;
        let ours: *const libc::sigaction = (&raw const OURS[i]).cast();
        let h = prev.sa_sigaction;
        if h == libc::SIG_IGN || (h == libc::SIG_DFL && sig == TIMEOUT_SIGNAL) {
            // SIGURG's default action is to ignore it.
            return;
        }
        if h != libc::SIG_DFL {
            if prev.sa_flags & libc::SA_SIGINFO != 0 {
                let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                    std::mem::transmute(h);
                f(sig, info, uc.cast());
            } else {
                let f: extern "C" fn(libc::c_int) = std::mem::transmute(h);
                f(sig);
            }
            // A handler that expects the fault to repeat and kill the process may have
            // restored the default action (Rust's std does). When nothing will repeat (a
            // signal sent by kill or raise), the process lives on: put ours back.
            if (*info).si_code <= 0 {
                let mut now: libc::sigaction = std::mem::zeroed();
                libc::sigaction(sig, std::ptr::null(), &mut now);
                if now.sa_sigaction != (*ours).sa_sigaction {
                    libc::sigaction(sig, ours, std::ptr::null_mut());
                }
            }
            return;
        }
        // The default action kills the process: let it, as it would without deferjit (a
        // fault repeats on return; a sent signal is raised again, unblocked).
        libc::sigaction(sig, prev, std::ptr::null_mut());
        if (*info).si_code <= 0 {
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigaddset(&mut set, sig);
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
            libc::raise(sig);
        }
    }
}
