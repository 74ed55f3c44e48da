// Benchmarks of multi-word results through calls: a string, (int, error), three ints, and
// a two-word result of a function with a defer. deferjit's Go functions use Cranelift's
// winch convention on x64, which returns only the last word in a register and the others
// through a return area in memory; gc returns all of them in registers.
// The same file runs under Go:  go test -bench . returns_test.go
// and under deferjit:           deferjit bench returns_test.go
package main

import (
	"errors"
	"testing"
)

var (
	sinkInt int
	sinkStr string
	sinkErr error
	errOdd  = errors.New("odd")
)

//go:noinline
func word(i int) int { return i + 1 }

//go:noinline
func str(i int) string {
	if i&1 == 0 {
		return "even"
	}
	return "odd"
}

//go:noinline
func valueErr(i int) (int, error) {
	if i&1 == 0 {
		return i, nil
	}
	return 0, errOdd
}

//go:noinline
func three(i int) (int, int, int) { return i, i + 1, i + 2 }

//go:noinline
func deferredPair(i int) (n int, err error) {
	defer func() {
		if n > 1000000000 {
			err = errOdd
		}
	}()
	return i, nil
}

func BenchmarkReturnWord(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt = word(i)
	}
}

func BenchmarkReturnString(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkStr = str(i)
	}
}

func BenchmarkReturnValueError(b *testing.B) {
	for i := 0; i < b.N; i++ {
		v, err := valueErr(i)
		sinkInt = v
		sinkErr = err
	}
}

func BenchmarkReturnThreeInts(b *testing.B) {
	for i := 0; i < b.N; i++ {
		x, y, z := three(i)
		sinkInt = x + y + z
	}
}

func BenchmarkReturnPairWithDefer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		v, err := deferredPair(i)
		sinkInt = v
		sinkErr = err
	}
}
