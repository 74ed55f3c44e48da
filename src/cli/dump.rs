//! `deferjit dump` (being written).

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct DumpArgs {
    /// The Go source file
    pub file: PathBuf,
}

pub fn main(a: DumpArgs) -> ExitCode {
    eprintln!("deferjit dump {}: not available yet", a.file.display());
    ExitCode::from(1)
}
