//! Criterion benchmarks of deferjit's defer strategies and panic/recover, through the
//! library's [`deferjit::bench::Bencher`]: each benchmark is a `BenchmarkXxx` function of
//! `benches/defers_test.go` (the file `go test -bench` also runs), called with
//! `b.N = iters` on one long-lived run thread via `iter_custom`, so criterion's numbers
//! are per Go loop iteration. After each benchmark, a line on stderr shows that the
//! measured path took no arena memory and pooled no new defer records.
//!
//! `cargo bench --bench defers` (or `-- one_defer` for a group).

use criterion::{criterion_group, criterion_main, Criterion};
use deferjit::bench::Bencher;
use deferjit::{DeferStrategy, Options};
use std::time::Duration;

const SOURCE: &str = include_str!("defers_test.go");

/// One compiled copy of defers_test.go per strategy.
struct Programs {
    benchers: Vec<(DeferStrategy, Bencher)>,
}

impl Programs {
    fn new() -> Programs {
        let benchers = [
            DeferStrategy::Auto,
            DeferStrategy::Open,
            DeferStrategy::Stack,
            DeferStrategy::Heap,
        ]
        .into_iter()
        .map(|s| {
            let opts = Options {
                defer: s,
                ..Options::default()
            };
            let b = Bencher::compile("defers_test.go", SOURCE, &opts)
                .unwrap_or_else(|e| panic!("defers_test.go does not compile under {s}: {e}"));
            (s, b)
        })
        .collect();
        Programs { benchers }
    }

    fn get(&mut self, s: DeferStrategy) -> &mut Bencher {
        &mut self
            .benchers
            .iter_mut()
            .find(|(k, _)| *k == s)
            .expect("every strategy is compiled")
            .1
    }
}

/// Benchmarks Go function `go_bench` under `strategy` as `group/id`, then reports the
/// allocations of 100,000 more iterations.
fn go_bench(
    group: &mut Group<'_>,
    programs: &mut Programs,
    id: &str,
    go_bench: &str,
    strategy: DeferStrategy,
) {
    let label = format!("{}/{id}", group.1);
    let b = programs.get(strategy);
    let index = b
        .find(go_bench)
        .unwrap_or_else(|| panic!("no {go_bench} in defers_test.go"));
    group.0.bench_function(id, |cb| {
        cb.iter_custom(|iters| match b.run(index, iters) {
            Ok(m) => m.elapsed,
            Err(e) => panic!("{go_bench} under {strategy}: {e}"),
        })
    });
    let n = 100_000;
    match b.run(index, n) {
        Ok(m) => eprintln!(
            "{label}: {n} ops under {strategy}: {} arena bytes taken, {} new heap defer records (pooled)",
            m.arena_growth(),
            m.defer_records_growth()
        ),
        Err(e) => panic!("{go_bench} under {strategy}: {e}"),
    }
}

/// A criterion group and its name (for the allocation report).
struct Group<'a>(
    criterion::BenchmarkGroup<'a, criterion::measurement::WallTime>,
    &'static str,
);

fn configure<'a>(c: &'a mut Criterion, name: &'static str) -> Group<'a> {
    let mut g = c.benchmark_group(name);
    g.warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    Group(g, name)
}

const FORCED: [DeferStrategy; 3] = [
    DeferStrategy::Open,
    DeferStrategy::Stack,
    DeferStrategy::Heap,
];

/// `defer inc()` once per call, under each strategy, against a direct call.
fn one_defer(c: &mut Criterion) {
    let mut p = Programs::new();
    let mut g = configure(c, "one_defer");
    go_bench(
        &mut g,
        &mut p,
        "direct_call",
        "BenchmarkDirectCall",
        DeferStrategy::Auto,
    );
    for s in FORCED {
        go_bench(&mut g, &mut p, s.name(), "BenchmarkOpenDefer", s);
    }
    g.0.finish();
}

/// Eight defers in one function, under each strategy, against eight direct calls.
fn eight_defers(c: &mut Criterion) {
    let mut p = Programs::new();
    let mut g = configure(c, "eight_defers");
    go_bench(
        &mut g,
        &mut p,
        "direct8",
        "BenchmarkDirect8",
        DeferStrategy::Auto,
    );
    for s in FORCED {
        go_bench(&mut g, &mut p, s.name(), "BenchmarkOpenDefer8", s);
    }
    g.0.finish();
}

/// A defer in a loop run 1 and 10 times (heap records, reused from the pool).
fn loop_defers(c: &mut Criterion) {
    let mut p = Programs::new();
    let mut g = configure(c, "loop_defers");
    go_bench(
        &mut g,
        &mut p,
        "1",
        "BenchmarkHeapDefer1",
        DeferStrategy::Auto,
    );
    go_bench(
        &mut g,
        &mut p,
        "10",
        "BenchmarkHeapDefer10",
        DeferStrategy::Auto,
    );
    g.0.finish();
}

/// panic + recover with the panic 0 (same frame), 1, 10 and 100 frames below the
/// recovering defer.
fn panic_recover(c: &mut Criterion) {
    let mut p = Programs::new();
    let mut g = configure(c, "panic_recover");
    for (id, b) in [
        ("depth0", "BenchmarkPanicRecoverSameFrame"),
        ("depth1", "BenchmarkPanicRecoverDepth1"),
        ("depth10", "BenchmarkPanicRecoverDepth10"),
        ("depth100", "BenchmarkPanicRecoverDepth100"),
    ] {
        go_bench(&mut g, &mut p, id, b, DeferStrategy::Auto);
    }
    g.0.finish();
}

/// A deferred closure calling recover() when nothing panics, under each strategy.
fn recover_no_panic(c: &mut Criterion) {
    let mut p = Programs::new();
    let mut g = configure(c, "recover_no_panic");
    for s in FORCED {
        go_bench(&mut g, &mut p, s.name(), "BenchmarkRecoverNoPanic", s);
    }
    g.0.finish();
}

criterion_group!(
    benches,
    one_defer,
    eight_defers,
    loop_defers,
    panic_recover,
    recover_no_panic
);
criterion_main!(benches);
