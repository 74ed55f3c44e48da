//! deferjit's typed IR and its lowering to Cranelift IR: functions, expressions, calls and
//! landing pads, the three defer strategies, runtime stubs, and the frame metadata the
//! runtime needs.
#![warn(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]
pub mod annotate;
pub mod context;
pub mod epilogue;
pub mod ir;
pub mod layout;
pub mod meta;
pub mod program;
pub mod ptrmap;
pub mod strategy;
pub mod trampolines;

mod arrays;
mod calls;
mod chans;
mod complex;
mod control;
mod dead_slots;
mod defer_state;
mod defers;
mod expr;
mod floats;
mod function;
mod maps;
mod order;
mod place;

pub use defer_state::{DEFER_BITS_KEY, RESUME_LINE_KEY, STACK_RECORD_KEY};
pub use meta::{
    CompiledFunc, FrameSlotKind, FrameSlotMeta, LowerOptions, LoweredProgram, Reloc, TypeDescSource,
};
pub use program::lower_program;
