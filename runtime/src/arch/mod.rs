//! The arch facade: what the runtime needs from an instruction set, declared here and
//! implemented by one file per ISA (`x86_64.rs`). Nothing outside `arch/` contains asm,
//! register names or signal-context fields; adding an ISA means adding one file that
//! provides every item below (the `const` checks make a missing or mistyped one a
//! compile error).
//!
//! - Frame layout: [`FRAME_CALLER_FP`], [`FRAME_RETURN_ADDRESS`] (offsets from a frame
//!   pointer of the caller's frame pointer and of the return address), and
//!   [`prologue_return_address`] (where the return address is while a generated
//!   function's prologue has not set up its frame).
//! - Resuming: [`Resume`] (SP, FP, PC, the two payload words of an exception edge, and
//!   the goroutine for generated code's pinned register),
//!   [`resume`] from normal code, [`redirect`] of a signal context, [`stack_pointer`].
//! - The collector's view of registers: [`callee_saved`] (the values of the registers a
//!   callee preserves, which may hold the only copy of a caller's pointer).
//! - Signal contexts: [`Interrupted`] and [`interrupted`] (PC, SP, FP of the
//!   interrupted code).
//! - Calls from generated code that need the ISA: [`morestack_preserving`] (the stack
//!   check's register-preserving slow path).
//! - The context switch that goroutines will need: [`Context`], [`new_context`] (a
//!   context that starts a function on a given stack) and [`switch`].

#[cfg(target_arch = "x86_64")]
mod x86_64;
#[cfg(target_arch = "x86_64")]
use x86_64 as isa;

#[cfg(not(target_arch = "x86_64"))]
compile_error!("deferjit's runtime supports x86_64 only (add an arch file to port it)");

pub use isa::{
    callee_saved, interrupted, morestack_preserving, new_context, prologue_return_address,
    redirect, resume, stack_pointer, switch, Context, Interrupted, Resume, CALLEE_SAVED,
    FRAME_CALLER_FP, FRAME_RETURN_ADDRESS,
};

// The facade's signatures: every ISA file must provide exactly these.
const _: usize = FRAME_CALLER_FP;
const _: usize = FRAME_RETURN_ADDRESS;
const _: fn(usize, usize) -> Option<usize> = prologue_return_address;
const _: unsafe fn(Resume) -> ! = resume;
const _: fn() -> usize = stack_pointer;
const _: fn() -> [usize; CALLEE_SAVED] = callee_saved;
const _: unsafe fn(*const libc::ucontext_t) -> Interrupted = interrupted;
const _: unsafe fn(*mut libc::ucontext_t, Resume) = redirect;
const _: unsafe extern "C" fn(usize) = morestack_preserving;
const _: unsafe extern "C" fn(*mut Context, *const Context) = switch;
const _: unsafe fn(usize, extern "C" fn(usize) -> !, usize) -> Context = new_context;
const _: fn(&Context) -> usize = |c| c.sp;
const _: fn(Resume) -> (usize, usize, usize, [usize; 2], usize) =
    |r| (r.sp, r.fp, r.pc, r.payload, r.g);
const _: fn(Interrupted) -> (usize, usize, usize) = |i| (i.pc, i.sp, i.fp);
