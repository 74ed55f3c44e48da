//! The runtime's behaviour when things go wrong around it: a stack overflow inside the
//! print path (Rust code used to overflow inside the allocator and hang), a fault in the
//! runtime's own code (gc's `unexpected signal during runtime execution` and an abort,
//! never a silent death), signals outside generated code (the handlers stay installed),
//! a deadline passing while the run is blocked writing to a pipe nobody reads, and
//! impossible stack limits (a clear message, never a Rust panic).
//!
//! Tests that must crash a process run this test binary again as a child
//! (`DEFERJIT_CHILD=<scenario>`), which does the deed and reports on stdout.

use deferjit::{DeferStrategy, Options, Program};
use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn compile_with(src: &str, opts: Options) -> Program {
    Program::compile("t.go", src, &opts).unwrap_or_else(|e| panic!("{e}"))
}

/// Runs `f` on a thread and waits at most `limit` for it: a hang fails the test instead
/// of hanging it (the stuck thread is left behind).
fn within<R: Send + 'static>(limit: Duration, f: impl FnOnce() -> R + Send + 'static) -> R {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(limit)
        .unwrap_or_else(|_| panic!("did not finish within {limit:?} (hung)"))
}

/// Waits for a child at most `limit`, killing it if it is still running then.
fn wait_child(child: &mut std::process::Child, limit: Duration) -> std::process::ExitStatus {
    let t0 = Instant::now();
    loop {
        if let Some(st) = child.try_wait().expect("wait") {
            return st;
        }
        if t0.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("child still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn source_file(name: &str, src: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("deferjit-runtime-faults-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, src).unwrap();
    file
}

// ---------------------------------------------------------------------------------------
// Stack overflow in the print path (item 6)

/// Every level prints, with `fmt.Println` (formatting, allocation, one write) and the
/// builtin `println`: most of the stack is used by runtime code, where the overflow used
/// to happen (inside malloc, with its lock held: the report then hung forever).
const PRINT_RECURSION: &str = r#"package main

import "fmt"

func f(n int) int {
	fmt.Println("level", n, "of the recursion")
	println(n)
	return f(n+1) + 1
}

func main() {
	println(f(0))
}
"#;

fn assert_print_overflow(err: &str, limit: usize, file: &str) {
    let at = err
        .find("runtime: goroutine stack exceeds")
        .unwrap_or_else(|| {
            panic!(
                "no overflow report in {}",
                &err[err.len().saturating_sub(2000)..]
            )
        });
    let report = &err[at..];
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(
        lines[0],
        format!("runtime: goroutine stack exceeds {limit}-byte limit")
    );
    assert!(lines[1].starts_with("runtime: sp=0x"), "{report}");
    assert_eq!(
        lines[2..5].join("\n"),
        "fatal error: stack overflow\n\ngoroutine 1 [running]:"
    );
    // The stub of a runtime entry called by main.f noticed: the innermost frame is main.f
    // at one of its print calls (line 6 or 7).
    assert_eq!(lines[5], "main.f(0x0?)", "{report}");
    assert!(
        lines[6].starts_with(&format!("\t{file}:6 +0x"))
            || lines[6].starts_with(&format!("\t{file}:7 +0x")),
        "{report}"
    );
    assert!(
        report.contains("\n...") && report.contains(" frames elided...\n"),
        "{report}"
    );
    let n = lines.len();
    assert_eq!(lines[n - 2], "main.main()", "{report}");
    assert!(
        lines[n - 1].starts_with(&format!("\t{file}:12 +0x")),
        "{report}"
    );
    // 50 + 50 frames and the elision line.
    assert_eq!(n - 5, 201, "{report}");
}

#[test]
fn overflow_in_the_print_path_is_reported_not_hung() {
    for s in DeferStrategy::ALL {
        let prog = compile_with(
            PRINT_RECURSION,
            Options {
                defer: s,
                stack_limit: 16 << 20,
                ..Options::default()
            },
        );
        let out = within(Duration::from_secs(120), move || prog.run());
        assert_eq!(out.status, 2, "{s}");
        assert!(text(&out.stdout).starts_with("level 0 of the recursion\n"));
        assert_print_overflow(&text(&out.stderr), 16 << 20, "t.go");
    }
}

#[test]
fn overflow_in_the_print_path_with_gos_default_limit_cli() {
    // Streaming to /dev/null, Go's 1 GB limit: about 20 million levels.
    let file = source_file("print_recursion.go", PRINT_RECURSION);
    let mut child = Command::new(env!("CARGO_BIN_EXE_deferjit"))
        .arg("run")
        .arg(&file)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run deferjit");
    let mut err = Vec::new();
    let mut pipe = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        // Keep only the end: the levels printed by println come first.
        let mut buf = [0u8; 1 << 16];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    err.extend_from_slice(&buf[..n]);
                    if err.len() > 1 << 20 {
                        err.drain(..err.len() - (1 << 19));
                    }
                }
            }
        }
        err
    });
    let st = wait_child(&mut child, Duration::from_secs(180));
    let err = reader.join().unwrap();
    assert_eq!(st.code(), Some(2));
    assert_print_overflow(&text(&err), 1_000_000_000, &file.display().to_string());
}

// ---------------------------------------------------------------------------------------
// Deadline while blocked in a system call (item 8)

const PRINT_FOREVER: &str = r#"package main

import "fmt"

func main() {
	for i := 0; ; i++ {
		fmt.Println("line", i, "of output that nobody reads")
		println("and", i, "on stderr")
	}
}
"#;

#[test]
fn timeout_ends_a_run_blocked_on_a_pipe_nobody_reads() {
    let file = source_file("print_forever.go", PRINT_FOREVER);
    // stdout never read: the run blocks in write(2) once the pipe is full.
    let t0 = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_deferjit"))
        .args(["run", "--timeout", "500ms"])
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run deferjit");
    let mut pipe = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut err = Vec::new();
        let _ = pipe.read_to_end(&mut err);
        err
    });
    let st = wait_child(&mut child, Duration::from_secs(30));
    let took = t0.elapsed();
    let err = text(&reader.join().unwrap());
    assert_eq!(
        st.code(),
        Some(124),
        "{}",
        &err[err.len().saturating_sub(500)..]
    );
    assert!(
        err.ends_with("deferjit: run timed out after 500ms\n"),
        "{}",
        &err[err.len().saturating_sub(500)..]
    );
    assert!(took < Duration::from_secs(5), "took {took:?}");
    drop(child);

    // Both pipes unread: the timeout message cannot be written either, and the run still
    // ends within the timeout plus a grace period.
    let t0 = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_deferjit"))
        .args(["run", "--timeout", "500ms"])
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run deferjit");
    let st = wait_child(&mut child, Duration::from_secs(30));
    let took = t0.elapsed();
    assert_eq!(st.code(), Some(124));
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

// ---------------------------------------------------------------------------------------
// Impossible stack limits (item 9)

const HELLO: &str = "package main\n\nfunc main() {\n\tprintln(\"hello\")\n}\n";

#[test]
fn stack_limits_are_checked_never_a_panic() {
    let file = source_file("hello.go", HELLO);
    let run = |limit: &str| {
        Command::new(env!("CARGO_BIN_EXE_deferjit"))
            .args(["run", "--stack-limit", limit])
            .arg(&file)
            .output()
            .expect("run deferjit")
    };
    // 32 GiB and more are fine: the stack is reserved, not committed.
    for limit in ["32GiB", "1000GiB"] {
        let out = run(limit);
        assert_eq!(out.status.code(), Some(0), "{limit}: {}", text(&out.stderr));
        assert_eq!(text(&out.stderr), "hello\n");
    }
    let out = run("0");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("invalid value '0' for '--stack-limit <BYTES>': the stack limit must be at least 1 byte"),
        "{}",
        text(&out.stderr)
    );
    let out = run("1000000GiB");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is more than this process can reserve"),
        "{}",
        text(&out.stderr)
    );
    assert!(!text(&out.stderr).contains("panicked"));

    // The library: an outcome with the reason, not a panic.
    for limit in [0, usize::MAX / 2] {
        let prog = compile_with(
            HELLO,
            Options {
                stack_limit: limit,
                ..Options::default()
            },
        );
        let out = prog.run();
        assert_eq!(out.status, runtime::run::STATUS_START_FAILED);
        assert!(
            text(&out.stderr).starts_with("deferjit: cannot start the run: "),
            "{}",
            text(&out.stderr)
        );
    }
    let prog = compile_with(
        HELLO,
        Options {
            stack_limit: 32 << 30,
            ..Options::default()
        },
    );
    assert_eq!(text(&prog.run().stderr), "hello\n");
}

// ---------------------------------------------------------------------------------------
// Faults in runtime code, and signals outside generated code (item 7)

const CLOSURES: &str = r#"package main

func main() {
	x := 1
	f := func() int {
		x++
		return x
	}
	println("closure:", f(), x)
	if x > 100 {
		panic("never")
	}
}
"#;

fn func_start(prog: &Program, name: &str) -> usize {
    prog.code()
        .funcs
        .iter()
        .find(|(cf, _)| cf.name == name)
        .map(|(_, start)| *start)
        .unwrap_or_else(|| panic!("no function {name}"))
}

/// The JIT-fault check of tests/reliability.rs: a closure body dereferencing a bad
/// environment pointer is reported (status 70) and the host lives on.
fn jit_fault_is_reported(prog: &Program) {
    let f1 = func_start(prog, "main.main.func1");
    let entry = prog.code().entry_points();
    let out = runtime::run_on_new_thread(entry, runtime::RunConfig::default(), move |s| {
        s.call0(f1, 0x1000)
    });
    assert_eq!(out.status, 70);
    assert!(
        text(&out.stderr).starts_with("deferjit: fault SIGSEGV in JIT code at main.main.func1+0x"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(text(&prog.run().stderr), "closure: 2 2\n");
}

/// What a child process does (see the module doc).
fn child_scenario(which: &str) {
    let prog = compile_with(CLOSURES, Options::default());
    assert_eq!(text(&prog.run().stderr), "closure: 2 2\n");
    let entry = prog.code().entry_points();
    match which {
        "debug-entry" => {
            // The test-only runtime entry, called by generated code (the entry
            // trampoline), reads from 0x10.
            let code = runtime::debug::rt_debug_fault as *const () as usize;
            runtime::run_on_new_thread(entry, runtime::RunConfig::default(), move |s| {
                s.call1(code, 0, 0x10)
            });
            println!("survived a fault in runtime code");
        }
        "stub-entry" => {
            // A real runtime entry through its stub, given a string at a bad address.
            let stub = func_start(&prog, "rt_print_string.stub");
            runtime::run_on_new_thread(entry, runtime::RunConfig::default(), move |s| {
                s.call1(stub, 0x20, 64)
            });
            println!("survived a fault in runtime code");
        }
        "sent-signals" => {
            // Signals sent to the process outside generated code, on a thread without a
            // run: Rust's own handler (installed before ours) restores the default
            // action for them and returns; ours must be put back.
            for sig in [libc::SIGSEGV, libc::SIGBUS] {
                // SAFETY: raises a signal on this thread; the handlers return.
                unsafe { libc::raise(sig) };
            }
            jit_fault_is_reported(&prog);
            jit_fault_is_reported(&prog);
            println!("host alive after signals outside JIT code");
        }
        _ => panic!("unknown child scenario {which}"),
    }
}

fn run_child(test: &str, which: &str) -> std::process::Output {
    Command::new(std::env::current_exe().unwrap())
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env("DEFERJIT_CHILD", which)
        .env("RUST_BACKTRACE", "0")
        .output()
        .expect("run the test binary as a child")
}

#[test]
fn fault_in_runtime_code_is_gcs_fatal_error_then_abort() {
    if let Ok(which) = std::env::var("DEFERJIT_CHILD") {
        return child_scenario(&which);
    }
    let exe = std::env::current_exe().unwrap();
    for (which, addr, entered) in [
        ("debug-entry", "0x10", None),
        ("stub-entry", "0x20", Some("rt_print_string.stub")),
    ] {
        let out = run_child("fault_in_runtime_code_is_gcs_fatal_error_then_abort", which);
        let err = text(&out.stderr);
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(out.status.signal(), Some(libc::SIGABRT), "{which}: {err}");
        assert!(!text(&out.stdout).contains("survived"), "{which}");
        assert!(
            err.contains(&format!(
                "fatal error: unexpected signal during runtime execution\n[signal SIGSEGV: segmentation violation code=0x1 addr={addr} pc=0x"
            )),
            "{which}: {err}"
        );
        assert!(
            err.contains("\ndeferjit: the fault is in runtime code at "),
            "{which}: {err}"
        );
        match entered {
            None => assert!(
                err.contains(&format!("in runtime code at {}+0x", exe.display())),
                "{which}: {err}"
            ),
            Some(stub) => assert!(
                err.contains(&format!(
                    ", entered through {stub}\n\ngoroutine 1 [running]:\n"
                )),
                "{which}: {err}"
            ),
        }
    }
}

#[test]
fn signals_outside_generated_code_leave_the_handlers_installed() {
    if let Ok(which) = std::env::var("DEFERJIT_CHILD") {
        return child_scenario(&which);
    }
    let out = run_child(
        "signals_outside_generated_code_leave_the_handlers_installed",
        "sent-signals",
    );
    assert!(
        out.status.success(),
        "{:?}\n{}\n{}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("host alive after signals outside JIT code"));
}

// ---------------------------------------------------------------------------------------
// The stack check's slow path preserves the stubs' arguments

/// Calls of runtime entries with zero to seven argument words, results in one and two
/// registers, panics and recoveries, heap and stack defer records.
const MANY_ENTRIES: &str = r#"package main

import (
	"errors"
	"fmt"
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("recovered")
		}
	}()
	return a / b, nil
}

func main() {
	s := []int{1, 2}
	for i := 0; i < 5; i++ {
		s = append(s, i*i)
		defer println("deferred", i, i%2 == 0)
	}
	var a any = "str" + "7"
	println(len(s), true, "x"+"y", a == "str7", s[3])
	fmt.Println(s, a, nil, errors.New("e"), "a" < "b")
	q, err := div(7, 0)
	fmt.Println(q, err)
	e := errors.New("boom")
	fmt.Println(e.Error(), len(make([]string, 3, 9)))
	var v any = 3
	if _, ok := v.(string); !ok {
		print("not a string ", v.(int), "\n")
	}
}
"#;

#[test]
fn stale_guard_word_only_slows_the_stubs() {
    for s in DeferStrategy::ALL {
        let prog = compile_with(
            MANY_ENTRIES,
            Options {
                defer: s,
                ..Options::default()
            },
        );
        let want = prog.run();
        assert_eq!(want.status, 0, "{}", text(&want.stderr));
        let code = prog.code();
        let init = code.go_funcs[prog.ir().init.0 as usize];
        let main = code.go_funcs[prog.ir().main.expect("main").0 as usize];
        // No session-managed guard word: every stub finds SP below `usize::MAX` and goes
        // through rt_morestack, which sees the stack is fine and returns.
        let entry = runtime::EntryPoints {
            stack_guard: 0,
            ..code.entry_points()
        };
        let _turn = prog.begin_run();
        // SAFETY: the program's guard word; no run of it is in progress (we hold its turn).
        unsafe { (code.stack_guard as *mut usize).write_volatile(usize::MAX) };
        let got = runtime::run_on_new_thread(entry, runtime::RunConfig::default(), move |s| {
            s.call0(init, 0).and_then(|()| s.call0(main, 0))
        });
        assert_eq!(got.value, Ok(()), "{s}: {}", text(&got.stderr));
        assert_eq!(text(&got.stdout), text(&want.stdout), "{s}");
        assert_eq!(text(&got.stderr), text(&want.stderr), "{s}");
    }
}

/// `debug.SetMaxStack` lowers the goroutine's limit during the run: the overflow comes at
/// the new limit and the report names it, as Go's does.
#[test]
fn set_max_stack_lowers_the_limit() {
    const SRC: &str = "package main

import (
\t\"fmt\"
\t\"runtime/debug\"
)

func rec(n int) int {
\tvar pad [128]byte
\tpad[n%128] = byte(n)
\treturn rec(n+1) + int(pad[3])
}

func main() {
\tfmt.Println(debug.SetMaxStack(1 << 20))
\trec(0)
}
";
    for s in DeferStrategy::ALL {
        let prog = compile_with(
            SRC,
            Options {
                defer: s,
                ..Options::default()
            },
        );
        let out = within(Duration::from_secs(60), move || prog.run());
        assert_eq!(out.status, 2, "{s}");
        assert_eq!(text(&out.stdout), "1000000000\n", "{s}");
        let err = text(&out.stderr);
        assert!(
            err.starts_with("runtime: goroutine stack exceeds 1048576-byte limit\nruntime: sp=0x"),
            "{s}: {err}"
        );
        assert!(
            err.contains(
                "\nfatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.rec(0x0?)\n"
            ),
            "{s}: {err}"
        );
    }
}
