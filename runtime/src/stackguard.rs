//! Go's `fatal error: stack overflow` instead of a segfault: a SIGSEGV/SIGBUS handler
//! (on an alternate signal stack) that recognizes a fault in the guard area below a run
//! thread's stack and redirects the thread to a landing function running just below
//! the entry frame, which prints the error and ends the run with status 2. Other
//! faults go to the previously installed handler.

use crate::goroutine::try_current;
use std::sync::Once;

static INSTALL: Once = Once::new();
static mut PREV_SEGV: std::mem::MaybeUninit<libc::sigaction> = std::mem::MaybeUninit::zeroed();
static mut PREV_BUS: std::mem::MaybeUninit<libc::sigaction> = std::mem::MaybeUninit::zeroed();

/// How far below the stack's low end a fault still counts as an overflow.
const GUARD_REACH: usize = 1 << 20;
const ALTSTACK_SIZE: usize = 64 * 1024;

/// Installs the process-wide handler (once).
pub fn install_handler() {
    INSTALL.call_once(|| {
        // SAFETY: installs a handler with SA_SIGINFO|SA_ONSTACK; the previous actions are
        // saved before any signal can reach ours (Once ensures a single writer).
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = handler as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(libc::SIGSEGV, &sa, (&raw mut PREV_SEGV).cast());
            libc::sigaction(libc::SIGBUS, &sa, (&raw mut PREV_BUS).cast());
        }
    });
}

/// An alternate signal stack for the current thread if it has none; returns the
/// mapping to release with [`release_altstack`].
pub fn ensure_altstack() -> Option<usize> {
    // SAFETY: queries and possibly sets this thread's alternate stack with a fresh mapping.
    unsafe {
        let mut old: libc::stack_t = std::mem::zeroed();
        libc::sigaltstack(std::ptr::null(), &mut old);
        if old.ss_flags & libc::SS_DISABLE == 0 {
            return None;
        }
        let p = libc::mmap(
            std::ptr::null_mut(),
            ALTSTACK_SIZE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if p == libc::MAP_FAILED {
            return None;
        }
        let st = libc::stack_t { ss_sp: p, ss_flags: 0, ss_size: ALTSTACK_SIZE };
        libc::sigaltstack(&st, std::ptr::null_mut());
        Some(p as usize)
    }
}

/// Disables and frees an alternate stack made by [`ensure_altstack`].
pub fn release_altstack(p: usize) {
    // SAFETY: disables this thread's alternate stack, then unmaps our mapping.
    unsafe {
        let st = libc::stack_t { ss_sp: std::ptr::null_mut(), ss_flags: libc::SS_DISABLE, ss_size: 0 };
        libc::sigaltstack(&st, std::ptr::null_mut());
        libc::munmap(p as *mut libc::c_void, ALTSTACK_SIZE);
    }
}

extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    let g = try_current();
    // SAFETY: `info`/`ctx` are the kernel's; `g` (if any) is this thread's live goroutine,
    // read without locks. The redirected context runs `overflow_landing` on the dead part
    // of the stack just below the entry frame.
    unsafe {
        let addr = (*info).si_addr() as usize;
        if !g.is_null() {
            let lo = (*g).stack_lo;
            let entry_fp = (*g).entry_fp;
            let fo = (*g).entry_frame_offset;
            if lo != 0 && entry_fp != 0 && fo != 0 && addr < lo + 4096 && addr + GUARD_REACH >= lo {
                let uc = ctx as *mut libc::ucontext_t;
                let sp = ((entry_fp - fo - 1024) & !15) - 8;
                let gregs = &mut (*uc).uc_mcontext.gregs;
                gregs[libc::REG_RSP as usize] = sp as i64;
                gregs[libc::REG_RBP as usize] = 0;
                gregs[libc::REG_RIP as usize] = overflow_landing as *const () as usize as i64;
                return;
            }
        }
        // Not ours: hand over to the previous action.
        let prev: *const libc::sigaction =
            if sig == libc::SIGBUS { (&raw const PREV_BUS).cast() } else { (&raw const PREV_SEGV).cast() };
        let prev = &*prev;
        let h = prev.sa_sigaction;
        if h != libc::SIG_DFL && h != libc::SIG_IGN {
            if prev.sa_flags & libc::SA_SIGINFO != 0 {
                let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) = std::mem::transmute(h);
                f(sig, info, ctx);
            } else {
                let f: extern "C" fn(libc::c_int) = std::mem::transmute(h);
                f(sig);
            }
            return;
        }
        // Default action: restore it and return; the fault repeats and kills the process.
        libc::sigaction(sig, prev, std::ptr::null_mut());
    }
}

/// Runs after a stack overflow, on the abandoned stack below the entry frame.
extern "C" fn overflow_landing() -> ! {
    crate::fatal::fatal_error_with_header(
        "runtime: goroutine stack exceeds 1000000000-byte limit\n",
        "stack overflow",
    );
}

