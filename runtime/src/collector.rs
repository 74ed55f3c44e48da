//! The run's collector: allocation for generated code and the runtime, when to collect,
//! and what a collection starts from (the roots of a run).
//!
//! The roots, all scanned conservatively (every aligned word that points into an object
//! keeps it, as TinyGo and Boehm scan stacks):
//! - every goroutine's stack: the running one's from the collector's own frame (with the
//!   callee-saved registers copied there first), a suspended one's from the stack pointer
//!   it recorded when it suspended (see `sched`), each up to the top of its stack. Stack
//!   defer records, open-coded defers' closure slots and the runtime's own frames (a Rust
//!   function holding a pointer across an allocation) are all on these stacks;
//! - the package variables;
//! - the defer records of the runtime's record arena (heap records, in use or pooled);
//! - what the goroutines hold outside their stacks: the `go` statement's closure, the
//!   panic chain's values, a caught panic's value, Format's output buffers;
//! - what the runtime holds: the entries of every map, the elements buffered in every
//!   channel, the finalizers and the objects whose finalizers are queued.
//!
//! Conservative stacks never free a live object; a stale word can only keep a dead one
//! a little longer. The heap's objects are scanned word by word too, except those that
//! hold no pointers (allocated `noscan`: strings' bytes, numbers' slices).

use crate::goroutine::{current, run, Goroutine, RunState};
use crate::heap::Heap;

/// How far below a suspended goroutine's recorded stack pointer the scan starts: the
/// frames of the context switch, which saved the goroutine's registers there.
const SWITCH_MARGIN: usize = 1024;

/// `size` zeroed bytes for an object that holds pointers unless `noscan`; collects first
/// when the heap reached its goal, and ends the run with Go's `fatal error: runtime: out
/// of memory` when the live heap would pass the run's limit.
pub fn alloc(size: usize, noscan: bool) -> *mut u8 {
    if size == 0 {
        return crate::memory::zerobase() as *mut u8;
    }
    // SAFETY: a short exclusive borrow; no generated code is called while it lives.
    let r = unsafe { run() };
    if r.gc_stress || r.heap.wants_collection(size) {
        collect(false);
    }
    // SAFETY: as above, after the collection.
    let r = unsafe { run() };
    if r.heap.over_limit(size) {
        crate::fatal::fatal_error("runtime: out of memory");
    }
    match r.heap.alloc(size, noscan) {
        Some(p) => p,
        None => crate::fatal::fatal_error("runtime: out of memory"),
    }
}

/// A full collection now (`forced`: by `runtime.GC`), on the current goroutine's stack.
#[inline(never)]
pub fn collect(forced: bool) {
    // The callee-saved registers may hold the only copy of a caller's pointer: copied
    // here, they lie on the stack scanned from `sp` up.
    let regs = crate::arch::callee_saved();
    let sp = crate::arch::stack_pointer();
    let started = std::time::Instant::now();
    let g = current();
    // SAFETY: the running goroutine and its run are live; no generated code runs during
    // the collection, and the roots are read-only to it.
    unsafe {
        let run = (*g).run;
        if (*run).collect_disabled {
            return;
        }
        mark_roots(run, g, sp);
        crate::finalizers::after_mark(&mut *run);
        (*run).heap.drain();
        (*run)
            .heap
            .sweep(started.elapsed().as_nanos() as u64, forced);
    }
    std::hint::black_box(&regs);
}

/// Marks everything the roots of `run` reach; `cur` is the running goroutine, whose stack
/// is scanned from `sp`.
///
/// # Safety
/// `run` and its goroutines are live; `sp` is the current stack pointer of `cur`.
unsafe fn mark_roots(run: *mut RunState, cur: *mut Goroutine, sp: usize) {
    // SAFETY: live run (caller); each range below is readable memory the run owns.
    unsafe {
        let heap: *mut Heap = &mut (*run).heap;
        for &(addr, size) in &(*run).globals {
            (*heap).mark_range(addr, addr + size);
        }
        for (lo, hi) in (*run).records.used_ranges() {
            (*heap).mark_range(lo, hi);
        }
        let main = (*run).sched.main;
        if !main.is_null() {
            mark_goroutine(&mut *heap, main, cur, sp);
        }
        for &g in &(*run).sched.all {
            mark_goroutine(&mut *heap, g, cur, sp);
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

/// Marks what goroutine `g` holds: its stack and its runtime state.
///
/// # Safety
/// `g` is a live goroutine; its recorded stack bounds and stack pointer are valid.
unsafe fn mark_goroutine(heap: &mut Heap, g: *mut Goroutine, cur: *mut Goroutine, sp: usize) {
    // SAFETY: a live goroutine (caller); its stack from the recorded pointer to its top
    // is mapped and readable.
    unsafe {
        let (lo, hi) = ((*g).stack_lo, (*g).stack_hi);
        let from = if g == cur {
            sp
        } else if (*g).saved_sp != 0 {
            (*g).saved_sp.saturating_sub(SWITCH_MARGIN).max(lo)
        } else {
            // Never ran: nothing on its stack yet.
            hi
        };
        if hi > from {
            heap.mark_range(from, hi);
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
