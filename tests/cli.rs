//! The `deferjit` binary end to end: help and version, `run` with Go's output streams and
//! exit statuses (0, 2 after a fatal panic, os.Exit's code, 1 for compile errors printed
//! as FILE:LINE:COL), `--defer`, `explain`, and clear errors for bad invocations.

use std::io::Write;
use std::process::{Command, Output};

fn deferjit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_deferjit"))
        .args(args)
        .output()
        .expect("run deferjit")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Writes `src` to a fresh file named `name` in a temporary directory; returns its path.
fn program(name: &str, src: &str) -> String {
    let dir = std::env::temp_dir().join(format!("deferjit-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::File::create(&path)
        .unwrap()
        .write_all(src.as_bytes())
        .unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn help_and_version() {
    let h = deferjit(&["--help"]);
    assert!(h.status.success());
    let out = text(&h.stdout);
    for cmd in ["run", "explain", "dump", "bench", "test", "trace"] {
        assert!(out.contains(cmd), "--help lacks {cmd}:\n{out}");
    }
    let v = deferjit(&["--version"]);
    assert!(v.status.success());
    assert_eq!(
        text(&v.stdout).trim(),
        format!("deferjit {}", env!("CARGO_PKG_VERSION"))
    );
    let rh = deferjit(&["run", "--help"]);
    assert!(text(&rh.stdout).contains("--defer"));
}

#[test]
fn run_hello_streams_stdout_and_stderr() {
    let hello = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/hello.go");
    let golden = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/conformance/example_hello.golden"
    ))
    .unwrap();
    let o = deferjit(&["run", hello]);
    assert_eq!(o.status.code(), Some(0));
    let section = |name: &str| -> String {
        let start = golden.find(&format!("-- {name} --\n")).unwrap() + name.len() + 7;
        let rest = &golden[start..];
        rest[..rest.find("\n-- ").map(|i| i + 1).unwrap_or(rest.len())].to_string()
    };
    assert_eq!(text(&o.stdout), section("stdout"));
    assert_eq!(text(&o.stderr), section("stderr"));
}

#[test]
fn run_exit_statuses_under_every_strategy() {
    let fatal = program(
        "fatal.go",
        "package main\n\nfunc main() {\n\tdefer println(\"deferred\")\n\tpanic(\"boom\")\n}\n",
    );
    let exit = program(
        "exit.go",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Exit(7)\n}\n",
    );
    for s in ["auto", "open", "stack", "heap"] {
        let o = deferjit(&["run", "--defer", s, &fatal]);
        assert_eq!(o.status.code(), Some(2), "{s}");
        let e = text(&o.stderr);
        assert!(
            e.starts_with("deferred\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n"),
            "{s}: {e}"
        );
        let o = deferjit(&["run", "--defer", s, &exit]);
        assert_eq!(o.status.code(), Some(7), "{s}");
    }
}

/// Traces name the source file by its absolute path, as gc's do for `go run prog.go`:
/// the working directory as `$PWD` names it (a symbolic link in it stays, as in Go), and
/// `..` removed lexically; compile errors keep the name as given. Recorded with
/// go1.23.5 from a directory reached through a symbolic link: `go run p.go` and `go run
/// ../link/p.go` both print `\t/tmp/gt/link/p.go:4 +0x25`.
#[test]
fn traces_show_the_absolute_path_and_messages_the_given_name() {
    let fatal = program(
        "abs.go",
        "package main\n\nfunc f(s string) {\n\tpanic(s)\n}\n\nfunc main() {\n\tf(\"boom\")\n}\n",
    );
    let real = std::path::Path::new(&fatal).parent().unwrap().to_path_buf();
    let link = real.with_file_name(format!(
        "{}-link",
        real.file_name().unwrap().to_string_lossy()
    ));
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let link_name = link.file_name().unwrap().to_string_lossy().into_owned();
    let run_in = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_deferjit"))
            .args(args)
            .current_dir(&link)
            .env("PWD", &link)
            .output()
            .expect("run deferjit")
    };
    let want = format!(
        "goroutine 1 [running]:\nmain.f({{0x0?, 0x0?}})\n\t{}/abs.go:4 +0x",
        link.display()
    );
    for file in ["abs.go".to_string(), format!("../{link_name}/./abs.go")] {
        let o = run_in(&["run", &file]);
        assert_eq!(o.status.code(), Some(2), "{file}");
        let e = text(&o.stderr);
        assert!(e.contains(&want), "{file}: want {want:?} in:\n{e}");
    }
    // Without a usable $PWD, the system's name of the directory.
    let o = Command::new(env!("CARGO_BIN_EXE_deferjit"))
        .args(["run", "abs.go"])
        .current_dir(&link)
        .env_remove("PWD")
        .output()
        .unwrap();
    let real = real.canonicalize().unwrap();
    assert!(
        text(&o.stderr).contains(&format!("\n\t{}/abs.go:4 +0x", real.display())),
        "{}",
        text(&o.stderr)
    );
    let bad = program("abs_bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
    std::fs::copy(&bad, link.join("bad.go")).unwrap();
    let o = run_in(&["run", "bad.go"]);
    assert_eq!(text(&o.stderr), "bad.go:4:2: declared and not used: x\n");
    std::fs::remove_file(&link).unwrap();
}

#[test]
fn compile_errors_have_positions_and_status_1() {
    let bad = program("bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
    let o = deferjit(&["run", &bad]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        text(&o.stderr),
        format!("{bad}:4:2: declared and not used: x\n")
    );
    assert!(o.stdout.is_empty());
    let junk = program("junk.go", "\u{0}\u{1}binary\u{ff}junk");
    let o = deferjit(&["run", &junk]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).starts_with(&format!("{junk}:1:1: ")),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn bad_invocations_are_reported() {
    let o = deferjit(&["run", "/nonexistent/x.go"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("cannot read /nonexistent/x.go"));
    let o = deferjit(&["run", "--defer", "sideways", "x.go"]);
    assert_eq!(o.status.code(), Some(2), "clap's usage error status");
    assert!(text(&o.stderr).contains("sideways"));
    let o = deferjit(&["frobnicate"]);
    assert!(!o.status.success());
}

#[test]
fn explain_prints_gc_format_with_reasons() {
    let f = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/defers_test.go");
    let o = deferjit(&["explain", f]);
    assert!(o.status.success());
    let out = text(&o.stdout);
    // The defer statement is the first line of stackDefer1's body.
    let src = std::fs::read_to_string(f).unwrap();
    let line = src
        .lines()
        .position(|l| l.starts_with("func stackDefer1("))
        .expect("stackDefer1")
        + 2;
    assert!(
        out.contains(&format!(
            "{f}:{line}:2: stack-allocated defer (17 returns × 1 defer > 15)"
        )),
        "{out}"
    );
    let heap_line = src
        .lines()
        .position(|l| l.starts_with("func heapDefer("))
        .expect("heapDefer")
        + 3;
    assert!(
        out.contains(&format!(
            "{f}:{heap_line}:3: heap-allocated defer (in a loop)"
        )),
        "{out}"
    );
}

#[test]
fn run_reads_the_program_from_stdin() {
    use std::process::Stdio;
    let run = |src: &str| -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_deferjit"))
            .args(["run", "-", "arg1", "--flag-for-the-program"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn deferjit");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(src.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let o = run("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"from stdin\") }\n");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "from stdin\n");
    // Errors name standard input as the file.
    let o = run("package main\n\nfunc main() {\n\tx := 1\n}\n");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stderr), "<stdin>:4:2: declared and not used: x\n");
}

#[test]
fn missing_main_is_reported_at_the_package_clause() {
    let p = program(
        "nomain.go",
        "// no main here\npackage main\n\nfunc f() {}\n",
    );
    let o = deferjit(&["run", &p]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        text(&o.stderr),
        format!("{p}:2:9: function main is undeclared in the main package\n")
    );
}

#[test]
fn perf_map_names_the_jit_code() {
    let hello = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/hello.go");
    let child = Command::new(env!("CARGO_BIN_EXE_deferjit"))
        .args(["run", "--perf-map", hello])
        .output();
    let o = child.expect("run deferjit");
    assert_eq!(o.status.code(), Some(0));
    // The map is named after the deferjit process; find the one that lists this program.
    let dir = std::env::temp_dir();
    let mut found = None;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("perf-") && name.ends_with(".map") {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if text.contains(" main.main\n") && text.contains("deferjit.calldeferred") {
                found = Some((entry.path(), text));
                break;
            }
        }
    }
    let (path, text) = found.expect("a perf map listing main.main");
    for line in text.lines() {
        let mut parts = line.splitn(3, ' ');
        let start = u64::from_str_radix(parts.next().unwrap(), 16).expect("hex start");
        let size = u64::from_str_radix(parts.next().unwrap(), 16).expect("hex size");
        assert!(
            start % 32 == 0,
            "functions start on 32-byte boundaries: {line}"
        );
        assert!(size > 0 && !parts.next().unwrap().is_empty(), "{line}");
    }
    let _ = std::fs::remove_file(path);
}

#[test]
fn seed_makes_select_choices_reproducible() {
    // Twenty selects with both cases ready: the choices follow the run's seed.
    let p = program(
        "seeded_select.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta := make(chan int, 20)\n\tb := make(chan int, 20)\n\tfor i := 0; i < 20; i++ {\n\t\ta <- 1\n\t\tb <- 2\n\t}\n\ts := \"\"\n\tfor i := 0; i < 20; i++ {\n\t\tselect {\n\t\tcase <-a:\n\t\t\ts += \"a\"\n\t\tcase <-b:\n\t\t\ts += \"b\"\n\t\t}\n\t}\n\tfmt.Println(s)\n}\n",
    );
    let run = |seed: &str| {
        let o = deferjit(&["run", "--seed", seed, &p]);
        assert!(o.status.success(), "{}", text(&o.stderr));
        text(&o.stdout)
    };
    assert_eq!(run("7"), run("7"));
    let outs: std::collections::BTreeSet<String> =
        ["1", "2", "3", "4", "5"].iter().map(|s| run(s)).collect();
    assert!(outs.len() > 1, "every seed chose the same: {outs:?}");
    for o in &outs {
        assert_eq!(o.trim().len(), 20);
        assert!(o.contains('a') && o.contains('b'), "{o}");
    }
}

#[test]
fn test_runs_tests_then_benchmarks_in_go_flag_spelling() {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/gotest/wordfreq_test.go"
    ))
    .unwrap()
        + "\nfunc BenchmarkCount(b *testing.B) {\n\tfor i := 0; i < b.N; i++ {\n\t\tCount(\"a b a\")\n\t}\n}\n";
    let path = program("bench_in_test_test.go", &src);
    let o = deferjit(&[
        "test",
        "-run=TestTop$",
        "-bench",
        "Count",
        "-benchtime=50x",
        "-v",
        &path,
    ]);
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}{}", text(&o.stderr));
    let lines: Vec<&str> = out.lines().collect();
    // The test selected by -run, then the benchmark header and result, then PASS and the
    // go command's line.
    assert_eq!(lines[0], "=== RUN   TestTop", "{out}");
    assert!(lines[1].starts_with("--- PASS: TestTop ("), "{out}");
    assert_eq!(lines[2], "goos: linux", "{out}");
    let result = lines
        .iter()
        .position(|l| {
            l.starts_with("BenchmarkCount") && l.contains("\t      50\t") && l.ends_with(" ns/op")
        })
        .unwrap_or_else(|| panic!("no result line:\n{out}"));
    assert_eq!(lines[result + 1], "PASS", "{out}");
    assert!(
        lines[result + 2].starts_with("ok  \tcommand-line-arguments\t"),
        "{out}"
    );
    // A file none of whose names ends in _test.go has no tests, as the go command says.
    let plain = program("plain.go", "package main\n\nfunc main() {}\n");
    let o = deferjit(&["test", &plain]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        text(&o.stdout).contains("[no test files]"),
        "{}",
        text(&o.stdout)
    );
}

/// The epilogue peephole (lowering/src/epilogue.rs) on real Cranelift output: a function
/// with a jump table (a switch of 9 cases) and one with float constants in its constant
/// pool both return through `add rsp, N; nop; pop rbp`, and the program still runs.
#[test]
fn epilogues_drop_the_sp_restore_across_jump_tables_and_constant_pools() {
    let src = "package main\n\nimport \"fmt\"\n\n//go:noinline\nfunc pick(x int) int {\n\tswitch x {\n\tcase 0:\n\t\treturn 10\n\tcase 1:\n\t\treturn 11\n\tcase 2:\n\t\treturn 12\n\tcase 3:\n\t\treturn 13\n\tcase 4:\n\t\treturn 14\n\tcase 5:\n\t\treturn 15\n\tcase 6:\n\t\treturn 16\n\tcase 7:\n\t\treturn 17\n\tcase 8:\n\t\treturn 18\n\t}\n\treturn pick(x - 9)\n}\n\n//go:noinline\nfunc scale(f float64) float64 { return f*2.5 + 0.125 + float64(pick(int(f))) }\n\nfunc main() {\n\tfmt.Println(pick(3), pick(12), scale(4))\n}\n";
    let path = program("epilogues.go", src);
    let run = deferjit(&["run", &path]);
    assert_eq!(text(&run.stdout), "13 13 24.125\n");
    for func in ["main.pick", "main.scale"] {
        let d = deferjit(&["dump", &path, "--func", func, "--asm"]);
        let out = text(&d.stdout);
        assert!(d.status.success(), "{}", text(&d.stderr));
        assert!(
            out.contains("jump table entry") || func != "main.pick",
            "no jump table in {func}:\n{out}"
        );
        assert!(
            out.contains("constant") || func != "main.scale",
            "no constant pool in {func}:\n{out}"
        );
        assert!(
            out.contains("mov rsp, rbp, dropped") && !out.contains("  mov rsp, rbp"),
            "an epilogue of {func} kept its mov rsp, rbp:\n{out}"
        );
    }
}

/// `deferjit trace`: the program's output, then the events in words; `--json` one object
/// with the events; `--svg` a picture with a mark per event; the program's exit status.
#[test]
fn trace_text_json_and_svg() {
    let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/trace_demo.go");
    let svg = program("trace.svg", "");
    let o = deferjit(&["trace", demo, "--svg", &svg]);
    assert_eq!(o.status.code(), Some(0));
    let out = text(&o.stdout);
    assert!(
        out.starts_with("classify: deferred\nguard: deferred\nthree\n"),
        "{out}"
    );
    for want in [
        "(--defer auto): 26 events, exit status 0",
        "PANIC 1: runtime error: index out of range [2] with length 0 (a runtime error)",
        "recover() stops panic 1 and returns its value",
        "panic 1 is over: the frame resumes at its landing pad main.guard+0x",
    ] {
        assert!(out.contains(want), "no `{want}` in:\n{out}");
    }
    let picture = std::fs::read_to_string(&svg).unwrap();
    assert!(picture.starts_with("<svg "), "{picture}");
    assert_eq!(
        picture.matches("<g><title>").count(),
        26,
        "one mark per event"
    );
    assert!(
        picture.contains("marker-end=\"url(#resume)\""),
        "no resume arrow"
    );

    let j = deferjit(&["trace", "--json", "--defer", "heap", demo]);
    assert_eq!(j.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&j.stdout).expect("one JSON object");
    assert_eq!(v["status"], 0);
    assert_eq!(v["strategy"], "heap");
    let events = v["events"].as_array().unwrap();
    let heap_defers = (events.iter())
        .filter(|e| e["kind"] == "defer" && e["defer"]["how"]["strategy"] == "heap_record")
        .count();
    assert_eq!(
        heap_defers,
        events.iter().filter(|e| e["kind"] == "defer").count()
    );
    assert!(v["stdout"]
        .as_str()
        .unwrap()
        .contains("recovered: runtime error"));

    // A program that does not compile: Go's message, status 1, no trace.
    let bad = program("bad.go", "package main\n\nfunc main() { x }\n");
    let b = deferjit(&["trace", &bad]);
    assert_eq!(b.status.code(), Some(1));
    assert!(
        text(&b.stderr).contains("bad.go:3:15: undefined: x"),
        "{}",
        text(&b.stderr)
    );
}

/// `deferjit run --json`: one object with the outcome, the panic chain and the trace as
/// data; the exit status stays the program's.
#[test]
fn run_json_outcome() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc f(n int) {\n\tdefer func() {\n\t\tpanic(\"again\")\n\t}()\n\tpanic(fmt.Sprint(\"boom \", n))\n}\n\nfunc main() {\n\tfmt.Println(\"start\")\n\tf(1)\n}\n";
    let path = program("json.go", src);
    let o = deferjit(&["run", "--json", &path]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    assert_eq!(v["status"], 2);
    assert_eq!(v["stdout"], "start\n");
    assert_eq!(v["panics"][0]["value"], "boom 1");
    assert_eq!(v["panics"][1]["value"], "again");
    let frames = v["goroutines"][0]["frames"].as_array().unwrap();
    let funcs: Vec<&str> = frames.iter().map(|f| f["func"].as_str().unwrap()).collect();
    assert_eq!(funcs.first(), Some(&"main.f.func1"));
    assert_eq!(funcs.last(), Some(&"main.main"));
    assert_eq!(frames.last().unwrap()["line"], 14);
    assert!(v["compile_seconds"].as_f64().unwrap() > 0.0);
    assert!(v["arena_bytes"].as_u64().is_some());
    assert!(o.stderr.is_empty(), "{}", text(&o.stderr));
}

/// A trace of deep recursion (5,000 frames, three events per frame) stays quick and
/// small: each event keeps the innermost 32 frames of its stack and says it is truncated.
#[test]
fn trace_of_deep_recursion_keeps_the_innermost_frames() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc rec(n int) {\n\tdefer func() {\n\t\tif n == 0 {\n\t\t\tfmt.Println(\"bottom\")\n\t\t}\n\t}()\n\tif n == 0 {\n\t\tpanic(\"deep\")\n\t}\n\trec(n - 1)\n}\n\nfunc main() {\n\tdefer func() { fmt.Println(recover()) }()\n\trec(5000)\n}\n";
    let path = program("deep.go", src);
    let o = deferjit(&["trace", "--json", &path]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    assert_eq!(v["stdout"], "bottom\ndeep\n");
    let events = v["events"].as_array().unwrap();
    assert_eq!(
        events.len(),
        3 * 5_001 + 7,
        "defer, walk and call per frame"
    );
    assert!(events
        .iter()
        .all(|e| e["stack"].as_array().unwrap().len() <= 32));
    let deepest = &events[5_002];
    assert_eq!(deepest["kind"], "panic");
    assert_eq!(deepest["truncated"], true);
    assert_eq!(events.last().unwrap()["kind"], "return");
}
