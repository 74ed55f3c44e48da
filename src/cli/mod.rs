//! One module per subcommand, plus what they share (reading the source, the strategy flag).

pub mod bench;
pub mod dump;
pub mod explain;
pub mod run;
pub mod test;
pub mod trace;

use clap::ValueEnum;
use deferjit::DeferStrategy;
use std::path::Path;
use std::process::ExitCode;

/// The `--defer` flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Strategy {
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

/// Reads a source file, or standard input for `-`: (name as given, text). Errors are
/// reported and turned into exit status 1.
pub fn read_source(file: &Path) -> Result<(String, String), ExitCode> {
    use std::io::Read;
    let stdin = file == Path::new("-");
    let name = if stdin {
        "<stdin>".to_string()
    } else {
        file.to_string_lossy().to_string()
    };
    let mut bytes = Vec::new();
    let read = if stdin {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(file).map(|b| bytes = b)
    };
    match read {
        Ok(()) => Ok((name, String::from_utf8_lossy(&bytes).into_owned())),
        Err(e) => {
            eprintln!("deferjit: cannot read {name}: {e}");
            Err(ExitCode::from(1))
        }
    }
}
