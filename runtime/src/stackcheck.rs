//! The slow path of the stack check in runtime stubs: a stub whose stack pointer is below
//! the program's guard word calls [`rt_morestack`], which checks the real bound of this
//! thread's stack and, when the stack is exhausted, reports Go's `fatal error: stack
//! overflow` with the trace and ends the run, with [`STACK_RESERVE`](crate::abi::STACK_RESERVE)
//! of stack still free below: Rust runtime code never runs out of stack.

use crate::goroutine::try_current;
use crate::traceback::Trace;

/// `rt_morestack(stub_fp)`: the stack check of the stub `stub_fp` failed.
///
/// Returns when the stack is in fact fine (the guard word was left by another thread's
/// run of the same program, or no run is active), after putting this thread's bound back.
// The name must match `abi::MORESTACK_SLOW_PATH_SYMBOL`.
#[unsafe(export_name = "deferjit_rt_morestack")]
pub extern "C" fn rt_morestack(fp: usize) {
    let g = try_current();
    if g.is_null() {
        return;
    }
    // SAFETY: this thread's live goroutine, called from a stub of generated code inside
    // a call of the entry trampoline; the frames abandoned by the end of the run are
    // generated code and this function, which holds nothing to drop.
    unsafe {
        let bound = (*g).stack_guard;
        if bound == 0 || fp >= bound || (*g).entry_fp == 0 {
            if !(*(*g).run).guard_word.is_null() {
                (*(*g).run).guard_word.write_volatile(bound);
            }
            return;
        }
        crate::fatal::set_reporting(true);
        let frames = Trace::from_stub(g, fp, false, (*g).panic_head);
        crate::fatal::write_overflow_report(g, fp, frames);
        let r = crate::fatal::finish_report(g, 2);
        crate::arch::resume(r)
    }
}
