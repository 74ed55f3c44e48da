//! deferjit: compile Go programs to native code with Cranelift, in process, with Go's
//! `defer`, `panic` and `recover` implemented the way the gc toolchain does.
//!
//! Compile once with [`Program::compile`], then [`Program::run`] as often as you like; each
//! run gets fresh package variables and its own arena, and returns an [`Outcome`] with Go's
//! exit status and what the program wrote. A compile error is a [`CompileError`] with Go's
//! position and wording.
//!
//! To watch the runtime's defer and panic work, compile with `Options::trace` and resolve
//! the run's events with [`trace::Trace::resolve`] (the module's example shows it); a
//! run's outcome as data for tools is [`report::RunReport`].
//!
//! ```
//! use deferjit::{DeferStrategy, Options, Program};
//!
//! let src = r#"package main
//!
//! import "fmt"
//!
//! func safeDiv(a, b int) (q int, err error) {
//!     defer func() {
//!         if r := recover(); r != nil {
//!             err = fmt.Errorf("recovered: %v", r)
//!         }
//!     }()
//!     return a / b, nil
//! }
//!
//! func main() {
//!     defer println("deferred")
//!     fmt.Println(safeDiv(7, 2))
//!     println("body")
//!     panic("boom")
//! }
//! "#;
//! // The `#` flag with `%w` is not there yet: the error names it, at its position.
//! let sharp_form = src.replace("%v", "%#w");
//! let Err(err) = Program::compile("demo.go", &sharp_form, &Options::default()) else { panic!() };
//! assert_eq!(
//!     err.to_string(),
//!     "demo.go:8:30: deferjit does not support the # flag with %w in fmt.Errorf's format yet"
//! );
//!
//! for strategy in [DeferStrategy::Open, DeferStrategy::Stack, DeferStrategy::Heap] {
//!     let opts = Options { defer: strategy, ..Options::default() };
//!     let program = Program::compile("demo.go", src, &opts).unwrap();
//!     let outcome = program.run();
//!     assert_eq!(outcome.status, 2); // an unrecovered panic, as in Go
//!     assert_eq!(outcome.stdout, b"3 <nil>\n");
//!     let stderr = String::from_utf8(outcome.stderr).unwrap();
//!     assert!(stderr.starts_with("body\ndeferred\npanic: boom\n\ngoroutine 1 [running]:\nmain.main"));
//! }
//! ```
#![warn(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]

/// The README's examples, compiled and run as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeExamples;

mod argshape;
pub mod bench;
pub mod check;
pub mod diag;
pub mod gen;
pub mod gotest;
pub mod inspect;
pub mod jit;
pub mod report;
pub mod syntax;
pub mod trace;

pub use diag::CompileError;
pub use lowering::strategy::DeferStrategy;
pub use source::Pos;

use lowering::strategy::decide;

/// How to compile and run a program.
#[derive(Clone, Debug)]
pub struct Options {
    /// The defer strategy: gc's rules (`Auto`) or one forced for every function.
    pub defer: DeferStrategy,
    /// Keep the optimized CLIF and machine code of every function (for `dump`).
    pub keep_text: bool,
    /// End a run that takes longer than this (a program that loops forever): stderr gets
    /// `deferjit: run timed out after 2s`, the status is 124 (`runtime::run::STATUS_TIMEOUT`).
    pub timeout: Option<std::time::Duration>,
    /// Cap on the run's live heap (what a collection finds reachable), in bytes.
    pub max_memory: Option<usize>,
    /// Collect before every allocation and poison freed objects (a debug setting; see
    /// `runtime::run::RunConfig::gc_stress`).
    pub gc_stress: bool,
    /// The goroutine's stack limit in bytes (Go's default: 1,000,000,000); exceeding it is
    /// Go's `fatal error: stack overflow` (`runtime: goroutine stack exceeds N-byte limit`).
    pub stack_limit: usize,
    /// The program's command line, its name first (`os.Args` in Go; the CLI passes the
    /// source file's name and the arguments after it; empty: the file name alone).
    pub args: Vec<String>,
    /// The run's environment (`KEY=VALUE` entries) for `os.Getenv` and friends; `None`:
    /// a copy of this process's environment, taken when each run starts. A run's
    /// `os.Setenv` changes only its own copy.
    pub env: Option<Vec<String>>,
    /// What `os.Stdin` reads: nothing (the default), given bytes, or this process's own
    /// standard input.
    pub stdin: runtime::osstate::Stdin,
    /// Append the compiled functions to `/tmp/perf-PID.map` so that `perf` names JIT code.
    pub perf_map: bool,
    /// The seed of `select`'s pseudo-random choice among ready cases: a run's choices
    /// are the same for the same seed.
    pub seed: u64,
    /// `deferjit trace`: compile the code with tracing instrumentation and record up to
    /// this many runtime events per run (see `Outcome::trace`); `None`: untraced code.
    pub trace: Option<usize>,
    /// The name traces (and `runtime.Caller`) give the program's source file instead of
    /// the name it was compiled with, which messages keep: the CLI passes the absolute
    /// path, as gc's traces show it. `None`: the name as given.
    pub trace_path: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            defer: DeferStrategy::Auto,
            keep_text: false,
            timeout: None,
            max_memory: None,
            gc_stress: false,
            stack_limit: runtime::run::GO_MAX_STACK,
            args: Vec::new(),
            env: None,
            stdin: runtime::osstate::Stdin::Empty,
            perf_map: false,
            seed: runtime::run::DEFAULT_SEED,
            trace: None,
            trace_path: None,
        }
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
    /// Bytes the run's arena took from the system (strings, slices, escaping closures).
    pub arena_bytes: usize,
    /// Heap defer records the run's pool allocated (each is reused after its call).
    pub defer_records_allocated: usize,
    /// The heap's counters when the run ended (collections, objects and bytes allocated).
    pub heap: runtime::heap::HeapStats,
    /// Go's fatal text (from `panic:` or `fatal error:` through the trace), when the run
    /// ended that way.
    pub panic_text: Option<String>,
    /// How long the run took (init and main, on its thread).
    pub run_time: std::time::Duration,
    /// The runtime's events, for a program compiled with `Options::trace`.
    pub trace: Option<Box<runtime::events::TraceBuffer>>,
}

/// Parses and type-checks `source`, returning the typed IR (no code generation).
pub fn check_source(file_name: &str, source: &str) -> Result<lowering::ir::Program, CompileError> {
    check::check(file_name, source)
}

/// A compiled program, ready to run any number of times (also from several threads).
pub struct Program {
    ir: lowering::ir::Program,
    code: jit::JitCode,
    opts: Options,
    /// Package-level variables live in the code's data: runs of one program take turns
    /// (runs of different programs proceed in parallel).
    run_lock: std::sync::Mutex<()>,
}

impl Program {
    /// Checks and compiles `source` (named `file_name` in messages and traces).
    pub fn compile(file_name: &str, source: &str, opts: &Options) -> Result<Program, CompileError> {
        let ir = check::check(file_name, source)?;
        Program::from_ir(ir, opts)
    }

    /// Checks and compiles a test file (`x_test.go`: any package name, `func
    /// TestXxx(t *testing.T)` functions, no `func main`); running it runs the tests as
    /// `go test`'s binary does, with the `-test.*` flags of its arguments. See [`gotest`]
    /// for the runner.
    pub fn compile_test(
        file_name: &str,
        source: &str,
        opts: &Options,
    ) -> Result<Program, CompileError> {
        let ir = check::check_test(file_name, source)?;
        Program::from_ir(ir, opts)
    }

    /// Compiles an already checked program.
    pub fn from_ir(ir: lowering::ir::Program, opts: &Options) -> Result<Program, CompileError> {
        let file_name = ir.file_name.clone();
        let file_name = file_name.as_str();
        let lopts = lowering::LowerOptions {
            strategy: opts.defer,
            keep_text: opts.keep_text,
            assume_goroutines: false,
            trace: opts.trace.is_some(),
        };
        let code = jit::compile(&ir, &lopts, opts.trace_path.as_deref()).map_err(|msg| {
            CompileError::new(
                file_name,
                Pos { line: 1, col: 1 },
                format!("internal compiler error: {msg}"),
            )
        })?;
        if opts.perf_map {
            code.write_perf_map().map_err(|e| {
                CompileError::new(
                    file_name,
                    Pos { line: 1, col: 1 },
                    format!("cannot write the perf map: {e}"),
                )
            })?;
        }
        Ok(Program {
            ir,
            code,
            opts: opts.clone(),
            run_lock: std::sync::Mutex::new(()),
        })
    }

    /// The checked program.
    pub fn ir(&self) -> &lowering::ir::Program {
        &self.ir
    }

    /// The compiled code and its metadata.
    pub fn code(&self) -> &jit::JitCode {
        &self.code
    }

    /// Runs `main.init` then `main.main`, capturing stdout and stderr.
    pub fn run(&self) -> Outcome {
        self.execute(runtime::run::Output::Capture, self.args())
    }

    /// Runs the program writing straight to the process's stdout and stderr.
    pub fn run_streaming(&self) -> Outcome {
        self.execute(runtime::run::Output::Stream, self.args())
    }

    /// Runs the program with `args` as its command line after the name (`os.Args[1:]`),
    /// the output going where `output` says.
    pub fn run_with_args(&self, args: &[String], output: runtime::run::Output) -> Outcome {
        let name = self.args().into_iter().next().unwrap_or_default();
        self.execute(
            output,
            std::iter::once(name).chain(args.iter().cloned()).collect(),
        )
    }

    /// Takes this program's turn to run (waiting for a run in progress to end) and resets
    /// its package-level variables to zero. Anything that runs the program's code itself
    /// (the benchmark runner's session) holds the guard for as long as it runs.
    pub fn begin_run(&self) -> RunTurn<'_> {
        let guard = self.run_lock.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: we hold the run lock, so no run of this code is in progress.
        unsafe { self.code.reset_globals() };
        RunTurn { _guard: guard }
    }

    /// The run's `os.Args`: the options' command line, or the file name alone.
    fn args(&self) -> Vec<String> {
        if self.opts.args.is_empty() {
            vec![self.ir.file_name.clone()]
        } else {
            self.opts.args.clone()
        }
    }

    fn execute(&self, output: runtime::run::Output, args: Vec<String>) -> Outcome {
        let _turn = self.begin_run();
        let init = self.code.go_funcs[self.ir.init.0 as usize];
        let main = self.ir.main.map(|m| self.code.go_funcs[m.0 as usize]);
        let entries = self.code.entry_points();
        let config = runtime::run::RunConfig {
            output,
            stack_size: self.opts.stack_limit,
            max_memory: self.opts.max_memory,
            args,
            env: self.opts.env.clone(),
            stdin: self.opts.stdin.clone(),
            seed: self.opts.seed,
            trace_events: self.opts.trace,
            globals: self.code.global_roots.clone(),
            gc_stress: self.opts.gc_stress,
        };
        let streaming = !output.captures();
        let started = std::time::Instant::now();
        let run = runtime::run::run_with_timeout(entries, config, self.opts.timeout, move |s| {
            let _ = s.call0(init, 0).and_then(|()| match main {
                Some(main) => s.call0(main, 0),
                None => Ok(()),
            });
            (s.arena_bytes(), s.defer_records_allocated(), s.heap_stats())
        });
        let run_time = started.elapsed();
        let out = match run {
            Ok(out) => out,
            Err(e) => {
                let msg = format!("deferjit: cannot start the run: {e}\n");
                if streaming {
                    eprint!("{msg}");
                }
                return Outcome {
                    status: runtime::run::STATUS_START_FAILED,
                    stderr: if streaming {
                        Vec::new()
                    } else {
                        msg.into_bytes()
                    },
                    ..Outcome::default()
                };
            }
        };
        Outcome {
            status: out.status,
            stdout: out.stdout,
            stderr: out.stderr,
            arena_bytes: out.value.0,
            heap: out.value.2,
            defer_records_allocated: out.value.1,
            panic_text: out.panic_text,
            run_time,
            trace: out.trace,
        }
    }
}

/// A program's turn to run (see [`Program::begin_run`]): runs of one program take turns
/// because they share its package-level variables, which start zeroed for every run.
pub struct RunTurn<'a> {
    _guard: std::sync::MutexGuard<'a, ()>,
}

/// `deferjit explain`: one line per defer statement in gc's `-d=defer` format followed by
/// the reason, in source order.
pub fn explain(
    file_name: &str,
    source: &str,
    strategy: DeferStrategy,
) -> Result<Vec<String>, CompileError> {
    let ir = check::check(file_name, source)?;
    let mut lines = Vec::new();
    // The user's defers (a library package's keep gc's choices and are not listed).
    for f in ir.funcs.iter().filter(|f| !f.is_library()) {
        for (site, d) in f.defers.iter().zip(decide(f, strategy)) {
            // gc prints nothing for a defer in dead code.
            if site.gc_view != lowering::ir::GcView::Live {
                continue;
            }
            lines.push((
                site.pos,
                format!(
                    "{}:{}:{}: {} ({})",
                    file_name,
                    site.pos.line,
                    site.pos.col,
                    d.kind.gc_text(),
                    d.reason
                ),
            ));
        }
    }
    lines.sort_by_key(|l| l.0);
    Ok(lines.into_iter().map(|l| l.1).collect())
}
