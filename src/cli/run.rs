//! `deferjit run`: compile and run a program, streaming its output, exiting with its status.

use super::{read_source, Strategy};
use clap::Args;
use deferjit::{Options, Program};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct RunArgs {
    /// The Go source file
    pub file: PathBuf,
    /// Defer strategy for every function
    #[arg(long = "defer", value_enum, default_value = "auto")]
    pub strategy: Strategy,
}

pub fn main(a: RunArgs) -> ExitCode {
    let (name, src) = match read_source(&a.file) {
        Ok(x) => x,
        Err(c) => return c,
    };
    let opts = Options { defer: a.strategy.into(), ..Options::default() };
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
