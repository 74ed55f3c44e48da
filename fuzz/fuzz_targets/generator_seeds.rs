//! Fuzz target: a u64 seed -> `deferjit::gen::generate` -> compile -> run under two defer
//! strategies (chosen by the input too); stdout, stderr up to `goroutine 1 [running]:`,
//! the trace's `main.*` names and the exit status must be equal.
#![no_main]

use deferjit::gen::diff::{compare, run, Observed};
use deferjit::DeferStrategy;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: [u8; 9]| {
    let seed = u64::from_le_bytes(data[..8].try_into().unwrap());
    let all = DeferStrategy::ALL;
    let a = all[(data[8] & 3) as usize];
    let b = all[((data[8] >> 2) & 3) as usize];
    let b = if a == b {
        all[((data[8] as usize & 3) + 1) % 4]
    } else {
        b
    };
    let src = deferjit::gen::generate(seed);
    let oa = run(&src, a).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
    let ob = run(&src, b).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
    if let Some(d) = compare(&Observed::of(&oa), &Observed::of(&ob), true) {
        panic!("seed {seed}: {a} vs {b} diverge\n--- program ---\n{src}--- diff ---\n{d}");
    }
});
