// Benchmarks of fmt.Sprintf per iteration: what the collector's allocation accounting
// (B/op, allocs/op with -benchmem) and its cost look like beside gc's
// (scripts/bench-vs-go.py benches/sprintf_test.go).
package main

import (
	"fmt"
	"testing"
)

var sink string

func BenchmarkSprintf(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = fmt.Sprintf("x=%d y=%s", i, "abc")
	}
}

func BenchmarkSprintfInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = fmt.Sprintf("%d", i)
	}
}
