package main

import (
	"fmt"
	"math"
	"math/rand"
)

// mix folds a value into a running checksum (FNV-1a over the 8 bytes).
func mix(h, v uint64) uint64 {
	for i := 0; i < 8; i++ {
		h ^= v & 0xff
		h *= 1099511628211
		v >>= 8
	}
	return h
}

const offset = 14695981039346656037

func main() {
	for _, seed := range []int64{0, 1, -1, 42, 1 << 40, math.MinInt64} {
		r := rand.New(rand.NewSource(seed))
		h := uint64(offset)
		for i := 0; i < 300000; i++ {
			h = mix(h, uint64(r.Int63()))
		}
		fmt.Printf("seed %d: Int63 x300000 %016x", seed, h)
		h = offset
		for i := 0; i < 100000; i++ {
			h = mix(h, r.Uint64())
			h = mix(h, uint64(r.Intn(1000+i)))
		}
		fmt.Printf(" Uint64/Intn %016x", h)
		h = offset
		for i := 0; i < 50000; i++ {
			h = mix(h, math.Float64bits(r.Float64()))
			h = mix(h, uint64(math.Float32bits(r.Float32())))
		}
		fmt.Printf(" Float %016x\n", h)
	}

	// Normal and exponential deviates: checksum of the bits, and moments.
	r := rand.New(rand.NewSource(12345))
	h := uint64(offset)
	var sum, sq, tail float64
	const n = 200000
	for i := 0; i < n; i++ {
		v := r.NormFloat64()
		h = mix(h, math.Float64bits(v))
		sum += v
		sq += v * v
		if math.Abs(v) > 3.442619855899 {
			tail++
		}
	}
	fmt.Printf("Norm x%d: %016x mean %.6f var %.6f tail %v\n", n, h, sum/n, sq/n-(sum/n)*(sum/n), tail)
	h = offset
	sum, tail = 0, 0
	for i := 0; i < n; i++ {
		v := r.ExpFloat64()
		h = mix(h, math.Float64bits(v))
		sum += v
		if v > 7.69711747013104972 {
			tail++
		}
	}
	fmt.Printf("Exp x%d: %016x mean %.6f tail %v\n", n, h, sum/n, tail)

	// Perm, Shuffle and Read over a long run.
	h = offset
	for k := 0; k < 2000; k++ {
		for _, v := range r.Perm(k % 40) {
			h = mix(h, uint64(v))
		}
	}
	fmt.Printf("Perm x2000: %016x\n", h)
	deck := make([]int, 52)
	for i := range deck {
		deck[i] = i
	}
	h = offset
	for k := 0; k < 3000; k++ {
		r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
		h = mix(h, uint64(deck[0]<<16|deck[51]<<8|deck[26]))
	}
	fmt.Printf("Shuffle x3000: %016x %v\n", h, deck[:10])
	buf := make([]byte, 100003)
	r.Read(buf[:5])
	r.Read(buf[5:])
	h = offset
	for _, c := range buf {
		h = mix(h, uint64(c))
	}
	fmt.Printf("Read 100003: %016x\n", h)

	// The top-level functions after Seed.
	rand.Seed(777)
	h = offset
	for i := 0; i < 100000; i++ {
		h = mix(h, uint64(rand.Int63n(1<<33+7)))
		h = mix(h, uint64(rand.Int31n(1000)))
	}
	fmt.Printf("top-level x100000: %016x\n", h)
}
