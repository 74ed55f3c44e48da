//! `gopanic` and `gorecover`: the `_panic` chain, running deferred calls of each frame
//! during a panic (open-coded bits and records), recovery into a landing pad, the
//! runtime-error panics, `os.Exit`, and the fatal end of an unrecovered panic.
//!
//! The walk visits each frame above the panicking stub. A Go frame matters only when its
//! active call is a `try_call` (the call site has a landing pad): there the lowering
//! stored the frame's deferBits, and its defer records are on the goroutine's chain, so
//! the walk runs the pending open-coded defers (highest bit first, clearing each bit
//! before the call) and then the frame's records. At a plain call no defer of the frame
//! can be pending (the lowering proved it), and the frame is skipped. When a deferred
//! call recovers, the frame resumes at that call site's landing pad, which runs the rest.
//!
//! Invariant: while a deferred call runs, the Rust frames of `gopanic` hold only raw
//! pointers and plain data, because a recovery or the end of the run may resume above
//! them without returning.

use crate::abi::{CodeKind, DEFER_CLOSURE_OFFSET};
use crate::arch::{resume, Resume};
use crate::bug::runtime_bug;
use crate::errors;
use crate::frames::{self, caller, check_stack_word, handler_resume, kind_of, Frames};
use crate::goroutine::{current, Goroutine, Panic};
use crate::registry;
use crate::tracer::{self, DeferCallCause, Event, RecoverVerdict};
use crate::types;
use crate::words::Words2;

/// A new `_panic` of `g` holding the value `(typ, data)`, started at the stub frame `fp`
/// and linked in front of the chain: the goroutine's spare allocation, or a new one.
/// Written field by field in place (no copy of a whole `Panic` through the stack).
///
/// # Safety
/// `g` must be live.
#[inline(always)]
unsafe fn push_panic(
    g: *mut Goroutine,
    typ: usize,
    data: usize,
    fp: usize,
    explicit: bool,
) -> *mut Panic {
    // SAFETY: live goroutine (caller); the spare is an owned, initialized `Panic`
    // allocation that nothing else references; a new one is owned by the chain.
    unsafe {
        let mut p = (*g).spare_panic;
        if p.is_null() {
            p = new_panic_allocation();
        } else {
            (*g).spare_panic = std::ptr::null_mut();
        }
        (*p).link = (*g).panic_head;
        (*p).typ = typ;
        (*p).data = data;
        (*p).start_fp = fp;
        (*p).cursor = fp;
        (*p).thunk_fp = 0;
        (*p).recovered = false;
        (*p).explicit = explicit;
        (*p).aborted = false;
        (*p).goexit = false;
        (*g).panic_head = p;
        p
    }
}

/// A fresh `_panic` allocation (the goroutine had no spare).
#[cold]
#[inline(never)]
fn new_panic_allocation() -> *mut Panic {
    Box::into_raw(Box::new(Panic {
        link: std::ptr::null_mut(),
        typ: 0,
        data: 0,
        start_fp: 0,
        cursor: 0,
        thunk_fp: 0,
        recovered: false,
        explicit: false,
        aborted: false,
        goexit: false,
    }))
}

/// Releases a `_panic` of `g` that is off the chain: kept as the goroutine's spare, or
/// freed.
///
/// # Safety
/// `g` live; `p` must come from [`push_panic`] and be referenced by nothing any more.
#[inline(always)]
unsafe fn release_panic(g: *mut Goroutine, p: *mut Panic) {
    // SAFETY: live goroutine (caller); `p` is an owned allocation from `Box::into_raw`.
    unsafe {
        if (*g).spare_panic.is_null() {
            (*g).spare_panic = p;
        } else {
            drop(Box::from_raw(p));
        }
    }
}

type CallDeferred =
    unsafe extern "C" fn(closure: usize, thunk_fp_out: *mut usize, g: *mut Goroutine);

/// Makes a deferred call through the `call_deferred` thunk on behalf of panic `p`.
///
/// # Safety
/// `g`/`p` live; `closure` a valid closure object.
unsafe fn call_deferred(g: *mut Goroutine, p: *mut Panic, closure: usize) {
    // SAFETY: live goroutine and panic (caller).
    unsafe {
        let thunk = (*(*g).run).call_deferred;
        if thunk == 0 {
            runtime_bug("no call_deferred thunk installed for this run");
        }
        let f: CallDeferred = std::mem::transmute::<usize, CallDeferred>(thunk);
        // The deferred call enters the runtime through its own stubs: the innermost stub
        // frame in progress is this one's again once it returns.
        let stub_fp = (*g).stub_fp;
        f(closure, &mut (*p).thunk_fp, g);
        (*g).stub_fp = stub_fp;
        (*p).thunk_fp = 0;
        if (*g).panic_head != p {
            runtime_bug("panic chain changed across a deferred call that returned");
        }
    }
}

/// The resume point after panic `p` was recovered by a deferred call of the frame `fp`
/// of the registered function `meta`, whose active call is its call site `site`; removes
/// `p` and the panics it superseded.
///
/// # Safety
/// `g`/`p` live, `p` the head of the chain; `site` a call site of `meta` with a handler.
#[inline(always)]
unsafe fn recovery<const TRACE: bool>(
    g: *mut Goroutine,
    meta: &registry::FuncMeta,
    site: usize,
    fp: usize,
) -> Resume {
    let r = frames::resume_at_site(g, meta, site, fp, 0);
    if TRACE {
        // SAFETY: live goroutine and chain (caller); the head is the recovered panic.
        unsafe {
            let p = (*g).panic_head;
            let panic = tracer::panic_number(g, p);
            let event = Event::Resume {
                panic,
                pc: r.pc,
                sp: r.sp,
                fp: r.fp,
            };
            tracer::record(g, (*p).start_fp, event);
        }
    }
    // Remember, in the frame, the line of the call the panic came through: traces of
    // the frame while its landing pad runs show that line, as Go's do.
    if let Some(off) = meta.resume_line_fp_offset {
        let slot = (fp as isize + off as isize) as usize;
        // SAFETY: the slot lies in the live frame `fp` (checked against the stack
        // bounds) and is the function's own 4-byte slot.
        unsafe {
            check_stack_word(g, slot & !7);
            let slot = slot as *mut u32;
            if *slot == 0 {
                *slot = meta.call_site_line(site);
            }
        }
    }
    // SAFETY: live goroutine; chain members owned by the chain; records on the chain
    // are live.
    unsafe {
        // Panics started below the resumed frame (the recovered one and those it
        // aborted) are over.
        let mut h = (*g).panic_head;
        while !h.is_null() && (*h).start_fp < fp {
            let next = (*h).link;
            release_panic(g, h);
            h = next;
        }
        (*g).panic_head = h;
        if h.is_null() {
            (*g).sig = false;
        }
        // Records of frames being discarded cannot remain (they were all run); drop
        // any stale ones defensively.
        loop {
            let d = (*g).defer_head;
            if d.is_null() || (*d).frame_fp >= fp {
                break;
            }
            (*g).defer_head = (*d).link;
            (*g).pool.give_back(d);
        }
    }
    r
}

/// The panic walk of `p`: runs deferred calls frame by frame; returns where to resume
/// (a landing pad after a recovery, or the entry handler at the fatal end). `TRACE`:
/// the traced variant, which records each step in the run's trace buffer (chosen once
/// per panic by [`walk`]).
///
/// # Safety
/// `g` live, `p` the new head of its chain with `cursor` at its start frame.
#[inline(always)]
unsafe fn run_panic<const TRACE: bool>(g: *mut Goroutine, p: *mut Panic) -> Resume {
    // SAFETY (whole body): `g` and the chain members are live; every frame read goes
    // through the walker's checked reads; deferred calls are made with only
    // plain data in this frame.
    unsafe {
        let mut frames = Frames::above(g, (*p).cursor);
        let cache = registry::cache_handle();
        let number = if TRACE { tracer::panic_number(g, p) } else { 0 };
        let start_fp = if TRACE { (*p).start_fp } else { 0 };
        let cause = if !TRACE {
            DeferCallCause::Panic
        } else if (*p).goexit {
            DeferCallCause::Goexit
        } else {
            DeferCallCause::Panic
        };
        // The traced walk's record of a frame it reaches, with what it has pending.
        let walked = |pc: usize, fp: usize, bits: u8, records: u32| {
            if TRACE {
                let event = Event::WalkFrame {
                    panic: number,
                    pc,
                    fp,
                    bits,
                    records,
                };
                tracer::record(g, start_fp, event);
            }
        };
        let deferred_call = |pc: usize, fp: usize, index: u32, record: usize| {
            if TRACE {
                let event = Event::DeferCall {
                    pc,
                    fp,
                    index,
                    record,
                    cause,
                    panic: number,
                };
                tracer::record(g, start_fp, event);
            }
        };
        loop {
            // The walk's per-frame cost: the step's two checked reads, the cached lookup
            // and the kind test.
            let callee = frames.pos();
            let (fp, ret) = frames.up_or_abort();
            // The registry entry is used in place (no copy); it stays registered for
            // the whole run, and a reference holds nothing the resume jump could leak.
            let Some(meta) = registry::lookup_in(cache, ret) else {
                runtime_bug(&format!("unknown frame at pc={ret:#x}"));
            };
            match meta.kind {
                CodeKind::Stub => {}
                CodeKind::GoFunc | CodeKind::DeferWrapper
                    if meta.open_defers.is_none() && !meta.has_defer_records =>
                {
                    // No defers in this frame: nothing to run, nowhere to resume.
                    if TRACE && meta.kind == CodeKind::GoFunc {
                        walked(ret, fp, 0, 0);
                    }
                }
                CodeKind::GoFunc | CodeKind::DeferWrapper => {
                    let Some(site) = covered_site(meta, ret) else {
                        // A plain call: the lowering proved that no defer of this frame
                        // can be pending here, and its deferBits in memory may be stale.
                        if TRACE && meta.kind == CodeKind::GoFunc {
                            walked(ret, fp, 0, 0);
                        }
                        continue;
                    };
                    (*p).cursor = callee;
                    if TRACE {
                        let bits = meta.open_defers.as_ref().map_or(0, |open| {
                            let at = (fp as isize + open.bits_fp_offset as isize) as usize;
                            check_stack_word(g, at & !7);
                            *(at as *const u8)
                        });
                        walked(ret, fp, bits, tracer::records_of_frame(g, fp));
                    }
                    if let Some(open) = &meta.open_defers {
                        let bits = (fp as isize + open.bits_fp_offset as isize) as *mut u8;
                        check_stack_word(g, (bits as usize) & !7);
                        loop {
                            let b = *bits;
                            if b == 0 {
                                break;
                            }
                            let i = 7 - b.leading_zeros() as usize;
                            let Some(&off) = open.closure_fp_offsets.get(i) else {
                                runtime_bug(&format!(
                                    "deferBits {b:#04x} at {fp:#x} has bit {i} set but {} has {} open-coded defers",
                                    meta.name,
                                    open.closure_fp_offsets.len()
                                ));
                            };
                            *bits = b & !(1u8 << i);
                            let closure = (fp as isize + off as isize) as usize;
                            deferred_call(ret, fp, i as u32, 0);
                            call_deferred(g, p, closure);
                            if (*p).recovered && !(*p).goexit {
                                return recovery::<TRACE>(g, meta, site, fp);
                            }
                        }
                    }
                    loop {
                        let d = crate::defers::pop_for_frame(fp);
                        if d.is_null() {
                            break;
                        }
                        deferred_call(ret, fp, u32::MAX, d as usize);
                        call_deferred(g, p, d as usize + DEFER_CLOSURE_OFFSET as usize);
                        (*g).pool.give_back(d);
                        if (*p).recovered && !(*p).goexit {
                            return recovery::<TRACE>(g, meta, site, fp);
                        }
                    }
                }
                CodeKind::MethodCallThunk => {
                    // The runtime's call of a method (fmt's String/Error): the panic is
                    // caught there, and the caller gets its value.
                    let Some(site) = covered_site(meta, ret) else {
                        runtime_bug("callmethod thunk frame without its handler");
                    };
                    (*g).caught = ((*p).typ, (*p).data);
                    return recovery::<TRACE>(g, meta, site, fp);
                }
                CodeKind::DeferCallThunk => {
                    // A deferred call of an older panic: abort it and continue its walk.
                    let mut q = (*p).link;
                    while !q.is_null() && (*q).thunk_fp != fp {
                        q = (*q).link;
                    }
                    if q.is_null() {
                        runtime_bug(&format!(
                            "deferred-call thunk frame {fp:#x} belongs to no panic"
                        ));
                    }
                    (*q).aborted = true;
                    if TRACE {
                        let aborted = tracer::panic_number(g, q);
                        let event = Event::Aborted {
                            panic: number,
                            aborted,
                        };
                        tracer::record(g, (*p).start_fp, event);
                    }
                    frames.set_pos((*q).cursor);
                }
                CodeKind::Entry => {
                    if fp != (*g).entry_fp {
                        runtime_bug(&format!(
                            "walk reached the entry trampoline at FP {fp:#x}, but the run's entry FP is {:#x}",
                            (*g).entry_fp
                        ));
                    }
                    if TRACE {
                        let event = if (*p).goexit {
                            Event::GoexitDone { panic: number }
                        } else {
                            Event::Fatal { panic: number }
                        };
                        tracer::record(g, (*p).start_fp, event);
                    }
                    if (*p).goexit {
                        return goexit_end(g, fp, ret);
                    }
                    return fatal_panic(g, p, fp, ret);
                }
            }
        }
    }
}

/// The index of the call site of `meta` returning to `ret` when it is a `try_call` (has a
/// landing pad): only there can a defer of the frame be pending. Aborts on an address that
/// is no call.
#[inline(always)]
fn covered_site(meta: &registry::FuncMeta, ret: usize) -> Option<usize> {
    match meta.call_site_index(ret) {
        Some(i) => meta.call_sites[i].handler.map(|_| i),
        None => runtime_bug(&format!(
            "frame of {} returns to +{:#x}, which is not one of its calls",
            meta.name,
            ret - meta.start
        )),
    }
}

/// Prints Go's fatal panic text and returns the entry handler's resume point (status 2).
///
/// # Safety
/// `g` live, `p` the head of the chain, `(fp, ret)` the entry frame.
unsafe fn fatal_panic(g: *mut Goroutine, p: *mut Panic, fp: usize, ret: usize) -> Resume {
    // SAFETY: live goroutine and chain (caller).
    unsafe {
        let sig = if (*g).sig {
            Some(((*g).sig_pc, (*g).sig_addr))
        } else {
            None
        };
        let text = crate::fatal::fatal_panic_text(p, sig);
        (*(*g).run).out.stderr(&text);
        (*(*g).run).out.flush();
        (*(*g).run).panic_text = Some(String::from_utf8_lossy(&text).into_owned());
        (*(*g).run).ended = Some(2);
        (*g).defer_head = std::ptr::null_mut();
        crate::goroutine::free_panics(g);
        handler_resume(g, fp, ret, 2)
    }
}

/// The end of `runtime.Goexit`, its deferred calls run: the goroutine returns from its
/// entry call (what the scheduler does then, for main, is `sched`'s business).
///
/// # Safety
/// `g` live, its chain headed by the Goexit record; `(fp, ret)` its entry frame.
unsafe fn goexit_end(g: *mut Goroutine, fp: usize, ret: usize) -> Resume {
    // SAFETY: live goroutine; the chain's records are over.
    unsafe {
        (*g).defer_head = std::ptr::null_mut();
        crate::goroutine::free_panics(g);
        handler_resume(g, fp, ret, 0)
    }
}

/// `runtime.Goexit` from the stub frame `fp`: runs the goroutine's deferred calls, as a
/// panic would but unrecoverably (`recover()` returns nil meanwhile); returns where to
/// resume: the entry trampoline's handler once they all ran (or a landing pad, should a
/// newer panic be recovered below).
///
/// # Safety
/// As [`gopanic`].
pub unsafe fn goexit(fp: usize) -> Resume {
    let g = current();
    // SAFETY: live goroutine; the record is owned by the chain; `fp` is the stub frame of
    // generated code (caller's contract).
    unsafe {
        (*g).stub_fp = fp;
        let p = push_panic(g, 0, 0, fp, false);
        (*p).goexit = true;
        (*p).recovered = true;
        walk(g, p, fp)
    }
}

/// Runs the walk of the new panic `p`, started at the stub frame `fp`: the traced
/// variant when the run is traced (numbering the panic and recording its start).
///
/// # Safety
/// `g` live, `p` the new head of its chain.
#[inline(always)]
unsafe fn walk(g: *mut Goroutine, p: *mut Panic, fp: usize) -> Resume {
    // SAFETY: the caller's contract is the callees'.
    unsafe {
        if tracer::enabled(g) {
            walk_traced(g, p, fp)
        } else {
            run_panic::<false>(g, p)
        }
    }
}

/// [`walk`] of a traced run, out of line: the untraced walk inlined into `gopanic` keeps
/// the code (and the registers) it had before tracing existed.
///
/// # Safety
/// As [`walk`].
#[cold]
#[inline(never)]
unsafe fn walk_traced(g: *mut Goroutine, p: *mut Panic, fp: usize) -> Resume {
    // SAFETY: the caller's contract is the callees'.
    unsafe {
        tracer::number_new_panic(g, p, fp);
        run_panic::<true>(g, p)
    }
}

/// Go's `gopanic`: panics with the value `(typ, data)` from the stub frame `fp`.
///
/// # Safety
/// `fp` must be the frame pointer of a runtime stub called by generated code of the
/// current run; `(typ, data)` a valid interface value. The caller's Rust frames must
/// hold nothing that needs dropping.
pub unsafe fn gopanic(fp: usize, typ: usize, data: usize, explicit: bool) -> ! {
    let g = current();
    // SAFETY: live goroutine; a plain field write (fatal errors' traces start here).
    unsafe { (*g).stub_fp = fp };
    let (typ, data) = if typ == 0 {
        errors::runtime_error(&types::PANIC_NIL_ERROR, "panic called with nil argument")
    } else {
        (typ, data)
    };
    // SAFETY: live goroutine; the new panic is owned by the chain.
    let r = unsafe {
        if (*(*g).run).ended.is_some() {
            runtime_bug("panic in a run that has ended");
        }
        // The walk's first step checks that `fp` lies in the stack.
        let p = push_panic(g, typ, data, fp, explicit);
        walk(g, p, fp)
    };
    // SAFETY: `r` is a validated landing pad or entry handler above this frame; the
    // frames in between hold no values with destructors.
    unsafe { resume(r) }
}

/// Panics with a `runtime.errorString` (`"runtime error: " + msg`).
///
/// # Safety
/// As [`gopanic`].
pub unsafe fn panic_runtime_error_string(fp: usize, msg: &str) -> ! {
    crate::goroutine::entered(fp);
    let (t, d) = errors::runtime_error_string(msg);
    // SAFETY: `fp` is the stub frame of generated code of this run (our caller's contract), the value was just built, and this frame holds nothing to drop.
    unsafe { gopanic(fp, t, d, false) }
}

/// The nil-dereference panic (sets Go's `gp.sig`, printed as a `[signal ...]` line).
///
/// # Safety
/// As [`gopanic`].
pub unsafe fn panic_nil_deref_at(fp: usize, addr: usize) -> ! {
    let g = current();
    // SAFETY: live goroutine; checked read of the stub's return address.
    unsafe {
        (*g).sig = true;
        (*g).sig_pc = caller(g, fp).1;
        (*g).sig_addr = addr;
        panic_runtime_error_string(fp, "invalid memory address or nil pointer dereference")
    }
}

/// `rt_gopanic(stub_fp, type, data)`: `panic(v)`.
///
/// # Safety
/// As [`gopanic`].
pub unsafe extern "C" fn rt_gopanic(fp: usize, typ: i64, data: i64) -> ! {
    // SAFETY: `fp` is the stub frame of generated code of this run (our caller's contract), the value was just built, and this frame holds nothing to drop.
    unsafe { gopanic(fp, typ as usize, data as usize, true) }
}

/// `rt_panic_divide(stub_fp)`.
///
/// # Safety
/// As [`gopanic`].
pub unsafe extern "C" fn rt_panic_divide(fp: usize) -> ! {
    // SAFETY: our caller's contract is the callee's (`fp` is a stub frame of this run), and this frame holds nothing to drop.
    unsafe { panic_runtime_error_string(fp, "integer divide by zero") }
}

/// `rt_panic_index(stub_fp, index, len, unsigned)`: `index` of an unsigned type when
/// `unsigned` is 1.
///
/// # Safety
/// As [`gopanic`].
pub unsafe extern "C" fn rt_panic_index(fp: usize, index: i64, len: i64, unsigned: i64) -> ! {
    crate::goroutine::entered(fp);
    let (t, d) = errors::bounds_error(index, len, unsigned != 0);
    // SAFETY: `fp` is the stub frame of generated code of this run (our caller's contract), the value was just built, and this frame holds nothing to drop.
    unsafe { gopanic(fp, t, d, false) }
}

/// `rt_panic_slice(stub_fp, code, x, y)`: a slice expression out of bounds (see
/// `errors::slice_bounds_error`).
///
/// # Safety
/// As [`gopanic`].
pub unsafe extern "C" fn rt_panic_slice(fp: usize, code: i64, x: i64, y: i64) -> ! {
    crate::goroutine::entered(fp);
    let (t, d) = errors::slice_bounds_error(code, x, y);
    // SAFETY: `fp` is the stub frame of generated code of this run (our caller's contract), the value was just built, and this frame holds nothing to drop.
    unsafe { gopanic(fp, t, d, false) }
}

/// `rt_panic_unsafe(stub_fp, code)`: a bad `unsafe.String` (codes 0, 1) or
/// `unsafe.Slice` (2, 3) call: its length out of range (even codes), or a nil pointer
/// with a length (odd).
///
/// # Safety
/// As [`gopanic`].
pub unsafe extern "C" fn rt_panic_unsafe(fp: usize, code: i64) -> ! {
    let msg = match code {
        0 => "unsafe.String: len out of range",
        1 => "unsafe.String: ptr is nil and len is not zero",
        2 => "unsafe.Slice: len out of range",
        _ => "unsafe.Slice: ptr is nil and len is not zero",
    };
    // SAFETY: our caller's contract is the callee's (`fp` is a stub frame of this run), and this frame holds nothing to drop.
    unsafe { panic_runtime_error_string(fp, msg) }
}

/// `rt_panic_shift(stub_fp)`.
///
/// # Safety
/// As [`gopanic`].
pub unsafe extern "C" fn rt_panic_shift(fp: usize) -> ! {
    // SAFETY: our caller's contract is the callee's (`fp` is a stub frame of this run), and this frame holds nothing to drop.
    unsafe { panic_runtime_error_string(fp, "negative shift amount") }
}

/// `rt_panic_nil_deref(stub_fp, addr)`: a nil dereference at the address `addr` (the
/// accessed field's offset), a nil func call, `Error()` on a nil error.
///
/// # Safety
/// As [`gopanic`].
pub unsafe extern "C" fn rt_panic_nil_deref(fp: usize, addr: i64) -> ! {
    // SAFETY: our caller's contract is the callee's (`fp` is a stub frame of this run), and this frame holds nothing to drop.
    unsafe { panic_nil_deref_at(fp, addr as usize) }
}

/// `rt_panic_wrap(stub_fp, ptr, len)`: gc's panicwrap, a value method called through a
/// nil pointer held in an interface; the message (`value method main.T.M called using
/// nil *T pointer`) is the string `(ptr, len)`.
///
/// # Safety
/// As [`gopanic`]; `(ptr, len)` a valid string.
pub unsafe extern "C" fn rt_panic_wrap(fp: usize, ptr: i64, len: i64) -> ! {
    crate::goroutine::entered(fp);
    let (t, d) = {
        // SAFETY: a valid string (caller).
        let msg = unsafe { crate::format::bytes(ptr as usize, len as usize) };
        errors::runtime_error(&types::RUNTIME_PLAIN_ERROR, &String::from_utf8_lossy(msg))
    };
    // SAFETY: `fp` is the stub frame of generated code of this run (our caller's contract), the value was just built, and this frame holds nothing to drop.
    unsafe { gopanic(fp, t, d, false) }
}

/// `rt_panic_assert(stub_fp, have_type, want_type, source_type)`: failed `x.(T)` of an
/// operand of the interface type `source_type`.
///
/// # Safety
/// As [`gopanic`]; the types must be 0 or valid descriptors (`want` non-zero).
pub unsafe extern "C" fn rt_panic_assert(fp: usize, have: i64, want: i64, source: i64) -> ! {
    crate::goroutine::entered(fp);
    // SAFETY: valid descriptors (caller).
    let (have_d, want_d, src_d) = unsafe {
        (
            types::desc(have as usize),
            types::desc(want as usize),
            types::desc(source as usize),
        )
    };
    let (Some(want_d), Some(src_d)) = (want_d, src_d) else {
        runtime_bug("rt_panic_assert: null want_type or source_type")
    };
    let (t, d) = {
        let text = errors::type_assertion_text(have_d, want_d, src_d);
        errors::runtime_error(&types::RUNTIME_TYPE_ASSERTION_ERROR, &text)
    };
    // SAFETY: `fp` is the stub frame of generated code of this run (our caller's contract), the value was just built, and this frame holds nothing to drop.
    unsafe { gopanic(fp, t, d, false) }
}

/// Go's `gorecover` with the stub frame `fp` (`[fp]` = the function calling recover).
///
/// Recovers only when that function was called directly by the deferred-call thunk of
/// the current panic (through any number of wrappers, as gc's wrappers are
/// transparent to recover) and the panic is not already recovered. That function is
/// never a defer wrapper (`defer recover()` calls `rt_gorecover_deferring`, and the
/// lowering refuses `recover()` in a wrapper's body), so its kind is not looked up.
///
/// # Safety
/// `fp` must be the frame pointer of the `rt_gorecover.stub` frame.
#[inline(always)]
pub unsafe fn gorecover(fp: usize) -> Words2 {
    let g = current();
    // SAFETY: live goroutine; `fp` a stub frame of it (caller).
    unsafe {
        let verdict = recover_verdict(g, fp);
        apply_recover(g, verdict)
    }
}

/// The rule of [`gorecover`]: whether a `recover()` whose stub frame is `fp` recovers
/// the newest panic, or why not.
///
/// # Safety
/// As [`gorecover`].
#[inline(always)]
unsafe fn recover_verdict(g: *mut Goroutine, fp: usize) -> RecoverVerdict {
    // SAFETY: live goroutine and chain; checked frame reads.
    unsafe {
        let p = (*g).panic_head;
        if p.is_null() {
            return RecoverVerdict::NoPanic;
        }
        if (*p).recovered {
            return if (*p).goexit {
                RecoverVerdict::Goexit
            } else {
                RecoverVerdict::AlreadyRecovered
            };
        }
        if (*p).thunk_fp == 0 {
            return RecoverVerdict::NotDeferredCall;
        }
        let cache = registry::cache_handle();
        let kind = |ret: usize| registry::lookup_in(cache, ret).map(|m| m.kind);
        let mut frames = Frames::above(g, fp);
        frames.up_or_abort();
        let (mut c_fp, mut c_ret) = frames.up_or_abort();
        // Wrappers (defer wrappers, method wrappers) are transparent, however many.
        while c_fp != (*p).thunk_fp && kind(c_ret) == Some(CodeKind::DeferWrapper) {
            (c_fp, c_ret) = frames.up_or_abort();
        }
        if c_fp != (*p).thunk_fp {
            return RecoverVerdict::NotDeferredCall;
        }
        RecoverVerdict::Recovered
    }
}

/// What `recover()` returns by `verdict`: the newest panic's value, marking it
/// recovered, or nil.
///
/// # Safety
/// `g` live; `Recovered` only with a panic at the head of its chain.
#[inline(always)]
unsafe fn apply_recover(g: *mut Goroutine, verdict: RecoverVerdict) -> Words2 {
    if verdict != RecoverVerdict::Recovered {
        return Words2::default();
    }
    // SAFETY: live goroutine with a panic (caller).
    unsafe {
        let p = (*g).panic_head;
        (*p).recovered = true;
        Words2::new((*p).typ, (*p).data)
    }
}

/// Records a traced `recover()` of the function whose frame is the caller of `fp`.
///
/// # Safety
/// `g` live; `fp` a frame of its stack.
unsafe fn trace_recover(g: *mut Goroutine, fp: usize, verdict: RecoverVerdict) {
    // SAFETY: live goroutine; checked frame read.
    unsafe {
        let (caller_fp, pc) = caller(g, fp);
        let panic = tracer::panic_number(g, (*g).panic_head);
        let event = Event::Recover {
            pc,
            fp: caller_fp,
            verdict,
            panic,
        };
        tracer::record(g, fp, event);
    }
}

/// `rt_trace_recover(stub_fp) -> (type, data)` or `(0, 0)`: `recover()` in traced code
/// (which does not inline recover's fast path): [`gorecover`], recorded.
///
/// # Safety
/// As [`gorecover`].
pub unsafe extern "C" fn rt_trace_recover(fp: usize) -> Words2 {
    let g = current();
    // SAFETY: `fp` is this entry's stub frame (the caller's contract).
    unsafe {
        let verdict = recover_verdict(g, fp);
        trace_recover(g, fp, verdict);
        apply_recover(g, verdict)
    }
}

/// gc's recover for `defer recover()`, with the stub frame `fp` whose caller is the
/// statement's wrapper: recover's frame argument was evaluated at the defer statement, so
/// [`gorecover`]'s rule applies to the function that executed that statement (the
/// wrapper's caller) instead of to the wrapper. When the runtime itself runs the wrapper
/// (the deferring function is being unwound by a newer panic), that function is not the
/// current panic's deferred call, so nothing is recovered.
///
/// # Safety
/// `fp` must be the frame pointer of the `rt_gorecover_deferring.stub` frame.
pub unsafe fn gorecover_deferring(fp: usize) -> Words2 {
    let g = current();
    // SAFETY: live goroutine; checked frame reads.
    unsafe {
        let verdict = if (*g).panic_head.is_null() {
            RecoverVerdict::NoPanic
        } else {
            let mut frames = Frames::above(g, fp);
            let (wrapper_fp, _) = frames.up_or_abort();
            let (_, deferrer_ret) = frames.up_or_abort();
            if kind_of(deferrer_ret) != Some(CodeKind::GoFunc) {
                RecoverVerdict::DeferredRecover
            } else {
                recover_verdict(g, wrapper_fp)
            }
        };
        if tracer::enabled(g) {
            trace_recover(g, fp, verdict);
        }
        apply_recover(g, verdict)
    }
}

/// `rt_gorecover_deferring(stub_fp) -> (type, data)` or `(0, 0)`.
///
/// # Safety
/// As [`gorecover_deferring`].
pub unsafe extern "C" fn rt_gorecover_deferring(fp: usize) -> Words2 {
    // SAFETY: `fp` is this entry's stub frame (the caller's contract), as gorecover_deferring requires.
    unsafe { gorecover_deferring(fp) }
}

/// `rt_gorecover(stub_fp) -> (type, data)` or `(0, 0)`.
///
/// # Safety
/// As [`gorecover`].
pub unsafe extern "C" fn rt_gorecover(fp: usize) -> Words2 {
    // SAFETY: `fp` is this entry's stub frame (the caller's contract), as gorecover requires.
    unsafe { gorecover(fp) }
}

/// `rt_os_exit(stub_fp, code)`: ends the run at once with status `code`; no deferred
/// calls run.
///
/// # Safety
/// `fp` must be a runtime stub frame of the current run.
pub unsafe extern "C" fn rt_os_exit(_fp: usize, code: i64) -> ! {
    let g = current();
    // SAFETY: live goroutine inside its entry call; nothing here needs dropping.
    unsafe { frames::end_run(g, code as i32) }
}
