//! Snapshot tests (insta) of `explain` and `dump` for the examples and a program with one
//! open-coded, one stack-allocated and one heap-allocated defer, under every strategy.
//!
//! The annotated CLIF is snapshotted everywhere: it does not depend on the host CPU. The
//! machine code does: cranelift_native enables ISA extensions the host has (BMI2's `shlx`
//! for variable shifts, AVX encodings, ...), so the `--asm` snapshots are compared only
//! on a host whose x86 feature set is the one they were recorded with
//! (tests/snapshots/asm-isa.txt); elsewhere they are skipped with a note. Addresses never
//! appear (the dump masks or names them), so snapshots are stable across runs.
//!
//! Update with `INSTA_UPDATE=always cargo test --test snapshots` (which also rewrites
//! asm-isa.txt for this host) and review the diff; in CI (`CI=true`) a mismatch fails.

use deferjit::inspect::{dump, go_function_names, DumpError, DumpOptions};
use deferjit::{explain, DeferStrategy, Options, Program};
use std::path::PathBuf;

/// One open-coded defer (`open`), one stack-allocated (`records`, outside the loop) and
/// one heap-allocated (`records`, in the loop).
const THREE_DEFERS: &str = "package main

import \"fmt\"

func open() (r int) {
	defer func() { r++ }()
	return 1
}

func records(n int) {
	defer println(\"stack-allocated defer\")
	for i := 0; i < n; i++ {
		defer println(\"heap-allocated defer\", i)
	}
}

func main() {
	fmt.Println(open())
	records(2)
}
";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn source(name: &str) -> String {
    if name == "three_defers" {
        return THREE_DEFERS.to_string();
    }
    std::fs::read_to_string(root().join(format!("examples/{name}.go"))).unwrap()
}

/// The x86 features cranelift_native looks at, as present on this host.
fn isa_fingerprint() -> String {
    let mut f = Vec::new();
    macro_rules! feat {
        ($($name:tt),*) => {$(
            if std::is_x86_feature_detected!($name) {
                f.push($name);
            }
        )*};
    }
    feat!(
        "sse3",
        "ssse3",
        "sse4.1",
        "sse4.2",
        "popcnt",
        "lzcnt",
        "bmi1",
        "bmi2",
        "avx",
        "avx2",
        "fma",
        "avx512f",
        "avx512vl",
        "avx512dq",
        "avx512vbmi",
        "avx512bitalg",
        "avx512vnni",
        "cmpxchg16b"
    );
    f.join(" ")
}

/// Whether the asm snapshots apply to this host (recording them when updating).
fn asm_snapshots_apply() -> bool {
    let path = root().join("tests/snapshots/asm-isa.txt");
    let here = isa_fingerprint();
    let updating = matches!(std::env::var("INSTA_UPDATE").as_deref(), Ok("always"));
    if updating {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, format!("{here}\n")).unwrap();
        return true;
    }
    let recorded = std::fs::read_to_string(&path).unwrap_or_default();
    if recorded.trim() == here {
        true
    } else {
        eprintln!(
            "note: skipping --asm snapshots: they were recorded on a CPU with [{}], this one has [{here}]",
            recorded.trim()
        );
        false
    }
}

fn compile(name: &str, strategy: DeferStrategy) -> Program {
    let opts = Options {
        defer: strategy,
        keep_text: true,
        ..Options::default()
    };
    Program::compile(&format!("{name}.go"), &source(name), &opts)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn dump_text(p: &Program, clif: bool, asm: bool) -> String {
    dump(
        p,
        &DumpOptions {
            clif,
            asm,
            ..DumpOptions::default()
        },
    )
    .unwrap()
}

fn check_program(name: &str) {
    let asm_ok = asm_snapshots_apply();
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for s in DeferStrategy::ALL {
            let lines = explain(&format!("{name}.go"), &source(name), s).unwrap();
            insta::assert_snapshot!(format!("explain__{name}__{s}"), lines.join("\n"));
            let p = compile(name, s);
            let clif = dump_text(&p, true, false);
            insta::assert_snapshot!(format!("clif__{name}__{s}"), clif);
            if asm_ok {
                insta::assert_snapshot!(format!("asm__{name}__{s}"), dump_text(&p, false, true));
            }
        }
    });
}

#[test]
fn snapshot_hello() {
    check_program("hello");
}

#[test]
fn snapshot_defer_basics() {
    check_program("defer_basics");
}

#[test]
fn snapshot_recover_errors() {
    check_program("recover_errors");
}

#[test]
fn snapshot_strategies() {
    check_program("strategies");
}

#[test]
fn snapshot_three_defers() {
    check_program("three_defers");
}

#[test]
fn three_defers_has_one_of_each_kind() {
    let lines = explain("three_defers.go", THREE_DEFERS, DeferStrategy::Auto).unwrap();
    let kinds: Vec<&str> = lines
        .iter()
        .map(|l| l.split(": ").nth(1).unwrap().split(" (").next().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "open-coded defer",
            "stack-allocated defer",
            "heap-allocated defer"
        ]
    );
}

#[test]
fn dumps_are_deterministic() {
    for s in DeferStrategy::ALL {
        let a = dump_text(&compile("three_defers", s), true, true);
        let b = dump_text(&compile("three_defers", s), true, true);
        assert_eq!(a, b, "--defer {s}");
        // Host addresses have 12 hex digits; offsets and constants here are short.
        let long_hex = a
            .split("0x")
            .skip(1)
            .any(|t| t.chars().take_while(char::is_ascii_hexdigit).count() >= 9);
        assert!(!long_hex, "an address leaked:\n{a}");
    }
}

#[test]
fn dump_selects_and_reports_functions() {
    let p = compile("three_defers", DeferStrategy::Auto);
    assert!(go_function_names(&p).contains(&"main.open".to_string()));
    let one = dump(
        &p,
        &DumpOptions {
            func: Some("main.records".into()),
            ..DumpOptions::default()
        },
    )
    .unwrap();
    assert!(one.starts_with("==== main.records ====\n"), "{one}");
    assert_eq!(one.matches("==== ").count(), 1);
    assert!(one.contains("Cranelift IR") && one.contains("machine code"));
    let stub = dump(
        &p,
        &DumpOptions {
            func: Some("rt_gopanic.stub".into()),
            asm: true,
            ..DumpOptions::default()
        },
    );
    assert!(stub.unwrap().contains("runtime stub"));
    match dump(
        &p,
        &DumpOptions {
            func: Some("main.nope".into()),
            ..DumpOptions::default()
        },
    ) {
        Err(DumpError::NoSuchFunction { available, .. }) => {
            assert!(
                available.contains(&"main.open".to_string())
                    && available.contains(&"main.main".to_string())
            )
        }
        other => panic!("{other:?}"),
    }
    let plain = Program::compile("x.go", THREE_DEFERS, &Options::default()).unwrap();
    assert_eq!(
        dump(&plain, &DumpOptions::default()),
        Err(DumpError::NoText)
    );
}

#[test]
fn defer_notes_survive_optimization_except_folded_bit_arithmetic() {
    // Every note the lowering attaches is in the dump, except:
    // - those on deferBits arithmetic, an SSA value the optimizer folds (it knows which
    //   bits are set on each path);
    // - in a function where no call has a landing pad, those of the landing pad and of
    //   the bookkeeping only the runtime reads, which the lowering removes.
    const FOLDABLE: [&str; 4] = [
        "exit: test bit ",
        "exit: clear bit ",
        "open-coded defers: deferBits := 0",
        ": set bit ",
    ];
    const WITHOUT_LANDING: [&str; 2] = ["landing pad: ", "resume line := 0"];
    let mut unexpected = Vec::new();
    let mut seen = 0;
    for s in DeferStrategy::ALL {
        let p = compile("three_defers", s);
        for (f, _) in &p.code().funcs {
            seen += f.notes.len();
            let no_landing = f.call_sites.iter().all(|c| c.handler.is_none());
            for n in deferjit::inspect::lost_notes(&p, f) {
                let folded = FOLDABLE.iter().any(|x| n.contains(x));
                let dropped = no_landing && WITHOUT_LANDING.iter().any(|x| n.starts_with(x));
                if !folded && !dropped {
                    unexpected.push(format!("{s} {}: {n}", f.name));
                }
            }
        }
    }
    assert!(seen > 0, "the lowering attached no notes");
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
}

#[test]
fn jump_tables_are_listed_as_data() {
    // A switch on 0..15 becomes a `br_table`; its table (after `jmp reg`) is listed as
    // `dd` entries whose targets are instructions of the listing, not decoded as code.
    let mut src = String::from("package main\n\nfunc f(x int) int {\n\tswitch x {\n");
    for k in 0..16 {
        src.push_str(&format!("\tcase {k}:\n\t\treturn {}\n", k * 7));
    }
    src.push_str("\t}\n\treturn -1\n}\n\nfunc main() { println(f(3)) }\n");
    let opts = Options {
        keep_text: true,
        ..Options::default()
    };
    let p = Program::compile("switch.go", &src, &opts).unwrap();
    let text = dump(
        &p,
        &DumpOptions {
            func: Some("main.f".into()),
            asm: true,
            ..DumpOptions::default()
        },
    )
    .unwrap();
    let offsets: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim_start().split_whitespace().next())
        .filter(|w| w.starts_with("+0x"))
        .collect();
    let entries: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split("jump table entry -> ").nth(1))
        .collect();
    assert_eq!(entries.len(), 16 + 1, "{text}");
    for target in entries {
        let padded = format!("+{:#06x}", u32::from_str_radix(&target[3..], 16).unwrap());
        assert!(
            offsets.contains(&padded.as_str()),
            "{target} is not an instruction:\n{text}"
        );
    }
    assert!(!text.contains("(bad)"), "{text}");
}

/// `deferjit trace`'s text and JSON for a program, compiled with instrumentation and run
/// under `strategy`. Frame offsets and code offsets depend on register allocation (so on
/// the host's ISA features): they are masked, as `0x_`; everything else must match.
fn trace_outputs(name: &str, strategy: DeferStrategy) -> (String, String) {
    let opts = Options {
        defer: strategy,
        trace: Some(10_000),
        ..Options::default()
    };
    let p = Program::compile(&format!("{name}.go"), &source(name), &opts)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let outcome = p.run();
    let t = deferjit::trace::Trace::resolve(&p, &outcome, false);
    let text = deferjit::trace::text::render(&t, &strategy.to_string());
    let json = serde_json::to_string_pretty(&t).unwrap();
    let offsets = regex::Regex::new(r"(FP-|\+)0x[0-9a-f]+").unwrap();
    let text = offsets.replace_all(&text, "${1}0x_").into_owned();
    let json_offsets =
        regex::Regex::new(r#"("(bits_fp_offset|fp_offset|sp_below_fp)": )-?\d+"#).unwrap();
    let json = json_offsets.replace_all(&json, "${1}\"_\"").into_owned();
    let json = offsets.replace_all(&json, "${1}0x_").into_owned();
    (text, json)
}

fn check_trace(name: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for s in DeferStrategy::ALL {
            let (text, json) = trace_outputs(name, s);
            insta::assert_snapshot!(format!("trace__{name}__{s}"), text);
            insta::assert_snapshot!(format!("trace_json__{name}__{s}"), json);
        }
    });
}

#[test]
fn snapshot_trace_demo() {
    check_trace("trace_demo");
}

#[test]
fn snapshot_trace_panics() {
    check_trace("trace_panics");
}

/// The trace of the demo, under gc's rules: the panic passes through a frame with heap
/// records, one with a stack record and one with open-coded defers, which recovers it two
/// frames above the panicking one; the events come in the runtime's order.
#[test]
fn trace_demo_walks_three_strategies_and_recovers_two_up() {
    let (text, _) = trace_outputs("trace_demo", DeferStrategy::Auto);
    let panic_at = text.find("PANIC 1").expect("a panic event");
    let order = [
        "main.fill:14: panic 1 walks this frame, pending: 2 records",
        "heap record #2, from the pool): panic 1's walk runs it",
        "heap record #1, from the pool): panic 1's walk runs it",
        "main.classify:55: panic 1 walks this frame, pending: 1 record",
        "stack record at FP-0x_): panic 1's walk runs it",
        "main.guard:67: panic 1 walks this frame, pending: open-coded defers 1, 0 (deferBits)",
        "main.guard.func1:63: recover() stops panic 1 and returns its value",
        "main.guard:67: panic 1 is over: the frame resumes at its landing pad main.guard+0x_",
        "its landing pad runs the remaining defers after a recovery",
    ];
    let mut at = panic_at;
    for want in order {
        let Some(i) = text[at..].find(want) else {
            panic!("`{want}` not found after position {at} in:\n{text}");
        };
        at += i + want.len();
    }
}
