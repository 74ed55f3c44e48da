//! `deferjit test`: runs a test file's `TestXxx` functions (and, with `-bench`, its
//! `BenchmarkXxx` functions) and prints what `go test FILE` prints: the test binary's
//! output (streamed with `-v` or `-bench`, otherwise shown only when a test failed), then
//! the go command's `ok`/`FAIL` line for the package `command-line-arguments`.
//!
//! Go's flag spelling (`-run X`, `-count=2`, `-test.v`) is accepted as well as `--run`:
//! [`go_flag_spelling`] rewrites it before clap parses the command line.
//!
//! Exit status: 0 when every test passed, 1 otherwise (a compile error, a failed test, a
//! panic, a benchmark that failed), as the go command's.

use super::run::{parse_bytes, parse_duration, parse_stack_limit};
use super::{read_source, Strategy};
use clap::Args;
use deferjit::bench::{self, BenchTime, Bencher, NameColumn};
use deferjit::gotest::{TestFile, TestFlags, COMMAND_LINE_PACKAGE, NO_TESTS_TO_RUN};
use deferjit::Options;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Args)]
#[command(args_override_self = true)]
pub struct TestArgs {
    /// The Go test file (`x_test.go`: any package name, `func TestXxx(t *testing.T)`
    /// functions, no `func main`)
    pub file: PathBuf,
    /// Verbose: print every test's `=== RUN` and `--- PASS` lines and its logs as they come
    #[arg(short = 'v')]
    pub verbose: bool,
    /// Run only the tests matching this regular expression (subtests by `/`-separated
    /// elements: `TestA/sub`)
    #[arg(long, value_name = "REGEXP")]
    pub run: Option<String>,
    /// Do not run the tests matching this regular expression
    #[arg(long, value_name = "REGEXP")]
    pub skip: Option<String>,
    /// Run each test (and benchmark) N times
    #[arg(long, value_name = "N")]
    pub count: Option<u32>,
    /// testing.Short() reports true
    #[arg(long)]
    pub short: bool,
    /// Start no new test after the first failure
    #[arg(long)]
    pub failfast: bool,
    /// Run at most N parallel tests (t.Parallel) at once (default: the number of CPUs)
    #[arg(long, value_name = "N")]
    pub parallel: Option<u32>,
    /// Also run the benchmarks matching this regular expression (`.` for all), after
    /// the tests, as `deferjit bench` measures them
    #[arg(long, value_name = "REGEXP")]
    pub bench: Option<String>,
    /// Run each benchmark for at least this long (1s, 500ms), or exactly N iterations (100x)
    #[arg(long, default_value = "1s", value_parser = parse_benchtime)]
    pub benchtime: BenchTime,
    /// Print bytes and objects allocated per op with each benchmark result
    #[arg(long)]
    pub benchmem: bool,
    /// Defer strategy for every function
    #[arg(long = "defer", value_enum, default_value = "auto")]
    pub strategy: Strategy,
    /// Fail with Go's `panic: test timed out after ...` (naming the running tests) when
    /// the tests take longer (go test's default: 10m); the run ends a minute later
    /// whatever it does
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, default_value = "10m")]
    pub timeout: Duration,
    /// Cap on the run's heap, in bytes (suffixes k, M, G, KiB, MiB, GiB)
    #[arg(long, value_name = "BYTES", value_parser = parse_bytes)]
    pub max_memory: Option<usize>,
    /// The goroutine's stack limit in bytes (default 1000000000, Go's)
    #[arg(long, value_name = "BYTES", value_parser = parse_stack_limit)]
    pub stack_limit: Option<usize>,
}

fn parse_benchtime(s: &str) -> Result<BenchTime, String> {
    s.parse()
}

/// The flags `deferjit test` takes in Go's spelling too: `-run`, `-run=X`, `-test.run`.
const GO_FLAGS: &[&str] = &[
    "run",
    "skip",
    "count",
    "short",
    "failfast",
    "parallel",
    "bench",
    "benchtime",
    "benchmem",
    "timeout",
    "v",
];

/// Rewrites Go's single-dash flags after `test` into clap's spelling: `-run X` and
/// `-test.run X` become `--run X`, `-v` and `-test.v` become `-v`, `-v=true` `-v`
/// (`-v=false` is dropped). Other arguments are left alone.
pub fn go_flag_spelling(args: Vec<OsString>) -> Vec<OsString> {
    if args.get(1).is_none_or(|a| a != "test") {
        return args;
    }
    let mut out = Vec::with_capacity(args.len());
    let mut after_separator = false;
    for (i, a) in args.into_iter().enumerate() {
        let Some(s) = a.to_str().filter(|_| i > 1 && !after_separator) else {
            out.push(a);
            continue;
        };
        if s == "--" {
            after_separator = true;
            out.push(a);
            continue;
        }
        let Some(flag) = s.strip_prefix('-').filter(|f| !f.starts_with('-')) else {
            out.push(a);
            continue;
        };
        let flag = flag.strip_prefix("test.").unwrap_or(flag);
        let (name, value) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (flag, None),
        };
        if !GO_FLAGS.contains(&name) {
            out.push(a);
            continue;
        }
        let boolean = matches!(name, "v" | "short" | "failfast" | "benchmem");
        match (boolean, value) {
            (true, Some("false")) => {}
            (true, _) if name == "v" => out.push("-v".into()),
            (true, _) => out.push(format!("--{name}").into()),
            (false, Some(v)) => out.push(format!("--{name}={v}").into()),
            (false, None) => out.push(format!("--{name}").into()),
        }
    }
    out
}

pub fn main(a: TestArgs) -> ExitCode {
    let (name, src) = match read_source(&a.file) {
        Ok(x) => x,
        Err(c) => return c,
    };
    if !name.ends_with("_test.go") {
        // The go command's verdict on a package given by files none of which is a test.
        println!("?   \t{COMMAND_LINE_PACKAGE}\t[no test files]");
        return ExitCode::SUCCESS;
    }
    let defaults = Options::default();
    let opts = Options {
        defer: a.strategy.into(),
        // Package testing's alarm reports a timeout as Go's does; the run itself ends a
        // minute later, as the go command kills a test binary that outlives its alarm.
        timeout: Some(a.timeout + std::time::Duration::from_secs(60)),
        max_memory: a.max_memory,
        stack_limit: a.stack_limit.unwrap_or(defaults.stack_limit),
        args: vec![name.clone()],
        trace_path: super::trace_path(&a.file),
        ..defaults
    };
    let mut stdout = std::io::stdout().lock();
    let start = Instant::now();
    let file = match TestFile::compile(&name, &src, &opts) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("# {COMMAND_LINE_PACKAGE}\n{e}");
            let what = if e.msg.starts_with("wrong signature for ")
                || e.msg == "multiple definitions of TestMain"
            {
                "setup failed"
            } else {
                "build failed"
            };
            let _ = writeln!(stdout, "FAIL\t{COMMAND_LINE_PACKAGE} [{what}]\nFAIL");
            return ExitCode::from(1);
        }
    };
    let flags = TestFlags {
        verbose: a.verbose,
        run: a.run.clone(),
        skip: a.skip.clone(),
        count: a.count,
        short: a.short,
        failfast: a.failfast,
        parallel: a.parallel,
        timeout: Some(a.timeout),
        bench: a.bench.clone(),
    };
    // The go command streams a single package's output with -v or -bench, and shows it
    // otherwise only when the package failed.
    let stream = a.verbose || a.bench.is_some();
    drop(stdout);
    let outcome = file.run(&flags, stream);
    let mut stdout = std::io::stdout().lock();
    let mut output = outcome.stdout;
    let mut ok = outcome.status == 0;
    // The test binary's status (benchmarks that fail make it 1).
    let mut status = outcome.status;
    if ok {
        if let Some(pattern) = &a.bench {
            match run_benchmarks(file, &opts, &a, pattern, &mut stdout) {
                Ok(bench_ok) => ok = bench_ok,
                Err(msg) => {
                    let _ = writeln!(stdout, "{msg}");
                    ok = false;
                }
            }
            let _ = writeln!(stdout, "{}", if ok { "PASS" } else { "FAIL" });
            output.extend_from_slice(if ok { b"PASS\n" } else { b"FAIL\n" });
            if !ok {
                status = 1;
            }
        }
    }
    let elapsed = format!("{:.3}s", start.elapsed().as_secs_f64());
    if !stream && !ok {
        let _ = stdout.write_all(&output);
    }
    if ok {
        if stream && !output.is_empty() && !output.ends_with(b"\n") {
            let _ = writeln!(stdout);
        }
        let text = String::from_utf8_lossy(&output);
        let norun = if text.starts_with(NO_TESTS_TO_RUN)
            || text.contains(&format!("\n{NO_TESTS_TO_RUN}"))
        {
            " [no tests to run]"
        } else {
            ""
        };
        let _ = writeln!(stdout, "ok  \t{COMMAND_LINE_PACKAGE}\t{elapsed}{norun}");
        let _ = stdout.flush();
        return ExitCode::SUCCESS;
    }
    // The go command names the status when it saw no output: it did not read the
    // binary's output with -bench (streamed straight through).
    if output.is_empty() || a.bench.is_some() {
        if !output.is_empty() && !output.ends_with(b"\n") {
            let _ = writeln!(stdout);
        }
        let _ = writeln!(stdout, "exit status {status}");
    } else if !output.ends_with(b"\n") {
        let _ = writeln!(stdout);
    }
    let _ = writeln!(stdout, "FAIL\t{COMMAND_LINE_PACKAGE}\t{elapsed}\nFAIL");
    let _ = stdout.flush();
    ExitCode::from(1)
}

/// Go's `-bench` matching of a top-level benchmark name: the pattern's first
/// `/`-separated element, an unanchored regular expression.
fn bench_matcher(pattern: &str) -> Result<regex::Regex, String> {
    let first = pattern.split('/').next().unwrap_or("");
    regex::Regex::new(first).map_err(|e| format!("testing: invalid regexp for -test.bench: {e}"))
}

/// Runs the matching benchmarks as `go test -bench` does, printing the header and a
/// result line per benchmark; `Ok(false)` when one failed.
fn run_benchmarks(
    file: TestFile,
    opts: &Options,
    a: &TestArgs,
    pattern: &str,
    out: &mut impl Write,
) -> Result<bool, String> {
    let matcher = bench_matcher(pattern)?;
    let mut bencher = Bencher::from_program(file.into_program(), opts);
    let names: Vec<String> = bencher
        .benchmarks()
        .into_iter()
        .filter(|n| matcher.is_match(n))
        .collect();
    if names.is_empty() {
        return Ok(true);
    }
    let procs = bench::gomaxprocs();
    let mut column = NameColumn::new(names.iter().map(String::as_str), procs);
    let _ = write!(out, "{}", bench::header(""));
    let mut ok = true;
    for name in &names {
        let index = bencher.find(name).expect("a listed benchmark");
        for _ in 0..a.count.unwrap_or(1) {
            column.starting(name);
            if a.verbose {
                let _ = writeln!(out, "{name}");
            }
            let _ = out.flush();
            match bencher.launch(index, a.benchtime, |_| {}) {
                Ok(l) => {
                    let mem = if a.benchmem || l.last.report_allocs {
                        format!("\t{}", bench::mem_string(&l.last))
                    } else {
                        String::new()
                    };
                    let _ = writeln!(
                        out,
                        "{}{}{mem}",
                        column.prefix(name),
                        bench::result_line(&l.last)
                    );
                }
                Err(e) => {
                    ok = false;
                    let _ = writeln!(out, "--- FAIL: {}", bench::benchmark_name(name, procs));
                    for line in e.to_string().lines() {
                        let _ = writeln!(out, "    {line}");
                    }
                    break;
                }
            }
        }
    }
    Ok(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spell(args: &[&str]) -> Vec<String> {
        go_flag_spelling(args.iter().map(OsString::from).collect())
            .into_iter()
            .map(|a| a.into_string().unwrap())
            .collect()
    }

    #[test]
    fn go_flags_become_clap_flags() {
        assert_eq!(
            spell(&["dj", "test", "-v", "x_test.go", "-run", "TestA", "-count=2"]),
            [
                "dj",
                "test",
                "-v",
                "x_test.go",
                "--run",
                "TestA",
                "--count=2"
            ]
        );
        assert_eq!(
            spell(&[
                "dj",
                "test",
                "-test.v=true",
                "-test.run=^A$",
                "-short",
                "a_test.go"
            ]),
            ["dj", "test", "-v", "--run=^A$", "--short", "a_test.go"]
        );
        assert_eq!(
            spell(&["dj", "test", "-v=false", "--defer", "open", "a_test.go"]),
            ["dj", "test", "--defer", "open", "a_test.go"]
        );
        // Other subcommands, and a program's own arguments, are left alone.
        assert_eq!(
            spell(&["dj", "run", "a.go", "-run"]),
            ["dj", "run", "a.go", "-run"]
        );
    }

    #[test]
    fn bench_patterns_match_as_go_does() {
        let m = bench_matcher("Add/sub").unwrap();
        assert!(m.is_match("BenchmarkAdd"));
        assert!(!m.is_match("BenchmarkMul"));
        assert!(bench_matcher(".").unwrap().is_match("BenchmarkMul"));
        assert!(bench_matcher("(").is_err());
    }
}
