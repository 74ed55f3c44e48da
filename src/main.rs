//! The `deferjit` command line: run a Go-subset program, explain its defer strategies.

use clap::{Parser, Subcommand, ValueEnum};
use deferjit::{DeferStrategy, Options, Program};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "deferjit",
    version,
    about = "Compile a subset of Go with Cranelift and run it in process, with gc's defer strategies",
    long_about = "deferjit compiles a one-file Go program (a subset of Go 1.23) to native code with \
Cranelift and runs it in process. defer, panic and recover are implemented the way the gc \
toolchain does: open-coded defers, stack- and heap-allocated defer records, and a runtime that \
walks the real machine frames to recover."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Strategy {
    /// gc's rules (open-coded where allowed, else stack records; heap records in loops)
    Auto,
    /// open-code every function's defers where possible
    Open,
    /// stack-allocated records for every defer not in a loop
    Stack,
    /// heap-allocated records for every defer
    Heap,
}

impl From<Strategy> for DeferStrategy {
    fn from(s: Strategy) -> DeferStrategy {
        match s {
            Strategy::Auto => DeferStrategy::Auto,
            Strategy::Open => DeferStrategy::Open,
            Strategy::Stack => DeferStrategy::Stack,
            Strategy::Heap => DeferStrategy::Heap,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run a program; output and exit status as Go's compiled binary would give
    Run {
        /// The Go source file
        file: PathBuf,
        /// Defer strategy for every function
        #[arg(long = "defer", value_enum, default_value = "auto")]
        strategy: Strategy,
    },
    /// Print, per defer statement, the strategy it gets and why (gc's -d=defer format)
    Explain {
        /// The Go source file
        file: PathBuf,
        /// Defer strategy for every function
        #[arg(long = "defer", value_enum, default_value = "auto")]
        strategy: Strategy,
    },
}

fn read_source(file: &PathBuf) -> Result<(String, String), ExitCode> {
    let name = file.to_string_lossy().to_string();
    match std::fs::read(file) {
        Ok(bytes) => Ok((name, String::from_utf8_lossy(&bytes).into_owned())),
        Err(e) => {
            eprintln!("deferjit: cannot read {name}: {e}");
            Err(ExitCode::from(1))
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run { file, strategy } => {
            let (name, src) = match read_source(&file) {
                Ok(x) => x,
                Err(c) => return c,
            };
            let opts = Options { defer: strategy.into(), ..Options::default() };
            let prog = match Program::compile(&name, &src, &opts) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(1);
                }
            };
            let outcome = prog.run_streaming();
            ExitCode::from(outcome.status.clamp(0, 255) as u8)
        }
        Command::Explain { file, strategy } => {
            let (name, src) = match read_source(&file) {
                Ok(x) => x,
                Err(c) => return c,
            };
            match deferjit::explain(&name, &src, strategy.into()) {
                Ok(lines) => {
                    for l in lines {
                        println!("{l}");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(1)
                }
            }
        }
    }
}
