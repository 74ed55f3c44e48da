//! The scheduler: goroutines scheduled M:1 on the run's thread, deterministically, as gc
//! schedules them with one P.
//!
//! Main runs on the run thread's own stack; every other goroutine runs as a coroutine
//! (corosensei) on a stack of its own (`gstack`), which starts in the entry trampoline, so
//! that frame walks stop at its bottom as they stop at main's. Main is also the
//! scheduler: when it blocks (`park`), it resumes the runnable goroutines one after the
//! other (`runnext` first, then the run queue, as gc's `runqget`) until it may go on; a
//! goroutine that blocks suspends back to it. A goroutine made ready by a `go` statement or
//! by another goroutine goes to `runnext` (gc's `runqput(next=true)`), the one it displaces
//! to the tail of the queue. When nothing can run and nobody sleeps, the run ends with Go's
//! `fatal error: all goroutines are asleep - deadlock!` and every goroutine's trace.
//!
//! A run ends in whichever goroutine ends it (a fatal panic, `os.Exit`, a fatal error):
//! that goroutine's entry trampoline returns, its coroutine ends, and main, back in
//! control, ends the run from its own entry call. Goroutines still blocked when the run
//! ends are abandoned: their coroutines are reset (JIT frames have no unwind information,
//! and nothing on a goroutine stack needs dropping) and their stacks unmapped.

use crate::fatal::{begin_report, finish_report};
use crate::goroutine::{current, install, GStatus, Goroutine, RunState};
use crate::gstack::{GoCoroutine, GoStack};
use crate::traceback::{write_trace, Trace};
use std::fmt::Write as _;

/// `(code, closure, entry_fp_out, g) -> status`: the entry trampoline for a niladic Go
/// function (see the lowering's trampolines).
type Entry0 = unsafe extern "C" fn(usize, usize, *mut usize, *mut Goroutine) -> i64;

/// The run of goroutine `g`.
///
/// # Safety
/// `g` must be live.
unsafe fn run_of<'a>(g: *mut Goroutine) -> &'a mut RunState {
    // SAFETY: a live goroutine's run outlives it (caller).
    unsafe { &mut *(*g).run }
}

/// Writes the running goroutine's stack check bound into the program's guard word.
///
/// # Safety
/// `g` must be live.
unsafe fn set_guard(g: *mut Goroutine) {
    // SAFETY: live goroutine (caller); the guard word is the program's writable word.
    unsafe {
        let w = (*(*g).run).guard_word;
        if !w.is_null() {
            w.write_volatile((*g).stack_guard);
        }
    }
}

/// Makes `g` runnable: next (`runnext`) or at the tail of the run queue. Main is only
/// marked: it goes on as soon as the goroutine running now blocks.
///
/// # Safety
/// `g` must be a live goroutine of the current run, not running.
pub unsafe fn ready(g: *mut Goroutine, next: bool) {
    // SAFETY: live goroutine (caller).
    unsafe {
        (*g).status = GStatus::Runnable;
        if (*g).coroutine.is_null() {
            return;
        }
        let s = &mut run_of(g).sched;
        if next {
            if !s.runnext.is_null() {
                s.runq.push_back(s.runnext);
            }
            s.runnext = g;
        } else {
            s.runq.push_back(g);
        }
    }
}

/// The next goroutine to run, if any.
fn pick(s: &mut crate::goroutine::SchedState) -> *mut Goroutine {
    if !s.runnext.is_null() {
        return std::mem::replace(&mut s.runnext, std::ptr::null_mut());
    }
    s.runq.pop_front().unwrap_or(std::ptr::null_mut())
}

/// Blocks the current goroutine with `reason` until something readies it; returns its
/// `wake` value.
///
/// # Safety
/// Must run inside a runtime entry called by generated code (whose stub frame the
/// goroutine recorded with `entered`, for traces), holding nothing that needs dropping:
/// the run may end while it waits.
pub unsafe fn park(reason: &'static str) -> usize {
    let g = current();
    // SAFETY: the live current goroutine.
    unsafe {
        (*g).status = GStatus::Waiting;
        (*g).wait_reason = reason;
        if (*g).coroutine.is_null() {
            schedule_until_ready(g);
        } else {
            suspend(g);
        }
        (*g).wake
    }
}

/// Suspends goroutine `g` (the current one, a coroutine) back to main, recording where
/// its stack ends for the collector: its callee-saved registers are copied to this frame
/// first, so that the scan from the recorded stack pointer sees them.
///
/// # Safety
/// `g` is the current goroutine and runs as a coroutine.
#[inline(never)]
unsafe fn suspend(g: *mut Goroutine) {
    let regs = crate::arch::callee_saved();
    // SAFETY: the live current goroutine (caller), whose yielder is set while it runs.
    unsafe {
        (*g).saved_sp = crate::arch::stack_pointer();
        (*g).gc_fp = (*g).stub_fp;
        (*(*g).yielder).suspend(());
    }
    std::hint::black_box(&regs);
}

/// Readies the finalizer goroutine if it waits and a collection queued finalizers.
///
/// # Safety
/// `g` is a live goroutine of the run.
unsafe fn wake_finalizers(g: *mut Goroutine) {
    // SAFETY: live goroutine and run (caller); the waiting goroutine is live.
    unsafe {
        let run = run_of(g);
        if !run.fing_waiting.is_null() && run.finalizers.any_queued() {
            let f = std::mem::replace(&mut run.fing_waiting, std::ptr::null_mut());
            ready(f, false);
        }
    }
}

/// Lets every goroutine that is runnable now run once; the current one stays runnable
/// (`runtime.Gosched`).
///
/// # Safety
/// As [`park`].
pub unsafe fn gosched() {
    let g = current();
    // SAFETY: the live current goroutine.
    unsafe {
        if (*g).coroutine.is_null() {
            wake_due(g);
            wake_finalizers(g);
            let s = &mut run_of(g).sched;
            let mut n = s.runq.len() + usize::from(!s.runnext.is_null());
            (*g).status = GStatus::Runnable;
            while n > 0 {
                let next = pick(&mut run_of(g).sched);
                if next.is_null() {
                    break;
                }
                switch_to(g, next);
                n -= 1;
            }
            (*g).status = GStatus::Running;
        } else {
            ready(g, false);
            suspend(g);
        }
    }
}

/// On main's stack, main not running: runs the other goroutines until main is ready.
///
/// # Safety
/// `main` must be the run's main goroutine, current, inside a runtime entry.
unsafe fn schedule_until_ready(main: *mut Goroutine) {
    // SAFETY: live main goroutine (caller); the goroutines on the queues are live.
    unsafe {
        loop {
            // Sleepers that are due run even while others stay runnable.
            wake_due(main);
            wake_finalizers(main);
            if (*main).status == GStatus::Runnable {
                (*main).status = GStatus::Running;
                return;
            }
            let next = pick(&mut run_of(main).sched);
            if !next.is_null() {
                switch_to(main, next);
                continue;
            }
            if wait_for_sleepers(main) {
                continue;
            }
            deadlock(main);
        }
    }
}

/// Runs goroutine `next` until it blocks or returns, from main's stack; frees it if it
/// returned. Ends the run from main if it ended while `next` ran.
///
/// # Safety
/// `main` is the current main goroutine; `next` a runnable goroutine of its run.
unsafe fn switch_to(main: *mut Goroutine, next: *mut Goroutine) {
    // SAFETY: live goroutines (caller); the coroutine is `next`'s own.
    unsafe {
        install(next);
        set_guard(next);
        (*next).status = GStatus::Running;
        run_of(main).sched.switches += 1;
        let co = &mut *(*next).coroutine;
        let regs = crate::arch::callee_saved();
        (*main).saved_sp = crate::arch::stack_pointer();
        (*main).gc_fp = (*main).stub_fp;
        let _ = co.resume(());
        std::hint::black_box(&regs);
        install(main);
        set_guard(main);
        run_of(main).sched.switches += 1;
        if co.done() {
            free(next);
        }
        if let Some(status) = run_of(main).ended {
            crate::frames::end_run(main, status);
        }
    }
}

/// Frees the goroutine `g` (which returned): its stack, its panics, itself.
///
/// # Safety
/// `g` must be a goroutine of the run whose coroutine is done, on no queue.
unsafe fn free(g: *mut Goroutine) {
    // SAFETY: `g` and its coroutine were made by Box::into_raw in `go` and are owned by
    // the run's list of goroutines, from which it is removed here.
    unsafe {
        let s = &mut run_of(g).sched;
        s.all.retain(|&x| x != g);
        drop(Box::from_raw((*g).coroutine));
        drop(Box::from_raw(g));
    }
}

/// Frees every goroutine of `run` but main, whatever its state: at the end of the run.
/// Those suspended are reset, not unwound: their stacks hold JIT frames and the runtime's
/// own frames, which own nothing that needs dropping.
///
/// # Safety
/// No goroutine of the run may be running; nothing may use them afterwards.
pub unsafe fn release_all(run: &mut RunState) {
    if run.preempt_registered {
        crate::preempt::unregister(run.preempt_word);
        run.preempt_registered = false;
        // SAFETY: the program's word, valid while its code lives (through the run).
        unsafe { std::sync::atomic::AtomicU64::from_ptr(run.preempt_word as *mut u64) }
            .store(0, std::sync::atomic::Ordering::Relaxed);
    }
    let all = std::mem::take(&mut run.sched.all);
    run.sched.runq.clear();
    run.sched.runnext = std::ptr::null_mut();
    run.sched.sleepers.clear();
    for g in all {
        // SAFETY: made by Box::into_raw in `go`; suspended or never started, not running.
        unsafe {
            let co = &mut *(*g).coroutine;
            if co.started() && !co.done() {
                co.force_reset();
            }
            drop(Box::from_raw((*g).coroutine));
            drop(Box::from_raw(g));
        }
    }
}

/// Readies the sleepers that are due, in the order they are due.
///
/// # Safety
/// `main` is the current main goroutine.
unsafe fn wake_due(main: *mut Goroutine) {
    // SAFETY: live run (caller).
    let s = unsafe { &mut run_of(main).sched };
    if s.sleepers.is_empty() {
        return;
    }
    let now = monotonic_ns();
    let mut woken: Vec<(i64, *mut Goroutine)> = Vec::new();
    s.sleepers.retain(|&(t, g)| {
        if t <= now {
            woken.push((t, g));
            false
        } else {
            true
        }
    });
    woken.sort_by_key(|(t, _)| *t);
    // As gc's timers: those due are readied in the order they are due, each into
    // runnext (the last due runs first, then the others in order).
    for (_, g) in woken {
        // SAFETY: sleepers are live goroutines of the run.
        unsafe { ready(g, true) };
    }
}

/// When only sleepers are left: waits until the first wakes and readies those due.
/// False when nobody sleeps.
///
/// # Safety
/// `main` is the current main goroutine.
unsafe fn wait_for_sleepers(main: *mut Goroutine) -> bool {
    // SAFETY: live run (caller).
    let s = unsafe { &mut run_of(main).sched };
    let Some(&(due, _)) = s.sleepers.iter().min_by_key(|(t, _)| *t) else {
        return false;
    };
    // gc wakes some tens of microseconds after the first timer is due and then runs
    // every timer due by then: sleeps that started together end together.
    nap_until(due.saturating_add(WAKE_SLACK_NS));
    // SAFETY: as above.
    unsafe { wake_due(main) };
    true
}

/// The monotonic clock in nanoseconds.
pub fn monotonic_ns() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; CLOCK_MONOTONIC always exists.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec
        .wrapping_mul(1_000_000_000)
        .wrapping_add(ts.tv_nsec)
}

/// Longest single nap while waiting: a run's deadline is checked this often.
const NAP_NS: i64 = 20_000_000;

/// Blocks the thread until the monotonic clock reaches `due`; the run's `--timeout`
/// still ends it on time.
/// How long after the first sleeper is due an idle run wakes (see `wait_for_sleepers`).
const WAKE_SLACK_NS: i64 = 50_000;

fn nap_until(due: i64) {
    loop {
        let left = due - monotonic_ns();
        if left <= 0 {
            return;
        }
        let ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: left.min(NAP_NS),
        };
        // SAFETY: a valid timespec; an early wake-up (a signal) only shortens this nap.
        unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
        crate::signals::timeout_point();
    }
}

/// `time.Sleep(d)` with other goroutines: the current goroutine sleeps while they run.
///
/// # Safety
/// As [`park`].
pub unsafe fn sleep(d: i64) {
    let g = current();
    let due = monotonic_ns().saturating_add(d);
    // SAFETY: live goroutine.
    unsafe {
        run_of(g).sched.sleepers.push((due, g));
        park("sleep");
    }
}

/// Whether the current run has goroutines other than main.
pub fn has_goroutines() -> bool {
    // SAFETY: the live current goroutine's run.
    unsafe { !run_of(current()).sched.all.is_empty() }
}

/// Go's deadlock report: every goroutine is blocked and nobody sleeps.
///
/// # Safety
/// `main` is the current main goroutine, inside its entry call.
unsafe fn deadlock(main: *mut Goroutine) -> ! {
    // SAFETY: live goroutines of the run; report written without allocating.
    unsafe {
        if run_of(main).sched.main_goexited {
            let r = begin_report(main);
            let _ = writeln!(
                r,
                "fatal error: no goroutines (main called runtime.Goexit) - deadlock!"
            );
            crate::arch::resume(finish_report(main, 2));
        }
        let all = run_of(main).sched.all.clone();
        let r = begin_report(main);
        let _ = write!(r, "fatal error: all goroutines are asleep - deadlock!\n");
        for g in std::iter::once(main).chain(all) {
            if (*g).system {
                continue;
            }
            let _ = write!(r, "\ngoroutine {} [{}]:\n", (*g).id, (*g).wait_reason);
            if (*g).stub_fp != 0 {
                let _ = write_trace(r, Trace::from_stub(g, (*g).stub_fp, false, (*g).panic_head));
            }
            let _ = crate::traceback::write_created_by(r, g);
        }
        crate::arch::resume(finish_report(main, 2))
    }
}

/// `rt_go(stub_fp, closure)`: the `go` statement: a new goroutine that runs the niladic
/// closure, ready to run next.
///
/// # Safety
/// Called by generated code with a valid niladic closure.
pub unsafe extern "C" fn rt_go(fp: usize, closure: i64) {
    // SAFETY: as this function's (caller).
    unsafe { spawn(fp, closure) };
}

/// A new goroutine that runs the niladic closure, ready to run next (the `go`
/// statement's work, also the finalizer goroutine's start).
///
/// # Safety
/// Called from a runtime entry of generated code (stub frame `fp`) with a valid niladic
/// closure.
pub unsafe fn spawn(fp: usize, closure: i64) -> *mut Goroutine {
    crate::goroutine::entered(fp);
    let cur = current();
    // SAFETY: the live current goroutine and its run.
    let run = unsafe { (*cur).run };
    // SAFETY: as above.
    let size = unsafe { (*run).stack_limit }.saturating_add(crate::abi::STACK_RESERVE);
    let stack = match GoStack::new(size) {
        Ok(s) => s,
        Err(e) => crate::fatal::fatal_error(&format!("out of memory ({e})")),
    };
    let (lo, hi) = stack.bounds();
    let g = Box::into_raw(Box::new(Goroutine::new(run)));
    let gp = g as usize;
    let co = GoCoroutine::with_stack(stack, move |y, ()| {
        // SAFETY: the goroutine outlives its coroutine (freed after it), which runs only
        // when the scheduler resumes it with the goroutine installed.
        unsafe { goroutine_main(gp as *mut Goroutine, y) }
    });
    // SAFETY: `g` is new and ours, the current goroutine and its run live; `fp` is the
    // stub's frame, whose return address (the call site in the function that ran `go`)
    // sits above the saved frame pointer.
    unsafe {
        let s = &mut (*run).sched;
        (*g).id = s.next_id;
        s.next_id += 1;
        (*g).start = closure as usize;
        (*g).created_by = ((*cur).id, *((fp + 8) as *const usize));
        (*g).stack_lo = lo;
        (*g).stack_hi = hi;
        (*g).stack_guard = lo + crate::abi::STACK_RESERVE;
        (*g).coroutine = Box::into_raw(Box::new(co));
        std::mem::swap(&mut (*g).pool, &mut (*run).spare_defers);
        s.all.push(g);
        ready(g, true);
        if !(*run).preempt_registered && (*run).preempt_word != 0 {
            // SAFETY: the program's word outlives the run, which unregisters it at its
            // end (`release_all`).
            crate::preempt::register((*run).preempt_word);
            (*run).preempt_registered = true;
        }
    }
    g
}

/// A goroutine's life on its own stack: its closure called through the entry
/// trampoline, as main's function is.
///
/// # Safety
/// `g` is the goroutine of this coroutine, installed and running.
unsafe fn goroutine_main(g: *mut Goroutine, y: &corosensei::Yielder<(), ()>) {
    // SAFETY: live goroutine; the entry trampoline has the `Entry0` signature and its
    // handler and frame offset were looked up by the session.
    unsafe {
        (*g).yielder = y;
        let (entry, frame_offset, handler) = run_of(g).sched.entry;
        if entry == 0 {
            crate::bug::runtime_bug("a goroutine started before the run's entry was known");
        }
        (*g).entry_code = entry;
        (*g).entry_frame_offset = frame_offset;
        (*g).entry_handler = handler;
        let closure = (*g).start;
        let code = *(closure as *const usize);
        let f = std::mem::transmute::<usize, Entry0>(entry);
        f(code, closure, &mut (*g).entry_fp, g);
        (*g).entry_fp = 0;
        (*g).status = GStatus::Dead;
        let run = (*g).run;
        (*run).spare_defers.absorb(&mut (*g).pool);
        (*g).yielder = std::ptr::null();
    }
}

/// Main after `runtime.Goexit` ran its deferred calls: it waits for ever while the other
/// goroutines run; when none is left to run, Go's `fatal error: no goroutines (main
/// called runtime.Goexit) - deadlock!` ends the run.
///
/// # Safety
/// `main` is the current main goroutine, its deferred calls done, inside its entry call.
pub unsafe fn main_goexit(main: *mut Goroutine) -> ! {
    // SAFETY: live main goroutine (caller).
    unsafe {
        run_of(main).sched.main_goexited = true;
        park("goexit");
    }
    crate::bug::runtime_bug("main was woken after runtime.Goexit");
}

/// `runtime.Goexit(stub_fp)`: the goroutine's deferred calls run, then it ends; main
/// waits instead (see [`main_goexit`]).
///
/// # Safety
/// Called by generated code through its stub `fp`; this frame holds nothing to drop.
pub unsafe extern "C" fn rt_runtime_goexit(fp: usize) -> ! {
    let g = current();
    // SAFETY: as `panic::goexit`; `r` is a resume point above this frame.
    unsafe {
        let r = crate::panic::goexit(fp);
        if (*g).coroutine.is_null() && r.pc == (*g).entry_handler {
            // The deferred calls entered the runtime through other stubs: this one's
            // frame is where main waits (the collector's walk starts there).
            crate::goroutine::entered(fp);
            main_goexit(g);
        }
        crate::arch::resume(r)
    }
}

/// `rt_gosched(stub_fp)`: `runtime.Gosched()`.
///
/// # Safety
/// Called by generated code.
pub unsafe extern "C" fn rt_gosched(fp: usize) {
    crate::goroutine::entered(fp);
    // SAFETY: inside a runtime entry; nothing held.
    unsafe { gosched() };
}

/// `rt_preempt(stub_fp)`: a loop's back edge found the preemption word set (see
/// `preempt`): clears it, and when the goroutine has been running since the word was last
/// found set (a whole period, at least 10 ms, without a switch: gc's sysmon rule), lets
/// the other goroutines run, as `runtime.Gosched`. A goroutine that runs briefly is
/// never interrupted in the middle of its work.
///
/// # Safety
/// Called by generated code.
pub unsafe extern "C" fn rt_preempt(fp: usize) {
    crate::goroutine::entered(fp);
    // SAFETY: the live current goroutine's run; its word is valid while it runs.
    unsafe {
        let run = run_of(current());
        if run.preempt_word != 0 {
            std::sync::atomic::AtomicU64::from_ptr(run.preempt_word as *mut u64)
                .store(0, std::sync::atomic::Ordering::Relaxed);
        }
        let s = &mut run.sched;
        if s.preempt_mark == s.switches + 1 {
            s.preempt_mark = 0;
            gosched();
        } else {
            s.preempt_mark = s.switches + 1;
        }
    }
}

/// `rt_num_goroutine(stub_fp) -> n`: `runtime.NumGoroutine()`.
pub extern "C" fn rt_num_goroutine(_fp: usize) -> i64 {
    // SAFETY: the live current goroutine's run.
    let s = unsafe { &run_of(current()).sched };
    // SAFETY: the run's goroutines are live.
    1 + s.all.iter().filter(|&&g| unsafe { !(*g).system }).count() as i64
}
