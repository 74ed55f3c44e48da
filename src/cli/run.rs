//! `deferjit run`: compile and run a program, streaming its output, exiting with its status.
//!
//! Exit status: the program's (0; 2 after a fatal panic or fatal error such as a stack
//! overflow or running out of memory; `n` after `os.Exit(n)`), 1 when it does not compile,
//! 124 when `--timeout` ended it (`deferjit: run timed out after ...` on stderr), 70 after
//! an unexpected fault in generated code (a deferjit bug, reported with the function), 71
//! when the run could not start (its stack or thread refused by the system); clap's 2 for
//! an impossible option value (`--stack-limit 0`).

use super::{read_source, Strategy};
use clap::Args;
use deferjit::{Options, Program};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// What every command that runs a program takes: the file, the program's arguments, the
/// strategy and the run's limits (`run` and `trace` flatten it into their arguments).
#[derive(Args)]
pub struct ProgramArgs {
    /// The Go source file (`-` reads it from standard input)
    pub file: PathBuf,
    /// Arguments for the program (what `os.Args[1:]` holds in Go); everything after FILE
    /// goes to the program, flags included
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "ARGS"
    )]
    pub args: Vec<String>,
    /// Defer strategy for every function
    #[arg(long = "defer", value_enum, default_value = "auto")]
    pub strategy: Strategy,
    /// End the run after this long (e.g. 2s, 500ms, 1.5s, 1m; a bare number is seconds):
    /// the message `deferjit: run timed out after 2s` and exit status 124
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<Duration>,
    /// Cap on the run's live heap (what survives a collection), in bytes (suffixes k, M,
    /// G = 1000^n; KiB, MiB, GiB = 1024^n); exceeding it is Go's
    /// `fatal error: runtime: out of memory`, status 2
    #[arg(long, value_name = "BYTES", value_parser = parse_bytes)]
    pub max_memory: Option<usize>,
    /// The goroutine's stack limit in bytes (same suffixes; default 1000000000, Go's;
    /// reserved as address space, not memory); exceeding it is Go's
    /// `fatal error: stack overflow`, status 2
    #[arg(long, value_name = "BYTES", value_parser = parse_stack_limit)]
    pub stack_limit: Option<usize>,
    /// Collect garbage before every allocation and poison what is freed: slow, for
    /// finding objects freed while still in use (as gc's GODEBUG=gcstoptheworld=2,clobberfree=1)
    #[arg(long)]
    pub gc_stress: bool,
}

impl ProgramArgs {
    /// Reads the source: `(name as given, text, options)` with these arguments applied
    /// (`os.Args`, standard input, the absolute path traces show); errors are reported
    /// and turned into exit status 1.
    pub fn load(&self) -> Result<(String, String, Options), ExitCode> {
        let (name, src) = read_source(&self.file)?;
        let defaults = Options::default();
        let opts = Options {
            defer: self.strategy.into(),
            timeout: self.timeout,
            max_memory: self.max_memory,
            stack_limit: self.stack_limit.unwrap_or(defaults.stack_limit),
            args: std::iter::once(name.clone())
                .chain(self.args.iter().cloned())
                .collect(),
            // The program reads deferjit's own standard input, unless that held its source.
            stdin: if self.file.as_os_str() == "-" {
                runtime::osstate::Stdin::Empty
            } else {
                runtime::osstate::Stdin::Inherit
            },
            trace_path: super::trace_path(&self.file),
            gc_stress: self.gc_stress,
            ..defaults
        };
        Ok((name, src, opts))
    }
}

#[derive(Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub program: ProgramArgs,
    /// Write /tmp/perf-PID.map so that `perf record`/`perf report` name the JIT-compiled
    /// functions (`main.f`, `main.main.func1`)
    #[arg(long)]
    pub perf_map: bool,
    /// Seed of `select`'s pseudo-random choice among ready cases (default 1): the same
    /// seed makes the same choices
    #[arg(long, value_name = "N", default_value_t = runtime::run::DEFAULT_SEED)]
    pub seed: u64,
    /// Instead of streaming the program's output, print one JSON object when it ends:
    /// exit status, stdout, stderr, the panic chain and the goroutine traces as data,
    /// compile and run times, arena bytes and defer records allocated (the exit status is
    /// still the program's; a compile error is printed as usual, status 1)
    #[arg(long)]
    pub json: bool,
}

/// `2s`, `500ms`, `1.5s`, `1m`, `250us`, `1h`, or a bare number of seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let v: f64 = num
        .parse()
        .map_err(|_| format!("invalid duration `{s}` (e.g. 2s, 500ms, 1m)"))?;
    let secs = match unit {
        "" | "s" => v,
        "ms" => v / 1e3,
        "us" | "µs" => v / 1e6,
        "ns" => v / 1e9,
        "m" => v * 60.0,
        "h" => v * 3600.0,
        _ => {
            return Err(format!(
                "invalid duration unit `{unit}` (use ns, us, ms, s, m or h)"
            ))
        }
    };
    if !secs.is_finite() || secs <= 0.0 || secs > 1e9 {
        return Err(format!("duration `{s}` out of range"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// `1000000`, `64k`, `16M`, `1G`, `64KiB`, `16MiB`, `1GiB` (case-insensitive, optional `B`).
pub fn parse_bytes(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: usize = num
        .parse()
        .map_err(|_| format!("invalid size `{s}` (e.g. 64MiB, 1000000)"))?;
    let mult: usize = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "invalid size unit `{unit}` (use k, M, G, KiB, MiB or GiB)"
            ))
        }
    };
    n.checked_mul(mult)
        .ok_or_else(|| format!("size `{s}` too large"))
}

/// A stack limit: a size (see [`parse_bytes`]) of at least one byte that this process can
/// reserve as address space (`runtime::thread::check_stack_limit`).
pub fn parse_stack_limit(s: &str) -> Result<usize, String> {
    let n = parse_bytes(s)?;
    runtime::thread::check_stack_limit(n)?;
    Ok(n)
}

pub fn main(a: RunArgs) -> ExitCode {
    let (name, src, opts) = match a.program.load() {
        Ok(x) => x,
        Err(c) => return c,
    };
    let opts = Options {
        perf_map: a.perf_map,
        seed: a.seed,
        ..opts
    };
    let started = std::time::Instant::now();
    let prog = match Program::compile(&name, &src, &opts) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let compile_time = started.elapsed();
    let outcome = if a.json {
        prog.run()
    } else {
        prog.run_streaming()
    };
    if a.json {
        use std::io::Write;
        let report = deferjit::report::RunReport::new(&outcome, compile_time);
        let text = serde_json::to_string_pretty(&report).unwrap_or_default();
        let mut out = std::io::stdout().lock();
        // A closed pipe is not an error worth a message.
        let _ = writeln!(out, "{text}").and_then(|()| out.flush());
    }
    ExitCode::from(outcome.status.clamp(0, 255) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_sizes() {
        assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("1.5"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("1m"), Ok(Duration::from_secs(60)));
        assert!(parse_duration("abc").is_err());
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("5 parsecs").is_err());
        assert_eq!(parse_bytes("16MiB"), Ok(16 << 20));
        assert_eq!(parse_bytes("64k"), Ok(64_000));
        assert_eq!(parse_bytes("1000"), Ok(1000));
        assert!(parse_bytes("12 apples").is_err());
        assert_eq!(parse_stack_limit("32GiB"), Ok(32 << 30));
        assert!(parse_stack_limit("0").is_err());
        assert!(parse_stack_limit("1000000000000000000").is_err());
    }
}
