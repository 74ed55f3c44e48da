//! The run's collector: allocation for generated code and the runtime, when to collect,
//! and what a collection starts from (the roots of a run).
//!
//! The roots (scanned conservatively: every aligned word that points into an object keeps
//! it, as TinyGo and Boehm scan, except where the stack maps say which words are live):
//! - every goroutine's stack: the running one's from the collector's own frame (with the
//!   callee-saved registers copied there first), a suspended one's from the stack pointer
//!   it recorded when it suspended (see `sched`), each up to the top of its stack. The
//!   frames of Go functions are read through their stack maps (see `abi::GcFrameMeta`):
//!   the values live across the call the frame is in, its own stack slots (address-taken
//!   variables, stack defer records, open-coded defers' closures), its outgoing arguments
//!   and saved registers; not its spill slots, whose stale copies of dropped pointers
//!   would keep garbage alive. Everything else on a stack (the runtime's own frames, a
//!   Rust function holding a pointer across an allocation, trampolines) is scanned
//!   conservatively. The walk starts at the stub frame through which the goroutine last
//!   entered the runtime, known exactly for the running goroutine when its allocation
//!   passes it and for a suspended one; without it, the whole stack is conservative;
//! - the package variables, through their pointer maps;
//! - the closures of the heap defer records in use (the records live in the runtime's
//!   record arena, never collected; pooled ones are skipped, their closures stale);
//! - what the goroutines hold outside their stacks: the `go` statement's closure, the
//!   panic chain's values, a caught panic's value, Format's output buffers;
//! - what the runtime holds: the entries of every map, the elements buffered in every
//!   channel, the finalizers and the objects whose finalizers are queued.
//!
//! Conservative stacks never free a live object; a stale word can only keep a dead one
//! a little longer. The heap's objects are scanned through the pointer maps they were
//! allocated with (see `heap`): only the words that may hold pointers.

use crate::goroutine::{current, run, Goroutine, RunState};
use crate::heap::{Heap, Scan};

/// How far below a suspended goroutine's recorded stack pointer the scan starts: the
/// frames of the context switch, which saved the goroutine's registers there.
const SWITCH_MARGIN: usize = 1024;

/// `size` zeroed bytes for an object whose words are scanned as `scan` says; collects
/// first when the heap reached its goal, and ends the run with Go's `fatal error: runtime:
/// out of memory` when the live heap would pass the run's limit.
pub fn alloc(size: usize, scan: Scan) -> *mut u8 {
    alloc_at(0, size, scan)
}

/// [`alloc`] for the runtime entry whose stub frame is `fp` (0: not known), which the
/// collection starts its precise walk of the stack from.
pub fn alloc_at(fp: usize, size: usize, scan: Scan) -> *mut u8 {
    if size == 0 {
        return crate::memory::zerobase() as *mut u8;
    }
    // SAFETY: a short exclusive borrow; no generated code is called while it lives.
    let r = unsafe { run() };
    if !r.gc_stress {
        match r.heap.alloc_within_goal(size, scan) {
            Ok(Some(p)) => return p,
            Ok(None) => crate::fatal::fatal_error("runtime: out of memory"),
            Err(()) => {}
        }
    }
    collect(fp, false);
    // SAFETY: as above, after the collection.
    let r = unsafe { run() };
    if r.heap.over_limit(size) {
        crate::fatal::fatal_error("runtime: out of memory");
    }
    match r.heap.alloc(size, scan) {
        Some(p) => p,
        None => crate::fatal::fatal_error("runtime: out of memory"),
    }
}

/// A full collection now (`forced`: by `runtime.GC`), on the current goroutine's stack,
/// whose innermost runtime entry has its stub frame at `fp` (0: not known).
///
/// `runtime.GC`'s entry holds no pointer of the program's in its Rust frames: a forced
/// collection with a known stub frame scans the current stack from there, not from its
/// own frame. (Dead words of earlier calls left in those frames' unused slots would keep
/// garbage alive, as Go's `fixedbugs/issue57823.go` saw.)
#[inline(never)]
pub fn collect(fp: usize, forced: bool) {
    // The callee-saved registers may hold the only copy of a caller's pointer: copied
    // here, they lie on the stack scanned from `sp` up.
    let regs = crate::arch::callee_saved();
    let sp = if forced && fp != 0 {
        fp
    } else {
        crate::arch::stack_pointer()
    };
    let started = std::time::Instant::now();
    let g = current();
    // SAFETY: the running goroutine and its run are live; no generated code runs during
    // the collection, and the roots are read-only to it.
    unsafe {
        let run = (*g).run;
        if (*run).collect_disabled {
            return;
        }
        mark_roots(run, g, sp, fp);
        crate::finalizers::after_mark(&mut *run);
        (*run).heap.drain();
        (*run)
            .heap
            .sweep(started.elapsed().as_nanos() as u64, forced);
    }
    std::hint::black_box(&regs);
}

/// Marks everything the roots of `run` reach; `cur` is the running goroutine, whose stack
/// is scanned from `sp`, through its stub frame `fp` (0: not known).
///
/// # Safety
/// `run` and its goroutines are live; `sp` is the current stack pointer of `cur`, `fp`
/// the frame of a stub of a runtime entry in progress on it, or 0.
unsafe fn mark_roots(run: *mut RunState, cur: *mut Goroutine, sp: usize, fp: usize) {
    // SAFETY: live run (caller); each range below is readable memory the run owns.
    unsafe {
        let heap: *mut Heap = &mut (*run).heap;
        for &(addr, size, map) in &(*run).globals {
            (*heap).mark_typed(addr, size, map as *const crate::abi::PtrMap);
        }
        mark_records(&mut *heap, &*run);
        let main = (*run).sched.main;
        if !main.is_null() {
            mark_goroutine(&mut *heap, main, cur, sp, fp);
        }
        for &g in &(*run).sched.all {
            mark_goroutine(&mut *heap, g, cur, sp, fp);
        }
        for m in &(*run).maps {
            for b in m.blocks() {
                (*heap).mark_word(b);
            }
        }
        for o in &(*run).objects {
            o.scan_ranges(&mut |lo, hi| (*heap).mark_range(lo, hi));
        }
        crate::finalizers::mark_roots(&mut *run);
        (*heap).drain();
    }
}

/// Marks what the stack `[from, hi)` reaches: conservatively, but for the frames of Go
/// functions with stack maps found by walking the frame-pointer chain up from the stub
/// frame `stub_fp` (0: none), which are read through their maps. The walk stops at the
/// first frame that is not such a function's (a trampoline, a thunk, the runtime), and
/// the rest of the stack is scanned conservatively.
///
/// # Safety
/// `[from, hi)` is readable; `stub_fp` is 0 or the frame of a stub whose caller chain up
/// to the first frame that is not a Go function's is intact.
unsafe fn mark_stack(heap: &mut Heap, from: usize, hi: usize, stub_fp: usize) {
    let mut done = from;
    let mut fp = stub_fp;
    let cache = crate::registry::cache_handle();
    // SAFETY: every address read lies in `[done, hi)` (checked before each read); the
    // chain from `stub_fp` is intact (caller), and each frame is checked to be a call
    // site of a registered Go function, above the previous one.
    unsafe {
        while fp + 16 >= done && fp + 16 <= hi && fp % 8 == 0 {
            let ret = *((fp + crate::arch::FRAME_RETURN_ADDRESS) as *const usize);
            let caller_fp = *((fp + crate::arch::FRAME_CALLER_FP) as *const usize);
            let Some(meta) = crate::registry::lookup_in(cache, ret) else {
                break;
            };
            let (Some(gc), Some(site)) = (&meta.gc_frame, meta.call_site(ret)) else {
                break;
            };
            let frame_sp = caller_fp.wrapping_sub(gc.frame_size as usize);
            if caller_fp + 16 > hi || frame_sp < fp + 16 || caller_fp % 8 != 0 {
                break;
            }
            // Whatever lies below the frame (the callee's frames: the runtime's, or the
            // stub's) is scanned conservatively.
            heap.mark_range(done, frame_sp);
            heap.mark_range(frame_sp, frame_sp + gc.outgoing as usize);
            for &(off, size) in &gc.slots {
                let lo = caller_fp.wrapping_add_signed(off as isize);
                heap.mark_range(lo, lo + size as usize);
            }
            for &off in &site.live {
                heap.mark_word(*(caller_fp.wrapping_add_signed(off as isize) as *const usize));
            }
            heap.mark_range(caller_fp - gc.clobbers as usize, caller_fp);
            done = caller_fp + 16;
            fp = caller_fp;
        }
        if hi > done {
            heap.mark_range(done, hi);
        }
    }
}

/// Marks what the closures of the heap defer records in use hold (on a chain, or being
/// run), walking the record arena record by record; records on the pools' free lists
/// hold stale closures and are skipped.
///
/// # Safety
/// `run` and its goroutines are live; the record arena holds only records.
unsafe fn mark_records(heap: &mut Heap, run: &RunState) {
    use crate::abi::{defer_class_size, DeferRecord, DEFER_CLOSURE_OFFSET};
    let mut free = std::collections::HashSet::new();
    free.extend(run.spare_defers.free_records());
    let main = run.sched.main;
    for &g in std::iter::once(&main).chain(&run.sched.all) {
        if !g.is_null() {
            // SAFETY: the run's goroutines are live (caller).
            free.extend(unsafe { (*g).pool.free_records() });
        }
    }
    let head = DEFER_CLOSURE_OFFSET as usize;
    for (lo, hi) in run.records.used_ranges() {
        let mut p = lo;
        while p + head <= hi {
            // SAFETY: records are laid out one after the other in the arena's ranges,
            // each at least a header long (caller); zeroed memory ends a range.
            let (class, closure) = unsafe {
                let r = p as *const DeferRecord;
                ((*r).heap_class as usize, (*r).closure_size as usize)
            };
            if class == 0 {
                break;
            }
            let size = defer_class_size(class - 1).next_multiple_of(crate::arena::ALIGN);
            if !free.contains(&p) {
                let end = (p + head + closure).min(p + size).min(hi);
                // SAFETY: inside the record, inside the range.
                unsafe { heap.mark_range(p + head, end) };
            }
            p += size;
        }
    }
}

/// Marks what goroutine `g` holds: its stack and its runtime state. The running one,
/// `cur`, is at `sp` in the runtime entry with stub frame `fp` (0: not known).
///
/// # Safety
/// `g` is a live goroutine; its recorded stack bounds and stack pointer are valid.
unsafe fn mark_goroutine(
    heap: &mut Heap,
    g: *mut Goroutine,
    cur: *mut Goroutine,
    sp: usize,
    fp: usize,
) {
    // SAFETY: a live goroutine (caller); its stack from the recorded pointer to its top
    // is mapped and readable.
    unsafe {
        let (lo, hi) = ((*g).stack_lo, (*g).stack_hi);
        let (from, stub_fp) = if g == cur {
            (sp, fp)
        } else if (*g).saved_sp != 0 {
            (
                (*g).saved_sp.saturating_sub(SWITCH_MARGIN).max(lo),
                (*g).gc_fp,
            )
        } else {
            // Never ran: nothing on its stack yet.
            (hi, 0)
        };
        if hi > from {
            mark_stack(heap, from, hi, stub_fp);
        }
        heap.mark_word((*g).start);
        heap.mark_word((*g).caught.0);
        heap.mark_word((*g).caught.1);
        heap.mark_word((*g).wake);
        for &o in &(*g).format_outputs {
            heap.mark_word(o);
        }
        let mut p = (*g).panic_head;
        while !p.is_null() {
            heap.mark_word((*p).typ);
            heap.mark_word((*p).data);
            p = (*p).link;
        }
    }
}
