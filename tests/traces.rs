//! Fatal-panic traces against Go's: for every conformance program whose golden has a
//! `-- trace --` section (and the deep-recursion program of the recording script), under
//! every defer strategy, each `main.*` entry after the first goroutine header (and in the
//! other goroutines' traces of a deadlock report) must be `NAME(ARGS)` then a tab and
//! `FILE:LINE +0xOFF`, with the names, argument shapes (every word `0x0?`) and LINEs Go
//! 1.23 printed, as recorded in tests/trace_lines.txt by scripts/record-trace-lines.py (so
//! CI needs no Go), with gc's `panic({TYPE?, DATA?})` frames among them (then a tab and
//! `[deferjit runtime]:0`) where gc has them, and Go's `...N frames elided...` line for
//! traces over 100 frames (where the `panic` frames count too). A frame gc inlined prints `(...)` in gc's trace; deferjit inlines nothing
//! and prints the whole list, which any shape matches.
use deferjit::{DeferStrategy, Options, Program};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `NAME -> [main.f(ARGS):LINE | panic(ARGS) | elided:N, ...]` from tests/trace_lines.txt.
fn recorded() -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(root().join("tests/trace_lines.txt"))
        .expect("tests/trace_lines.txt");
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, rest) = l
                .split_once(": ")
                .unwrap_or_else(|| panic!("bad line in trace_lines.txt: {l}"));
            (
                name.to_string(),
                rest.split_whitespace().map(str::to_string).collect(),
            )
        })
        .collect()
}

/// The entries of our trace, checking the shape of every line; `Err` describes a line
/// that is not in Go's format.
fn our_entries(stderr: &str, file: &str) -> Result<Vec<String>, String> {
    // The first goroutine's trace (`goroutine 1 [running]:`, `goroutine 6 [chan send]:`).
    let Some(at) = stderr.lines().position(|l| {
        l.strip_prefix("goroutine ")
            .is_some_and(|r| r.contains(" [") && r.ends_with("]:"))
    }) else {
        return Err(format!("no goroutine header line in:\n{stderr}"));
    };
    let mut out = Vec::new();
    let mut lines = stderr.lines().skip(at + 1).peekable();
    while let Some(l) = lines.next() {
        // A deadlock report goes on with the other goroutines' traces.
        if l.is_empty()
            || l.strip_prefix("goroutine ")
                .is_some_and(|r| r.contains(" [") && r.ends_with("]:"))
        {
            continue;
        }
        if l.starts_with("created by ") {
            // Where a goroutine other than main was started: not one of its frames.
            lines.next();
            continue;
        }
        if let Some(n) = l
            .strip_prefix("...")
            .and_then(|r| r.strip_suffix(" frames elided..."))
        {
            out.push(format!("elided:{n}"));
            continue;
        }
        if l.starts_with("panic(") {
            // gc's frame of an older panic running a deferred call, with the words of its
            // value: counted by the elision like any frame.
            let shape = shape_of(l)?;
            if shape != "panic({w,w})" {
                return Err(format!("runtime frame not `panic({{T?, D?}})`: {l:?}"));
            }
            let loc = lines.next();
            if loc != Some("\t[deferjit runtime]:0") {
                return Err(format!(
                    "runtime frame location not `\t[deferjit runtime]:0`: {loc:?}"
                ));
            }
            out.push(shape);
            continue;
        }
        let shape = shape_of(l)?;
        let name = &shape[..shape.rfind('(').unwrap()];
        let loc = lines
            .next()
            .ok_or_else(|| format!("no location line after {l:?}"))?;
        // The program's frames are in its file; a library package's in its own
        // (`deferjit/lib/sort/sort.go`).
        let frame_file = if name.starts_with("main.") {
            file
        } else {
            loc.trim_start_matches('\t')
                .split_once(".go:")
                .map(|(f, _)| &loc[1..f.len() + 4])
                .unwrap_or(file)
        };
        let rest = loc
            .strip_prefix('\t')
            .and_then(|r| r.strip_prefix(frame_file))
            .and_then(|r| r.strip_prefix(':'))
            .ok_or_else(|| format!("location line not `\\t{file}:LINE +0xOFF`: {loc:?}"))?;
        let (line, off) = rest
            .split_once(" +0x")
            .ok_or_else(|| format!("no ` +0xOFF` in {loc:?}"))?;
        if line.parse::<u32>().is_err()
            || off.is_empty()
            || !off.chars().all(|c| c.is_ascii_hexdigit())
        {
            return Err(format!(
                "location line not `\\t{file}:LINE +0xOFF`: {loc:?}"
            ));
        }
        if name.starts_with("main.") {
            out.push(format!("{shape}:{line}"));
        }
    }
    Ok(out)
}

/// `NAME(ARGS)` of a trace's function line with every word of ARGS (`0x0?`, `0xc0001?`,
/// `0x1`) written `w` and the spaces removed, as the recording script writes it; `Err`
/// when the line is not in that format.
fn shape_of(l: &str) -> Result<String, String> {
    let bad = || format!("function line not `NAME(ARGS)`: {l:?}");
    let open = l.rfind('(').filter(|&i| i > 0).ok_or_else(bad)?;
    let args = l[open + 1..].strip_suffix(')').ok_or_else(bad)?;
    let mut out = String::new();
    let mut rest = args;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("0x") {
            let digits = r.len() - r.trim_start_matches(|c: char| c.is_ascii_hexdigit()).len();
            if digits == 0 {
                return Err(bad());
            }
            rest = r[digits..].strip_prefix('?').unwrap_or(&r[digits..]);
            out.push('w');
        } else if let Some(r) = rest.strip_prefix(", ") {
            out.push(',');
            rest = r;
        } else if let Some(r) = rest.strip_prefix("...") {
            out.push_str("...");
            rest = r;
        } else if let Some(c) = rest.chars().next().filter(|c| "{}_".contains(*c)) {
            out.push(c);
            rest = &rest[1..];
        } else {
            return Err(bad());
        }
    }
    Ok(format!("{}({out})", &l[..open]))
}

/// Whether our entry `got` matches Go's `want`: the same, or the same function and line
/// where gc inlined the frame (`main.f(...)`: deferjit prints the whole list).
fn same_entry(want: &str, got: &str) -> bool {
    if want == got {
        return true;
    }
    let split = |e: &str| -> Option<(String, String)> {
        let (call, line) = e.rsplit_once(':')?;
        Some((call[..call.rfind('(')?].to_string(), line.to_string()))
    };
    want.contains("(...):") && split(want).is_some() && split(want) == split(got)
}

/// Whether our entries match Go's, entry by entry (see [`same_entry`]).
fn same_entries(want: &[String], got: &[String]) -> bool {
    want.len() == got.len() && want.iter().zip(got).all(|(w, g)| same_entry(w, g))
}

fn run(file: &str, src: &str, strategy: DeferStrategy) -> Result<Vec<String>, String> {
    let opts = Options {
        defer: strategy,
        ..Options::default()
    };
    let prog = Program::compile(file, src, &opts).map_err(|e| format!("compile error: {e}"))?;
    let out = prog.run();
    if out.status != 2 {
        return Err(format!("exit status {} (want 2)", out.status));
    }
    our_entries(&String::from_utf8_lossy(&out.stderr), file)
}

/// Differences between two entry lists, for a readable failure message.
fn describe(want: &[String], got: &[String]) -> String {
    let mut s = String::new();
    for i in 0..want.len().max(got.len()) {
        let (w, g) = (
            want.get(i).map(String::as_str),
            got.get(i).map(String::as_str),
        );
        if !(w.zip(g)).is_some_and(|(w, g)| same_entry(w, g)) {
            s.push_str(&format!(
                "\n      entry {i}: Go {} / ours {}",
                w.unwrap_or("-"),
                g.unwrap_or("-")
            ));
        }
    }
    s
}

fn golden_trace_names(golden: &str) -> Option<Vec<String>> {
    let start = golden.find("-- trace --\n")? + "-- trace --\n".len();
    let names: Vec<String> = golden[start..]
        .lines()
        .take_while(|l| !l.starts_with("-- "))
        .map(str::to_string)
        .collect();
    (!names.is_empty()).then_some(names)
}

/// The source of a program embedded in scripts/record-trace-lines.py as
/// `EXTRA_<name> = """\` ... `"""`.
fn extra_program(name: &str) -> String {
    let script = std::fs::read_to_string(root().join("scripts/record-trace-lines.py")).unwrap();
    let open = format!("EXTRA_{name} = \"\"\"\\\n");
    let start = script
        .find(&open)
        .unwrap_or_else(|| panic!("no EXTRA_{name} in the script"))
        + open.len();
    let len = script[start..].find("\"\"\"").expect("closing quotes");
    script[start..start + len].to_string()
}

/// Programs whose trace lines are known to differ from Go's (for every strategy), with
/// why. Like tests/expected_failures.txt, an entry that starts to pass fails the test, so
/// the list can only shrink.
const KNOWN_WRONG: &[(&str, &str)] = &[(
    "trace_recovered_inlined_call",
    "gc shows the frame it inlined at the resumed frame's call site (main.boom); deferjit models no inlining",
)];

#[test]
fn every_golden_trace_is_recorded_with_the_same_names() {
    let rec = recorded();
    let dir = root().join("tests/conformance");
    let mut problems = Vec::new();
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("golden") {
            continue;
        }
        let golden = std::fs::read_to_string(&path).unwrap();
        let Some(names) = golden_trace_names(&golden) else {
            continue;
        };
        n += 1;
        let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
        match rec.get(&stem) {
            None => problems.push(format!(
                "{stem}: not in tests/trace_lines.txt (run scripts/record-trace-lines.py)"
            )),
            Some(entries) => {
                let rec_names: Vec<&str> = entries
                    .iter()
                    .filter(|e| e.starts_with("main."))
                    .map(|e| e.rsplit_once(':').map_or(e.as_str(), |x| x.0))
                    .map(|call| call.rfind('(').map_or(call, |i| &call[..i]))
                    .collect();
                if rec_names != names {
                    problems.push(format!(
                        "{stem}: golden names {names:?}, recorded {rec_names:?}"
                    ));
                }
            }
        }
    }
    assert!(n >= 20, "only {n} goldens with a trace");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn trace_lines_match_go_under_every_strategy() {
    let rec = recorded();
    let dir = root().join("tests/conformance");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (name, want) in &rec {
        let path: PathBuf = dir.join(format!("{name}.go"));
        if !Path::new(&path).exists() {
            continue; // an EXTRA program of the script
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let file = format!("{name}.go");
        let known = KNOWN_WRONG.iter().any(|k| k.0 == name);
        for s in DeferStrategy::ALL {
            checked += 1;
            match run(&file, &src, s) {
                Ok(got) if same_entries(want, &got) && known => failures.push(format!(
                    "{name} --defer {s}: matches Go now; remove it from KNOWN_WRONG"
                )),
                Ok(got) if same_entries(want, &got) => {}
                Ok(_) if known => {}
                Ok(got) => failures.push(format!("{name} --defer {s}:{}", describe(want, &got))),
                Err(e) => failures.push(format!("{name} --defer {s}: {e}")),
            }
        }
    }
    assert!(checked >= 80, "only {checked} runs");
    assert!(
        failures.is_empty(),
        "{} of {checked} runs differ from Go:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn deep_recursion_is_elided_as_go_does() {
    let want = recorded()
        .remove("deep_recursion_elided")
        .expect("deep_recursion_elided in trace_lines.txt");
    assert!(want.contains(&"elided:52".to_string()), "{want:?}");
    let src = extra_program("deep_recursion_elided");
    for s in DeferStrategy::ALL {
        let got = run("deep.go", &src, s).unwrap_or_else(|e| panic!("--defer {s}: {e}"));
        assert!(
            same_entries(&want, &got),
            "--defer {s}:{}",
            describe(&want, &got)
        );
    }
}

#[test]
fn trace_shape() {
    let src = "package main\n\nfunc f(a int, s string) {\n\tpanic(\"x\")\n}\n\nfunc main() {\n\tdefer func() {}()\n\tf(1, \"s\")\n}\n";
    let got = run("shape.go", src, DeferStrategy::Auto).unwrap();
    assert_eq!(got, ["main.f(w,{w,w}):4", "main.main():9"]);
    assert!(our_entries("no goroutine line", "x.go").is_err());
    assert!(our_entries("goroutine 1 [running]:\nmain.f\n\tx.go:3 +0x1\n", "x.go").is_err());
    assert!(our_entries("goroutine 1 [running]:\nmain.f()\n\tx.go:3\n", "x.go").is_err());
    assert!(our_entries("goroutine 1 [running]:\nmain.f(1)\n\tx.go:3 +0x1\n", "x.go").is_err());
    assert!(our_entries(
        "goroutine 1 [running]:\npanic({0x1?, 0x2?})\n\tx.go:3 +0x1\n",
        "x.go"
    )
    .is_err());
    assert!(our_entries(
        "goroutine 1 [running]:\npanic(0x1?)\n\t[deferjit runtime]:0\n",
        "x.go"
    )
    .is_err());
    assert_eq!(
        our_entries(
            "goroutine 1 [running]:\nmain.f(0x0?, {0x0?, ...})\n\tx.go:3 +0x1\npanic({0x55d0?, 0xc0?})\n\t[deferjit runtime]:0\nmain.main()\n\tx.go:9 +0x2\n",
            "x.go"
        ),
        Ok(vec![
            "main.f(w,{w,...}):3".to_string(),
            "panic({w,w})".to_string(),
            "main.main():9".to_string()
        ])
    );
    // gc's inlined frame matches any list; nothing else does.
    assert!(same_entry("main.f(...):3", "main.f(w,{w,w}):3"));
    assert!(!same_entry("main.f(...):3", "main.f(w):4"));
    assert!(!same_entry("main.f(w):3", "main.f({w,w}):3"));
}
