//! `deferjit bench` (being written).

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct BenchArgs {
    /// The Go source file
    pub file: PathBuf,
}

pub fn main(a: BenchArgs) -> ExitCode {
    eprintln!("deferjit bench {}: not available yet", a.file.display());
    ExitCode::from(1)
}
