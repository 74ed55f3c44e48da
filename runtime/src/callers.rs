//! What package runtime's `Caller`, `Callers`, `FuncForPC` and `CallersFrames` ask of the
//! stack and the code: the return addresses of the Go frames above a call, and a code
//! address's function, file and line. The runtime entries behind the bodyless functions
//! of `lib/runtime/runtime.go`, which builds Go's API on them.

use crate::registry;
use crate::traceback::{Frame, Trace};
use crate::words::Words2;

/// `runtime.callerPC(stub_fp, k) -> pc`: the return address in the Go function `k` frames
/// above the library function that called `callerPC` (`k = 0`: in that function's caller;
/// `-1`: in that function itself), or 0 past the outermost. The frames are the trace's
/// (`traceback::Trace`): through deferred calls run by a panic into the frames below it,
/// wrappers elided; a frame stopped by a fault gives one past the faulting instruction.
pub extern "C" fn rt_runtime_caller_pc(fp: usize, k: i64) -> i64 {
    let g = crate::goroutine::current();
    // Frames of Go functions: [0] `callerPC`, [1] its caller (the library function),
    // [2] that one's caller.
    let Ok(want) = usize::try_from(2 + k) else {
        return 0;
    };
    // SAFETY: this thread's live goroutine and its panic chain; the run's code stays
    // registered while generated code runs.
    let trace = unsafe { Trace::from_stub(g, fp, false, (*g).panic_head) };
    let mut pcs = Vec::new();
    let mut outermost_is_main = false;
    for f in trace {
        match f {
            Frame::Func {
                pc, exact, meta, ..
            } => {
                pcs.push(if exact { pc + 1 } else { pc });
                outermost_is_main = meta.name == "main.main";
            }
            // Go's `runtime.gopanic` frame, where a panic runs deferred calls.
            Frame::Panic { .. } => {
                pcs.push(marker_pc(Marker::Gopanic));
                outermost_is_main = false;
            }
            Frame::Unknown(_) => outermost_is_main = false,
        }
        if pcs.len() > want && !outermost_is_main {
            break;
        }
    }
    // Below main.main, Go's stack has runtime.main and runtime.goexit.
    if outermost_is_main {
        pcs.push(marker_pc(Marker::Main));
        pcs.push(marker_pc(Marker::Goexit));
    }
    pcs.get(want).map_or(0, |&pc| pc as i64)
}

/// The runtime frames Go's stacks have that deferjit's do not, which `Callers` and
/// `Caller` report all the same: where a panic runs deferred calls (`runtime.gopanic`),
/// and below `main.main` (`runtime.main`, `runtime.goexit`).
#[derive(Clone, Copy)]
enum Marker {
    Gopanic = 0,
    Main = 1,
    Goexit = 2,
}

const MARKER_NAMES: [&str; 3] = ["runtime.gopanic", "runtime.main", "runtime.goexit"];

/// The markers' addresses: words of this static, which no Go frame can return into.
static MARKERS: [u64; 3] = [0; 3];

/// The return address standing for marker `m`: one past its word's first byte.
fn marker_pc(m: Marker) -> usize {
    &MARKERS[m as usize] as *const u64 as usize + 1
}

/// The marker that `pc` (a return address or one less) stands for, if any.
fn marker_at(pc: usize) -> Option<usize> {
    let base = MARKERS.as_ptr() as usize;
    (pc >= base && pc < base + std::mem::size_of_val(&MARKERS)).then(|| (pc - base) / 8)
}

/// `runtime.stackText(stub_fp) -> string`: what `runtime.Stack` writes: the goroutine's
/// header and the trace as a fatal report prints it, from the caller of the library
/// function that called `stackText` (`runtime.Stack` itself is not shown, as in Go).
pub extern "C" fn rt_runtime_stack_text(fp: usize) -> Words2 {
    let g = crate::goroutine::current();
    // SAFETY: as in `rt_runtime_caller_pc`.
    let mut trace = unsafe { Trace::from_stub(g, fp, false, (*g).panic_head) };
    // [0] is `runtime.stackText` (the bodyless function's own frame), [1] `runtime.Stack`.
    trace.next();
    trace.next();
    // SAFETY: as above.
    let mut text = format!("goroutine {} [running]:\n", unsafe { (*g).id });
    let _ = crate::traceback::write_trace(&mut text, trace);
    // SAFETY: as above.
    let _ = unsafe { crate::traceback::write_created_by(&mut text, g) };
    let (p, l) = crate::strings::new_string(text.as_bytes());
    Words2::new(p, l)
}

/// What a code address stands for: the registered function holding it, or one of the
/// runtime frames' markers (`None` for anything else).
fn describe(pc: i64) -> Option<(String, std::sync::Arc<str>, i64, usize)> {
    let pc = pc as usize;
    if let Some(m) = marker_at(pc) {
        return Some((
            MARKER_NAMES[m].into(),
            "[deferjit runtime]".into(),
            0,
            &MARKERS[m] as *const u64 as usize,
        ));
    }
    let m = registry::lookup(pc)?;
    let line = m.line_at(pc).map_or(0, i64::from);
    Some((m.name.clone(), m.file.clone(), line, m.start))
}

/// `runtime.pcFuncName(stub_fp, pc) -> string`: the name of the function whose code
/// holds `pc` (`main.main.func1`), or "".
pub extern "C" fn rt_runtime_pc_func_name(_fp: usize, pc: i64) -> Words2 {
    match describe(pc) {
        Some((name, ..)) => {
            let (p, n) = crate::strings::new_string(name.as_bytes());
            Words2::new(p, n)
        }
        None => Words2::new(0, 0),
    }
}

/// `runtime.pcFile(stub_fp, pc) -> string`: the source file of that function, or "".
pub extern "C" fn rt_runtime_pc_file(_fp: usize, pc: i64) -> Words2 {
    match describe(pc) {
        Some((_, file, ..)) => {
            let (p, n) = crate::strings::new_string(file.as_bytes());
            Words2::new(p, n)
        }
        None => Words2::new(0, 0),
    }
}

/// `runtime.pcLine(stub_fp, pc) -> line`: the source line of the instruction at `pc`
/// (0 when unknown).
pub extern "C" fn rt_runtime_pc_line(_fp: usize, pc: i64) -> i64 {
    describe(pc).map_or(0, |d| d.2)
}

/// `runtime.pcEntry(stub_fp, pc) -> entry`: the first address of the function holding
/// `pc`, or 0.
pub extern "C" fn rt_runtime_pc_entry(_fp: usize, pc: i64) -> i64 {
    describe(pc).map_or(0, |d| d.3 as i64)
}
