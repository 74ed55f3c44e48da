//! Running a Go test file's `func TestXxx(t *testing.T)` functions in process, as
//! `go test` does: the library side of `deferjit test`.
//!
//! [`TestFile::compile`] checks and compiles a `_test.go` file once; its entry hands the
//! tests to deferjit's package testing (lib/testing), which runs each in its own
//! goroutine and prints what Go's test binary prints. [`TestFile::run`] runs them all
//! with `go test`'s flags ([`TestFlags`]) and returns the binary's merged output and
//! status; [`TestFile::run_test`] runs one test alone and reports it as a
//! [`TestResult`], so that a `cargo test` harness can run Go test files one test per
//! case.
//!
//! ```
//! use deferjit::gotest::{TestFile, TestStatus};
//! use deferjit::Options;
//!
//! let src = r#"package calc
//!
//! import "testing"
//!
//! func add(a, b int) int { return a + b }
//!
//! func TestAdd(t *testing.T) {
//!     if got := add(2, 2); got != 4 {
//!         t.Fatalf("add(2, 2) = %d", got)
//!     }
//! }
//!
//! func TestWrong(t *testing.T) {
//!     t.Fatal("always fails")
//!     t.Log("not reached: Fatal ends the test")
//! }
//! "#;
//! let file = TestFile::compile("calc_test.go", src, &Options::default()).unwrap();
//! assert_eq!(file.tests(), ["TestAdd", "TestWrong"]);
//! let results: Vec<_> = file.tests().iter().map(|t| file.run_test(t)).collect();
//! assert_eq!(results[0].status, TestStatus::Passed);
//! assert_eq!(results[1].status, TestStatus::Failed);
//! assert!(results[1].output.contains("    calc_test.go:14: always fails\n--- FAIL: TestWrong"));
//! ```

use crate::{CompileError, Options, Outcome, Program};
use runtime::run::Output;

/// The import path `go test` gives a package named by its files.
pub const COMMAND_LINE_PACKAGE: &str = "command-line-arguments";

/// What package testing prints (on stderr) when no test matched `-run`; the go command
/// adds ` [no tests to run]` to its `ok` line when it sees it.
pub const NO_TESTS_TO_RUN: &str = "testing: warning: no tests to run\n";

/// `go test`'s flags that reach the test binary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TestFlags {
    /// `-v`: print every test's `=== RUN` and result line and its logs as they come.
    pub verbose: bool,
    /// `-run`: run only the tests (and subtests, by `/`-separated elements) matching.
    pub run: Option<String>,
    /// `-skip`: do not run the tests matching.
    pub skip: Option<String>,
    /// `-count`: run each test this many times (`None`: once).
    pub count: Option<u32>,
    /// `-short`: `testing.Short()` reports true.
    pub short: bool,
    /// `-failfast`: no new test starts after the first failure.
    pub failfast: bool,
    /// `-parallel`: how many parallel tests may run at once (`None`: the number of CPUs).
    pub parallel: Option<u32>,
    /// `-timeout`: what `t.Deadline()` reports, counted from the start of the tests
    /// (the run's own deadline is [`Options::timeout`]).
    pub timeout: Option<std::time::Duration>,
    /// `-bench` was given: benchmarks follow the tests, so the binary leaves out its
    /// final `PASS`/`FAIL` line for the runner to print after them.
    pub bench: Option<String>,
}

impl TestFlags {
    /// The flags in the test binary's spelling (`-test.v=true`, `-test.run=RE`), as
    /// package testing reads them from `os.Args`.
    pub fn to_args(&self) -> Vec<String> {
        let mut args = Vec::new();
        if self.verbose {
            args.push("-test.v=true".to_string());
        }
        if let Some(r) = &self.run {
            args.push(format!("-test.run={r}"));
        }
        if let Some(s) = &self.skip {
            args.push(format!("-test.skip={s}"));
        }
        if let Some(c) = self.count {
            args.push(format!("-test.count={c}"));
        }
        if self.short {
            args.push("-test.short=true".to_string());
        }
        if self.failfast {
            args.push("-test.failfast=true".to_string());
        }
        if let Some(p) = self.parallel {
            args.push(format!("-test.parallel={p}"));
        }
        if let Some(t) = self.timeout {
            args.push(format!("-test.timeout={}us", t.as_micros()));
        }
        if let Some(b) = &self.bench {
            args.push(format!("-test.bench={b}"));
        }
        args
    }
}

/// How one test ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TestStatus {
    /// `--- PASS`.
    Passed,
    /// `--- FAIL`, a panic, or a run that ended some other way (`os.Exit`, a fatal error).
    Failed,
    /// `--- SKIP` (`t.Skip`, `t.SkipNow`).
    Skipped,
}

/// One test run alone ([`TestFile::run_test`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestResult {
    /// The test function's name (`TestXxx`).
    pub name: String,
    /// How it ended.
    pub status: TestStatus,
    /// What the test binary printed with `-v` (stdout and stderr merged, in order).
    pub output: String,
    /// The panic that ended the run (`panic: boom [recovered]` and the lines after it up
    /// to the goroutine trace), when one did.
    pub panic: Option<String>,
    /// The run's exit status (0 passed or skipped, 1 failed, 2 after a panic).
    pub exit_status: i32,
}

/// A compiled test file.
pub struct TestFile {
    program: Program,
}

impl TestFile {
    /// Checks and compiles the test file `source` (named `file_name` in messages).
    pub fn compile(
        file_name: &str,
        source: &str,
        opts: &Options,
    ) -> Result<TestFile, CompileError> {
        Ok(TestFile {
            program: Program::compile_test(file_name, source, opts)?,
        })
    }

    /// The compiled program (its `main` runs the tests).
    pub fn program(&self) -> &Program {
        &self.program
    }

    /// The compiled program, for the benchmark runner ([`crate::bench::Bencher::from_program`]).
    pub fn into_program(self) -> Program {
        self.program
    }

    /// The file's tests, in source order.
    pub fn tests(&self) -> &[String] {
        &self.program.ir().tests
    }

    /// Runs the tests as the test binary would with `flags`, stdout and stderr merged
    /// into [`Outcome::stdout`] (captured) or written to this process's stdout as they
    /// come (`stream`; a copy is kept in `Outcome::stdout`).
    pub fn run(&self, flags: &TestFlags, stream: bool) -> Outcome {
        let output = if stream {
            Output::StreamMerged
        } else {
            Output::CaptureMerged
        };
        self.program.run_with_args(&flags.to_args(), output)
    }

    /// Runs test `name` alone (`-run '^name$'`, `-v`) in a fresh run and reports it.
    pub fn run_test(&self, name: &str) -> TestResult {
        let flags = TestFlags {
            verbose: true,
            run: Some(format!("^{}$", regex_quote(name))),
            ..TestFlags::default()
        };
        let outcome = self.run(&flags, false);
        let output = String::from_utf8_lossy(&outcome.stdout).into_owned();
        let panic = panic_text(&output);
        let status = match result_line(&output, name) {
            Some("PASS") if outcome.status == 0 => TestStatus::Passed,
            Some("SKIP") if outcome.status == 0 => TestStatus::Skipped,
            _ => TestStatus::Failed,
        };
        TestResult {
            name: name.to_string(),
            status,
            output,
            panic,
            exit_status: outcome.status,
        }
    }
}

/// The last top-level `--- PASS/FAIL/SKIP: name (` line's verdict.
fn result_line<'a>(output: &'a str, name: &str) -> Option<&'a str> {
    output.lines().rev().find_map(|l| {
        let rest = l.strip_prefix("--- ")?;
        let (verdict, tail) = rest.split_once(": ")?;
        let tail = tail.strip_prefix(name)?;
        (tail.starts_with(" (") && matches!(verdict, "PASS" | "FAIL" | "SKIP")).then_some(verdict)
    })
}

/// The panic lines of a test binary's output: from the first line starting `panic: ` up
/// to the blank line before the goroutine trace.
fn panic_text(output: &str) -> Option<String> {
    let start = output
        .match_indices("panic: ")
        .find(|(i, _)| *i == 0 || output.as_bytes()[i - 1] == b'\n')?
        .0;
    let text = &output[start..];
    let end = text.find("\n\n").map(|e| e + 1).unwrap_or(text.len());
    Some(text[..end].to_string())
}

/// `s` with the characters special in Go's regexp syntax escaped (`regexp.QuoteMeta`).
pub fn regex_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_in_the_binary_spelling() {
        let f = TestFlags {
            verbose: true,
            run: Some("TestA/x".into()),
            count: Some(2),
            ..TestFlags::default()
        };
        assert_eq!(
            f.to_args(),
            ["-test.v=true", "-test.run=TestA/x", "-test.count=2"]
        );
    }

    #[test]
    fn result_lines_and_panics_are_found() {
        let out = "=== RUN   TestA\n    a_test.go:3: x\n--- FAIL: TestA (0.00s)\npanic: boom [recovered]\n\tpanic: boom\n\ngoroutine 6 [running]:\n";
        assert_eq!(result_line(out, "TestA"), Some("FAIL"));
        assert_eq!(result_line(out, "TestAB"), None);
        assert_eq!(
            panic_text(out).as_deref(),
            Some("panic: boom [recovered]\n\tpanic: boom\n")
        );
        assert_eq!(regex_quote("Test.A$"), "Test\\.A\\$");
    }
}
