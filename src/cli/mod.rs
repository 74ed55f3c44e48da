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
/// The name traces give the source file `file` (see `Options::trace_path`): its absolute
/// path as the go command makes it, the working directory (`$PWD` when it names it, as
/// Go's `os.Getwd` prefers, so a symbolic link in it stays) joined with `file` and
/// cleaned lexically (`..` removed without resolving symbolic links). `None` for the
/// standard input, or when the working directory is unknown.
pub fn trace_path(file: &Path) -> Option<String> {
    if file == Path::new("-") {
        return None;
    }
    let full = if file.is_absolute() {
        file.to_path_buf()
    } else {
        working_dir()?.join(file)
    };
    Some(clean_absolute(&full.to_string_lossy()))
}

/// Go's `os.Getwd`: `$PWD` if it is an absolute name of the current directory, else the
/// system's name for it.
fn working_dir() -> Option<std::path::PathBuf> {
    use std::os::unix::fs::MetadataExt;
    if let Some(pwd) = std::env::var_os("PWD").map(std::path::PathBuf::from) {
        if pwd.is_absolute() {
            if let (Ok(a), Ok(b)) = (std::fs::metadata(&pwd), std::fs::metadata(".")) {
                if (a.dev(), a.ino()) == (b.dev(), b.ino()) {
                    return Some(pwd);
                }
            }
        }
    }
    std::env::current_dir().ok()
}

/// Go's `filepath.Clean` of an absolute path: no empty or `.` elements, each `..` removing
/// the element before it (at the root, nothing).
fn clean_absolute(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for p in path.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

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
