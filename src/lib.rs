//! deferjit: compile a subset of Go to native code with Cranelift, in process, with Go's
//! `defer`, `panic` and `recover` implemented the way the gc toolchain does.
//!
//! (Crate docs with a worked example are written once the pipeline runs end to end.)

pub mod check;
pub mod diag;
pub mod syntax;

pub use diag::CompileError;
pub use lowering::ir::Pos;
pub use lowering::strategy::DeferStrategy;

/// How to compile and run a program.
#[derive(Clone, Debug)]
pub struct Options {
    /// The defer strategy: gc's rules (`Auto`) or one forced for every function.
    pub defer: DeferStrategy,
}

impl Default for Options {
    fn default() -> Options {
        Options { defer: DeferStrategy::Auto }
    }
}

/// What a run did: Go's exit status and the bytes written to stdout and stderr.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// 0 on a normal return from `main`, 2 after an unrecovered panic, `n` after `os.Exit(n)`.
    pub status: i32,
    /// Captured stdout (empty when streaming to the real one).
    pub stdout: Vec<u8>,
    /// Captured stderr (empty when streaming to the real one).
    pub stderr: Vec<u8>,
}

/// Parses and type-checks `source`, returning the typed IR (no code generation).
pub fn check_source(file_name: &str, source: &str) -> Result<lowering::ir::Program, CompileError> {
    check::check(file_name, source)
}
