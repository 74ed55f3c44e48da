//! `deferjit test` against the go command: every `tests/gotest/NAME_test.go` is run with
//! `deferjit test -v` under each defer strategy and with `deferjit test` (auto), and the
//! output and exit status compared with `NAME.golden`, recorded from `go test -v` and `go
//! test` by `scripts/record-gotest.py`.
//!
//! Both sides are normalized by the same rules (the script's docstring): test durations
//! read `(D.DDs)`, the closing `ok`/`FAIL` line's time `T`, goroutine headers
//! `goroutine N [...]:` with the trace after them dropped.
//!
//! Trials: `NAME/v/auto`, `NAME/v/open`, `NAME/v/stack`, `NAME/v/heap`, `NAME/quiet`.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

/// One recorded golden.
struct Golden {
    exit: i32,
    verbose: String,
    quiet: String,
}

fn parse_golden(text: &str) -> Option<Golden> {
    let rest = text.strip_prefix("-- exit --\n")?;
    let (exit, rest) = rest.split_once("\n-- go test -v --\n")?;
    let (verbose, quiet) = rest.split_once("-- go test --\n")?;
    Some(Golden {
        exit: exit.trim().parse().ok()?,
        verbose: verbose.to_string(),
        quiet: quiet.to_string(),
    })
}

/// `(0.01s)` durations.
fn mask_durations(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find('(') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let int = tail.bytes().take_while(u8::is_ascii_digit).count();
        let is_duration = int > 0
            && tail[int..].starts_with('.')
            && tail.len() >= int + 5
            && tail.as_bytes()[int + 1..int + 3]
                .iter()
                .all(u8::is_ascii_digit)
            && &tail[int + 3..int + 5] == "s)";
        if is_duration {
            out.push_str("(D.DDs)");
            rest = &tail[int + 5..];
        } else {
            out.push('(');
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// The go command's closing line with its time masked.
fn mask_closing(line: &str) -> String {
    for verdict in ["ok  ", "FAIL"] {
        let prefix = format!("{verdict}\tcommand-line-arguments\t");
        if let Some(rest) = line.strip_prefix(&prefix) {
            let time = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .filter(|&i| rest[i..].starts_with('s'))
                .map(|i| i + 1);
            if let Some(t) = time.filter(|&t| t > 1) {
                return format!("{prefix}T{}", &rest[t..]);
            }
        }
    }
    line.to_string()
}

/// `goroutine 6 [running]:` as `goroutine N [running]:`.
fn goroutine_header(line: &str) -> Option<String> {
    let rest = line.strip_prefix("goroutine ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let state = rest[digits..].strip_prefix(" [")?.strip_suffix("]:")?;
    (digits > 0 && !state.contains(']')).then(|| format!("goroutine N [{state}]:"))
}

/// The rules of `scripts/record-gotest.py`'s `normalize`.
fn normalize(text: &str) -> String {
    let mut out = Vec::new();
    let mut in_trace = false;
    for line in text.split('\n') {
        if let Some(h) = goroutine_header(line) {
            out.push(h);
            in_trace = true;
            continue;
        }
        if in_trace {
            if line.starts_with("FAIL\t")
                || line.starts_with("ok  \t")
                || line.starts_with("exit status ")
            {
                in_trace = false;
            } else {
                continue;
            }
        }
        out.push(mask_closing(&mask_durations(line)));
    }
    out.join("\n")
}

fn run(dir: &Path, file: &str, verbose: bool, strategy: &str) -> Result<(i32, String), Failed> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_deferjit"));
    cmd.current_dir(dir).arg("test").args(["--defer", strategy]);
    if verbose {
        cmd.arg("-v");
    }
    // The library embedded in the binary, not a development copy.
    cmd.env_remove("DEFERJIT_LIB")
        .arg("--timeout")
        .arg("60s")
        .arg(file);
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run deferjit: {e}"))?;
    let code = out.status.code().unwrap_or(-1);
    Ok((code, String::from_utf8_lossy(&out.stdout).into_owned()))
}

fn check(
    dir: &Path,
    file: &str,
    golden: &Golden,
    verbose: bool,
    strategy: &str,
) -> Result<(), Failed> {
    let (code, stdout) = run(dir, file, verbose, strategy)?;
    let got = normalize(&stdout);
    let want = if verbose {
        &golden.verbose
    } else {
        &golden.quiet
    };
    if code == golden.exit && got == *want {
        return Ok(());
    }
    Err(format!(
        "exit {code} (want {})\n--- deferjit (normalized) ---\n{got}--- go test (normalized) ---\n{want}",
        golden.exit
    )
    .into())
}

fn main() {
    let args = Arguments::from_args();
    let dir: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gotest");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/gotest exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with("_test.go"))
        .collect();
    files.sort();
    let mut trials = Vec::new();
    trials.push(Trial::test("harness/normalize", || {
        let text = "=== RUN   TestA\n--- FAIL: TestA (0.01s)\npanic: x [recovered]\n\tpanic: x\n\ngoroutine 18 [running]:\nmain.f()\n\t/x.go:3 +0x1\nFAIL\tcommand-line-arguments\t0.004s\nFAIL\n";
        let want = "=== RUN   TestA\n--- FAIL: TestA (D.DDs)\npanic: x [recovered]\n\tpanic: x\n\ngoroutine N [running]:\nFAIL\tcommand-line-arguments\tT\nFAIL\n";
        if normalize(text) == want && mask_closing("ok  \tcommand-line-arguments\t0.002s [no tests to run]") == "ok  \tcommand-line-arguments\tT [no tests to run]" {
            Ok(())
        } else {
            Err(format!("normalized:\n{}", normalize(text)).into())
        }
    }));
    for file in files {
        let name = file.trim_end_matches("_test.go").to_string();
        let golden_path = dir.join(format!("{name}.golden"));
        let text = std::fs::read_to_string(&golden_path).unwrap_or_default();
        let Some(golden) = parse_golden(&text) else {
            let missing = golden_path.display().to_string();
            trials.push(Trial::test(format!("{name}/golden"), move || {
                Err(format!(
                    "{missing}: missing or malformed (record it with scripts/record-gotest.py)"
                )
                .into())
            }));
            continue;
        };
        let golden = std::sync::Arc::new(golden);
        for strategy in ["auto", "open", "stack", "heap"] {
            let (d, f, g) = (dir.clone(), file.clone(), golden.clone());
            trials.push(Trial::test(format!("{name}/v/{strategy}"), move || {
                check(&d, &f, &g, true, strategy)
            }));
        }
        let (d, f, g) = (dir.clone(), file.clone(), golden.clone());
        trials.push(Trial::test(format!("{name}/quiet"), move || {
            check(&d, &f, &g, false, "auto")
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}
