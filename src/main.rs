//! The `deferjit` command line: parses arguments and dispatches to one module per
//! subcommand (`src/cli/`).

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod cli;

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

#[derive(Subcommand)]
enum Command {
    /// Run a program; output and exit status as Go's compiled binary would give
    Run(cli::run::RunArgs),
    /// Print, per defer statement, the strategy it gets and why (gc's -d=defer format)
    Explain(cli::explain::ExplainArgs),
    /// Show the generated Cranelift IR and machine code, annotated
    Dump(cli::dump::DumpArgs),
    /// Run the BenchmarkXxx functions of a file under each defer strategy
    Bench(cli::bench::BenchArgs),
    /// Run the TestXxx functions of a test file as `go test FILE` does (Go's flag
    /// spelling accepted: -v, -run, -count, -bench)
    Test(cli::test::TestArgs),
    /// Run a program and show the runtime's work event by event: defers registered and
    /// run, panics and their walk, recover() and its verdict, the resume
    Trace(cli::trace::TraceArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse_from(cli::test::go_flag_spelling(std::env::args_os().collect()));
    match cli.command {
        Command::Run(a) => cli::run::main(a),
        Command::Explain(a) => cli::explain::main(a),
        Command::Dump(a) => cli::dump::main(a),
        Command::Bench(a) => cli::bench::main(a),
        Command::Test(a) => cli::test::main(a),
        Command::Trace(a) => cli::trace::main(a),
    }
}
