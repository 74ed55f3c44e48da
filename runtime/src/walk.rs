//! Frame walking over the FP chain of generated code: reading frame words safely,
//! classifying a frame by its return address through the registry, computing the resume
//! point of a landing pad or of the entry trampoline, and the symbolized trace.
//!
//! Frame layout (x86_64, frame pointers preserved): at a frame pointer `fp`,
//! `[fp]` is the caller's FP and `[fp + 8]` the return address into the caller.

use crate::abi::CodeKind;
use crate::arch::{stack_pointer, Resume};
use crate::fatal::runtime_bug;
use crate::goroutine::Goroutine;
use crate::panic::Panic;
use crate::registry;
use std::fmt::Write as _;

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
/// which returns `status` to the session. Drops the defer and panic chains.
///
/// # Safety
/// `g` must be the live goroutine of a run inside a call of its entry trampoline; the
/// caller's Rust frames must hold nothing that needs dropping.
pub unsafe fn end_run(g: *mut Goroutine, status: i32) -> ! {
    // SAFETY: live goroutine (caller).
    let r = unsafe {
        (*g).out.flush();
        (*g).ended = Some(status);
        (*g).defer_head = std::ptr::null_mut();
        free_panics(g);
        entry_resume(g, status as i64 as usize)
    };
    // SAFETY: `r` is the registered entry handler of the live entry frame.
    unsafe { crate::arch::resume(r) }
}

/// The resume point at the entry trampoline's handler, with `rax` as payload.
///
/// # Safety
/// `g` must be the live goroutine of a run inside a call of its entry trampoline.
pub unsafe fn entry_resume(g: *const Goroutine, rax: usize) -> Resume {
    // SAFETY: live goroutine (caller).
    let (code, fp) = unsafe { ((*g).entry_code, (*g).entry_fp) };
    if fp == 0 {
        runtime_bug("end of run requested outside of a call of the entry trampoline");
    }
    let Some(meta) = registry::lookup(code) else {
        runtime_bug(&format!("entry trampoline {code:#x} is not registered"));
    };
    if meta.kind != CodeKind::Entry {
        runtime_bug(&format!(
            "{} is registered as {:?}, not Entry",
            meta.name, meta.kind
        ));
    }
    let Some(cs) = meta.call_sites.iter().find(|c| c.handler.is_some()) else {
        runtime_bug(&format!(
            "entry trampoline {} has no call site with a handler",
            meta.name
        ));
    };
    let ret = meta.start + cs.ret_offset as usize;
    drop(meta);
    handler_resume(fp, ret, rax)
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

/// The source line a trace shows for the frame `fp` of `meta` whose active call returns
/// to `ret`: the line of that call, or, while the frame runs its landing pad after a
/// recovery, the line of the call the recovered panic came through.
///
/// # Safety
/// `g` live, `fp` a frame pointer of its stack belonging to `meta`.
unsafe fn frame_line(g: *const Goroutine, meta: &registry::FuncMeta, fp: usize, ret: usize) -> u32 {
    if let Some(off) = meta.resume_line_fp_offset {
        let slot = (fp as isize + off as isize) as usize;
        // SAFETY: checked against the stack bounds; the function's own 4-byte slot.
        unsafe {
            stack_word(g, slot & !7);
            let line = *(slot as *const u32);
            if line != 0 {
                return line;
            }
        }
    }
    meta.line_at(ret - 1).unwrap_or(0)
}

/// Go's symbolized trace of the stack of panic `p`: every Go function frame from the
/// panic site outwards, innermost first, through the frames of older panics whose
/// deferred calls are running (physically below them on the stack).
///
/// # Safety
/// `p` must head the live panic chain of the current goroutine.
pub unsafe fn trace(p: *mut Panic) -> String {
    let g = crate::goroutine::current();
    let mut lines: Vec<String> = Vec::new();
    // SAFETY: live panic (caller).
    let mut pos = unsafe { (*p).start_fp };
    let mut guard = 0usize;
    // Whether the frame below the current one was the stub of `panic` itself: gc elides
    // wrapper frames (defer wrappers) from traces unless they called panic directly.
    // SAFETY: live panic (caller).
    let mut next_callee_is_gopanic = unsafe { (*p).explicit };
    loop {
        guard += 1;
        if guard > 100_000_000 {
            break;
        }
        // SAFETY: checked reads of the run's stack.
        let (fp, ret) = unsafe { caller(g, pos) };
        let Some(meta) = registry::lookup(ret) else {
            lines.push(format!("?()\n\t?:0 pc={ret:#x}\n"));
            break;
        };
        let callee_is_gopanic = std::mem::replace(&mut next_callee_is_gopanic, false);
        match meta.kind {
            CodeKind::GoFunc => {
                // SAFETY: `fp` is this frame's FP (checked by `caller`).
                let line = unsafe { frame_line(g, &meta, fp, ret) };
                lines.push(format!(
                    "{}(...)\n\t{}:{} +{:#x}\n",
                    meta.name,
                    meta.file,
                    line,
                    ret - meta.start
                ));
                pos = fp;
            }
            CodeKind::DeferWrapper if callee_is_gopanic => {
                // SAFETY: as above.
                let line = unsafe { frame_line(g, &meta, fp, ret) };
                lines.push(format!(
                    "{}(...)\n\t{}:{} +{:#x}\n",
                    meta.name,
                    meta.file,
                    line,
                    ret - meta.start
                ));
                pos = fp;
            }
            CodeKind::DeferWrapper | CodeKind::Stub => pos = fp,
            CodeKind::DeferCallThunk => {
                // Continue below the runtime frames of the panic running this deferred call.
                let mut q = p;
                // SAFETY: chain members are live.
                unsafe {
                    while !q.is_null() && (*q).thunk_fp != fp {
                        q = (*q).link;
                    }
                }
                if q.is_null() {
                    lines.push("...deferred call of an unknown panic...\n".into());
                    break;
                }
                // SAFETY: live panic.
                pos = unsafe { (*q).start_fp };
                // The frame above that panic's start called `panic` itself when the panic
                // was explicit: a defer wrapper there (`defer panic(v)`) is shown, as gc does.
                // SAFETY: live panic.
                next_callee_is_gopanic = unsafe { (*q).explicit };
            }
            CodeKind::Entry => break,
        }
    }
    let mut s = String::new();
    if lines.len() > 100 {
        let elided = lines.len() - 100;
        for l in &lines[..50] {
            s.push_str(l);
        }
        let _ = writeln!(s, "...{elided} frames elided...");
        for l in &lines[lines.len() - 50..] {
            s.push_str(l);
        }
    } else {
        for l in &lines {
            s.push_str(l);
        }
    }
    s
}
