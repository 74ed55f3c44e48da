//! Differential testing: programs from `deferjit::gen::generate` must behave identically
//! (stdout, stderr up to `goroutine 1 [running]:` plus the trace's `main.*` names, exit
//! status) under the open, stack, heap and auto defer strategies.
//!
//! Runs seeds `0..N` (N = `DEFERJIT_DIFF_SEEDS`, default 2,000) on every core; a
//! divergence prints the seed, the program and the diff. More seeds, and comparison with
//! real Go: `cargo run --release --example difftest -- --seeds N [--start S] [--go]`.

use deferjit::gen::diff::check_seed;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

#[test]
fn strategies_agree_on_generated_programs() {
    let n: u64 = std::env::var("DEFERJIT_DIFF_SEEDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2000);
    let start: u64 = std::env::var("DEFERJIT_DIFF_START")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
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
                if let Err(e) = check_seed(seed) {
                    eprintln!("{e}\n");
                    failures.lock().unwrap_or_else(|e| e.into_inner()).push(e);
                }
            });
        }
    });
    let f = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    assert!(
        f.is_empty(),
        "{} of {n} seeds diverged (first: {})",
        f.len(),
        f[0].lines().next().unwrap_or("")
    );
}
