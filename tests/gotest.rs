//! `deferjit test` against the go command: every `tests/gotest/NAME_test.go` is run with
//! `deferjit test -v` under each defer strategy, with `deferjit test` (auto), and with
//! `deferjit test -v ARGS` (auto) for each `// args: ARGS` line of the file, and the
//! output and exit status of each compared with `NAME.golden`, recorded from the same
//! `go test` commands by `scripts/record-gotest.py`.
//!
//! Both sides are normalized by the same rules (the script's docstring): test durations
//! read `(D.DDs)`, the closing `ok`/`FAIL` line's time `T`, a `[signal ...]` line's PC
//! `PC`, the first goroutine header `goroutine N [...]:`, with what follows it (traces,
//! other goroutines) dropped up to the closing lines. A file
//! with a `// gomaxprocs: 1` line was recorded with Go on one P (parallel tests).
//!
//! Trials: `NAME/v/auto`, `NAME/v/open`, `NAME/v/stack`, `NAME/v/heap`, `NAME/quiet`,
//! `NAME/args/1`, `NAME/args/2`, ...

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

/// One recorded run of the go command: its flags (`-v`, `-v -run=TestA`), exit status
/// and normalized stdout.
struct Recorded {
    flags: Vec<String>,
    exit: i32,
    stdout: String,
}

/// The runs of a golden: sections `-- go test FLAGS (exit N) --` and their text.
fn parse_golden(text: &str) -> Option<Vec<Recorded>> {
    let mut runs: Vec<Recorded> = Vec::new();
    for line in text.split_inclusive('\n') {
        let header = line
            .strip_prefix("-- go test")
            .and_then(|h| h.strip_suffix(") --\n"))
            .and_then(|h| h.rsplit_once(" (exit "));
        match header {
            Some((flags, exit)) => runs.push(Recorded {
                flags: shell_words(flags)?,
                exit: exit.parse().ok()?,
                stdout: String::new(),
            }),
            None => runs.last_mut()?.stdout.push_str(line),
        }
    }
    (runs.len() >= 2).then_some(runs)
}

/// The words of `text` as a POSIX shell splits them (Python's `shlex.join` wrote them):
/// single quotes, double quotes and backslashes; `None` for an unclosed quote.
fn shell_words(text: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                if let Some(w) = word.take() {
                    words.push(w);
                }
            }
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c => w.push(c),
                    }
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => w.push(chars.next()?),
                        c => w.push(c),
                    }
                }
            }
            '\\' => word.get_or_insert_with(String::new).push(chars.next()?),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    Some(words)
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

/// `[signal SIGSEGV: ... pc=0x4a3b2c]` with the PC masked.
fn mask_signal_pc(line: &str) -> String {
    if line.starts_with("[signal ") && line.ends_with(']') {
        if let Some(i) = line.rfind(" pc=0x") {
            let hex = &line[i + 6..line.len() - 1];
            if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return format!("{} pc=PC]", &line[..i]);
            }
        }
    }
    line.to_string()
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
            // The first header only: after a timeout Go lists every goroutine, its own
            // workers and timers among them.
            if !in_trace {
                out.push(h);
            }
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
        out.push(mask_closing(&mask_signal_pc(&mask_durations(line))));
    }
    out.join("\n")
}

fn run(dir: &Path, file: &str, flags: &[String], strategy: &str) -> Result<(i32, String), Failed> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_deferjit"));
    // A test that hangs fails after a minute, unless the flags set a timeout of their own.
    cmd.current_dir(dir)
        .arg("test")
        .args(["--defer", strategy, "--timeout", "60s"]);
    cmd.args(flags);
    // The library embedded in the binary, not a development copy.
    cmd.env_remove("DEFERJIT_LIB").arg(file);
    // GOMAXPROCS as the golden was recorded (the default -parallel is GOMAXPROCS).
    cmd.env_remove("GOMAXPROCS");
    let source = std::fs::read_to_string(dir.join(file)).map_err(|e| format!("{file}: {e}"))?;
    if let Some(n) = source
        .lines()
        .find_map(|l| l.strip_prefix("// gomaxprocs:"))
    {
        cmd.env("GOMAXPROCS", n.trim());
    }
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run deferjit: {e}"))?;
    let code = out.status.code().unwrap_or(-1);
    Ok((code, String::from_utf8_lossy(&out.stdout).into_owned()))
}

fn check(dir: &Path, file: &str, want: &Recorded, strategy: &str) -> Result<(), Failed> {
    let (code, stdout) = run(dir, file, &want.flags, strategy)?;
    let got = normalize(&stdout);
    if code == want.exit && got == want.stdout {
        return Ok(());
    }
    Err(format!(
        "deferjit test {}: exit {code} (want {})\n--- deferjit (normalized) ---\n{got}--- go test (normalized) ---\n{}",
        want.flags.join(" "),
        want.exit,
        want.stdout
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
        let words = shell_words("-v '-test.run=A/with space' -x='it'\"'\"'s'");
        if normalize(text) == want
            && mask_closing("ok  \tcommand-line-arguments\t0.002s [no tests to run]") == "ok  \tcommand-line-arguments\tT [no tests to run]"
            && words == Some(vec!["-v".into(), "-test.run=A/with space".into(), "-x=it's".into()])
        {
            Ok(())
        } else {
            Err(format!("normalized:\n{}", normalize(text)).into())
        }
    }));
    for file in files {
        let name = file.trim_end_matches("_test.go").to_string();
        let golden_path = dir.join(format!("{name}.golden"));
        let text = std::fs::read_to_string(&golden_path).unwrap_or_default();
        let golden =
            parse_golden(&text).filter(|runs| runs[0].flags == ["-v"] && runs[1].flags.is_empty());
        let Some(golden) = golden else {
            let missing = golden_path.display().to_string();
            trials.push(Trial::test(format!("{name}/golden"), move || {
                Err(format!(
                    "{missing}: missing or malformed (record it with scripts/record-gotest.py)"
                )
                .into())
            }));
            continue;
        };
        let mut runs = golden.into_iter().map(std::sync::Arc::new);
        let (verbose, quiet) = (runs.next().expect("-v"), runs.next().expect("quiet"));
        for strategy in ["auto", "open", "stack", "heap"] {
            let (d, f, r) = (dir.clone(), file.clone(), verbose.clone());
            trials.push(Trial::test(format!("{name}/v/{strategy}"), move || {
                check(&d, &f, &r, strategy)
            }));
        }
        let (d, f) = (dir.clone(), file.clone());
        trials.push(Trial::test(format!("{name}/quiet"), move || {
            check(&d, &f, &quiet, "auto")
        }));
        for (i, r) in runs.enumerate() {
            let (d, f) = (dir.clone(), file.clone());
            trials.push(Trial::test(format!("{name}/args/{}", i + 1), move || {
                check(&d, &f, &r, "auto")
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
