//! A goroutine's state, installed thread-locally for the run thread: the `_defer` chain,
//! the `_panic` chain, the defer-record pool, the entry frame that bounds frame walks and
//! the stack bounds and stack check; and the state its run's goroutines share
//! (`RunState`): the arena, the output sinks, the operating system, how the run ended,
//! and the preallocated fatal report.
//!
//! The state is reached through a raw pointer: the runtime functions called by generated
//! code take short-lived references only, never across a call back into generated code,
//! because a resume may skip the Rust frames holding them.

use crate::abi::DeferRecord;
use crate::arena::Arena;
use crate::pool::DeferPool;
use crate::sink::{Output, Sinks};
use std::cell::Cell;
use std::ptr::null_mut;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// A `_panic`: one in-flight panic of the goroutine. Generated code's `recover()` reads
/// `typ`, `data`, `thunk_fp` and `recovered` at the offsets `abi::PANIC_*_OFFSET` (checked
/// below) for its fast path.
#[derive(Debug)]
#[repr(C)]
pub struct Panic {
    /// The next older panic.
    pub link: *mut Panic,
    /// The panic value.
    pub typ: usize,
    /// The data word of the panic value (`typ` is its type word).
    pub data: usize,
    /// FP of the runtime stub frame where the panic started (its walk's first position).
    pub start_fp: usize,
    /// Walk cursor: the FP of the callee frame of the frame whose defers are being run
    /// (the walk continues above it).
    pub cursor: usize,
    /// FP of the `call_deferred` thunk while one of this panic's deferred calls runs.
    pub thunk_fp: usize,
    /// Set by `recover()`; the walk resumes the recovering frame after the deferred call returns.
    pub recovered: bool,
    /// Raised by `panic(v)` itself (not a runtime error): the frame that called it is
    /// shown in traces even when it is a defer wrapper, as gc does.
    pub explicit: bool,
    /// Superseded by a newer panic that continued its walk (kept for printing).
    pub aborted: bool,
    /// Not a panic: `runtime.Goexit` running the goroutine's deferred calls. It is
    /// marked `recovered` from the start, so that `recover()` returns nil during it.
    pub goexit: bool,
}

/// The goroutine of a run. Generated code holds its address in the pinned register
/// (gc's `g` in R14; Cranelift's pinned R15 here) and reads the first three fields at
/// the offsets `abi::G_*_OFFSET` (checked below).
#[repr(C)]
pub struct Goroutine {
    /// Newest first.
    pub defer_head: *mut DeferRecord,
    /// Newest first.
    pub panic_head: *mut Panic,
    /// Free lists of heap defer records (gc's per-P pool; one per run here), whose heads
    /// generated code pops and pushes inline.
    pub pool: DeferPool,
    /// One spare `_panic` allocation (null if none), so that a panic that is recovered
    /// costs no allocation; owned by the goroutine.
    pub spare_panic: *mut Panic,
    /// The run this goroutine belongs to: what its goroutines share.
    pub run: *mut RunState,
    /// FP of the entry trampoline of the current call (written by the trampoline).
    pub entry_fp: usize,
    /// Address of the entry trampoline used for the current call.
    pub entry_code: usize,
    /// `frame_offset` of the entry trampoline's call site and the address of its handler
    /// (looked up before each call: ending the run needs no lookup).
    pub entry_frame_offset: usize,
    /// The address of the entry trampoline's handler (where an ended run resumes).
    pub entry_handler: usize,
    /// The output buffers that Format calls in progress write to (innermost last): what
    /// fmt's `writeOut` accepts.
    pub format_outputs: Vec<usize>,
    /// The innermost method call the runtime is making (a list through the Rust stack).
    pub method_calls: *const MethodCall,
    /// The value of the panic a method call caught (written by the panic walk).
    pub caught: (usize, usize),
    /// Go's `gp.sig`: a nil-dereference panic is in flight; `sig_pc` its pc.
    pub sig: bool,
    /// The PC of the faulting instruction of that panic (for the trace).
    pub sig_pc: usize,
    /// The faulting address of that panic (nil plus the accessed field's offset).
    pub sig_addr: usize,
    /// Rust-side stack limit of the run thread (lowest usable address), 0 if unknown.
    pub stack_lo: usize,
    /// Highest address of the run thread's stack (exclusive).
    pub stack_hi: usize,
    /// The stack check's real bound: the lowest stack pointer a runtime stub may have
    /// (the stack's low end plus `abi::STACK_RESERVE`); 0 when the bounds are unknown.
    pub stack_guard: usize,
    /// Frame pointer of the stub through which generated code last entered a runtime
    /// function that may end the run with a fatal error (out of memory): where that
    /// error's trace starts. Recorded by [`entered`].
    pub stub_fp: usize,
    /// Go's goroutine id: 1 for main, then 6, 7, ... in creation order (gc's runtime
    /// makes goroutines 2 to 5 for itself before main runs).
    pub id: u64,
    /// What the scheduler knows of it.
    pub status: GStatus,
    /// The stack pointer it had when it last suspended (0: it never ran): the collector
    /// scans its stack from there.
    pub saved_sp: usize,
    /// The stub frame of the runtime entry in which it last suspended: where the
    /// collector's walk of its Go frames starts (0: scan its stack conservatively).
    pub gc_fp: usize,
    /// A goroutine of the runtime's (the finalizer goroutine): not in traces, not
    /// counted by `runtime.NumGoroutine`, not waited for.
    pub system: bool,
    /// Why it waits, as Go's traces say (`chan receive`), while `status` is `Waiting`.
    pub wait_reason: &'static str,
    /// The coroutine a goroutine other than main runs as (null for main, which runs on
    /// the run thread's own stack).
    pub coroutine: *mut crate::gstack::GoCoroutine,
    /// The coroutine's yielder while it runs (null for main): how it suspends.
    pub yielder: *const corosensei::Yielder<(), ()>,
    /// The niladic closure of the `go` statement that created it.
    pub start: usize,
    /// The creating goroutine's id and the return address of its call of `go` (for the
    /// trace's `created by` line); `(0, 0)` for main.
    pub created_by: (u64, usize),
    /// Set by whoever readies a waiting goroutine: how its wait ended (a receive's ok, a
    /// select's case).
    pub wake: usize,
}

/// A goroutine's state, as the scheduler sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GStatus {
    /// Running now (one at a time).
    Running,
    /// Ready to run, in the run queue (or main, ready to go on).
    Runnable,
    /// Blocked (see `wait_reason`).
    Waiting,
    /// Returned from its function; freed by the scheduler.
    Dead,
}

/// A method call the runtime is making through the `callmethod` thunk (lives on the
/// Rust stack of the caller for the duration of the call).
#[derive(Debug)]
pub struct MethodCall {
    /// FP of the thunk's frame (written by the thunk).
    pub thunk_fp: usize,
    /// FP of the stub through which generated code entered the runtime function making
    /// the call: where a trace continues past the thunk.
    pub stub_fp: usize,
    /// The enclosing method call, or null.
    pub link: *const MethodCall,
}

/// A run's deadline, shared between the run thread (its signal handler) and the watchdog.
#[derive(Debug, Default)]
pub struct RunControl {
    /// The timeout, for the message.
    pub timeout: Option<std::time::Duration>,
    /// Set by the watchdog when the deadline passed.
    pub timed_out: AtomicBool,
    /// Set by the run thread's signal handler once it redirected the thread.
    pub fired: AtomicBool,
}

/// What the goroutines of a run share: its heap, output, operating system, maps, how it
/// ended, its deadline, the thunks through which the runtime calls Go code, and the
/// preallocated fatal report. One per run, owned by the session.
pub struct RunState {
    /// The run's garbage-collected heap (see `heap` and `collector`).
    pub heap: crate::heap::Heap,
    /// Collect before every allocation, poisoning what is freed (a debug setting, like
    /// gc's `GODEBUG=gcstoptheworld=2` with `clobberfree=1`).
    pub gc_stress: bool,
    /// Collections cannot run (main's stack bounds are unknown): `runtime.GC` does
    /// nothing, and the heap only grows.
    pub collect_disabled: bool,
    /// The program's package variables that hold pointers: roots. Each lies at
    /// `[addr, addr + size)` and is scanned through the pointer map at its third word.
    pub globals: Vec<(usize, usize, usize)>,
    /// The heap defer records (pooled, never collected; scanned as roots).
    pub records: Arena,
    /// The run's finalizers (`runtime.SetFinalizer`).
    pub finalizers: crate::finalizers::Finalizers,
    /// The finalizer goroutine while it waits for finalizers to run (null otherwise).
    pub fing_waiting: *mut Goroutine,
    /// Where `print`/`println` and `fmt.Print*` write.
    pub out: Sinks,
    /// The run's command line, environment, standard input and open files.
    pub host: crate::osstate::Host,
    /// The run's maps (a map value points to one of these).
    pub maps: Vec<Box<crate::maptable::GoMap>>,
    /// Set once the run ended (fatal panic, os.Exit, fatal error) with that status.
    pub ended: Option<i32>,
    /// The fatal text (from `panic:` / `fatal error:` to the end of the trace).
    pub panic_text: Option<String>,
    /// The configured stack limit in bytes (for Go's stack-overflow message).
    pub stack_limit: usize,
    /// The run's deadline state, shared with its watchdog (runs with a timeout only).
    pub control: Option<Arc<RunControl>>,
    /// The program's guard word that stubs compare with (see `abi::STACK_GUARD_SYMBOL`),
    /// or null; written with the running goroutine's `stack_guard` before every call of
    /// generated code.
    pub guard_word: *mut usize,
    /// The `call_deferred` thunk.
    pub call_deferred: usize,
    /// The `callmethod` thunk (see `methods`).
    pub call_method: usize,
    /// fmt's `callFormat`, which runs a Formatter's `Format` method (0: none).
    pub format_call: usize,
    /// The program's preemption word (`abi::PREEMPT_SYMBOL`; 0: none), registered with
    /// the ticker (`preempt`) from the run's first `go` statement to its end.
    pub preempt_word: usize,
    /// Whether `preempt_word` is registered.
    pub preempt_registered: bool,
    /// The free defer records of goroutines that ended, which the next new goroutine
    /// takes as its pool: with one goroutine running at a time, the run's records are
    /// one pool, as gc's are per P.
    pub spare_defers: DeferPool,
    /// Preallocated text of a fatal report (stack overflow, fault, timeout, out of
    /// memory): written without allocating, moved to stderr and `panic_text` once the run
    /// has ended (see `fatal`).
    pub report: crate::sink::Report,
    /// The goroutines and their queues (see `sched`).
    pub sched: SchedState,
    /// The run's channels and other runtime objects that Go values point to, freed when
    /// the run ends.
    pub objects: Vec<Box<dyn RunObject>>,
    /// The state of the run's pseudo-random numbers (`select`'s choice), from its seed.
    pub rand_state: u64,
    /// The events of a traced run (`deferjit trace`); `None` for untraced runs.
    pub trace: Option<Box<crate::events::TraceBuffer>>,
}

/// A runtime object that Go values point to (a channel), owned by the run.
pub trait RunObject {
    /// Calls `f` with each range `[lo, hi)` of the object's memory that may hold
    /// pointers to the heap (the collector scans them).
    fn scan_ranges(&self, f: &mut dyn FnMut(usize, usize));
}

/// The first state of the pseudo-random numbers of a run seeded with `seed` (never 0,
/// which xorshift would keep).
pub fn seed_state(seed: u64) -> u64 {
    // splitmix64's finalizer spreads nearby seeds apart.
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)) | 1
}

/// The scheduler's state (the logic is in `sched`).
pub struct SchedState {
    /// The main goroutine (owned by the session).
    pub main: *mut Goroutine,
    /// Every other goroutine that has not returned, in creation order (owned here).
    pub all: Vec<*mut Goroutine>,
    /// gc's `runnext`: the goroutine to run next, or null.
    pub runnext: *mut Goroutine,
    /// The run queue.
    pub runq: std::collections::VecDeque<*mut Goroutine>,
    /// Sleeping goroutines and when they wake (monotonic nanoseconds).
    pub sleepers: Vec<(i64, *mut Goroutine)>,
    /// The id of the next goroutine (gc's first for a program is 6: its runtime makes 2
    /// to 5).
    pub next_id: u64,
    /// The entry trampoline goroutines start in: its address, the frame offset of its
    /// call site and its handler (looked up by the session).
    pub entry: (usize, usize, usize),
    /// Main called `runtime.Goexit`: when nothing can run, the run ends with Go's `no
    /// goroutines` fatal error.
    pub main_goexited: bool,
    /// Goroutine switches so far (each resume of a goroutine, each return to main).
    pub switches: u64,
    /// `switches + 1` when a loop last found the preemption word set, 0 when not since
    /// the last yield: the next time the word is found set with no switch in between,
    /// the goroutine has run a whole preemption period and yields (see `rt_preempt`).
    pub preempt_mark: u64,
    /// The goroutines waiting on each of package sync's semaphores (by the address of
    /// its count), first come first served.
    pub semas: std::collections::HashMap<usize, std::collections::VecDeque<*mut Goroutine>>,
}

impl RunState {
    /// A run writing to `output`, its arena capped at `max_memory`, making deferred calls
    /// through the `call_deferred` thunk and method calls through `call_method`.
    pub fn new(
        output: Output,
        max_memory: Option<usize>,
        call_deferred: usize,
        call_method: usize,
    ) -> RunState {
        RunState {
            heap: crate::heap::Heap::new(100, max_memory).unwrap_or_else(|| {
                crate::bug::runtime_bug("cannot reserve address space for the run's heap")
            }),
            gc_stress: false,
            collect_disabled: false,
            globals: Vec::new(),
            records: Arena::new(None),
            finalizers: Default::default(),
            fing_waiting: null_mut(),
            out: Sinks::new(output),
            host: crate::osstate::Host::default(),
            maps: Vec::new(),
            ended: None,
            panic_text: None,
            stack_limit: 0,
            control: None,
            guard_word: null_mut(),
            call_deferred,
            call_method,
            format_call: 0,
            preempt_word: 0,
            preempt_registered: false,
            spare_defers: DeferPool::new(),
            report: crate::sink::Report::new(),
            sched: SchedState {
                main: null_mut(),
                all: Vec::new(),
                runnext: null_mut(),
                runq: std::collections::VecDeque::new(),
                sleepers: Vec::new(),
                next_id: 6,
                entry: (0, 0, 0),
                semas: std::collections::HashMap::new(),
                main_goexited: false,
                switches: 0,
                preempt_mark: 0,
            },
            objects: Vec::new(),
            rand_state: seed_state(1),
            trace: None,
        }
    }
}

impl Goroutine {
    /// A goroutine of `run` with empty chains.
    pub fn new(run: *mut RunState) -> Goroutine {
        Goroutine {
            defer_head: null_mut(),
            panic_head: null_mut(),
            pool: DeferPool::new(),
            spare_panic: null_mut(),
            run,
            entry_fp: 0,
            entry_code: 0,
            entry_frame_offset: 0,
            entry_handler: 0,
            format_outputs: Vec::new(),
            method_calls: null_mut(),
            caught: (0, 0),
            sig: false,
            sig_pc: 0,
            sig_addr: 0,
            stack_lo: 0,
            stack_hi: 0,
            stack_guard: 0,
            stub_fp: 0,
            id: 1,
            status: GStatus::Running,
            saved_sp: 0,
            gc_fp: 0,
            system: false,
            wait_reason: "",
            coroutine: null_mut(),
            yielder: std::ptr::null(),
            start: 0,
            created_by: (0, 0),
            wake: 0,
        }
    }
}

// The layout generated code reads, defined once in `abi` and checked here.
const _: () = {
    use crate::abi::{G_DEFER_HEAD_OFFSET, G_PANIC_HEAD_OFFSET, G_POOL_LISTS_OFFSET};
    assert!(std::mem::offset_of!(Goroutine, defer_head) == G_DEFER_HEAD_OFFSET as usize);
    assert!(std::mem::offset_of!(Goroutine, panic_head) == G_PANIC_HEAD_OFFSET as usize);
    use crate::abi::{
        PANIC_DATA_OFFSET, PANIC_RECOVERED_OFFSET, PANIC_THUNK_FP_OFFSET, PANIC_TYP_OFFSET,
    };
    assert!(std::mem::offset_of!(Panic, typ) == PANIC_TYP_OFFSET as usize);
    assert!(std::mem::offset_of!(Panic, data) == PANIC_DATA_OFFSET as usize);
    assert!(std::mem::offset_of!(Panic, thunk_fp) == PANIC_THUNK_FP_OFFSET as usize);
    assert!(std::mem::offset_of!(Panic, recovered) == PANIC_RECOVERED_OFFSET as usize);
    assert!(std::mem::size_of::<bool>() == 1);
    // The pool's free-list heads are its first field.
    assert!(std::mem::offset_of!(Goroutine, pool) == G_POOL_LISTS_OFFSET as usize);
};

impl Drop for Goroutine {
    fn drop(&mut self) {
        let mut p = self.panic_head;
        while !p.is_null() {
            // SAFETY: every panic on the chain was made by Box::into_raw in gopanic and is
            // owned by the chain.
            let b = unsafe { Box::from_raw(p) };
            p = b.link;
        }
        self.panic_head = null_mut();
        if !self.spare_panic.is_null() {
            // SAFETY: the spare came from `Box::into_raw` and is owned by the goroutine.
            drop(unsafe { Box::from_raw(self.spare_panic) });
            self.spare_panic = null_mut();
        }
    }
}

thread_local! {
    static CURRENT: Cell<*mut Goroutine> = const { Cell::new(null_mut()) };
}

/// Installs `g` as this thread's goroutine (null to uninstall); returns the previous one.
pub fn install(g: *mut Goroutine) -> *mut Goroutine {
    CURRENT.with(|c| c.replace(g))
}

/// This thread's goroutine; aborts when generated code runs outside a run.
#[inline]
pub fn current() -> *mut Goroutine {
    let g = CURRENT.with(|c| c.get());
    if g.is_null() {
        crate::bug::runtime_bug("runtime function called outside of a run (no goroutine)");
    }
    g
}

/// Records `fp`, the frame pointer of the stub through which generated code entered the
/// runtime, as the start of the trace of a fatal error raised before the entry returns.
#[inline]
pub fn entered(fp: usize) {
    let g = try_current();
    if !g.is_null() {
        // SAFETY: this thread's live goroutine; a plain field write.
        unsafe { (*g).stub_fp = fp };
    }
}

/// This thread's goroutine, or null.
#[inline]
pub fn try_current() -> *mut Goroutine {
    CURRENT.with(|c| c.get())
}

/// A short-lived exclusive reference to the current goroutine.
///
/// # Safety
/// The caller must not call generated code while holding the reference, nor hold two.
#[inline]
pub unsafe fn g<'a>() -> &'a mut Goroutine {
    // SAFETY: `current` never returns null; exclusivity is the caller's contract.
    unsafe { &mut *current() }
}

/// A run capturing its output and a goroutine of it, for unit tests that install the
/// goroutine themselves (the run must outlive the goroutine: drop it last).
#[cfg(test)]
pub fn test_goroutine() -> (Box<RunState>, Box<Goroutine>) {
    let mut run = Box::new(RunState::new(Output::Capture, None, 0, 0));
    let g = Box::new(Goroutine::new(&mut *run));
    (run, g)
}

/// A short-lived exclusive reference to the current goroutine's run.
///
/// # Safety
/// As [`g`]: no generated code may be called while holding it, and no two at once.
#[inline]
pub unsafe fn run<'a>() -> &'a mut RunState {
    // SAFETY: `current` never returns null and a goroutine's run outlives it;
    // exclusivity is the caller's contract.
    unsafe { &mut *(*current()).run }
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
