//! Robustness of the front end: 10,000 random and mutated inputs (from the conformance
//! programs and programs using every construct of the grammar) must never make
//! `check_source` panic, hang or overflow the stack; deeply nested valid programs compile
//! and run (depth is limited by memory), absurdly deep ones get a clear error.

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
    out.push(GRAMMAR_CORPUS.as_bytes().to_vec());
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

/// A valid program that uses most of the grammar (mutation material for the parser).
const GRAMMAR_CORPUS: &str = r#"package main

import (
	. "fmt"
	m "math"
	"C"
)

type (
	Pair[K comparable, V any] struct {
		Key K
		Val V `json:"val"`
		*Pair[K, V]
		m.Rand
	}
	Num interface {
		~int | ~int64 | float64
		String() string
	}
	A    = [4]int
	G[P *C | []int] int
	F    func(int, ...string) (x, y int)
	Ch   <-chan chan<- int
)

func (p *Pair[K, V]) Get() (k K, v V) { return p.Key, p.Val }

func Map[T, U any](s []T, f func(T) U) (r []U) {
	for _, v := range s {
		r = append(r, f(v))
	}
	return
}

func main() {
	var x any = 0x_cafe + 0b1010 + 0o17 + 017 + 1_000
	y := [...]float64{1.5e3, 0x1p-2, .5, 2i: 3}
	c := make(chan int, 1)
	c <- 'a' + '\n' + '\x41' + '\u00e9' + '\U0001F600' + '\''
	select {
	case v, ok := <-c:
		Println(v, ok, `raw
string`)
	case c <- 1:
	default:
	}
	switch t := x.(type) {
	case int, *int, []map[string]chan int:
		_ = t
	case nil:
	}
	switch {
	case true:
		fallthrough
	default:
	}
	go func() {}()
L:
	for i := range 10 {
		if i > 5 {
			break L
		}
		goto next
	next:
	}
	s := Map[int, string]([]int{1}, func(int) string { return "" })
	_ = s[1:2:3]
	_ = Pair[int, string]{Key: 1, Val: "a"}
	_ = (*int)(nil)
	_ = y
}
"#;

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
        "package main\nfunc main() { x := 1 \u{feff} }\n".into(),
        format!(
            "package main\nvar x = {}\nfunc main() {{}}\n",
            "[]".repeat(n)
        ),
        format!(
            "package main\nvar x = {}\nfunc main() {{}}\n",
            "<-chan ".repeat(n)
        ),
        format!("package main\ntype T {}\n", "struct{ a ".repeat(n)),
        format!("package main\ntype T {}\n", "interface{ ".repeat(n)),
        format!("package main\ntype T[P {}] int\n", "*P|".repeat(n)),
        format!("package main\nfunc f[T any]() {}\n", "[T]".repeat(n)),
        format!(
            "package main\nfunc main() {{ {} }}\n",
            "select { case <-c: ".repeat(n)
        ),
        format!(
            "package main\nfunc main() {{ {} }}\n",
            "switch x.(type) { case int: ".repeat(n)
        ),
        format!("package main\nfunc main() {{ {} }}\n", "L: ".repeat(n)),
        format!("package main\nvar x = {}1\n", "map[int]int{1: ".repeat(n)),
        format!("package main\nvar x = a{}\n", "[1:2:3]".repeat(n)),
        format!("package main\nvar x = a{}\n", ".(int)".repeat(n)),
        GRAMMAR_CORPUS.into(),
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

/// Compiles and runs `src` on this (small-stacked) test thread, returning its stderr.
fn run_deep(name: &str, src: &str) -> String {
    let t = Instant::now();
    let p = deferjit::Program::compile(name, src, &deferjit::Options::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let out = p.run();
    assert_eq!(
        out.status,
        0,
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    drop(p);
    assert!(
        t.elapsed() < Duration::from_secs(30),
        "{name} took {:?}",
        t.elapsed()
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn main_with(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{body}\n}}\n")
}

#[test]
fn deep_sums_and_parentheses_compile_and_run() {
    // The cases of the front-end issue (Go compiles all of them), then much deeper ones.
    for terms in [399, 10_000] {
        let sum = vec!["x"; terms].join(" + ");
        let out = run_deep("sum.go", &main_with(&format!("\tx := 2\n\tprintln({sum})")));
        assert_eq!(out, format!("{}\n", 2 * terms));
    }
    for n in [199, 100_000] {
        let e = format!("{}x{}", "(".repeat(n), ")".repeat(n));
        let out = run_deep(
            "parens.go",
            &main_with(&format!("\tx := 7\n\tprintln({e})")),
        );
        assert_eq!(out, "7\n");
    }
    let neg = "-(".repeat(10_001) + "x" + &")".repeat(10_001);
    let out = run_deep("neg.go", &main_with(&format!("\tx := 3\n\tprintln({neg})")));
    assert_eq!(out, "-3\n");
    let calls = "f(".repeat(5_000) + "0" + &")".repeat(5_000);
    let src = format!(
        "package main\n\nfunc f(x any) any {{ return x.(int) + 1 }}\n\nfunc main() {{\n\tprintln({calls}.(int))\n}}\n"
    );
    assert_eq!(run_deep("calls.go", &src), "5000\n");
}

#[test]
fn deep_else_if_chains_compile_and_run() {
    for n in [399, 1_000, 10_000] {
        let mut src =
            String::from("package main\n\nfunc f(i int) int {\n\tif i == 0 {\n\t\treturn 0\n");
        for k in 1..n {
            src += &format!("\t}} else if i == {k} {{\n\t\treturn {}\n", 2 * k);
        }
        src += "\t}\n\treturn -1\n}\n\nfunc main() {\n";
        src += &format!("\tprintln(f(0), f(1), f({}), f({n}))\n}}\n", n - 1);
        let out = run_deep("elseif.go", &src);
        assert_eq!(out, format!("0 2 {} -1\n", 2 * (n - 1)));
    }
}

#[test]
fn deep_func_literals_and_blocks_compile_and_run() {
    for n in [150, 1_000] {
        let body = format!(
            "\tx := 0\n{}\tx++\n{}\tprintln(x)",
            "\tfunc() {\n".repeat(n),
            "\t}()\n".repeat(n)
        );
        assert_eq!(run_deep("funclit.go", &main_with(&body)), "1\n");
    }
    let body = format!(
        "\tx := 0\n{}x++{}\n\tprintln(x)",
        "{".repeat(10_000),
        "}".repeat(10_000)
    );
    assert_eq!(run_deep("blocks.go", &main_with(&body)), "1\n");
    let body = format!(
        "\tx := 0\n{}x++{}\n\tprintln(x)",
        "if x >= 0 {".repeat(2_000),
        "}".repeat(2_000)
    );
    assert_eq!(run_deep("ifs.go", &main_with(&body)), "1\n");
}

#[test]
fn absurdly_deep_inputs_get_a_clear_error() {
    let check = |src: &str, want: &str| {
        let e = deferjit::check_source("deep.go", src)
            .unwrap_err()
            .to_string();
        assert!(e.ends_with(want), "got {e}, want ...{want}");
    };
    let n = deferjit::syntax::parser::MAX_DEPTH as usize + 1;
    check(
        &main_with(&format!("\tprintln({}1{})", "(".repeat(n), ")".repeat(n))),
        "deferjit does not support nesting deeper than 1000000 levels yet",
    );
    let sum = vec!["x"; 100_002].join(" + ");
    check(
        &main_with(&format!("\tx := 1\n\tprintln({sum})")),
        "deferjit does not support nesting deeper than 100000 levels yet",
    );
    check(
        &main_with(&format!("\tvar x {}int\n\t_ = x", "[]".repeat(1_001))),
        "deferjit does not support types nested deeper than 1000 levels yet",
    );
    // 999 levels of slice types are fine.
    let src = main_with(&format!(
        "\tvar x {}int\n\tprintln(len(x))",
        "[]".repeat(999)
    ));
    assert_eq!(run_deep("types.go", &src), "0\n");
}
