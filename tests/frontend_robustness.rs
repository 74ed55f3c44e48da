//! Robustness of the front end: 10,000 random and mutated inputs (from the conformance
//! programs) must never make `check_source` panic, hang or overflow the stack.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

/// xorshift64*: a small deterministic PRNG.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn corpus() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    // The repo's conformance programs (the shared ones among them).
    let dirs = [concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conformance").to_string()];
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(Path::new(&d)) else {
            continue;
        };
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|x| x == "go") {
                if let Ok(b) = std::fs::read(&p) {
                    out.push(b);
                }
            }
        }
    }
    if out.is_empty() {
        out.push(
            b"package main\n\nfunc main() {\n\tdefer println(1)\n\tfor i := range 3 { _ = i }\n}\n"
                .to_vec(),
        );
    }
    out
}

/// Splits into tokens at whitespace boundaries (keeping the whitespace).
fn tokens(src: &[u8]) -> Vec<&[u8]> {
    let mut v = Vec::new();
    let mut start = 0;
    for i in 1..src.len() {
        if src[i].is_ascii_whitespace() != src[i - 1].is_ascii_whitespace()
            || b"(){}[],;.".contains(&src[i])
        {
            v.push(&src[start..i]);
            start = i;
        }
    }
    if start < src.len() {
        v.push(&src[start..]);
    }
    v
}

fn mutate(rng: &mut Rng, base: &[u8], corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut s = base.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        match rng.below(9) {
            0 => {
                // byte flips
                for _ in 0..1 + rng.below(4) {
                    if !s.is_empty() {
                        let i = rng.below(s.len());
                        s[i] ^= 1 << rng.below(8);
                    }
                }
            }
            1 => {
                let n = rng.below(s.len() + 1);
                s.truncate(n);
            }
            2 | 3 => {
                // token deletion
                let t = tokens(&s);
                if !t.is_empty() {
                    let i = rng.below(t.len());
                    s = t
                        .iter()
                        .enumerate()
                        .filter(|(k, _)| *k != i)
                        .flat_map(|(_, x)| x.iter().copied())
                        .collect();
                }
            }
            4 => {
                // token duplication
                let t = tokens(&s);
                if !t.is_empty() {
                    let i = rng.below(t.len());
                    let mut o = Vec::new();
                    for (k, x) in t.iter().enumerate() {
                        o.extend_from_slice(x);
                        if k == i {
                            o.extend_from_slice(x);
                        }
                    }
                    s = o;
                }
            }
            5 => {
                // insert a token from another program
                let other = &corpus[rng.below(corpus.len())];
                let t = tokens(other);
                if !t.is_empty() {
                    let tok = t[rng.below(t.len())].to_vec();
                    let at = rng.below(s.len() + 1);
                    s.splice(at..at, tok);
                }
            }
            6 => {
                // random bytes
                let at = rng.below(s.len() + 1);
                let n = 1 + rng.below(8);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                s.splice(at..at, bytes);
            }
            7 => {
                // swap two tokens
                let t = tokens(&s);
                if t.len() > 2 {
                    let i = rng.below(t.len());
                    let j = rng.below(t.len());
                    let mut t: Vec<Vec<u8>> = t.iter().map(|x| x.to_vec()).collect();
                    t.swap(i, j);
                    s = t.concat();
                }
            }
            _ => {
                // splice a chunk of another program
                let other = &corpus[rng.below(corpus.len())];
                if !other.is_empty() {
                    let a = rng.below(other.len());
                    let b = (a + rng.below(200)).min(other.len());
                    let at = rng.below(s.len() + 1);
                    s.splice(at..at, other[a..b].iter().copied());
                }
            }
        }
    }
    s
}

fn special_inputs() -> Vec<String> {
    let n = 100_000;
    vec![
        String::new(),
        "package".into(),
        "package main".into(),
        "package main\nfunc main() {".into(),
        format!(
            "package main\nvar x = {}1{}\nfunc main() {{}}\n",
            "(".repeat(n),
            ")".repeat(n)
        ),
        format!("package main\nfunc main() {{ {} }}\n", "{".repeat(n)),
        format!(
            "package main\nvar x = {}1\nfunc main() {{}}\n",
            "-".repeat(n)
        ),
        format!(
            "package main\nvar x = 1{}\nfunc main() {{}}\n",
            " + 1".repeat(n)
        ),
        format!(
            "package main\nvar x = f{}\nfunc main() {{}}\n",
            "()".repeat(n)
        ),
        format!(
            "package main\nvar x = []int{}\nfunc main() {{}}\n",
            "{".repeat(n)
        ),
        format!(
            "package main\nvar x {}int\nfunc main() {{}}\n",
            "[]".repeat(n)
        ),
        format!(
            "package main\nfunc main() {{ {} }}\n",
            "if true {".repeat(n)
        ),
        format!("package main\nfunc main() {{ {} }}\n", "for {".repeat(n)),
        format!(
            "package main\nvar x = {}\nfunc main() {{}}\n",
            "func() int { return ".repeat(2000)
        ),
        format!("package main\nconst c = 1 << 100 << 100\nfunc main() {{ println(c) }}\n"),
        format!(
            "package main\nconst c = {}\nfunc main() {{ println(c) }}\n",
            "9".repeat(5000)
        ),
        "package main\nfunc main() { x := 1 / 0; println(x % 0, -9223372036854775808 / -1) }\n"
            .into(),
        "package main\nconst a = b\nconst b = a\nvar x = y\nvar y = x\nfunc main() {}\n".into(),
        "\u{feff}package main\nfunc main() { println(\"\\xff\\u00e9\") }\n".into(),
    ]
}

fn run_one(src: &str, worst: &mut Duration) {
    let t = Instant::now();
    let r = catch_unwind(AssertUnwindSafe(|| deferjit::check_source("fuzz.go", src)));
    let el = t.elapsed();
    if el > *worst {
        *worst = el;
    }
    if r.is_err() {
        let _ = std::fs::write("/tmp/frontend_robustness_crash.go", src);
        panic!("check_source panicked on an input (saved to /tmp/frontend_robustness_crash.go):\n{src:.2000}");
    }
    assert!(
        el < Duration::from_secs(10),
        "check_source took {el:?} on:\n{src:.2000}"
    );
}

#[test]
fn special_inputs_do_not_crash() {
    let mut worst = Duration::ZERO;
    for s in special_inputs() {
        run_one(&s, &mut worst);
    }
}

#[test]
fn ten_thousand_mutated_inputs_do_not_crash() {
    let corpus = corpus();
    let total = 10_000usize;
    let threads = 2;
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let corpus = corpus.clone();
            std::thread::spawn(move || {
                let mut rng =
                    Rng(0x9E37_79B9_7F4A_7C15 ^ (t as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED03));
                let mut worst = Duration::ZERO;
                for i in 0..total / threads {
                    let input: Vec<u8> = if i % 10 == 9 {
                        // pure random bytes, sometimes with a valid header
                        let n = rng.below(300);
                        let mut v: Vec<u8> = if rng.below(2) == 0 {
                            b"package main\n".to_vec()
                        } else {
                            Vec::new()
                        };
                        v.extend((0..n).map(|_| rng.next() as u8));
                        v
                    } else {
                        let base = &corpus[rng.below(corpus.len())];
                        mutate(&mut rng, base, &corpus)
                    };
                    let src = String::from_utf8_lossy(&input).into_owned();
                    run_one(&src, &mut worst);
                }
                worst
            })
        })
        .collect();
    for h in handles {
        let worst = h.join().expect("fuzz thread panicked");
        assert!(worst < Duration::from_secs(10));
    }
}
