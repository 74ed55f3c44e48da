//! deferjit's native runtime: goroutine state, defer records and pools, gopanic and
//! gorecover with frame walking and resumption, Go-format printing, and running programs
//! on big-stack threads. Never depends on Cranelift.
//!
//! Entry points for the JIT driver: [`symbols::symbols`] / [`symbols::symbol_address`]
//! (addresses of every [`abi::RUNTIME_FUNCTIONS`] entry), [`types`] (type descriptors),
//! [`registry`] (code metadata), and [`run::run_on_new_thread`] with a [`run::Session`].
pub mod abi;
pub mod arch;
pub mod arena;
pub mod bug;
#[doc(hidden)]
pub mod debug;
pub mod defers;
pub mod errors;
pub mod fatal;
pub mod faults;
pub mod format;
pub mod frames;
pub mod goroutine;
pub mod iface;
pub mod memory;
pub mod panic;
pub mod pool;
pub mod print;
pub mod registry;
pub mod run;
pub mod signals;
pub mod sink;
pub mod slices;
pub mod stackcheck;
pub mod strings;
pub mod symbols;
pub mod thread;
pub mod traceback;
pub mod types;
pub mod words;

pub use run::{run_on_new_thread, EntryPoints, RunConfig, RunOutcome, Session};
pub use sink::Output;
pub use words::Words2;
