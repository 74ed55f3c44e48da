//! deferjit's native runtime: goroutine state, defer records and pools, gopanic and
//! gorecover with frame walking and resumption, Go-format printing, and running programs
//! on big-stack threads. Never depends on Cranelift.
//!
//! Entry points for the JIT driver: [`symbols::symbols`] / [`symbols::symbol_address`]
//! (addresses of every [`abi::RUNTIME_FUNCTIONS`] entry), [`types`] (type descriptors),
//! [`registry`] (code metadata), and [`run::run_on_new_thread`] with a [`run::Session`].
//!
//! Layers, bottom up; a module uses only its own layer and lower ones (checked by
//! `tests/layers.rs`):
//! 1. contract: [`abi`] (every layout shared with the lowering, const-checked), [`words`],
//!    [`types`], [`arch`] (the ISA facade: the only asm, registers and signal contexts);
//! 2. state: [`goroutine`] (defer and panic chains, stack bounds, entry frame; the run's
//!    shared state), [`gstack`] (mapped stacks), [`pool`], [`arena`], [`sink`], [`events`],
//!    [`registry`], [`bug`], [`heap`] (the collected heap), [`finalizers`];
//! 3. [`frames`]: the one walker of the frame-pointer chain, and resume points;
//! 4. reports: [`format`](mod@format) (reading and printing values), [`traceback`], [`fatal`],
//!    [`faults`], [`tracer`] (the event record of `deferjit trace`);
//! 5. values and defers: [`memory`], [`collector`] (when to collect, and the roots),
//!    [`strings`], [`errors`], [`defers`];
//! 6. [`panic`](mod@panic): gopanic, gorecover, recovery;
//! 7. signals: [`stackcheck`], [`signals`];
//! 8. goroutines: [`sched`] (the M:1 scheduler), [`chan`] (channels and select), [`sema`]
//!    (package sync's semaphores);
//! 9. builtins: [`print`](mod@print), [`slices`], [`iface`];
//! 10. library entries (the bodyless functions of `lib/`), then the driver: [`run`],
//!    [`thread`], [`symbols`].
#![warn(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]
pub mod abi;
pub mod arch;
pub mod arena;
pub mod benchtimer;
pub mod bug;
pub mod callers;
pub mod chan;
pub mod clock;
pub mod collector;
pub mod complexdiv;
pub mod complexfmt;
#[doc(hidden)]
pub mod debug;
pub mod defers;
pub mod equality;
pub mod errors;
pub mod errtree;
pub mod events;
pub mod fatal;
pub mod faults;
pub mod finalizers;
pub mod floatfmt;
pub mod format;
pub mod formatter;
pub mod frames;
pub mod gcapi;
pub mod goroutine;
pub mod gosyntax;
pub mod gstack;
pub mod heap;
pub mod host;
pub mod iface;
pub mod maps;
pub mod maptable;
pub mod mathfn;
pub mod memory;
pub mod methods;
pub mod osstate;
pub mod panic;
pub mod pool;
pub mod preempt;
pub mod print;
pub mod printf;
pub mod printfscan;
pub mod printint;
pub mod procs;
pub mod quote;
pub mod rangetables;
pub mod reflectlite;
pub mod registry;
pub mod run;
pub mod runes;
pub mod sched;
pub mod sema;
pub mod signals;
pub mod sink;
pub mod slices;
pub mod stackcheck;
pub mod strconv;
pub mod strings;
pub mod symbols;
pub mod thread;
pub mod traceback;
pub mod tracer;
pub mod types;
pub mod unicode;
pub mod words;

pub use run::{run_on_new_thread, EntryPoints, RunConfig, RunOutcome, Session};
pub use sink::Output;
pub use words::Words2;
