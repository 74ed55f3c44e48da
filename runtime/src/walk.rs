//! Frame walking over the FP chain of generated code: reading frame words safely,
//! classifying a frame by its return address through the registry, and computing the
//! resume point of a landing pad or of the entry trampoline (the symbolized trace is in
//! `traceback`).
//!
//! Frame layout (x86_64, frame pointers preserved): at a frame pointer `fp`,
//! `[fp]` is the caller's FP and `[fp + 8]` the return address into the caller.

use crate::abi::CodeKind;
use crate::arch::{stack_pointer, Resume};
use crate::fatal::runtime_bug;
use crate::goroutine::Goroutine;
use crate::registry;

/// The kind of the code containing `ret`, if registered.
pub fn kind_of(ret: usize) -> Option<CodeKind> {
    // SAFETY: the reference does not escape this call.
    unsafe { registry::lookup_ref(ret) }.map(|m| m.kind)
}

/// Reads the stack word at `addr`, checking that it lies in the run thread's stack.
///
/// # Safety
/// `g` must be the live goroutine.
pub unsafe fn stack_word(g: *const Goroutine, addr: usize) -> usize {
    // SAFETY: live goroutine (caller).
    let (lo, hi) = unsafe { ((*g).stack_lo, (*g).stack_hi) };
    if !addr.is_multiple_of(8) || (hi != 0 && (addr < lo || addr + 8 > hi)) {
        runtime_bug(&format!(
            "frame walk: address {addr:#x} is not in the run's stack [{lo:#x}, {hi:#x})"
        ));
    }
    // SAFETY: an aligned address inside this thread's stack.
    unsafe { *(addr as *const usize) }
}

/// The frame above the frame at `fp`: `(caller_fp, return_address)`, checking that the
/// chain goes up the stack.
///
/// # Safety
/// `g` must be the live goroutine and `fp` a frame pointer of its stack.
pub unsafe fn caller(g: *const Goroutine, fp: usize) -> (usize, usize) {
    // SAFETY: checked reads (see `stack_word`).
    let (up, ret) = unsafe { (stack_word(g, fp), stack_word(g, fp + 8)) };
    if up <= fp {
        runtime_bug(&format!(
            "frame walk: frame pointer chain goes down at {fp:#x} -> {up:#x}"
        ));
    }
    (up, ret)
}

/// Where to resume in the frame `fp` whose active call returns to `ret`: the call
/// site's exception handler with `SP = fp - frame_offset`.
pub fn handler_resume(fp: usize, ret: usize, rax: usize) -> Resume {
    // SAFETY: the reference does not escape this call (the run's code is registered).
    let Some(meta) = (unsafe { registry::lookup_ref(ret) }) else {
        runtime_bug(&format!(
            "resume: return address {ret:#x} is not in registered code"
        ));
    };
    resume_in(meta, fp, ret, rax)
}

/// [`handler_resume`] for the registered function `meta` that contains `ret`.
pub fn resume_in(meta: &registry::FuncMeta, fp: usize, ret: usize, rax: usize) -> Resume {
    let Some(cs) = meta.call_site(ret) else {
        runtime_bug(&format!(
            "resume: {} has no call site returning to {ret:#x} (+{:#x})",
            meta.name,
            ret - meta.start
        ));
    };
    let (Some(handler), Some(frame_offset)) = (cs.handler, cs.frame_offset) else {
        runtime_bug(&format!(
            "resume: call site +{:#x} of {} has no exception handler (a call in a function with defers must be a try_call)",
            cs.ret_offset, meta.name
        ));
    };
    if handler as usize >= meta.size {
        runtime_bug(&format!(
            "resume: handler +{handler:#x} is outside {}",
            meta.name
        ));
    }
    let r = Resume {
        sp: fp - frame_offset as usize,
        fp,
        pc: meta.start + handler as usize,
        rax,
        rdx: 0,
    };
    if r.sp <= stack_pointer() {
        runtime_bug(&format!(
            "resume: target SP {:#x} is not above the runtime's frames",
            r.sp
        ));
    }
    r
}

/// Ends the run with `status` at once: resumes at the entry trampoline's handler,
/// which returns `status` to the session (which then frees the panic chain and flushes
/// the output). Drops the defer chain.
///
/// # Safety
/// `g` must be the live goroutine of a run inside a call of its entry trampoline; the
/// caller's Rust frames must hold nothing that needs dropping.
pub unsafe fn end_run(g: *mut Goroutine, status: i32) -> ! {
    // SAFETY: live goroutine (caller).
    let r = unsafe { begin_end(g, status) };
    // SAFETY: `r` is the registered entry handler of the live entry frame.
    unsafe { crate::arch::resume(r) }
}

/// Records the end of the run with `status` and returns the resume point at the entry
/// trampoline's handler. Allocates nothing and takes no lock (the signal handler uses it).
///
/// # Safety
/// `g` must be the live goroutine of a run inside a call of its entry trampoline.
pub unsafe fn begin_end(g: *mut Goroutine, status: i32) -> Resume {
    // SAFETY: live goroutine (caller); plain field writes.
    unsafe {
        (*g).ended = Some(status);
        (*g).defer_head = std::ptr::null_mut();
        entry_resume(g, status as i64 as usize)
    }
}

/// The resume point at the entry trampoline's handler, with `rax` as payload, from what
/// the session looked up in the registry before the call (no lookup, no lock here).
///
/// # Safety
/// `g` must be the live goroutine of a run inside a call of its entry trampoline.
pub unsafe fn entry_resume(g: *const Goroutine, rax: usize) -> Resume {
    // SAFETY: live goroutine (caller).
    let (fp, handler, fo) = unsafe { ((*g).entry_fp, (*g).entry_handler, (*g).entry_frame_offset) };
    if fp == 0 || handler == 0 || fo == 0 || fp < fo {
        runtime_bug("end of run requested outside of a call of the entry trampoline");
    }
    Resume {
        sp: fp - fo,
        fp,
        pc: handler,
        rax,
        rdx: 0,
    }
}

/// Frees every panic on the chain.
///
/// # Safety
/// `g` must be the live goroutine and no panic of the chain may be in use any more.
pub unsafe fn free_panics(g: *mut Goroutine) {
    // SAFETY: chain members were made by Box::into_raw and are owned by the chain.
    unsafe {
        let mut p = (*g).panic_head;
        while !p.is_null() {
            let b = Box::from_raw(p);
            p = b.link;
        }
        (*g).panic_head = std::ptr::null_mut();
    }
}
