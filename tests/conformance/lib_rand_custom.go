package main

import (
	"fmt"
	"math/rand"
)

// counter is a Source (not a Source64) that counts its calls and replays a simple
// 63-bit sequence.
type counter struct {
	state uint64
	calls int
	seeds []int64
}

func (c *counter) Int63() int64 {
	c.calls++
	c.state = c.state*6364136223846793005 + 1442695040888963407
	return int64(c.state >> 1)
}

func (c *counter) Seed(seed int64) {
	c.seeds = append(c.seeds, seed)
	c.state = uint64(seed)
}

// wide is a Source64 whose Uint64 is distinguishable from two Int63 calls.
type wide struct{ n uint64 }

func (w *wide) Int63() int64   { w.n++; return int64(w.n * 1000) }
func (w *wide) Seed(int64)     {}
func (w *wide) Uint64() uint64 { w.n++; return 1<<63 | w.n }

// script returns the given Int63 values, then a simple sequence.
type script struct {
	vals []int64
	i    int
	lcg  uint64
}

func (s *script) Int63() int64 {
	if s.i < len(s.vals) {
		v := s.vals[s.i]
		s.i++
		return v
	}
	s.i++
	s.lcg = s.lcg*6364136223846793005 + 1442695040888963407
	return int64(s.lcg >> 1)
}
func (s *script) Seed(int64) { s.i = 0 }

func main() {
	c := &counter{}
	r := rand.New(c)
	_, isS64 := rand.Source(c).(rand.Source64)
	fmt.Println("counter is Source64:", isS64)
	r.Seed(17)
	fmt.Println("Uint64 from two Int63:", r.Uint64(), "calls", c.calls)
	fmt.Println("Int63n(1000):", r.Int63n(1000), "Int31n(1000):", r.Int31n(1000), "Intn(7):", r.Intn(7), "calls", c.calls)
	fmt.Println("Perm(6):", r.Perm(6), "calls", c.calls)
	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Printf("Read: %d %v %x calls %d\n", n, err, b, c.calls)
	b = make([]byte, 4)
	r.Read(b)
	fmt.Printf("Read on: %x calls %d\n", b, c.calls)
	r.Seed(17)
	r.Read(b)
	fmt.Printf("Read after Seed: %x calls %d seeds %v\n", b, c.calls, c.seeds)
	for i := 0; i < 3; i++ {
		fmt.Println("Norm/Exp:", r.NormFloat64(), r.ExpFloat64(), "calls", c.calls)
	}

	w := &wide{}
	rw := rand.New(w)
	fmt.Println("Source64 Uint64:", rw.Uint64(), rw.Uint64(), "Int63:", rw.Int63(), "Uint32:", rw.Uint32(), "n", w.n)

	// Values at the edges: the largest Int63 makes Float64 draw again (it would round
	// to 1), and Float32 draws again when its rounding reaches 1.
	top := int64(1<<63 - 1)
	s := &script{vals: []int64{top, top - 256, 1 << 62}}
	rs := rand.New(s)
	fmt.Println("Float64 edge:", rs.Float64(), rs.Float64(), "draws", s.i)
	s = &script{vals: []int64{top - 1<<38, 1<<63 - 1<<39, 3 << 61}}
	rs = rand.New(s)
	fmt.Println("Float32 edge:", rs.Float32(), rs.Float32(), "draws", s.i)
	// Int63n and Int31n reject values above the largest multiple of n.
	s = &script{vals: []int64{top, top - 1, 12345, top, 5 << 32}}
	rs = rand.New(s)
	fmt.Println("Int63n rejection:", rs.Int63n(3), rs.Int63n(1000), "draws", s.i)
	s = &script{vals: []int64{top, 77 << 32}}
	rs = rand.New(s)
	fmt.Println("Int31n rejection:", rs.Int31n(3), "draws", s.i)
	// Int on the sign bit; Uint32 and Int31 take the top bits.
	s = &script{vals: []int64{top, top, top, 0x123456789abcdef}}
	rs = rand.New(s)
	fmt.Println("Int/Uint32/Int31:", rs.Int(), rs.Uint32(), rs.Int31(), rs.Uint32())
	// Shuffle's Lemire reduction rejects low products.
	s = &script{vals: []int64{0, 0, 1 << 31, top}}
	rs = rand.New(s)
	x := []int{0, 1, 2, 3, 4}
	rs.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	fmt.Println("Shuffle scripted:", x, "draws", s.i)

	// Zipf.
	z := rand.NewZipf(rand.New(rand.NewSource(5)), 1.5, 2, 100)
	var zs []uint64
	for i := 0; i < 20; i++ {
		zs = append(zs, z.Uint64())
	}
	fmt.Println("Zipf:", zs)
	z = rand.NewZipf(rand.New(rand.NewSource(6)), 3, 1, 1<<20)
	hist := make([]int, 6)
	for i := 0; i < 5000; i++ {
		k := z.Uint64()
		if k >= 5 {
			k = 5
		}
		hist[k]++
	}
	fmt.Println("Zipf hist:", hist)
	fmt.Println("bad Zipf:", rand.NewZipf(r, 1, 2, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
}
