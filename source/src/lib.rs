//! What the front end (parser, checker) and the lowering share without depending on each
//! other: source positions ([`Pos`]) and the stack-growth helper ([`stack`]) that lets every
//! recursive walk over deeply nested source run without overflowing the thread's stack.
#![warn(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]

pub mod pos;
pub mod stack;

pub use pos::Pos;
