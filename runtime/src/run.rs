//! Running a program: each run gets its own thread with a large stack (Go allows 1 GB;
//! reserved, not committed: see `thread`) and its own goroutine state; a [`Session`]
//! calls the JIT's entry trampolines and reports how the run ended; [`run_on_new_thread`]
//! collects the outcome, and with a timeout starts a watchdog thread that, once the
//! deadline passes, signals the run thread until its signal handler ends the run (see
//! `signals`): nothing is polled on loop back-edges, a run without a timeout pays
//! nothing at all. A run blocked in a `write(2)` is interrupted by the same signal (see
//! `sink`).
//!
//! Exit statuses besides Go's (0, 2, `os.Exit(n)`): [`STATUS_TIMEOUT`] (124) when the
//! deadline passed, [`STATUS_FAULT`] (70) after an unexpected fault in JIT code.

use crate::goroutine::{install, Goroutine, RunControl, RunState};
pub use crate::signals::{STATUS_FAULT, STATUS_TIMEOUT};
pub use crate::sink::Output;

/// Exit status when a run cannot start (its stack or thread was refused; sysexits'
/// EX_OSERR), with the reason on stderr.
pub const STATUS_START_FAILED: i32 = 71;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// Go's maximum goroutine stack on 64-bit systems, the default stack limit.
pub const GO_MAX_STACK: usize = 1_000_000_000;

/// The JIT-compiled trampolines a run needs (addresses of finalized code).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EntryPoints {
    /// `unsafe extern "C" fn(code, closure, entry_fp_out: *mut usize, g) -> i64`
    pub entry0: usize,
    /// `unsafe extern "C" fn(code, closure, arg, entry_fp_out: *mut usize, g) -> i64`
    pub entry1: usize,
    /// `unsafe extern "C" fn(closure, thunk_fp_out: *mut usize, g)`
    pub call_deferred: usize,
    /// `unsafe extern "C" fn(code, data, g, thunk_fp_out: *mut usize, out: *mut [usize; 2]) -> i64`
    pub call_method: usize,
    /// fmt's `callFormat(*FormatCall) string` (a Go function; see `printf::formatter`), or
    /// 0 when the program has no Format methods.
    pub format_call: usize,
    /// Address of the program's stack-guard word (`abi::STACK_GUARD_SYMBOL`), which the
    /// session keeps at this thread's stack check bound; 0 when the code has none.
    pub stack_guard: usize,
    /// Address of the program's preemption word (`abi::PREEMPT_SYMBOL`), which the
    /// runtime's ticker sets while the run has goroutines; 0 when the code has none.
    pub preempt: usize,
}

/// How to run.
#[derive(Clone, Debug)]
pub struct RunConfig {
    /// Stream the program's output to the process's stdout/stderr, or capture it.
    pub output: Output,
    /// Stack reserved for the run thread (default [`GO_MAX_STACK`], like Go's max stack);
    /// exceeding it is Go's `fatal error: stack overflow`, whose message names this limit.
    pub stack_size: usize,
    /// Cap on arena memory; exceeding it is Go's `fatal error: runtime: out of memory`.
    pub max_memory: Option<usize>,
    /// `os.Args`: the program's name, then its arguments.
    pub args: Vec<String>,
    /// The run's environment as `KEY=VALUE` entries; `None`: a copy of the process's.
    pub env: Option<Vec<String>>,
    /// What `os.Stdin` reads.
    pub stdin: crate::osstate::Stdin,
    /// The seed of `select`'s choice among ready cases: the same seed, the same choices.
    pub seed: u64,
    /// Record the runtime's defer and panic events (code compiled for tracing), up to
    /// this many; `None`: no tracing.
    pub trace_events: Option<usize>,
    /// The program's package variables that hold pointers, `(address, size, pointer
    /// map)`: roots of every collection, scanned through their maps (`abi::PtrMap`).
    ///
    /// The maps must outlive the run (the code's data does).
    pub globals: Vec<(usize, usize, usize)>,
    /// Collect before every allocation and poison what is freed (a debug setting to
    /// find objects freed too early).
    pub gc_stress: bool,
}

/// The default seed of `select`'s choice among ready cases.
pub const DEFAULT_SEED: u64 = 1;

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            output: Output::Capture,
            stack_size: GO_MAX_STACK,
            max_memory: None,
            args: Vec::new(),
            env: None,
            stdin: crate::osstate::Stdin::Empty,
            seed: DEFAULT_SEED,
            trace_events: None,
            globals: Vec::new(),
            gc_stress: false,
        }
    }
}

/// How a run ended.
#[derive(Debug)]
pub struct RunOutcome<R = ()> {
    /// 0, the `os.Exit` code, or 2 after a fatal panic / fatal error.
    pub status: i32,
    /// Captured output (empty when streaming).
    pub stdout: Vec<u8>,
    /// Captured stderr (empty when streaming).
    pub stderr: Vec<u8>,
    /// Go's fatal text (from `panic:` / `fatal error:` through the trace), if any.
    pub panic_text: Option<String>,
    /// What the session closure returned.
    pub value: R,
    /// The runtime's events, when the run was traced.
    pub trace: Option<Box<crate::events::TraceBuffer>>,
}

/// The goroutine of a run, on its thread: calls generated code through the entry
/// trampolines.
pub struct Session {
    g: *mut Goroutine,
    /// The run's shared state (`(*g).run`), owned by the session.
    run: *mut RunState,
    entry: EntryPoints,
    altstack: Option<crate::signals::AltStack>,
}

/// `(code, closure, args..., entry_fp_out, g)`: see the entry trampolines (lowering).
type Entry0 = unsafe extern "C" fn(usize, usize, *mut usize, *mut Goroutine) -> i64;
type Entry1 = unsafe extern "C" fn(usize, usize, usize, *mut usize, *mut Goroutine) -> i64;

impl Session {
    /// Creates the goroutine and installs it on the current thread.
    pub fn new(config: &RunConfig, entry: EntryPoints) -> Session {
        let run = Box::into_raw(Box::new(RunState::new(
            config.output,
            config.max_memory,
            entry.call_deferred,
            entry.call_method,
        )));
        let g = Box::into_raw(Box::new(Goroutine::new(run)));
        // SAFETY: both just allocated and exclusively ours.
        unsafe { (*run).sched.main = g };
        let (lo, hi) = thread_stack_bounds();
        // SAFETY: `g` was just allocated and is exclusively ours.
        unsafe {
            (*g).stack_lo = lo;
            (*g).stack_hi = hi;
            (*(*g).run).stack_limit = config.stack_size;
            (*(*g).run).host = crate::osstate::Host::new(
                config.args.clone(),
                config.env.clone(),
                config.stdin.clone(),
            );
            if lo != 0 && hi > lo + crate::abi::STACK_RESERVE {
                (*g).stack_guard = lo + crate::abi::STACK_RESERVE;
            }
            (*(*g).run).guard_word = entry.stack_guard as *mut usize;
            (*(*g).run).rand_state = crate::goroutine::seed_state(config.seed);
            (*(*g).run).format_call = entry.format_call;
            (*(*g).run).preempt_word = entry.preempt;
            (*(*g).run).trace = config
                .trace_events
                .map(|n| Box::new(crate::events::TraceBuffer::with_capacity(n)));
            let run = &mut *(*g).run;
            run.globals = config.globals.clone();
            run.gc_stress = config.gc_stress;
            run.heap.set_poison(config.gc_stress);
            // GOGC as the run's environment says (gc's `readGOGC`): "off" or a percent.
            let gogc = run
                .host
                .env
                .iter()
                .rev()
                .find_map(|e| e.strip_prefix("GOGC="));
            match gogc {
                Some("off") => {
                    run.heap.set_percent(-1);
                }
                Some(v) => {
                    if let Ok(n) = v.parse::<i64>() {
                        run.heap.set_percent(n.max(-1));
                    }
                }
                None => {}
            }
            if hi == 0 {
                // The thread's stack bounds are unknown, so main's stack cannot be
                // scanned: never collect.
                run.heap.set_percent(-1);
                run.gc_stress = false;
                run.collect_disabled = true;
            }
        }
        let prev = install(g);
        if !prev.is_null() {
            crate::bug::runtime_bug("a run is already active on this thread");
        }
        crate::signals::install_handler();
        let altstack = crate::signals::ensure_altstack();
        Session {
            g,
            run,
            entry,
            altstack,
        }
    }

    /// Shares the run's deadline state with the signal handler (before any call).
    fn set_control(&mut self, c: Arc<RunControl>) {
        // SAFETY: `g` is live; no generated code runs now.
        unsafe { (*(*self.g).run).control = Some(c) };
    }

    /// Records which entry trampoline the next call uses, with its handler and frame
    /// offset (ending the run, also from the signal handler, needs no lookup), and sets
    /// the program's stack-guard word for this thread.
    fn prepare(&mut self, entry: usize) {
        let meta = crate::registry::lookup(entry);
        let (fo, handler) = match &meta {
            Some(m) if m.kind == crate::abi::CodeKind::Entry => m
                .call_sites
                .iter()
                .find_map(|c| Some((c.frame_offset? as usize, m.start + c.handler? as usize)))
                .unwrap_or((0, 0)),
            _ => (0, 0),
        };
        if handler == 0 {
            crate::bug::runtime_bug(&format!(
                "entry trampoline {entry:#x} is not registered as an Entry with a handler"
            ));
        }
        // SAFETY: `g` is live; no generated code runs now. The guard word is the
        // program's writable data object (EntryPoints contract), and runs of one
        // program take turns.
        unsafe {
            (*self.g).entry_code = entry;
            (*self.g).entry_frame_offset = fo;
            (*self.g).entry_handler = handler;
            if entry == self.entry.entry0 {
                (*self.run).sched.entry = (entry, fo, handler);
            }
            if !(*(*self.g).run).guard_word.is_null() {
                (*(*self.g).run)
                    .guard_word
                    .write_volatile((*self.g).stack_guard);
            }
        }
    }

    /// How the run ended, if it did (fatal panic, `os.Exit`, fatal error).
    pub fn ended(&self) -> Option<i32> {
        // SAFETY: `g` is live while the session is.
        unsafe { (*(*self.g).run).ended }
    }

    /// Calls the Go-convention function `code(closure)` through `entry0`.
    /// `Err(status)` when the run ended (fatal panic: 2; `os.Exit(n)`: n).
    ///
    /// Contract (not checkable here, so the unsafety is the JIT driver's): `code` must be
    /// finalized, registered generated code of that signature, `closure` a valid closure
    /// pointer (or 0), and the [`EntryPoints`] the JIT's trampolines as documented there.
    pub fn call0(&mut self, code: usize, closure: usize) -> Result<(), i32> {
        if let Some(s) = self.ended() {
            return Err(s);
        }
        self.prepare(self.entry.entry0);
        // SAFETY: entry0 has the `Entry0` signature (the driver's contract, see above).
        let st = unsafe {
            let f = std::mem::transmute::<usize, Entry0>(self.entry.entry0);
            f(code, closure, &mut (*self.g).entry_fp, self.g)
        };
        self.finish_call(st)
    }

    /// Calls `code(closure, arg)` through `entry1` (benchmarks: `arg` is a
    /// `*mut BenchState`). Same contract as [`Session::call0`].
    pub fn call1(&mut self, code: usize, closure: usize, arg: usize) -> Result<(), i32> {
        if let Some(s) = self.ended() {
            return Err(s);
        }
        self.prepare(self.entry.entry1);
        // SAFETY: entry1 has the `Entry1` signature (the driver's contract).
        let st = unsafe {
            let f = std::mem::transmute::<usize, Entry1>(self.entry.entry1);
            f(code, closure, arg, &mut (*self.g).entry_fp, self.g)
        };
        self.finish_call(st)
    }

    fn finish_call(&mut self, st: i64) -> Result<(), i32> {
        // SAFETY: `g` and its run are live; no generated code runs now.
        let (g, r) = unsafe { (&mut *self.g, &mut *self.run) };
        g.entry_fp = 0;
        crate::fatal::set_reporting(false);
        if r.report.ready {
            // A fatal report written on the way out (streamed already when streaming).
            r.out.keep_report(r.report.as_bytes());
            r.panic_text = Some(String::from_utf8_lossy(r.report.as_bytes()).into_owned());
            r.report.clear();
        }
        r.out.flush();
        if r.ended.is_some() {
            // SAFETY: the run is over: no panic of the chain is in use any more.
            unsafe { crate::goroutine::free_panics(g) };
        }
        match r.ended {
            Some(s) => Err(s),
            None if st == 0 => {
                if !g.panic_head.is_null() {
                    crate::bug::runtime_bug("entry returned normally with a panic in flight");
                }
                Ok(())
            }
            None => {
                r.ended = Some(st as i32);
                Err(st as i32)
            }
        }
    }

    /// Bytes the run's heap took from the system so far (address space made
    /// accessible, the heap's high-water mark).
    pub fn arena_bytes(&self) -> usize {
        // SAFETY: `g` is live.
        unsafe { (*(*self.g).run).heap.stats().sys as usize }
    }

    /// The heap's counters now.
    pub fn heap_stats(&self) -> crate::heap::HeapStats {
        // SAFETY: `g` and its run are live; no generated code runs now.
        unsafe { (*(*self.g).run).heap.stats() }
    }

    /// Bytes and objects the run's heap has handed out so far (Go's size classes).
    pub fn allocated(&self) -> (u64, u64) {
        // SAFETY: `g` is live.
        unsafe {
            let s = (*(*self.g).run).heap.stats();
            (s.total_alloc, s.mallocs)
        }
    }

    /// Heap defer records the run's pool has allocated so far (reused ones count once).
    pub fn defer_records_allocated(&self) -> usize {
        // SAFETY: `g` and its run are live; the run's goroutines are live until its end.
        unsafe {
            let run = &*(*self.g).run;
            let others: usize = run.sched.all.iter().map(|&g| (*g).pool.allocated).sum();
            (*self.g).pool.allocated + run.spare_defers.allocated + others
        }
    }

    /// Captured stdout so far.
    pub fn stdout(&self) -> &[u8] {
        // SAFETY: `g` is live.
        unsafe { &(*(*self.g).run).out.stdout }
    }

    /// Captured stderr so far.
    pub fn stderr(&self) -> &[u8] {
        // SAFETY: `g` is live.
        unsafe { &(*(*self.g).run).out.stderr }
    }

    /// Ends the session: uninstalls and frees the goroutine and the run (arena
    /// included).
    pub fn finish<R>(mut self, value: R) -> RunOutcome<R> {
        let (g, run) = (self.g, self.run);
        if let Some(a) = self.altstack.take() {
            crate::signals::release_altstack(a);
        }
        std::mem::forget(self);
        install(std::ptr::null_mut());
        // SAFETY: made by Box::into_raw in `new`, uninstalled, no other users; the
        // goroutines go first, as they point to their run.
        let mut r = unsafe {
            crate::sched::release_all(&mut *run);
            drop(Box::from_raw(g));
            Box::from_raw(run)
        };
        r.out.flush();
        RunOutcome {
            status: r.ended.unwrap_or(0),
            stdout: std::mem::take(&mut r.out.stdout),
            stderr: std::mem::take(&mut r.out.stderr),
            panic_text: r.panic_text.take(),
            value,
            trace: r.trace.take(),
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Some(a) = self.altstack.take() {
            crate::signals::release_altstack(a);
        }
        install(std::ptr::null_mut());
        // SAFETY: made by Box::into_raw in `new`, uninstalled; the goroutines go first,
        // as they point to their run.
        unsafe {
            crate::sched::release_all(&mut *self.run);
            drop(Box::from_raw(self.g));
            drop(Box::from_raw(self.run));
        }
    }
}

/// Runs `f` with a fresh [`Session`] on a new thread whose stack allows
/// `config.stack_size` of goroutine stack, and returns the outcome. Runs on different
/// threads never interfere.
///
/// # Panics
/// When the run thread cannot be started (see [`run_with_timeout`] for the error).
pub fn run_on_new_thread<R, F>(entry: EntryPoints, config: RunConfig, f: F) -> RunOutcome<R>
where
    R: Send,
    F: FnOnce(&mut Session) -> R + Send,
{
    run_with_timeout(entry, config, None, f).unwrap_or_else(|e| panic!("{e}"))
}

/// [`run_on_new_thread`] with a deadline: after `timeout`, a watchdog thread ends the run
/// (`deferjit: run timed out after ...` on stderr, status [`STATUS_TIMEOUT`]) whatever it
/// is doing; the host process and other runs are unaffected. `Err` says why the run could
/// not start: an impossible stack limit (see `thread::check_stack_limit`), or a stack or
/// thread the system refused.
pub fn run_with_timeout<R, F>(
    entry: EntryPoints,
    config: RunConfig,
    timeout: Option<Duration>,
    f: F,
) -> Result<RunOutcome<R>, String>
where
    R: Send,
    F: FnOnce(&mut Session) -> R + Send,
{
    crate::thread::check_stack_limit(config.stack_size)?;
    let stack = crate::thread::stack_size_for(config.stack_size)
        .ok_or_else(|| format!("a stack limit of {} bytes is too large", config.stack_size))?;
    let control = timeout.map(|t| {
        Arc::new(RunControl {
            timeout: Some(t),
            ..RunControl::default()
        })
    });
    let watch = Watch::default();
    std::thread::scope(|s| {
        if let (Some(c), Some(t)) = (&control, timeout) {
            let watch = &watch;
            let deadline = Instant::now() + t;
            std::thread::Builder::new()
                .name("deferjit-watchdog".into())
                .stack_size(64 * 1024)
                .spawn_scoped(s, move || watch.run(c, deadline))
                .map_err(|e| format!("cannot start the watchdog thread: {e}"))?;
        }
        // Tells the watchdog to stop when the run ends (also on unwinding, and when the
        // run thread could not start).
        let _done = DoneGuard(&watch);
        crate::thread::run_on_stack(c"deferjit-run", stack, || {
            let mut session = Session::new(&config, entry);
            // Stop signalling before this thread ends.
            let _done = DoneGuard(&watch);
            if let Some(c) = &control {
                session.set_control(c.clone());
                // SAFETY: pthread_self has no preconditions.
                watch.started(unsafe { libc::pthread_self() });
            }
            let value = f(&mut session);
            session.finish(value)
        })
    })
}

/// The watchdog's view of the run thread.
#[derive(Default)]
struct Watch {
    state: Mutex<WatchState>,
    cv: Condvar,
}

#[derive(Default)]
struct WatchState {
    /// The run thread, once it runs generated code.
    thread: Option<libc::pthread_t>,
    /// The run thread is done with generated code (and about to exit): never signal it.
    done: bool,
}

impl Watch {
    fn started(&self, t: libc::pthread_t) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).thread = Some(t);
    }

    fn finished(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).done = true;
        self.cv.notify_all();
    }

    /// Waits for the deadline (or the end of the run), then signals the run thread every
    /// millisecond until its handler caught it in generated code or the run ended.
    fn run(&self, c: &RunControl, deadline: Instant) {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if st.done {
                return;
            }
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            st = self
                .cv
                .wait_timeout(st, deadline - now)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        c.timed_out.store(true, Ordering::Release);
        loop {
            if st.done || c.fired.load(Ordering::Acquire) {
                return;
            }
            if let Some(t) = st.thread {
                // SAFETY: `t` is alive: the run thread sets `done` under this lock before
                // it exits, and we hold the lock.
                unsafe { libc::pthread_kill(t, crate::signals::TIMEOUT_SIGNAL) };
            }
            st = self
                .cv
                .wait_timeout(st, Duration::from_millis(1))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }
}

/// Tells the watchdog the run thread is done, when dropped.
struct DoneGuard<'a>(&'a Watch);

impl Drop for DoneGuard<'_> {
    fn drop(&mut self) {
        self.0.finished();
    }
}

/// The current thread's stack as `[lo, hi)`, or `(0, 0)` if unknown.
pub fn thread_stack_bounds() -> (usize, usize) {
    // SAFETY: pthread_getattr_np fills `attr`, which is destroyed after use.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return (0, 0);
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let r = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        if r != 0 {
            return (0, 0);
        }
        (addr as usize, addr as usize + size)
    }
}
