//! Conformance harness: runs every `tests/conformance/NAME.go` under each defer strategy and
//! compares the outcome with `NAME.golden`, recorded from Go 1.23 by `scripts/record-golden.py`.
//!
//! One libtest-mimic trial per (program, strategy), named `NAME/auto`, `NAME/open`,
//! `NAME/stack`, `NAME/heap`; a program Go refuses to compile gets one trial `NAME/error`
//! checking that compilation fails with the golden's `LINE:COL: message`.
//!
//! Comparison rules (tests/conformance/README.md): exit status and stdout exact; stderr exact
//! up to and including the first goroutine header, such as `goroutine 1 [running]:` (the
//! `pc=0x...` of a `[signal ...]` line
//! aside); the `main.*` function names of the trace after that line equal the golden's
//! `-- trace --` list, in order.
//!
//! `tests/expected_failures.txt` lists `NAME` (every trial of the program) or
//! `NAME STRATEGY` (`auto`, `open`, `stack`, `heap`, `error`) entries that may fail for now.
//! Their trials are named `... [expected failure]`; they pass while the program fails and
//! FAIL when it unexpectedly passes, so that the list can only shrink. The trial
//! `harness/self-check` checks the golden parser (every golden round-trips byte for byte)
//! and that every entry of the list names an existing trial.
//!
//! `tests/programs/NAME.go` (realistic programs and language areas deferjit is still
//! growing into, goldens recorded the same way) get trials `programs/NAME/STRATEGY` with a
//! milder rule: the program conforms, or deferjit refuses it honestly, with
//! `FILE:LINE:COL: deferjit does not support X yet` (any other compile error, a crash or a
//! wrong output fails). As support grows, more of them run and must then conform.
//!
//! Usage: `cargo test --test conformance [-- FILTER] [--test-threads N]`.

use deferjit::{CompileError, DeferStrategy, Options, Outcome, Program};
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// The end of the first goroutine header (`goroutine 1 [running]:`, `goroutine 6 [chan
/// send]:`), after which Go prints a trace with addresses and paths.
fn goroutine_line_end(stderr: &str) -> Option<usize> {
    let mut at = 0;
    for line in stderr.split_inclusive('\n') {
        let end = at + line.len();
        if let Some(rest) = line.strip_prefix("goroutine ") {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && rest[digits..].starts_with(" [") && rest.ends_with("]:\n") {
                return Some(end);
            }
        }
        at = end;
    }
    None
}

/// How long one compile-and-run may take before the trial fails (the run keeps going on a
/// detached thread; the harness does not wait for it).
const TIMEOUT: Duration = Duration::from_secs(120);

const STRATEGIES: [(&str, DeferStrategy); 4] = [
    ("auto", DeferStrategy::Auto),
    ("open", DeferStrategy::Open),
    ("stack", DeferStrategy::Stack),
    ("heap", DeferStrategy::Heap),
];

// ---------------------------------------------------------------------------------------
// Golden files

/// A parsed `NAME.golden`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Golden {
    exit: i32,
    stdout: String,
    /// Up to and including `goroutine 1 [running]:` when the program panicked.
    stderr: String,
    /// `main.*` names of the trace, innermost first.
    trace: Vec<String>,
    /// gc's choice per defer (`LINE:COL: open-coded defer`); not compared here.
    defers: Vec<String>,
    /// `LINE:COL: message` of Go's first compile error, if Go refused the program.
    error: Option<String>,
}

const SECTIONS: [&str; 6] = ["exit", "stdout", "stderr", "trace", "defers", "error"];

/// `-- name --` (without the newline) -> `name`, for the known section names only.
fn section_header(line: &str) -> Option<&'static str> {
    let name = line.strip_prefix("-- ")?.strip_suffix(" --")?;
    SECTIONS.iter().copied().find(|s| *s == name)
}

/// Splits txtar-style text into (section, content) pairs; contents are verbatim (a section's
/// text ends with its last newline, the next header starts a line).
fn split_sections(text: &str) -> Result<Vec<(&'static str, String)>, String> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        let bare = line.strip_suffix('\n').unwrap_or(line);
        if let Some(name) = section_header(bare) {
            if out.iter().any(|(n, _)| *n == name) {
                return Err(format!("section `{name}` appears twice"));
            }
            out.push((name, String::new()));
        } else if let Some((_, content)) = out.last_mut() {
            content.push_str(line);
        } else {
            return Err(format!("text before the first section: {line:?}"));
        }
    }
    Ok(out)
}

fn lines_of(s: &str) -> Vec<String> {
    s.lines().map(str::to_string).collect()
}

fn parse_golden(text: &str) -> Result<Golden, String> {
    let mut g = Golden::default();
    let mut seen_exit = false;
    for (name, content) in split_sections(text)? {
        match name {
            "exit" => {
                g.exit = content
                    .trim()
                    .parse()
                    .map_err(|e| format!("bad exit status {content:?}: {e}"))?;
                seen_exit = true;
            }
            "stdout" => g.stdout = content,
            "stderr" => g.stderr = content,
            "trace" => g.trace = lines_of(&content),
            "defers" => g.defers = lines_of(&content),
            "error" => {
                let first = content.lines().next().unwrap_or("").to_string();
                if first.is_empty() {
                    return Err("empty `error` section".into());
                }
                g.error = Some(first);
            }
            _ => unreachable!(),
        }
    }
    if !seen_exit {
        return Err("no `exit` section".into());
    }
    Ok(g)
}

/// The exact text `scripts/record-golden.py` writes for `g` (used to check the parser).
fn render_golden(g: &Golden) -> String {
    let mut s = format!("-- exit --\n{}\n", g.exit);
    if let Some(e) = &g.error {
        let _ = writeln!(s, "-- error --\n{e}");
        return s;
    }
    let list = |v: &[String]| v.iter().map(|l| format!("{l}\n")).collect::<String>();
    s += &format!("-- stdout --\n{}", g.stdout);
    s += &format!("-- stderr --\n{}", g.stderr);
    s += &format!("-- trace --\n{}", list(&g.trace));
    s += &format!("-- defers --\n{}", list(&g.defers));
    s
}

// ---------------------------------------------------------------------------------------
// Normalising an actual run

/// Stderr up to and including the goroutine line, and the rest (the trace).
fn split_stderr(stderr: &str) -> (&str, &str) {
    match goroutine_line_end(stderr) {
        Some(i) => stderr.split_at(i),
        None => (stderr, ""),
    }
}

/// Replaces the hex digits after `pc=0x` in `[signal ...]` lines by `?`, and the id of a
/// goroutine other than main in a goroutine header.
fn mask_signal_pc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.split_inclusive('\n') {
        // A goroutine other than main: its id depends on how many goroutines gc's own
        // runtime started before (its collector's workers among them).
        if let Some(rest) = line.strip_prefix("goroutine ") {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && &rest[..digits] != "1" && rest[digits..].starts_with(" [") {
                out.push_str("goroutine ?");
                out.push_str(&rest[digits..]);
                continue;
            }
        }
        if line.starts_with("[signal ") {
            if let Some(i) = line.find("pc=0x") {
                let rest = &line[i + 5..];
                let hex = rest.chars().take_while(|c| c.is_ascii_hexdigit()).count();
                out.push_str(&line[..i + 5]);
                out.push('?');
                out.push_str(&rest[hex..]);
                continue;
            }
        }
        out.push_str(line);
    }
    out
}

/// The `main.*` function names of a trace: `main.main.func1()` / `main.f(...)` -> name.
/// Location lines (`\tFILE:LINE +0xOFF`) and non-`main` frames are skipped.
fn trace_names(trace: &str) -> Vec<String> {
    trace
        .lines()
        .filter(|l| !l.starts_with('\t') && l.starts_with("main."))
        .map(|l| match l.rfind('(') {
            Some(p) if p > 0 => l[..p].to_string(),
            _ => l.to_string(),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Diffs

/// A line diff (`-` expected, `+` actual, ` ` both), by LCS; both texts in full when large.
fn line_diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split_inclusive('\n').collect();
    let a: Vec<&str> = actual.split_inclusive('\n').collect();
    let show = |l: &str| -> String {
        match l.strip_suffix('\n') {
            Some(body) => format!("{body}\n"),
            None => format!("{l}⏎(no newline at end)\n"),
        }
    };
    let mut out = String::new();
    if e.len() * a.len() > 4_000_000 {
        out += "  (too long for a line diff)\n  expected:\n";
        e.iter().for_each(|l| out += &format!("  - {}", show(l)));
        out += "  actual:\n";
        a.iter().for_each(|l| out += &format!("  + {}", show(l)));
        return out;
    }
    // lcs[i][j] = LCS length of e[i..], a[j..]
    let mut lcs = vec![vec![0u32; a.len() + 1]; e.len() + 1];
    for i in (0..e.len()).rev() {
        for j in (0..a.len()).rev() {
            lcs[i][j] = if e[i] == a[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < e.len() || j < a.len() {
        if i < e.len() && j < a.len() && e[i] == a[j] {
            out += &format!("    {}", show(e[i]));
            i += 1;
            j += 1;
        } else if i < e.len() && (j == a.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out += &format!("  - {}", show(e[i]));
            i += 1;
        } else {
            out += &format!("  + {}", show(a[j]));
            j += 1;
        }
    }
    out
}

/// Compares a run with the golden; `Err` holds a readable report of every differing section.
fn compare(golden: &Golden, out: &Outcome) -> Result<(), String> {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr_all = String::from_utf8_lossy(&out.stderr);
    let (stderr, trace) = split_stderr(&stderr_all);
    let mut report = String::new();
    if out.status != golden.exit {
        let _ = writeln!(
            report,
            "-- exit --: expected {}, got {}",
            golden.exit, out.status
        );
    }
    if stdout != golden.stdout {
        let _ = writeln!(report, "-- stdout -- (- expected, + actual):");
        report += &line_diff(&golden.stdout, &stdout);
    }
    if mask_signal_pc(stderr) != mask_signal_pc(&golden.stderr) {
        let _ = writeln!(
            report,
            "-- stderr -- up to the goroutine header (- expected, + actual):"
        );
        report += &line_diff(&golden.stderr, stderr);
    }
    let names = trace_names(trace);
    if names != golden.trace {
        let _ = writeln!(report, "-- trace -- main.* names (- expected, + actual):");
        report += &line_diff(&lines(&golden.trace), &lines(&names));
        if !trace.is_empty() {
            let _ = writeln!(report, "  (actual trace as printed:)");
            trace
                .lines()
                .take(40)
                .for_each(|l| report += &format!("  | {l}\n"));
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

fn lines(v: &[String]) -> String {
    v.iter().map(|l| format!("{l}\n")).collect()
}

// ---------------------------------------------------------------------------------------
// Running

/// Runs `f` on a thread of its own (large stack for the compiler's recursion), failing after
/// `TIMEOUT`; a Rust panic in the library becomes a failure with its message.
fn with_timeout<T: Send + 'static>(
    what: String,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name(what.clone())
        .stack_size(64 << 20)
        .spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let _ = tx.send(r);
        })
        .map_err(|e| format!("{what}: cannot spawn a thread: {e}"))?;
    match rx.recv_timeout(TIMEOUT) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(p)) => {
            let msg = p
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| p.downcast_ref::<&str>().copied())
                .unwrap_or("(non-string payload)");
            Err(format!("{what}: Rust panic in deferjit: {msg}"))
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("{what}: timed out after {TIMEOUT:?}")),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(format!("{what}: runner thread died")),
    }
}

/// One trial's check: `Ok` when the program conforms.
fn check_run(
    file: &str,
    source: &str,
    golden: &Golden,
    strategy: DeferStrategy,
    unsupported_ok: bool,
) -> Result<(), String> {
    let opts = Options {
        defer: strategy,
        ..Default::default()
    };
    let (file_owned, source_owned) = (file.to_string(), source.to_string());
    let result = with_timeout(
        format!("{file} [{strategy:?}]"),
        move || match Program::compile(&file_owned, &source_owned, &opts) {
            Ok(prog) => Ok(prog.run()),
            Err(e) => Err(e.to_string()),
        },
    )?;
    match result {
        Ok(out) => compare(golden, &out),
        Err(e) if unsupported_ok && is_honest_refusal(file, &e) => Ok(()),
        Err(e) => Err(format!("unexpected compile error: {e}")),
    }
}

/// `FILE:LINE:COL: deferjit does not support X yet`, on one line.
fn is_honest_refusal(file: &str, msg: &str) -> bool {
    let Some(rest) = msg.strip_prefix(file).and_then(|r| r.strip_prefix(':')) else {
        return false;
    };
    let mut parts = rest.splitn(3, ':');
    let (Some(line), Some(col), Some(text)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    line.parse::<u32>().is_ok()
        && col.parse::<u32>().is_ok()
        && text.starts_with(" deferjit does not support ")
        && text.ends_with(" yet")
        && !text.contains('\n')
}

fn check_compile_error(file: &str, source: &str, expected: &str) -> Result<(), String> {
    let (file_owned, source_owned) = (file.to_string(), source.to_string());
    let result = with_timeout(format!("{file} [compile]"), move || {
        let r: Result<Program, CompileError> =
            Program::compile(&file_owned, &source_owned, &Options::default());
        r.err().map(|e| e.to_string())
    })?;
    let want = format!("{file}:{expected}");
    match result {
        None => Err(format!("compiled, but Go refuses it with:\n  {want}")),
        // Go prints some errors over several lines (`have (...)` / `want (...)`); the
        // golden keeps the first.
        Some(got) if got.lines().next() == Some(want.as_str()) => Ok(()),
        Some(got) => Err(format!(
            "wrong compile error:\n  expected: {want}\n  actual:   {got}"
        )),
    }
}

// ---------------------------------------------------------------------------------------
// Expected failures

/// `NAME` or `NAME STRATEGY` entries; `#` starts a comment.
fn parse_expected_failures(text: &str) -> Result<BTreeSet<(String, Option<String>)>, String> {
    let mut set = BTreeSet::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        let name = words.next().unwrap().trim_end_matches(".go").to_string();
        let strategy = words.next().map(str::to_string);
        if words.next().is_some() {
            return Err(format!(
                "expected_failures.txt:{}: expected `NAME [STRATEGY]`: {raw}",
                n + 1
            ));
        }
        if let Some(s) = &strategy {
            if !["auto", "open", "stack", "heap", "error"].contains(&s.as_str()) {
                return Err(format!(
                    "expected_failures.txt:{}: unknown strategy `{s}`",
                    n + 1
                ));
            }
        }
        set.insert((name, strategy));
    }
    Ok(set)
}

fn is_expected_failure(
    set: &BTreeSet<(String, Option<String>)>,
    name: &str,
    strategy: &str,
) -> bool {
    set.contains(&(name.to_string(), None))
        || set.contains(&(name.to_string(), Some(strategy.to_string())))
}

// ---------------------------------------------------------------------------------------
// Self-check of the harness itself

fn self_check(
    dir: &Path,
    programs: &[(String, String)],
    xfail: &Result<BTreeSet<(String, Option<String>)>, String>,
) -> Result<(), String> {
    let mut problems = String::new();
    // Every golden round-trips byte for byte through the parser.
    for (name, text) in programs {
        match parse_golden(text) {
            Ok(g) if render_golden(&g) == *text => {}
            Ok(g) => {
                let _ = writeln!(problems, "{name}.golden does not round-trip:");
                problems += &line_diff(text, &render_golden(&g));
            }
            Err(e) => {
                let _ = writeln!(problems, "{name}.golden: {e}");
            }
        }
    }
    // Parsing and normalisation on known inputs.
    let sample = "-- exit --\n2\n-- stdout --\n-- x --\nline\n-- stderr --\npanic: boom\n\
                  [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48f678]\n\n\
                  goroutine 1 [running]:\n-- trace --\nmain.main.func1\nmain.main\n-- defers --\n4:2: open-coded defer\n";
    let g = parse_golden(sample)?;
    let want = Golden {
        exit: 2,
        stdout: "-- x --\nline\n".into(),
        stderr: "panic: boom\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48f678]\n\ngoroutine 1 [running]:\n".into(),
        trace: vec!["main.main.func1".into(), "main.main".into()],
        defers: vec!["4:2: open-coded defer".into()],
        error: None,
    };
    if g != want {
        let _ = writeln!(problems, "sample golden parsed as {g:?}");
    }
    let err = parse_golden("-- exit --\n1\n-- error --\n4:2: declared and not used: x\n")?;
    if err.error.as_deref() != Some("4:2: declared and not used: x") || err.exit != 1 {
        let _ = writeln!(problems, "error golden parsed as {err:?}");
    }
    let actual_stderr = "panic: boom\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x7f00deadbeef]\n\n\
                         goroutine 1 [running]:\nmain.main.func1()\n\tprog.go:5 +0x1d\npanic({0x1, 0x2})\n\t\
                         /usr/lib/go/src/runtime/panic.go:785 +0x132\nmain.f(...)\n\tprog.go:9\nmain.main()\n\tprog.go:12 +0x20\n";
    let out = Outcome {
        status: 2,
        stdout: b"-- x --\nline\n".to_vec(),
        stderr: actual_stderr.as_bytes().to_vec(),
        ..Outcome::default()
    };
    let want_names = ["main.main.func1".to_string(), "main.main".to_string()];
    let mut g2 = want.clone();
    g2.trace = vec![
        "main.main.func1".into(),
        "main.f".into(),
        "main.main".into(),
    ];
    if let Err(e) = compare(&g2, &out) {
        let _ = writeln!(problems, "compare() rejected a conforming run:\n{e}");
    }
    if compare(&want, &out).is_ok() {
        let _ = writeln!(problems, "compare() accepted a trace with an extra frame");
    }
    let mut bad = out.clone();
    bad.stderr = actual_stderr.replace("boom", "bang").into_bytes();
    if compare(&g2, &bad).is_ok() {
        let _ = writeln!(problems, "compare() accepted a different panic message");
    }
    bad = out.clone();
    bad.stdout.pop();
    if compare(&g2, &bad).is_ok() {
        let _ = writeln!(
            problems,
            "compare() accepted stdout without its final newline"
        );
    }
    if trace_names("main.main.func1()\n\tx.go:3 +0x1\n") != want_names[..1] {
        let _ = writeln!(problems, "trace_names() is wrong");
    }
    // What counts as an honest refusal of a `tests/programs` program.
    for (msg, honest) in [
        (
            "p.go:7:2: deferjit does not support select statements yet",
            true,
        ),
        ("p.go:7:2: undefined: x", false),
        (
            "p.go: deferjit does not support select statements yet",
            false,
        ),
        (
            "q.go:7:2: deferjit does not support select statements yet",
            false,
        ),
        (
            "p.go:7:2: deferjit does not support select statements",
            false,
        ),
    ] {
        if is_honest_refusal("p.go", msg) != honest {
            let _ = writeln!(problems, "is_honest_refusal({msg:?}) should be {honest}");
        }
    }
    // Every expected-failure entry names an existing trial.
    match xfail {
        Err(e) => {
            let _ = writeln!(problems, "{e}");
        }
        Ok(set) => {
            for (name, strategy) in set {
                let Some((_, text)) = programs.iter().find(|(n, _)| n == name) else {
                    let _ = writeln!(
                        problems,
                        "expected_failures.txt names `{name}`, which is not in {}",
                        dir.display()
                    );
                    continue;
                };
                let is_error = parse_golden(text)
                    .map(|g| g.error.is_some())
                    .unwrap_or(false);
                if let Some(s) = strategy {
                    if (s == "error") != is_error {
                        let _ = writeln!(
                            problems,
                            "expected_failures.txt: `{name} {s}` names no trial"
                        );
                    }
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

// ---------------------------------------------------------------------------------------

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests").join("conformance");
    let xfail_path = root.join("tests").join("expected_failures.txt");
    let xfail = std::fs::read_to_string(&xfail_path)
        .map_err(|e| format!("{}: {e}", xfail_path.display()))
        .and_then(|t| parse_expected_failures(&t));
    let empty = BTreeSet::new();
    let xset = xfail.as_ref().unwrap_or(&empty);

    let mut trials = Vec::new();
    let mut goldens = Vec::new();
    add_trials(&dir, "", false, xset, &mut trials, &mut goldens);
    let programs = root.join("tests").join("programs");
    if programs.is_dir() {
        let mut more = Vec::new();
        add_trials(&programs, "programs/", true, &empty, &mut trials, &mut more);
        goldens.extend(more.into_iter().map(|(n, g)| (format!("programs/{n}"), g)));
    }
    let dir2 = dir.clone();
    trials.push(Trial::test("harness/self-check", move || {
        self_check(&dir2, &goldens, &xfail).map_err(Failed::from)
    }));

    libtest_mimic::run(&args, trials).exit();
}

/// Adds the trials of every `NAME.go` in `dir` (named `{prefix}NAME/STRATEGY`) and collects
/// the golden texts for the self-check; `unsupported_ok` accepts an honest refusal.
fn add_trials(
    dir: &Path,
    prefix: &str,
    unsupported_ok: bool,
    xset: &BTreeSet<(String, Option<String>)>,
    trials: &mut Vec<Trial>,
    goldens: &mut Vec<(String, String)>,
) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".go"))
                .map(str::to_string)
        })
        .collect();
    names.sort();

    for name in names {
        let file = format!("{name}.go");
        let go_path = dir.join(&file);
        let golden_path = dir.join(format!("{name}.golden"));
        let source = std::fs::read_to_string(&go_path)
            .unwrap_or_else(|e| panic!("{}: {e}", go_path.display()));
        let golden_text = match std::fs::read_to_string(&golden_path) {
            Ok(t) => t,
            Err(e) => {
                let msg = format!(
                    "{}: {e} (record it with scripts/record-golden.py)",
                    golden_path.display()
                );
                trials.push(Trial::test(format!("{prefix}{name}/golden"), move || {
                    Err(msg.into())
                }));
                continue;
            }
        };
        goldens.push((name.clone(), golden_text.clone()));
        let golden = match parse_golden(&golden_text) {
            Ok(g) => g,
            Err(e) => {
                let msg = format!("{}: {e}", golden_path.display());
                trials.push(Trial::test(format!("{prefix}{name}/golden"), move || {
                    Err(msg.into())
                }));
                continue;
            }
        };
        if let Some(expected) = golden.error.clone() {
            let xf = is_expected_failure(xset, &name, "error");
            let (file, source) = (file.clone(), source.clone());
            trials.push(trial(&format!("{prefix}{name}"), "error", xf, move || {
                check_compile_error(&file, &source, &expected)
            }));
            continue;
        }
        for (sname, strategy) in STRATEGIES {
            let xf = is_expected_failure(xset, &name, sname);
            let (file, source, golden) = (file.clone(), source.clone(), golden.clone());
            trials.push(trial(&format!("{prefix}{name}"), sname, xf, move || {
                check_run(&file, &source, &golden, strategy, unsupported_ok)
            }));
        }
    }
}

/// A trial named `NAME/STRATEGY`, inverted and suffixed `[expected failure]` when listed.
fn trial(
    name: &str,
    strategy: &str,
    expected_failure: bool,
    check: impl FnOnce() -> Result<(), String> + Send + 'static,
) -> Trial {
    let entry = format!("{name} {strategy}");
    if !expected_failure {
        return Trial::test(format!("{name}/{strategy}"), move || {
            check().map_err(Failed::from)
        });
    }
    Trial::test(
        format!("{name}/{strategy} [expected failure]"),
        move || match check() {
            Err(_) => Ok(()),
            Ok(()) => Err(Failed::from(format!(
                "passes now, but is listed in tests/expected_failures.txt: remove it \
             (or narrow a `NAME` entry to the strategies that still fail, e.g. `{entry}` is fixed)"
            ))),
        },
    )
}
