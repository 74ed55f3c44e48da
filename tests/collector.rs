//! The garbage collector seen from programs: memory stays bounded while a program makes
//! far more garbage than it keeps, and `--max-memory` bounds the live heap (not what was
//! ever allocated). What programs print with a collector at work (dropped pointers
//! freed, finalizers run) is checked against Go's goldens in `tests/programs/gc_*.go`.

use deferjit::{DeferStrategy, Options, Program};

fn compile(src: &str, opts: Options) -> Program {
    Program::compile("t.go", src, &opts).unwrap_or_else(|e| panic!("{e}"))
}

/// Allocates about 1 GB in pieces of 1 KB to 64 KB, keeping a ring of 8 live.
const CHURN: &str = r#"package main

import "fmt"

func main() {
	var ring [8][]byte
	total, sum := 0, 0
	for i := 0; total < 1<<30; i++ {
		n := 1024 << (i % 7)
		b := make([]byte, n)
		b[0], b[n-1] = byte(i), byte(i>>8)
		ring[i%8] = b
		total += n
		if ring[(i+1)%8] == nil {
			sum++
		}
	}
	for _, b := range ring {
		sum += int(b[0]) + int(b[len(b)-1])
	}
	fmt.Println(total, sum)
}
"#;

#[test]
fn a_gigabyte_of_garbage_in_a_bounded_heap() {
    for s in DeferStrategy::ALL {
        let out = compile(
            CHURN,
            Options {
                defer: s,
                ..Default::default()
            },
        )
        .run();
        assert_eq!(
            out.status,
            0,
            "{s}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "{s}");
        assert!(out.heap.total_alloc >= 1 << 30, "{s}: {:?}", out.heap);
        assert!(out.heap.num_gc >= 10, "{s}: {:?}", out.heap);
        // The heap never held more than a few goals' worth (gc's 4 MB minimum goal).
        assert!(
            out.arena_bytes < 32 << 20,
            "{s}: heap took {} bytes",
            out.arena_bytes
        );
    }
}

#[test]
fn max_memory_bounds_the_live_heap_not_the_garbage() {
    let limited = |src: &str| {
        compile(
            src,
            Options {
                max_memory: Some(16 << 20),
                ..Default::default()
            },
        )
        .run()
    };
    let out = limited(CHURN);
    assert_eq!(out.status, 0, "{}", String::from_utf8_lossy(&out.stderr));
    let keep = r#"package main

var kept [][]byte

func main() {
	for i := 0; i < 64; i++ {
		kept = append(kept, make([]byte, 1<<20))
	}
	println(len(kept))
}
"#;
    let out = limited(keep);
    assert_eq!(out.status, 2);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("fatal error: runtime: out of memory\n"),
        "{err}"
    );
}
