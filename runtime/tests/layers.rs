//! The runtime's layering, checked mechanically: every module of `runtime/src` belongs to
//! one layer, and no module's non-test code names (`crate::x`) a module of a higher layer.
//! Also: no file of `runtime/src` past 1,000 lines, and asm, register names and signal
//! contexts only under `arch/`.

use std::collections::BTreeMap;
use std::path::Path;

/// Bottom up. Modules of one layer may use each other.
const LAYERS: &[(&str, &[&str])] = &[
    // The contract with the lowering, leaf helpers, and the ISA behind its facade.
    (
        "contract",
        &[
            "abi", "words", "types", "arch", "debug", "equality", "unicode",
        ],
    ),
    // Goroutine and run state: chains, stack bounds, arena, sinks, defer pool, code
    // metadata; aborting on a runtime bug.
    (
        "state",
        &[
            "bug",
            "arena",
            "sink",
            "pool",
            "registry",
            "goroutine",
            "gstack",
            "osstate",
            "methods",
            "maptable",
            "events",
            "heap",
            "finalizers",
        ],
    ),
    // The one frame walker.
    ("frames", &["frames"]),
    // Reading values, traces and fatal reports (a panic and an out-of-memory allocation
    // both end in one, so these sit below them).
    (
        "reports",
        &[
            "floatfmt",
            "complexfmt",
            "format",
            "formatter",
            "printf",
            "printfscan",
            "printint",
            "gosyntax",
            "quote",
            "traceback",
            "tracer",
            "fatal",
            "faults",
        ],
    ),
    // Allocation, strings, error values, defer records.
    (
        "values and defers",
        &[
            "memory",
            "collector",
            "strings",
            "errors",
            "defers",
            "runes",
        ],
    ),
    // gopanic, gorecover, recovery.
    ("panic", &["panic"]),
    // The stack check's slow path and the signal handler.
    ("signals", &["stackcheck", "signals"]),
    // Goroutines: the scheduler, channels and select.
    ("goroutines", &["sched", "chan", "sema", "preempt"]),
    // Builtins called by generated code that use the layers below.
    (
        "builtins",
        &["print", "slices", "iface", "maps", "procs", "complexdiv"],
    ),
    // The standard library's runtime entries (bodyless functions of `lib/`).
    (
        "library",
        &[
            "strconv",
            "errtree",
            "mathfn",
            "reflectlite",
            "callers",
            "clock",
            "benchtimer",
            "host",
            "rangetables",
            "gcapi",
        ],
    ),
    // The run driver and the symbol table.
    ("driver", &["run", "thread", "symbols", "lib"]),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, ms)| ms.contains(&module))
}

/// The modules a source file names through `crate::`, outside comments and tests.
fn uses(text: &str) -> Vec<String> {
    let code = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut out = Vec::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                // `use crate::{a, b::c}`: the first path segment of each item.
                let end = group.find('}').unwrap_or(group.len());
                for item in group[..end].split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.push(name);
                    }
                }
                continue;
            }
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
    }
    out
}

/// Every `.rs` file under `src`, as (module, path, text); `arch/*` files are module `arch`.
fn sources() -> Vec<(String, String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in [src.clone(), src.join("arch")] {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "rs") {
                let rel = p.strip_prefix(&src).unwrap().to_string_lossy().into_owned();
                let module = if rel.starts_with("arch/") {
                    "arch".to_string()
                } else {
                    rel.trim_end_matches(".rs").to_string()
                };
                files.push((module, rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn no_module_uses_a_higher_layer() {
    let mut bad = Vec::new();
    for (module, rel, text) in sources() {
        let Some(own) = layer_of(&module) else {
            bad.push(format!(
                "{rel}: module `{module}` is in no layer (add it to LAYERS)"
            ));
            continue;
        };
        let mut seen = BTreeMap::new();
        for used in uses(&text) {
            match layer_of(&used) {
                Some(l) if l > own => {
                    seen.insert(used, l);
                }
                Some(_) => {}
                None => bad.push(format!("{rel}: uses `crate::{used}`, which is in no layer")),
            }
        }
        for (used, l) in seen {
            bad.push(format!(
                "{rel} (layer {}) uses crate::{used} (layer {})",
                LAYERS[own].0, LAYERS[l].0
            ));
        }
    }
    assert!(bad.is_empty(), "layering violations:\n{}", bad.join("\n"));
}

#[test]
fn the_parser_sees_grouped_and_inline_uses() {
    let text = "use crate::{abi, frames::Frames};\nlet x = crate::goroutine::g();\n// crate::run\n#[cfg(test)]\nuse crate::run;";
    assert_eq!(uses(text), ["abi", "frames", "goroutine"]);
}

#[test]
fn files_stay_small() {
    for (_, rel, text) in sources() {
        let n = text.lines().count();
        assert!(n <= 1000, "{rel} has {n} lines (at most 1,000)");
    }
}

#[test]
fn machine_specifics_only_in_arch() {
    for (module, rel, text) in sources() {
        if module == "arch" {
            continue;
        }
        // Spelled in pieces so that this file itself does not match a search for them.
        let needles = [
            ["asm", "!"],
            ["gr", "egs"],
            ["REG_", "RIP"],
            ["uc_", "mcontext"],
        ];
        for needle in needles.map(|n| n.concat()) {
            assert!(!text.contains(&needle), "{rel} contains `{needle}`");
        }
    }
}

#[test]
fn the_morestack_symbol_is_one_name() {
    let name = runtime::abi::MORESTACK_SLOW_PATH_SYMBOL;
    let files = sources();
    let text = |rel: &str| &files.iter().find(|f| f.1 == rel).unwrap().2;
    assert!(text("stackcheck.rs").contains(&format!("export_name = \"{name}\"")));
    assert!(text("arch/x86_64.rs").contains(&format!("fn {name}(")));
    assert!(text("arch/x86_64.rs").contains(&format!("sym {name},")));
}
