package benchfail

// With -bench, a failing test keeps the benchmarks from running, and the go command,
// which streamed the binary's output, names the exit status.

// args: -bench=.

import "testing"

func TestFails(t *testing.T) { t.Error("this test fails") }

func BenchmarkNeverRuns(b *testing.B) {
	for i := 0; i < b.N; i++ {
	}
}
