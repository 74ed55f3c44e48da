//! The runtime's record of its defer and panic work, for `deferjit trace`: an event
//! buffer per run, filled by the panic walk, `gorecover` and recovery (their traced
//! variants, chosen once per panic), and by the calls that traced code makes where
//! untraced code does its work inline (a defer statement registering its call, an exit
//! running one).
//!
//! Nothing here runs unless the run was started with tracing: untraced code never calls
//! these entries, and the panic walk picks its traced variant only when the run has a
//! buffer. The buffer is preallocated; once it is full, further events are counted, not
//! stored. The goroutines of a run take turns on one thread, so one buffer per run keeps
//! their events in order; each event names its goroutine.
//!
//! Each event carries a snapshot of the goroutine's Go frames at that moment (innermost
//! first, as `(fp, pc)`): the addresses are resolved to functions and lines after the run,
//! by whoever holds the program's code (see the `deferjit` crate's `trace` module).

use crate::abi::CodeKind;
pub use crate::events::{DeferCallCause, Event, RecoverVerdict, TraceBuffer, TraceRecord};
use crate::frames::{caller, Frames};
use crate::goroutine::{current, Goroutine, Panic};
use crate::registry;

/// The run's buffer, when the run is traced.
///
/// # Safety
/// `g` must be live; the reference must not be held across a call into generated code.
#[inline(always)]
pub unsafe fn buffer<'a>(g: *mut Goroutine) -> Option<&'a mut TraceBuffer> {
    // SAFETY: live goroutine and run (caller); the run owns the buffer.
    unsafe { (*(*g).run).trace.as_deref_mut() }
}

/// Whether the run of `g` is traced.
///
/// # Safety
/// `g` must be live.
#[inline(always)]
pub unsafe fn enabled(g: *mut Goroutine) -> bool {
    // SAFETY: live goroutine and run (caller).
    unsafe { (*(*g).run).trace.is_some() }
}

/// At most this many frames of a stack are recorded per event (the innermost): the walk
/// stops there, so an event costs the same at any depth of recursion.
pub const MAX_STACK: usize = 32;

/// At most this many frames are stored in all (64 MiB); later events keep their depth
/// but no frames.
pub const FRAME_BUDGET: usize = 1 << 22;

/// Records `event` of goroutine `g` with a snapshot of its Go frames above the frame
/// `from_fp` (a runtime stub's frame, or a frame of the panic walk).
///
/// # Safety
/// `g` must be live and `from_fp` a frame of its stack.
pub unsafe fn record(g: *mut Goroutine, from_fp: usize, event: Event) {
    // SAFETY: live goroutine (caller).
    let Some(buf) = (unsafe { buffer(g) }) else {
        return;
    };
    if buf.records.len() >= buf.capacity {
        buf.dropped += 1;
        return;
    }
    let start = buf.frames.len() as u32;
    let room = if buf.frames.len() + MAX_STACK <= FRAME_BUDGET {
        MAX_STACK
    } else {
        0
    };
    let mut stored = 0usize;
    let mut truncated = false;
    let cache = registry::cache_handle();
    // SAFETY: live goroutine; the walk reads only its stack, bounds-checked.
    let mut frames = unsafe { Frames::above(g, from_fp) };
    // SAFETY: live goroutine (caller).
    let entry_fp = unsafe { (*g).entry_fp };
    while let Some((fp, ret)) = frames.up() {
        // SAFETY: the reference does not outlive this step; the run's code stays
        // registered while it runs.
        match unsafe { registry::lookup_in(cache, ret) }.map(|m| m.kind) {
            Some(CodeKind::GoFunc) => {
                if stored == room {
                    truncated = true;
                    break;
                }
                buf.frames.push((fp, ret));
                stored += 1;
            }
            Some(CodeKind::DeferCallThunk) => {
                // A deferred call made by a panic's walk: the frames below it are the
                // runtime's; the goroutine's go on above the stub where that panic
                // started.
                // SAFETY: live goroutine (caller); chain members are live.
                let mut q = unsafe { (*g).panic_head };
                // SAFETY: as above.
                while !q.is_null() && unsafe { (*q).thunk_fp } != fp {
                    // SAFETY: as above.
                    q = unsafe { (*q).link };
                }
                if q.is_null() {
                    break;
                }
                // SAFETY: as above.
                frames.set_pos(unsafe { (*q).start_fp });
            }
            Some(CodeKind::Entry) | None => break,
            Some(_) => {}
        }
        if fp == entry_fp {
            break;
        }
    }
    let end = buf.frames.len() as u32;
    // SAFETY: live goroutine (caller).
    let goroutine = unsafe { (*g).id };
    buf.records.push(TraceRecord {
        goroutine,
        event,
        stack: (start, end),
        truncated,
    });
}

/// The number of the panic `p` (assigned by [`number_new_panic`]), 0 for none.
///
/// # Safety
/// `g` must be live.
pub unsafe fn panic_number(g: *mut Goroutine, p: *const Panic) -> u32 {
    if p.is_null() {
        return 0;
    }
    // SAFETY: live goroutine (caller).
    match unsafe { buffer(g) } {
        Some(buf) => (buf.panic_numbers.iter().rev())
            .find(|(a, _)| *a == p as usize)
            .map_or(0, |(_, n)| *n),
        None => 0,
    }
}

/// Gives the new panic `p` (just linked at the head of the chain) the run's next number
/// and records its start (a `Panic` or `Goexit` event) from the stub frame `fp`.
///
/// # Safety
/// `g` live, `p` the head of its chain.
pub unsafe fn number_new_panic(g: *mut Goroutine, p: *mut Panic, fp: usize) {
    // SAFETY: live goroutine and chain (caller).
    unsafe {
        let during = panic_number(g, (*p).link);
        let Some(buf) = buffer(g) else { return };
        buf.next_panic += 1;
        let n = buf.next_panic;
        buf.panic_numbers.retain(|(a, _)| *a != p as usize);
        buf.panic_numbers.push((p as usize, n));
        let (caller_fp, pc) = caller(g, fp);
        let event = if (*p).goexit {
            Event::Goexit {
                panic: n,
                pc,
                fp: caller_fp,
            }
        } else {
            let text = panic_value_summary((*p).typ, (*p).data);
            let value = buf.texts.len() as u32;
            buf.texts.push(text);
            Event::Panic {
                panic: n,
                pc,
                fp: caller_fp,
                value,
                runtime_error: !(*p).explicit,
                during,
            }
        };
        record(g, fp, event);
    }
}

/// The text of a panic value for the trace: what Go's `panic:` line prints for values of
/// types without `Error`/`String` methods (or the runtime's own errors); for others, the
/// dynamic type, since tracing must not call Go code.
///
/// # Safety
/// `(t, d)` must be a valid interface value.
unsafe fn panic_value_summary(t: usize, d: usize) -> String {
    // SAFETY: valid value (caller).
    let Some(td) = (unsafe { crate::types::desc(t) }) else {
        return "nil".to_string();
    };
    if td.error_method != 0 || td.string_method != 0 {
        return format!(
            "a {} value (its method is not called while tracing)",
            td.name
        );
    }
    // SAFETY: valid value (caller); no method is called for these types.
    let text = unsafe { crate::format::panic_value_text(t, d) };
    String::from_utf8_lossy(&text).into_owned()
}

/// `rt_trace_defer(stub_fp, index, record)`: traced code after its defer statement
/// `index` registered its call (`record`: its `_defer` record, 0 when open-coded).
pub extern "C" fn rt_trace_defer(fp: usize, index: i64, rec: i64) {
    let g = current();
    // SAFETY: `fp` is this entry's stub frame, called by generated code of this run.
    unsafe {
        let (caller_fp, pc) = caller(g, fp);
        record(
            g,
            fp,
            Event::DeferRegistered {
                pc,
                fp: caller_fp,
                index: index as u32,
                record: rec as usize,
            },
        );
    }
}

/// `rt_trace_defer_call(stub_fp, index, record, landing)`: traced code at an exit, about
/// to make the deferred call of open-coded defer `index` (`record` 0) or of the record
/// `record` (`index` -1); `landing` 1 when the exit is the landing pad's.
pub extern "C" fn rt_trace_defer_call(fp: usize, index: i64, rec: i64, landing: i64) {
    let g = current();
    // SAFETY: `fp` is this entry's stub frame, called by generated code of this run.
    unsafe {
        let (caller_fp, pc) = caller(g, fp);
        record(
            g,
            fp,
            Event::DeferCall {
                pc,
                fp: caller_fp,
                index: index as u32,
                record: rec as usize,
                cause: if landing != 0 {
                    DeferCallCause::LandingPad
                } else {
                    DeferCallCause::Return
                },
                panic: 0,
            },
        );
    }
}

/// `rt_trace_return(stub_fp, landing)`: traced code of a function with defers returns,
/// its deferred calls done (`landing` 1: the landing pad's exit).
pub extern "C" fn rt_trace_return(fp: usize, landing: i64) {
    let g = current();
    // SAFETY: `fp` is this entry's stub frame, called by generated code of this run.
    unsafe {
        let (caller_fp, pc) = caller(g, fp);
        let event = Event::Return {
            pc,
            fp: caller_fp,
            landing: landing != 0,
        };
        record(g, fp, event);
    }
}

/// The number of `_defer` records of the frame `fp` at the head of `g`'s chain (a frame's
/// records are the newest while the walk is at it).
///
/// # Safety
/// `g` must be live.
pub unsafe fn records_of_frame(g: *mut Goroutine, fp: usize) -> u32 {
    let mut n = 0;
    // SAFETY: live goroutine (caller); records on the chain are live.
    unsafe {
        let mut d = (*g).defer_head;
        while !d.is_null() && (*d).frame_fp == fp {
            n += 1;
            d = (*d).link;
        }
    }
    n
}
