//! Reliability of runs in process: unbounded recursion ends with Go's stack-overflow text
//! (with the configured limit), a deadline ends a run that loops forever (status 124), an
//! unexpected fault in JIT code is reported with the function and offset (status 70), the
//! arena limit gives Go's out-of-memory error, resident memory stays flat over 10^6 panics
//! and heap defers, concurrent runs stay separate, and no JIT mapping is ever writable and
//! executable at once. After each of these the host process runs programs as before.

use deferjit::{DeferStrategy, Options, Outcome, Program};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Serializes the tests of this file: the RSS and /proc/self/maps checks must not see
/// other tests' runs, and timing-based checks are steadier alone.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

fn compile_with(src: &str, opts: Options) -> Program {
    Program::compile("t.go", src, &opts).unwrap_or_else(|e| panic!("{e}"))
}

fn compile(src: &str, s: DeferStrategy) -> Program {
    compile_with(
        src,
        Options {
            defer: s,
            ..Options::default()
        },
    )
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const HELLO: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println(\"deferred\")\n\tfmt.Println(\"hello\")\n}\n";

/// The host still runs programs normally.
fn still_works() {
    let out = compile(HELLO, DeferStrategy::Auto).run();
    assert_eq!(out.status, 0);
    assert_eq!(text(&out.stdout), "hello\ndeferred\n");
}

// ---------------------------------------------------------------------------------------
// Stack overflow

const RECURSE: &str = r#"package main

var depth int

func f(n int) int {
	depth++
	return f(n+1) + 1
}

func g(n int) (r int) {
	defer func() { r++ }()
	if n < 0 {
		return 0
	}
	return g(n+1) + 1
}

func main() {
	println("start")
	if MODE == 0 {
		println(f(0))
	}
	println(g(0))
}
"#;

/// Go's text: the limit, the `sp=... stack=[...]` line (addresses vary), the fatal error,
/// then the trace elided as gc elides it: the innermost 50 frames of `func` (all but the
/// first at the recursive call on `call_line`), `...N frames elided...`, then 49 more at
/// that line and `main.main` at `main_line`.
fn assert_overflow_text(err: &str, limit: usize, func: &str, call_line: u32, main_line: u32) {
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.len() > 6, "{err}");
    assert_eq!(lines[0], "start");
    assert_eq!(
        lines[1],
        format!("runtime: goroutine stack exceeds {limit}-byte limit")
    );
    assert!(
        lines[2].starts_with("runtime: sp=0x") && lines[2].contains(" stack=[0x"),
        "{err}"
    );
    assert_eq!(
        lines[3..6].join("\n"),
        "fatal error: stack overflow\n\ngoroutine 1 [running]:"
    );
    let trace = &lines[6..];
    assert_eq!(trace.len(), 2 * 100 + 1, "{}", trace.join("\n"));
    let frame = |i: usize, name: &str, line: Option<u32>| {
        // gc prints `main.main()` for a function without arguments, their words otherwise:
        // deferjit the shape of `n int`, one word of unknown value.
        let args = if name == "main.main" { "" } else { "0x0?" };
        assert_eq!(trace[i], format!("{name}({args})"), "frame line {i}");
        let loc = trace[i + 1];
        let want = match line {
            Some(l) => format!("\tt.go:{l} +0x"),
            None => "\tt.go:".to_string(),
        };
        assert!(loc.starts_with(&want), "location line {}: {loc:?}", i + 1);
    };
    frame(0, func, None);
    for k in 1..50 {
        frame(2 * k, func, Some(call_line));
    }
    let elided = trace[100]
        .strip_prefix("...")
        .and_then(|r| r.strip_suffix(" frames elided..."))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or_else(|| panic!("no elision line: {:?}", trace[100]));
    assert!(elided > 1000, "{elided}");
    for k in 0..49 {
        frame(101 + 2 * k, func, Some(call_line));
    }
    frame(199, "main.main", Some(main_line));
}

#[test]
fn stack_overflow_is_go_fatal_error_with_configured_limit() {
    let _s = serial();
    for (mode, s) in [
        (0, DeferStrategy::Auto),
        (1, DeferStrategy::Open),
        (1, DeferStrategy::Stack),
        (1, DeferStrategy::Heap),
    ] {
        let src = RECURSE.replace("MODE", &mode.to_string());
        let prog = compile_with(
            &src,
            Options {
                defer: s,
                stack_limit: 16 << 20,
                ..Options::default()
            },
        );
        for _ in 0..2 {
            let out = prog.run();
            assert_eq!(out.status, 2, "{s}: {}", text(&out.stderr));
            let (func, call, main) = if mode == 0 {
                ("main.f", 7, 21)
            } else {
                ("main.g", 15, 23)
            };
            assert_overflow_text(&text(&out.stderr), 16777216, func, call, main);
            assert!(out.stdout.is_empty());
        }
    }
    still_works();
}

#[test]
fn stack_overflow_default_limit_message_is_gos() {
    // The default limit is Go's 1,000,000,000 bytes; the overflow reaches it in under a
    // second, touching (then freeing) up to 1 GB of stack.
    let _s = serial();
    let out = compile(&RECURSE.replace("MODE", "0"), DeferStrategy::Auto).run();
    assert_eq!(out.status, 2);
    assert_overflow_text(&text(&out.stderr), 1000000000, "main.f", 7, 21);
    still_works();
}

#[test]
fn stack_overflow_through_fmt_method_calls_ends_promptly() {
    // `Sprintf("%v", e)` inside e's own Error method: each level goes through the
    // runtime's printer and its method-call thunk. The overflow's trace, which passes
    // through every one of those calls, is written in time linear in the depth.
    let _s = serial();
    let src = r#"package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("error %v", e) }

func main() {
	var err error = E{404}
	fmt.Println(err)
}
"#;
    let start = std::time::Instant::now();
    let out = compile(src, DeferStrategy::Auto).run();
    assert_eq!(out.status, 2);
    let err = text(&out.stderr);
    assert!(
        err.starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\n"),
        "{err}"
    );
    assert!(
        err.contains(
            "\nfatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.E.Error({0x0?})\n"
        ),
        "{err}"
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(60));
    still_works();
}

// ---------------------------------------------------------------------------------------
// Deadline

const LOOPS: &str = r#"package main

import "fmt"

var sink int

func work(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = e.(int)
		}
	}()
	if i%2 == 0 {
		panic(i)
	}
	return i
}

func main() {
	fmt.Println("looping")
	switch MODE {
	case 0: // pure JIT code
		for i := 0; ; i++ {
			sink += i
		}
	case 1: // mostly in the runtime: panics and recovers
		for i := 0; ; i++ {
			sink += work(i)
		}
	case 2: // heap defers and printing to the captured output
		for i := 0; ; i++ {
			for j := range 3 {
				defer func() { sink += j }()
			}
			if i%1000 == 0 {
				fmt.Println(i)
			}
		}
	case 3: // string building in the runtime
		s := ""
		for i := 0; ; i++ {
			s = s + "x"
			if len(s) > 1000 {
				s = ""
			}
		}
	}
}
"#;

#[test]
fn timeout_ends_infinite_loops() {
    let _s = serial();
    for mode in 0..4 {
        for s in [DeferStrategy::Auto, DeferStrategy::Heap] {
            let src = LOOPS.replace("MODE", &mode.to_string());
            let prog = compile_with(
                &src,
                Options {
                    defer: s,
                    timeout: Some(Duration::from_millis(200)),
                    ..Options::default()
                },
            );
            let t0 = Instant::now();
            let out = prog.run();
            let took = t0.elapsed();
            assert_eq!(out.status, 124, "mode {mode} {s}: {}", text(&out.stderr));
            assert!(
                text(&out.stderr).ends_with("deferjit: run timed out after 200ms\n"),
                "mode {mode}: {}",
                text(&out.stderr)
            );
            assert!(text(&out.stdout).starts_with("looping\n"));
            assert!(
                took >= Duration::from_millis(200) && took < Duration::from_secs(10),
                "mode {mode} {s}: took {took:?}"
            );
        }
    }
    still_works();
}

#[test]
fn timeout_does_not_affect_runs_that_finish() {
    let _s = serial();
    let prog = compile_with(
        HELLO,
        Options {
            timeout: Some(Duration::from_millis(100)),
            ..Options::default()
        },
    );
    for _ in 0..50 {
        let out = prog.run();
        assert_eq!(out.status, 0);
        assert_eq!(text(&out.stdout), "hello\ndeferred\n");
        assert!(out.stderr.is_empty());
    }
    // A run ending just after its deadline passed is still ended cleanly, one way or the other.
    std::thread::sleep(Duration::from_millis(150));
    still_works();
}

#[test]
fn timed_out_runs_beside_normal_runs() {
    let _s = serial();
    let looping = compile_with(
        &LOOPS.replace("MODE", "1"),
        Options {
            timeout: Some(Duration::from_millis(300)),
            ..Options::default()
        },
    );
    let ok = compile(HELLO, DeferStrategy::Auto);
    std::thread::scope(|sc| {
        for _ in 0..3 {
            sc.spawn(|| {
                let out = looping.run();
                assert_eq!(out.status, 124);
            });
            sc.spawn(|| {
                for _ in 0..30 {
                    let out = ok.run();
                    assert_eq!(out.status, 0);
                    assert_eq!(text(&out.stdout), "hello\ndeferred\n");
                }
            });
        }
    });
}

// ---------------------------------------------------------------------------------------
// Unexpected faults in JIT code

const CLOSURES: &str = r#"package main

func main() {
	x := 1
	f := func() int {
		x++
		return x
	}
	println(f(), x)
	if x > 100 {
		panic("never")
	}
}
"#;

/// Calls `code(closure)` through the program's entry trampoline on a run thread, as the
/// runtime does for `main.main`, bypassing the contract of valid arguments.
fn call_raw(prog: &Program, code: usize, closure: usize) -> runtime::RunOutcome<Result<(), i32>> {
    let entry = prog.code().entry_points();
    runtime::run_on_new_thread(entry, runtime::RunConfig::default(), move |s| {
        s.call0(code, closure)
    })
}

fn func_start(prog: &Program, name: &str) -> (usize, usize) {
    prog.code()
        .funcs
        .iter()
        .find(|(cf, _)| cf.name == name)
        .map(|(cf, start)| (*start, cf.size as usize))
        .unwrap_or_else(|| panic!("no function {name}"))
}

#[test]
fn fault_in_jit_code_is_reported_not_fatal_to_host() {
    let _s = serial();
    let prog = compile_with(
        CLOSURES,
        Options {
            keep_text: true,
            ..Options::default()
        },
    );
    assert_eq!(text(&prog.run().stderr), "2 2\n");

    // SIGSEGV: the closure body dereferences a bad environment pointer.
    let (f1, _) = func_start(&prog, "main.main.func1");
    for _ in 0..2 {
        let out = call_raw(&prog, f1, 0x1000);
        assert_eq!(out.status, 70);
        let err = text(&out.stderr);
        assert!(
            err.starts_with("deferjit: fault SIGSEGV in JIT code at main.main.func1+0x")
                && err.contains("(invalid memory access at 0x10"),
            "{err}"
        );
    }

    // SIGILL: a `trap` (ud2) instruction of main.main reached directly.
    let (main_start, _) = func_start(&prog, "main.main");
    let code = prog
        .code()
        .funcs
        .iter()
        .find(|(cf, _)| cf.name == "main.main")
        .and_then(|(cf, _)| cf.code.clone())
        .expect("keep_text keeps the machine code");
    let mut dec = iced_x86::Decoder::with_ip(64, &code, 0, iced_x86::DecoderOptions::NONE);
    let ud2 = dec
        .iter()
        .find(|i| i.mnemonic() == iced_x86::Mnemonic::Ud2)
        .map(|i| i.ip() as usize)
        .expect("main.main has a trap after its panic call");
    let out = call_raw(&prog, main_start + ud2, 0);
    assert_eq!(out.status, 70);
    assert_eq!(
        text(&out.stderr),
        format!("deferjit: fault SIGILL in JIT code at main.main+{ud2:#x} (ud2 trap)\n")
    );
    still_works();
}

// ---------------------------------------------------------------------------------------
// Memory

const GROW: &str = r#"package main

func main() {
	var s []string
	for i := 0; ; i++ {
		s = append(s, "some text that is copied"+"!")
		if i%100000 == 0 {
			println(i)
		}
	}
}
"#;

#[test]
fn max_memory_is_go_out_of_memory() {
    let _s = serial();
    for s in [DeferStrategy::Auto, DeferStrategy::Heap] {
        let prog = compile_with(
            GROW,
            Options {
                defer: s,
                max_memory: Some(8 << 20),
                ..Options::default()
            },
        );
        let out = prog.run();
        assert_eq!(out.status, 2);
        let err = text(&out.stderr);
        // Go's trace after the goroutine line: the frame that allocated.
        let (head, trace) = err
            .split_once("fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\n")
            .unwrap_or_else(|| panic!("{err}"));
        assert!(head.starts_with("0\n"), "{err}");
        let trace: Vec<&str> = trace.lines().collect();
        assert_eq!(trace.len(), 2, "{err}");
        assert_eq!(trace[0], "main.main()");
        assert!(trace[1].starts_with("\tt.go:6 +0x"), "{err}");
        // The limit bounds the live heap (what survives a collection).
        assert!(out.heap.live <= 8 << 20, "{:?}", out.heap);
    }
    still_works();
}

fn rss_kib() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

const PANIC_LOOP: &str = r#"package main

var recovered int

func f(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			recovered++
			r = e.(int)
		}
	}()
	panic(i)
}

func heap(n int) {
	for i := 0; i < n; i++ {
		defer func() { recovered += 0 }()
	}
}

func main() {
	sum := 0
	for i := 0; i < ITERATIONS; i++ {
		sum += f(i)
		heap(3)
	}
	println(recovered, sum)
}
"#;

#[test]
fn million_panics_keep_rss_flat() {
    let _s = serial();
    let Some(_) = rss_kib() else { return };
    for s in DeferStrategy::ALL {
        // (Fresh programs: package variables survive between runs of one program, see
        // `package_vars_are_fresh_each_run`.)
        let small = compile(&PANIC_LOOP.replace("ITERATIONS", "1000"), s);
        let big = compile(&PANIC_LOOP.replace("ITERATIONS", "1000000"), s);
        let big2 = compile(&PANIC_LOOP.replace("ITERATIONS", "1000000"), s);
        // Warm up: thread stacks, allocator caches, pools.
        small.run();
        big.run();
        let before = rss_kib().unwrap();
        let out = big2.run();
        let after = rss_kib().unwrap();
        assert_eq!(text(&out.stderr), "1000000 499999500000\n");
        // A leak of even 8 bytes per iteration would show as ~8 MB.
        assert!(
            after < before + 4096,
            "{s}: RSS grew from {before} KiB to {after} KiB over 10^6 panics"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Isolation

#[test]
fn concurrent_runs_with_fatal_panics_and_exits_stay_separate() {
    let _s = serial();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            std::thread::spawn(move || {
                let ending = match t % 4 {
                    0 => format!("\tpanic(\"thread {t}\")\n"),
                    1 => format!("\tos.Exit({})\n", 10 + t),
                    2 => "\tvar nf func()\n\tnf()\n".to_string(),
                    _ => "\tz := len(log) - len(log)\n\tprintln(100 / z)\n".to_string(),
                };
                let src = format!(
                    "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nvar log []int\n\nfunc main() {{\n\tdefer fmt.Println(\"deferred\", {t})\n\tif len(log) > 100 {{\n\t\tos.Exit(1)\n\t}}\n\tfor i := 0; i < 300; i++ {{\n\t\tlog = append(log, i)\n\t\tfmt.Println({t}, i)\n\t}}\n{ending}}}\n"
                );
                let mut want = String::new();
                for i in 0..300 {
                    want.push_str(&format!("{t} {i}\n"));
                }
                for _ in 0..10 {
                    // A fresh program per run: see `package_vars_are_fresh_each_run`.
                    let prog = compile(&src, DeferStrategy::ALL[t % 4]);
                    let out: Outcome = prog.run();
                    let err = text(&out.stderr);
                    match t % 4 {
                        0 => {
                            assert_eq!(out.status, 2);
                            assert_eq!(text(&out.stdout), format!("{want}deferred {t}\n"));
                            assert!(err.starts_with(&format!("panic: thread {t}\n\ngoroutine 1 [running]:\n")), "{err}");
                        }
                        1 => {
                            assert_eq!(out.status, 10 + t as i32);
                            assert_eq!(text(&out.stdout), want);
                            assert!(err.is_empty());
                        }
                        2 => {
                            assert_eq!(out.status, 2);
                            assert_eq!(text(&out.stdout), format!("{want}deferred {t}\n"));
                            assert!(err.starts_with("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV"), "{err}");
                        }
                        _ => {
                            assert_eq!(out.status, 2);
                            assert_eq!(text(&out.stdout), format!("{want}deferred {t}\n"));
                            assert!(err.starts_with("panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n"), "{err}");
                        }
                    }
                }
            })
        })
        .collect();
    for th in threads {
        th.join().unwrap();
    }
    still_works();
}

/// Package-level variables belong to one run: a second run of the same program starts
/// from their initial values (a variable without an initializer is zero again, not a
/// slice into the previous run's freed arena), and concurrent runs of one program take
/// turns instead of sharing them.
#[test]
fn package_vars_are_fresh_each_run() {
    let _s = serial();
    let src = "package main\n\nimport \"fmt\"\n\nvar n int\nvar log []string\n\nfunc main() {\n\tn++\n\tlog = append(log, \"run\"+\"!\")\n\tfmt.Println(n, log)\n}\n";
    let prog = std::sync::Arc::new(compile(src, DeferStrategy::Auto));
    for _ in 0..3 {
        let out = prog.run();
        assert_eq!(text(&out.stdout), "1 [run!]\n");
    }
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let prog = prog.clone();
            std::thread::spawn(move || {
                for _ in 0..10 {
                    assert_eq!(text(&prog.run().stdout), "1 [run!]\n");
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

/// Mappings of this process that are both writable and executable.
fn wx_mappings() -> Vec<String> {
    let maps = std::fs::read_to_string("/proc/self/maps").expect("/proc/self/maps");
    maps.lines()
        .filter(|l| {
            let perms = l.split_whitespace().nth(1).unwrap_or("");
            perms.contains('w') && perms.contains('x')
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn jit_code_is_never_writable_and_executable() {
    let _s = serial();
    assert!(
        wx_mappings().is_empty(),
        "before compiling: {:?}",
        wx_mappings()
    );
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|sc| {
        // Compile and run programs (code being emitted, finalized, run, freed) ...
        for t in 0..2u64 {
            let stop = &stop;
            sc.spawn(move || {
                let mut seed = t * 1000;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let src = deferjit::gen::generate(seed);
                    let prog = compile(&src, DeferStrategy::ALL[(seed % 4) as usize]);
                    prog.run();
                    seed += 1;
                }
            });
        }
        // ... while another thread keeps looking at the mappings.
        let t0 = Instant::now();
        let mut looks = 0;
        while t0.elapsed() < Duration::from_secs(3) {
            let wx = wx_mappings();
            if !wx.is_empty() {
                stop.store(true, std::sync::atomic::Ordering::Relaxed);
                panic!("writable and executable mappings: {wx:?}");
            }
            looks += 1;
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        assert!(looks > 10);
    });
    // And while programs stay loaded.
    let progs: Vec<Program> = (0..20)
        .map(|s| compile(&deferjit::gen::generate(s), DeferStrategy::Auto))
        .collect();
    assert!(wx_mappings().is_empty(), "{:?}", wx_mappings());
    drop(progs);
}

// ---------------------------------------------------------------------------------------
// The CLI flags

fn cli(args: &[&str], src: &str) -> std::process::Output {
    let dir = std::env::temp_dir().join(format!("deferjit-reliability-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("p{}.go", args.len()));
    std::fs::write(&file, src).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_deferjit"))
        .arg("run")
        .args(args)
        .arg(&file)
        .output()
        .expect("run deferjit");
    let _ = std::fs::remove_file(&file);
    out
}

#[test]
fn cli_timeout_max_memory_and_stack_limit() {
    let _s = serial();
    let out = cli(&["--timeout", "300ms"], &LOOPS.replace("MODE", "0"));
    assert_eq!(out.status.code(), Some(124));
    assert_eq!(text(&out.stdout), "looping\n");
    assert_eq!(text(&out.stderr), "deferjit: run timed out after 300ms\n");

    let out = cli(&["--max-memory", "4MiB", "--timeout", "60s"], GROW);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("fatal error: runtime: out of memory\n"));

    let out = cli(&["--stack-limit", "8MiB"], &RECURSE.replace("MODE", "0"));
    assert_eq!(out.status.code(), Some(2));
    // Go prints a `runtime: sp=... stack=[...]` line between these two.
    let e = text(&out.stderr);
    assert!(
        e.contains("runtime: goroutine stack exceeds 8388608-byte limit\nruntime: sp="),
        "{e}"
    );
    assert!(e.contains("\nfatal error: stack overflow\n"), "{e}");

    let out = cli(&["--timeout", "soon"], HELLO);
    assert_eq!(out.status.code(), Some(2), "clap rejects a bad duration");
}
