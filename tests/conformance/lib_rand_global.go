package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

func main() {
	// Before Seed, the top-level functions are randomly seeded: only properties.
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.Intn(10); v < 0 || v >= 10 {
			ok = false
		}
		if v := rand.Int63n(1 << 40); v < 0 || v >= 1<<40 {
			ok = false
		}
		if v := rand.Int31n(3); v < 0 || v >= 3 {
			ok = false
		}
		if v := rand.Float64(); v < 0 || v >= 1 {
			ok = false
		}
		if v := rand.Float32(); v < 0 || v >= 1 {
			ok = false
		}
		if rand.Int63() < 0 || rand.Int31() < 0 || rand.Int() < 0 {
			ok = false
		}
		if v := rand.ExpFloat64(); v <= 0 || math.IsInf(v, 0) {
			ok = false
		}
		if v := rand.NormFloat64(); math.IsNaN(v) || math.IsInf(v, 0) {
			ok = false
		}
		_ = rand.Uint32()
		_ = rand.Uint64()
	}
	fmt.Println("unseeded ranges ok:", ok)
	p := rand.Perm(50)
	sort.Ints(p)
	isPerm := len(p) == 50
	for i, v := range p {
		if v != i {
			isPerm = false
		}
	}
	fmt.Println("unseeded Perm is a permutation:", isPerm)
	s := []int{1, 2, 3, 4, 5, 6, 7}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sort.Ints(s)
	fmt.Println("unseeded Shuffle keeps elements:", s)
	b := make([]byte, 33)
	n, err := rand.Read(b)
	fmt.Println("unseeded Read:", n, err)

	// After Seed, exactly the seeded source's values.
	for _, seed := range []int64{0, 1, -1, 42, 1 << 40, math.MinInt64} {
		rand.Seed(seed)
		fmt.Printf("== Seed(%d)\n", seed)
		fmt.Println(rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Int31(), rand.Int())
		fmt.Println(rand.Int63n(1000000007), rand.Int31n(99), rand.Intn(6), rand.Intn(1<<40))
		fmt.Println(rand.Float64(), rand.Float32(), rand.NormFloat64(), rand.ExpFloat64())
		fmt.Println(rand.Perm(12))
		w := []string{"a", "b", "c", "d", "e", "f", "g"}
		rand.Shuffle(len(w), func(i, j int) { w[i], w[j] = w[j], w[i] })
		fmt.Println(w)
		b := make([]byte, 5)
		rand.Read(b)
		fmt.Printf("%x ", b)
		rand.Read(b)
		fmt.Printf("%x\n", b)
		// The same as a Rand over NewSource(seed).
		rand.Seed(seed)
		r := rand.New(rand.NewSource(seed))
		same := true
		for i := 0; i < 500; i++ {
			if rand.Int63() != r.Int63() || rand.Uint64() != r.Uint64() || rand.Intn(77) != r.Intn(77) {
				same = false
			}
		}
		fmt.Println("same as NewSource:", same)
	}
	// Seed drops the bytes Read had left over.
	rand.Seed(5)
	b = make([]byte, 2)
	rand.Read(b)
	rand.Seed(5)
	b = make([]byte, 8)
	rand.Read(b)
	fmt.Printf("Read after reseed: %x\n", b)
}
