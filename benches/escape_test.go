// Benchmarks of what escape analysis keeps off the heap: a variable addressed to call a
// pointer method or passed by pointer, a buffer sliced, new(T), &T{}, a slice literal and
// a closure that do not outlive their frame, next to values that do escape (stored in a
// global, returned). gc allocates nothing in the first group and one object per op in the
// second; so must deferjit (`deferjit bench` reports arena bytes per op).
// The same file runs under Go:  go test -bench . -benchmem escape_test.go
// and under deferjit:           deferjit bench escape_test.go
package main

import "testing"

type counter struct{ n int }

func (c *counter) inc()  { c.n++ }
func (c *counter) done() { c.n-- }

type pair struct{ a, b int }

var (
	sinkInt  int
	sinkPair *pair
)

//go:noinline
func sum(p *pair) int { return p.a + p.b }

//go:noinline
func same(p *pair) *pair { return p }

//go:noinline
func fill(b []byte) int {
	for i := range b {
		b[i] = byte(i)
	}
	return len(b)
}

//go:noinline
func total(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

//go:noinline
func fresh(i int) *pair { return &pair{i, i} }

//go:noinline
func guarded() {
	var c counter
	c.inc()
	defer c.done()
	sinkInt += c.n
}

func BenchmarkStaysReceiver(b *testing.B) {
	for i := 0; i < b.N; i++ {
		guarded()
	}
}

func BenchmarkStaysArrayBuffer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var buf [64]byte
		sinkInt += fill(buf[:])
	}
}

func BenchmarkStaysPointerArg(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := pair{i, 1}
		sinkInt += sum(same(&p))
	}
}

func BenchmarkStaysNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := new(pair)
		p.a = i
		sinkInt += sum(p)
	}
}

func BenchmarkStaysCompositeLit(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += sum(&pair{i, 2})
	}
}

func BenchmarkStaysSliceLit(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += total([]int{i, 1, 2, 3})
	}
}

func BenchmarkStaysClosure(b *testing.B) {
	for i := 0; i < b.N; i++ {
		x := i
		add := func(d int) { x += d }
		add(1)
		add(2)
		sinkInt += x
	}
}

func BenchmarkEscapesToGlobal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := pair{i, 1}
		sinkPair = &p
	}
}

func BenchmarkEscapesReturned(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += fresh(i).a
	}
}
