//! The collector's library entries: `runtime.GC`, `runtime.KeepAlive`,
//! `runtime.ReadMemStats` (the counters behind it), `runtime.SetFinalizer` and the
//! finalizer goroutine's queue, and `runtime/debug.SetGCPercent`.

use crate::finalizers::Finalizer;
use crate::goroutine::{current, run};
use crate::types::{TypeDesc, TypeKind};

/// `runtime.GC()`: a full collection; then the goroutines that are ready (the finalizer
/// goroutine among them, if it has work now) run, as they would while gc's caller waits
/// for the collection to end.
pub extern "C" fn rt_gc(fp: usize) {
    crate::goroutine::entered(fp);
    crate::collector::collect(fp, true);
    // SAFETY: called from generated code through its stub, holding nothing to drop.
    unsafe { crate::sched::gosched() };
}

/// `runtime.KeepAlive(x)`: a use of `x` that the compiler cannot remove, so that `x` is
/// live (on the stack or in a register the collector sees) until here.
pub extern "C" fn rt_keep_alive(_fp: usize, typ: i64, data: i64) {
    std::hint::black_box((typ, data));
}

/// How many words `runtime.readMemStats` writes.
pub const MEM_STATS_WORDS: usize = 16;

/// `runtime.readMemStats(out *[16]uint64)`: the collector's counters, in the order
/// `lib/runtime` reads them: HeapAlloc, TotalAlloc, Sys, Mallocs, Frees, HeapSys,
/// HeapInuse, HeapObjects, NextGC, PauseTotalNs, NumGC, NumForcedGC, LastGC, HeapIdle,
/// StackInuse, (unused).
///
/// # Safety
/// `out` must point to 16 writable words.
pub unsafe extern "C" fn rt_read_mem_stats(fp: usize, out: i64) {
    crate::goroutine::entered(fp);
    // SAFETY: a short borrow; no generated code runs meanwhile.
    let r = unsafe { run() };
    let s = r.heap.stats();
    let stacks: u64 = r
        .sched
        .all
        .iter()
        // SAFETY: the run's goroutines are live.
        .map(|&g| unsafe { ((*g).stack_hi - (*g).stack_lo) as u64 })
        .sum();
    let words: [u64; MEM_STATS_WORDS] = [
        s.live,
        s.total_alloc,
        s.sys + stacks,
        s.mallocs,
        s.frees,
        s.sys,
        s.in_use,
        s.mallocs - s.frees,
        s.next_gc.min(i64::MAX as u64),
        s.pause_total_ns,
        s.num_gc as u64,
        s.num_forced_gc as u64,
        s.last_gc_unix_ns,
        s.sys.saturating_sub(s.in_use),
        stacks,
        0,
    ];
    // SAFETY: 16 writable words (caller).
    unsafe { std::ptr::copy_nonoverlapping(words.as_ptr(), out as *mut u64, MEM_STATS_WORDS) };
}

/// `runtime/debug.setGCPercent(percent) -> previous`: sets `GOGC` (negative: off).
pub extern "C" fn rt_set_gc_percent(fp: usize, percent: i64) -> i64 {
    crate::goroutine::entered(fp);
    // SAFETY: a short borrow; no generated code runs meanwhile.
    unsafe { run() }.heap.set_percent(percent)
}

/// The single parameter and the results of a func type's name (`func(*main.T) int`
/// gives `("*main.T", "int")`); `None` unless it has exactly one parameter.
fn single_param(func_name: &str) -> Option<(&str, &str)> {
    let rest = func_name.strip_prefix("func(")?;
    let mut depth = 0;
    for (i, c) in rest.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' if depth == 0 => return Some((&rest[..i], rest[i + 1..].trim())),
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

/// Whether the finalizer goroutine's call, typed without results, may call a func with
/// these results: none, or one value of at most two words (returned in registers, which
/// the call ignores). Larger results need a return area the call does not reserve.
fn results_fit(results: &str) -> bool {
    results.is_empty()
        || !(results.starts_with('(')
            || results.starts_with('[')
            || results.starts_with("struct")
            || results.starts_with("complex"))
}

/// `runtime.setFinalizer(obj, finalizer any)`: registers (or with a nil finalizer
/// clears) the finalizer of the object `obj` points to. Misuse is Go's fatal error.
///
/// # Safety
/// The arguments are two interface values (type descriptor or null, data word).
pub unsafe extern "C" fn rt_set_finalizer(fp: usize, otyp: i64, odata: i64, ftyp: i64, fdata: i64) {
    crate::goroutine::entered(fp);
    let fatal =
        |msg: String| -> ! { crate::fatal::fatal_error(&format!("runtime.SetFinalizer: {msg}")) };
    if otyp == 0 {
        fatal("first argument is nil".into());
    }
    // SAFETY: type words are live descriptors.
    let ot: &TypeDesc = unsafe { &*(otyp as *const TypeDesc) };
    if ot.kind != TypeKind::Pointer {
        fatal(format!("first argument is {}, not pointer", ot.name));
    }
    // SAFETY: a short borrow; no generated code runs meanwhile.
    let r = unsafe { run() };
    let obj = odata as usize;
    let Some(start) = r.heap.object_start(obj) else {
        // Package variables and zero-sized objects are never freed: nothing to do.
        return;
    };
    if start != obj {
        fatal("pointer not at beginning of allocated block".into());
    }
    if ftyp == 0 {
        r.finalizers.set(obj, None);
        return;
    }
    // SAFETY: as above.
    let ft: &TypeDesc = unsafe { &*(ftyp as *const TypeDesc) };
    if ft.kind != TypeKind::Func {
        fatal(format!("second argument is {}, not a function", ft.name));
    }
    let takes_interface = match single_param(&ft.name) {
        Some((_, res)) if !results_fit(res) => crate::fatal::fatal_error(&format!(
            "deferjit does not support a finalizer with results {res} yet ({})",
            ft.name
        )),
        Some((p, _)) if p == ot.name || p == "unsafe.Pointer" => false,
        Some((p, _)) if p.starts_with("interface {") => true,
        _ => fatal(format!("cannot pass {} to finalizer {}", ot.name, ft.name)),
    };
    if r.finalizers.is_set(obj) {
        fatal("finalizer already set".into());
    }
    r.finalizers.set(
        obj,
        Some(Finalizer {
            closure: fdata as usize,
            takes_interface,
            obj_type: otyp as usize,
        }),
    );
}

/// `runtime.startFinalizers(f func())`: starts the finalizer goroutine running `f`, a
/// goroutine of the runtime's (hidden from traces and `runtime.NumGoroutine`).
///
/// # Safety
/// Called by generated code with a valid niladic closure.
pub unsafe extern "C" fn rt_start_finalizers(fp: usize, closure: i64) {
    // SAFETY: as `rt_go` (caller).
    let g = unsafe { crate::sched::spawn(fp, closure) };
    // SAFETY: the new goroutine is live.
    unsafe { (*g).system = true };
}

/// `runtime.nextFinalizer(c *finalizerCall)`: waits until a finalizer is queued, then
/// writes the call to make: `{direct func(*T), p *T, iface func(any), x any}`, one of the
/// two funcs set.
///
/// # Safety
/// `c` must point to 5 writable words; called by the finalizer goroutine.
pub unsafe extern "C" fn rt_next_finalizer(fp: usize, c: i64) {
    crate::goroutine::entered(fp);
    let out = c as *mut usize;
    loop {
        // SAFETY: a short borrow; no generated code runs meanwhile.
        let r = unsafe { run() };
        if let Some((f, obj)) = r.finalizers.next() {
            let words = if f.takes_interface {
                [0, 0, f.closure, f.obj_type, obj]
            } else {
                [f.closure, obj, 0, 0, 0]
            };
            // SAFETY: 5 writable words (caller).
            unsafe { std::ptr::copy_nonoverlapping(words.as_ptr(), out, 5) };
            return;
        }
        r.fing_waiting = current();
        // SAFETY: inside a runtime entry, holding nothing that needs dropping; readied by
        // the scheduler once a collection queued a finalizer.
        unsafe { crate::sched::park("finalizer wait") };
    }
}
