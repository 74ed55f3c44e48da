//! Run-time behaviour beyond single programs: memory stays flat over a million
//! panic/recover iterations and heap defers (records are pooled), deep recursion works
//! on the run's large stack, and concurrent runs of different programs stay separate.

use deferjit::{DeferStrategy, Options, Program};

fn compile(src: &str, s: DeferStrategy) -> Program {
    Program::compile(
        "t.go",
        src,
        &Options {
            defer: s,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

const PANIC_LOOP: &str = r#"package main

var recovered int

func f(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			recovered++
			r = e.(int)
		}
	}()
	panic(i)
}

func heap(n int) {
	for i := 0; i < n; i++ {
		defer func() { recovered += 0 }()
	}
}

func main() {
	n := ITERATIONS
	sum := 0
	for i := 0; i < n; i++ {
		sum += f(i)
		heap(3)
	}
	println(recovered, sum)
}
"#;

#[test]
fn million_panics_and_heap_defers_keep_memory_flat() {
    for s in DeferStrategy::ALL {
        let small = compile(&PANIC_LOOP.replace("ITERATIONS", "10"), s).run();
        let big = compile(&PANIC_LOOP.replace("ITERATIONS", "1000000"), s).run();
        assert_eq!(
            small.status,
            0,
            "{s}: {}",
            String::from_utf8_lossy(&small.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&small.stderr), "10 45\n");
        assert_eq!(
            String::from_utf8_lossy(&big.stderr),
            "1000000 499999500000\n",
            "{s}"
        );
        assert_eq!(big.status, 0);
        // Neither panics nor deferred calls allocate: the arena is the same size after
        // 10 and after 1,000,000 iterations, and the defer pool recycles its records.
        assert_eq!(big.arena_bytes, small.arena_bytes, "{s}: arena grew");
        assert_eq!(
            big.defer_records_allocated, small.defer_records_allocated,
            "{s}: pool grew"
        );
        assert!(
            big.defer_records_allocated <= 8,
            "{s}: {} records",
            big.defer_records_allocated
        );
    }
}

#[test]
fn goroutines_one_after_another_share_the_runs_defer_records() {
    let src = r#"package main

func work(done chan bool) {
	for i := 0; i < 3; i++ {
		defer func() { recover() }()
	}
	done <- true
}

func main() {
	done := make(chan bool)
	for i := 0; i < GOROUTINES; i++ {
		go work(done)
		<-done
	}
	println("ok")
}
"#;
    for s in DeferStrategy::ALL {
        let small = compile(&src.replace("GOROUTINES", "2"), s).run();
        let big = compile(&src.replace("GOROUTINES", "5000"), s).run();
        assert_eq!(String::from_utf8_lossy(&big.stderr), "ok\n", "{s}");
        // A goroutine that ends leaves its records to the next one.
        assert_eq!(
            big.defer_records_allocated, small.defer_records_allocated,
            "{s}: records are not reused across goroutines"
        );
        assert!(big.defer_records_allocated <= 8, "{s}");
    }
}

#[test]
fn recursion_200000_deep() {
    let src = r#"package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func deferDepth(n int) (r int) {
	defer func() { r++ }()
	if n == 0 {
		return 0
	}
	return deferDepth(n - 1)
}

func main() {
	println(depth(200000), deferDepth(200000))
}
"#;
    for s in DeferStrategy::ALL {
        let out = compile(src, s).run();
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "200000 200001\n",
            "{s}"
        );
        assert_eq!(out.status, 0);
    }
}

#[test]
fn concurrent_runs_are_isolated() {
    let threads: Vec<_> = (0..8)
        .map(|t| {
            std::thread::spawn(move || {
                let src = format!(
                    "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tdefer func() {{ fmt.Println(\"recovered\", recover()) }}()\n\tfor i := 0; i < 200; i++ {{\n\t\tfmt.Println({t}, i)\n\t}}\n\tpanic({t})\n}}\n"
                );
                let prog = compile(&src, DeferStrategy::ALL[t % 4]);
                for _ in 0..5 {
                    let out = prog.run();
                    let mut want = String::new();
                    for i in 0..200 {
                        want.push_str(&format!("{t} {i}\n"));
                    }
                    want.push_str(&format!("recovered {t}\n"));
                    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
                    assert_eq!(out.status, 0);
                }
            })
        })
        .collect();
    for th in threads {
        th.join().unwrap();
    }
}
