//! Differential testing: programs from `deferjit::gen::generate` must behave identically
//! (stdout, stderr up to `goroutine 1 [running]:` plus the trace's `main.*` names, exit
//! status) under the open, stack, heap and auto defer strategies.
//!
//! Runs seeds `0..N` (N = `DEFERJIT_DIFF_SEEDS`, default 2,000) on every core; a
//! divergence prints the seed, the program and the diff. More seeds, and comparison with
//! real Go: `cargo run --release --example difftest -- --seeds N [--start S] [--go]`. Also:
//! programs compiled for `deferjit trace` behave as untraced ones.

use deferjit::gen::diff::check_seed;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// The number in environment variable `var`, or `default`.
fn env_count(var: &str, default: u64) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// The failures of `check` under each defer strategy for the program `src` of `seed`,
/// each with the seed, the strategy and the program.
fn each_strategy(
    seed: u64,
    src: &str,
    check: impl Fn(deferjit::DeferStrategy) -> Result<(), String>,
) -> Vec<String> {
    deferjit::DeferStrategy::ALL
        .into_iter()
        .filter_map(|strategy| {
            check(strategy)
                .err()
                .map(|e| format!("seed {seed} ({strategy}): {e}\n--- program ---\n{src}"))
        })
        .collect()
}

/// Runs `check` on seeds `start..start + n` spread over every core; returns the
/// failures (each printed as it happens).
fn over_seeds(start: u64, n: u64, check: impl Fn(u64) -> Vec<String> + Sync) -> Vec<String> {
    let jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let next = AtomicU64::new(start);
    let failures = Mutex::new(Vec::<String>::new());
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let seed = next.fetch_add(1, Ordering::Relaxed);
                if seed >= start + n {
                    break;
                }
                for e in check(seed) {
                    eprintln!("{e}\n");
                    failures.lock().unwrap_or_else(|e| e.into_inner()).push(e);
                }
            });
        }
    });
    failures.into_inner().unwrap_or_else(|e| e.into_inner())
}

#[test]
fn strategies_agree_on_generated_programs() {
    let n = env_count("DEFERJIT_DIFF_SEEDS", 2000);
    let start = env_count("DEFERJIT_DIFF_START", 0);
    let f = over_seeds(start, n, |seed| {
        check_seed(seed).err().into_iter().collect()
    });
    assert!(
        f.is_empty(),
        "{} of {n} seeds diverged (first: {})",
        f.len(),
        f[0].lines().next().unwrap_or("")
    );
}

/// Tracing changes nothing a program does: generated programs (seeds `0..N`, N =
/// `DEFERJIT_TRACE_SEEDS`, default 200) compiled for `deferjit trace` behave exactly as
/// untraced ones under every strategy, and in a run that returns normally from main
/// (no `os.Exit`) without goroutines, every defer registered is run exactly once.
#[test]
fn tracing_changes_no_behaviour() {
    use deferjit::gen::diff::{compare, run, run_traced, Observed};
    use deferjit::DeferStrategy;
    use runtime::events::Event;
    let n = env_count("DEFERJIT_TRACE_SEEDS", 200);
    let checked_counts = AtomicU64::new(0);
    let f = over_seeds(0, n, |seed| {
        let src = deferjit::gen::generate(seed);
        let check = |strategy: DeferStrategy| -> Result<(), String> {
            let plain = run(&src, strategy)?;
            let traced = run_traced(&src, strategy, Some(1_000_000))?;
            if let Some(d) = compare(&Observed::of(&plain), &Observed::of(&traced), true) {
                return Err(format!("traced run differs:\n{d}"));
            }
            let buf = traced.trace.as_deref().ok_or("no trace recorded")?;
            // (os.Exit ends a run with status 0 without running defers.)
            let normal_end = traced.status == 0 && !src.contains("os.Exit");
            if normal_end && !src.contains("go func") && buf.dropped == 0 {
                let count = |want: fn(&Event) -> bool| {
                    buf.records.iter().filter(|r| want(&r.event)).count()
                };
                let registered = count(|e| matches!(e, Event::DeferRegistered { .. }));
                let ran = count(|e| matches!(e, Event::DeferCall { .. }));
                checked_counts.fetch_add(1, Ordering::Relaxed);
                if registered != ran {
                    return Err(format!("{registered} defers registered but {ran} run"));
                }
            }
            Ok(())
        };
        each_strategy(seed, &src, check)
    });
    assert!(
        f.is_empty(),
        "{} traced runs failed (first: {})",
        f.len(),
        f[0].lines().next().unwrap_or("")
    );
    let counted = checked_counts.load(Ordering::Relaxed);
    eprintln!(
        "{counted} of {} traced runs ended normally and had their defers counted",
        4 * n
    );
    assert!(
        counted > n / 2,
        "too few runs had their defers counted: {counted}"
    );
}

/// A collection at any point changes nothing a program does: generated programs (seeds
/// `0..N`, N = `DEFERJIT_GC_SEEDS`, default 200) run with a collection before every
/// allocation and every freed object poisoned (`--gc-stress`) behave exactly as plain runs
/// under every strategy. An object freed while still in use would show as poison.
#[test]
fn collecting_at_every_allocation_changes_no_behaviour() {
    use deferjit::gen::diff::{compare, run, run_gc_stress, Observed};
    use deferjit::DeferStrategy;
    let n = env_count("DEFERJIT_GC_SEEDS", 200);
    let collected_runs = AtomicU64::new(0);
    let collections = AtomicU64::new(0);
    let f = over_seeds(0, n, |seed| {
        let src = deferjit::gen::generate(seed);
        let check = |strategy: DeferStrategy| -> Result<(), String> {
            let plain = run(&src, strategy)?;
            let stressed = run_gc_stress(&src, strategy)?;
            if let Some(d) = compare(&Observed::of(&plain), &Observed::of(&stressed), true) {
                return Err(format!(
                    "run with a collection at every allocation differs:\n{d}"
                ));
            }
            if stressed.heap.num_gc > 0 {
                collected_runs.fetch_add(1, Ordering::Relaxed);
                collections.fetch_add(stressed.heap.num_gc as u64, Ordering::Relaxed);
            }
            // Every allocation collected first: as many collections as objects.
            if stressed.heap.num_gc as u64 != stressed.heap.mallocs {
                return Err(format!(
                    "{} collections for {} allocations",
                    stressed.heap.num_gc, stressed.heap.mallocs
                ));
            }
            Ok(())
        };
        each_strategy(seed, &src, check)
    });
    assert!(
        f.is_empty(),
        "{} stressed runs failed (first: {})",
        f.len(),
        f[0].lines().next().unwrap_or("")
    );
    let runs = collected_runs.load(Ordering::Relaxed);
    eprintln!(
        "{runs} of {} runs collected ({} collections in all)",
        4 * n,
        collections.load(Ordering::Relaxed)
    );
    assert!(runs > n, "too few runs allocated at all: {runs}");
}
