//! Go's symbolized trace after `goroutine 1 [running]:`, for fatal panics and fatal errors:
//! the frames shown as gc shows them (Go functions; defer wrappers only when they called
//! `panic` directly; a `panic({TYPE, DATA})` frame where an older panic runs a deferred
//! call), with gc's argument lists, and
//! gc's elision of long traces (the innermost 50, `...N frames elided...`, the outermost
//! 50, where the runtime frames count like any other).
//!
//! Nothing here allocates, locks or aborts: the walk reads frames through bounds-checked
//! reads and the registry without blocking, and a frame it cannot make sense of ends the
//! trace with a `?` entry. Stack-overflow and fault reports use it from the signal landing.

use crate::abi::CodeKind;
use crate::frames::Frames;
use crate::goroutine::Panic;
use crate::goroutine::{Goroutine, MethodCall};
use crate::registry::{self, CacheHandle, FuncMeta};
use core::fmt::{self, Write};

/// gc's `tracebackInnerFrames` and `tracebackOuterFrames`.
const INNER_FRAMES: usize = 50;
const OUTER_FRAMES: usize = 50;
/// The location line of gc's `panic({..})` frame, where gc prints a file of its
/// runtime's sources (`/usr/lib/go-1.23/src/runtime/panic.go:785 +0x132`): the file and
/// line `runtime.Caller` reports for deferjit's runtime frames.
const RUNTIME_LOCATION: &str = "[deferjit runtime]:0";
/// Attempts at reading the registry while another thread registers code.
const LOOKUP_TRIES: u32 = 10_000;

/// One frame of a trace.
#[derive(Clone, Copy)]
pub enum Frame {
    /// A Go function (or a defer wrapper that called `panic`): `pc` is a return address
    /// into it, or the exact faulting PC when `exact`; `fp` its frame pointer (0 when the
    /// frame was not set up yet).
    Func {
        /// The function's code metadata.
        meta: &'static FuncMeta,
        /// Its frame pointer (0 when the frame was not set up yet).
        fp: usize,
        /// A return address into it, or the faulting PC when `exact`.
        pc: usize,
        /// `pc` is the faulting instruction itself, not a return address.
        exact: bool,
    },
    /// gc's frame of `runtime.gopanic` (printed `panic({TYPE, DATA})`, the panic value's
    /// words) where an older panic runs a deferred call. (Where a Goexit runs one, gc's
    /// frame is `runtime.Goexit`'s, which deferjit's stack has too: the stub function
    /// of that name in lib/runtime.)
    Panic {
        /// The type word of the panic's value.
        typ: usize,
        /// The data word of the panic's value.
        data: usize,
    },
    /// A return address outside registered code, or a frame chain that makes no sense.
    Unknown(usize),
}

/// The trace's frames of a goroutine from a starting point outwards, innermost first, as
/// gc shows them, over the one frame walker ([`Frames`]). Cheap to copy: the elision walks
/// the outer part twice, as gc does.
#[derive(Clone, Copy)]
pub struct Trace {
    /// This thread's lookup cache, unless the walk must not touch it (see
    /// [`Frames::without_cache`]).
    cache: Option<CacheHandle>,
    /// The walk; positioned at the frame to classify next once it has been classified.
    walk: Frames,
    /// The frame to classify next: its FP and the PC in it.
    fp: usize,
    pc: usize,
    /// `pc` is the faulting instruction itself, not a return address.
    exact: bool,
    /// The caller of the frame being classified, when it cannot be read at `[fp]` (a
    /// fault in a function's prologue, before it saved the caller's FP).
    up: Option<(usize, usize)>,
    /// The frame below was `panic` itself (gc shows a wrapper that called it).
    callee_is_gopanic: bool,
    /// The goroutine's panic chain, to continue below a deferred call's thunk.
    panics: *mut Panic,
    /// The runtime's method calls not yet met by the walk, innermost first: the next
    /// `callmethod` thunk frame is normally this one's (so that a trace through many
    /// nested `String` calls, as in a stack overflow, stays linear).
    method_calls: *const MethodCall,
    /// The goroutine, whose list of method calls is searched when the walk's order fails.
    g: *const Goroutine,
    done: bool,
}

impl Trace {
    fn new(g: *const Goroutine, panics: *mut Panic) -> Trace {
        Trace {
            cache: Some(registry::cache_handle()),
            // SAFETY: `g` is the live goroutine (callers).
            walk: unsafe { Frames::above(g, 0) },
            fp: 0,
            pc: 0,
            exact: false,
            up: None,
            callee_is_gopanic: false,
            panics,
            // SAFETY: the live goroutine (callers).
            method_calls: unsafe { (*g).method_calls },
            g,
            done: false,
        }
    }

    /// The method call whose thunk frame is `fp`: the next one the walk expects, or else
    /// any of the goroutine's.
    fn method_call_at(&mut self, fp: usize) -> Option<&'static MethodCall> {
        // SAFETY: the records are on the live Rust stack of their callers (linked only
        // for the duration of each call), and `g` is the live goroutine.
        unsafe {
            let next = self.method_calls;
            let found = if !next.is_null() && (*next).thunk_fp == fp {
                Some(&*next)
            } else {
                crate::methods::method_call_at(self.g.cast_mut(), fp)
            };
            if let Some(c) = found {
                self.method_calls = c.link;
            }
            found
        }
    }

    /// The same walk without this thread's lookup cache: for a report made after a fault
    /// in runtime code, which may have interrupted a lookup filling the cache.
    pub fn without_cache(mut self) -> Trace {
        self.cache = None;
        self
    }

    /// The registered function containing `pc`, without blocking.
    fn lookup(&self, pc: usize) -> Option<&'static FuncMeta> {
        // SAFETY: used while the run's code is registered (constructors' contract); the
        // cache handle is this thread's.
        let found = unsafe {
            match self.cache {
                Some(h) => registry::lookup_in_nonblocking(h, pc, LOOKUP_TRIES),
                None => registry::lookup_nonblocking(pc, LOOKUP_TRIES),
            }
        };
        found.ok().flatten()
    }

    /// Positions the walk at the caller of the frame `fp`; `false` if it cannot be read.
    fn go_up_from(&mut self, fp: usize) -> bool {
        self.walk.set_pos(fp);
        match self.walk.up() {
            Some((up, ret)) => {
                self.fp = up;
                self.pc = ret;
                self.exact = false;
                true
            }
            _ => false,
        }
    }

    /// From the runtime stub frame `stub_fp` (the stub called by the innermost Go
    /// function); `callee_is_gopanic` when the stub is `panic`'s own.
    ///
    /// # Safety
    /// `g` must be this thread's live goroutine, `panics` its panic chain, and the walk
    /// used only while the run's code stays registered.
    pub unsafe fn from_stub(
        g: *const Goroutine,
        stub_fp: usize,
        callee_is_gopanic: bool,
        panics: *mut Panic,
    ) -> Trace {
        let mut f = Trace::new(g, panics);
        f.callee_is_gopanic = callee_is_gopanic;
        if !f.go_up_from(stub_fp) {
            f.done = true;
        }
        f
    }

    /// From an instruction of generated code interrupted at `pc` with the registers
    /// frame pointer `fp` and stack pointer `sp`, as in a fault: the innermost frame is the function
    /// containing `pc`, at that exact PC, even in its prologue.
    ///
    /// # Safety
    /// As [`Trace::from_stub`].
    pub unsafe fn from_pc(
        g: *const Goroutine,
        pc: usize,
        fp: usize,
        sp: usize,
        panics: *mut Panic,
    ) -> Trace {
        let mut f = Trace::new(g, panics);
        f.fp = fp;
        f.pc = pc;
        f.exact = true;
        if let Some(m) = f.lookup(pc) {
            // Before the prologue sets up the frame, the frame pointer is still the
            // caller's, and the return address is near the stack pointer (arch).
            if let Some(off) = crate::arch::prologue_return_address(m.start, pc) {
                match f.walk.word(sp + off) {
                    Some(ret) => {
                        f.up = Some((fp, ret));
                        f.fp = 0;
                    }
                    None => f.done = true,
                }
            }
        }
        f
    }

    fn advance(&mut self, fp: usize) {
        match self.up.take() {
            Some((up, ret)) => {
                self.fp = up;
                self.pc = ret;
                self.exact = false;
            }
            None => {
                if !self.go_up_from(fp) {
                    self.done = true;
                }
            }
        }
    }
}

impl Iterator for Trace {
    type Item = Frame;

    fn next(&mut self) -> Option<Frame> {
        while !self.done {
            let (fp, pc, exact) = (self.fp, self.pc, self.exact);
            let Some(meta) = self.lookup(pc) else {
                self.done = true;
                return Some(Frame::Unknown(pc));
            };
            let callee_is_gopanic = std::mem::replace(&mut self.callee_is_gopanic, false);
            match meta.kind {
                CodeKind::GoFunc => {
                    self.advance(fp);
                    return Some(Frame::Func {
                        meta,
                        fp,
                        pc,
                        exact,
                    });
                }
                CodeKind::DeferWrapper if callee_is_gopanic => {
                    self.advance(fp);
                    return Some(Frame::Func {
                        meta,
                        fp,
                        pc,
                        exact,
                    });
                }
                CodeKind::DeferWrapper | CodeKind::Stub => self.advance(fp),
                CodeKind::DeferCallThunk => {
                    // An older panic runs this deferred call: gc shows its `panic({..})`
                    // frame, then the frames below the point where it started.
                    let mut q = self.panics;
                    // SAFETY: members of the live panic chain.
                    unsafe {
                        while !q.is_null() && (*q).thunk_fp != fp {
                            q = (*q).link;
                        }
                    }
                    if q.is_null() || fp == 0 {
                        self.done = true;
                        return Some(Frame::Unknown(pc));
                    }
                    // SAFETY: a live panic.
                    let (start, explicit, typ, data, goexit) = unsafe {
                        let q = &*q;
                        (q.start_fp, q.explicit, q.typ, q.data, q.goexit)
                    };
                    self.up = None;
                    if !self.go_up_from(start) {
                        self.done = true;
                    }
                    self.callee_is_gopanic = explicit;
                    if !goexit {
                        return Some(Frame::Panic { typ, data });
                    }
                }
                CodeKind::MethodCallThunk => {
                    // The runtime called a method: the trace goes on below the stub of
                    // the runtime entry that made the call.
                    match self.method_call_at(fp) {
                        Some(c) if self.go_up_from(c.stub_fp) => {}
                        _ => {
                            self.done = true;
                            return Some(Frame::Unknown(pc));
                        }
                    }
                }
                CodeKind::Entry => self.done = true,
            }
        }
        None
    }
}

/// The source line a trace shows for a frame: the line of its active call (or of `pc`
/// itself when `exact`), or, while the frame runs its landing pad after a recovery, the
/// line of the call the recovered panic came through.
fn frame_line(f: &Trace, meta: &FuncMeta, fp: usize, pc: usize, exact: bool) -> u32 {
    if exact {
        return meta.line_at(pc).unwrap_or(0);
    }
    if let (Some(off), true) = (meta.resume_line_fp_offset, fp != 0) {
        let slot = (fp as isize + off as isize) as usize;
        if f.walk.word(slot & !7).is_some() {
            // SAFETY: inside the stack (checked above): the function's own 4-byte slot.
            let line = unsafe { *(slot as *const u32) };
            if line != 0 {
                return line;
            }
        }
    }
    meta.line_at(pc - 1).unwrap_or(0)
}

fn write_frame(w: &mut dyn Write, walk: &Trace, f: Frame) -> fmt::Result {
    match f {
        Frame::Func {
            meta,
            fp,
            pc,
            exact,
        } => {
            let line = frame_line(walk, meta, fp, pc, exact);
            write!(
                w,
                "{}({})\n\t{}:{} +{:#x}\n",
                meta.name,
                meta.args,
                meta.file,
                line,
                pc - meta.start
            )
        }
        // gc prints the words of gopanic's argument from their spill slot, marked `?`
        // (not live where gopanic calls the deferred function); these are the panic
        // value's actual words. The Go runtime's source line has no counterpart: the
        // location is deferjit's runtime, line 0, as `runtime.Caller` reports the frame.
        Frame::Panic { typ, data } => {
            write!(
                w,
                "panic({{{typ:#x}?, {data:#x}?}})\n\t{RUNTIME_LOCATION}\n"
            )
        }
        Frame::Unknown(pc) => write!(w, "?()\n\t?:0 pc={pc:#x}\n"),
    }
}

/// Writes the trace of `frames` as gc prints it: every frame when there are at most 100,
/// otherwise the innermost 50, `...N frames elided...` and the outermost 50 (gc walks
/// the outer part twice rather than remembering it; so does this, allocating nothing).
pub fn write_trace(w: &mut dyn Write, mut frames: Trace) -> fmt::Result {
    for _ in 0..INNER_FRAMES {
        let Some(f) = frames.next() else {
            return Ok(());
        };
        write_frame(w, &frames, f)?;
    }
    let rest = frames;
    let remaining = frames.count();
    let elide = remaining.saturating_sub(OUTER_FRAMES);
    let mut rest = rest;
    if elide > 0 {
        writeln!(w, "...{elide} frames elided...")?;
        for _ in 0..elide {
            rest.next();
        }
    }
    while let Some(f) = rest.next() {
        write_frame(w, &rest, f)?;
    }
    Ok(())
}

/// gc's last lines of a goroutine's trace other than main's: `created by F in goroutine
/// N` and the location of the `go` statement. Nothing for main.
///
/// # Safety
/// `g` must be a live goroutine; the run's code stays registered while this runs.
pub unsafe fn write_created_by(w: &mut dyn Write, g: *const Goroutine) -> fmt::Result {
    // SAFETY: live goroutine (caller).
    let (parent, pc) = unsafe { (*g).created_by };
    if pc == 0 {
        return Ok(());
    }
    // SAFETY: the run's code is registered (caller).
    let meta = unsafe { registry::lookup_nonblocking(pc, LOOKUP_TRIES) };
    match meta.ok().flatten() {
        Some(m) => write!(
            w,
            "created by {} in goroutine {parent}\n\t{}:{} +{:#x}\n",
            m.name,
            m.file,
            m.line_at(pc - 1).unwrap_or(0),
            pc - m.start
        ),
        None => write!(w, "created by ? in goroutine {parent}\n\t?:0 pc={pc:#x}\n"),
    }
}
