//! The one walker of a goroutine's frames: the only code that follows the frame-pointer
//! chain ([`Frames`]), with the stack bounds hoisted so that a step costs two checked
//! reads; plus the resume points of a landing pad or of the entry trampoline. The
//! panic walk, recovery, `gorecover`'s checks, the symbolized trace and the fault reports
//! all walk through it.
//!
//! The frame layout itself (where the caller's FP and the return address sit relative to
//! a frame pointer) comes from the arch facade: [`FRAME_CALLER_FP`] and
//! [`FRAME_RETURN_ADDRESS`].

use crate::abi::CodeKind;
use crate::arch::{stack_pointer, Resume, FRAME_CALLER_FP, FRAME_RETURN_ADDRESS};
use crate::bug::runtime_bug;
use crate::goroutine::Goroutine;
use crate::registry;

/// A walk over the frames of one goroutine's stack, outwards from a frame: a cursor
/// `pos` (the frame pointer of the frame whose caller comes next) and the stack's bounds,
/// which limit every read. It reads only the goroutine's stack, so it can walk a goroutine
/// that is not the running one. Cheap to copy.
#[derive(Clone, Copy, Debug)]
pub struct Frames {
    lo: usize,
    hi: usize,
    pos: usize,
}

impl Frames {
    /// A walk of `g`'s stack positioned at the frame `fp` (its caller comes next).
    ///
    /// # Safety
    /// `g` must be a live goroutine whose stack stays mapped while the walk is used.
    #[inline(always)]
    pub unsafe fn above(g: *const Goroutine, fp: usize) -> Frames {
        // SAFETY: live goroutine (caller); plain field reads.
        let (lo, hi) = unsafe { ((*g).stack_lo, (*g).stack_hi) };
        Frames { lo, hi, pos: fp }
    }

    /// The frame pointer the walk is positioned at.
    #[inline(always)]
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// Continues the walk above the frame `fp` instead (a panic continuing an older
    /// panic's walk, a trace going below a deferred call's thunk).
    #[inline(always)]
    pub fn set_pos(&mut self, fp: usize) {
        self.pos = fp;
    }

    /// Whether `[addr, addr + len)` is an aligned range inside the stack (unknown
    /// bounds, `(0, 0)`, accept any aligned address up to `usize::MAX - len`): one
    /// compare, `addr - lo <= (hi - lo) - len` in wrapping arithmetic, as `hi - lo` wraps
    /// to the whole address space for unknown bounds.
    #[inline(always)]
    fn in_stack(&self, addr: usize, len: usize) -> bool {
        let room = self.hi.wrapping_sub(self.lo).wrapping_sub(len);
        addr.is_multiple_of(8) && addr.wrapping_sub(self.lo) <= room
    }

    /// The stack word at `addr`, if it lies in the goroutine's stack.
    #[inline(always)]
    pub fn word(&self, addr: usize) -> Option<usize> {
        if !self.in_stack(addr, 8) {
            return None;
        }
        // SAFETY: an aligned address inside the goroutine's mapped stack.
        Some(unsafe { *(addr as *const usize) })
    }

    /// The caller of the frame `fp`, `(caller_fp, return_address)`, if both words lie in
    /// the stack and the chain goes up; does not move the walk.
    #[inline(always)]
    pub fn caller_of(&self, fp: usize) -> Option<(usize, usize)> {
        if !self.in_stack(fp, 16) {
            return None;
        }
        // SAFETY: two aligned words inside the goroutine's mapped stack (checked above).
        let (up, ret) = unsafe {
            (
                *((fp + FRAME_CALLER_FP) as *const usize),
                *((fp + FRAME_RETURN_ADDRESS) as *const usize),
            )
        };
        (up > fp).then_some((up, ret))
    }

    /// Steps to the caller of the current frame: `(caller_fp, return_address)`, now the
    /// current frame; `None` (and no move) if the chain cannot be read there.
    #[inline(always)]
    pub fn up(&mut self) -> Option<(usize, usize)> {
        let r = self.caller_of(self.pos)?;
        self.pos = r.0;
        Some(r)
    }

    /// [`Frames::up`] for the runtime's own walks, where a frame chain that cannot be
    /// read is a runtime bug: aborts with a clear message.
    #[inline(always)]
    pub fn up_or_abort(&mut self) -> (usize, usize) {
        match self.up() {
            Some(r) => r,
            None => Frames::broken(self.lo, self.hi, self.pos),
        }
    }

    #[cold]
    #[inline(never)]
    // Plain values, not `&self`: a reference would keep the walk in memory on the hot path.
    fn broken(lo: usize, hi: usize, fp: usize) -> ! {
        if !(Frames { lo, hi, pos: fp }).in_stack(fp, 16) {
            runtime_bug(&format!(
                "frame walk: address {fp:#x} is not in the run's stack [{lo:#x}, {hi:#x})"
            ));
        }
        // SAFETY: checked to lie in the stack above.
        let up = unsafe { *((fp + FRAME_CALLER_FP) as *const usize) };
        runtime_bug(&format!(
            "frame walk: frame pointer chain goes down at {fp:#x} -> {up:#x}"
        ))
    }
}

/// The kind of the code containing `ret`, if registered.
pub fn kind_of(ret: usize) -> Option<CodeKind> {
    // SAFETY: the reference does not escape this call.
    unsafe { registry::lookup_ref(ret) }.map(|m| m.kind)
}

/// Checks that the stack word at `addr` lies in `g`'s stack (aborts otherwise).
///
/// # Safety
/// `g` must be a live goroutine.
#[inline]
pub unsafe fn check_stack_word(g: *const Goroutine, addr: usize) {
    // SAFETY: live goroutine (caller).
    let f = unsafe { Frames::above(g, addr) };
    if !f.in_stack(addr, 8) {
        Frames::not_in_stack(f.lo, f.hi, addr);
    }
}

impl Frames {
    #[cold]
    #[inline(never)]
    fn not_in_stack(lo: usize, hi: usize, addr: usize) -> ! {
        runtime_bug(&format!(
            "frame walk: address {addr:#x} is not in the run's stack [{lo:#x}, {hi:#x})"
        ));
    }
}

/// The caller of the frame `fp` of `g`: `(caller_fp, return_address)`, checking that the
/// chain goes up the stack (aborts otherwise).
///
/// # Safety
/// `g` must be a live goroutine and `fp` a frame pointer of its stack.
#[inline]
pub unsafe fn caller(g: *const Goroutine, fp: usize) -> (usize, usize) {
    // SAFETY: live goroutine (caller).
    unsafe { Frames::above(g, fp) }.up_or_abort()
}

/// Where to resume, as goroutine `g`, in the frame `fp` whose active call returns to
/// `ret`: the call site's exception handler with `SP = fp - frame_offset`.
pub fn handler_resume(g: *const Goroutine, fp: usize, ret: usize, payload: usize) -> Resume {
    // SAFETY: the reference does not escape this call (the run's code is registered).
    let Some(meta) = (unsafe { registry::lookup_ref(ret) }) else {
        runtime_bug(&format!(
            "resume: return address {ret:#x} is not in registered code"
        ));
    };
    resume_in(g, meta, fp, ret, payload)
}

/// [`handler_resume`] for the registered function `meta` that contains `ret`.
pub fn resume_in(
    g: *const Goroutine,
    meta: &registry::FuncMeta,
    fp: usize,
    ret: usize,
    payload: usize,
) -> Resume {
    let Some(i) = meta.call_site_index(ret) else {
        no_call_site(meta, ret)
    };
    resume_at_site(g, meta, i, fp, payload)
}

/// [`resume_in`] for the call site `i` of `meta` (the one the frame's active call returns to).
#[inline]
pub fn resume_at_site(
    g: *const Goroutine,
    meta: &registry::FuncMeta,
    i: usize,
    fp: usize,
    payload: usize,
) -> Resume {
    let cs = &meta.call_sites[i];
    let (Some(handler), Some(frame_offset)) = (cs.handler, cs.frame_offset) else {
        no_handler(meta, cs.ret_offset)
    };
    if handler as usize >= meta.size {
        handler_outside(meta, handler);
    }
    let r = Resume {
        sp: fp - frame_offset as usize,
        fp,
        pc: meta.start + handler as usize,
        payload: [payload, 0],
        g: g as usize,
    };
    if r.sp <= stack_pointer() {
        sp_below(r.sp);
    }
    r
}

#[cold]
#[inline(never)]
fn no_call_site(meta: &registry::FuncMeta, ret: usize) -> ! {
    runtime_bug(&format!(
        "resume: {} has no call site returning to {ret:#x} (+{:#x})",
        meta.name,
        ret.wrapping_sub(meta.start)
    ))
}

#[cold]
#[inline(never)]
fn no_handler(meta: &registry::FuncMeta, ret_offset: u32) -> ! {
    runtime_bug(&format!(
        "resume: call site +{ret_offset:#x} of {} has no exception handler (a call in a function with defers must be a try_call)",
        meta.name
    ))
}

#[cold]
#[inline(never)]
fn handler_outside(meta: &registry::FuncMeta, handler: u32) -> ! {
    runtime_bug(&format!(
        "resume: handler +{handler:#x} is outside {}",
        meta.name
    ))
}

#[cold]
#[inline(never)]
fn sp_below(sp: usize) -> ! {
    runtime_bug(&format!(
        "resume: target SP {sp:#x} is not above the runtime's frames"
    ))
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
        (*(*g).run).ended = Some(status);
        (*g).defer_head = std::ptr::null_mut();
        entry_resume(g, status as i64 as usize)
    }
}

/// The resume point at the entry trampoline's handler, with `payload` as the first payload word, from what
/// the session looked up in the registry before the call (no lookup, no lock here).
///
/// # Safety
/// `g` must be the live goroutine of a run inside a call of its entry trampoline.
pub unsafe fn entry_resume(g: *const Goroutine, payload: usize) -> Resume {
    // SAFETY: live goroutine (caller).
    let (fp, handler, fo) = unsafe { ((*g).entry_fp, (*g).entry_handler, (*g).entry_frame_offset) };
    if fp == 0 || handler == 0 || fo == 0 || fp < fo {
        runtime_bug("end of run requested outside of a call of the entry trampoline");
    }
    Resume {
        sp: fp - fo,
        fp,
        pc: handler,
        payload: [payload, 0],
        g: g as usize,
    }
}
