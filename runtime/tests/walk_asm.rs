//! End-to-end tests of gopanic/gorecover/resume with hand-written x86_64 code that
//! mimics what the JIT emits (frame-pointer frames, stubs, an open-coded frame, a frame
//! with a stack defer record, the entry and call_deferred trampolines).

use runtime::abi::CodeKind;
use runtime::registry::{register, CallSiteMeta, FuncMeta, OpenDeferMeta};
use runtime::{run_on_new_thread, EntryPoints, RunConfig};
use std::sync::atomic::{AtomicI64, Ordering::SeqCst};
use std::sync::{Arc, Mutex, Once};

static T_MODE: AtomicI64 = AtomicI64::new(0);
static T_PANIC_T: AtomicI64 = AtomicI64::new(0);
static T_PANIC_D: AtomicI64 = AtomicI64::new(0);
static T_REC_T: AtomicI64 = AtomicI64::new(0);
static T_REC_D: AtomicI64 = AtomicI64::new(0);
static T_RESULT: AtomicI64 = AtomicI64::new(0);
static T_NEXT_AFTER: AtomicI64 = AtomicI64::new(-1);
static SERIAL: Mutex<()> = Mutex::new(());

std::arch::global_asm!(
    ".text",
    // entry0(code, closure, entry_fp_out) -> status
    ".globl t_entry0", "t_entry0:",
    "push rbp", "mov rbp, rsp",
    "push rbx", "push r12", "push r13", "push r14", "push r15", "sub rsp, 8",
    "mov [rdx], rbp",
    "mov rax, rdi", "mov rdi, rsi",
    "call rax",
    ".globl t_entry0_ret", "t_entry0_ret:",
    "xor eax, eax",
    ".globl t_entry0_handler", "t_entry0_handler:",
    "add rsp, 8", "pop r15", "pop r14", "pop r13", "pop r12", "pop rbx", "pop rbp", "ret",
    ".globl t_entry0_end", "t_entry0_end:",
    // call_deferred(closure, thunk_fp_out)
    ".globl t_calldef", "t_calldef:",
    "push rbp", "mov rbp, rsp",
    "mov [rsi], rbp",
    "call [rdi]",
    ".globl t_calldef_ret", "t_calldef_ret:",
    "pop rbp", "ret",
    ".globl t_calldef_end", "t_calldef_end:",
    // panic stub: panics with (T_PANIC_T, T_PANIC_D)
    ".globl t_panic_stub", "t_panic_stub:",
    "push rbp", "mov rbp, rsp",
    "mov rdi, rbp", "mov rsi, [rip + {pt}]", "mov rdx, [rip + {pd}]",
    "call {gopanic}", "ud2",
    ".globl t_panic_stub_end", "t_panic_stub_end:",
    // recover stub
    ".globl t_recover_stub", "t_recover_stub:",
    "push rbp", "mov rbp, rsp",
    "mov rdi, rbp", "call {gorecover}",
    "pop rbp", "ret",
    ".globl t_recover_stub_end", "t_recover_stub_end:",
    // exit stub: os.Exit(3)
    ".globl t_exit_stub", "t_exit_stub:",
    "push rbp", "mov rbp, rsp",
    "mov rdi, rbp", "mov rsi, 3", "call {exit}", "ud2",
    ".globl t_exit_stub_end", "t_exit_stub_end:",
    // deferred function: mode 0 recover, 1 nothing, 2 panic(8), 3 recover then panic(8)
    ".globl t_deferfn", "t_deferfn:",
    "push rbp", "mov rbp, rsp",
    "mov rax, [rip + {mode}]",
    "cmp rax, 1", "je 11f",
    "cmp rax, 2", "je 12f",
    "call t_recover_stub",
    ".globl t_deferfn_ret1", "t_deferfn_ret1:",
    "mov [rip + {rt}], rax", "mov [rip + {rd}], rdx",
    "cmp qword ptr [rip + {mode}], 3", "je 12f",
    "11:", "pop rbp", "ret",
    "12:", "mov qword ptr [rip + {pd}], 8",
    "call t_panic_stub",
    ".globl t_deferfn_ret2", "t_deferfn_ret2:",
    "ud2",
    ".globl t_deferfn_end", "t_deferfn_end:",
    // main with one open-coded defer: bits at [rbp-8], closure at [rbp-24]
    ".globl t_main", "t_main:",
    "push rbp", "mov rbp, rsp", "sub rsp, 32",
    "mov byte ptr [rbp-8], 1",
    "lea rax, [rip + t_deferfn]", "mov [rbp-24], rax",
    "call t_panic_stub",
    ".globl t_main_ret", "t_main_ret:",
    "ud2",
    ".globl t_main_landing", "t_main_landing:",
    "mov qword ptr [rip + {result}], 42",
    "mov rsp, rbp", "pop rbp", "ret",
    ".globl t_main_end", "t_main_end:",
    // main with a stack defer record at [rbp-48] (closure at [rbp-24])
    ".globl t_mainrec", "t_mainrec:",
    "push rbp", "mov rbp, rsp", "sub rsp, 48",
    "mov qword ptr [rbp-32], 0",
    "mov dword ptr [rbp-28], 8",
    "lea rax, [rip + t_deferfn]", "mov [rbp-24], rax",
    "lea rsi, [rbp-48]", "mov rdx, rbp", "call {push}",
    ".globl t_mainrec_ret0", "t_mainrec_ret0:",
    "call t_panic_stub",
    ".globl t_mainrec_ret", "t_mainrec_ret:",
    "ud2",
    ".globl t_mainrec_landing", "t_mainrec_landing:",
    "mov rsi, rbp", "call {next}",
    "mov [rip + {nextafter}], rax",
    "mov qword ptr [rip + {result}], 43",
    "mov rsp, rbp", "pop rbp", "ret",
    ".globl t_mainrec_end", "t_mainrec_end:",
    // main calling os.Exit(3)
    ".globl t_mainexit", "t_mainexit:",
    "push rbp", "mov rbp, rsp",
    "call t_exit_stub",
    ".globl t_mainexit_ret", "t_mainexit_ret:",
    "pop rbp", "ret",
    ".globl t_mainexit_end", "t_mainexit_end:",
    // endless recursion
    ".globl t_recurse", "t_recurse:",
    "push rbp", "mov rbp, rsp", "sub rsp, 48",
    "call t_recurse",
    ".globl t_recurse_ret", "t_recurse_ret:",
    "mov rsp, rbp", "pop rbp", "ret",
    ".globl t_recurse_end", "t_recurse_end:",
    gopanic = sym runtime::panic::rt_gopanic,
    gorecover = sym runtime::panic::rt_gorecover,
    exit = sym runtime::panic::rt_os_exit,
    push = sym t_defer_push,
    next = sym t_defer_next,
    pt = sym T_PANIC_T,
    pd = sym T_PANIC_D,
    rt = sym T_REC_T,
    rd = sym T_REC_D,
    mode = sym T_MODE,
    result = sym T_RESULT,
    nextafter = sym T_NEXT_AFTER,
);

/// What generated code does inline to push a stack record (`rec`) of frame `frame_fp`.
extern "C" fn t_defer_push(_fp: usize, rec: *mut runtime::abi::DeferRecord, frame_fp: usize) {
    let g = runtime::goroutine::current();
    // SAFETY: `g` is the running goroutine; `rec` is a record in the calling frame, which
    // stays alive until the frame's landing pad pops it.
    unsafe {
        (*rec).frame_fp = frame_fp;
        (*rec).link = (*g).defer_head;
        (*g).defer_head = rec;
    }
}

/// What generated code does inline at an exit: unlink this frame's newest record, or 0.
extern "C" fn t_defer_next(_fp: usize, frame_fp: usize) -> usize {
    runtime::defers::pop_for_frame(frame_fp) as usize
}

extern "C" {
    fn t_entry0();
    fn t_entry0_ret();
    fn t_entry0_handler();
    fn t_entry0_end();
    fn t_calldef();
    fn t_calldef_ret();
    fn t_calldef_end();
    fn t_panic_stub();
    fn t_panic_stub_end();
    fn t_recover_stub();
    fn t_recover_stub_end();
    fn t_exit_stub();
    fn t_exit_stub_end();
    fn t_deferfn();
    fn t_deferfn_ret1();
    fn t_deferfn_ret2();
    fn t_deferfn_end();
    fn t_main();
    fn t_main_ret();
    fn t_main_landing();
    fn t_main_end();
    fn t_mainrec();
    fn t_mainrec_ret0();
    fn t_mainrec_ret();
    fn t_mainrec_landing();
    fn t_mainrec_end();
    fn t_mainexit();
    fn t_mainexit_ret();
    fn t_mainexit_end();
    fn t_recurse();
    fn t_recurse_ret();
    fn t_recurse_end();
}

fn a(f: unsafe extern "C" fn()) -> usize {
    f as usize
}

fn meta(
    name: &str,
    kind: CodeKind,
    start: usize,
    end: usize,
    sites: &[(usize, Option<u32>, Option<usize>)],
    open: Option<OpenDeferMeta>,
) -> FuncMeta {
    FuncMeta {
        resume_line_fp_offset: None,
        args: String::new(),
        name: name.into(),
        kind,
        start,
        size: end - start,
        call_sites: sites
            .iter()
            .map(|&(ret, fo, h)| CallSiteMeta {
                ret_offset: (ret - start) as u32,
                frame_offset: fo,
                handler: h.map(|h| (h - start) as u32),
                live: Vec::new(),
            })
            .collect(),
        call_site_lines: Vec::new(),
        open_defers: open,
        // The record-pushing test function is the only one with records.
        has_defer_records: name == "main.mainrec",
        file: Arc::from("x.go"),
        lines: vec![(0, 10)],
        gc_frame: None,
    }
}

fn setup() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        register(vec![
            meta(
                "deferjit.entry0",
                CodeKind::Entry,
                a(t_entry0),
                a(t_entry0_end),
                &[(a(t_entry0_ret), Some(48), Some(a(t_entry0_handler)))],
                None,
            ),
            meta(
                "deferjit.calldeferred",
                CodeKind::DeferCallThunk,
                a(t_calldef),
                a(t_calldef_end),
                &[(a(t_calldef_ret), Some(0), None)],
                None,
            ),
            meta(
                "rt_gopanic.stub",
                CodeKind::Stub,
                a(t_panic_stub),
                a(t_panic_stub_end),
                &[],
                None,
            ),
            meta(
                "rt_gorecover.stub",
                CodeKind::Stub,
                a(t_recover_stub),
                a(t_recover_stub_end),
                &[],
                None,
            ),
            meta(
                "rt_os_exit.stub",
                CodeKind::Stub,
                a(t_exit_stub),
                a(t_exit_stub_end),
                &[],
                None,
            ),
            meta(
                "main.main.func1",
                CodeKind::GoFunc,
                a(t_deferfn),
                a(t_deferfn_end),
                &[
                    (a(t_deferfn_ret1), Some(0), None),
                    (a(t_deferfn_ret2), Some(0), None),
                ],
                None,
            ),
            meta(
                "main.main",
                CodeKind::GoFunc,
                a(t_main),
                a(t_main_end),
                &[(a(t_main_ret), Some(32), Some(a(t_main_landing)))],
                Some(OpenDeferMeta {
                    bits_fp_offset: -8,
                    closure_fp_offsets: vec![-24],
                }),
            ),
            meta(
                "main.mainrec",
                CodeKind::GoFunc,
                a(t_mainrec),
                a(t_mainrec_end),
                &[
                    (a(t_mainrec_ret0), Some(48), Some(a(t_mainrec_landing))),
                    (a(t_mainrec_ret), Some(48), Some(a(t_mainrec_landing))),
                ],
                None,
            ),
            meta(
                "main.mainexit",
                CodeKind::GoFunc,
                a(t_mainexit),
                a(t_mainexit_end),
                &[(a(t_mainexit_ret), Some(0), None)],
                None,
            ),
            meta(
                "main.recurse",
                CodeKind::GoFunc,
                a(t_recurse),
                a(t_recurse_end),
                &[(a(t_recurse_ret), Some(48), None)],
                None,
            ),
        ]);
    });
}

fn run(code: usize, mode: i64) -> runtime::RunOutcome<Result<(), i32>> {
    setup();
    T_MODE.store(mode, SeqCst);
    T_PANIC_T.store(runtime::types::addr(&runtime::types::INT) as i64, SeqCst);
    T_PANIC_D.store(7, SeqCst);
    T_REC_T.store(0, SeqCst);
    T_REC_D.store(0, SeqCst);
    T_RESULT.store(0, SeqCst);
    T_NEXT_AFTER.store(-1, SeqCst);
    let entry = EntryPoints {
        entry0: a(t_entry0),
        entry1: 0,
        call_deferred: a(t_calldef),
        call_method: 0,
        format_call: 0,
        stack_guard: 0,
        preempt: 0,
    };
    run_on_new_thread(entry, RunConfig::default(), |s| s.call0(code, 0))
}

fn stderr(o: &runtime::RunOutcome<Result<(), i32>>) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn open_coded_recover_resumes_at_landing_pad() {
    let _l = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let o = run(a(t_main), 0);
    assert_eq!(o.value, Ok(()), "{}", stderr(&o));
    assert_eq!(o.status, 0);
    assert_eq!(T_RESULT.load(SeqCst), 42);
    assert_eq!(T_REC_D.load(SeqCst), 7);
    assert_eq!(
        T_REC_T.load(SeqCst) as usize,
        runtime::types::addr(&runtime::types::INT)
    );
    assert!(o.stderr.is_empty());
}

#[test]
fn unrecovered_panic_is_fatal() {
    let _l = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let o = run(a(t_main), 1);
    assert_eq!(o.value, Err(2));
    assert_eq!(o.status, 2);
    let e = stderr(&o);
    assert!(
        e.starts_with("panic: 7\n\ngoroutine 1 [running]:\nmain.main()\n\tx.go:10 +0x"),
        "{e}"
    );
    assert_eq!(e.matches("main.").count(), 1, "{e}");
    assert_eq!(o.panic_text.as_deref(), Some(e.as_str()));
}

#[test]
fn nested_panic_aborts_the_first() {
    let _l = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let o = run(a(t_main), 2);
    assert_eq!(o.value, Err(2));
    let e = stderr(&o);
    assert!(
        e.starts_with("panic: 7\n\tpanic: 8\n\ngoroutine 1 [running]:\nmain.main.func1()\n"),
        "{e}"
    );
    assert!(e.contains("\nmain.main()\n"), "{e}");
}

#[test]
fn repanic_after_recover_prints_recovered() {
    let _l = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let o = run(a(t_main), 3);
    assert_eq!(o.value, Err(2));
    let e = stderr(&o);
    assert!(
        e.starts_with("panic: 7 [recovered]\n\tpanic: 8\n\ngoroutine 1 [running]:\n"),
        "{e}"
    );
}

#[test]
fn record_recover_resumes_and_chain_is_empty() {
    let _l = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let o = run(a(t_mainrec), 0);
    assert_eq!(o.value, Ok(()), "{}", stderr(&o));
    assert_eq!(T_RESULT.load(SeqCst), 43);
    assert_eq!(T_NEXT_AFTER.load(SeqCst), 0);
    assert_eq!(T_REC_D.load(SeqCst), 7);
}

#[test]
fn record_nested_panic() {
    let _l = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let o = run(a(t_mainrec), 2);
    assert_eq!(o.value, Err(2));
    assert!(
        stderr(&o).starts_with("panic: 7\n\tpanic: 8\n\ngoroutine 1 [running]:\nmain.main.func1()"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn os_exit_ends_run_with_code() {
    let _l = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let o = run(a(t_mainexit), 0);
    assert_eq!(o.value, Err(3));
    assert_eq!(o.status, 3);
    assert!(o.stderr.is_empty());
}

#[test]
fn stack_overflow_is_go_fatal_error() {
    let _l = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    setup();
    let entry = EntryPoints {
        entry0: a(t_entry0),
        entry1: 0,
        call_deferred: a(t_calldef),
        call_method: 0,
        format_call: 0,
        stack_guard: 0,
        preempt: 0,
    };
    for _ in 0..2 {
        let cfg = RunConfig {
            stack_size: 16 << 20,
            ..RunConfig::default()
        };
        let o = run_on_new_thread(entry, cfg, |s| s.call0(a(t_recurse), 0));
        assert_eq!(o.value, Err(2));
        let e = stderr(&o);
        assert!(
            e.contains("fatal error: stack overflow\n\ngoroutine 1 [running]:\n"),
            "{e}"
        );
    }
}

#[test]
fn parallel_runs_do_not_interfere() {
    let _l = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    setup();
    let entry = EntryPoints {
        entry0: a(t_entry0),
        entry1: 0,
        call_deferred: a(t_calldef),
        call_method: 0,
        format_call: 0,
        stack_guard: 0,
        preempt: 0,
    };
    T_MODE.store(1, SeqCst);
    T_PANIC_T.store(runtime::types::addr(&runtime::types::INT) as i64, SeqCst);
    T_PANIC_D.store(7, SeqCst);
    let hs: Vec<_> = (0..8)
        .map(|_| {
            std::thread::spawn(move || {
                for _ in 0..50 {
                    let o =
                        run_on_new_thread(entry, RunConfig::default(), |s| s.call0(a(t_main), 0));
                    assert_eq!(o.value, Err(2));
                    assert!(String::from_utf8_lossy(&o.stderr)
                        .starts_with("panic: 7\n\ngoroutine 1 [running]:\nmain.main()"));
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
}
