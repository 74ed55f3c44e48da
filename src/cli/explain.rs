//! `deferjit explain`: gc's `-d=defer` verdict for every defer statement, with the reason.

use super::{read_source, Strategy};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct ExplainArgs {
    /// The Go source file
    pub file: PathBuf,
    /// Defer strategy for every function
    #[arg(long = "defer", value_enum, default_value = "auto")]
    pub strategy: Strategy,
}

pub fn main(a: ExplainArgs) -> ExitCode {
    let (name, src) = match read_source(&a.file) {
        Ok(x) => x,
        Err(c) => return c,
    };
    match deferjit::explain(&name, &src, a.strategy.into()) {
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
