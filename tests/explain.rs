//! `explain --defer auto` agrees with gc's `-d=defer` output: the `-- defers --` section of
//! every conformance golden, and `benches/defers_test.defers` for the benchmark file.

use deferjit::{explain, DeferStrategy};
use std::path::Path;

/// `LINE:COL: verdict` lines of our explanation (file prefix and reason stripped).
fn ours(name: &str, src: &str) -> Vec<String> {
    explain(name, src, DeferStrategy::Auto)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|l| {
            let rest = l
                .strip_prefix(&format!("{name}:"))
                .expect("file prefix")
                .to_string();
            rest.split(" (").next().unwrap().to_string()
        })
        .collect()
}

fn defers_section(golden: &str) -> Option<Vec<String>> {
    let start = golden.find("-- defers --\n")? + "-- defers --\n".len();
    let rest = &golden[start..];
    let end = rest.find("\n-- ").map(|i| i + 1).unwrap_or(rest.len());
    Some(rest[..end].lines().map(str::to_string).collect())
}

#[test]
fn explain_matches_every_conformance_golden() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance");
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("go") {
            continue;
        }
        let golden = std::fs::read_to_string(path.with_extension("golden")).unwrap();
        let Some(want) = defers_section(&golden) else {
            continue;
        }; // compile-error programs
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let src = std::fs::read_to_string(&path).unwrap();
        let got = ours(&name, &src);
        if got != want {
            mismatches.push(format!("{name}:\n  gc:   {want:?}\n  ours: {got:?}"));
        }
        checked += 1;
    }
    assert!(
        checked >= 100,
        "only {checked} goldens with a defers section"
    );
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn explain_matches_gc_on_the_benchmark_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches");
    let src = std::fs::read_to_string(dir.join("defers_test.go")).unwrap();
    let want: Vec<String> = std::fs::read_to_string(dir.join("defers_test.defers"))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(ours("defers_test.go", &src), want);
}

#[test]
fn explain_gives_reasons() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches");
    let src = std::fs::read_to_string(dir.join("defers_test.go")).unwrap();
    let lines = explain("defers_test.go", &src, DeferStrategy::Auto).unwrap();
    // The one defer of stackDefer1 and the one of heapDefer, wherever they are in the file.
    let with = |ls: &[String], what: &str| -> Vec<String> {
        ls.iter().filter(|l| l.contains(what)).cloned().collect()
    };
    assert_eq!(
        with(&lines, "stack-allocated"),
        [format!(
            "defers_test.go:{}:2: stack-allocated defer (17 returns × 1 defer > 15)",
            line_of(&src, "func stackDefer1") + 1
        )]
    );
    assert_eq!(with(&lines, "heap-allocated").len(), 1);
    assert!(with(&lines, "heap-allocated")[0].ends_with("heap-allocated defer (in a loop)"));
    let forced = explain("defers_test.go", &src, DeferStrategy::Stack).unwrap();
    assert!(
        forced[0].ends_with("stack-allocated defer (forced by --defer stack)"),
        "{}",
        forced[0]
    );
    let heap = with(&forced, "heap-allocated");
    assert_eq!(heap.len(), 1);
    assert!(
        heap[0].contains("heap-allocated defer (in a loop: --defer stack is impossible here"),
        "{}",
        heap[0]
    );
}

/// The 1-based line of the first line of `src` that starts with `prefix`.
fn line_of(src: &str, prefix: &str) -> usize {
    src.lines()
        .position(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starts with {prefix:?}"))
        + 1
}
