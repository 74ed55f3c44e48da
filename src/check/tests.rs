//! Unit tests of the checker: conformance programs, error goldens, defer sites, storage
//! and capture decisions, closure naming, defer rewriting.

use super::check;
use lowering::ir::{Builtin, Expr, ExprKind, Func, FuncKind, Program, Stmt, Storage};

fn golden_section(golden: &str, name: &str) -> Option<String> {
    let marker = format!("-- {name} --\n");
    let start = golden.find(&marker)? + marker.len();
    let rest = &golden[start..];
    let end = rest.find("\n-- ").map(|i| i + 1).unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

fn go_files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect(),
        Err(_) => vec![],
    };
    v.sort();
    v
}

fn defers_text(p: &Program) -> Vec<String> {
    // The program's own defers (a library package's are not in its golden).
    let mut sites: Vec<_> = p
        .funcs
        .iter()
        .filter(|f| !f.is_library())
        .flat_map(|f| f.defers.iter())
        .filter(|d| d.gc_view == lowering::ir::GcView::Live)
        .map(|d| d.pos)
        .collect();
    sites.sort();
    sites
        .iter()
        .map(|p| format!("{}:{}", p.line, p.col))
        .collect()
}

fn check_dir(dir: &str) -> (usize, Vec<String>) {
    let mut n = 0;
    let mut failures = Vec::new();
    for path in go_files(dir) {
        let src = std::fs::read_to_string(&path).unwrap();
        let golden_path = path.with_extension("golden");
        let golden = std::fs::read_to_string(&golden_path).unwrap_or_default();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        n += 1;
        let res = check(&name, &src);
        if let Some(err) = golden_section(&golden, "error") {
            let want = err.lines().next().unwrap_or("").to_string();
            match res {
                Ok(_) => failures.push(format!("{name}: accepted, want error {want}")),
                Err(e) => {
                    let got = format!(
                        "{}:{}: {}",
                        e.pos.line,
                        e.pos.col,
                        e.msg.lines().next().unwrap_or("")
                    );
                    if got != want {
                        failures.push(format!("{name}: got {got:?}, want {want:?}"));
                    }
                }
            }
            continue;
        }
        match res {
            Err(e) => failures.push(format!("{name}: unexpected error {e}")),
            Ok(p) => {
                if let Some(d) = golden_section(&golden, "defers") {
                    let want: Vec<String> = d
                        .lines()
                        .filter(|l| !l.is_empty())
                        .map(|l| l.split(": ").next().unwrap().to_string())
                        .collect();
                    let got = defers_text(&p);
                    if got != want {
                        failures.push(format!("{name}: defer sites {got:?}, want {want:?}"));
                    }
                }
            }
        }
    }
    (n, failures)
}

/// Every program of `tests/conformance` (the shared ones among them) checks, with gc's
/// defer positions, and every error golden gets Go's first error.
#[test]
fn repo_conformance_programs_and_error_goldens() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conformance");
    let (n, failures) = check_dir(dir);
    assert!(n >= 150, "only {n} programs checked");
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn bench_file_checks() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/benches");
    let src = std::fs::read_to_string(format!("{dir}/defers_test.go")).unwrap();
    let p = check("defers_test.go", &src).unwrap();
    let declared = src.matches("\nfunc Benchmark").count();
    assert!(declared >= 15, "{declared}");
    assert_eq!(p.benchmarks.len(), declared);
    let want = std::fs::read_to_string(format!("{dir}/defers_test.defers")).unwrap();
    let want: Vec<String> = want
        .lines()
        .map(|l| l.split(": ").next().unwrap().to_string())
        .collect();
    assert_eq!(defers_text(&p), want);
    let stack = func(&p, "main.stackDefer1");
    assert_eq!(stack.return_count, 17);
    let heap = func(&p, "main.heapDefer");
    assert!(heap.defers[0].in_loop);
}

fn func<'p>(p: &'p Program, name: &str) -> &'p Func {
    p.funcs.iter().find(|f| f.name == name).unwrap_or_else(|| {
        panic!(
            "no func {name}: {:?}",
            p.funcs.iter().map(|f| &f.name).collect::<Vec<_>>()
        )
    })
}

fn local_storage(f: &Func, name: &str) -> Storage {
    f.locals
        .iter()
        .find(|l| l.name == name)
        .unwrap_or_else(|| panic!("no local {name} in {}", f.name))
        .storage
}

fn ok(src: &str) -> Program {
    match check("t.go", src) {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    }
}

fn err(src: &str) -> String {
    match check("t.go", src) {
        Ok(_) => panic!("accepted"),
        Err(e) => format!("{}:{}: {}", e.pos.line, e.pos.col, e.msg),
    }
}

#[test]
fn storage_decisions() {
    let p = ok("package main

func makeCounter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func f() (r int) {
	x := 1
	y := 2
	defer func() { r += x; y++ }()
	for i := 0; i < 3; i++ {
		defer func() { println(i) }()
	}
	for i := 0; i < 3; i++ {
		i := i
		go2 := func() { i++ }
		go2()
	}
	return y
}

func main() {
	makeCounter()
	f()
}
");
    assert_eq!(
        local_storage(func(&p, "main.makeCounter"), "c"),
        Storage::Heap
    );
    let f = func(&p, "main.f");
    assert_eq!(local_storage(f, "x"), Storage::Value); // captured by value
    assert_eq!(local_storage(f, "y"), Storage::Frame); // assigned, deferred closure only
    assert_eq!(local_storage(f, "r"), Storage::Frame);
    let lit1 = func(&p, "main.f.func1");
    assert!(lit1.captures.iter().any(|c| !c.by_ref)); // x
    assert!(lit1.captures.iter().any(|c| c.by_ref)); // r, y
                                                     // the loop variable is only incremented by the post statement: captured by value
    let lit2 = func(&p, "main.f.func2");
    assert!(!lit2.captures[0].by_ref);
    // per-iteration list only holds heap loop vars
    fn fors(b: &[Stmt], out: &mut Vec<usize>) {
        for s in b {
            match s {
                Stmt::For {
                    per_iteration,
                    body,
                    ..
                } => {
                    out.push(per_iteration.len());
                    fors(body, out);
                }
                Stmt::Block(b) => fors(b, out),
                _ => {}
            }
        }
    }
    let mut v = Vec::new();
    fors(&f.body, &mut v);
    assert_eq!(v, vec![0, 0]);
    // shadowed i assigned in a closure called in its own iteration: the closure does not
    // escape, so escape analysis keeps both in the frame (as gc does)
    let locals: Vec<_> = f
        .locals
        .iter()
        .filter(|l| l.name == "i")
        .map(|l| l.storage)
        .collect();
    assert!(locals.contains(&Storage::Frame));
    assert!(!locals.contains(&Storage::Heap));
}

#[test]
fn per_iteration_heap_loop_var() {
    let p = ok("package main

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { println(i) })
		i += 0
	}
	for _, f := range fs {
		f()
	}
}
");
    let m = func(&p, "main.main");
    assert_eq!(local_storage(m, "i"), Storage::Heap);
    let Stmt::For { per_iteration, .. } = m
        .body
        .iter()
        .find(|s| matches!(s, Stmt::For { .. }))
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(per_iteration.len(), 1);
}

#[test]
fn closure_names_nest_like_gc() {
    let p = ok("package main

func main() {
	a := func() {
		b := func() {}
		b()
		c := func() { func() {}() }
		c()
	}
	a()
	d := func() {}
	d()
}
");
    for n in [
        "main.main.func1",
        "main.main.func1.1",
        "main.main.func1.2",
        "main.main.func1.2.1",
        "main.main.func2",
    ] {
        func(&p, n);
    }
}

#[test]
fn nested_capture_is_transitive() {
    let p = ok("package main

func main() {
	x := 0
	f := func() {
		g := func() { x++ }
		g()
	}
	f()
	println(x)
}
");
    let f1 = func(&p, "main.main.func1");
    assert_eq!(f1.captures.len(), 1);
    assert!(f1.captures[0].by_ref);
    let g = func(&p, "main.main.func1.1");
    assert_eq!(g.captures.len(), 1);
    assert_eq!(g.captures[0].outer, f1.captures[0].inner);
    // Neither closure outlives main's frame.
    assert_eq!(local_storage(func(&p, "main.main"), "x"), Storage::Frame);
    // The inner closure kept in a global: x escapes through both.
    let p = ok("package main

var keep func()

func main() {
	x := 0
	f := func() {
		g := func() { x++ }
		keep = g
	}
	f()
	keep()
	println(x)
}
");
    assert_eq!(local_storage(func(&p, "main.main"), "x"), Storage::Heap);
}

#[test]
fn defer_rewriting() {
    let p = ok("package main

import \"fmt\"

func g(a, b int) {}

func main() {
	x := 1
	defer g(x, 2)
	fv := g
	defer fv(x, 3)
	defer func(n int) { println(n) }(x)
	defer println(\"x\", x)
	defer fmt.Println(x)
	defer recover()
	defer panic(x)
	for i := range 2 {
		defer func() { println(i) }()
	}
}
");
    let m = func(&p, "main.main");
    assert_eq!(m.defers.len(), 8);
    assert!(m.defers[..7].iter().all(|d| !d.in_loop));
    assert!(m.defers[7].in_loop);
    let names: Vec<&str> = m
        .defers
        .iter()
        .map(|d| p.funcs[d.closure.0 as usize].name.as_str())
        .collect();
    assert_eq!(
        names,
        vec![
            "main.main.deferwrap1",
            "main.main.deferwrap2",
            "main.main.deferwrap3",
            "main.main.deferwrap4",
            "main.main.deferwrap5",
            "main.main.deferwrap6",
            "main.main.deferwrap7",
            "main.main.func2"
        ]
    );
    let w1 = func(&p, "main.main.deferwrap1");
    assert_eq!(w1.kind, FuncKind::DeferWrapper);
    assert_eq!(w1.captures.len(), 2);
    assert!(w1.captures.iter().all(|c| !c.by_ref));
    let w2 = func(&p, "main.main.deferwrap2");
    assert_eq!(w2.captures.len(), 3); // fv, x, 3
                                      // defer recover(): gc evaluates recover's frame at the defer statement, so the
                                      // wrapper recovers for the deferring function (Builtin::DeferredRecover).
    let w6 = func(&p, "main.main.deferwrap6");
    assert!(matches!(
        &w6.body[..],
        [Stmt::Expr(Expr { kind: ExprKind::Builtin(Builtin::DeferredRecover, args), .. })] if args.is_empty()
    ));
    assert_eq!(local_storage(m, "x"), Storage::Value);
}

#[test]
fn return_count_excludes_literals() {
    let p = ok("package main

func f(x int) int {
	g := func() int { return 1 }
	if x > 0 {
		return g()
	}
	return 2
}

func main() { f(1) }
");
    assert_eq!(func(&p, "main.f").return_count, 2);
    assert_eq!(func(&p, "main.f.func1").return_count, 1);
}

#[test]
fn error_positions_and_wording() {
    let cases = [
        ("package main\nfunc main() {\n\tx := 1\n}\n", "3:2: declared and not used: x"),
        ("package main\nimport \"os\"\nfunc main() {\n}\n", "2:8: \"os\" imported and not used"),
        ("package main\nfunc main() {\n\tprintln(y)\n}\n", "3:10: undefined: y"),
        (
            "package main\nfunc main() {\n\tn := 1\n\ts := \"a\"\n\tprintln(n + s)\n}\n",
            "5:10: invalid operation: n + s (mismatched types int and string)",
        ),
        ("package main\nfunc main() {\n\tvar x int\n\tx = \"a\"\n\t_ = x\n}\n", "4:6: cannot use \"a\" (untyped string constant) as int value in assignment"),
        ("package main\nfunc f() int {\n\tprintln()\n}\nfunc main() { f() }\n", "4:1: missing return"),
        ("package main\nfunc main() {\n\tdefer 1\n}\n", "3:8: expression in defer must be function call"),
        ("package main\nfunc main() {\n\tx := 1 / 0\n\t_ = x\n}\n", "3:11: invalid operation: division by zero"),
        (
            "package main\nfunc main() {\n\tvar v int = 9223372036854775808\n\t_ = v\n}\n",
            "3:14: cannot use 9223372036854775808 (untyped int constant) as int value in variable declaration (overflows)",
        ),
        ("package main\nfunc f(a, b int) {}\nfunc main() {\n\tf(1)\n}\n", "4:4: not enough arguments in call to f\n\thave (number)\n\twant (int, int)"),
        ("package main\nfunc f() {}\n", "1:9: function main is undeclared in the main package"),
        ("package main\nfunc main() {\n\tx := 1\n\ty := x + \"a\"\n}\n", "4:2: declared and not used: y"),
    ];
    for (src, want) in cases {
        assert_eq!(err(src), want, "for {src}");
    }
}

#[test]
fn unsupported_constructs_are_named_and_win_over_other_errors() {
    let cases = [
        // A std package deferjit lacks; the unused import it would cause is not reported.
        ("package main\nimport \"net/http\"\nfunc main() {}\n", "2:8: deferjit does not support package net/http yet"),
        (
            "package main\nimport \"example.com/m/p\"\nfunc main() {}\n",
            "2:8: deferjit does not support packages outside the standard library (example.com/m/p) yet",
        ),
        ("package main\nimport \"nosuchpkg\"\nfunc main() {}\n", "2:8: package nosuchpkg is not in std"),
        // A library package is valid Go, though not a program.
        ("package lib\n\nfunc F() {}\n", "1:9: deferjit does not support packages other than main (package lib) yet"),
        // Go API that exists but is not implemented vs. a name Go does not have.
        (
            "package main\nimport \"os\"\nfunc main() {\n\t_ = os.Symlink(\"a\", \"b\")\n}\n",
            "4:6: deferjit does not support os.Symlink yet",
        ),
        ("package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Nope(1)\n}\n", "4:6: undefined: fmt.Nope"),
        // Promoted methods of an unnamed struct type, not a missing method.
        (
            "package main\ntype T int\nfunc (T) M() {}\ntype I interface{ M() }\nfunc main() {\n\tvar i I = struct{ T }{}\n\t_ = i\n}\n",
            "6:12: deferjit does not support method sets of unnamed struct types with embedded fields yet",
        ),
        // The earliest unsupported construct wins over an earlier ordinary error.
        (
            "package main\nfunc main() {\n\tx := 1\n\tfor range func(func() bool) {} {\n\t}\n}\n",
            "4:12: deferjit does not support range over functions yet",
        ),
    ];
    for (src, want) in cases {
        assert_eq!(err(src), want, "for {src}");
    }
}

#[test]
fn package_init_order_follows_dependencies() {
    let p = ok("package main

var a = b + 1
var b = f()
var c = 3

func f() int { return c }

func main() { println(a) }
");
    let init = &p.funcs[p.init.0 as usize];
    let order: Vec<String> = init
        .body
        .iter()
        .filter_map(|s| match s {
            Stmt::Assign { lhs, .. } => match &lhs[0] {
                lowering::ir::LValue::Global(g) => Some(p.globals[g.0 as usize].name.clone()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(order, vec!["c", "b", "a"]);
}

/// Every library package, every function body checked (a program normally checks only
/// the bodies it reaches): the library is valid Go, with no unused imports or variables.
#[test]
fn whole_library_checks() {
    for lib in super::library::LIBRARY {
        if lib.path.starts_with("internal/") {
            continue;
        }
        let src = format!(
            "package main\n\nimport _ \"{}\"\n\nfunc main() {{}}\n",
            lib.path
        );
        if let Err(e) = super::check_library_eagerly("lib_test.go", &src) {
            panic!("package {}: {e}", lib.path);
        }
    }
}
