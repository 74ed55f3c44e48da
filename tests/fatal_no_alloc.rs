//! The fatal paths allocate nothing: this test binary's global allocator counts every
//! allocation, reallocation and free made while the runtime writes a fatal report (from
//! the moment it starts one, in a runtime entry or in the signal handler, until the session
//! takes it over after the run ended: `runtime::fatal::reporting()`), over a stack
//! overflow noticed by a stub's stack check and one noticed by the signal handler, a
//! deadline, a fault in generated code and running out of memory. A check of the watch
//! itself makes sure it would see an allocation.

use deferjit::{DeferStrategy, Options, Program};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

struct Watch;

static DURING_REPORT: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator; the check reads a const-initialized
// thread-local and bumps an atomic, neither of which allocates.
unsafe impl GlobalAlloc for Watch {
    /// # Safety
    /// `GlobalAlloc`'s contract, which the system allocator then relies on.
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if runtime::fatal::reporting() {
            DURING_REPORT.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: forwarded.
        unsafe { System.alloc(l) }
    }
    /// # Safety
    /// `GlobalAlloc`'s contract, which the system allocator then relies on.
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        if runtime::fatal::reporting() {
            DURING_REPORT.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: forwarded.
        unsafe { System.alloc_zeroed(l) }
    }
    /// # Safety
    /// `GlobalAlloc`'s contract, which the system allocator then relies on.
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        if runtime::fatal::reporting() {
            DURING_REPORT.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: forwarded.
        unsafe { System.realloc(p, l, n) }
    }
    /// # Safety
    /// `GlobalAlloc`'s contract, which the system allocator then relies on.
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if runtime::fatal::reporting() {
            DURING_REPORT.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: forwarded.
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static GLOBAL: Watch = Watch;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn compile_with(src: &str, opts: Options) -> Program {
    Program::compile("t.go", src, &opts).unwrap_or_else(|e| panic!("{e}"))
}

const PRINT_RECURSION: &str = "package main\n\nimport \"fmt\"\n\nfunc f(n int) int {\n\tfmt.Println(\"level\", n)\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tprintln(f(0))\n}\n";

const PURE_RECURSION: &str = "package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tprintln(f(0))\n}\n";

const LOOP: &str =
    "package main\n\nvar sink int\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tsink += i\n\t}\n}\n";

const PRINT_LOOP: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tfmt.Println(i)\n\t}\n}\n";

const GROW: &str = "package main\n\nfunc main() {\n\tvar s []string\n\tfor {\n\t\ts = append(s, \"x\"+\"y\")\n\t}\n}\n";

const CLOSURE: &str = "package main\n\nfunc main() {\n\tx := 1\n\tf := func() int {\n\t\tx++\n\t\treturn x\n\t}\n\tprintln(f())\n}\n";

/// The one test of this binary (the counter is process-wide).
#[test]
fn fatal_reports_allocate_nothing() {
    // The watch sees allocations made while reporting.
    runtime::fatal::set_reporting(true);
    drop(std::hint::black_box(Box::new(1u64)));
    runtime::fatal::set_reporting(false);
    assert_eq!(DURING_REPORT.swap(0, Ordering::SeqCst), 2);

    for s in DeferStrategy::ALL {
        for (src, what) in [
            (PRINT_RECURSION, "stub stack check"),
            (PURE_RECURSION, "guard fault"),
        ] {
            let out = compile_with(
                src,
                Options {
                    defer: s,
                    stack_limit: 16 << 20,
                    ..Options::default()
                },
            )
            .run();
            assert_eq!(out.status, 2, "{what} {s}");
            assert!(
                text(&out.stderr).contains(
                    "fatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.f(0x0?)\n"
                ),
                "{what} {s}"
            );
            assert_eq!(DURING_REPORT.load(Ordering::SeqCst), 0, "{what} {s}");
        }
    }

    for src in [LOOP, PRINT_LOOP] {
        let out = compile_with(
            src,
            Options {
                timeout: Some(Duration::from_millis(100)),
                ..Options::default()
            },
        )
        .run();
        assert_eq!(out.status, 124);
        assert!(text(&out.stderr).ends_with("deferjit: run timed out after 100ms\n"));
        assert_eq!(DURING_REPORT.load(Ordering::SeqCst), 0, "timeout");
    }

    let out = compile_with(
        GROW,
        Options {
            max_memory: Some(4 << 20),
            ..Options::default()
        },
    )
    .run();
    assert_eq!(out.status, 2);
    assert!(text(&out.stderr).starts_with(
        "fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\nmain.main()\n"
    ));
    assert_eq!(DURING_REPORT.load(Ordering::SeqCst), 0, "out of memory");

    let prog = compile_with(CLOSURE, Options::default());
    let f1 = prog
        .code()
        .funcs
        .iter()
        .find(|(cf, _)| cf.name == "main.main.func1")
        .map(|(_, start)| *start)
        .unwrap();
    let out = runtime::run_on_new_thread(
        prog.code().entry_points(),
        runtime::RunConfig::default(),
        move |s| s.call0(f1, 0x1000),
    );
    assert_eq!(out.status, 70);
    assert!(
        text(&out.stderr).starts_with("deferjit: fault SIGSEGV in JIT code at main.main.func1+0x")
    );
    assert_eq!(DURING_REPORT.load(Ordering::SeqCst), 0, "fault in JIT code");
}
