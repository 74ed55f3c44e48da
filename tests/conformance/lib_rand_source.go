package main

import (
	"fmt"
	"math"
	"math/rand"
)

var seeds = []int64{0, 1, -1, 2, 42, -42, 1 << 40, math.MinInt64, math.MaxInt64,
	1<<31 - 1, 1 << 31, -(1<<31 - 1), 1<<31 - 2, 89482311, 1<<62 + 12345, -987654321012}

func main() {
	for _, seed := range seeds {
		src := rand.NewSource(seed)
		fmt.Printf("seed %d:", seed)
		for i := 0; i < 4; i++ {
			fmt.Printf(" %d", src.Int63())
		}
		s64, ok := src.(rand.Source64)
		fmt.Printf(" | Source64 %v:", ok)
		for i := 0; i < 3; i++ {
			fmt.Printf(" %d", s64.Uint64())
		}
		fmt.Println()
	}

	// Seeds equal modulo 2^31-1 give the same stream; 0 behaves as its replacement.
	pairs := [][2]int64{{5, 5 + (1<<31 - 1)}, {0, 1<<31 - 1}, {-1, 1<<31 - 2}, {0, 89482311}, {7, 7 - 3*(1<<31-1)}}
	for _, p := range pairs {
		a, b := rand.NewSource(p[0]), rand.NewSource(p[1])
		same := true
		for i := 0; i < 1000; i++ {
			if a.Int63() != b.Int63() {
				same = false
			}
		}
		fmt.Printf("seeds %d and %d same: %v\n", p[0], p[1], same)
	}

	// Reseeding restarts the stream, whatever was drawn before.
	src := rand.NewSource(99)
	first := []int64{src.Int63(), src.Int63(), src.Int63()}
	for i := 0; i < 12345; i++ {
		src.Int63()
	}
	src.Seed(99)
	again := []int64{src.Int63(), src.Int63(), src.Int63()}
	fmt.Println("reseed:", first, again)

	// Value 607 and beyond wrap around the state ring.
	src = rand.NewSource(3)
	for i := 0; i < 2000; i++ {
		v := src.Int63()
		if i%250 == 0 || (i >= 604 && i <= 610) || (i >= 1212 && i <= 1216) {
			fmt.Printf("v[%d]=%d\n", i, v)
		}
	}

	// The state's layout shows through %v (tap, feed, then the 607 words).
	s := fmt.Sprintf("%v", rand.NewSource(1))
	fmt.Println(len(s), s[:60])
	fmt.Printf("%T\n", rand.NewSource(1))
}
