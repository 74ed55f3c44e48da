//! Criterion benchmark of compile time: checking, lowering and JIT-compiling a generated
//! Go program of 1,000 functions (each with defers, a loop and a call), under each
//! defer strategy. `cargo bench --bench compile`.

use criterion::{criterion_group, criterion_main, Criterion};
use deferjit::{DeferStrategy, Options, Program};
use std::fmt::Write;
use std::time::Duration;

/// A program of `n` functions: `fK` defers `inc()` (every third one also a recovering
/// closure), loops, branches and calls `fK-1`; `main` calls the last one.
fn generate(n: usize) -> String {
    let mut s = String::from("package main\n\nvar sink int\n\nfunc inc() { sink++ }\n\n");
    for k in 0..n {
        let _ = writeln!(s, "func f{k}(x int) int {{\n\tdefer inc()");
        if k % 3 == 0 {
            s.push_str(
                "\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tsink--\n\t\t}\n\t}()\n",
            );
        }
        let _ = writeln!(s, "\ty := x*{} + sink", k + 1);
        s.push_str("\tfor i := 0; i < 3; i++ {\n\t\ty += i\n\t}\n");
        let _ = writeln!(s, "\tif y > {} {{\n\t\treturn y - {k}\n\t}}", k * 7 + 100);
        if k > 0 {
            let _ = writeln!(s, "\treturn f{}(y%7) + 1\n}}\n", k - 1);
        } else {
            s.push_str("\treturn y\n}\n\n");
        }
    }
    let _ = writeln!(s, "func main() {{\n\tprintln(f{}(1), sink)\n}}", n - 1);
    s
}

fn compile_1000(c: &mut Criterion) {
    let src = generate(1000);
    // The generated program is valid and runs as Go runs it (`go run` prints the same).
    let check =
        Program::compile("gen1000.go", &src, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
    let out = check.run();
    assert_eq!(
        (out.status, out.stderr.as_slice()),
        (0, &b"1003 1000\n"[..])
    );
    drop(check);

    let mut g = c.benchmark_group("compile_1000_funcs");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    for s in [DeferStrategy::Auto, DeferStrategy::Heap] {
        let opts = Options {
            defer: s,
            ..Options::default()
        };
        g.bench_function(s.name(), |b| {
            b.iter(|| Program::compile("gen1000.go", &src, &opts).unwrap_or_else(|e| panic!("{e}")))
        });
    }
    g.bench_function("check_only", |b| {
        b.iter(|| deferjit::check_source("gen1000.go", &src).unwrap_or_else(|e| panic!("{e}")))
    });
    g.finish();
}

criterion_group!(benches, compile_1000);
criterion_main!(benches);
