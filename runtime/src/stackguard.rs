//! The runtime's signal handling: turns what would kill the host process into the end of
//! one run. A handler on an alternate signal stack recognizes
//! - a fault in the guard area below a run thread's stack: Go's `fatal error: stack
//!   overflow` (status 2), with the configured limit in the message and Go's
//!   `runtime: sp=... stack=[lo, hi]` line;
//! - a fault in registered JIT code that is not the guard (SIGSEGV, SIGBUS, SIGILL from a
//!   `trap`, SIGFPE): a runtime or compiler bug, reported with the function name and offset
//!   (`deferjit: fault SIGILL in JIT code at main.f+0x1c (ud2 trap)`), status
//!   [`STATUS_FAULT`];
//! - the watchdog's SIGURG after a run's deadline, when the interrupted PC is in registered
//!   JIT code: `deferjit: run timed out after 2s`, status [`STATUS_TIMEOUT`] (when the PC is
//!   in Rust or libc the handler does nothing and the watchdog signals again a millisecond
//!   later).
//!
//! In each case the handler only records what happened in the goroutine and rewrites the
//! signal context to run [`landing`] on the abandoned part of the stack just below the
//! entry trampoline's frame; `landing` (in normal, not signal, context) prints the message
//! and ends the run through `walk::end_run`, which resumes at the entry trampoline's
//! registered handler exactly as `os.Exit` does. JIT frames hold nothing that needs
//! dropping, so abandoning them is sound. Anything else goes to the previously installed
//! handler (by default: the process dies as it would without deferjit).

use crate::goroutine::{try_current, Goroutine};
use std::sync::atomic::Ordering;
use std::sync::Once;

/// Exit status of a run ended by its deadline (as coreutils' `timeout`).
pub const STATUS_TIMEOUT: i32 = 124;
/// Exit status of a run ended by an unexpected fault in JIT code (sysexits' EX_SOFTWARE:
/// an internal software error of deferjit).
pub const STATUS_FAULT: i32 = 70;
/// The signal the watchdog sends to a run thread whose deadline passed.
pub const TIMEOUT_SIGNAL: libc::c_int = libc::SIGURG;

/// What the signal handler asks [`landing`] to do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pending {
    #[default]
    None,
    /// The stack's guard area was hit with the stack pointer at `sp`.
    Overflow { sp: usize },
    /// The deadline passed.
    Timeout,
    /// An unexpected fault at `pc` (fault address `addr`).
    Fault {
        sig: libc::c_int,
        pc: usize,
        addr: usize,
    },
}

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

/// How far below the stack's low end a fault still counts as an overflow.
const GUARD_REACH: usize = 1 << 20;
const ALTSTACK_SIZE: usize = 64 * 1024;
/// Room left between the entry frame and the landing's stack.
const LANDING_GAP: usize = 1024;

/// Installs the process-wide handlers (once).
pub fn install_handler() {
    INSTALL.call_once(|| {
        // SAFETY: installs a handler with SA_SIGINFO|SA_ONSTACK|SA_RESTART; the previous
        // actions are saved before any signal can reach ours (Once ensures a single writer).
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = handler as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_RESTART;
            libc::sigemptyset(&mut sa.sa_mask);
            for (i, &sig) in SIGNALS.iter().enumerate() {
                libc::sigaction(sig, &sa, (&raw mut PREV[i]).cast());
            }
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
        let st = libc::stack_t {
            ss_sp: p,
            ss_flags: 0,
            ss_size: ALTSTACK_SIZE,
        };
        libc::sigaltstack(&st, std::ptr::null_mut());
        Some(p as usize)
    }
}

/// Disables and frees an alternate stack made by [`ensure_altstack`].
pub fn release_altstack(p: usize) {
    // SAFETY: disables this thread's alternate stack, then unmaps our mapping.
    unsafe {
        let st = libc::stack_t {
            ss_sp: std::ptr::null_mut(),
            ss_flags: libc::SS_DISABLE,
            ss_size: 0,
        };
        libc::sigaltstack(&st, std::ptr::null_mut());
        libc::munmap(p as *mut libc::c_void, ALTSTACK_SIZE);
    }
}

/// Whether `pc` is in registered JIT code; never blocks for long (a signal may have
/// interrupted a registry reader or writer): `false` when the registry stays busy.
fn in_jit_code(pc: usize, tries: u32) -> bool {
    for _ in 0..tries {
        if let Some(b) = crate::registry::try_contains(pc) {
            return b;
        }
        std::hint::spin_loop();
    }
    false
}

/// Redirects the interrupted context to [`landing`] below the entry frame, after
/// recording `what`. `false` (nothing changed) when the run is not inside a call of its
/// entry trampoline.
///
/// # Safety
/// `g` must be this thread's live goroutine and `uc` the kernel's context of a signal
/// delivered to this thread.
unsafe fn redirect(g: *mut Goroutine, uc: *mut libc::ucontext_t, what: Pending) -> bool {
    // SAFETY: the caller's contract; plain field reads and writes of this thread's state.
    unsafe {
        let entry_fp = (*g).entry_fp;
        let fo = (*g).entry_frame_offset;
        if entry_fp == 0 || fo == 0 || entry_fp < fo + LANDING_GAP + 4096 {
            return false;
        }
        (*g).pending = what;
        // As if `landing` had just been called: RSP = 8 (mod 16).
        let sp = ((entry_fp - fo - LANDING_GAP) & !15) - 8;
        let gregs = &mut (*uc).uc_mcontext.gregs;
        gregs[libc::REG_RSP as usize] = sp as i64;
        gregs[libc::REG_RBP as usize] = 0;
        gregs[libc::REG_RIP as usize] = landing as *const () as usize as i64;
        true
    }
}

extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    let g = try_current();
    let uc = ctx as *mut libc::ucontext_t;
    // SAFETY: `info`/`ctx` are the kernel's; `g` (if any) is this thread's live goroutine,
    // read without locks (only this thread writes it). The redirected context runs
    // `landing` on the dead part of the stack just below the entry frame.
    unsafe {
        let pc = (*uc).uc_mcontext.gregs[libc::REG_RIP as usize] as usize;
        if sig == TIMEOUT_SIGNAL {
            if !g.is_null() {
                if let Some(ctl) = (*g).control.as_ref() {
                    if ctl.timed_out.load(Ordering::Acquire)
                        && !ctl.fired.load(Ordering::Acquire)
                        && in_jit_code(pc, 1)
                        && redirect(g, uc, Pending::Timeout)
                    {
                        ctl.fired.store(true, Ordering::Release);
                    }
                    // Ours: handled, or the watchdog signals again later.
                    return;
                }
            }
        } else if !g.is_null() && (*g).pending == Pending::None {
            let addr = (*info).si_addr() as usize;
            let lo = (*g).stack_lo;
            let overflow = (sig == libc::SIGSEGV || sig == libc::SIGBUS)
                && lo != 0
                && addr < lo + 4096
                && addr + GUARD_REACH >= lo;
            let sp = (*uc).uc_mcontext.gregs[libc::REG_RSP as usize] as usize;
            if overflow && redirect(g, uc, Pending::Overflow { sp }) {
                return;
            }
            if !overflow
                && in_jit_code(pc, 100_000)
                && redirect(g, uc, Pending::Fault { sig, pc, addr })
            {
                return;
            }
        }
        chain(sig, info, ctx);
    }
}

/// Hands a signal that is not ours to the previously installed action.
///
/// # Safety
/// Called from the signal handler with the kernel's arguments.
unsafe fn chain(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    let Some(i) = SIGNALS.iter().position(|&s| s == sig) else {
        return;
    };
    // SAFETY: PREV[i] was written once by `install_handler` before our handler could run.
    unsafe {
        let prev: *const libc::sigaction = (&raw const PREV[i]).cast();
        let prev = &*prev;
        let h = prev.sa_sigaction;
        if h == libc::SIG_IGN || (h == libc::SIG_DFL && sig == TIMEOUT_SIGNAL) {
            // SIGURG's default action is to ignore it.
            return;
        }
        if h != libc::SIG_DFL {
            if prev.sa_flags & libc::SA_SIGINFO != 0 {
                let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                    std::mem::transmute(h);
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

/// Runs after the handler redirected the run thread, on the abandoned stack below the
/// entry frame, in normal context: reports what happened and ends the run.
extern "C" fn landing() -> ! {
    let g = crate::goroutine::current();
    // SAFETY: `g` is this thread's live goroutine; the JIT frames being abandoned hold no
    // references to it.
    let pending = unsafe { std::mem::take(&mut (*g).pending) };
    match pending {
        Pending::Overflow { sp } => {
            // SAFETY: as above.
            let (limit, lo, hi) = unsafe { ((*g).stack_limit, (*g).stack_lo, (*g).stack_hi) };
            crate::fatal::fatal_error_with_header(
                &format!("runtime: goroutine stack exceeds {limit}-byte limit\nruntime: sp={sp:#x} stack=[{lo:#x}, {hi:#x}]\n"),
                "stack overflow",
            )
        }
        Pending::Timeout => {
            // SAFETY: as above.
            let after = unsafe { (*g).control.as_ref().and_then(|c| c.timeout) };
            let text = match after {
                Some(d) => format!("deferjit: run timed out after {d:?}\n"),
                None => "deferjit: run timed out\n".to_string(),
            };
            end_with(g, &text, STATUS_TIMEOUT)
        }
        Pending::Fault { sig, pc, addr } => {
            let (name, place) = describe(sig, addr, pc);
            let text = format!("deferjit: fault {name} in JIT code at {place}\n");
            end_with(g, &text, STATUS_FAULT)
        }
        Pending::None => crate::fatal::runtime_bug("signal landing reached with nothing pending"),
    }
}

/// Writes `text` to the run's stderr and ends the run with `status`.
fn end_with(g: *mut Goroutine, text: &str, status: i32) -> ! {
    // SAFETY: `g` is this thread's live goroutine, inside a call of its entry trampoline
    // (`redirect` checked `entry_fp`); no generated code runs while it is borrowed.
    unsafe {
        (*g).out.stderr(text.as_bytes());
        (*g).panic_text = Some(text.to_string());
        crate::walk::end_run(g, status)
    }
}

/// `("SIGILL", "main.f+0x1c (ud2 trap)")`.
fn describe(sig: libc::c_int, addr: usize, pc: usize) -> (&'static str, String) {
    let name = match sig {
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGBUS => "SIGBUS",
        libc::SIGILL => "SIGILL",
        libc::SIGFPE => "SIGFPE",
        _ => "signal",
    };
    let place = match crate::registry::lookup(pc) {
        Some(m) => format!("{}+{:#x}", m.name, pc - m.start),
        None => format!("{pc:#x}"),
    };
    let what = match sig {
        libc::SIGSEGV => format!("invalid memory access at {addr:#x}"),
        libc::SIGBUS => format!("bus error at {addr:#x}"),
        libc::SIGFPE => "arithmetic exception".to_string(),
        _ => {
            // SAFETY: `pc` is inside registered (readable, executable) code: the handler
            // only redirects faults whose PC the registry knows; two bytes fit before its end
            // or the lookup above would not have matched a 1-byte tail (checked below).
            let ud2 = crate::registry::lookup(pc)
                .filter(|m| pc + 2 <= m.start + m.size)
                .map(|_| unsafe { std::ptr::read_unaligned(pc as *const [u8; 2]) } == [0x0f, 0x0b])
                .unwrap_or(false);
            if ud2 {
                "ud2 trap".to_string()
            } else {
                "illegal instruction".to_string()
            }
        }
    };
    (name, format!("{place} ({what})"))
}
