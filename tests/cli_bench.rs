//! `deferjit bench` end to end: the built binary on benches/defers_test.go with
//! `--benchtime 100x` (Go's Nx form): Go-format result lines for every benchmark and
//! strategy, the strategy table, `--json`, `--svg`, `--count`, and clean errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn deferjit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_deferjit"))
        .current_dir(root())
        .args(args)
        .output()
        .expect("run deferjit")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `func BenchmarkXxx(` names of the reference file, in order.
fn reference_benchmarks() -> Vec<String> {
    let src = std::fs::read_to_string(root().join("benches/defers_test.go"))
        .expect("read defers_test.go");
    src.lines()
        .filter_map(|l| l.strip_prefix("func Benchmark"))
        .map(|l| format!("Benchmark{}", &l[..l.find('(').expect("(")]))
        .collect()
}

fn procs_suffix() -> String {
    let n = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    if n == 1 {
        String::new()
    } else {
        format!("-{n}")
    }
}

/// Checks one Go result line `NAME<pad>\t<%8d N>\t<prettyPrint ns/op>` and returns (N, ns/op).
fn parse_go_line(line: &str) -> (String, u64, f64) {
    let fields: Vec<&str> = line.split('\t').collect();
    assert_eq!(fields.len(), 3, "three tab-separated fields: {line:?}");
    let name = fields[0].trim_end().to_string();
    assert!(fields[1].len() >= 8, "N is %8d: {line:?}");
    let n: u64 = fields[1]
        .trim_start()
        .parse()
        .unwrap_or_else(|_| panic!("N in {line:?}"));
    let t = fields[2]
        .strip_suffix(" ns/op")
        .unwrap_or_else(|| panic!("ns/op in {line:?}"));
    let ns: f64 = t
        .trim_start()
        .parse()
        .unwrap_or_else(|_| panic!("ns/op value in {line:?}"));
    // Go's prettyPrint: the integer part right-aligned in 10 columns, so the width is
    // 10 plus the decimals and the point.
    let decimals = t.trim_start().split('.').nth(1).map_or(0, str::len);
    let width = if decimals == 0 { 10 } else { 11 + decimals };
    assert_eq!(t.len(), width, "prettyPrint width in {line:?}");
    (name, n, ns)
}

#[test]
fn go_lines_table_json_svg() {
    let svg = std::env::temp_dir().join(format!("deferjit-cli-bench-{}.svg", std::process::id()));
    let out = deferjit(&[
        "bench",
        "benches/defers_test.go",
        "--benchtime",
        "100x",
        "--svg",
        svg.to_str().expect("utf-8 temp path"),
    ]);
    let stdout = text(&out.stdout);
    assert!(
        out.status.success(),
        "status {:?}\nstdout:\n{stdout}\nstderr:\n{}",
        out.status,
        text(&out.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "goos: linux");
    assert!(lines[1].starts_with("goarch: "), "{}", lines[1]);

    let suffix = procs_suffix();
    let benches = reference_benchmarks();
    assert_eq!(benches.len(), 15);
    let results: Vec<(String, u64, f64)> = lines
        .iter()
        .filter(|l| l.starts_with("Benchmark"))
        .map(|l| parse_go_line(l))
        .collect();
    let mut expected = Vec::new();
    for b in &benches {
        for s in ["auto", "open", "stack", "heap"] {
            expected.push(format!("{b}/defer={s}{suffix}"));
        }
    }
    let names: Vec<&str> = results.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(names, expected);
    for (name, n, ns) in &results {
        assert_eq!(
            *n, 100,
            "{name}: --benchtime 100x runs exactly 100 iterations"
        );
        assert!(*ns > 0.0, "{name}");
    }
    assert!(stdout.contains("\nPASS\n"));

    // The table: a header and one row per benchmark (without the Benchmark prefix).
    let header = lines
        .iter()
        .position(|l| l.starts_with("benchmark "))
        .expect("table header");
    for col in [
        "auto ns/op",
        "open ns/op",
        "vs auto",
        "stack ns/op",
        "heap ns/op",
        "B/op",
        "allocs/op",
        "recs",
    ] {
        assert!(
            lines[header].contains(col),
            "table header has {col}: {}",
            lines[header]
        );
    }
    for (i, b) in benches.iter().enumerate() {
        let row = lines[header + 1 + i];
        let short = b.strip_prefix("Benchmark").expect("prefix");
        assert_eq!(row.split_whitespace().next(), Some(short), "row {i}: {row}");
        // name, then per strategy ns/op (and vs auto after the first), B/op, allocs/op, recs
        assert_eq!(row.split_whitespace().count(), 1 + 4 + 3 * 5, "row {row}");
    }

    let svg_text = std::fs::read_to_string(&svg).expect("the SVG was written");
    let _ = std::fs::remove_file(&svg);
    assert!(
        svg_text.starts_with("<svg"),
        "{}",
        &svg_text[..svg_text.len().min(80)]
    );
    assert!(svg_text.trim_end().ends_with("</svg>"));
    assert!(svg_text.contains("<rect"));
    for b in &benches {
        assert!(
            svg_text.contains(b.strip_prefix("Benchmark").unwrap_or(b)),
            "SVG labels {b}"
        );
    }
}

#[test]
fn json_output() {
    let out = deferjit(&[
        "bench",
        "benches/defers_test.go",
        "--benchtime",
        "1ms",
        "--defer",
        "open,heap",
        "--filter",
        "Defer",
        "--json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("--json prints JSON");
    assert_eq!(v["ok"], true);
    assert_eq!(v["strategies"], serde_json::json!(["open", "heap"]));
    let benches = v["benchmarks"].as_array().expect("benchmarks");
    let names: Vec<&str> = benches
        .iter()
        .map(|b| b["name"].as_str().expect("name"))
        .collect();
    let want: Vec<String> = reference_benchmarks()
        .into_iter()
        .filter(|n| n.contains("Defer"))
        .collect();
    assert_eq!(names, want);
    for b in benches {
        let r = b["results"].as_array().expect("results");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0]["ratio"].as_f64(), Some(1.0));
        for x in r {
            assert!(x["ns_per_op"].as_f64().expect("ns/op") > 0.0);
            assert_eq!(
                x["arena_bytes_per_op"].as_f64(),
                Some(0.0),
                "no allocation on the defer paths: {x}"
            );
            let run = &x["runs"][0];
            let seq: Vec<u64> = run["n_sequence"]
                .as_array()
                .expect("seq")
                .iter()
                .map(|n| n.as_u64().unwrap())
                .collect();
            assert_eq!(seq[0], 1, "Go starts at b.N = 1");
            assert!(
                seq.windows(2).all(|w| w[1] > w[0] && w[1] <= 100 * w[0]),
                "Go's growth: {seq:?}"
            );
            assert_eq!(run["n"].as_u64(), seq.last().copied());
            assert!(x["full_name"].as_str().unwrap().contains("/defer="));
        }
    }
}

#[test]
fn count_repeats_lines() {
    let out = deferjit(&[
        "bench",
        "benches/defers_test.go",
        "--benchtime=10x",
        "--count",
        "3",
        "--defer",
        "stack",
        "--filter",
        "PanicRecoverDepth10",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("Benchmark"))
        .collect();
    let suffix = procs_suffix();
    let names: Vec<String> = lines.iter().map(|l| parse_go_line(l).0).collect();
    let mut want = vec![format!("BenchmarkPanicRecoverDepth10/defer=stack{suffix}"); 3];
    want.extend(vec![
        format!(
            "BenchmarkPanicRecoverDepth100/defer=stack{suffix}"
        );
        3
    ]);
    assert_eq!(names, want);
    assert!(stdout.contains("median of 3 runs"), "{stdout}");
}

fn write_temp(name: &str, src: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("deferjit-cli-bench-{}-{name}", std::process::id()));
    std::fs::write(&p, src).expect("write temp file");
    p
}

fn fails_with(args: &[&str], want: &str) {
    let out = deferjit(args);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(
        stderr.contains(want),
        "{args:?}: stderr {stderr:?} lacks {want:?}"
    );
    assert!(!stderr.contains("panicked at"), "no Rust panic: {stderr}");
}

#[test]
fn clean_errors() {
    let none = write_temp("none.go", "package main\n\nfunc main() {}\n");
    fails_with(&["bench", none.to_str().unwrap()], "no benchmarks");
    let bad = write_temp(
        "bad.go",
        "package main\n\nimport \"testing\"\n\nfunc BenchmarkX(b *testing.B) {\n\tx := 1\n}\n",
    );
    fails_with(
        &["bench", bad.to_str().unwrap()],
        ":6:2: declared and not used: x",
    );
    fails_with(
        &["bench", "benches/defers_test.go", "--filter", "Nope"],
        "no benchmark matches",
    );
    fails_with(
        &[
            "bench",
            Path::new("/nonexistent/x_test.go").to_str().unwrap(),
        ],
        "cannot read",
    );
    let out = deferjit(&["bench", "benches/defers_test.go", "--benchtime", "0x"]);
    assert_eq!(out.status.code(), Some(2), "clap rejects a bad --benchtime");
    assert!(text(&out.stderr).contains("invalid count"));

    // A benchmark that panics: Go's panic text, --- FAIL, status 1, the others still run.
    let panics = write_temp(
        "panics.go",
        "package main\n\nimport \"testing\"\n\nfunc BenchmarkBoom(b *testing.B) {\n\tpanic(\"boom\")\n}\n\n\
         func BenchmarkFine(b *testing.B) {\n\tfor i := 0; i < b.N; i++ {\n\t}\n}\n",
    );
    let out = deferjit(&[
        "bench",
        panics.to_str().unwrap(),
        "--benchtime",
        "5x",
        "--defer",
        "open",
    ]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("--- FAIL: BenchmarkBoom/defer=open"),
        "{stdout}"
    );
    assert!(stdout.contains("panic: boom"), "{stdout}");
    assert!(stdout.contains("BenchmarkFine/defer=open"), "{stdout}");
    assert!(stdout.contains("\nFAIL\n"), "{stdout}");
    for p in [none, bad, panics] {
        let _ = std::fs::remove_file(p);
    }
}

#[test]
fn the_returns_benchmarks_run_under_every_strategy() {
    let src = std::fs::read_to_string(root().join("benches/returns_test.go")).unwrap();
    let names: Vec<&str> = src
        .lines()
        .filter_map(|l| l.strip_prefix("func Benchmark"))
        .map(|l| &l[..l.find('(').unwrap()])
        .collect();
    assert_eq!(names.len(), 5);
    let out = deferjit(&["bench", "benches/returns_test.go", "--benchtime", "100x"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for name in names {
        for s in ["auto", "open", "stack", "heap"] {
            let prefix = format!("Benchmark{name}/defer={s}");
            let line = stdout.lines().find(|l| l.starts_with(&prefix));
            let line = line.unwrap_or_else(|| panic!("no result line for {prefix}:\n{stdout}"));
            let (_, n, ns) = parse_go_line(line);
            assert_eq!(n, 100, "{line}");
            assert!(ns > 0.0, "{line}");
        }
    }
}

/// benches/escape_test.go: gc allocates nothing per op in its `Stays*` benchmarks and one
/// 16-byte object per op in its `Escapes*` ones (`go test -bench . -benchmem`, Go 1.23.5);
/// deferjit must report the same, in JSON and in `-benchmem` result lines.
#[test]
fn escape_analysis_allocates_where_gc_does() {
    let out = deferjit(&[
        "bench",
        "benches/escape_test.go",
        "--benchtime",
        "2000x",
        "--defer",
        "auto,heap",
        "--json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("--json prints JSON");
    let benches = v["benchmarks"].as_array().expect("benchmarks");
    assert_eq!(benches.len(), 9);
    for b in benches {
        let name = b["name"].as_str().expect("name");
        let name = name.strip_prefix("Benchmark").unwrap_or(name);
        let want = if name.starts_with("Stays") {
            (0, 0)
        } else {
            assert!(name.starts_with("Escapes"), "{name}");
            (16, 1)
        };
        for r in b["results"].as_array().expect("results") {
            let got = (
                r["bytes_per_op"].as_u64().expect("B/op"),
                r["allocs_per_op"].as_u64().expect("allocs/op"),
            );
            assert_eq!(got, want, "{name}: {r}");
        }
    }
    let out = deferjit(&[
        "bench",
        "benches/escape_test.go",
        "--benchtime",
        "100x",
        "--defer",
        "auto",
        "--filter",
        "EscapesReturned",
        "--benchmem",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("BenchmarkEscapesReturned/defer=auto"))
        .unwrap_or_else(|| panic!("no result line:\n{stdout}"));
    assert!(
        line.ends_with("ns/op\t      16 B/op\t       1 allocs/op"),
        "go test -benchmem's form: {line:?}"
    );
}

/// A func literal that captures nothing is a static closure object, as in gc: making
/// one allocates nothing (`0 allocs/op`), where one that captures a variable allocates.
#[test]
fn capture_free_func_literals_do_not_allocate() {
    let path = write_temp(
        "closures_test.go",
        "package main\n\nimport \"testing\"\n\nvar sinkF func(int) int\n\nfunc plain() func(int) int { return func(x int) int { return x + 1 } }\n\nfunc capturing(n int) func(int) int { return func(x int) int { return x + n } }\n\nfunc BenchmarkPlain(b *testing.B) {\n\tfor i := 0; i < b.N; i++ {\n\t\tsinkF = plain()\n\t}\n}\n\nfunc BenchmarkCapturing(b *testing.B) {\n\tfor i := 0; i < b.N; i++ {\n\t\tsinkF = capturing(i)\n\t}\n}\n",
    );
    let out = deferjit(&[
        "bench",
        path.to_str().unwrap(),
        "--benchtime",
        "100x",
        "--defer",
        "auto",
        "--benchmem",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let line = |name: &str| {
        stdout
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name} line:\n{stdout}"))
            .to_string()
    };
    assert!(
        line("BenchmarkPlain/defer=auto").ends_with("\t       0 B/op\t       0 allocs/op"),
        "{stdout}"
    );
    assert!(
        line("BenchmarkCapturing/defer=auto").ends_with("\t      16 B/op\t       1 allocs/op"),
        "{stdout}"
    );
}
